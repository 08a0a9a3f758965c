//! A folder of Markdown content files (providers, free pages): walking it, refusing files
//! that cannot be pages, and decoding each file, with a cache so that a reload parses only
//! what changed.

use crate::{msg, par};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

use serde::de::DeserializeOwned;

use super::{ContentFile, frontmatter, stray};
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};
use crate::markdown::Body;
use crate::source::{self, SourceFile};
use crate::text;
use crate::yaml;

/// What tells a changed file from an unchanged one: modification time and size.
type Stamp = (Option<SystemTime>, u64);

/// The files of one folder as they were last parsed, by path relative to the site root.
pub(super) struct FileCache<T> {
    /// By path below the root, with forward slashes (a string hashes faster than a path).
    entries: HashMap<String, Cached<T>>,
}

impl<T> Default for FileCache<T> {
    fn default() -> Self {
        FileCache {
            entries: HashMap::new(),
        }
    }
}

struct Cached<T> {
    stamp: Stamp,
    file: Option<Arc<ContentFile<T>>>,
    diagnostics: Diagnostics,
}

/// A file of the folder that can be a page.
struct Candidate {
    rel: String,
    slug: String,
    stamp: Stamp,
}

/// The content files below `root/rel_dir`, in name order, and the slugs of the files that
/// were added, changed or removed since the last call with `cache`.
pub(super) fn load_dir<T: DeserializeOwned + Default + Send + Sync>(
    root: &Path,
    rel_dir: &str,
    cache: &mut FileCache<T>,
    out: &mut Diagnostics,
) -> (Vec<Arc<ContentFile<T>>>, BTreeSet<String>) {
    let dir = root.join(rel_dir);
    let mut files = Vec::new();
    let mut changed = BTreeSet::new();
    let mut seen = HashSet::new();
    if let Some(link) = source::link_on_the_way(root, Path::new(rel_dir)) {
        out.push(link);
    } else if dir.is_dir() {
        // Each entry with what was found about its name, in the walk's order.
        let walked: Vec<(Diagnostics, Option<Candidate>)> = source::walk(&dir)
            .map(|entry| {
                let mut found = Diagnostics::new();
                let c = candidate(root, rel_dir, entry, &mut found);
                (found, c)
            })
            .collect();
        // Reading and decoding is most of loading a large site: on all cores.
        let stale: Vec<&Candidate> = walked
            .iter()
            .filter_map(|(_, c)| c.as_ref())
            .filter(|c| !cache.fresh(c))
            .collect();
        let read = par::map(&stale, |c| read(root, c));
        for (c, cached) in stale.into_iter().zip(read) {
            changed.insert(c.slug.clone());
            cache.entries.insert(c.rel.clone(), cached);
        }
        for (found, c) in walked {
            out.append(found);
            let Some(c) = c else { continue };
            if let Some(cached) = cache.entries.get(&c.rel) {
                out.extend(cached.diagnostics.iter().cloned());
                files.extend(cached.file.clone());
            }
            seen.insert(c.rel);
        }
    }
    changed.extend(cache.forget_all_but(&seen));
    (files, changed)
}

/// The entry as a content file, or None (reported when it is not a folder) when it cannot
/// be one: unreadable, not Markdown, or named so that it cannot be an address.
fn candidate(
    root: &Path,
    rel_dir: &str,
    entry: walkdir::Result<walkdir::DirEntry>,
    out: &mut Diagnostics,
) -> Option<Candidate> {
    let entry = match entry {
        Ok(e) => e,
        Err(e) => {
            let shown = e
                .path()
                .map_or_else(|| rel_dir.to_string(), |p| source::rel_path(root, p));
            out.push(Diagnostic::file_error(
                Code::Unreadable,
                &shown,
                msg!("cannot-read", error = crate::diagnostic::walk_error(&e)),
            ));
            return None;
        }
    };
    let rel = source::rel_path(root, entry.path());
    let display = || source::display_path(root, Path::new(&rel));
    if entry.path_is_symlink() {
        out.push(source::symbolic_link(&display()));
        return None;
    }
    if !entry.file_type().is_file() {
        return None;
    }
    if entry.path().extension().and_then(|e| e.to_str()) != Some("md") {
        out.push(stray::not_markdown(&display(), &entry.file_name().to_string_lossy()));
        return None;
    }
    let slug = entry
        .path()
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let suspect = !text::is_portable_slug(&slug);
    if let Some(d) = suspect.then(|| bad_file_name(&slug, &display())).flatten() {
        out.push(d);
        return None;
    }
    let stamp = entry.metadata().map_or((None, 0), |m| (m.modified().ok(), m.len()));
    Some(Candidate { rel, slug, stamp })
}

/// Why `slug.md` cannot be a page's file name, if it cannot.
fn bad_file_name(slug: &str, display: &str) -> Option<Diagnostic> {
    if text::is_windows_reserved(slug) {
        return Some(
            Diagnostic::file_error(
                Code::BadFileName,
                display,
                msg!("reserved-name-windows-repository-could-not", slug),
            )
            .with_hint(msg!("rename-for-example", slug)),
        );
    }
    if text::is_slug(slug) && slug.len() > text::MAX_SLUG {
        return Some(
            Diagnostic::file_error(
                Code::BadFileName,
                display,
                msg!(
                    "file-name-characters-long-at-most",
                    length = slug.len(),
                    max_slug = text::MAX_SLUG
                ),
            )
            .with_hint(msg!("rename", slug = text::portable_slug(slug, "aanbieder"))),
        );
    }
    if text::is_slug(slug) {
        return None;
    }
    Some(
        Diagnostic::file_error(
            Code::BadFileName,
            display,
            msg!("file-name-cannot-used-as-address", slug),
        )
        .with_hint(msg!(
            "rename-lowercase-letters-digits-hyphens-only",
            slugify = text::slugify(slug)
        )),
    )
}

impl<T> FileCache<T> {
    /// Whether the cache holds the file with the same stamp (without a modification time
    /// a file cannot be told unchanged).
    fn fresh(&self, c: &Candidate) -> bool {
        self.entries
            .get(&c.rel)
            .is_some_and(|cached| cached.stamp == c.stamp && c.stamp.0.is_some())
    }

    /// Drops the files not in `seen` (they were removed); returns their slugs.
    fn forget_all_but(&mut self, seen: &HashSet<String>) -> Vec<String> {
        let mut gone = Vec::new();
        self.entries.retain(|rel, _| {
            let keep = seen.contains(rel);
            if !keep {
                gone.push(
                    Path::new(rel)
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                );
            }
            keep
        });
        gone
    }
}

/// A content file read into memory, decoded as far as it can be.
/// The file `c` read and decoded, with what was found.
fn read<T: DeserializeOwned + Default>(root: &Path, c: &Candidate) -> Cached<T> {
    let mut diagnostics = Diagnostics::new();
    let file = match SourceFile::read(root, Path::new(&c.rel)) {
        Ok(src) => from_source(&src, c.slug.clone(), &mut diagnostics).map(Arc::new),
        Err(d) => {
            diagnostics.push(d);
            None
        }
    };
    Cached {
        stamp: c.stamp,
        file,
        diagnostics,
    }
}

pub(super) fn from_source<T: DeserializeOwned + Default>(
    src: &SourceFile,
    slug: String,
    out: &mut Diagnostics,
) -> Option<ContentFile<T>> {
    // Hidden characters are the real cause of what YAML would say about them.
    let hidden = src.hidden_characters();
    if hidden.is_empty() {
        decode(src, slug, out)
    } else {
        out.extend(hidden);
        None
    }
}

/// Splits a content file and decodes its front matter as far as it can.
fn decode<T: DeserializeOwned + Default>(
    src: &SourceFile,
    slug: String,
    out: &mut Diagnostics,
) -> Option<ContentFile<T>> {
    let parts = match frontmatter::split(src) {
        Ok((p, unclosed)) => {
            out.extend(unclosed);
            p
        }
        Err(d) => {
            out.push(d);
            return None;
        }
    };
    let doc = yaml::parse_recovering(&src.display, &src.text, parts.front, parts.front_line, out)?;
    let errors_before = out.error_count();
    let raw = doc
        .decode::<T>(&[], &msg!("what-the-front-matter"), out)
        .unwrap_or_default();
    let had_errors = out.error_count() > errors_before;
    let body = Body {
        markdown: parts.body.to_string(),
        first_line: parts.body_line,
    };
    let body_span = Span::new(parts.body_line.saturating_sub(1).max(1), 1, 3);
    Some(ContentFile {
        slug,
        doc,
        raw,
        body,
        body_span,
        had_errors,
    })
}
