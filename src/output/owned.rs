//! What steunwijzer made itself: output folders carry a marker file, staging folders a
//! name with the process id, so a later run knows what it may replace or clean up.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The file in every output and staging folder that says steunwijzer made it.
pub(crate) const MARKER: &str = ".steunwijzer-output";

pub(super) const MARKER_TEXT: &str =
    "This folder was made by `steunwijzer build`. The next build replaces it as a whole.\n";

/// Marks `dir` as made by steunwijzer.
pub(super) fn mark(dir: &Path) -> io::Result<()> {
    fs::write(dir.join(MARKER), MARKER_TEXT)
}

pub(super) fn is_marked(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

/// Whether the first 64 KiB of the file at `path` hold `signature`.
pub(super) fn file_has_signature(path: &Path, signature: &str) -> bool {
    let mut head = Vec::new();
    let read = fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    read.is_ok() && head.windows(signature.len()).any(|w| w == signature.as_bytes())
}

/// A fresh, marked, empty folder next to `target` to build its new contents in. Staging
/// folders left behind by killed runs are removed first.
pub(super) fn staging_dir(target: &Path) -> io::Result<PathBuf> {
    let (parent, name) = parent_and_name(target)?;
    fs::create_dir_all(&parent)?;
    remove_leftovers(&parent, &name);
    let staging = parent.join(format!(".{name}.new-{}", std::process::id()));
    if fs::symlink_metadata(&staging).is_ok() {
        fs::remove_dir_all(&staging)?;
    }
    fs::create_dir(&staging)?;
    mark(&staging)?;
    Ok(staging)
}

/// The folder next to `target` that holds its old contents while they are swapped out.
pub(super) fn backup_path(target: &Path) -> io::Result<PathBuf> {
    let (parent, name) = parent_and_name(target)?;
    Ok(parent.join(format!(".{name}.old-{}", std::process::id())))
}

pub(super) fn parent_and_name(target: &Path) -> io::Result<(PathBuf, String)> {
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
/// is gone, when they are empty or marked: what a killed build left behind.
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
        let empty = fs::read_dir(&path).is_ok_and(|mut d| d.next().is_none());
        if is_dir && (empty || is_marked(&path)) && pid != std::process::id() && !process_alive(pid) {
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
        mark(&dead).unwrap();
        fs::write(dead.join("index.html"), "half").unwrap();
        let unmarked = dir.path().join(".public.old-99999998");
        fs::create_dir(&unmarked).unwrap();
        fs::write(unmarked.join("mine.txt"), "not ours").unwrap();
        let alive = dir.path().join(format!(".public.new-{}", std::process::id()));
        let staging = staging_dir(&dir.path().join("public")).unwrap();
        assert!(!dead.exists(), "a killed build's staging folder is removed");
        assert!(unmarked.exists(), "an unmarked folder is not ours to remove");
        assert_eq!(staging, alive);
        assert!(is_marked(&staging));
    }
}
