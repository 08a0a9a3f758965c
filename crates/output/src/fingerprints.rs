//! The fingerprint of a file the output's marker keeps: what the build links again when it
//! is the same (the `reuse` module), and what tells a file the build wrote from one someone
//! changed when only its time is new (the `owned` module).

use std::fs;
use std::io::{self, Read as _};
use std::path::Path;

use steunwijzer_core::artifact::Fingerprint;

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
