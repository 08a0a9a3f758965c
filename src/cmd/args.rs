//! The command line in the site's language: clap's help and errors are English, so the
//! help texts, headings and error lines are taken from the catalogue
//! (`themes/default/locales/cli/`, `cli-…`) before clap shows them. The doc comments in
//! `cli.rs` stay the English source; a test keeps the English catalogue equal to them.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};
use steunwijzer::Language;

use crate::cli::Cli;

/// The parsed command line; help, the version and wrong arguments end the program here,
/// said in the language of messages (chosen first, from the raw arguments).
pub(crate) fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let (lang, root) = language_and_root(&args);
    super::set_language(lang, Some(&root));
    let mut command = localized(Cli::command(), super::language(), "cli", true);
    command.build();
    let command = help_commands(command, &super::say("cli-help-command", &[]));
    let result = command
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    match result {
        Ok(cli) => cli,
        Err(e) if e.kind() == ErrorKind::DisplayVersion => e.exit(),
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            // clap's usage line names the options in English.
            let options = format!("[{}]", super::say("cli-options-usage", &[]));
            let help = e.render().to_string().replace("[OPTIONS]", &options);
            if e.kind() == ErrorKind::DisplayHelp {
                out!("{help}");
                std::process::exit(0);
            }
            err!("{help}");
            std::process::exit(i32::from(super::USAGE_ERROR));
        }
        Err(e) => {
            errln!("{}", super::say("command-error", &[("message", super::text(said(&e)))]));
            errln!("{}", super::say("cli-error-more", &[]));
            std::process::exit(i32::from(super::USAGE_ERROR));
        }
    }
}

/// The `help` commands clap adds (when building) with their text from the catalogue.
fn help_commands(command: clap::Command, about: &str) -> clap::Command {
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    names.iter().fold(command, |c, name| {
        c.mut_subcommand(name, |s| match name.as_str() {
            "help" => s.about(about.to_string()),
            _ => help_commands(s, about),
        })
    })
}

/// `--lang` and `--root` as given, before clap reads them: the language of the help.
fn language_and_root(args: &[OsString]) -> (Option<Language>, PathBuf) {
    let mut lang = None;
    let mut root = PathBuf::from(".");
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        let (name, inline) = match word.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (word, None),
        };
        let mut value = || inline.clone().or_else(|| words.next().map(str::to_string));
        match name {
            "--lang" => lang = value().and_then(|v| Language::parse(&v)),
            "--root" => root = value().map_or(root, PathBuf::from),
            _ => {}
        }
    }
    (lang, root)
}

/// `command` and its subcommands with their texts from the catalogue: `id` is the
/// command's message (`cli-build`), its long text `id--long`, an argument's `id--arg`.
fn localized(command: clap::Command, lang: Language, id: &str, top: bool) -> clap::Command {
    let say = |key: &str| steunwijzer::say(lang, key, &[]);
    let known = |key: &str| has_message(lang, key).then(|| say(key));
    let mut c = flags(command, lang, top);
    if let Some(about) = known(id) {
        c = c.about(about);
    }
    if let Some(long) = known(&format!("{id}--long")) {
        c = c.long_about(long);
    }
    let ids: Vec<String> = c
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .filter(|a| a != "help" && a != "version")
        .collect();
    for arg in ids {
        let help = known(&format!("{id}--{arg}"));
        c = c.mut_arg(&arg, |a| {
            let heading = if a.is_positional() {
                "cli-arguments"
            } else {
                "cli-options"
            };
            let a = a.help_heading(say(heading));
            let a = match help {
                Some(h) => {
                    let help = annotated(&a, h, lang);
                    a.help(help)
                }
                None => a,
            };
            if a.get_action().takes_values() {
                a.hide_default_value(true).hide_possible_values(true)
            } else {
                a
            }
        });
    }
    let names: Vec<String> = c.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let child = format!("{id}-{name}");
        c = c.mut_subcommand(&name, |s| localized(s, lang, &child, false));
    }
    c
}

/// The command's headings and its `--help` (and, at the top, `--version`) in `lang`.
fn flags(command: clap::Command, lang: Language, top: bool) -> clap::Command {
    let say = |key: &str| steunwijzer::say(lang, key, &[]);
    let flag = |id: &'static str, short: char, action: ArgAction, help: &str| {
        Arg::new(id)
            .short(short)
            .long(id)
            .action(action)
            .help_heading(say("cli-options"))
            .help(say(help))
    };
    let c = command
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            say("cli-usage")
        ))
        .subcommand_help_heading(say("cli-commands"))
        .subcommand_value_name(say("cli-command"))
        .disable_help_flag(true)
        .arg(flag("help", 'h', ArgAction::Help, "cli-help-flag"));
    if top {
        c.disable_version_flag(true)
            .arg(flag("version", 'V', ArgAction::Version, "cli-version-flag"))
    } else {
        c
    }
}

/// The help of `arg` with its default and its possible values, in the catalogue's words.
fn annotated(arg: &Arg, help: String, lang: Language) -> String {
    let mut notes = Vec::new();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        let args = [("values", steunwijzer::Arg::Text(values.join(", ")))];
        notes.push(steunwijzer::say(lang, "cli-possible-values", &args));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        let args = [("value", steunwijzer::Arg::Text(defaults.join(", ")))];
        notes.push(steunwijzer::say(lang, "cli-default", &args));
    }
    if notes.is_empty() {
        help
    } else {
        format!("{help} [{}]", notes.join("; "))
    }
}

fn has_message(lang: Language, id: &str) -> bool {
    steunwijzer::has_message(lang, id)
}

/// clap's error in the catalogue's words, with what it named.
fn said(e: &clap::Error) -> String {
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let text = super::text;
    let (id, args): (&str, Vec<(&str, steunwijzer::Arg)>) = match e.kind() {
        ErrorKind::UnknownArgument => (
            "cli-error-unknown-argument",
            vec![("arg", text(context(ContextKind::InvalidArg)))],
        ),
        ErrorKind::InvalidSubcommand => (
            "cli-error-unknown-command",
            vec![("command", text(context(ContextKind::InvalidSubcommand)))],
        ),
        ErrorKind::InvalidValue => (
            "cli-error-invalid-value",
            vec![
                ("value", text(context(ContextKind::InvalidValue))),
                ("arg", text(context(ContextKind::InvalidArg))),
                ("values", text(context(ContextKind::ValidValue))),
            ],
        ),
        ErrorKind::MissingRequiredArgument => (
            "cli-error-missing-argument",
            vec![("arg", text(context(ContextKind::InvalidArg)))],
        ),
        ErrorKind::MissingSubcommand => ("cli-error-missing-command", vec![]),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            (
                "cli-error-bad-value",
                vec![
                    ("value", text(context(ContextKind::InvalidValue))),
                    ("arg", text(context(ContextKind::InvalidArg))),
                    ("why", text(why)),
                ],
            )
        }
        ErrorKind::ArgumentConflict => (
            "cli-error-conflict",
            vec![("arg", text(context(ContextKind::InvalidArg)))],
        ),
        _ => ("cli-error-other", vec![]),
    };
    let mut line = super::say(id, &args);
    let suggested = [
        context(ContextKind::SuggestedArg),
        context(ContextKind::SuggestedSubcommand),
    ];
    if let Some(s) = suggested.iter().find(|s| !s.is_empty()) {
        line.push_str(&super::say("cli-error-did-you-mean", &[("suggestion", super::text(s))]));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text of `cli.rs` is in each catalogue, and the English one is the doc
    /// comment as written: the two cannot drift apart.
    #[test]
    fn every_help_text_is_in_the_catalogues_and_english_is_the_doc_comment() {
        fn walk(c: &clap::Command, id: &str, found: &mut Vec<(String, String)>) {
            let mut add = |key: String, text: Option<&clap::builder::StyledStr>| {
                if let Some(t) = text {
                    found.push((key, t.to_string()));
                }
            };
            add(id.to_string(), c.get_about());
            add(format!("{id}--long"), c.get_long_about());
            for arg in c.get_arguments() {
                add(format!("{id}--{}", arg.get_id()), arg.get_help());
            }
            for sc in c.get_subcommands() {
                walk(sc, &format!("{id}-{}", sc.get_name()), found);
            }
        }
        let mut found = Vec::new();
        walk(&Cli::command(), "cli", &mut found);
        assert!(found.len() > 50, "{}", found.len());
        for (id, text) in &found {
            assert_eq!(steunwijzer::say(Language::english(), id, &[]), *text, "{id}");
            for lang in Language::all() {
                assert!(has_message(lang, id), "{id} in {}", lang.code());
            }
        }
    }

    #[test]
    fn the_language_and_root_are_read_before_clap() {
        let args: Vec<OsString> = ["steunwijzer", "check", "--root=site", "--lang", "en"]
            .iter()
            .map(OsString::from)
            .collect();
        assert_eq!(
            language_and_root(&args),
            (Some(Language::english()), PathBuf::from("site"))
        );
    }
}
