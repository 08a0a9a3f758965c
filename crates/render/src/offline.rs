//! The offline copy: the whole site as one zip a library unpacks on a computer or a USB
//! stick. The same site gives the same bytes: entries in path order, every entry dated
//! with the edition date, the same permissions and compression for all.

use std::io::{self, Write as _};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use steunwijzer_core::artifact::Sink;
use steunwijzer_core::date::Date;

/// Where the zip goes, below the site's root; it is not in itself.
pub(crate) const DIR: &str = "downloads";

/// Files that are compressed already: stored as they are. (Not the PDFs: typst leaves
/// their structure uncompressed, and deflating them made the 10,000-provider zip 438 MB
/// instead of 760.)
const PACKED: &[&str] = &["png", "jpg", "jpeg", "webp", "woff2", "woff", "zip", "gz"];

/// Puts the zip of the site's files in `sink` (all but the zips), dated `edition`, into
/// `sink` as `path`. Returns its size.
pub(crate) fn zip(sink: &dyn Sink, path: &str, edition: Date) -> io::Result<u64> {
    // ZIP dates start in 1980 and end in 2107.
    let year = u16::try_from(edition.year.clamp(1980, 2107)).unwrap_or(1980);
    let (month, day) = (u8::try_from(edition.month), u8::try_from(edition.day));
    let when = match (month, day) {
        (Ok(m), Ok(d)) => DateTime::from_date_and_time(year, m, d, 0, 0, 0).unwrap_or_default(),
        _ => DateTime::default(),
    };
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(when)
        .unix_permissions(0o644);
    let stored = options
        .compression_method(CompressionMethod::Stored)
        .compression_level(None);
    // The previous build's zip: a file that did not change is copied from it as it was
    // packed (deflating the 10,000-provider site's 700 MB again took 17 s).
    let mut before = sink
        .previous(path)
        .and_then(|f| ZipArchive::new(io::BufReader::new(f)).ok());
    sink.put_with(path, &mut |out| {
        let mut zip = ZipWriter::new(out);
        sink.each(&mut |path, file| {
            // Not itself, and not the editors' form (it needs the forge).
            let below = |dir: &str| path.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/'));
            if below(DIR) || below(crate::admin::DIR) {
                return Ok(());
            }
            let packed = path.rsplit_once('.').is_some_and(|(_, ext)| PACKED.contains(&ext));
            let method = if packed {
                CompressionMethod::Stored
            } else {
                CompressionMethod::Deflated
            };
            if sink.unchanged(path)
                && let Some(entry) = before.as_mut().and_then(|z| z.by_name(path).ok())
                && entry.compression() == method
                && entry.size() == file.size()
            {
                return zip
                    .raw_copy_file_touch(entry, when, Some(0o644))
                    .map_err(io::Error::other);
            }
            zip.start_file(path, if packed { stored } else { options })
                .map_err(io::Error::other)?;
            zip.write_all(&file.bytes()?)
        })?;
        zip.finish().map_err(io::Error::other)?.flush()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use steunwijzer_core::artifact::{Artifact, Collected};

    fn files(reverse: bool) -> Collected {
        let mut files = vec![
            Artifact::new("b/index.html", "b"),
            Artifact::new("index.html", "home"),
            Artifact::new("downloads/x.zip", "old"),
            Artifact::new("downloads-uitleg/index.html", "a free page"),
            Artifact::new("gids/gids.pdf", "%PDF-1.7"),
            Artifact::new("assets/fonts/a.woff2", "wOF2 already compressed"),
        ];
        if reverse {
            files.reverse();
        }
        let sink = Collected::default();
        files.into_iter().for_each(|f| sink.put(f));
        sink
    }

    #[test]
    fn same_files_same_bytes_in_path_order_without_itself() {
        let date = Date::new(2026, 11, 20).unwrap();
        let (one, two) = (files(false), files(true));
        zip(&one, "downloads/y.zip", date).unwrap();
        zip(&two, "downloads/y.zip", date).unwrap();
        let zipped = |sink: Collected| {
            sink.into_files()
                .into_iter()
                .find(|f| f.path == "downloads/y.zip")
                .unwrap()
                .bytes
        };
        let (one, two) = (zipped(one), zipped(two));
        assert_eq!(one, two);
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(one)).unwrap();
        let names: Vec<String> = (0..archive.len())
            .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "assets/fonts/a.woff2",
                "b/index.html",
                "downloads-uitleg/index.html",
                "gids/gids.pdf",
                "index.html"
            ]
        );
        let mut method = |i| archive.by_index(i).unwrap().compression();
        assert_eq!(method(0), CompressionMethod::Stored, "a font is not deflated again");
        assert_eq!(method(3), CompressionMethod::Deflated, "a PDF is");
        let first = archive.by_index(1).unwrap();
        let t = first.last_modified().unwrap();
        assert_eq!((t.year(), t.month(), t.day()), (2026, 11, 20));
    }
}
