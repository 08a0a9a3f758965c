//! Rebuilding the site in memory after each change, doing again only what the change
//! can affect: changed content files are parsed again, the whole site is validated and
//! the search index rebuilt (in memory), and when only providers changed, only their
//! pages and the pages that list providers are rendered again.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use crate::pipeline::{self, Target};
use crate::serve::watch::Change;
use steunwijzer_core::artifact::{Artifact, Collected};
use steunwijzer_core::content::Changes;
use steunwijzer_core::date::Clock;
use steunwijzer_core::diagnostic::Diagnostics;
use steunwijzer_core::model::Site;
use steunwijzer_render::{self as render, Pass, Scope, Theme};
use steunwijzer_search as search;

/// The files of the site, by path below its root.
pub(crate) type Files = HashMap<Arc<str>, Arc<Vec<u8>>>;

pub(crate) struct Session {
    root: PathBuf,
    base_url: String,
    clock: fn() -> Clock,
    kept: pipeline::Kept,
    index: search::Incremental,
    rendered: render::Kept,
    last: Option<Last>,
}

/// What the last rebuild served.
struct Last {
    site: Site,
    files: Arc<Files>,
    /// The search export's entry file its pages name.
    meta_path: String,
    /// What [`Session::catch_up`] still makes, with the theme to make it with.
    behind: Option<(Behind, Theme)>,
}

/// What a rebuild leaves to [`Session::catch_up`], so that the edited page is served
/// sooner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Behind {
    /// After an edit the pages come first, naming the search export of the rebuild before.
    Search,
    /// After a change that renders every page (a template) the web edition comes first;
    /// the kiosk's pages are those of the rebuild before.
    Kiosk,
}

/// Which open pages load again when a rebuild's files are served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reload {
    /// Every page.
    All,
    /// The web edition's pages; the kiosk's follow with [`Reload::Kiosk`].
    Web,
    /// The pages that search.
    Search,
    /// The kiosk edition's pages.
    Kiosk,
}

impl Reload {
    /// The name of the event live.js listens for.
    pub(crate) fn event(self) -> &'static str {
        match self {
            Reload::All => "reload",
            Reload::Web => "web",
            Reload::Search => "search",
            Reload::Kiosk => "kiosk",
        }
    }
}

/// A successful rebuild.
pub(crate) struct Built {
    pub(crate) files: Arc<Files>,
    /// Files added, changed or removed.
    pub(crate) changed: usize,
    pub(crate) warnings: Diagnostics,
    pub(crate) elapsed: Duration,
    pub(crate) providers: usize,
    /// The open pages to load again.
    pub(crate) reload: Reload,
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
    /// after anything else everything. What can wait is left to [`Session::catch_up`]
    /// ([`Behind`]): after provider and free page files the search export (at 10,000
    /// providers about 130 ms of a save), after a change of every page the kiosk's pages
    /// (half of a template save).
    pub(crate) fn rebuild(&mut self, change: Change) -> Result<Built, Diagnostics> {
        let start = Instant::now();
        let mut diags = Diagnostics::new();
        let loaded = pipeline::load_site(&self.root, Some(&self.base_url), &(self.clock)(), &mut self.kept);
        let (site, changes) = diags.absorb(loaded).ok_or_else(|| diags.clone())?;
        let theme = diags
            .absorb(Theme::load(&self.root, &site.config.theme, site.config.theme_at))
            .ok_or_else(|| diags.clone())?;
        let previous = self.last.as_ref().filter(|last| last.site.today == site.today);
        let (scope, behind) = plan(previous, &site, change, changes);
        let sink = Collected::default();
        let (index, kept) = (&mut self.index, &mut self.rendered);
        let target = match (behind, previous) {
            (Some(Behind::Search), Some(last)) => Target::Pages {
                meta_path: &last.meta_path,
                kept,
                pass: Pass::Both,
            },
            (Some(Behind::Kiosk), _) => Target::Memory {
                index,
                kept,
                pass: Pass::Web,
            },
            _ => Target::Memory {
                index,
                kept,
                pass: Pass::Both,
            },
        };
        let made = pipeline::make_files(&site, &theme, target, &scope, &sink);
        let meta_path = diags.absorb(made).ok_or_else(|| diags.clone())?;
        let keep = match (scope == Scope::All, behind) {
            (false, Some(Behind::Search)) => Keep::PagesAndSearch,
            (false, _) => Keep::Pages,
            (true, Some(Behind::Kiosk)) => Keep::Kiosk,
            (true, _) => Keep::Nothing,
        };
        let (files, changed) = assemble(&site, previous.map(|last| &*last.files), keep, sink.into_files());
        let reload = if behind == Some(Behind::Kiosk) {
            Reload::Web
        } else {
            Reload::All
        };
        let last = Last {
            site,
            files: Arc::new(files),
            meta_path,
            behind: behind.map(|b| (b, theme)),
        };
        Ok(self.served(last, (changed, reload), diags, start))
    }

    /// Lets `flag` stop the kiosk's catch-up: the watcher sets it when a file changes, and
    /// the next rebuild leaves the kiosk behind again instead of waiting for it.
    pub(crate) fn stop_on(&mut self, flag: Arc<AtomicBool>) {
        self.rendered.stop_on(flag);
    }

    /// Makes what the last rebuild left behind: the search export (the search pages, the
    /// site's and the kiosk's, then name the new one) or the kiosk's pages. None when
    /// nothing is behind, or when the flag of [`Session::stop_on`] stopped the kiosk's
    /// pages (they stay behind).
    pub(crate) fn catch_up(&mut self) -> Option<Result<Built, Diagnostics>> {
        let start = Instant::now();
        let last = self.last.as_mut()?;
        let (behind, theme) = last.behind.take()?;
        let sink = Collected::default();
        let (index, kept) = (&mut self.index, &mut self.rendered);
        let (target, scope, keep, reload) = match behind {
            Behind::Search => (
                Target::Memory {
                    index,
                    kept,
                    pass: Pass::Both,
                },
                Scope::Pages {
                    providers: BTreeSet::new(),
                    pages: BTreeSet::new(),
                },
                Keep::Pages,
                Reload::Search,
            ),
            Behind::Kiosk => (
                Target::Pages {
                    meta_path: &last.meta_path,
                    kept,
                    pass: Pass::Kiosk,
                },
                Scope::All,
                Keep::AllButKiosk,
                Reload::Kiosk,
            ),
        };
        let mut diags = Diagnostics::new();
        let made = pipeline::make_files(&last.site, &theme, target, &scope, &sink);
        if behind == Behind::Kiosk && self.rendered.stopped() {
            last.behind = Some((behind, theme));
            return None;
        }
        let Some(meta_path) = diags.absorb(made) else {
            return Some(Err(diags));
        };
        let (files, changed) = assemble(&last.site, Some(&last.files), keep, sink.into_files());
        let files = Arc::new(files);
        last.files = files.clone();
        last.meta_path = meta_path;
        Some(Ok(Built {
            files,
            changed,
            warnings: diags,
            elapsed: start.elapsed(),
            providers: last.site.providers.len(),
            reload,
        }))
    }

    /// Keeps `last` as what is served; `changed` files since the one before, and the
    /// pages to load again.
    fn served(
        &mut self,
        last: Last,
        (changed, reload): (usize, Reload),
        warnings: Diagnostics,
        start: Instant,
    ) -> Built {
        let (files, providers) = (last.files.clone(), last.site.providers.len());
        // Freeing the previous site (at 10,000 providers, tens of milliseconds) need not
        // hold up the reload.
        let previous = self.last.replace(last);
        std::thread::spawn(move || drop(previous));
        Built {
            files,
            changed,
            warnings,
            elapsed: start.elapsed(),
            providers,
            reload,
        }
    }
}

/// Which pages a rebuild after `change` makes, and what it leaves to the catch-up, from
/// the rebuild before (when it is of the same day). While the kiosk's pages are behind,
/// every rebuild makes the web edition whole and leaves them behind again: it would
/// otherwise keep them as the rebuild before left them.
fn plan(previous: Option<&Last>, site: &Site, change: Change, changes: Changes) -> (Scope, Option<Behind>) {
    let Some(last) = previous else {
        return (Scope::All, None);
    };
    let kiosk_behind = matches!(last.behind, Some((Behind::Kiosk, _)));
    let scope = match change {
        _ if kiosk_behind => Scope::All,
        Change::Content => Scope::after(&last.site, site, changes.providers, changes.pages),
        // The pages name the stylesheet and scripts without a content hash here.
        Change::Statics => Scope::Pages {
            providers: BTreeSet::new(),
            pages: BTreeSet::new(),
        },
        Change::Other => Scope::All,
    };
    let behind = match (&scope, change) {
        (Scope::All, _) => site.config.kiosk.is_some().then_some(Behind::Kiosk),
        (_, Change::Content) => Some(Behind::Search),
        _ => None,
    };
    (scope, behind)
}

/// What a rebuild keeps of the files before it.
#[derive(Clone, Copy, PartialEq)]
enum Keep {
    /// Nothing: it made every file.
    Nothing,
    /// The pages it did not make again.
    Pages,
    /// Those and the search export (its pages named it).
    PagesAndSearch,
    /// The kiosk's pages and QR codes (it made the rest).
    Kiosk,
    /// All but the kiosk's pages and QR codes (it made those).
    AllButKiosk,
}

/// The files served after a rebuild that made `made`, with what it keeps of `before`
/// (the files served until now); and how many files were added, changed or removed.
fn assemble(site: &Site, before: Option<&Files>, keep: Keep, made: Vec<Artifact>) -> (Files, usize) {
    let mut files = match (keep, before) {
        (Keep::Nothing, _) | (_, None) => Files::default(),
        (Keep::Kiosk, Some(old)) => old
            .iter()
            .filter(|(path, _)| render::is_kiosk_file(path))
            .map(|(path, file)| (path.clone(), file.clone()))
            .collect(),
        (Keep::AllButKiosk, Some(old)) => {
            let mut files = old.clone();
            files.retain(|path, _| !render::is_kiosk_file(path));
            files
        }
        (keep, Some(old)) => unchanged_pages(site, old, keep),
    };
    let paths: Vec<Arc<str>> = made.iter().map(|f| Arc::from(f.path.as_str())).collect();
    for (path, file) in paths.iter().zip(made) {
        files.insert(path.clone(), Arc::new(file.bytes));
    }
    let changed = before.map_or(files.len(), |old| changed(old, &files, &paths));
    (files, changed)
}

/// The previous build's files that a provider change leaves as they were: all but the
/// search export (unless `keep` keeps it) and the theme's static files (made again every
/// time, so a static file removed is gone) and the pages of providers that are no longer
/// listed.
fn unchanged_pages(site: &Site, old: &Files, keep: Keep) -> Files {
    let listed: BTreeSet<&str> = site.providers.iter().map(|p| p.slug.as_str()).collect();
    let remade = |path: &str| {
        (keep != Keep::PagesAndSearch && path.starts_with(search::export::DIR))
            || (path.starts_with("assets/") && !path.starts_with("assets/qr/"))
    };
    // A copy of the table (no key is hashed again) less what is made again.
    let mut files = old.clone();
    files.retain(|path, _| !remade(path) && provider_of(path).is_none_or(|slug| listed.contains(slug)));
    files
}

/// How many files were added, changed or removed from `old` to `new`, where every file of
/// `new` but those at `made` is `old`'s.
fn changed(old: &Files, new: &Files, made: &[Arc<str>]) -> usize {
    let in_old = made.iter().filter(|path| old.contains_key(&***path)).count();
    let differ = made
        .iter()
        .filter(|path| {
            let now = new.get(&***path).map(|b| b.as_slice());
            old.get(&***path).is_none_or(|o| Some(o.as_slice()) != now)
        })
        .count();
    let removed = (old.len() + made.len()).saturating_sub(new.len() + in_old);
    differ + removed
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

    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }

    /// A copy of the fixture site `good` (with its kiosk), in a folder kept while the
    /// first value lives.
    fn good_site() -> (tempfile::TempDir, std::path::PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        copy(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good"),
            &root,
        );
        (tmp, root)
    }

    /// A new preview of the site at `root`.
    fn preview(root: &std::path::Path) -> Session {
        Session::new(root.to_path_buf(), "http://127.0.0.1:1/".to_string(), Clock::test_day)
    }

    fn sorted(files: &Files) -> Vec<(&str, &[u8])> {
        let mut all: Vec<_> = files.iter().map(|(k, v)| (&**k, v.as_slice())).collect();
        all.sort();
        all
    }

    /// After an edit the page comes first with the search before it; after `catch_up`
    /// the preview serves exactly what a fresh preview of the edited site serves.
    #[test]
    fn the_search_catches_up_with_an_edit_to_what_a_fresh_preview_makes() {
        let (_tmp, root) = good_site();
        let mut session = preview(&root);
        let first = session.rebuild(Change::Other).unwrap().files;
        assert!(session.catch_up().is_none(), "a whole rebuild leaves nothing behind");
        let beta = root.join("content/providers/beta.md");
        let text = std::fs::read_to_string(&beta).unwrap();
        std::fs::write(&beta, text.replace("koffie", "thee")).unwrap();

        let edited = session.rebuild(Change::Content).unwrap().files;
        let page = |files: &Files| String::from_utf8(files[paths::provider("beta").as_str()].to_vec()).unwrap();
        assert!(page(&edited).contains("thee"));
        let search = |files: &Files| {
            let mut names: Vec<String> = files
                .keys()
                .filter(|k| k.starts_with("search/"))
                .map(ToString::to_string)
                .collect();
            names.sort();
            names
        };
        assert_eq!(
            search(&edited),
            search(&first),
            "the search made before, until it catches up"
        );
        // Another save before the search caught up: its page first too.
        std::fs::write(&beta, text.replace("koffie", "thee en soep")).unwrap();
        let again = session.rebuild(Change::Content).unwrap().files;
        assert!(page(&again).contains("thee en soep"));
        assert_eq!(search(&again), search(&first));

        let caught_up = session.catch_up().expect("the search is behind").unwrap().files;
        assert!(session.catch_up().is_none());
        let fresh = preview(&root).rebuild(Change::Other).unwrap().files;
        assert_ne!(search(&caught_up), search(&first));
        assert_eq!(sorted(&caught_up), sorted(&fresh));
    }

    /// After a change of every page the web edition comes first with the kiosk's pages
    /// before it, also when another save comes before they catch up; after `catch_up`
    /// the preview serves exactly what a fresh preview serves.
    #[test]
    fn the_kiosk_catches_up_with_a_change_of_every_page() {
        let (_tmp, root) = good_site();
        let mut session = preview(&root);
        let first = session.rebuild(Change::Other).unwrap();
        assert_eq!(first.reload, Reload::All);
        let first = first.files;
        let kiosk_home = "kiosk/index.html";
        let page = |files: &Files, path: &str| String::from_utf8(files[path].to_vec()).unwrap();
        assert!(page(&first, kiosk_home).contains("Testgids"), "the fixture has a kiosk");
        let config = root.join("site.yaml");
        let yaml = std::fs::read_to_string(&config).unwrap();
        std::fs::write(&config, yaml.replace("title: Testgids", "title: Hulpgids")).unwrap();

        let web = session.rebuild(Change::Other).unwrap();
        assert_eq!(web.reload, Reload::Web);
        assert!(page(&web.files, "index.html").contains("Hulpgids"));
        assert_eq!(
            page(&web.files, kiosk_home),
            page(&first, kiosk_home),
            "the kiosk's pages before"
        );
        let kiosk_files = |files: &Files| files.keys().filter(|p| render::is_kiosk_file(p)).count();
        assert_eq!(kiosk_files(&web.files), kiosk_files(&first));
        // A provider saved before the kiosk caught up: the web edition whole again.
        let beta = root.join("content/providers/beta.md");
        let text = std::fs::read_to_string(&beta).unwrap();
        std::fs::write(&beta, text.replace("koffie", "thee")).unwrap();
        let again = session.rebuild(Change::Content).unwrap();
        assert_eq!(again.reload, Reload::Web);
        assert!(page(&again.files, paths::provider("beta").as_str()).contains("thee"));
        assert_eq!(page(&again.files, kiosk_home), page(&first, kiosk_home));

        // A change during the catch-up stops it: the kiosk stays behind.
        let stop = Arc::new(AtomicBool::new(true));
        session.stop_on(stop.clone());
        assert!(session.catch_up().is_none(), "stopped");
        assert_eq!(
            page(&session.last.as_ref().unwrap().files, kiosk_home),
            page(&first, kiosk_home)
        );
        stop.store(false, std::sync::atomic::Ordering::Relaxed);
        let caught_up = session.catch_up().expect("the kiosk is behind").unwrap();
        assert_eq!(caught_up.reload, Reload::Kiosk);
        assert!(session.catch_up().is_none());
        assert!(page(&caught_up.files, kiosk_home).contains("Hulpgids"));
        let fresh = preview(&root).rebuild(Change::Other).unwrap().files;
        assert_eq!(sorted(&caught_up.files), sorted(&fresh));
    }

    fn files(paths: &[&str]) -> Files {
        paths
            .iter()
            .map(|p| (Arc::from(*p), Arc::new(p.as_bytes().to_vec())))
            .collect()
    }

    /// The count the terminal shows, from the files made alone.
    /// A list that loses its last page's providers loses that page, in the site and the
    /// kiosk, as a fresh preview would not have it (a change of the number of providers
    /// makes every page again, so nothing of the list before is kept).
    #[test]
    fn an_a_to_z_list_made_again_has_only_its_pages_now() {
        let (_tmp, root) = good_site();
        let dir = root.join("content/providers");
        let listed = |files: &Files| files.keys().filter(|p| p.contains("aanbieders/pagina-")).count();
        let mut session = preview(&root);
        let few = listed(&session.rebuild(Change::Other).unwrap().files);
        assert_eq!(few, 0, "the fixture fits on one page");
        let beta = std::fs::read_to_string(dir.join("beta.md")).unwrap();
        for i in 0..120 {
            let text = beta.replace("Beta Vrijwilligers", &format!("Extra {i:03}"));
            std::fs::write(dir.join(format!("extra-{i:03}.md")), text).unwrap();
        }
        assert!(
            session
                .rebuild(Change::Content)
                .unwrap()
                .files
                .contains_key("aanbieders/pagina-2.html")
        );
        // The kiosk follows the web edition.
        let many = session.catch_up().unwrap().unwrap().files;
        assert!(many.contains_key("aanbieders/pagina-2.html"));
        assert!(many.contains_key("kiosk/aanbieders/pagina-2.html"));
        for i in 0..120 {
            std::fs::remove_file(dir.join(format!("extra-{i:03}.md"))).unwrap();
        }
        let web = session.rebuild(Change::Content).unwrap().files;
        assert_eq!(listed(&web), 1, "the kiosk's page 2 until it catches up");
        let fewer = session.catch_up().unwrap().unwrap().files;
        assert_eq!(listed(&fewer), 0, "no page 2 left from before");
    }

    #[test]
    fn changed_counts_added_changed_and_removed_files() {
        let old = files(&["a", "b", "c", "d"]);
        // "a" kept as it was, "b" made again the same, "c" made with other bytes, "d"
        // gone, "e" new.
        let mut new: Files = old
            .iter()
            .filter(|(k, _)| &***k == "a")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        new.insert(Arc::from("b"), Arc::new(b"b".to_vec()));
        new.insert(Arc::from("c"), Arc::new(b"other".to_vec()));
        new.insert(Arc::from("e"), Arc::new(b"e".to_vec()));
        let made: Vec<Arc<str>> = ["b", "c", "e"].into_iter().map(Arc::from).collect();
        assert_eq!(changed(&old, &new, &made), 3, "c changed, d removed, e added");
        let all: Vec<Arc<str>> = new.keys().cloned().collect();
        assert_eq!(changed(&old, &new, &all), 3, "the same when every file was made");
        assert_eq!(changed(&old, &old, &[]), 0);
    }

    #[test]
    fn provider_paths() {
        assert_eq!(provider_of(&paths::provider("x")), Some("x"));
        assert_eq!(provider_of(paths::PROVIDERS), None);
        assert_eq!(provider_of("aanbieders/a/b/index.html"), None);
    }
}
