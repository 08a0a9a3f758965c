//! `steunwijzer build`: the problems, then one line saying what was written.

use std::process::ExitCode;

use steunwijzer::BuildOptions;

use super::{CONTENT_ERROR, print_diagnostics};
use crate::cli::BuildArgs;

pub(crate) fn run(args: BuildArgs) -> ExitCode {
    let opts = BuildOptions {
        root: args.root.root,
        output: args.output,
        base_url: args.base_url,
        clock: super::clock(),
    };
    let built = steunwijzer::build(&opts);
    print_diagnostics(&built.diagnostics);
    match built.value {
        Some(r) => {
            let (out, secs) = (r.output.display(), r.elapsed.as_secs_f64());
            outln!(
                "{}",
                super::say(
                    "build-done",
                    &[
                        ("pages", super::text(r.pages)),
                        ("providers", super::text(r.providers)),
                        ("out", super::text(out)),
                        ("seconds", super::text(format!("{secs:.2}"))),
                    ],
                )
            );
            ExitCode::SUCCESS
        }
        None => {
            if built.diagnostics.left_output_unchanged() {
                errln!("{}", super::say("build-nothing-written", &[]));
            }
            ExitCode::from(CONTENT_ERROR)
        }
    }
}
