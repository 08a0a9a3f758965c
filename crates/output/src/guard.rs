//! Which folders and files a command may replace: only its own output, never a source.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use steunwijzer_core::diagnostic::Msg;
use steunwijzer_core::msg;

use super::owned::{self, Foreign};

/// The site's sources, relative to its root: no output may be one of them or lie inside one.
pub(crate) const SOURCES: &[&str] = &[
    "site.yaml",
    "content",
    "themes",
    "templates",
    "static",
    "print",
    "locales",
    "fonts",
];

/// Why a path cannot be written: writing it would destroy something steunwijzer did not make.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum UnsafeTarget {
    /// The folder contains the site itself.
    ContainsSite(PathBuf),
    /// The path is a source of the site, or lies inside one (`content/`, `site.yaml`, ...).
    IsSource(PathBuf, String),
    /// The path is a file where a folder is written, or a folder where a file is written.
    WrongKind(PathBuf, &'static str),
    /// The path is a symbolic link; replacing it would drop the link, not what it points to.
    Link(PathBuf),
    /// The folder (or file) exists and was not made by steunwijzer.
    NotOurs(PathBuf),
    /// The folder was made by a build, but now holds files the build did not write.
    Holds(PathBuf, Vec<Foreign>),
    /// The folder's marker lists no files (an earlier version wrote none), yet it holds some.
    Unlisted(PathBuf),
}

impl fmt::Display for UnsafeTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnsafeTarget::ContainsSite(_) => f.write_str("this folder contains the site itself"),
            UnsafeTarget::IsSource(_, source) => write!(f, "this is part of the site's sources ({source})"),
            UnsafeTarget::WrongKind(_, kind) => write!(f, "this is {kind}"),
            UnsafeTarget::Link(_) => f.write_str("this is a symbolic link"),
            UnsafeTarget::NotOurs(_) => f.write_str("this exists and was not made by steunwijzer"),
            UnsafeTarget::Holds(_, files) => write!(f, "this holds {} files steunwijzer did not make", files.len()),
            UnsafeTarget::Unlisted(_) => f.write_str(
                "this folder says an earlier version of steunwijzer made it, but does not list what it wrote",
            ),
        }
    }
}

impl UnsafeTarget {
    /// The path that cannot be written.
    pub(crate) fn path(&self) -> &Path {
        match self {
            UnsafeTarget::ContainsSite(p)
            | UnsafeTarget::IsSource(p, _)
            | UnsafeTarget::WrongKind(p, _)
            | UnsafeTarget::Link(p)
            | UnsafeTarget::NotOurs(p)
            | UnsafeTarget::Holds(p, _)
            | UnsafeTarget::Unlisted(p) => p,
        }
    }

    /// What is wrong, and that nothing was written, in the editor's words.
    pub(crate) fn said(&self) -> Msg {
        match self {
            UnsafeTarget::ContainsSite(_) => msg!("target-contains-site"),
            UnsafeTarget::IsSource(_, source) => msg!("target-is-source", source),
            UnsafeTarget::WrongKind(_, kind) if kind.starts_with("a file") => msg!("target-is-a-file"),
            UnsafeTarget::WrongKind(..) => msg!("target-is-a-folder"),
            UnsafeTarget::Link(_) => msg!("target-is-a-link"),
            UnsafeTarget::NotOurs(_) => msg!("target-not-ours"),
            UnsafeTarget::Holds(_, files) => msg!("target-holds-files", count = files.len()),
            UnsafeTarget::Unlisted(_) => msg!("target-unlisted"),
        }
    }

    /// What the editor can do about it.
    pub(crate) fn hint(&self) -> Msg {
        match self {
            UnsafeTarget::ContainsSite(_) | UnsafeTarget::IsSource(..) => {
                msg!("choose-output-folder-outside-sources-such")
            }
            UnsafeTarget::WrongKind(..) => msg!("choose-path-that-does-not-exist"),
            UnsafeTarget::Link(_) => msg!("give-folder-link-points-new-folder"),
            UnsafeTarget::NotOurs(_) | UnsafeTarget::Holds(..) => {
                msg!("steunwijzer-only-replaces-what-made-itself")
            }
            UnsafeTarget::Unlisted(_) => {
                msg!("look-whether-holds-anything-yours-then")
            }
        }
    }
}

/// Whether `target` is the site, a source, or inside a source of the site at `root`.
pub(crate) fn outside_sources(root: &Path, target: &Path, extra: &[&Path]) -> Result<(), UnsafeTarget> {
    let root_abs = absolute(root);
    let target_abs = absolute(target);
    if root_abs.starts_with(&target_abs) {
        return Err(UnsafeTarget::ContainsSite(target.to_path_buf()));
    }
    let sources = SOURCES.iter().map(|s| root.join(s));
    for source in sources.chain(extra.iter().map(|p| p.to_path_buf())) {
        if target_abs.starts_with(absolute(&source)) {
            let name = source.strip_prefix(root).unwrap_or(&source).display().to_string();
            return Err(UnsafeTarget::IsSource(target.to_path_buf(), name));
        }
    }
    Ok(())
}

/// Whether the folder `dir` may be replaced as a whole: absent, empty, or made by a build
/// and holding only what that build wrote.
pub(crate) fn replaceable_dir(dir: &Path) -> Result<(), UnsafeTarget> {
    let Ok(meta) = fs::symlink_metadata(dir) else {
        return Ok(());
    };
    if meta.file_type().is_symlink() {
        return Err(UnsafeTarget::Link(dir.to_path_buf()));
    }
    if !meta.is_dir() {
        return Err(UnsafeTarget::WrongKind(dir.to_path_buf(), "a file, not a folder"));
    }
    let empty = fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none());
    if empty {
        return Ok(());
    }
    let Some(listing) = owned::Listing::read(dir) else {
        return Err(UnsafeTarget::NotOurs(dir.to_path_buf()));
    };
    match owned::foreign(dir) {
        Ok(files) if files.is_empty() => Ok(()),
        Ok(_) if listing.files.is_empty() => Err(UnsafeTarget::Unlisted(dir.to_path_buf())),
        Ok(files) => Err(UnsafeTarget::Holds(dir.to_path_buf(), files)),
        // A folder that cannot be read through cannot be known to be ours.
        Err(_) => Err(UnsafeTarget::NotOurs(dir.to_path_buf())),
    }
}

/// Whether the file `path` may be (re)written: absent, or, as a whole, a file steunwijzer
/// wrote and sealed with `seal` (see [`super::is_sealed`]).
pub(crate) fn replaceable_file(path: &Path, seal: &str) -> Result<(), UnsafeTarget> {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return Ok(());
    };
    if meta.file_type().is_symlink() {
        return Err(UnsafeTarget::Link(path.to_path_buf()));
    }
    if !meta.is_file() {
        return Err(UnsafeTarget::WrongKind(path.to_path_buf(), "a folder, not a file"));
    }
    let whole = meta.len() <= super::MAX_SEALED_BYTES && fs::read(path).is_ok_and(|b| super::is_sealed(&b, seal));
    if whole {
        Ok(())
    } else {
        Err(UnsafeTarget::NotOurs(path.to_path_buf()))
    }
}

/// `p` made absolute with every existing part resolved (symbolic links included) and `.`
/// and `..` taken out, so two spellings of one path compare equal.
pub(crate) fn absolute(p: &Path) -> PathBuf {
    use std::path::Component;
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().map_or_else(|_| p.to_path_buf(), |d| d.join(p))
    };
    let mut out = PathBuf::new();
    for part in joined.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => {
                out.push(other);
                if let Ok(real) = fs::canonicalize(&out) {
                    out = real;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("site.yaml"), "").unwrap();
        fs::create_dir_all(dir.path().join("content/providers")).unwrap();
        fs::create_dir_all(dir.path().join("themes/own")).unwrap();
        dir
    }

    #[test]
    fn sources_and_the_site_itself_are_refused() {
        let dir = site();
        let root = dir.path();
        let index = root.join("search-index");
        for bad in [
            "",
            "content",
            "content/providers",
            "content/new",
            "themes",
            "site.yaml",
            "static/x",
        ] {
            let target = root.join(bad);
            assert!(outside_sources(root, &target, &[&index]).is_err(), "{bad} was accepted");
        }
        assert!(outside_sources(root, &index, &[&index]).is_err());
        assert!(outside_sources(root, root.parent().unwrap(), &[]).is_err());
        assert!(outside_sources(root, &root.join("public"), &[&index]).is_ok());
        // Another spelling of the same folder is the same folder.
        let dotted = root.join("public/../content/./providers");
        assert!(outside_sources(root, &dotted, &[]).is_err());
    }

    #[test]
    fn only_empty_absent_or_marked_folders_are_replaced() {
        let dir = site();
        let out = dir.path().join("public");
        assert_eq!(replaceable_dir(&out), Ok(()));
        fs::create_dir(&out).unwrap();
        assert_eq!(replaceable_dir(&out), Ok(()));
        fs::write(out.join("notes.txt"), "mine").unwrap();
        assert_eq!(replaceable_dir(&out), Err(UnsafeTarget::NotOurs(out.clone())));
        // An empty marker planted beside it does not make it ours.
        fs::write(out.join(owned::MARKER), "").unwrap();
        assert_eq!(replaceable_dir(&out), Err(UnsafeTarget::Unlisted(out.clone())));
        fs::write(
            out.join(owned::MARKER),
            format!("{}x-5\tindex.html\n", owned::MARKER_TEXT),
        )
        .unwrap();
        assert_eq!(
            replaceable_dir(&out),
            Err(UnsafeTarget::Holds(
                out.clone(),
                vec![Foreign::Unlisted("notes.txt".into())]
            ))
        );
        fs::remove_file(out.join("notes.txt")).unwrap();
        assert_eq!(replaceable_dir(&out), Ok(()));
        let file = dir.path().join("site.yaml");
        assert!(matches!(replaceable_dir(&file), Err(UnsafeTarget::WrongKind(..))));
    }

    #[cfg(unix)]
    #[test]
    fn links_are_not_replaced() {
        let dir = site();
        let link = dir.path().join("public");
        std::os::unix::fs::symlink(dir.path().join("themes"), &link).unwrap();
        assert_eq!(replaceable_dir(&link), Err(UnsafeTarget::Link(link.clone())));
    }

    #[test]
    fn files_are_replaced_only_when_sealed_as_a_whole() {
        let dir = site();
        let report = dir.path().join("report.html");
        assert_eq!(replaceable_file(&report, "sig"), Ok(()));
        fs::write(&report, "someone's notes").unwrap();
        assert!(replaceable_file(&report, "sig").is_err());
        // Notes that name the seal are still notes.
        fs::write(&report, "see sig:0000000000000000 and sig").unwrap();
        assert!(replaceable_file(&report, "sig").is_err());
        let sealed = super::super::seal("<p>report</p><!-- sig:0000000000000000 -->", "sig");
        fs::write(&report, &sealed).unwrap();
        assert_eq!(replaceable_file(&report, "sig"), Ok(()));
        // An earlier report someone added a line to is theirs now.
        fs::write(&report, format!("{sealed}my notes")).unwrap();
        assert!(replaceable_file(&report, "sig").is_err());
    }
}
