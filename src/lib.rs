//! steunwijzer: a static site generator for a directory of free, independent client
//! support ("onafhankelijke cliëntondersteuning").
//!
//! Content flows one way, through five stages, each a module that returns a
//! [`Staged`] result (what it made, and every problem it found):
//!
//! ```text
//! load → validate → index → render → write
//! ```
//!
//! The modules form layers. A module imports only from its own layer or the layers below
//! it (a test in `layering.rs` holds the code to this table), and a layer's name says which
//! stage it is:
//!
//! ```text
//! commands   pipeline  serve  scaffold  synth  fuzzing  the library's entry points;
//!            import                                  `import hsds`: HSDS records → provider files
//!            init                                    `init`: a new site for a municipality
//! write      output                                  atomic swap of public/ and search-index/
//! render     render  review                          pages (web and kiosk), assets, schema, sitemap, open data and HSDS, the printed guide, the offline zip; the review report
//! index      search                                  tantivy index, query rules, static export
//! validate   validate  model                         raw structs → the model the renderer trusts
//! load       config  content                         site.yaml; walk, front matter, raw structs
//! base       diagnostic  source  yaml  markdown  text  formats  languages  date  values
//!            paths  artifact  suggest  par               located errors, parsing, small formats
//! ```
//!
//! The binary (`main.rs`, `cli.rs`, `cmd/`) sits above all of this: it parses the command
//! line, calls one entry point below, and prints what it returns. The library never
//! prints.

// The library returns data and never prints; outside tests, nothing a user can influence
// is unwrapped.
#![forbid(unsafe_code)]
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
// A diagnostic is built only when something is wrong, and carries the quoted source line
// and a hint for the editor; boxing it to save stack space on the error path buys nothing.
#![allow(clippy::result_large_err)]

mod artifact;
mod config;
mod content;
mod date;
mod diagnostic;
mod formats;
#[doc(hidden)]
pub mod fuzzing;
mod import;
mod init;
mod languages;
mod markdown;
mod model;
mod output;
mod par;
mod paths;
mod pipeline;
mod render;
mod review;
mod scaffold;
mod search;
mod serve;
mod source;
mod suggest;
mod synth;
mod text;
mod validate;
mod values;
mod yaml;

#[cfg(test)]
mod layering;

// The public surface: what the command-line front end calls.
pub use date::{Clock, TodayError};
pub use diagnostic::{Diagnostics, Language, Staged, for_terminal};
pub use import::{ImportReport, import_hsds};
pub use init::{Forge, InitError, Initialised, init};
pub use pipeline::{
    BuildOptions, Built, SearchError, analyse, build, check, review, review_page, search, write_report,
};
pub use review::{Coverage, Entry, REPORT_GENERATOR, REPORT_SEAL, Review, StaleEntry};
pub use scaffold::{NewProviderError, new_provider};
pub use search::analyser::Word;
pub use search::query::{DomainCount, Hit, Match, QueryWord, Request, Response, Suggestions, TermChoice};
pub use search::{HelpLine, SituationLink};
pub use serve::{ServeError, ServeEvent, ServeOptions, serve};
pub use synth::{Shape, generate};
pub use text::FILL_IN;
