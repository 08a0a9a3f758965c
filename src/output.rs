//! The write stage: put the finished site in place all at once.
//!
//! The files are written to a staging folder next to the output and swapped in by
//! renaming, so readers of the output folder see the old site or the new one, never a
//! half-written mix, and a failed build leaves the last good site as it was.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::artifact::Artifact;
use crate::diagnostic::{Code, Diagnostic, Staged};

/// Checks that `out_dir` may be replaced as a whole: it must not hold the site's sources.
pub(crate) fn guard(root: &Path, out_dir: &Path) -> Staged<()> {
    match guard_target(root, out_dir) {
        Ok(()) => Staged::ok(()),
        Err(e) => Staged::failed(
            Diagnostic::file_error(Code::UnsafeOutput, &out_dir.display().to_string(), e.to_string())
                .with_hint("pass --output with an empty or build folder"),
        ),
    }
}

/// A fresh, empty folder beside `index_dir` to build the new search index in.
pub(crate) fn index_staging(index_dir: &Path) -> Staged<PathBuf> {
    match staging_dir(index_dir) {
        Ok(dir) => Staged::ok(dir),
        Err(e) => Staged::failed(write_failed(
            index_dir,
            format!("cannot create the search index folder: {e}"),
        )),
    }
}

/// Drops a staging folder made by [`index_staging`] when the build fails.
pub(crate) fn discard(staging: &Path) {
    let _ = fs::remove_dir_all(staging);
}

/// Puts the new site in place: `files` as the whole of `out_dir`, then the index built in
/// `staging` as `index_dir`. A failure leaves the previous site as it was.
pub(crate) fn publish(out_dir: &Path, files: &[Artifact], staging: &Path, index_dir: &Path) -> Staged<()> {
    if let Err(e) = write_atomic(out_dir, files) {
        discard(staging);
        return Staged::failed(write_failed(out_dir, format!("cannot write the site: {e}")));
    }
    if let Err(e) = replace_dir(staging, index_dir) {
        return Staged::failed(write_failed(index_dir, format!("cannot write the search index: {e}")));
    }
    Staged::ok(())
}

fn write_failed(path: &Path, message: String) -> Diagnostic {
    Diagnostic::file_error(Code::WriteFailed, &path.display().to_string(), message)
}

/// Why a folder cannot be the output: replacing it would destroy the site's sources.
#[derive(Debug)]
enum UnsafeTarget {
    /// The folder contains the site itself.
    ContainsSite(PathBuf),
    /// The folder holds a file that marks sources (`site.yaml`, `.git`, ...).
    HoldsSources(PathBuf, &'static str),
}

impl fmt::Display for UnsafeTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnsafeTarget::ContainsSite(dir) => write!(
                f,
                "the output folder {} contains the site itself; choose a folder such as public/",
                dir.display()
            ),
            UnsafeTarget::HoldsSources(dir, marker) => write!(
                f,
                "the output folder {} contains {marker}, so it is not a build folder; it will not be replaced",
                dir.display()
            ),
        }
    }
}

/// Refuses output folders that would wipe out the site's sources.
fn guard_target(root: &Path, out_dir: &Path) -> Result<(), UnsafeTarget> {
    let root_abs = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let out_abs = absolute(out_dir);
    if root_abs.starts_with(&out_abs) {
        return Err(UnsafeTarget::ContainsSite(out_dir.to_path_buf()));
    }
    for marker in ["site.yaml", ".git", "Cargo.toml", "content"] {
        if out_abs.join(marker).exists() {
            return Err(UnsafeTarget::HoldsSources(out_dir.to_path_buf(), marker));
        }
    }
    Ok(())
}

fn absolute(p: &Path) -> PathBuf {
    if let Ok(c) = fs::canonicalize(p) {
        return c;
    }
    // The folder does not exist yet: resolve its parent instead.
    match (p.parent(), p.file_name()) {
        (Some(parent), Some(name)) if !parent.as_os_str().is_empty() => absolute(parent).join(name),
        (_, Some(name)) => std::env::current_dir().map_or_else(|_| p.to_path_buf(), |d| d.join(name)),
        _ => p.to_path_buf(),
    }
}

/// A fresh, empty folder next to `target` to build its new contents in.
fn staging_dir(target: &Path) -> io::Result<PathBuf> {
    let (parent, name) = parent_and_name(target)?;
    fs::create_dir_all(&parent)?;
    let staging = parent.join(format!(".{name}.new-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging)?;
    Ok(staging)
}

fn parent_and_name(target: &Path) -> io::Result<(PathBuf, String)> {
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "folder has no name"))?
        .to_string_lossy()
        .into_owned();
    Ok((parent, name))
}

/// Replaces `target` by the folder `staging` (made by [`staging_dir`]); on failure the
/// staging folder is removed and `target` is left as it was.
fn replace_dir(staging: &Path, target: &Path) -> io::Result<()> {
    let (parent, name) = parent_and_name(target)?;
    let backup = parent.join(format!(".{name}.old-{}", std::process::id()));
    let result = swap_in(staging, target, &backup);
    if result.is_err() {
        let _ = fs::remove_dir_all(staging);
    }
    result
}

/// Writes `files` as the complete new contents of `out_dir`.
fn write_atomic(out_dir: &Path, files: &[Artifact]) -> io::Result<()> {
    let staging = staging_dir(out_dir)?;
    match write_all(&staging, files) {
        Ok(()) => replace_dir(&staging, out_dir),
        Err(e) => {
            let _ = fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

fn write_all(dir: &Path, files: &[Artifact]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    for f in files {
        let rel = Path::new(&f.path);
        // Paths come from our own renderer, but never let one escape the folder.
        if rel.is_absolute() || rel.components().any(|c| matches!(c, std::path::Component::ParentDir)) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("refusing to write outside the output: {}", f.path),
            ));
        }
        let path = dir.join(rel);
        if let Some(p) = path.parent() {
            fs::create_dir_all(p)?;
        }
        fs::write(&path, &f.bytes)?;
    }
    Ok(())
}

fn swap_in(staging: &Path, out_dir: &Path, backup: &Path) -> io::Result<()> {
    if !out_dir.exists() {
        return fs::rename(staging, out_dir);
    }
    let _ = fs::remove_dir_all(backup);
    fs::rename(out_dir, backup)?;
    if let Err(e) = fs::rename(staging, out_dir) {
        // Put the last good site back before reporting.
        let _ = fs::rename(backup, out_dir);
        return Err(e);
    }
    fs::remove_dir_all(backup)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> Artifact {
        Artifact::new(path, text)
    }

    #[test]
    fn replaces_the_whole_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_atomic(&out, &[file("a/index.html", "1"), file("old.html", "x")]).unwrap();
        write_atomic(&out, &[file("a/index.html", "2")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "2");
        assert!(!out.join("old.html").exists(), "stale files are gone");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
    }

    #[test]
    fn a_failed_write_keeps_the_old_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_atomic(&out, &[file("index.html", "good")]).unwrap();
        let err = write_atomic(&out, &[file("index.html", "new"), file("../escape.html", "x")]);
        assert!(err.is_err());
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "good");
        assert!(!dir.path().join("escape.html").exists());
    }

    #[test]
    fn refuses_to_replace_the_sources() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("site.yaml"), "").unwrap();
        assert!(guard_target(dir.path(), dir.path()).is_err());
        assert!(guard_target(dir.path(), &dir.path().join("public")).is_ok());
        assert!(guard_target(&dir.path().join("sub"), dir.path()).is_err());
    }
}
