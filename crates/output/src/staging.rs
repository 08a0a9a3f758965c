//! The folder a build writes its site into, file by file as the stages make them, before
//! it is swapped in whole. Nothing waits in memory for the end of the build: at 100,000
//! providers the site is 5 GB (docs/benchmarks.md).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::fingerprints;
use super::owned;
use super::reuse;
use steunwijzer_core::artifact::{Artifact, Output, Sink, Taken};

/// A staging folder beside the output, and what was written into it.
pub struct Staging {
    dir: PathBuf,
    /// The output it will replace: unchanged files are linked from there.
    previous: PathBuf,
    before: reuse::Previous,
    made: Mutex<Made>,
}

#[derive(Default)]
struct Made {
    folders: HashSet<PathBuf>,
    /// Every file written, for the marker file.
    files: BTreeMap<String, owned::Listed>,
    /// The first write that failed; later files are not written.
    failed: Option<io::Error>,
}

impl Staging {
    /// A fresh staging folder for `out_dir`.
    pub fn open(out_dir: &Path) -> io::Result<Staging> {
        let dir = owned::staging_dir(out_dir)?;
        Ok(Staging {
            dir,
            previous: out_dir.to_path_buf(),
            before: reuse::Previous::read(out_dir),
            made: Mutex::new(Made::default()),
        })
    }

    /// The folder the files are written to before the swap.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The folder, given up (a failed build removes it).
    pub(crate) fn into_dir(self) -> PathBuf {
        self.dir
    }

    fn made(&self) -> MutexGuard<'_, Made> {
        // A worker that panicked is a bug raised elsewhere; the list is still sound.
        self.made.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How many of the files written have a path `which` accepts.
    pub fn count(&self, which: impl Fn(&str) -> bool) -> usize {
        self.made().files.keys().filter(|p| which(p)).count()
    }

    /// Writes the marker file listing every file, when every write succeeded.
    pub fn finish(self) -> io::Result<PathBuf> {
        let made = self.made.into_inner().unwrap_or_else(PoisonError::into_inner);
        if let Some(e) = made.failed {
            return Err(e);
        }
        let list = made.files.iter().map(|(path, l)| (path.as_str(), l));
        fs::write(self.dir.join(owned::MARKER), owned::marker_text(list))?;
        Ok(self.dir)
    }

    /// Where the file `path` goes, its folder made, and nothing there: a file put before
    /// with this path is removed (it may be a link to the previous output's file, which
    /// must stay as it is).
    fn place(&self, path: &str) -> io::Result<PathBuf> {
        let rel = Path::new(path);
        // Paths come from our own renderer, but never let one escape the folder.
        if rel.is_absolute() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("refusing to write outside the output: {path}"),
            ));
        }
        let to = self.dir.join(rel);
        let again = {
            let mut made = self.made();
            if let Some(parent) = rel.parent().filter(|p| !p.as_os_str().is_empty())
                && !made.folders.contains(parent)
            {
                fs::create_dir_all(self.dir.join(parent))?;
                made.folders.insert(parent.to_path_buf());
            }
            made.files.contains_key(path)
        };
        if again {
            fs::remove_file(&to)?;
        }
        Ok(to)
    }

    fn write(&self, file: &Artifact, source: Option<&str>) -> io::Result<()> {
        let to = self.place(&file.path)?;
        let fp = fingerprints::fingerprint(&file.bytes);
        let unchanged = self.before.has(&self.previous, &file.path, &fp, file.bytes.len());
        if !(unchanged && fs::hard_link(self.previous.join(&file.path), &to).is_ok()) {
            fs::write(&to, &file.bytes)?;
        }
        self.record(&file.path, fp, &to, source)
    }

    /// The previous output's file at `path`, linked in unread when it was made from
    /// `source`: its size.
    fn link_again(&self, path: &str, source: &str) -> Option<u64> {
        let l = self.before.made_from(&self.previous, path, source)?;
        let (fp, len) = (l.fingerprint.clone(), l.len);
        let to = self.place(path).ok()?;
        fs::hard_link(self.previous.join(path), &to).ok()?;
        self.record(path, fp, &to, Some(source)).ok()?;
        Some(len)
    }

    /// Lists the file just written at `to` with its fingerprint, size, time and what it
    /// was made from.
    fn record(&self, path: &str, fingerprint: String, to: &Path, source: Option<&str>) -> io::Result<()> {
        let meta = fs::symlink_metadata(to)?;
        let listed = owned::Listed {
            fingerprint,
            len: meta.len(),
            modified: owned::modified(&meta),
            source: source.map(str::to_string),
        };
        self.made().files.insert(path.to_string(), listed);
        Ok(())
    }
}

impl Sink for Staging {
    fn put(&self, file: Artifact) {
        if self.made().failed.is_some() {
            return;
        }
        if let Err(e) = self.write(&file, None) {
            self.made().failed.get_or_insert(e);
        }
    }

    fn again(&self, path: &str, source: &str) -> Option<u64> {
        if self.made().failed.is_some() {
            return None;
        }
        self.link_again(path, source)
    }

    fn unchanged(&self, path: &str) -> bool {
        let now = self.made().files.get(path).map(|l| l.fingerprint.clone());
        now.is_some_and(|fp| {
            self.before
                .listed(&self.previous, path)
                .is_some_and(|l| l.fingerprint == fp)
        })
    }

    fn previous(&self, path: &str) -> Option<fs::File> {
        self.before.listed(&self.previous, path)?;
        fs::File::open(self.previous.join(path)).ok()
    }

    fn put_made_from(&self, file: Artifact, source: &str) {
        if self.made().failed.is_some() {
            return;
        }
        if let Err(e) = self.write(&file, Some(source)) {
            self.made().failed.get_or_insert(e);
        }
    }

    fn each(&self, visit: &mut dyn FnMut(&str, &dyn Taken) -> io::Result<()>) -> io::Result<()> {
        let files: Vec<(String, u64)> = self.made().files.iter().map(|(p, l)| (p.clone(), l.len)).collect();
        for (path, len) in files {
            visit(&path, &OnDisk(self.dir.join(&path), len))?;
        }
        Ok(())
    }

    fn put_with(&self, path: &str, write: &mut dyn FnMut(&mut dyn Output) -> io::Result<()>) -> io::Result<u64> {
        let written = self.place(path).and_then(|to| {
            write(&mut io::BufWriter::new(fs::File::create(&to)?))?;
            // Read back for the marker's fingerprint: from the page cache, a tenth of the
            // time it took to write.
            self.record(path, fingerprints::fingerprint_file(&to)?, &to, None)?;
            Ok(fs::symlink_metadata(&to)?.len())
        });
        match written {
            Ok(len) => Ok(len),
            Err(e) => {
                let shown = io::Error::new(e.kind(), e.to_string());
                self.made().failed.get_or_insert(e);
                Err(shown)
            }
        }
    }
}

/// A file of the staging folder, read when its bytes are wanted.
struct OnDisk(PathBuf, u64);

impl Taken for OnDisk {
    fn size(&self) -> u64 {
        self.1
    }

    fn bytes(&self) -> io::Result<Cow<'_, [u8]>> {
        fs::read(&self.0).map(Cow::Owned)
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn staged(out: &Path, files: &[(&str, &str)]) -> Staging {
        let s = Staging::open(out).unwrap();
        for (path, text) in files {
            s.put(Artifact::new(*path, *text));
        }
        s
    }

    fn publish(s: Staging, out: &Path) {
        let dir = s.finish().unwrap();
        if out.exists() {
            fs::remove_dir_all(out).unwrap();
        }
        fs::rename(dir, out).unwrap();
    }

    #[test]
    fn a_file_put_again_replaces_a_link_without_touching_the_previous_output() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        publish(staged(&out, &[("over/index.html", "zonder link")]), &out);
        let s = staged(&out, &[("over/index.html", "zonder link")]);
        let linked = fs::metadata(s.dir().join("over/index.html")).unwrap().ino();
        assert_eq!(
            linked,
            fs::metadata(out.join("over/index.html")).unwrap().ino(),
            "unchanged: linked"
        );
        s.put(Artifact::new("over/index.html", "met link"));
        assert_eq!(fs::read_to_string(out.join("over/index.html")).unwrap(), "zonder link");
        assert_eq!(fs::read_to_string(s.dir().join("over/index.html")).unwrap(), "met link");
        let mut seen = Vec::new();
        s.each(&mut |p, f| {
            assert_eq!(f.size(), 8);
            seen.push((p.to_string(), f.bytes()?.to_vec()));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, [("over/index.html".to_string(), b"met link".to_vec())]);
        let size = s.put_with("downloads/kopie.zip", &mut |w| w.write_all(b"zip")).unwrap();
        assert_eq!(size, 3);
        assert_eq!(s.count(|p| p.ends_with(".html")), 1);
        let dir = s.finish().unwrap();
        let marker = fs::read_to_string(dir.join(owned::MARKER)).unwrap();
        let listed: Vec<&str> = marker.lines().filter_map(|l| l.split('\t').nth(1)).collect();
        assert_eq!(listed, ["downloads/kopie.zip", "over/index.html"]);
    }

    #[test]
    fn a_file_made_from_the_same_source_is_taken_again_unmade_and_only_then() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let s = Staging::open(&out).unwrap();
        assert_eq!(s.again("gids/werk.pdf", "bron1"), None, "no previous output");
        s.put_made_from(Artifact::new("gids/werk.pdf", "pdf van bron1"), "bron1");
        s.put(Artifact::new("index.html", "home"));
        publish(s, &out);

        let s = Staging::open(&out).unwrap();
        assert_eq!(s.again("index.html", ""), None, "a file not made from a source");
        assert_eq!(s.again("gids/werk.pdf", "bron2"), None, "another source");
        assert_eq!(s.again("gids/werk.pdf", "bron1"), Some(13));
        let ino = |p: &Path| fs::metadata(p).unwrap().ino();
        assert_eq!(ino(&s.dir().join("gids/werk.pdf")), ino(&out.join("gids/werk.pdf")));
        publish(s, &out);
        // Taken again, it keeps its source for the build after.
        let s = Staging::open(&out).unwrap();
        assert_eq!(s.again("gids/werk.pdf", "bron1"), Some(13));
        // Not when the file was changed since.
        fs::write(out.join("gids/werk.pdf"), "anders, langer dan eerst").unwrap();
        let s = Staging::open(&out).unwrap();
        assert_eq!(s.again("gids/werk.pdf", "bron1"), None);
    }

    #[test]
    fn the_first_failed_write_is_reported_and_later_files_are_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let s = staged(
            &dir.path().join("public"),
            &[("../buiten.html", "x"), ("binnen.html", "y")],
        );
        let staging = s.dir().to_path_buf();
        assert!(!staging.join("binnen.html").exists());
        let e = s.finish().unwrap_err();
        assert!(e.to_string().contains("outside the output"), "{e}");
        assert!(!dir.path().join("buiten.html").exists());
    }
}
