//! Stage 1, load: find the content files of a site, read them, split front matter from
//! body and decode the YAML. Nothing is checked for meaning here; that is `validate`.

pub mod frontmatter;
pub mod raw;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use serde::de::DeserializeOwned;
use serde_yaml::Value;
use walkdir::WalkDir;

use crate::diagnostic::{Diagnostic, Span};
use crate::formats;
use crate::model::Body;
use crate::source::{self, SourceFile};
use crate::yaml::{self, Document, Seg};

pub use raw::{RawLifeDomain, RawNeighbourhood, RawPage, RawProvider};

pub const LIFE_DOMAINS: &str = "content/life-domains.yaml";
pub const NEIGHBOURHOODS: &str = "content/neighbourhoods.yaml";
pub const PROVIDERS_DIR: &str = "content/providers";
pub const PAGES_DIR: &str = "content/pages";

/// A Markdown file with front matter, decoded as far as it could be.
#[derive(Debug)]
pub struct ContentFile<T> {
    /// The file stem, which is the page's address.
    pub slug: String,
    pub doc: Document,
    pub raw: T,
    pub body: Body,
    /// Where the body starts, for "the body is empty".
    pub body_span: Span,
    /// Some front matter keys could not be decoded (and were reported).
    pub had_errors: bool,
}

/// A YAML file holding a list of items, each decoded on its own.
#[derive(Debug)]
pub struct ListFile<T> {
    pub doc: Document,
    /// The item's index in the file, and the item.
    pub items: Vec<(usize, T)>,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub life_domains: Option<ListFile<RawLifeDomain>>,
    pub neighbourhoods: Option<ListFile<RawNeighbourhood>>,
    pub providers: Vec<Arc<ContentFile<RawProvider>>>,
    pub pages: Vec<Arc<ContentFile<RawPage>>>,
}

/// Parsed content files kept between loads, so that a reload reads again only the files
/// that changed (the live preview reloads a whole site on every save).
#[derive(Default)]
pub struct Cache {
    providers: FileCache<RawProvider>,
    pages: FileCache<RawPage>,
}

struct FileCache<T> {
    entries: HashMap<PathBuf, Cached<T>>,
}

impl<T> Default for FileCache<T> {
    fn default() -> Self {
        FileCache {
            entries: HashMap::new(),
        }
    }
}

struct Cached<T> {
    stamp: (Option<SystemTime>, u64),
    file: Option<Arc<ContentFile<T>>>,
    diagnostics: Vec<Diagnostic>,
}

/// What a load found changed since the previous load with the same cache.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    /// Slugs of provider files that were added, changed or removed.
    pub providers: BTreeSet<String>,
    /// Free pages were added, changed or removed.
    pub pages: bool,
}

/// Reads all content under `root`. Problems are collected, not returned early: a file
/// that cannot be read is left out and reported, the rest still loads.
pub fn load(root: &Path) -> (Loaded, Vec<Diagnostic>) {
    let (loaded, out, _) = load_cached(root, &mut Cache::default());
    (loaded, out)
}

/// Like [`load`], parsing only files whose modification time or size changed since the
/// last call with `cache`.
pub fn load_cached(root: &Path, cache: &mut Cache) -> (Loaded, Vec<Diagnostic>, Changes) {
    let mut out = Vec::new();
    let mut changes = Changes::default();
    let (providers, changed) = load_dir(root, PROVIDERS_DIR, "provider", &mut cache.providers, &mut out);
    changes.providers = changed;
    let (pages, changed) = load_dir(root, PAGES_DIR, "page", &mut cache.pages, &mut out);
    changes.pages = !changed.is_empty();
    let loaded = Loaded {
        life_domains: load_list(root, LIFE_DOMAINS, &mut out),
        neighbourhoods: load_list(root, NEIGHBOURHOODS, &mut out),
        providers,
        pages,
    };
    (loaded, out, changes)
}

fn load_list<T: DeserializeOwned>(root: &Path, rel: &str, out: &mut Vec<Diagnostic>) -> Option<ListFile<T>> {
    let src = match SourceFile::read(root, Path::new(rel)) {
        Ok(s) => s,
        Err(d) => {
            out.push(d.with_hint(format!("the site needs {rel}; see the README for its format")));
            return None;
        }
    };
    let doc = match yaml::parse(&src.display, &src.text, &src.text, 1) {
        Ok(d) => d,
        Err(ds) => {
            out.extend(ds);
            return None;
        }
    };
    let count = match &doc.value {
        Value::Sequence(items) => items.len(),
        other => {
            out.push(
                doc.error(
                    doc.value_span(&[]),
                    format!("{rel} must be a list, not {}", yaml::kind_of(other)),
                )
                .with_hint("start each item with `- slug: ...`"),
            );
            return None;
        }
    };
    let items = (0..count)
        .filter_map(|i| doc.decode::<T>(&[Seg::Index(i)], "a list item", out).map(|t| (i, t)))
        .collect();
    Some(ListFile { doc, items })
}

fn load_dir<T: DeserializeOwned + Default>(
    root: &Path,
    rel_dir: &str,
    what: &str,
    cache: &mut FileCache<T>,
    out: &mut Vec<Diagnostic>,
) -> (Vec<Arc<ContentFile<T>>>, BTreeSet<String>) {
    let dir = root.join(rel_dir);
    let mut files = Vec::new();
    let mut changed = BTreeSet::new();
    let mut seen = HashSet::new();
    if dir.is_dir() {
        let walker = WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            // Hidden files and folders (.git, editor swap files) are never content.
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let shown = e.path().map_or_else(|| rel_dir.to_string(), |p| rel_of(root, p));
                    out.push(Diagnostic::error(
                        &shown,
                        Span::file_start(),
                        format!("cannot read: {e}"),
                    ));
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = PathBuf::from(rel_of(root, entry.path()));
            let display = source::display_path(root, &rel);
            if entry.path().extension().and_then(|e| e.to_str()) != Some("md") {
                out.push(
                    Diagnostic::warning(
                        &display,
                        Span::file_start(),
                        format!("ignored: not a Markdown {what} file"),
                    )
                    .with_hint("only files ending in .md are read here"),
                );
                continue;
            }
            let stem = entry
                .path()
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !formats::is_slug(&stem) {
                out.push(
                    Diagnostic::error(
                        &display,
                        Span::file_start(),
                        format!("the file name `{stem}.md` cannot be used as an address"),
                    )
                    .with_hint(format!(
                        "rename it to `{}.md`: lowercase letters, digits and hyphens only",
                        formats::slugify(&stem)
                    )),
                );
                continue;
            }
            seen.insert(rel.clone());
            let stamp = entry
                .metadata()
                .map(|m| (m.modified().ok(), m.len()))
                .unwrap_or((None, 0));
            let fresh = cache
                .entries
                .get(&rel)
                .is_some_and(|c| c.stamp == stamp && stamp.0.is_some());
            if !fresh {
                let mut diagnostics = Vec::new();
                let file = match SourceFile::read(root, &rel) {
                    Ok(src) => decode_file(src, stem.clone(), &mut diagnostics).map(Arc::new),
                    Err(d) => {
                        diagnostics.push(d);
                        None
                    }
                };
                cache.entries.insert(
                    rel.clone(),
                    Cached {
                        stamp,
                        file,
                        diagnostics,
                    },
                );
                changed.insert(stem);
            }
            if let Some(c) = cache.entries.get(&rel) {
                out.extend(c.diagnostics.iter().cloned());
                files.extend(c.file.clone());
            }
        }
    }
    cache.entries.retain(|rel, _| {
        let keep = seen.contains(rel);
        if !keep {
            changed.insert(
                rel.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            );
        }
        keep
    });
    (files, changed)
}

fn rel_of(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn decode_file<T: DeserializeOwned + Default>(
    src: SourceFile,
    slug: String,
    out: &mut Vec<Diagnostic>,
) -> Option<ContentFile<T>> {
    let parts = match frontmatter::split(&src) {
        Ok(p) => p,
        Err(d) => {
            out.push(d);
            return None;
        }
    };
    let doc = match yaml::parse(&src.display, &src.text, parts.front, parts.front_line) {
        Ok(d) => d,
        Err(ds) => {
            out.extend(ds);
            return None;
        }
    };
    let errors_before = out.iter().filter(|d| d.is_error()).count();
    let raw = doc.decode::<T>(&[], "the front matter", out).unwrap_or_default();
    let had_errors = out.iter().filter(|d| d.is_error()).count() > errors_before;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (rel, bytes) in files {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, bytes).unwrap();
        }
        dir
    }

    #[test]
    fn loads_lists_and_files_in_name_order() {
        let dir = site(&[
            (
                LIFE_DOMAINS,
                b"- slug: wonen\n  name: Wonen\n  description: Een huis.\n",
            ),
            (NEIGHBOURHOODS, b"- slug: noord\n  name: Noord\n"),
            ("content/providers/b.md", b"---\nname: B\n---\nTekst\n"),
            ("content/providers/sub/a.md", b"---\nname: A\n---\nTekst\n"),
            ("content/providers/.swp", b"junk"),
        ]);
        let (loaded, diags) = load(dir.path());
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(loaded.life_domains.unwrap().items.len(), 1);
        let slugs: Vec<&str> = loaded.providers.iter().map(|p| p.slug.as_str()).collect();
        assert_eq!(slugs, ["b", "a"]);
        assert_eq!(loaded.providers[0].body.first_line, 4);
    }

    #[test]
    fn the_cache_reparses_only_changed_files() {
        let dir = site(&[
            ("content/providers/a.md", b"---\nname: A\n---\nTekst\n"),
            ("content/providers/b.md", b"---\nname: B\n---\nTekst\n"),
        ]);
        let mut cache = Cache::default();
        let (_, _, first) = load_cached(dir.path(), &mut cache);
        assert_eq!(first.providers.len(), 2);
        let (_, _, none) = load_cached(dir.path(), &mut cache);
        assert!(none.providers.is_empty() && !none.pages);
        std::fs::write(
            dir.path().join("content/providers/b.md"),
            b"---\nname: Bee\n---\nTekst!\n",
        )
        .unwrap();
        std::fs::remove_file(dir.path().join("content/providers/a.md")).unwrap();
        let (loaded, _, changed) = load_cached(dir.path(), &mut cache);
        assert_eq!(changed.providers.into_iter().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(loaded.providers.len(), 1);
        assert_eq!(loaded.providers[0].raw.name.as_deref(), Some("Bee"));
    }

    #[test]
    fn reports_bad_files_and_goes_on() {
        let dir = site(&[
            ("content/providers/Bad Name.md", b"---\n---\nx"),
            ("content/providers/notes.txt", b"x"),
            ("content/providers/latin1.md", b"---\nname: caf\xe9\n---\n"),
            ("content/providers/good.md", b"---\nname: Goed\n---\nTekst\n"),
        ]);
        let (loaded, diags) = load(dir.path());
        assert_eq!(loaded.providers.len(), 1);
        let msgs: Vec<String> = diags.iter().map(|d| format!("{}: {}", d.path, d.message)).collect();
        assert!(
            msgs.iter()
                .any(|m| m.contains("Bad Name.md") && m.contains("cannot be used as an address")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("notes.txt") && m.contains("ignored")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("latin1.md") && m.contains("UTF-8")),
            "{msgs:?}"
        );
        assert!(msgs.iter().any(|m| m.contains("life-domains.yaml")), "{msgs:?}");
    }
}
