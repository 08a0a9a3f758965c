//! `import hsds`: seeds a site's `content/providers/` from an HSDS 3.0 export of another
//! system (or of another steunwijzer site). Each active service becomes one provider
//! file; what has no place in a provider file, or matches nothing on this site, is
//! reported as a `not-imported` warning at the record it came from. Nothing is
//! overwritten: a provider file that exists is left as it is and reported.
//!
//! The mapping is the inverse of the export (`render::hsds`), so a steunwijzer site's own
//! export comes back as the same files and, built again, as the same records.

mod map;
mod read;
mod write;

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostics;
use crate::pipeline;

/// What `import hsds` did.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// The provider files written, relative to the site root.
    pub written: Vec<PathBuf>,
    /// The records read.
    pub records: usize,
    /// Every record that was left out or not imported in full, and every file that could
    /// not be read: warnings and errors, as `path:line:col`.
    pub diagnostics: Diagnostics,
}

/// Reads the HSDS services in `input` (a JSON file, or a folder of them) and writes a
/// provider file for each into the site at `root`. The site must load without errors:
/// its life domains, neighbourhoods and address are what the records are matched to.
pub fn import_hsds(root: &Path, input: &Path) -> ImportReport {
    let mut report = ImportReport::default();
    let site = pipeline::load_site(root, None, &mut pipeline::Kept::default());
    let Some((site, _)) = site.value else {
        report.diagnostics = site.diagnostics;
        return report;
    };
    let files = read::files(input, &mut report.diagnostics);
    // Slugs written by this import; files that exist already are left alone.
    let mut slugs: Vec<String> = Vec::new();
    for file in &files {
        for record in &file.records {
            report.records += 1;
            let at = file.span_of(record);
            let mut notes = Vec::new();
            let Some(mapped) = map::service(record, &site, &mut notes) else {
                report.diagnostics.extend(
                    notes
                        .into_iter()
                        .map(|n| n.diagnostic(&file.display, at).with_source(file.text())),
                );
                continue;
            };
            match write::provider(root, &mapped, &mut slugs) {
                Ok(path) => report.written.push(path),
                Err(d) => report
                    .diagnostics
                    .push(d.at(&file.display, at, &mapped.front.name).with_source(file.text())),
            }
            report.diagnostics.extend(
                notes
                    .into_iter()
                    .map(|n| n.diagnostic(&file.display, at).with_source(file.text())),
            );
        }
    }
    report
}
