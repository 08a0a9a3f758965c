//! `steunwijzer generate` (hidden): a synthetic site for tests and benchmarks.

use std::process::ExitCode;

use super::{CONTENT_ERROR, USAGE_ERROR};
use crate::cli::GenerateArgs;

pub(crate) fn run(args: &GenerateArgs) -> ExitCode {
    if args.out.exists() {
        super::fail(&steunwijzer::msg!("generate-exists", path = args.out.display()));
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
            let said = [
                ("count", super::count(args.providers)),
                ("path", super::text(args.out.display())),
            ];
            outln!("{}", super::say("generate-wrote", &said));
            ExitCode::SUCCESS
        }
        Err(e) => {
            super::fail(&steunwijzer::msg!(
                "path-cannot-write",
                path = args.out.display(),
                error = steunwijzer::os_error(&e)
            ));
            ExitCode::from(CONTENT_ERROR)
        }
    }
}
