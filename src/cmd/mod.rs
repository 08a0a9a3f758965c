//! One module per command: each calls the library and prints its answer, and chooses the
//! exit code. Nothing else in the program prints, and everything printed goes through the
//! macros below: names, addresses and paths come from files, and
//! [`steunwijzer::for_terminal`] writes a control character from them as `\uXXXX` instead
//! of sending it to the terminal.

/// A line on standard output, safe for a terminal.
macro_rules! outln {
    () => { $crate::cmd::stdout("\n") };
    ($($arg:tt)*) => { $crate::cmd::stdout(&format!("{}\n", steunwijzer::for_terminal(&format!($($arg)*)))) };
}

/// Text on standard output, safe for a terminal.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cmd::stdout(&steunwijzer::for_terminal(&format!($($arg)*))) };
}

/// A line on standard error, safe for a terminal.
macro_rules! errln {
    ($($arg:tt)*) => { eprintln!("{}", steunwijzer::for_terminal(&format!($($arg)*))) };
}

/// Text on standard error, safe for a terminal.
macro_rules! err {
    ($($arg:tt)*) => { eprint!("{}", steunwijzer::for_terminal(&format!($($arg)*))) };
}

/// Writes `text` to standard output. A reader that went away (`steunwijzer search … | head`)
/// ends the program quietly, as ripgrep does, instead of a panic about a broken pipe.
pub(crate) fn stdout(text: &str) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_all(text.as_bytes())
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

pub(crate) mod analyse;
pub(crate) mod args;
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

/// The clock, as the library takes it: the only place the program reads the time and the
/// variables that stand in for it, `STEUNWIJZER_TODAY` (a fixed day, for tests) and
/// `SOURCE_DATE_EPOCH` (the date of a reproducible build's editions).
pub(crate) fn clock() -> steunwijzer::Clock {
    let var = |name: &str| std::env::var(name).ok();
    steunwijzer::Clock::new(
        jiff::Timestamp::now().as_second(),
        var("STEUNWIJZER_TODAY").as_deref(),
        var("SOURCE_DATE_EPOCH").as_deref(),
    )
}

/// The content has errors, or the command could not do its work.
pub(crate) const CONTENT_ERROR: u8 = 1;
/// The command line (or the environment) is wrong.
pub(crate) const USAGE_ERROR: u8 = 2;

/// The answer when the site folder given does not exist.
pub(crate) fn no_site_folder(root: &Path) -> std::process::ExitCode {
    fail(&steunwijzer::msg!("no-site-folder", path = root.display()));
    std::process::ExitCode::from(USAGE_ERROR)
}

/// The line a command stops with ("fout: …"), in the chosen language.
pub(crate) fn fail(message: &steunwijzer::Msg) {
    errln!(
        "{}",
        say("command-error", &[("message", text(message.say(language())))])
    );
}

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

/// The command line's message `id` (themes/default/locales/cli/) in the chosen language,
/// with `args` filled in: for the commands' own lines.
pub(crate) fn say(id: &str, args: &[(&str, steunwijzer::Arg)]) -> String {
    steunwijzer::say(language(), id, args)
}

/// Text for a message.
pub(crate) fn text(value: impl std::fmt::Display) -> steunwijzer::Arg {
    steunwijzer::Arg::Text(value.to_string())
}

/// A count for a message: its words may depend on it ("1 aanbieder", "2 aanbieders").
#[allow(
    clippy::cast_precision_loss,
    reason = "counts of files and providers, far below 2^52"
)]
pub(crate) fn count(n: usize) -> steunwijzer::Arg {
    steunwijzer::Arg::Number(n as f64)
}

/// Prints the problems, if any, for people on standard error.
pub(crate) fn print_diagnostics(diags: &Diagnostics) {
    if !diags.is_empty() {
        err!("{}", diags.render(language()));
    }
}

#[cfg(test)]
mod tests {
    /// Nothing in the program prints but through the macros above, which make the text
    /// safe for a terminal.
    #[test]
    fn every_line_printed_goes_through_the_terminal_cleaner() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut files = vec![format!("{dir}/main.rs"), format!("{dir}/cli.rs")];
        for e in std::fs::read_dir(format!("{dir}/cmd")).unwrap() {
            files.push(e.unwrap().path().display().to_string());
        }
        let mut raw = Vec::new();
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap();
            let text = if f.ends_with("cmd/mod.rs") {
                // The macros' own bodies.
                text.split("pub(crate) mod analyse;").nth(1).unwrap().to_string()
            } else {
                text
            };
            for (i, line) in text.lines().enumerate() {
                let code = line.trim_start();
                if code.starts_with("//") {
                    continue;
                }
                if ["println!(", "print!(", "eprintln!(", "eprint!("].iter().any(|m| {
                    code.contains(m) && !code.contains(&format!("out{m}")) && !code.contains(&format!("err{m}"))
                }) {
                    raw.push(format!("{f}:{}: {code}", i + 1));
                }
            }
        }
        assert!(raw.is_empty(), "printed without the cleaner: {raw:#?}");
        assert_eq!(
            steunwijzer::for_terminal("a\u{1b}]0;x\u{7}b\tc\u{202e}"),
            "a\\u001b]0;x\\u0007b\tc\\u202e"
        );
        let json = serde_json::json!({"name": "x\u{202e}y\u{1b}"}).to_string();
        let back: serde_json::Value = serde_json::from_str(&steunwijzer::for_terminal(&json)).unwrap();
        assert_eq!(back["name"], "x\u{202e}y\u{1b}", "still the same JSON");
    }
}
