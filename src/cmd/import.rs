//! `steunwijzer import hsds`: prints every warning, then the files written.

use std::process::ExitCode;

use super::{CONTENT_ERROR, print_diagnostics, say};
use crate::cli::ImportHsdsArgs;

pub(crate) fn run(args: &ImportHsdsArgs) -> ExitCode {
    let root = &args.root.root;
    let report = steunwijzer::import_hsds(root, &args.input, &super::clock());
    print_diagnostics(&report.diagnostics);
    for path in &report.written {
        outln!("{}", root.join(path).display());
    }
    let (records, written) = (report.records, report.written.len());
    outln!(
        "{}",
        say(
            format!("{records} records read, {written} provider files written"),
            format!("{records} records gelezen, {written} aanbiedersbestanden gemaakt"),
        )
    );
    if written > 0 {
        let check = format!("steunwijzer check --root {}", root.display());
        outln!(
            "{}",
            say(
                format!("next: check each new file with the provider; `{check}` shows what is still missing"),
                format!("daarna: controleer elk nieuw bestand met de aanbieder; `{check}` laat zien wat nog ontbreekt"),
            )
        );
    }
    if report.diagnostics.has_errors() {
        ExitCode::from(CONTENT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}
