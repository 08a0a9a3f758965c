//! Files that did not change are not written again: the new folder gets a hard link to the
//! previous build's file. Creating 20,000 files right after deleting 20,000 keeps the file
//! system busy finding free inodes (half of a 10,000-provider build's time went there);
//! a link allocates nothing. The marker file of each output lists its files with a
//! fingerprint, so a file is linked only when its path, size and fingerprint are the
//! same; everything else is written, as is everything when the list is missing.

use std::fs;
use std::io::{self, Read as _};
use std::path::Path;

use super::owned::{Listed, Listing};
use steunwijzer_core::artifact::Fingerprint;

/// The files of the previous output and their fingerprints.
#[derive(Default)]
pub(crate) struct Previous {
    listing: Listing,
}

impl Previous {
    /// The list in `out_dir`'s marker file; empty when there is none.
    pub(crate) fn read(out_dir: &Path) -> Previous {
        Previous {
            listing: Listing::read(out_dir).unwrap_or_default(),
        }
    }

    /// Whether `out_dir/path` is the file with this fingerprint and size, as the previous
    /// build wrote it (the guard has refused an output whose files were changed since).
    pub(crate) fn has(&self, out_dir: &Path, path: &str, fingerprint: &str, len: usize) -> bool {
        self.listing
            .files
            .get(path)
            .is_some_and(|l| l.fingerprint == fingerprint)
            && fs::symlink_metadata(out_dir.join(path)).is_ok_and(|m| m.is_file() && m.len() == len as u64)
    }

    /// The previous build's file at `path`, as that build listed it, when it is still
    /// there with that size (the guard has refused an output whose files were changed).
    pub(crate) fn listed(&self, out_dir: &Path, path: &str) -> Option<&Listed> {
        let l = self.listing.files.get(path)?;
        let len = usize::try_from(l.len).ok()?;
        self.has(out_dir, path, &l.fingerprint, len).then_some(l)
    }

    /// The previous build's file at `path` when it was made from `source` and is still as
    /// that build wrote it.
    pub(crate) fn made_from(&self, out_dir: &Path, path: &str, source: &str) -> Option<&Listed> {
        self.listed(out_dir, path)
            .filter(|l| l.source.as_deref() == Some(source))
    }
}

/// 64 bits of `SipHash` and 32 of FNV-1a, with the size: a different file with the same
/// path, size and fingerprint is not to be expected.
pub(crate) fn fingerprint(bytes: &[u8]) -> String {
    let mut f = Fingerprint::default();
    f.update(bytes);
    finish(&f)
}

/// The fingerprint and the size, as the output's marker keeps them.
fn finish(f: &Fingerprint) -> String {
    format!("{}-{}", f.hex(), f.len())
}

/// The [`fingerprint`] of the file at `path`, read a piece at a time: the offline copy of a
/// 10,000-provider site is a 438 MB zip, which read back whole doubled the build's peak.
pub(crate) fn fingerprint_file(path: &Path) -> io::Result<String> {
    let mut file = fs::File::open(path)?;
    let mut f = Fingerprint::default();
    let mut buf = vec![0; 1 << 20];
    loop {
        match file.read(&mut buf) {
            Ok(0) => return Ok(finish(&f)),
            Ok(n) => f.update(&buf[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_does_not_depend_on_how_the_bytes_are_cut() {
        let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let whole = fingerprint(&bytes);
        let mut pieces = Fingerprint::default();
        for piece in bytes.chunks(4093) {
            pieces.update(piece);
        }
        assert_eq!(finish(&pieces), whole);
        assert!(whole.ends_with("-3000000"), "{whole}");
        assert_ne!(fingerprint(&bytes[1..]), whole);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.zip");
        fs::write(&path, &bytes).unwrap();
        assert_eq!(fingerprint_file(&path).unwrap(), whole);
    }
}
