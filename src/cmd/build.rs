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
    };
    let built = steunwijzer::build(&opts);
    print_diagnostics(&built.diagnostics);
    match built.value {
        Some(r) => {
            println!(
                "built {} pages ({} providers) into {} in {:.2} s",
                r.pages,
                r.providers,
                r.output.display(),
                r.elapsed.as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        None => {
            if built.diagnostics.left_output_unchanged() {
                eprintln!("nothing was written; the previous output is unchanged");
            }
            ExitCode::from(CONTENT_ERROR)
        }
    }
}
