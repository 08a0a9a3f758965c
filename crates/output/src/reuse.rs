//! Files that did not change are not written again: the new folder gets a hard link to the
//! previous build's file. Creating 20,000 files right after deleting 20,000 keeps the file
//! system busy finding free inodes (half of a 10,000-provider build's time went there);
//! a link allocates nothing. The marker file of each output lists its files with a
//! fingerprint, so a file is linked only when its path, size and fingerprint are the
//! same; everything else is written, as is everything when the list is missing.

use std::fs;
use std::path::Path;

use super::owned::{Listed, Listing};

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
