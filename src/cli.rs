//! Command-line arguments: clap types only. `main.rs` hands each command to its module
//! in `cmd/`.

// The doc comments here are the help text, printed as written: no Markdown.
#![allow(clippy::doc_markdown)]

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Build an accessible static directory of free, independent client support
/// ("onafhankelijke cliëntondersteuning") from Markdown files.
#[derive(Debug, Parser)]
#[command(name = "steunwijzer", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
    /// The language of messages: nl or en. Default: STEUNWIJZER_LANG if set, else the
    /// site's language (Dutch for a Dutch site).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    pub(crate) lang: Option<steunwijzer::Language>,
}

fn parse_language(s: &str) -> Result<steunwijzer::Language, String> {
    steunwijzer::Language::parse(s).ok_or_else(|| {
        let codes: Vec<&str> = steunwijzer::Language::all().map(steunwijzer::Language::code).collect();
        // Said before a language is chosen: in the one of STEUNWIJZER_LANG, else Dutch.
        let lang = std::env::var("STEUNWIJZER_LANG")
            .ok()
            .and_then(|l| steunwijzer::Language::parse(&l));
        steunwijzer::msg!("lang-not-spoken", code = s, codes = codes.join(", ")).say(lang.unwrap_or_default())
    })
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check the content, then write the website (into <root>/public unless --output is given).
    ///
    /// Exits with 0 when the site was written, 1 when the content has errors (the previous
    /// output is then left as it was) and 2 when the command line is wrong.
    Build(BuildArgs),
    /// Preview the site while editing: build it, serve it on 127.0.0.1 and rebuild on every save.
    ///
    /// Open pages reload by themselves. A content error shows in the terminal and on top of the
    /// page in the browser, while the last good version stays served. Nothing is written to disk.
    Serve(ServeArgs),
    /// Check the content and print every problem as path:line:col, without writing anything.
    ///
    /// Exits with 0 when there are no errors (warnings are allowed unless --strict is given)
    /// and 1 otherwise.
    Check(CheckArgs),
    /// Search the index that `build` wrote to <root>/search-index, as the site's search page does.
    ///
    /// Prints the providers that match, best first. Filters of one kind combine with OR,
    /// filters of different kinds with AND. An empty QUERY with filters lists every matching
    /// provider by name. Exits with 1 when there is no index, 2 when an option is wrong.
    Search(SearchArgs),
    /// Show how text is split into search terms (folded, stop words left out, stemmed).
    ///
    /// Prints one line per word: the word as typed (lowercase, without accents), a tab, and
    /// the term the index uses. Reads TEXT, or standard input when TEXT is not given.
    Analyse(AnalyseArgs),
    /// A review report for editors: where the pool is thin, entries to review, missing information.
    ///
    /// Counts providers per life domain and neighbourhood, lists entries whose last_reviewed is
    /// older than the limit in site.yaml (oldest first), entries with no way to reach them, no
    /// walk-in and no accessibility information. Not published in the site.
    Report(ReportArgs),
    /// Start a new site for a municipality: settings, life domains, pages, .gitignore and CI.
    ///
    /// Writes into DIR (default: the current folder) a site that builds at once, without
    /// anyone else's history, and lists what to fill in (marked [VUL IN). Never overwrites:
    /// when any of its files exists, nothing is written.
    Init(InitArgs),
    /// Create a new content file from a template, with every field explained.
    #[command(subcommand)]
    New(NewCommand),
    /// Create provider files from another system's data.
    #[command(subcommand)]
    Import(ImportCommand),
    /// For developers: write a synthetic site with N invented providers, for tests and benchmarks.
    #[command(hide = true)]
    Generate(GenerateArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    #[command(flatten)]
    pub(crate) root: RootArg,
    /// text for the terminal, html for a page to open in a browser, json for tools.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub(crate) format: ReportFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ReportFormat {
    Text,
    Html,
    Json,
}

#[derive(Debug, Subcommand)]
pub(crate) enum NewCommand {
    /// Create content/providers/<slug>.md for a new provider, with last_reviewed set to today.
    ///
    /// The slug is made from the name: lowercase, without accents, words joined by hyphens.
    /// An existing file is never overwritten.
    Provider(NewProviderArgs),
}

#[derive(Debug, Subcommand)]
pub(crate) enum ImportCommand {
    /// Create content/providers/<slug>.md for every active service in an HSDS 3.0 export.
    ///
    /// FILE is HSDS 3.0 compiled JSON: one service, a list of services, or a page of the
    /// HSDS API (`/services?full=true`); a folder imports every .json file in it. Terms,
    /// service areas and languages are matched to this site's life domains, neighbourhoods
    /// and languages. Everything that could not be taken over is reported as a warning with
    /// the record's line. Existing files are never overwritten. See docs/open-data.md.
    Hsds(ImportHsdsArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ImportHsdsArgs {
    /// The HSDS JSON file, or a folder of them.
    #[arg(value_name = "FILE|DIR")]
    pub(crate) input: PathBuf,
    /// Show what would be written, and every problem, without writing anything.
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// Also write every problem (not only the first 20 of a file) to this new file.
    #[arg(long, value_name = "FILE")]
    pub(crate) report: Option<PathBuf>,
    /// What another system's taxonomy terms mean here (life domains, kinds): a YAML file,
    /// see docs/examples/airs-211-map.yaml.
    #[arg(long, value_name = "FILE")]
    pub(crate) map: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) root: RootArg,
}

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The folder for the new site; made when missing.
    #[arg(value_name = "DIR", default_value = ".")]
    pub(crate) dir: PathBuf,
    /// The municipality's name, as residents write it ("Zaanstad").
    #[arg(long, value_name = "NAME")]
    pub(crate) municipality: String,
    /// Which forge's CI file to write: a GitHub Actions workflow, .gitlab-ci.yml, or none.
    #[arg(long, value_enum, default_value_t = ForgeArg::Github)]
    pub(crate) forge: ForgeArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ForgeArg {
    Github,
    Gitlab,
    None,
}

#[derive(Debug, Args)]
pub(crate) struct NewProviderArgs {
    /// The provider's name, as residents know it.
    pub(crate) name: String,
    #[command(flatten)]
    pub(crate) root: RootArg,
}

#[derive(Debug, Args)]
pub(crate) struct AnalyseArgs {
    pub(crate) text: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct GenerateArgs {
    /// Number of providers.
    #[arg(long, value_name = "N")]
    pub(crate) providers: usize,
    /// The folder to write the site to (must not exist yet).
    #[arg(long, value_name = "DIR")]
    pub(crate) out: PathBuf,
    /// Seed of the generator: the same seed gives the same site.
    #[arg(long, default_value_t = 1)]
    pub(crate) seed: u64,
    /// Words in each provider's text, MIN-MAX: real pages have 150-400, under headings and
    /// with lists; below 100 the texts are a few sentences.
    #[arg(long, value_name = "MIN-MAX", default_value = "150-400", value_parser = word_range)]
    pub(crate) words: (usize, usize),
    /// Number of life domains: the nine of the social domain, then invented ones (1-32).
    #[arg(long, default_value_t = 9, value_parser = clap::value_parser!(u8).range(1..=32))]
    pub(crate) life_domains: u8,
    /// Number of neighbourhoods (0-2500): six real names, then wijken of ten places each.
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u16).range(0..=2500))]
    pub(crate) neighbourhoods: u16,
    /// Number of languages spoken besides Dutch (0-182): every ISO 639-1 code.
    #[arg(long, default_value_t = 12, value_parser = clap::value_parser!(u8).range(0..=182))]
    pub(crate) languages: u8,
}

/// `150-400` → (150, 400).
fn word_range(s: &str) -> Result<(usize, usize), String> {
    let err = || format!("`{s}` is not a range of words such as 150-400");
    let (low, high) = s.split_once('-').ok_or_else(err)?;
    let (low, high): (usize, usize) = (
        low.trim().parse().map_err(|_| err())?,
        high.trim().parse().map_err(|_| err())?,
    );
    if low == 0 || low > high || high > 100_000 {
        return Err(err());
    }
    Ok((low, high))
}

#[derive(Debug, Args)]
pub(crate) struct SearchArgs {
    /// The words to search for, as a resident would type them ("" for none).
    pub(crate) query: String,
    /// Only providers in this life domain (slug; repeat for more).
    #[arg(long = "domain", value_name = "SLUG")]
    pub(crate) domains: Vec<String>,
    /// Only providers working in this neighbourhood (slug; repeat for more). Providers for
    /// the whole municipality always count.
    #[arg(long = "neighbourhood", value_name = "SLUG")]
    pub(crate) neighbourhoods: Vec<String>,
    /// Only providers speaking this language (ISO 639-1 code; repeat for more).
    #[arg(long = "language", value_name = "CODE")]
    pub(crate) languages: Vec<String>,
    /// Only providers one can get in touch with this way: walk-in, phone, email,
    /// home-visit, video or chat (repeat for more).
    #[arg(long = "contact", value_name = "MODE")]
    pub(crate) contact_modes: Vec<String>,
    /// How many results to print.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub(crate) limit: usize,
    /// Print the answer as JSON (stable field names, for tools and tests).
    #[arg(long)]
    pub(crate) json: bool,
    /// Answer as the search page in this interface language does (site.yaml
    /// `languages_ui`, e.g. `ar`): its words, and the situations and crisis numbers as the
    /// editors translated them. The results are the same in every language.
    #[arg(long = "lang-ui", value_name = "CODE")]
    pub(crate) lang_ui: Option<String>,
    #[command(flatten)]
    pub(crate) root: RootArg,
}

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    pub(crate) root: RootArg,
    /// The port on 127.0.0.1; if it is taken, the next free one is used.
    #[arg(long, value_name = "N", default_value_t = 1111)]
    pub(crate) port: u16,
    /// Open the site in the default browser.
    #[arg(long)]
    pub(crate) open: bool,
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    pub(crate) root: RootArg,
    /// How to print the problems: for people, as JSON for tools, as GitHub workflow
    /// annotations (so a forge shows each problem on the changed line), or as a GitLab Code
    /// Quality report (shown in a merge request).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
    /// Fail on warnings too (exit 1): a file that is not read, two providers with one name, a
    /// web address without https. Reminders still pass: an entry due for review, a provider
    /// that is deliberately not listed. For CI, so nothing is left out unnoticed.
    #[arg(long)]
    pub(crate) strict: bool,
    /// The previous publication's sitemap.xml (or the folder holding it): a provider address
    /// in it that no provider has now is warned about. Default: public/sitemap.xml, when an
    /// earlier build left one.
    #[arg(long, value_name = "FILE")]
    pub(crate) previous: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    Human,
    Json,
    Github,
    Gitlab,
}

#[derive(Debug, Args)]
pub(crate) struct RootArg {
    /// The site folder: the one holding site.yaml and content/.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub(crate) root: PathBuf,
}

#[derive(Debug, Args)]
pub(crate) struct BuildArgs {
    #[command(flatten)]
    pub(crate) root: RootArg,
    /// Where to write the website. It is replaced as a whole, and only when the build succeeds.
    #[arg(long, value_name = "DIR")]
    pub(crate) output: Option<PathBuf>,
    /// The address the site will be published at, instead of base_url in site.yaml.
    /// Used for canonical links and the 404 page; all other links are relative.
    #[arg(long, value_name = "URL")]
    pub(crate) base_url: Option<String>,
}
