//! The offline copy: the whole site as one zip a library unpacks on a computer or a USB
//! stick. The same site gives the same bytes: entries in path order, every entry dated
//! with the edition date, the same permissions and compression for all.

use std::io::{Cursor, Write as _};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::artifact::Artifact;
use crate::date::Date;

/// Where the zip goes, below the site's root; it is not in itself.
pub(super) const DIR: &str = "downloads";

/// The zip of `files` (all the site's files, in any order), dated `edition`.
pub(super) fn zip(files: &[&Artifact], edition: Date) -> Result<Vec<u8>, String> {
    let mut sorted: Vec<&&Artifact> = files
        .iter()
        .filter(|f| f.path.strip_prefix(DIR).is_none_or(|rest| !rest.starts_with('/')))
        .collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
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
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for f in sorted {
        zip.start_file(f.path.as_str(), options).map_err(|e| e.to_string())?;
        zip.write_all(&f.bytes).map_err(|e| e.to_string())?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<Artifact> {
        vec![
            Artifact::new("b/index.html", "b"),
            Artifact::new("index.html", "home"),
            Artifact::new("downloads/x.zip", "old"),
            Artifact::new("downloads-uitleg/index.html", "a free page"),
        ]
    }

    #[test]
    fn same_files_same_bytes_in_path_order_without_itself() {
        let date = Date::new(2026, 11, 20).unwrap();
        let f = files();
        let one = zip(&f.iter().collect::<Vec<_>>(), date).unwrap();
        let two = zip(&f.iter().rev().collect::<Vec<_>>(), date).unwrap();
        assert_eq!(one, two);
        let mut archive = zip::ZipArchive::new(Cursor::new(one)).unwrap();
        let names: Vec<String> = (0..archive.len())
            .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
            .collect();
        assert_eq!(names, ["b/index.html", "downloads-uitleg/index.html", "index.html"]);
        let first = archive.by_index(0).unwrap();
        let t = first.last_modified().unwrap();
        assert_eq!((t.year(), t.month(), t.day()), (2026, 11, 20));
    }
}
