//! `import hsds`: seeds a site's `content/providers/` from an HSDS 3.0 export of another
//! system (or of another steunwijzer site). Each active service becomes one provider
//! file, or one per place when it is offered at several addresses; what has no place in a provider file, or matches nothing on this site, is
//! reported as a `not-imported` warning at the record it came from. Nothing is
//! overwritten: a provider file that exists is left as it is and reported.
//!
//! The mapping is the inverse of the export (`render::hsds`), so a steunwijzer site's own
//! export comes back as the same files and, built again, as the same records.

mod html;
mod map;
mod read;
mod terms;
mod write;

pub use terms::TermMap;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::pipeline;
use steunwijzer_core::diagnostic::Diagnostics;
use steunwijzer_core::model::Site;

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

/// How to import: without writing (`dry_run`: `written` names the files it would write),
/// and with another system's taxonomy mapped (`map`, a file of [`TermMap`]).
#[derive(Debug, Default)]
pub struct ImportOptions {
    /// Write nothing.
    pub dry_run: bool,
    /// `--map FILE`.
    pub map: Option<PathBuf>,
}

/// Reads the HSDS services in `input` (a JSON file, or a folder of them) and writes a
/// provider file for each into the site at `root` (see [`ImportOptions`]). The site must load without errors:
/// its life domains, neighbourhoods and address are what the records are matched to.
/// Records are read and written one at a time; the time taken grows with their number.
pub fn import_hsds(
    root: &Path,
    input: &Path,
    clock: &steunwijzer_core::date::Clock,
    options: &ImportOptions,
) -> ImportReport {
    let mut report = ImportReport::default();
    let dry_run = options.dry_run;
    let site = pipeline::load_site(root, None, clock, &mut pipeline::Kept::default());
    let Some((site, _)) = site.value else {
        report.diagnostics = site.diagnostics;
        return report;
    };
    let terms = match &options.map {
        Some(path) => match TermMap::read(path, &site) {
            Ok(m) => m,
            Err(d) => {
                report.diagnostics.push(d);
                return report;
            }
        },
        None => TermMap::default(),
    };
    let site = (&site, &terms);
    let mut taken = write::Taken::default();
    for path in read::files(input, &mut report.diagnostics) {
        let display = path.display().to_string();
        let mut found = Diagnostics::new();
        read::each_record(&path, &mut found, &mut |record| {
            report.records += 1;
            one(root, site, (&display, dry_run), record, &mut taken, &mut report);
        });
        report.diagnostics.append(found);
    }
    report
}

/// The provider files an HSDS export (`input`) would give on `site`, without writing
/// them: (file name, text) of each, and every problem. For the fuzz targets.
pub fn dry_run(input: &[u8], site: &Site) -> (Vec<(String, String)>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let mut read_problems = Diagnostics::new();
    let mut files = Vec::new();
    let mut taken = write::Taken::default();
    read::each_record_in(input, "export.json", &mut read_problems, &mut |mut record| {
        let mut notes = Vec::new();
        let _ = clean(&mut record.value);
        if record.value.is_object() {
            for m in map::service(&record.value, (site, &TermMap::default()), &mut notes) {
                files.push((taken.claim(&m.slug), write::text(&m)));
            }
        }
        diags.extend(notes.into_iter().map(|n| n.diagnostic("export.json", record.at)));
    });
    diags.append(read_problems);
    (files, diags)
}

/// Maps and writes one record; what it could not take over is noted at the record.
fn one(
    root: &Path,
    site: (&Site, &TermMap),
    (display, dry_run): (&str, bool),
    mut record: read::Record,
    taken: &mut write::Taken,
    report: &mut ImportReport,
) {
    let at = record.at;
    let mut notes = Vec::new();
    let cleaned = clean(&mut record.value);
    let mapped = if record.value.is_object() {
        map::service(&record.value, site, &mut notes)
    } else {
        notes.push(map::Note::not_a_service());
        Vec::new()
    };
    if let Some(first) = mapped.first()
        && !cleaned.is_empty()
    {
        notes.push(map::Note::cleaned(&first.front.name, &cleaned));
    }
    for mapped in &mapped {
        match write::provider(root, mapped, taken, dry_run) {
            Ok(path) => report.written.push(path),
            Err(d) => report.diagnostics.push(d.at(display, at, &mapped.front.name)),
        }
    }
    report
        .diagnostics
        .extend(notes.into_iter().map(|n| n.diagnostic(display, at)));
}

/// Removes every control, bidi and invisible character from the record's texts (they
/// would hide or reverse text on the site, and `check` refuses them); returns the fields
/// they were in.
fn clean(value: &mut Value) -> Vec<String> {
    fn walk(value: &mut Value, path: &str, out: &mut Vec<String>) {
        match value {
            Value::String(s) if s.chars().any(steunwijzer_core::text::is_hidden_control) => {
                s.retain(|c| !steunwijzer_core::text::is_hidden_control(c));
                if !out.iter().any(|p| p == path) {
                    out.push(path.to_string());
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| walk(v, path, out)),
            Value::Object(map) => {
                for (k, v) in map.iter_mut() {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    walk(v, &p, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out
}
