//! The integration tests: the real binary on fixture sites, one module per command (and
//! one for the bundled example), in one test binary so two cores link it once.

// A scenario test reads top to bottom as an editor would work; splitting one to fit a
// line count would hide the story.
#![allow(clippy::too_many_lines)]

mod admin;
mod build;
mod check;
mod example;
mod hsds;
mod init;
mod kiosk;
mod lists;
mod new_provider;
mod opendata;
mod places;
mod print;
mod region;
mod report;
mod search;
mod search_eval;
mod seo;
mod serve;
mod situations;
mod support;
mod usage;
