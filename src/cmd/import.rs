//! `steunwijzer import hsds`: prints every warning (the first 20 of a file; all of them
//! into `--report FILE`), then the files written, or with `--dry-run` those it would write.

use std::io::Write as _;
use std::process::ExitCode;

use super::{CONTENT_ERROR, USAGE_ERROR, print_diagnostics, say, text};
use crate::cli::ImportHsdsArgs;

pub(crate) fn run(args: &ImportHsdsArgs) -> ExitCode {
    let root = &args.root.root;
    // The report is a new file: one that exists is never overwritten.
    let mut report_file = match &args.report {
        Some(path) => match std::fs::OpenOptions::new().write(true).create_new(true).open(path) {
            Ok(f) => Some((path, f)),
            Err(e) => {
                let error = steunwijzer::os_error(&e);
                super::fail(&steunwijzer::msg!("path-cannot-write", path = path.display(), error));
                return ExitCode::from(USAGE_ERROR);
            }
        },
        None => None,
    };
    let options = steunwijzer::ImportOptions {
        dry_run: args.dry_run,
        map: args.map.clone(),
    };
    let report = steunwijzer::import_hsds(root, &args.input, &super::clock(), &options);
    print_diagnostics(&report.diagnostics);
    let hidden: usize = report.diagnostics.hidden().iter().map(|(_, n)| n).sum();
    match &mut report_file {
        Some((path, file)) => {
            let all = report.diagnostics.render_all(super::language());
            if let Err(e) = file.write_all(all.as_bytes()) {
                let error = steunwijzer::os_error(&e);
                super::fail(&steunwijzer::msg!("path-cannot-write", path = path.display(), error));
            }
            outln!("{}", say("import-report-written", &[("file", text(path.display()))]));
        }
        None if hidden > 0 => errln!("{}", say("import-more-with-report", &[("count", super::count(hidden))])),
        None => {}
    }
    for path in &report.written {
        outln!("{}", root.join(path).display());
    }
    let (records, written) = (report.records, report.written.len());
    let done = if args.dry_run {
        "import-dry-run-done"
    } else {
        "import-done"
    };
    outln!(
        "{}",
        say(done, &[("records", text(records)), ("written", text(written))])
    );
    if written > 0 && !args.dry_run {
        let check = format!("steunwijzer check --root {}", root.display());
        outln!("{}", say("import-next", &[("check", text(check))]));
    }
    if report.diagnostics.has_errors() {
        ExitCode::from(CONTENT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}
