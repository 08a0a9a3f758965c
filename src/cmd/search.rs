//! `steunwijzer search`: the results, best first, as lines or as JSON; with `--lang-ui`,
//! in the words of the search page in that language.

use std::fmt::Write as _;
use std::process::ExitCode;

use steunwijzer::{PageWords, Request, Response, Suggestions};

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
    let answer = match &args.lang_ui {
        Some(lang) => steunwijzer::search_in(&args.root.root, &req, lang).map(|(a, w)| (a, Some(w))),
        None => steunwijzer::search(&args.root.root, &req).map(|a| (a, None)),
    };
    let (answer, words) = match answer {
        Ok(answer) => answer,
        Err(e) => {
            super::fail(&e.message());
            return ExitCode::from(if e.is_usage() { USAGE_ERROR } else { CONTENT_ERROR });
        }
    };
    if args.json {
        match serde_json::to_string_pretty(&answer) {
            Ok(json) => outln!("{json}"),
            Err(e) => {
                super::fail(&steunwijzer::Msg::verbatim(e.to_string()));
                return ExitCode::from(CONTENT_ERROR);
            }
        }
    } else if let Some(words) = words {
        out!("{}", in_page_words(&req, &answer, &words));
    } else {
        out!("{}", text(&req, &answer));
    }
    ExitCode::SUCCESS
}

/// The crisis numbers when the answer shows them, the life situations the words lead to,
/// then a line saying what was found, then one line per result: rank, slug, name, score.
fn text(req: &Request, answer: &Response) -> String {
    let mut out = String::new();
    help(&mut out, answer, &super::say("search-help-now", &[]));
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
    results(&mut out, answer);
    if let Some(s) = &answer.suggestions {
        out.push_str(&suggestions(s));
    }
    out
}

/// The crisis numbers under `title`, when the answer shows them.
fn help(out: &mut String, answer: &Response, title: &str) {
    if !answer.help.is_empty() {
        let _ = writeln!(out, "{title}");
        for h in &answer.help {
            let _ = writeln!(out, "  {}: {}. {}", h.name, h.phone, h.when);
        }
        out.push('\n');
    }
}

/// One line per result: rank, slug, name, score.
fn results(out: &mut String, answer: &Response) {
    let width = answer.results.iter().map(|h| h.slug.len()).max().unwrap_or(0);
    for h in &answer.results {
        let _ = writeln!(out, "{:>3}. {:<width$}  {:<40} {:.4}", h.rank, h.slug, h.name, h.score);
    }
}

/// The answer as the search page in one interface language says it: the crisis numbers,
/// the status line the page reads out (the same choice of words as `search.js`), then the
/// results.
fn in_page_words(req: &Request, answer: &Response, words: &PageWords) -> String {
    let mut out = String::new();
    help(&mut out, answer, &words.say("crisis-heading", &[]));
    let status = status(req, answer, words);
    if !status.is_empty() {
        let _ = writeln!(out, "{status}");
    }
    results(&mut out, answer);
    out
}

/// The line the search page shows and reads out about `answer` (`run` in search.js).
fn status(req: &Request, answer: &Response, words: &PageWords) -> String {
    let searching = !req.text.trim().is_empty()
        || !req.life_domains.is_empty()
        || !req.neighbourhoods.is_empty()
        || !req.languages.is_empty()
        || !req.contact_modes.is_empty();
    if !searching {
        return String::new();
    }
    let n = answer.total;
    let found = words.say("js-found", &[("count", super::count(n))]);
    let none = Suggestions::default();
    let ways = answer.suggestions.as_ref().unwrap_or(&none);
    let without = ways.without_filters.unwrap_or(0);
    let meant = meant(ways, words);
    let mut line = if answer.crisis {
        let after = if n > 0 { found } else { words.say("js-none", &[]) };
        format!("{} {after}", words.say("js-crisis-first", &[]))
    } else if n == 0 && without > 0 {
        words.say("js-none-filters", &[("count", super::count(without))])
    } else if n == 0 && !meant.is_empty() {
        format!("{} {}", words.say("js-none", &[]), meant.join(" "))
    } else if n == 0 {
        words.say("js-none-try", &[])
    } else if !answer.all_words {
        let matched = answer.matched_words.join(", ");
        words.say(
            "js-partly",
            &[("count", super::count(n)), ("words", super::text(matched))],
        )
    } else {
        found
    };
    if !answer.situations.is_empty() {
        let titles: Vec<&str> = answer.situations.iter().map(|s| s.title.as_str()).collect();
        let said = words.say("js-situations", &[("titles", super::text(titles.join(", ")))]);
        line = format!("{line} {said}");
    }
    line
}

/// "Bedoelde u schulden?" and "Bedoelt u Inkomen (18 aanbieders)?", as the page writes them.
fn meant(ways: &Suggestions, words: &PageWords) -> Vec<String> {
    let list = |items: &[String]| -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), words.say("js-or", &[])),
        }
    };
    let mut out = Vec::new();
    let end = words.say("js-meant-end", &[]);
    if !ways.words.is_empty() {
        out.push(format!(
            "{} {}{end}",
            words.say("js-meant-words", &[]),
            list(&ways.words)
        ));
    }
    let domains: Vec<String> = ways
        .life_domains
        .iter()
        .filter_map(|d| {
            let name = words.life_domain(&d.slug)?;
            let count = words.say("js-topic-count", &[("count", super::count(d.count))]);
            Some(format!("{name} {count}"))
        })
        .collect();
    if !domains.is_empty() {
        out.push(format!("{} {}{end}", words.say("js-meant-topics", &[]), list(&domains)));
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
