//! `steunwijzer check`: every problem, for people, as JSON or as GitHub annotations.

use std::process::ExitCode;

use super::{CONTENT_ERROR, print_diagnostics};
use crate::cli::{CheckArgs, Format};

pub(crate) fn run(args: &CheckArgs) -> ExitCode {
    let diags = steunwijzer::check(&args.root.root);
    match args.format {
        Format::Human => {
            print_diagnostics(&diags);
            if !diags.has_errors() {
                let root = args.root.root.display();
                println!(
                    "{}",
                    super::say(
                        format!("checked {root}: no errors"),
                        format!("{root} nagekeken: geen fouten")
                    )
                );
            }
        }
        Format::Json => print!("{}", diags.render_json(super::language())),
        Format::Github => print!("{}", diags.render_github(super::language())),
    }
    if diags.has_errors() {
        ExitCode::from(CONTENT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}
