//! steunwijzer's core: the first three stages of the flow, and the small formats below
//! them.
//!
//! ```text
//! validate   validate  model                         raw structs → the model the renderer trusts
//! load       config  content                         site.yaml; walk, front matter, raw structs
//! base       diagnostic  source  yaml  markdown  text  formats  languages  date  values
//!            paths  artifact  suggest  par  i18n  translations  located errors, parsing, small formats
//! ```
//!
//! A module imports only from its own layer or the layers below it (the layering test of
//! the `steunwijzer` package holds the code to this table). Every stage returns a
//! [`diagnostic::Staged`] result: what it made, and every problem it found.

// The library returns data and never prints; outside tests, nothing a user can influence
// is unwrapped.
#![forbid(unsafe_code)]
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
// A diagnostic is built only when something is wrong, and carries the quoted source line
// and a hint for the editor; boxing it to save stack space on the error path buys nothing.
#![allow(clippy::result_large_err)]

pub mod artifact;
pub mod config;
pub mod content;
pub mod date;
pub mod diagnostic;
pub mod formats;
pub mod i18n;
pub mod languages;
pub mod markdown;
pub mod model;
pub mod par;
pub mod paths;
pub mod source;
pub mod suggest;
pub mod text;
pub mod translations;
pub mod validate;
pub mod values;
pub mod yaml;
