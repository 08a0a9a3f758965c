//! One module per command: each calls the library and prints its answer, and chooses the
//! exit code. Nothing else in the program prints.

pub(crate) mod analyse;
pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod generate;
pub(crate) mod import;
pub(crate) mod init;
pub(crate) mod new;
pub(crate) mod report;
pub(crate) mod search;
pub(crate) mod serve;

use std::path::Path;
use std::sync::OnceLock;

use steunwijzer::{Diagnostics, Language};

use crate::cli::{Command, ImportCommand, NewCommand};

/// The content has errors, or the command could not do its work.
pub(crate) const CONTENT_ERROR: u8 = 1;
/// The command line (or the environment) is wrong.
pub(crate) const USAGE_ERROR: u8 = 2;

/// The site folder a command works on, if it works on one.
pub(crate) fn site_root(command: &Command) -> Option<&Path> {
    match command {
        Command::Build(a) => Some(&a.root.root),
        Command::Check(a) => Some(&a.root.root),
        Command::Search(a) => Some(&a.root.root),
        Command::New(NewCommand::Provider(a)) => Some(&a.root.root),
        Command::Report(a) => Some(&a.root.root),
        Command::Import(ImportCommand::Hsds(a)) => Some(&a.root.root),
        Command::Serve(a) => Some(&a.root.root),
        Command::Analyse(_) | Command::Generate(_) | Command::Init(_) => None,
    }
}

static LANGUAGE: OnceLock<Language> = OnceLock::new();

/// Chooses the language of messages: `--lang`, else `STEUNWIJZER_LANG`, else the site's.
pub(crate) fn set_language(option: Option<Language>, root: Option<&Path>) {
    let chosen = option
        .or_else(|| std::env::var("STEUNWIJZER_LANG").ok().and_then(|l| Language::parse(&l)))
        .unwrap_or_else(|| root.map(Language::of_site).unwrap_or_default());
    let _ = LANGUAGE.set(chosen);
}

/// The language messages are printed in.
pub(crate) fn language() -> Language {
    LANGUAGE.get().copied().unwrap_or_default()
}

/// `en` or `nl`, whichever the chosen language is: for the commands' own lines.
pub(crate) fn say(en: String, nl: String) -> String {
    match language() {
        Language::English => en,
        Language::Dutch => nl,
    }
}

/// Prints the problems, if any, for people on standard error.
pub(crate) fn print_diagnostics(diags: &Diagnostics) {
    if !diags.is_empty() {
        eprint!("{}", diags.render(language()));
    }
}
