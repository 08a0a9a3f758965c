//! `steunwijzer init`: prints the files it wrote and what to fill in.

use std::process::ExitCode;

use steunwijzer::Forge;

use super::{CONTENT_ERROR, USAGE_ERROR};
use crate::cli::{ForgeArg, InitArgs};

pub(crate) fn run(args: &InitArgs) -> ExitCode {
    let forge = match args.forge {
        ForgeArg::Github => Forge::GitHub,
        ForgeArg::Gitlab => Forge::GitLab,
        ForgeArg::None => Forge::None,
    };
    let done = match steunwijzer::init(&args.dir, &args.municipality, forge, &super::clock()) {
        Ok(done) => done,
        Err(e) => {
            super::fail(&e.message());
            let usage = matches!(
                e,
                steunwijzer::InitError::BadName(..) | steunwijzer::InitError::Today(_)
            );
            return ExitCode::from(if usage { USAGE_ERROR } else { CONTENT_ERROR });
        }
    };
    let dir = args.dir.display();
    for file in &done.written {
        outln!("{}", super::say("init-wrote", &[("file", super::text(file))]));
    }
    outln!();
    outln!(
        "{}",
        super::say("init-fill-in", &[("mark", super::text(steunwijzer::FILL_IN))])
    );
    for (at, line) in &done.fill_in {
        outln!("  {at}: {line}");
    }
    outln!();
    outln!("{}", super::say("init-next", &[("dir", super::text(dir))]));
    ExitCode::SUCCESS
}
