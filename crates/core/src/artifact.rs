//! A file the build makes: its path in the site and its bytes. The search export, the
//! renderer and the schema make them; the write stage puts them on disk, the preview
//! serves them from memory.

use std::hash::{DefaultHasher, Hasher};
use std::io;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A file of the finished site, by its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// Relative to the site root, with `/`.
    pub path: String,
    /// The contents.
    pub bytes: Vec<u8>,
}

impl Artifact {
    /// A file at `path` holding `bytes`.
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Artifact {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// Where the stages put the files they make, each as soon as it is made: a folder (the
/// build, which so never holds the whole site in memory: at 100,000 providers that was
/// 5 GB) or memory (the live preview, which serves from it).
pub trait Sink: Sync {
    /// Takes `file`; a later file with the same path replaces it.
    fn put(&self, file: Artifact);
    /// Every file taken so far, each path once, in path order (for the offline copy).
    fn each(&self, visit: &mut dyn FnMut(&str, &dyn Taken) -> io::Result<()>) -> io::Result<()>;
    /// Takes a file too large to hold in memory (the offline copy): `write` writes it
    /// where it goes. Returns its size.
    fn put_with(&self, path: &str, write: &mut dyn FnMut(&mut dyn Output) -> io::Result<()>) -> io::Result<u64>;
    /// Takes again the file the previous build made at `path` from the same `source` (a
    /// fingerprint of everything the file is made from), when there is one, and gives its
    /// size; else `None`, and the maker makes the file and gives it with
    /// [`Sink::put_made_from`]. For what is slow to make (a printed guide at 10,000
    /// providers takes minutes) and depends on nothing but its source.
    fn again(&self, _path: &str, _source: &str) -> Option<u64> {
        None
    }
    /// Takes `file`, made from `source` (see [`Sink::again`]).
    fn put_made_from(&self, file: Artifact, _source: &str) {
        self.put(file);
    }
    /// Whether the file taken at `path` is the one the previous build had there (the
    /// offline copy then copies its packed entry from the previous zip).
    fn unchanged(&self, _path: &str) -> bool {
        false
    }
    /// The previous build's file at `path`, to read, when it is as that build wrote it.
    fn previous(&self, _path: &str) -> Option<std::fs::File> {
        None
    }
}

/// A file [`Sink::each`] gives: its size, and its bytes when they are wanted. A build's
/// files are on disk, and the offline copy reads only those it packs anew (at 10,000
/// providers a rebuild read the whole 1.1 GB site back to copy 45,000 packed entries).
pub trait Taken {
    /// Its size in bytes.
    fn size(&self) -> u64;
    /// Its bytes.
    ///
    /// # Errors
    /// When a file on disk cannot be read.
    fn bytes(&self) -> io::Result<std::borrow::Cow<'_, [u8]>>;
}

impl Taken for Artifact {
    fn size(&self) -> u64 {
        self.bytes.len() as u64
    }

    fn bytes(&self) -> io::Result<std::borrow::Cow<'_, [u8]>> {
        Ok(std::borrow::Cow::Borrowed(&self.bytes))
    }
}

/// Where [`Sink::put_with`] writes: a file, or memory.
pub trait Output: io::Write + io::Seek {}

impl<T: io::Write + io::Seek> Output for T {}

/// The files in memory.
#[derive(Default)]
pub struct Collected(Mutex<Vec<Artifact>>);

impl Collected {
    fn files(&self) -> MutexGuard<'_, Vec<Artifact>> {
        // A worker that panicked left whole files: the list is still sound.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The files in path order, each path once (the last one put).
    pub fn into_files(self) -> Vec<Artifact> {
        let mut files = self.0.into_inner().unwrap_or_else(PoisonError::into_inner);
        last_of_each_path(&mut files);
        files
    }
}

/// Sorts `files` by path and keeps, of files with one path, the one put last.
fn last_of_each_path(files: &mut Vec<Artifact>) {
    files.reverse();
    // Stable: of equal paths, the one put last comes first and is the one kept.
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|later, kept| later.path == kept.path);
}

impl Sink for Collected {
    fn put(&self, file: Artifact) {
        self.files().push(file);
    }

    fn each(&self, visit: &mut dyn FnMut(&str, &dyn Taken) -> io::Result<()>) -> io::Result<()> {
        let mut files = self.files();
        last_of_each_path(&mut files);
        files.iter().try_for_each(|f| visit(&f.path, f))
    }

    fn put_with(&self, path: &str, write: &mut dyn FnMut(&mut dyn Output) -> io::Result<()>) -> io::Result<u64> {
        let mut out = io::Cursor::new(Vec::new());
        write(&mut out)?;
        let bytes = out.into_inner();
        let len = bytes.len() as u64;
        self.put(Artifact::new(path, bytes));
        Ok(len)
    }
}

/// FNV-1a, 32 bits, as 8 hex digits: enough to tell versions of a file apart in its name,
/// so browsers may cache it for good.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:08x}", fnv1a(FNV_OFFSET, bytes))
}

/// A fingerprint being made: 64 bits of `SipHash` and 32 of FNV-1a, the same for the same
/// bytes however they are cut. What is made again only when its source changed (the
/// printed guide, the kiosk's QR codes) and what the output keeps of each file use it.
/// Not for a file's name a browser caches (see [`content_hash`]); for names that must not
/// collide among a hundred thousand files (the QR codes: 32 bits would, about once).
pub struct Fingerprint {
    sip: DefaultHasher,
    fnv: u32,
    len: u64,
}

impl Default for Fingerprint {
    fn default() -> Fingerprint {
        Fingerprint {
            sip: DefaultHasher::new(),
            fnv: FNV_OFFSET,
            len: 0,
        }
    }
}

impl Fingerprint {
    /// The fingerprint of `bytes`, as [`Fingerprint::hex`].
    #[must_use]
    pub fn of(bytes: &[u8]) -> String {
        let mut f = Fingerprint::default();
        f.update(bytes);
        f.hex()
    }

    /// Goes on with `bytes`.
    pub fn update(&mut self, bytes: &[u8]) {
        self.sip.write(bytes);
        self.fnv = fnv1a(self.fnv, bytes);
        self.len += bytes.len() as u64;
    }

    /// Goes on with `bytes` as one part, led by its length: parts cut otherwise
    /// fingerprint otherwise.
    pub fn part(&mut self, bytes: &[u8]) {
        self.update(&(bytes.len() as u64).to_le_bytes());
        self.update(bytes);
    }

    /// How many bytes went in.
    #[must_use]
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether nothing went in.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The fingerprint so far, as 24 hex digits.
    #[must_use]
    pub fn hex(&self) -> String {
        format!("{:016x}{:08x}", self.sip.finish(), self.fnv)
    }
}

/// What this binary is: its version, size and time. A rebuilt binary may make a file
/// otherwise, so what is taken again from the previous build ([`Sink::again`]) counts it.
/// `None` when the binary cannot be found: then nothing is taken again.
#[must_use]
pub fn this_binary() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(exe).ok()?;
    let time = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    Some(format!(
        "{}/{}/{}",
        env!("CARGO_PKG_VERSION"),
        meta.len(),
        time.as_nanos()
    ))
}

/// Where 32-bit FNV-1a starts.
pub const FNV_OFFSET: u32 = 0x811c_9dc5;

/// 32-bit FNV-1a of `bytes`, going on from `h` (start from [`FNV_OFFSET`]).
#[must_use]
pub fn fnv1a(mut h: u32, bytes: &[u8]) -> u32 {
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
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

    #[test]
    fn a_fingerprint_is_the_same_however_the_bytes_are_cut_but_parts_count() {
        let mut cut = Fingerprint::default();
        cut.update(b"ab");
        cut.update(b"c");
        assert_eq!(cut.hex(), Fingerprint::of(b"abc"));
        assert_eq!((cut.len(), cut.hex().len()), (3, 24));
        let (mut a, mut b) = (Fingerprint::default(), Fingerprint::default());
        a.part(b"ab");
        a.part(b"c");
        b.part(b"a");
        b.part(b"bc");
        assert_ne!(a.hex(), b.hex());
        assert_ne!(Fingerprint::of(b"a"), Fingerprint::of(b"b"));
    }

    #[test]
    fn collected_files_come_in_path_order_and_the_last_put_wins() {
        let sink = Collected::default();
        for (path, text) in [
            ("b.html", "b"),
            ("a.html", "first"),
            ("c.html", "c"),
            ("a.html", "again"),
        ] {
            sink.put(Artifact::new(path, text));
        }
        let mut seen = Vec::new();
        sink.each(&mut |path, file| {
            seen.push(format!("{path}={}", String::from_utf8_lossy(&file.bytes()?)));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, ["a.html=again", "b.html=b", "c.html=c"]);
        sink.put(Artifact::new("a.html", "third"));
        let files = sink.into_files();
        assert_eq!(files.len(), 3);
        assert_eq!(files[0], Artifact::new("a.html", "third"));
    }
}
