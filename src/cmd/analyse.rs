//! `steunwijzer analyse`: one line per word, the word folded, a tab, its term.

use std::io::Read;
use std::process::ExitCode;

use super::USAGE_ERROR;
use crate::cli::AnalyseArgs;

pub(crate) fn run(args: AnalyseArgs) -> ExitCode {
    let text = match args.text {
        Some(t) => t,
        None => {
            let mut t = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut t) {
                super::fail(&steunwijzer::msg!(
                    "stdin-unreadable",
                    error = steunwijzer::os_error(&e)
                ));
                return ExitCode::from(USAGE_ERROR);
            }
            t
        }
    };
    for w in steunwijzer::analyse(&text) {
        outln!("{}\t{}", w.folded, w.term);
    }
    ExitCode::SUCCESS
}
