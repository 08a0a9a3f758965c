//! `steunwijzer serve`: prints what the preview does, until it is stopped.

use std::path::Path;
use std::process::ExitCode;

use steunwijzer::{ServeEvent, ServeOptions};

use super::USAGE_ERROR;
use crate::cli::ServeArgs;

pub(crate) fn run(args: ServeArgs) -> ExitCode {
    let opts = ServeOptions {
        root: args.root.root,
        port: args.port,
        open: args.open,
        language: super::language(),
        clock: super::clock,
    };
    let shown = shown(&opts.root);
    let result = steunwijzer::serve(&opts, &mut |event| match event {
        ServeEvent::Rebuilt {
            providers,
            elapsed,
            changed,
            warnings,
        } => {
            if !warnings.is_empty() {
                err!("{}", warnings.render(super::language()));
            }
            let args = [
                ("providers", super::count(providers)),
                ("ms", super::text(elapsed.as_millis())),
                ("changed", super::count(changed)),
            ];
            outln!("{}", super::say("serve-rebuilt", &args));
        }
        ServeEvent::Failed { errors } => {
            err!("{errors}");
            errln!("{}", super::say("serve-keeps-last", &[]));
        }
        ServeEvent::Serving { url } => {
            let args = [("site", super::text(&shown)), ("url", super::text(url))];
            outln!("{}", super::say("serve-serving", &args));
        }
        ServeEvent::NoBrowser { url } => {
            errln!("{}", steunwijzer::msg!("serve-no-browser", url).say(super::language()));
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            super::fail(&e.message());
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// The site as the terminal names it.
fn shown(root: &Path) -> String {
    if root == Path::new(".") {
        super::say("serve-this-site", &[])
    } else {
        root.display().to_string()
    }
}
