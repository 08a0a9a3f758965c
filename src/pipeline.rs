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
use crate::validate;

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
    let files = match render::render(&site, &theme) {
        Ok(f) => f,
        Err(ds) => {
            diags.extend(ds);
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
    if let Err(e) = output::write_atomic(&out_dir, &files) {
        diags.push(Diagnostic::error(
            &shown,
            Span::file_start(),
            format!("cannot write the site: {e}"),
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
