use std::process::ExitCode;

use clap::Parser;
use steunwijzer::cli::{Cli, Command};
use steunwijzer::diagnostic::Diagnostics;
use steunwijzer::{BuildOptions, build, check};

const CONTENT_ERROR: u8 = 1;
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = match &cli.command {
        Command::Build(a) => &a.root.root,
        Command::Check(a) => &a.root,
    };
    if !root.is_dir() {
        eprintln!("error: the site folder {} does not exist", root.display());
        return ExitCode::from(USAGE_ERROR);
    }
    match cli.command {
        Command::Check(args) => {
            let (_, diags) = check(&args.root, None);
            report(&diags);
            if diags.has_errors() {
                return ExitCode::from(CONTENT_ERROR);
            }
            println!("checked {}: no errors", args.root.display());
            ExitCode::SUCCESS
        }
        Command::Build(args) => {
            let opts = BuildOptions {
                root: args.root.root,
                output: args.output,
                base_url: args.base_url,
            };
            let (built, diags) = build(&opts);
            report(&diags);
            match built {
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
                    eprintln!("nothing was written; the previous output is unchanged");
                    ExitCode::from(CONTENT_ERROR)
                }
            }
        }
    }
}

fn report(diags: &Diagnostics) {
    if !diags.is_empty() {
        eprint!("{}", diags.render());
    }
}
