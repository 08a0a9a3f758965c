//! The stages in order: load → validate → render → write. Each stage reports problems
//! into one list, so a run shows everything that is wrong at once.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config;
use crate::content;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics, Span};
use crate::model::Site;
use crate::output;
use crate::render::{self, Theme};
use crate::search;
use crate::validate;

/// Where `build` writes the tantivy index, below the site root.
pub const INDEX_DIR: &str = "search-index";

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Defaults to `<root>/public`.
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
}

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub pages: usize,
    pub providers: usize,
    pub files: usize,
    pub output: PathBuf,
    pub elapsed: Duration,
}

/// Loads and validates the site. Returns it when there are no errors; the diagnostics
/// hold every problem found, warnings included.
pub fn check(root: &Path, base_url: Option<&str>) -> (Option<Site>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let today = match Date::today() {
        Ok(d) => d,
        Err(e) => {
            diags.push(Diagnostic::error("(environment)", Span::file_start(), e));
            return (None, diags);
        }
    };
    let config = config::load(root, base_url);
    let (loaded, load_diags) = content::load(root);
    diags.extend(load_diags);
    let config = match config {
        Ok(c) => c,
        Err(ds) => {
            diags.extend(ds);
            return (None, diags);
        }
    };
    let site = validate::validate(config, loaded, today, &mut diags);
    (site, diags)
}

/// Checks, renders and writes the site. On any error nothing is written.
pub fn build(opts: &BuildOptions) -> (Option<BuildReport>, Diagnostics) {
    let start = Instant::now();
    let out_dir = opts.output.clone().unwrap_or_else(|| {
        if opts.root == Path::new(".") {
            PathBuf::from("public")
        } else {
            opts.root.join("public")
        }
    });
    let (site, mut diags) = check(&opts.root, opts.base_url.as_deref());
    let Some(site) = site else { return (None, diags) };
    let theme = match Theme::load(&opts.root, &site.config.theme) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return (None, diags);
        }
    };
    let shown = out_dir.display().to_string();
    if let Err(e) = output::check_target(&opts.root, &out_dir) {
        diags.push(
            Diagnostic::error(&shown, Span::file_start(), e).with_hint("pass --output with an empty or build folder"),
        );
        return (None, diags);
    }
    let index_dir = opts.root.join(INDEX_DIR);
    let (staging, export) = match search::build(&site, &index_dir) {
        Ok(r) => r,
        Err(e) => {
            diags.push(Diagnostic::error(
                &index_dir.display().to_string(),
                Span::file_start(),
                e,
            ));
            return (None, diags);
        }
    };
    let files = match site_files(&site, &theme, export, &render::Scope::All) {
        Ok(f) => f,
        Err(ds) => {
            let _ = std::fs::remove_dir_all(&staging);
            diags.extend(ds);
            return (None, diags);
        }
    };
    if let Err(e) = output::write_atomic(&out_dir, &files) {
        let _ = std::fs::remove_dir_all(&staging);
        diags.push(Diagnostic::error(
            &shown,
            Span::file_start(),
            format!("cannot write the site: {e}"),
        ));
        return (None, diags);
    }
    if let Err(e) = output::replace_dir(&staging, &index_dir) {
        let shown = index_dir.display().to_string();
        diags.push(Diagnostic::error(
            &shown,
            Span::file_start(),
            format!("cannot write the search index: {e}"),
        ));
        return (None, diags);
    }
    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    let report = BuildReport {
        pages,
        providers: site.providers.len(),
        files: files.len(),
        output: out_dir,
        elapsed: start.elapsed(),
    };
    (Some(report), diags)
}

/// The files of the site: the pages in `scope` and the theme's assets, the search export
/// and the schema. Both `build` and `serve` make a site this way.
pub fn site_files(
    site: &Site,
    theme: &Theme,
    export: search::SearchExport,
    scope: &render::Scope,
) -> Result<Vec<crate::output::OutputFile>, Vec<Diagnostic>> {
    let mut files = render::render_scoped(site, theme, &export, scope)?;
    files.extend(export.files);
    files.push(crate::schema::file(site));
    Ok(files)
}

/// Why a search could not run.
#[derive(Debug)]
pub enum SearchError {
    /// A wrong option (unknown filter value).
    Usage(String),
    /// No usable index.
    Index(String),
}

/// Runs a search on `<root>/search-index` and returns the printed answer.
pub fn search(root: &Path, req: &search::query::Request, json: bool) -> Result<String, SearchError> {
    let dir = root.join(INDEX_DIR);
    let missing = || {
        SearchError::Index(format!(
            "no search index in {}; run `steunwijzer build` first",
            dir.display()
        ))
    };
    let lists = search::site_lists(&dir).map_err(|_| missing())?;
    let check = |what: &str, given: &[String], known: &[String]| -> Result<(), SearchError> {
        for g in given {
            if !known.contains(g) {
                let hint = match crate::suggest::did_you_mean(g, known.iter().map(String::as_str)) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("choose from: {}", known.join(", ")),
                };
                return Err(SearchError::Usage(format!("unknown {what} `{g}`; {hint}")));
            }
        }
        Ok(())
    };
    check("life domain", &req.life_domains, &lists.life_domains)?;
    check("neighbourhood", &req.neighbourhoods, &lists.neighbourhoods)?;
    check("language", &req.languages, &lists.languages)?;
    let index = search::index::open(&dir).map_err(|_| missing())?;
    let answer = search::query::run(&index, req, &lists.life_domains)
        .map_err(|e| SearchError::Index(format!("cannot read the search index: {e}")))?;
    if json {
        return serde_json::to_string_pretty(&answer)
            .map(|s| s + "\n")
            .map_err(|e| SearchError::Index(e.to_string()));
    }
    let mut out = String::new();
    let shown = if req.text.trim().is_empty() {
        String::new()
    } else {
        format!(" for \"{}\"", req.text.trim())
    };
    match (answer.total, answer.all_words) {
        (0, _) => out.push_str(&format!("no providers found{shown}\n")),
        (n, true) => out.push_str(&format!("{n} provider{} found{shown}\n", if n == 1 { "" } else { "s" })),
        (n, false) => out.push_str(&format!(
            "no provider matches every word{shown}; {n} match some of them\n"
        )),
    }
    let width = answer.results.iter().map(|h| h.slug.len()).max().unwrap_or(0);
    for h in &answer.results {
        out.push_str(&format!(
            "{:>3}. {:<width$}  {:<40} {:.4}\n",
            h.rank, h.slug, h.name, h.score
        ));
    }
    Ok(out)
}

/// The review report in `format` ("text", "html" or "json"); None with diagnostics when
/// the content has errors.
pub fn report(root: &Path, format: crate::cli::ReportFormat) -> (Option<String>, Diagnostics) {
    use crate::cli::ReportFormat;
    let (site, mut diags) = check(root, None);
    let Some(site) = site else { return (None, diags) };
    let r = crate::report::build(&site);
    let out = match format {
        ReportFormat::Text => crate::report::render_text(&r),
        ReportFormat::Json => crate::report::render_json(&r),
        ReportFormat::Html => {
            match Theme::load(root, &site.config.theme)
                .map_err(|d| d.message)
                .and_then(|t| crate::report::render_html(&r, &t))
            {
                Ok(html) => html,
                Err(e) => {
                    diags.push(Diagnostic::error("report.html", Span::file_start(), e));
                    return (None, diags);
                }
            }
        }
    };
    (Some(out), diags)
}
