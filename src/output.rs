//! Stage 5, write: put the finished site in place all at once.
//!
//! The files are written to a staging folder next to the output and swapped in by
//! renaming, so readers of the output folder see the old site or the new one, never a
//! half-written mix, and a failed build leaves the last good site as it was.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::render::OutputFile;

/// Refuses output folders that would wipe out the site's sources.
pub fn check_target(root: &Path, out_dir: &Path) -> Result<(), String> {
    let root_abs = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let out_abs = absolute(out_dir);
    if root_abs.starts_with(&out_abs) {
        return Err(format!(
            "the output folder {} contains the site itself; choose a folder such as public/",
            out_dir.display()
        ));
    }
    for marker in ["site.yaml", ".git", "Cargo.toml", "content"] {
        if out_abs.join(marker).exists() {
            return Err(format!(
                "the output folder {} contains {marker}, so it is not a build folder; it will not be replaced",
                out_dir.display()
            ));
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
        (_, Some(name)) => std::env::current_dir()
            .map(|d| d.join(name))
            .unwrap_or_else(|_| p.to_path_buf()),
        _ => p.to_path_buf(),
    }
}

/// Writes `files` as the complete new contents of `out_dir`.
pub fn write_atomic(out_dir: &Path, files: &[OutputFile]) -> io::Result<()> {
    let parent = match out_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)?;
    let name = out_dir
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "output folder has no name"))?
        .to_string_lossy()
        .into_owned();
    let pid = std::process::id();
    let staging = parent.join(format!(".{name}.new-{pid}"));
    let backup = parent.join(format!(".{name}.old-{pid}"));
    let _ = fs::remove_dir_all(&staging);
    let result = write_all(&staging, files).and_then(|()| swap_in(&staging, out_dir, &backup));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
}

fn write_all(dir: &Path, files: &[OutputFile]) -> io::Result<()> {
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

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
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
        assert!(check_target(dir.path(), dir.path()).is_err());
        assert!(check_target(dir.path(), &dir.path().join("public")).is_ok());
        assert!(check_target(&dir.path().join("sub"), dir.path()).is_err());
    }
}
