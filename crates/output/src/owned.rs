//! What steunwijzer made itself: an output folder carries a marker file that lists every
//! file the build wrote (with its fingerprint, size and modification time), and staging
//! folders carry a name with the process id, so a later run knows what it may replace or
//! clean up. A folder is the build's own only when its contents match its list: a file
//! that is not listed, or no longer the file the build wrote, is someone else's, and the
//! build refuses rather than remove it.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use super::fingerprints;

/// The file in every output and staging folder that says steunwijzer made it.
pub(crate) const MARKER: &str = ".steunwijzer-output";

pub(crate) const MARKER_TEXT: &str =
    "This folder was made by `steunwijzer build`. The next build replaces it as a whole.\n";

/// The line a staging folder's marker has after [`MARKER_TEXT`]: a folder a build is
/// still writing, or one a killed build left.
const STAGING_LINE: &str = "staging\n";

/// Files that desktops put into any folder someone opens (macOS Finder, Windows
/// Explorer). They hold no one's work, so they do not make an output someone else's.
const DESKTOP_FILES: &[&str] = &[".DS_Store", "Thumbs.db", "desktop.ini"];

/// One file the marker lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Listed {
    pub fingerprint: String,
    pub len: u64,
    /// Modification time in nanoseconds since 1970; absent in markers of older versions.
    pub modified: Option<u128>,
    /// The fingerprint of what the file was made from, for a file the build may take
    /// again unmade when that is the same ([`steunwijzer_core::artifact::Sink::again`]).
    pub source: Option<String>,
}

/// The files a marker lists, by path relative to the folder.
#[derive(Debug, Default)]
pub(crate) struct Listing {
    pub files: HashMap<String, Listed>,
}

impl Listing {
    /// The list in `dir`'s marker; `None` when there is no marker file.
    pub(crate) fn read(dir: &Path) -> Option<Listing> {
        let meta = fs::symlink_metadata(dir.join(MARKER)).ok()?;
        if !meta.is_file() {
            return None;
        }
        let text = fs::read_to_string(dir.join(MARKER)).ok()?;
        let rest = text.strip_prefix(MARKER_TEXT).unwrap_or("");
        let files = rest.lines().filter_map(parse_line).collect();
        Some(Listing { files })
    }
}

/// `fingerprint \t path [\t modified [\t source]]`; the fingerprint ends in `-<size>`.
fn parse_line(line: &str) -> Option<(String, Listed)> {
    let mut parts = line.split('\t');
    let fingerprint = parts.next()?;
    let path = parts.next()?;
    let modified = parts.next().and_then(|m| m.parse().ok());
    let source = parts.next().filter(|s| !s.is_empty()).map(str::to_string);
    let len = fingerprint.rsplit('-').next()?.parse().ok()?;
    let listed = Listed {
        fingerprint: fingerprint.to_string(),
        len,
        modified,
        source,
    };
    Some((path.to_string(), listed))
}

/// The marker file's text: what it says, then one line per file.
pub(crate) fn marker_text<'a>(files: impl Iterator<Item = (&'a str, &'a Listed)>) -> String {
    use std::fmt::Write as _;
    let mut out = String::from(MARKER_TEXT);
    for (path, l) in files {
        let modified = l.modified.map(|m| m.to_string()).unwrap_or_default();
        let _ = match &l.source {
            Some(source) => writeln!(out, "{}\t{path}\t{modified}\t{source}", l.fingerprint),
            None if l.modified.is_some() => writeln!(out, "{}\t{path}\t{modified}", l.fingerprint),
            None => writeln!(out, "{}\t{path}", l.fingerprint),
        };
    }
    out
}

/// The modification time of `meta` in nanoseconds since 1970, as the marker keeps it.
pub(crate) fn modified(meta: &fs::Metadata) -> Option<u128> {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
}

/// Lists every file now in `dir` in its marker, with its size as fingerprint: for a
/// folder another program wrote on the build's behalf (the search index).
pub(crate) fn seal(dir: &Path) -> io::Result<()> {
    let mut files = std::collections::BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.map_err(io::Error::other)?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = relative(dir, entry.path());
        if rel == MARKER {
            continue;
        }
        let meta = entry.metadata().map_err(io::Error::other)?;
        let listed = Listed {
            fingerprint: format!("size-{}", meta.len()),
            len: meta.len(),
            modified: modified(&meta),
            source: None,
        };
        files.insert(rel, listed);
    }
    fs::write(
        dir.join(MARKER),
        marker_text(files.iter().map(|(p, l)| (p.as_str(), l))),
    )
}

/// Why a file in an output folder is not the build's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Foreign {
    /// The marker does not list it: someone put it there.
    Unlisted(String),
    /// It is listed, but its size or contents are not what the build wrote: edited by hand.
    Changed(String),
    /// A symbolic link: the build writes none.
    Link(String),
}

impl Foreign {
    pub(crate) fn path(&self) -> &str {
        match self {
            Foreign::Unlisted(p) | Foreign::Changed(p) | Foreign::Link(p) => p,
        }
    }
}

/// What in the output folder `dir` the build did not write, in name order; empty when
/// the folder is all the build's own. Without a marker, everything in it is foreign.
pub(crate) fn foreign(dir: &Path) -> io::Result<Vec<Foreign>> {
    let listing = Listing::read(dir).unwrap_or_default();
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name() {
        let entry = entry.map_err(io::Error::other)?;
        let kind = entry.file_type();
        if kind.is_dir() {
            continue;
        }
        let rel = relative(dir, entry.path());
        let name = entry.file_name().to_string_lossy();
        if (rel == MARKER && kind.is_file()) || (kind.is_file() && DESKTOP_FILES.contains(&name.as_ref())) {
            continue;
        }
        if kind.is_symlink() {
            out.push(Foreign::Link(rel));
            continue;
        }
        match listing.files.get(&rel) {
            None => out.push(Foreign::Unlisted(rel)),
            Some(listed) => {
                if !as_written(entry.path(), &entry.metadata().map_err(io::Error::other)?, listed)? {
                    out.push(Foreign::Changed(rel));
                }
            }
        }
    }
    Ok(out)
}

/// Whether the file at `path` is as the build wrote it: its size, and its time; when only
/// the time is new, its contents. A copy, a checkout or a CI cache (actions/cache keeps
/// nanoseconds, GitLab's zip whole seconds) gives the build's own files a new time.
fn as_written(path: &Path, meta: &fs::Metadata, listed: &Listed) -> io::Result<bool> {
    if !meta.is_file() || meta.len() != listed.len {
        return Ok(false);
    }
    if listed.modified.is_none_or(|m| Some(m) == modified(meta)) {
        return Ok(true);
    }
    Ok(fingerprints::fingerprint_file(path)? == listed.fingerprint)
}

fn relative(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// A fresh, marked, empty folder next to `target` to build its new contents in. Staging
/// folders left behind by killed runs are removed first.
pub(crate) fn staging_dir(target: &Path) -> io::Result<PathBuf> {
    let (parent, name) = parent_and_name(target)?;
    fs::create_dir_all(&parent)?;
    remove_leftovers(&parent, &name);
    let staging = parent.join(format!(".{name}.new-{}", std::process::id()));
    if fs::symlink_metadata(&staging).is_ok() {
        fs::remove_dir_all(&staging)?;
    }
    fs::create_dir(&staging)?;
    fs::write(staging.join(MARKER), format!("{MARKER_TEXT}{STAGING_LINE}"))?;
    Ok(staging)
}

/// Whether `dir` is a staging folder: its marker says so.
fn is_staging(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file() && m.len() < 4096)
        && fs::read_to_string(dir.join(MARKER)).is_ok_and(|t| t == format!("{MARKER_TEXT}{STAGING_LINE}"))
}

/// The folder next to `target` that holds its old contents while they are swapped out.
pub(crate) fn backup_path(target: &Path) -> io::Result<PathBuf> {
    let (parent, name) = parent_and_name(target)?;
    Ok(parent.join(format!(".{name}.old-{}", std::process::id())))
}

pub(crate) fn parent_and_name(target: &Path) -> io::Result<(PathBuf, String)> {
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path has no name"))?
        .to_string_lossy()
        .into_owned();
    Ok((parent, name))
}

/// Removes `.{name}.new-<pid>` and `.{name}.old-<pid>` folders in `parent` whose process
/// is gone: empty ones, staging folders, and earlier outputs that are all the build's own.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = leftover_pid(&file_name.to_string_lossy(), name) else {
            continue;
        };
        let path = entry.path();
        let is_dir = fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if !is_dir || pid == std::process::id() || process_alive(pid) {
            continue;
        }
        let empty = fs::read_dir(&path).is_ok_and(|mut d| d.next().is_none());
        let own = || Listing::read(&path).is_some() && foreign(&path).is_ok_and(|f| f.is_empty());
        if empty || is_staging(&path) || own() {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

/// The process id in a staging folder's name `.{name}.new-<pid>` (or `.old-`).
fn leftover_pid(file_name: &str, name: &str) -> Option<u32> {
    let rest = file_name.strip_prefix('.')?.strip_prefix(name)?;
    let digits = rest.strip_prefix(".new-").or_else(|| rest.strip_prefix(".old-"))?;
    digits.parse().ok()
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid).ok().and_then(rustix::process::Pid::from_raw) else {
        return false;
    };
    // EPERM means the process exists but belongs to someone else.
    match rustix::process::test_kill_process(pid) {
        Ok(()) => true,
        Err(e) => e == rustix::io::Errno::PERM,
    }
}

/// Without a portable way to ask, leftovers are kept rather than risk another build's.
#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staging_names_are_recognised() {
        assert_eq!(leftover_pid(".public.new-123", "public"), Some(123));
        assert_eq!(leftover_pid(".public.old-9", "public"), Some(9));
        assert_eq!(leftover_pid(".public.new-x", "public"), None);
        assert_eq!(leftover_pid(".publicity.new-1", "public"), None);
        assert_eq!(leftover_pid("public.new-1", "public"), None);
    }

    #[cfg(unix)]
    #[test]
    fn leftovers_of_dead_processes_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        // A process id that cannot be running (above the kernel's maximum).
        let dead = dir.path().join(".public.new-99999999");
        fs::create_dir(&dead).unwrap();
        fs::write(dead.join(MARKER), format!("{MARKER_TEXT}{STAGING_LINE}")).unwrap();
        fs::write(dead.join("index.html"), "half").unwrap();
        let unmarked = dir.path().join(".public.old-99999998");
        fs::create_dir(&unmarked).unwrap();
        fs::write(unmarked.join("mine.txt"), "not ours").unwrap();
        // A planted empty marker does not make a folder ours.
        let planted = dir.path().join(".public.old-99999997");
        fs::create_dir(&planted).unwrap();
        fs::write(planted.join(MARKER), "").unwrap();
        fs::write(planted.join("thesis.txt"), "years of work").unwrap();
        let alive = dir.path().join(format!(".public.new-{}", std::process::id()));
        let staging = staging_dir(&dir.path().join("public")).unwrap();
        assert!(!dead.exists(), "a killed build's staging folder is removed");
        assert!(unmarked.exists(), "an unmarked folder is not ours to remove");
        assert!(
            planted.join("thesis.txt").exists(),
            "a planted marker does not make it ours"
        );
        assert_eq!(staging, alive);
        assert!(is_staging(&staging));
    }

    fn listed(dir: &Path, files: &[&str]) {
        let mut list = std::collections::BTreeMap::new();
        for f in files {
            let meta = fs::metadata(dir.join(f)).unwrap();
            let l = Listed {
                fingerprint: fingerprints::fingerprint(&fs::read(dir.join(f)).unwrap()),
                len: meta.len(),
                modified: modified(&meta),
                source: None,
            };
            list.insert((*f).to_string(), l);
        }
        fs::write(dir.join(MARKER), marker_text(list.iter().map(|(p, l)| (p.as_str(), l)))).unwrap();
    }

    #[test]
    fn a_folder_is_ours_only_when_its_contents_match_the_list() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir(d.join("a")).unwrap();
        fs::write(d.join("index.html"), "home").unwrap();
        fs::write(d.join("a/index.html"), "a").unwrap();
        listed(d, &["index.html", "a/index.html"]);
        assert_eq!(foreign(d).unwrap(), []);
        fs::write(d.join(".DS_Store"), "finder").unwrap();
        assert_eq!(foreign(d).unwrap(), [], "desktop files are nobody's work");
        fs::write(d.join("CNAME"), "gids.example.org").unwrap();
        fs::write(d.join("a/index.html"), "edited by hand").unwrap();
        fs::remove_file(d.join("index.html")).unwrap();
        assert_eq!(
            foreign(d).unwrap(),
            [
                Foreign::Unlisted("CNAME".into()),
                Foreign::Changed("a/index.html".into())
            ]
        );
        // An empty marker lists nothing: everything beside it is foreign.
        fs::write(d.join(MARKER), "").unwrap();
        assert_eq!(foreign(d).unwrap().len(), 2);
    }

    #[test]
    fn an_edit_that_keeps_the_size_is_noticed_and_a_new_time_alone_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::write(d.join("index.html"), "aaaa").unwrap();
        listed(d, &["index.html"]);
        let later = || {
            let file = fs::File::options().write(true).open(d.join("index.html")).unwrap();
            file.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
                .unwrap();
        };
        // Restored from a cache or copied: the same bytes at a new time are the build's.
        later();
        assert_eq!(foreign(d).unwrap(), []);
        // Edited by hand to other bytes of the same size.
        fs::write(d.join("index.html"), "bbbb").unwrap();
        later();
        assert_eq!(foreign(d).unwrap(), [Foreign::Changed("index.html".into())]);
    }

    #[test]
    fn markers_of_older_versions_are_read_without_times() {
        let (path, l) = parse_line("abc-12\tindex.html").unwrap();
        assert_eq!((path.as_str(), l.len, l.modified), ("index.html", 12, None));
        let (_, l) = parse_line("abc-12\tindex.html\t77").unwrap();
        assert_eq!(l.modified, Some(77));
        assert!(parse_line("garbage").is_none());
    }

    #[test]
    fn what_a_file_was_made_from_is_kept_in_the_marker() {
        let l = Listed {
            fingerprint: "abc-12".into(),
            len: 12,
            modified: Some(77),
            source: Some("src1".into()),
        };
        let text = marker_text([("gids/werk.pdf", &l)].into_iter());
        let line = text.lines().last().unwrap();
        assert_eq!(line, "abc-12\tgids/werk.pdf\t77\tsrc1");
        assert_eq!(parse_line(line).unwrap(), ("gids/werk.pdf".to_string(), l));
        assert_eq!(parse_line("abc-12\tindex.html\t77").unwrap().1.source, None);
    }
}
