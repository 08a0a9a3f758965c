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

mod import;
mod init;
mod pipeline;
mod press;
mod scaffold;
mod search;
mod serve;

#[cfg(test)]
mod layering;

// The public surface: what the command-line front end calls.
/// For the fuzz targets (the crate `steunwijzer-fuzz`): the provider files an HSDS export
/// would give on a site, nothing written.
#[doc(hidden)]
pub use import::dry_run as import_dry_run;
pub use import::{ImportOptions, ImportReport, TermMap, import_hsds};
pub use init::{Forge, InitError, Initialised, init};
pub use pipeline::{BuildOptions, Built, analyse, build, check, review, review_page, write_report};
pub use scaffold::{NewProviderError, new_provider};
pub use search::{PageWords, SearchError, search, search_in};
pub use serve::{ServeError, ServeEvent, ServeOptions, serve};
pub use steunwijzer_core::config::ready_to_publish;
pub use steunwijzer_core::date::{Clock, TodayError};
pub use steunwijzer_core::diagnostic::{
    Arg, Diagnostics, Language, Msg, Staged, for_terminal, has_message, os_error, say,
};
pub use steunwijzer_core::msg;
pub use steunwijzer_core::text::FILL_IN;
pub use steunwijzer_render::review::{Coverage, Entry, REPORT_GENERATOR, REPORT_SEAL, Review, StaleEntry};
pub use steunwijzer_search::analyser::Word;
pub use steunwijzer_search::query::{DomainCount, Hit, Match, QueryWord, Request, Response, Suggestions, TermChoice};
pub use steunwijzer_search::{HelpLine, SituationLink};
pub use steunwijzer_synth::{Shape, generate};
