//! The `steunwijzer` command: parses the command line and hands each command to its
//! module in `cmd/`, which calls the library and prints what it returns.

mod cli;
mod cmd;

use std::process::ExitCode;

use cli::{Cli, Command, ImportCommand, NewCommand};

// Rendering threads free what other threads made; the system allocator kept that memory
// (858 → 434 MiB peak at 10,000 providers after streaming the output, 310 MiB with this;
// docs/benchmarks.md). `.cargo/config.toml` compiles it to commit its arenas lazily, so it
// gives freed memory back (1,000 providers with print: 294 → 217 MB).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli: Cli = cmd::args::parse();
    if let Some(root) = cmd::site_root(&cli.command).filter(|r| !r.is_dir()) {
        return cmd::no_site_folder(root);
    }
    match cli.command {
        Command::Build(args) => cmd::build::run(args),
        Command::Check(args) => cmd::check::run(&args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::Search(args) => cmd::search::run(args),
        Command::Analyse(args) => cmd::analyse::run(args),
        Command::Report(args) => cmd::report::run(&args),
        Command::New(NewCommand::Provider(args)) => cmd::new::run(&args),
        Command::Init(args) => cmd::init::run(&args),
        Command::Generate(args) => cmd::generate::run(&args),
        Command::Import(ImportCommand::Hsds(args)) => cmd::import::run(&args),
    }
}
