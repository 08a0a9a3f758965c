//! Rebuilding the site in memory after each change, doing again only what the change
//! can affect: changed content files are parsed again, the whole site is validated and
//! the search index rebuilt (in memory), and when only providers changed, only their
//! pages and the pages that list providers are rendered again.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::pipeline::{self, Target};
use crate::serve::watch::Change;
use steunwijzer_core::artifact::Collected;
use steunwijzer_core::date::Clock;
use steunwijzer_core::diagnostic::Diagnostics;
use steunwijzer_core::model::Site;
use steunwijzer_render::{self as render, Scope, Theme};
use steunwijzer_search as search;

/// The files of the site, by path below its root.
pub(crate) type Files = HashMap<String, Arc<Vec<u8>>>;

pub(crate) struct Session {
    root: PathBuf,
    base_url: String,
    clock: fn() -> Clock,
    kept: pipeline::Kept,
    index: search::Incremental,
    rendered: render::Kept,
    last: Option<(Site, Arc<Files>)>,
}

/// A successful rebuild.
pub(crate) struct Built {
    pub(crate) files: Arc<Files>,
    /// Files added, changed or removed.
    pub(crate) changed: usize,
    pub(crate) warnings: Diagnostics,
    pub(crate) elapsed: Duration,
    pub(crate) providers: usize,
}

impl Session {
    pub(crate) fn new(root: PathBuf, base_url: String, clock: fn() -> Clock) -> Self {
        Session {
            root,
            base_url,
            clock,
            kept: pipeline::Kept::default(),
            index: search::Incremental::default(),
            rendered: render::Kept::default(),
            last: None,
        }
    }

    /// Rebuilds after `change` (the watcher knows which files it touched): after provider
    /// and free page files what they can affect, after static files none of the pages,
    /// after anything else everything.
    pub(crate) fn rebuild(&mut self, change: Change) -> Result<Built, Diagnostics> {
        let start = Instant::now();
        let mut diags = Diagnostics::new();
        let loaded = pipeline::load_site(&self.root, Some(&self.base_url), &(self.clock)(), &mut self.kept);
        let (site, changes) = diags.absorb(loaded).ok_or_else(|| diags.clone())?;
        let theme = diags
            .absorb(Theme::load(&self.root, &site.config.theme, site.config.theme_at))
            .ok_or_else(|| diags.clone())?;
        let previous = self.last.as_ref().filter(|(old, _)| old.today == site.today);
        let scope = match (previous, change) {
            (Some((old, _)), Change::Content) => Scope::after(old, &site, changes.providers, changes.pages),
            // The pages name the stylesheet and scripts without a content hash here.
            (Some(_), Change::Statics) => Scope::Pages {
                providers: BTreeSet::new(),
                pages: BTreeSet::new(),
            },
            _ => Scope::All,
        };
        let sink = Collected::default();
        let target = Target::Memory {
            index: &mut self.index,
            kept: &mut self.rendered,
        };
        let made = pipeline::make_files(&site, &theme, target, &scope, &sink);
        diags.absorb(made).ok_or_else(|| diags.clone())?;
        let rendered = sink.into_files();
        let mut files = match (&scope, previous) {
            (Scope::Providers(_) | Scope::Pages { .. }, Some((_, old))) => unchanged_pages(&site, old),
            _ => HashMap::new(),
        };
        for f in rendered {
            files.insert(f.path, Arc::new(f.bytes));
        }
        let changed = self.last.as_ref().map_or(files.len(), |(_, old)| changed(old, &files));
        let files = Arc::new(files);
        let providers = site.providers.len();
        // Freeing the previous site (at 10,000 providers, tens of milliseconds) need not
        // hold up the reload.
        let previous = self.last.replace((site, files.clone()));
        std::thread::spawn(move || drop(previous));
        Ok(Built {
            files,
            changed,
            warnings: diags,
            elapsed: start.elapsed(),
            providers,
        })
    }
}

/// The previous build's files that a provider change leaves as they were: all but the
/// search export and the theme's static files (made again every time, so a static file
/// removed is gone) and the pages of providers that are no longer listed.
fn unchanged_pages(site: &Site, old: &Files) -> Files {
    let listed: BTreeSet<&str> = site.providers.iter().map(|p| p.slug.as_str()).collect();
    let remade = |path: &str| {
        path.starts_with(search::export::DIR) || (path.starts_with("assets/") && !path.starts_with("assets/qr/"))
    };
    old.iter()
        .filter(|(path, _)| !remade(path))
        .filter(|(path, _)| provider_of(path).is_none_or(|slug| listed.contains(slug)))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// How many files were added, changed or removed.
fn changed(old: &Files, new: &Files) -> usize {
    let added_or_changed = new
        .iter()
        .filter(|(k, v)| {
            old.get(*k)
                .is_none_or(|o| !Arc::ptr_eq(o, v) && o.as_slice() != v.as_slice())
        })
        .count();
    added_or_changed + old.keys().filter(|k| !new.contains_key(*k)).count()
}

/// The provider slug of `aanbieders/<slug>/index.html`.
fn provider_of(path: &str) -> Option<&str> {
    let slug = path.strip_prefix("aanbieders/")?.strip_suffix("/index.html")?;
    (!slug.contains('/')).then_some(slug)
}

#[cfg(test)]
mod tests {
    use super::*;
    use steunwijzer_core::paths;

    #[test]
    fn provider_paths() {
        assert_eq!(provider_of(&paths::provider("x")), Some("x"));
        assert_eq!(provider_of(paths::PROVIDERS), None);
        assert_eq!(provider_of("aanbieders/a/b/index.html"), None);
    }
}
