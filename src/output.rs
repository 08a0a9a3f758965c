//! Stage 5, write: put the finished site in place all at once.
//!
//! The files are written to a staging folder next to the output and swapped in by
//! renaming, so readers of the output folder see the old site or the new one, never a
//! half-written mix, and a failed build leaves the last good site as it was.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// A file of the finished site, by its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// FNV-1a, 32 bits, as 8 hex digits: enough to tell versions of a file apart in its name,
/// so browsers may cache it for good.
pub fn short_hash(bytes: &[u8]) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

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

/// A fresh, empty folder next to `target` to build its new contents in.
pub fn staging_dir(target: &Path) -> io::Result<PathBuf> {
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
pub fn replace_dir(staging: &Path, target: &Path) -> io::Result<()> {
    let (parent, name) = parent_and_name(target)?;
    let backup = parent.join(format!(".{name}.old-{}", std::process::id()));
    let result = swap_in(staging, target, &backup);
    if result.is_err() {
        let _ = fs::remove_dir_all(staging);
    }
    result
}

/// Writes `files` as the complete new contents of `out_dir`.
pub fn write_atomic(out_dir: &Path, files: &[OutputFile]) -> io::Result<()> {
    let staging = staging_dir(out_dir)?;
    match write_all(&staging, files) {
        Ok(()) => replace_dir(&staging, out_dir),
        Err(e) => {
            let _ = fs::remove_dir_all(&staging);
            Err(e)
        }
    }
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
    fn hash_is_stable_and_short() {
        assert_eq!(short_hash(b""), "811c9dc5");
        assert_eq!(short_hash(b"a"), "e40c292c");
        assert_ne!(short_hash(b"body{}"), short_hash(b"body{ }"));
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
