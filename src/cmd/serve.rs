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
            outln!(
                "built {providers} providers in {} ms ({changed} files changed)",
                elapsed.as_millis()
            );
        }
        ServeEvent::Failed { errors } => {
            err!("{errors}");
            errln!("{}", super::say("serve-keeps-last", &[]));
        }
        ServeEvent::Serving { url } => outln!("serving {shown} at {url} (Ctrl+C to stop)"),
        ServeEvent::NoBrowser { url } => errln!("could not open a browser; open {url} yourself"),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("error: {e}");
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// The site as the terminal names it.
fn shown(root: &Path) -> String {
    if root == Path::new(".") {
        "the site".to_string()
    } else {
        root.display().to_string()
    }
}
