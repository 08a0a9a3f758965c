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
        let title = super::say("search-help-now", &[]);
        let _ = writeln!(out, "{title}");
        for h in &answer.help {
            let _ = writeln!(out, "  {}: {}. {}", h.name, h.phone, h.when);
        }
        out.push('\n');
    }
    for s in &answer.situations {
        let label = super::say("search-fits-you", &[]);
        let _ = writeln!(out, "{label} {} (situaties/{}/)", s.title, s.slug);
    }
    if !answer.situations.is_empty() {
        out.push('\n');
    }
    let query = req.text.trim();
    // The same line with the words searched for, when there are any.
    let (suffix, q) = if query.is_empty() { ("", "") } else { ("-for", query) };
    let args = [("count", super::count(answer.total)), ("query", super::text(q))];
    let id = match (answer.total, answer.all_words) {
        (0, _) => "search-none",
        (_, true) => "search-found",
        (_, false) => "search-some",
    };
    let line = super::say(&format!("{id}{suffix}"), &args);
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
            super::say("search-without-filters", &[("count", super::text(n))])
        );
    }
    if !s.words.is_empty() {
        let words = s.words.join(", ");
        let _ = writeln!(
            out,
            "{}",
            super::say("search-did-you-mean", &[("words", super::text(words))])
        );
    }
    for d in &s.life_domains {
        let args = [("slug", super::text(&d.slug)), ("count", super::text(d.count))];
        let _ = writeln!(out, "{}", super::say("search-life-domain", &args));
    }
    out
}
