use std::io::Read;
use std::process::ExitCode;

use clap::Parser;
use steunwijzer::cli::{Cli, Command, Format, NewCommand};
use steunwijzer::diagnostic::Diagnostics;
use steunwijzer::pipeline::{SearchError, search};
use steunwijzer::search::query::Request;
use steunwijzer::{BuildOptions, build, check};

const CONTENT_ERROR: u8 = 1;
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = match &cli.command {
        Command::Build(a) => Some(&a.root.root),
        Command::Check(a) => Some(&a.root.root),
        Command::Search(a) => Some(&a.root.root),
        Command::New(NewCommand::Provider(a)) => Some(&a.root.root),
        Command::Report(a) => Some(&a.root.root),
        Command::Serve(a) => Some(&a.root.root),
        Command::Analyse(_) | Command::Generate(_) => None,
    };
    if let Some(root) = root.filter(|r| !r.is_dir()) {
        eprintln!("error: the site folder {} does not exist", root.display());
        return ExitCode::from(USAGE_ERROR);
    }
    match cli.command {
        Command::Check(args) => {
            let (_, diags) = check(&args.root.root, None);
            match args.format {
                Format::Human => {
                    report(&diags);
                    if !diags.has_errors() {
                        println!("checked {}: no errors", args.root.root.display());
                    }
                }
                Format::Json => print!("{}", diags.render_json()),
                Format::Github => print!("{}", diags.render_github()),
            }
            if diags.has_errors() {
                ExitCode::from(CONTENT_ERROR)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::New(NewCommand::Provider(args)) => {
            let today = match steunwijzer::date::Date::today() {
                Ok(d) => d,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(USAGE_ERROR);
                }
            };
            match steunwijzer::scaffold::new_provider(&args.root.root, &args.name, today) {
                Ok(path) => {
                    println!("{}", path.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(CONTENT_ERROR)
                }
            }
        }
        Command::Serve(args) => {
            let opts = steunwijzer::serve::Options {
                root: args.root.root,
                port: args.port,
                open: args.open,
            };
            match steunwijzer::serve::run(opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(USAGE_ERROR)
                }
            }
        }
        Command::Report(args) => {
            let (text, diags) = steunwijzer::pipeline::report(&args.root.root, args.format);
            if diags.has_errors() {
                report(&diags);
            }
            let Some(text) = text else {
                return ExitCode::from(CONTENT_ERROR);
            };
            match &args.output {
                Some(path) => {
                    if let Err(e) = std::fs::write(path, text) {
                        eprintln!("error: cannot write {}: {e}", path.display());
                        return ExitCode::from(CONTENT_ERROR);
                    }
                    println!("wrote {}", path.display());
                }
                None => print!("{text}"),
            }
            ExitCode::SUCCESS
        }
        Command::Analyse(args) => {
            let text = match args.text {
                Some(t) => t,
                None => {
                    let mut t = String::new();
                    if let Err(e) = std::io::stdin().read_to_string(&mut t) {
                        eprintln!("error: cannot read standard input: {e}");
                        return ExitCode::from(USAGE_ERROR);
                    }
                    t
                }
            };
            for w in steunwijzer::search::analyser::words(&text) {
                println!("{}\t{}", w.folded, w.term);
            }
            ExitCode::SUCCESS
        }
        Command::Generate(args) => {
            if args.out.exists() {
                eprintln!("error: {} exists already; choose a new folder", args.out.display());
                return ExitCode::from(USAGE_ERROR);
            }
            match steunwijzer::synth::generate(&args.out, args.providers, args.seed) {
                Ok(()) => {
                    println!("wrote {} providers to {}", args.providers, args.out.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: cannot write {}: {e}", args.out.display());
                    ExitCode::from(CONTENT_ERROR)
                }
            }
        }
        Command::Search(args) => {
            let req = Request {
                text: args.query,
                life_domains: args.domains,
                neighbourhoods: args.neighbourhoods,
                languages: args.languages,
                limit: args.limit,
            };
            match search(&args.root.root, &req, args.json) {
                Ok(out) => {
                    print!("{out}");
                    ExitCode::SUCCESS
                }
                Err(SearchError::Usage(e)) => {
                    eprintln!("error: {e}");
                    ExitCode::from(USAGE_ERROR)
                }
                Err(SearchError::Index(e)) => {
                    eprintln!("error: {e}");
                    ExitCode::from(CONTENT_ERROR)
                }
            }
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
