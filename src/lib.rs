//! steunwijzer: a static site generator for a directory of free, independent client
//! support. Content flows one way: load → validate → render → write.

// A diagnostic is built only when something is wrong, and carries the quoted source line
// and a hint for the editor; boxing it to save stack space on the error path buys nothing.
#![allow(clippy::result_large_err)]

pub mod cli;
pub mod config;
pub mod content;
pub mod date;
pub mod diagnostic;
pub mod formats;
pub mod model;
pub mod output;
pub mod paths;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod serve;
pub mod source;
pub mod suggest;
pub mod synth;
pub mod validate;
pub mod yaml;

pub use pipeline::{BuildOptions, BuildReport, build, check};
