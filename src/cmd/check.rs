//! `steunwijzer check`: every problem, for people, as JSON, as GitHub annotations or as a
//! GitLab Code Quality report.

use std::process::ExitCode;

use super::{CONTENT_ERROR, print_diagnostics};
use crate::cli::{CheckArgs, Format};

pub(crate) fn run(args: &CheckArgs) -> ExitCode {
    let mut diags = steunwijzer::check(&args.root.root, args.previous.as_deref(), &super::clock());
    if args.strict {
        diags.append(steunwijzer::ready_to_publish(&args.root.root));
    }
    match args.format {
        Format::Human => {
            print_diagnostics(&diags);
            if args.strict && diags.fails_strict() && !diags.has_errors() {
                outln!("{}", super::say("check-strict", &[]));
            } else if !diags.has_errors() {
                let root = args.root.root.display();
                outln!("{}", super::say("check-done", &[("root", super::text(root))]));
            }
        }
        Format::Json => out!("{}", diags.render_json(super::language())),
        Format::Github => out!("{}", diags.render_github(super::language())),
        Format::Gitlab => out!("{}", diags.render_gitlab(super::language())),
    }
    if diags.has_errors() || (args.strict && diags.fails_strict()) {
        ExitCode::from(CONTENT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}
