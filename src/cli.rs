//! Command-line arguments. Only types here; `main.rs` hands them to the library.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Build an accessible static directory of free, independent client support
/// ("onafhankelijke cliëntondersteuning") from Markdown files.
#[derive(Debug, Parser)]
#[command(name = "steunwijzer", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the content, then write the website (into <root>/public unless --output is given).
    ///
    /// Exits with 0 when the site was written, 1 when the content has errors (the previous
    /// output is then left as it was) and 2 when the command line is wrong.
    Build(BuildArgs),
    /// Check the content and print every problem as path:line:col, without writing anything.
    ///
    /// Exits with 0 when there are no errors (warnings are allowed) and 1 otherwise.
    Check(RootArg),
}

#[derive(Debug, Args)]
pub struct RootArg {
    /// The site folder: the one holding site.yaml and content/.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Where to write the website. It is replaced as a whole, and only when the build succeeds.
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// The address the site will be published at, instead of base_url in site.yaml.
    /// Used for canonical links and the 404 page; all other links are relative.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
}
