//! Watching the site's sources with notify, and telling which kind of change happened.

use std::path::{Component, Path};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

/// What a burst of file events touched.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Touched {
    /// Provider or free page files.
    pub(crate) content: bool,
    /// The theme's static files (stylesheets, scripts, images).
    pub(crate) statics: bool,
    pub(crate) other: bool,
}

impl Touched {
    pub(crate) fn any(self) -> bool {
        self.content || self.statics || self.other
    }

    /// What the rebuild must take into account.
    pub(crate) fn change(self) -> Change {
        match self {
            Touched { other: true, .. }
            | Touched {
                content: true,
                statics: true,
                ..
            } => Change::Other,
            Touched { statics: true, .. } => Change::Statics,
            _ => Change::Content,
        }
    }
}

/// A kind of source file, by what a change of it can affect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    /// Provider and free page files: their pages, maybe the lists.
    Content,
    /// The theme's static files only: no page changes (the preview's asset names have no
    /// content hash).
    Statics,
    /// Anything else (`site.yaml`, lists, templates): everything.
    Other,
}

/// The folders (recursively) and files whose changes affect the site.
const WATCHED_DIRS: [&str; 7] = ["content", "themes", "templates", "static", "print", "locales", "fonts"];

pub(crate) struct Watch {
    watcher: RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    root: std::path::PathBuf,
    /// Set by the watcher's thread as soon as a file that affects the site changes.
    changed: Arc<AtomicBool>,
}

/// Watches the site at `root`. The root is resolved first (symbolic links, `..`, a
/// relative path), because the watcher reports resolved paths on some systems and the
/// paths as given on others; watching the resolved root makes both the same.
pub(crate) fn start(root: &Path) -> notify::Result<Watch> {
    let root = &std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let (tx, rx) = channel();
    let changed = Arc::new(AtomicBool::new(false));
    let (flag, base) = (changed.clone(), root.clone());
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.as_ref().is_ok_and(|e| affects(e, &base)) {
            flag.store(true, Ordering::Relaxed);
        }
        let _ = tx.send(event);
    })?;
    // The root itself, not recursively: site.yaml, and folders created later.
    watcher.watch(root, RecursiveMode::NonRecursive)?;
    for d in WATCHED_DIRS {
        let dir = root.join(d);
        if dir.is_dir() {
            watcher.watch(&dir, RecursiveMode::Recursive)?;
        }
    }
    Ok(Watch {
        watcher,
        events: rx,
        root: root.clone(),
        changed,
    })
}

/// Whether `event` changes a file that affects the site below `root`.
fn affects(event: &notify::Event, root: &Path) -> bool {
    !matches!(event.kind, notify::EventKind::Access(_))
        && event
            .paths
            .iter()
            .any(|path| classify_path(path.strip_prefix(root).unwrap_or(path)).is_some())
}

impl Watch {
    /// A flag the watcher sets when a file that affects the site changes (cleared by its
    /// reader): what is made meanwhile can stop early.
    pub(crate) fn changed(&self) -> Arc<AtomicBool> {
        self.changed.clone()
    }

    /// Waits for the next change, then gathers the events that follow within `quiet` of
    /// each other (an editor's save is often several), up to `max` in all.
    pub(crate) fn next(&mut self, quiet: Duration, max: Duration) -> Option<Touched> {
        let mut touched = Touched::default();
        loop {
            let first = self.events.recv().ok()?;
            self.classify(first, &mut touched);
            if touched.any() {
                break;
            }
        }
        self.gather(touched, quiet, max)
    }

    /// As [`Watch::next`], but only when a change has come already (during a rebuild);
    /// None without waiting otherwise.
    pub(crate) fn pending(&mut self, quiet: Duration, max: Duration) -> Option<Touched> {
        let mut touched = Touched::default();
        while !touched.any() {
            let event = self.events.try_recv().ok()?;
            self.classify(event, &mut touched);
        }
        self.gather(touched, quiet, max)
    }

    /// `touched` and what the events that follow within `quiet` of each other touch, up to
    /// `max` in all.
    fn gather(&mut self, mut touched: Touched, quiet: Duration, max: Duration) -> Option<Touched> {
        let start = Instant::now();
        while start.elapsed() < max {
            match self.events.recv_timeout(quiet) {
                Ok(ev) => self.classify(ev, &mut touched),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
        Some(touched)
    }

    fn classify(&mut self, event: notify::Result<notify::Event>, touched: &mut Touched) {
        let Ok(event) = event else { return };
        if matches!(event.kind, notify::EventKind::Access(_)) {
            return;
        }
        for path in &event.paths {
            let rel = path.strip_prefix(&self.root).unwrap_or(path);
            // A folder such as templates/ made after the start is watched from then on.
            if matches!(event.kind, notify::EventKind::Create(_))
                && path.is_dir()
                && rel.components().count() == 1
                && WATCHED_DIRS.iter().any(|d| rel == Path::new(d))
            {
                let _ = self.watcher.watch(path, RecursiveMode::Recursive);
            }
            match classify_path(rel) {
                Some(Change::Content) => touched.content = true,
                Some(Change::Statics) => touched.statics = true,
                Some(Change::Other) => touched.other = true,
                None => {}
            }
        }
    }
}

/// What a change of the file at `rel` can affect; None for anything that does not affect
/// the site (hidden files, editor backups, build output).
pub(crate) fn classify_path(rel: &Path) -> Option<Change> {
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let name = parts.last()?;
    if parts.iter().any(|p| p.starts_with('.')) || name.ends_with('~') || name.ends_with(".swp") {
        return None;
    }
    let at = |i: usize| parts.get(i).map(String::as_str);
    match at(0) {
        Some("site.yaml") if parts.len() == 1 => Some(Change::Other),
        Some("content") if matches!(at(1), Some("providers" | "pages")) => Some(Change::Content),
        Some("static") if parts.len() > 1 => Some(Change::Statics),
        Some("themes") if at(2) == Some("static") && parts.len() > 3 => Some(Change::Statics),
        Some(d) if WATCHED_DIRS.contains(&d) => Some(Change::Other),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_classified() {
        let c = |p: &str| classify_path(Path::new(p));
        assert_eq!(c("content/providers/a.md"), Some(Change::Content));
        assert_eq!(c("content/providers/sub/a.md"), Some(Change::Content));
        assert_eq!(c("content/pages/over.md"), Some(Change::Content));
        assert_eq!(c("content/life-domains.yaml"), Some(Change::Other));
        assert_eq!(c("site.yaml"), Some(Change::Other));
        assert_eq!(c("themes/default/static/css/10-base.css"), Some(Change::Statics));
        assert_eq!(c("static/css/90-huisstijl.css"), Some(Change::Statics));
        assert_eq!(c("themes/default/templates/base.html"), Some(Change::Other));
        assert_eq!(c("themes/default/print/gids.typ"), Some(Change::Other));
        assert_eq!(c("templates/provider.html"), Some(Change::Other));
        assert_eq!(
            c("locales/en.ftl"),
            Some(Change::Other),
            "a catalogue changes every page"
        );
        assert_eq!(c("fonts/web.css"), Some(Change::Other));
        assert_eq!(c("print/gids.typ"), Some(Change::Other));
        assert_eq!(c("themes/static"), Some(Change::Other));
        assert_eq!(c("content/providers/.a.md.swp"), None);
        assert_eq!(c("content/providers/a.md~"), None);
        assert_eq!(c("public/index.html"), None);
        assert_eq!(c("search-index/meta.json"), None);
        assert_eq!(c("README.md"), None);
        let touched = |content, statics, other| {
            Touched {
                content,
                statics,
                other,
            }
            .change()
        };
        assert_eq!(touched(true, false, false), Change::Content);
        assert_eq!(touched(false, true, false), Change::Statics);
        assert_eq!(touched(true, true, false), Change::Other);
        assert_eq!(touched(false, true, true), Change::Other);
    }
}
