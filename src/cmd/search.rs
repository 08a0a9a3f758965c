//! `steunwijzer search`: the results, best first, as lines or as JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use steunwijzer::{Request, Response, Suggestions};

use super::{CONTENT_ERROR, USAGE_ERROR};
use crate::cli::SearchArgs;

pub(crate) fn run(args: SearchArgs) -> ExitCode {
    let req = Request {
        text: args.query,
        life_domains: args.domains,
        neighbourhoods: args.neighbourhoods,
        languages: args.languages,
        contact_modes: args.contact_modes,
        limit: args.limit,
    };
    let answer = match steunwijzer::search(&args.root.root, &req) {
        Ok(answer) => answer,
        Err(e) => {
            errln!("error: {e}");
            return ExitCode::from(if e.is_usage() { USAGE_ERROR } else { CONTENT_ERROR });
        }
    };
    if args.json {
        match serde_json::to_string_pretty(&answer) {
            Ok(json) => outln!("{json}"),
            Err(e) => {
                errln!("error: {e}");
                return ExitCode::from(CONTENT_ERROR);
            }
        }
    } else {
        out!("{}", text(&req, &answer));
    }
    ExitCode::SUCCESS
}

/// The crisis numbers when the answer shows them, the life situations the words lead to,
/// then a line saying what was found, then one line per result: rank, slug, name, score.
fn text(req: &Request, answer: &Response) -> String {
    let mut out = String::new();
    if !answer.help.is_empty() {
        let title = super::say("Do you need help now?".into(), "Heeft u nu hulp nodig?".into());
        let _ = writeln!(out, "{title}");
        for h in &answer.help {
            let _ = writeln!(out, "  {}: {}. {}", h.name, h.phone, h.when);
        }
        out.push('\n');
    }
    for s in &answer.situations {
        let label = super::say("Does this fit you?".into(), "Past dit bij u?".into());
        let _ = writeln!(out, "{label} {} (situaties/{}/)", s.title, s.slug);
    }
    if !answer.situations.is_empty() {
        out.push('\n');
    }
    let query = req.text.trim();
    let (en, nl) = if query.is_empty() {
        (String::new(), String::new())
    } else {
        (format!(" for \"{query}\""), format!(" voor \"{query}\""))
    };
    let line = match (answer.total, answer.all_words) {
        (0, _) => super::say(
            format!("no providers found{en}"),
            format!("geen aanbieders gevonden{nl}"),
        ),
        (n, true) => super::say(
            format!("{n} provider{} found{en}", if n == 1 { "" } else { "s" }),
            format!("{n} aanbieder{} gevonden{nl}", if n == 1 { "" } else { "s" }),
        ),
        (n, false) => super::say(
            format!("no provider matches every word{en}; {n} match some of them"),
            format!("geen aanbieder past bij alle woorden{nl}; {n} bij een deel ervan"),
        ),
    };
    let _ = writeln!(out, "{line}");
    let width = answer.results.iter().map(|h| h.slug.len()).max().unwrap_or(0);
    for h in &answer.results {
        let _ = writeln!(out, "{:>3}. {:<width$}  {:<40} {:.4}", h.rank, h.slug, h.name, h.score);
    }
    if let Some(s) = &answer.suggestions {
        out.push_str(&suggestions(s));
    }
    out
}

/// The ways on after an empty answer, one per line.
fn suggestions(s: &Suggestions) -> String {
    let mut out = String::new();
    if let Some(n) = s.without_filters {
        let _ = writeln!(
            out,
            "{}",
            super::say(
                format!("without the filters: {n} found"),
                format!("zonder de filters: {n} gevonden")
            )
        );
    }
    if !s.words.is_empty() {
        let words = s.words.join(", ");
        let _ = writeln!(
            out,
            "{}",
            super::say(format!("did you mean: {words}"), format!("bedoelde u: {words}"))
        );
    }
    for d in &s.life_domains {
        let (slug, n) = (&d.slug, d.count);
        let _ = writeln!(
            out,
            "{}",
            super::say(
                format!("life domain {slug}: {n} providers"),
                format!("levensgebied {slug}: {n} aanbieders")
            )
        );
    }
    out
}
