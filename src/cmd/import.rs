//! `steunwijzer import hsds`: prints every warning, then the files written.

use std::process::ExitCode;

use super::{CONTENT_ERROR, print_diagnostics, say, text};
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
        say("import-done", &[("records", text(records)), ("written", text(written))])
    );
    if written > 0 {
        let check = format!("steunwijzer check --root {}", root.display());
        outln!("{}", say("import-next", &[("check", text(check))]));
    }
    if report.diagnostics.has_errors() {
        ExitCode::from(CONTENT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}
