//! `steunwijzer generate` (hidden): a synthetic site for tests and benchmarks.

use std::process::ExitCode;

use super::{CONTENT_ERROR, USAGE_ERROR};
use crate::cli::GenerateArgs;

pub(crate) fn run(args: &GenerateArgs) -> ExitCode {
    if args.out.exists() {
        errln!("error: {} exists already; choose a new folder", args.out.display());
        return ExitCode::from(USAGE_ERROR);
    }
    let shape = steunwijzer::Shape {
        words: args.words,
        life_domains: args.life_domains.into(),
        neighbourhoods: args.neighbourhoods.into(),
        languages: args.languages.into(),
    };
    match steunwijzer::generate(&args.out, args.providers, args.seed, &shape) {
        Ok(()) => {
            outln!("wrote {} providers to {}", args.providers, args.out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("error: cannot write {}: {e}", args.out.display());
            ExitCode::from(CONTENT_ERROR)
        }
    }
}
