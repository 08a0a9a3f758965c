//! Rebuilding the site in memory after each change, doing again only what the change
//! can affect: changed content files are parsed again, the whole site is validated and
//! the search index rebuilt (in memory), and when only providers changed, only their
//! pages and the pages that list providers are rendered again.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config;
use crate::content::{self, Cache};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics, Span};
use crate::model::Site;

use crate::pipeline;
use crate::render::{Scope, Theme};
use crate::search;
use crate::validate;

/// The files of the site, by path below its root.
pub type Files = HashMap<String, Arc<Vec<u8>>>;

pub struct Session {
    root: PathBuf,
    base_url: String,
    cache: Cache,
    last: Option<(Site, Arc<Files>)>,
}

/// A successful rebuild.
pub struct Built {
    pub files: Arc<Files>,
    /// Files added, changed or removed.
    pub changed: usize,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    pub providers: usize,
}

impl Session {
    pub fn new(root: PathBuf, base_url: String) -> Self {
        Session {
            root,
            base_url,
            cache: Cache::default(),
            last: None,
        }
    }

    /// Rebuilds. `only_providers` says the change touched nothing but provider files (the
    /// watcher knows); everything else is rendered again in full.
    pub fn rebuild(&mut self, only_providers: bool) -> Result<Built, Diagnostics> {
        let start = Instant::now();
        let mut diags = Diagnostics::new();
        let today = Date::today().map_err(|e| {
            let mut d = Diagnostics::new();
            d.push(Diagnostic::error("(environment)", Span::file_start(), e));
            d
        })?;
        let config = config::load(&self.root, Some(&self.base_url));
        let (loaded, load_diags, changes) = content::load_cached(&self.root, &mut self.cache);
        diags.extend(load_diags);
        let config = config.map_err(|ds| {
            diags.extend(ds);
            diags.clone()
        })?;
        let site = validate::validate(config, loaded, today, &mut diags).ok_or_else(|| diags.clone())?;
        let theme = Theme::load(&self.root, &site.config.theme).map_err(|d| {
            diags.push(d);
            diags.clone()
        })?;
        let export = search::export_in_memory(&site).map_err(|e| {
            diags.push(Diagnostic::error("search-index", Span::file_start(), e));
            diags.clone()
        })?;

        let previous = self.last.as_ref().filter(|(old, _)| old.today == today);
        let scope = match previous {
            Some(_) if only_providers && !changes.pages => Scope::Providers(changes.providers.clone()),
            _ => Scope::All,
        };
        let rendered = pipeline::site_files(&site, &theme, export, &scope).map_err(|ds| {
            diags.extend(ds);
            diags.clone()
        })?;

        let mut files: Files = match (&scope, previous) {
            (Scope::Providers(_), Some((_, old))) => {
                let listed: BTreeSet<&str> = site.providers.iter().map(|p| p.slug.as_str()).collect();
                old.iter()
                    // The search export is new every time; pages of providers that left go.
                    .filter(|(path, _)| !path.starts_with(search::export::DIR))
                    .filter(|(path, _)| match provider_of(path) {
                        Some(slug) => listed.contains(slug),
                        None => true,
                    })
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            }
            _ => HashMap::new(),
        };
        for f in rendered {
            files.insert(f.path, Arc::new(f.bytes));
        }
        let changed = match &self.last {
            Some((_, old)) => {
                files
                    .iter()
                    .filter(|(k, v)| old.get(*k).map(|o| o.as_slice()) != Some(v.as_slice()))
                    .count()
                    + old.keys().filter(|k| !files.contains_key(*k)).count()
            }
            None => files.len(),
        };
        let files = Arc::new(files);
        let providers = site.providers.len();
        self.last = Some((site, files.clone()));
        Ok(Built {
            files,
            changed,
            warnings: diags,
            elapsed: start.elapsed(),
            providers,
        })
    }
}

/// The provider slug of `aanbieders/<slug>/index.html`.
fn provider_of(path: &str) -> Option<&str> {
    let slug = path.strip_prefix("aanbieders/")?.strip_suffix("/index.html")?;
    (!slug.contains('/')).then_some(slug)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths;

    #[test]
    fn provider_paths() {
        assert_eq!(provider_of(&paths::provider("x")), Some("x"));
        assert_eq!(provider_of(paths::PROVIDERS), None);
        assert_eq!(provider_of("aanbieders/a/b/index.html"), None);
    }
}
