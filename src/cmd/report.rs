//! `steunwijzer report`: the review report as text, JSON or an HTML page, on standard
//! output or in a file.

use std::fmt::Write as _;
use std::process::ExitCode;

use steunwijzer::Review;

use super::{CONTENT_ERROR, print_diagnostics};
use crate::cli::{ReportArgs, ReportFormat};

pub(crate) fn run(args: &ReportArgs) -> ExitCode {
    let root = &args.root.root;
    let staged = steunwijzer::review(root, &super::clock());
    let mut diags = staged.diagnostics;
    let text = staged.value.and_then(|review| match args.format {
        ReportFormat::Text => Some(text(&review)),
        ReportFormat::Json => Some(serde_json::to_string_pretty(&review).unwrap_or_default() + "\n"),
        ReportFormat::Html => diags.absorb(steunwijzer::review_page(root, &review)),
    });
    if diags.has_errors() {
        print_diagnostics(&diags);
    }
    let Some(text) = text else {
        return ExitCode::from(CONTENT_ERROR);
    };
    match &args.output {
        Some(path) => {
            let written = steunwijzer::write_report(root, path, &with_seal(text, args.format));
            print_diagnostics(&written.diagnostics);
            if written.value.is_none() {
                return ExitCode::from(CONTENT_ERROR);
            }
            let shown = path.display();
            outln!("{}", super::say("report-wrote", &[("file", super::text(shown))]));
        }
        None => out!("{text}"),
    }
    ExitCode::SUCCESS
}

/// The report with the place for its seal, in the form of its format, so the next report
/// may replace the file as long as nobody changed it.
fn with_seal(text: String, format: ReportFormat) -> String {
    let seal = steunwijzer::REPORT_SEAL;
    match format {
        ReportFormat::Html => format!("{text}<!-- {seal} -->\n"),
        ReportFormat::Text => format!("{text}{seal}\n"),
        ReportFormat::Json => match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(serde_json::Value::Object(mut map)) => {
                map.insert("seal".into(), seal.into());
                serde_json::to_string_pretty(&map).unwrap_or_default() + "\n"
            }
            _ => text,
        },
    }
}

/// The report for a terminal, in the language of the messages: the coverage table, then
/// the lists.
fn text(r: &Review) -> String {
    let say = |id: &str| super::say(id, &[]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} {} ({} {})\n",
        r.title,
        say("report-of"),
        r.date,
        r.providers,
        say("report-providers")
    );
    coverage_table(r, &mut out);
    stale_list(r, &mut out);
    for (title, list) in [
        (say("report-unreachable"), &r.unreachable),
        (say("report-no-walk-in"), &r.no_walk_in),
        (say("report-no-accessibility"), &r.no_accessibility),
    ] {
        let _ = writeln!(out, "\n{title}: {}", list.len());
        for e in list {
            let _ = writeln!(out, "  {}  ({})", e.name, e.source);
        }
    }
    let _ = writeln!(out, "\n({} {})", say("report-made-by"), steunwijzer::REPORT_GENERATOR);
    out
}

/// The entries not reviewed within the site's limit, oldest first.
fn stale_list(r: &Review, out: &mut String) {
    let limit = r.stale_after_months;
    let _ = writeln!(
        out,
        "\n{}: {}",
        super::say("report-stale", &[("limit", super::text(limit))]),
        r.stale.len()
    );
    let months = super::say("report-months", &[]);
    for s in &r.stale {
        let _ = writeln!(
            out,
            "  {}  {:>3} {months}  {}  ({})",
            s.entry.last_reviewed, s.months, s.entry.name, s.entry.source
        );
        if !s.contact.is_empty() {
            let _ = writeln!(out, "{:>24}{}", "", s.contact.join(" · "));
        }
    }
}

/// Providers per life domain and neighbourhood, thin cells marked with `*`.
fn coverage_table(r: &Review, out: &mut String) {
    let _ = writeln!(
        out,
        "{}",
        super::say("report-coverage", &[("limit", super::text(r.thin_below))])
    );
    let width = r
        .coverage
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(12);
    let _ = write!(out, "  {:<width$}", "");
    for n in &r.neighbourhoods {
        let truncated: String = n.chars().take(11).collect();
        let _ = write!(out, " {truncated:>11}");
    }
    let whole = super::say("report-whole", &[]);
    let _ = writeln!(out, " {whole:>11}");
    for c in &r.coverage {
        let _ = write!(out, "  {:<width$}", c.name);
        for n in &c.per_neighbourhood {
            let mark = if *n < r.thin_below { "*" } else { " " };
            let _ = write!(out, " {n:>10}{mark}");
        }
        let _ = writeln!(out, " {:>11}", c.whole_municipality);
    }
}
