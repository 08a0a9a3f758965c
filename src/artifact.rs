//! A file the build makes: its path in the site and its bytes. The search export, the
//! renderer and the schema make them; the write stage puts them on disk, the preview
//! serves them from memory.

/// A file of the finished site, by its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Artifact {
    pub(crate) path: String,
    pub(crate) bytes: Vec<u8>,
}

impl Artifact {
    pub(crate) fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Artifact {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// FNV-1a, 32 bits, as 8 hex digits: enough to tell versions of a file apart in its name,
/// so browsers may cache it for good.
pub(crate) fn content_hash(bytes: &[u8]) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_short() {
        assert_eq!(content_hash(b""), "811c9dc5");
        assert_eq!(content_hash(b"a"), "e40c292c");
        assert_ne!(content_hash(b"body{}"), content_hash(b"body{ }"));
    }
}
