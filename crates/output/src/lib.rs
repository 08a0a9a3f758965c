//! The write stage: put the finished site in place all at once.
//!
//! The files are written to a staging folder next to the output and swapped in by
//! renaming, so readers of the output folder see the old site or the new one, never a
//! half-written mix, and a failed build leaves the last good site as it was.

// The library returns data and never prints; outside tests, nothing a user can influence
// is unwrapped.
#![forbid(unsafe_code)]
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![allow(clippy::result_large_err)]

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use steunwijzer_core::diagnostic::Msg;
use steunwijzer_core::msg;

#[cfg(test)]
use steunwijzer_core::artifact::{Artifact, Sink};
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, Staged, os_error};

mod fingerprints;
mod guard;
mod owned;
mod reuse;
mod staging;
mod swap;

pub(crate) use guard::UnsafeTarget;
#[cfg(test)]
use owned::MARKER;
pub use staging::Staging;

/// Checks that the build may replace `out_dir` and `index_dir` as a whole: neither is a
/// source of the site at `root` (or inside one, or holds the site), and each is absent,
/// empty, or made by an earlier build.
pub fn guard(root: &Path, out_dir: &Path, index_dir: &Path) -> Staged<()> {
    let checks = [
        guard::outside_sources(root, out_dir, &[index_dir]),
        guard::replaceable_dir(out_dir),
        guard::replaceable_dir(index_dir),
    ];
    match checks.into_iter().find_map(Result::err) {
        None => Staged::ok(()),
        Some(UnsafeTarget::Holds(dir, files)) => Staged::failed(foreign_files(&dir, dir.as_path() == out_dir, &files)),
        Some(e) => Staged::failed(unsafe_target(&e)),
    }
}

fn unsafe_target(e: &UnsafeTarget) -> Diagnostic {
    let path = e.path().display().to_string();
    Diagnostic::file_error(Code::UnsafeOutput, &path, e.said()).with_hint(e.hint())
}

/// How many files of someone else's are named one by one; the rest are counted.
const FOREIGN_SHOWN: usize = 10;

/// One error for each file in an earlier output that the build did not write (the build
/// would remove it), with where it belongs instead.
fn foreign_files(dir: &Path, is_site: bool, files: &[owned::Foreign]) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let shown_dir = dir.display().to_string();
    for file in files.iter().take(FOREIGN_SHOWN) {
        let path = dir.join(file.path()).display().to_string();
        let d = match file {
            owned::Foreign::Unlisted(rel) => {
                let hint = if is_site {
                    msg!("publish-with-every-build-move-otherwise", rel, shown_dir)
                } else {
                    msg!("move-out", shown_dir)
                };
                Diagnostic::file_error(Code::UnsafeOutput, &path, msg!("steunwijzer-did-not-make-file-build"))
                    .with_hint(hint)
            }
            owned::Foreign::Changed(_) => Diagnostic::file_error(
                Code::UnsafeOutput,
                &path,
                msg!("file-was-changed-after-steunwijzer-made"),
            )
            .with_hint(msg!("make-change-site-s-sources-content")),
            owned::Foreign::Link(_) => {
                Diagnostic::file_error(Code::UnsafeOutput, &path, msg!("steunwijzer-did-not-make-link-build"))
                    .with_hint(msg!("move-out", shown_dir))
            }
        };
        diags.push(d);
    }
    if files.len() > FOREIGN_SHOWN {
        diags.push(Diagnostic::file_error(
            Code::UnsafeOutput,
            &shown_dir,
            msg!(
                "more-files-that-steunwijzer-did-not",
                count = files.len() - FOREIGN_SHOWN
            ),
        ));
    }
    diags
}

/// The largest file `report --output` reads to see whether it is an earlier report.
const MAX_SEALED_BYTES: u64 = 64 << 20;

/// The 16 hexadecimal digits of a seal, before it is made.
const UNSEALED: &str = "0000000000000000";

/// `text`, which holds `{name}:0000000000000000` once, with those digits replaced by a
/// seal of the whole text: a later run knows the file for its own only while every byte
/// of it is as it was written (see [`is_sealed`]).
pub fn seal(text: &str, name: &str) -> String {
    let placeholder = format!("{name}:{UNSEALED}");
    let digest = seal_digest(text.as_bytes());
    text.replacen(&placeholder, &format!("{name}:{digest}"), 1)
}

/// Whether `bytes` were written by [`seal`] with `name` and not changed since: they hold
/// `{name}:` with a seal once, and the seal is that of the whole.
pub(crate) fn is_sealed(bytes: &[u8], name: &str) -> bool {
    let tag = format!("{name}:");
    let tag = tag.as_bytes();
    let places: Vec<usize> = bytes
        .windows(tag.len())
        .enumerate()
        .filter(|(_, w)| *w == tag)
        .map(|(i, _)| i + tag.len())
        .collect();
    let [at] = places[..] else { return false };
    let Some(digits) = bytes.get(at..at + UNSEALED.len()) else {
        return false;
    };
    let mut blank = bytes.to_vec();
    blank[at..at + UNSEALED.len()].copy_from_slice(UNSEALED.as_bytes());
    digits == seal_digest(&blank).as_bytes()
}

/// `SipHash` 2-4 with fixed keys: the same on every version and platform, so a report
/// written by one version is known to the next.
fn seal_digest(bytes: &[u8]) -> String {
    use std::hash::Hasher as _;
    let mut h = siphasher::sip::SipHasher24::new_with_keys(0x7374_6575_6e77_696a, 0x7a65_722d_7365_616c);
    h.write(bytes);
    format!("{:016x}", h.finish())
}

/// A fresh, empty folder beside `index_dir` to build the new search index in.
pub fn index_staging(index_dir: &Path) -> Staged<PathBuf> {
    match owned::staging_dir(index_dir) {
        Ok(dir) => Staged::ok(dir),
        Err(e) => Staged::failed(write_failed(
            index_dir,
            msg!("cannot-create-index-folder", error = os_error(&e)),
        )),
    }
}

/// Drops a staging folder made by [`index_staging`] when the build fails.
pub(crate) fn discard(staging: &Path) {
    let _ = fs::remove_dir_all(staging);
}

/// A fresh staging folder for the site that will replace `out_dir`; the stages put
/// their files into it as they make them.
pub fn stage(out_dir: &Path, index_staging: &Path) -> Staged<Staging> {
    match Staging::open(out_dir) {
        Ok(s) => Staged::ok(s),
        Err(e) => Staged::failed(unwritten(out_dir, index_staging, None, &e)),
    }
}

/// Drops the staged site and index of a build that failed.
pub fn discard_all(site: Staging, index_staging: &Path) {
    discard(index_staging);
    discard(&site.into_dir());
}

/// Puts the new site in place as one unit: the staged `site` as the whole of `out_dir`
/// and the index built in `index_staging` as `index_dir`. When either cannot be swapped
/// in, the other is put back, so the two always come from the same build.
pub fn publish(site: Staging, out_dir: &Path, index_staging: &Path, index_dir: &Path) -> Staged<()> {
    let staged_dir = site.dir().to_path_buf();
    let site_staging = match site.finish() {
        Ok(dir) => dir,
        Err(e) => return Staged::failed(unwritten(out_dir, index_staging, Some(&staged_dir), &e)),
    };
    let index = match owned::seal(index_staging).and_then(|()| swap::swap_in(index_staging, index_dir)) {
        Ok(swapped) => swapped,
        Err(e) => {
            discard(index_staging);
            discard(&site_staging);
            return Staged::failed(write_failed(
                index_dir,
                msg!("cannot-put-index-in-place", error = os_error(&e)),
            ));
        }
    };
    let site = match swap::swap_in(&site_staging, out_dir) {
        Ok(swapped) => swapped,
        Err(e) => {
            discard(&site_staging);
            return Staged::failed(site_swap_failed(out_dir, index_dir, &e, swap::undo(index)));
        }
    };
    let mut diags = Diagnostics::new();
    for (swapped, dir) in [(index, index_dir), (site, out_dir)] {
        if let Err(e) = swap::finish(swapped) {
            diags.push(Diagnostic::file_warning(
                Code::WriteFailed,
                &dir.display().to_string(),
                msg!("previous-not-removed", error = os_error(&e)),
            ));
        }
    }
    Staged::checked(Some(()), diags)
}

/// The site could not be staged: both staging folders go, nothing was replaced.
fn unwritten(out_dir: &Path, index_staging: &Path, site_staging: Option<&Path>, e: &io::Error) -> Diagnostic {
    discard(index_staging);
    if let Some(s) = site_staging {
        discard(s);
    }
    write_failed(
        out_dir,
        msg!("cannot-write-site-nothing-was-replaced", error = os_error(e)),
    )
}

/// The site could not be swapped in after the index was; `undone` says whether the
/// previous index is back.
fn site_swap_failed(out_dir: &Path, index_dir: &Path, e: &io::Error, undone: io::Result<()>) -> Diagnostic {
    match undone {
        Ok(()) => write_failed(out_dir, msg!("cannot-put-site-in-place", error = os_error(e))),
        Err(undo) => Diagnostic::file_error(
            Code::PartlyWritten,
            &out_dir.display().to_string(),
            msg!(
                "site-and-index-differ",
                error = os_error(e),
                index = index_dir.display(),
                undo
            ),
        )
        .with_hint(msg!("fix-the-cause-and-build-again")),
    }
}

fn write_failed(path: &Path, message: Msg) -> Diagnostic {
    Diagnostic::file_error(Code::WriteFailed, &path.display().to_string(), message)
}

/// Writes `bytes` to the file `path` in one step (through a temporary file beside it),
/// when `path` is outside the sources of the site at `root` and is absent or, as a whole,
/// a file sealed with `seal_name` (one steunwijzer wrote before, unchanged since).
pub fn replace_file(root: &Path, path: &Path, bytes: &[u8], seal_name: &str) -> Staged<()> {
    let checks = [
        guard::outside_sources(root, path, &[]),
        guard::replaceable_file(path, seal_name),
    ];
    if let Some(e) = checks.into_iter().find_map(Result::err) {
        return Staged::failed(unsafe_target(&e));
    }
    match write_file(path, bytes) {
        Ok(()) => Staged::ok(()),
        Err(e) => Staged::failed(write_failed(
            path,
            msg!("cannot-write-file-nothing-was-replaced", error = os_error(&e)),
        )),
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (parent, name) = owned::parent_and_name(path)?;
    let temp = parent.join(format!(".{name}.new-{}", std::process::id()));
    let written = fs::write(&temp, bytes).and_then(|()| fs::rename(&temp, path));
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> Artifact {
        Artifact::new(path, text)
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    fn publish_in(root: &Path, files: &[Artifact]) -> Staged<()> {
        let index = root.join("search-index");
        let staging = index_staging(&index).value.unwrap();
        fs::write(staging.join("meta.json"), "{}").unwrap();
        let out = root.join("public");
        let site = stage(&out, &staging).value.unwrap();
        for f in files {
            site.put(f.clone());
        }
        publish(site, &out, &staging, &index)
    }

    #[test]
    fn replaces_the_site_and_the_index_as_a_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        assert!(
            publish_in(dir.path(), &[file("a/index.html", "1"), file("old.html", "x")])
                .diagnostics
                .is_empty()
        );
        assert!(publish_in(dir.path(), &[file("a/index.html", "2")]).value.is_some());
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "2");
        assert!(!out.join("old.html").exists(), "stale files are gone");
        assert!(out.join(MARKER).is_file() && dir.path().join("search-index").join(MARKER).is_file());
        assert_eq!(names(dir.path()), ["public", "search-index"]);
        assert!(
            guard(dir.path(), &out, &dir.path().join("search-index"))
                .value
                .is_some(),
            "a build's own output"
        );
    }

    #[test]
    fn a_failed_write_keeps_the_old_site_and_index() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        assert!(publish_in(dir.path(), &[file("index.html", "good")]).value.is_some());
        let old_index = fs::read_dir(dir.path().join("search-index")).unwrap().count();
        let failed = publish_in(dir.path(), &[file("index.html", "new"), file("../escape.html", "x")]);
        assert!(failed.value.is_none());
        let message = failed.diagnostics.iter().next().unwrap().message.english();
        assert!(message.contains("nothing was replaced"), "{message}");
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "good");
        assert!(!dir.path().join("escape.html").exists());
        assert_eq!(
            fs::read_dir(dir.path().join("search-index")).unwrap().count(),
            old_index
        );
        assert_eq!(
            names(dir.path()),
            ["public", "search-index"],
            "no staging folder is left"
        );
    }

    #[test]
    fn files_are_written_once_and_never_over_someone_elses() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("site.yaml"), "title: x").unwrap();
        let report = dir.path().join("report.txt");
        let one = seal("one sig:0000000000000000", "sig");
        let two = seal("two sig:0000000000000000", "sig");
        assert!(replace_file(dir.path(), &report, one.as_bytes(), "sig").value.is_some());
        assert!(replace_file(dir.path(), &report, two.as_bytes(), "sig").value.is_some());
        assert_eq!(fs::read_to_string(&report).unwrap(), two);
        let site = dir.path().join("site.yaml");
        assert!(replace_file(dir.path(), &site, one.as_bytes(), "sig").value.is_none());
        assert_eq!(fs::read_to_string(&site).unwrap(), "title: x");
        let notes = dir.path().join("notes.txt");
        fs::write(&notes, "mine, about sig:0000000000000000").unwrap();
        assert!(replace_file(dir.path(), &notes, one.as_bytes(), "sig").value.is_none());
        assert_eq!(fs::read_to_string(&notes).unwrap(), "mine, about sig:0000000000000000");
        assert_eq!(names(dir.path()), ["notes.txt", "report.txt", "site.yaml"]);
    }

    #[cfg(unix)]
    #[test]
    fn unchanged_files_are_linked_and_changed_or_edited_ones_written() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let ino = |p: &str| fs::metadata(out.join(p)).unwrap().ino();
        let files = [
            file("same.html", "1"),
            file("changed.html", "a"),
            file("edited.html", "e"),
        ];
        assert!(publish_in(dir.path(), &files).value.is_some());
        let (same, changed, edited) = (ino("same.html"), ino("changed.html"), ino("edited.html"));
        // Someone edits a file of the output by hand: it is not taken for the build's.
        fs::write(out.join("edited.html"), "by hand").unwrap();
        let files = [
            file("same.html", "1"),
            file("changed.html", "b"),
            file("edited.html", "e"),
        ];
        assert!(publish_in(dir.path(), &files).value.is_some());
        assert_eq!(ino("same.html"), same, "linked, not written");
        assert_ne!(ino("changed.html"), changed);
        assert_eq!(fs::read_to_string(out.join("changed.html")).unwrap(), "b");
        assert_ne!(ino("edited.html"), edited);
        assert_eq!(fs::read_to_string(out.join("edited.html")).unwrap(), "e");
        let marker = fs::read_to_string(out.join(MARKER)).unwrap();
        assert!(
            marker.lines().any(|l| l.split('\t').nth(1) == Some("changed.html")),
            "{marker}"
        );
        assert_eq!(names(dir.path()), ["public", "search-index"]);
    }
}
