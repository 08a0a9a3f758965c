//! `steunwijzer search`: the results, best first, as lines or as JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use steunwijzer::{Request, Response};

use super::{CONTENT_ERROR, USAGE_ERROR};
use crate::cli::SearchArgs;

pub(crate) fn run(args: SearchArgs) -> ExitCode {
    let req = Request {
        text: args.query,
        life_domains: args.domains,
        neighbourhoods: args.neighbourhoods,
        languages: args.languages,
        limit: args.limit,
    };
    let answer = match steunwijzer::search(&args.root.root, &req) {
        Ok(answer) => answer,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(if e.is_usage() { USAGE_ERROR } else { CONTENT_ERROR });
        }
    };
    if args.json {
        match serde_json::to_string_pretty(&answer) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(CONTENT_ERROR);
            }
        }
    } else {
        print!("{}", text(&req, &answer));
    }
    ExitCode::SUCCESS
}

/// A line saying what was found, then one line per result: rank, slug, name, score.
fn text(req: &Request, answer: &Response) -> String {
    let mut out = String::new();
    let query = req.text.trim();
    let shown = if query.is_empty() {
        String::new()
    } else {
        format!(" for \"{query}\"")
    };
    let _ = match (answer.total, answer.all_words) {
        (0, _) => writeln!(out, "no providers found{shown}"),
        (n, true) => writeln!(out, "{n} provider{} found{shown}", if n == 1 { "" } else { "s" }),
        (n, false) => writeln!(out, "no provider matches every word{shown}; {n} match some of them"),
    };
    let width = answer.results.iter().map(|h| h.slug.len()).max().unwrap_or(0);
    for h in &answer.results {
        let _ = writeln!(out, "{:>3}. {:<width$}  {:<40} {:.4}", h.rank, h.slug, h.name, h.score);
    }
    out
}
