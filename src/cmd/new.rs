//! `steunwijzer new provider`: prints the path of the new file.

use std::process::ExitCode;

use super::{CONTENT_ERROR, USAGE_ERROR};
use crate::cli::NewProviderArgs;

pub(crate) fn run(args: &NewProviderArgs) -> ExitCode {
    match steunwijzer::new_provider(&args.root.root, &args.name, &super::clock()) {
        Ok(path) => {
            outln!("{}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            if let steunwijzer::NewProviderError::SiteConfig(diags) = &e {
                super::print_diagnostics(diags);
            }
            super::fail(&e.message());
            ExitCode::from(if e.is_usage() { USAGE_ERROR } else { CONTENT_ERROR })
        }
    }
}
