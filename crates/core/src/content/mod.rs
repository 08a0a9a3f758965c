//! The load stage: find the content files of a site, read them, split front matter from
//! body and decode the YAML into the raw structs of `raw`. Nothing is checked for meaning
//! here; that is `validate`.

mod files;
pub(crate) mod frontmatter;
mod lists;
pub mod raw;
mod stray;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::{Diagnostics, Span, Staged};
use crate::markdown::Body;
use crate::source::SourceFile;
use crate::yaml::Document;
use files::FileCache;
use raw::{RawLifeDomain, RawNeighbourhood, RawPage, RawProvider, RawSearchWord, RawSituation};

/// The life domains file, from the site root.
pub const LIFE_DOMAINS: &str = "content/life-domains.yaml";
/// The neighbourhoods file, from the site root.
pub const NEIGHBOURHOODS: &str = "content/neighbourhoods.yaml";
/// Residents' words for search; optional.
pub(crate) const VOCABULARY: &str = "content/zoekwoorden.yaml";
pub(crate) const SITUATIONS: &str = "content/situaties.yaml";
/// The providers' folder, from the site root.
pub const PROVIDERS_DIR: &str = "content/providers";
/// Where the free pages are.
pub const PAGES_DIR: &str = "content/pages";
/// The one key a list file may hold its items under (the editors' form writes so).
pub use lists::ITEMS as LIST_ITEMS;

/// A Markdown file with front matter, decoded as far as it could be.
#[derive(Debug)]
pub(crate) struct ContentFile<T> {
    /// The file stem, which is the page's address.
    pub slug: String,
    pub doc: Document,
    pub raw: T,
    pub body: Body,
    /// Where the body starts, for "the body is empty".
    pub(crate) body_span: Span,
    /// Some front matter keys could not be decoded (and were reported).
    pub(crate) had_errors: bool,
}

/// A YAML file holding a list of items, each decoded on its own.
#[derive(Debug)]
pub(crate) struct ListFile<T> {
    pub doc: Document,
    /// The item's index in the file, and the item.
    pub items: Vec<(usize, T)>,
}

/// Everything that could be read of a site's content.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The life domains file, when it could be read.
    pub(crate) life_domains: Option<ListFile<RawLifeDomain>>,
    /// The neighbourhoods file.
    pub(crate) neighbourhoods: Option<ListFile<RawNeighbourhood>>,
    /// The residents' words (`zoekwoorden.yaml`).
    pub(crate) vocabulary: Option<ListFile<RawSearchWord>>,
    /// The life situations (`situaties.yaml`).
    pub(crate) situations: Option<ListFile<RawSituation>>,
    /// Every provider file that could be read.
    pub(crate) providers: Vec<Arc<ContentFile<RawProvider>>>,
    /// Every free page that could be read.
    pub(crate) pages: Vec<Arc<ContentFile<RawPage>>>,
}

/// Parsed content files kept between loads, so that a reload reads again only the files
/// that changed (the live preview reloads a whole site on every save).
#[derive(Default)]
pub struct Cache {
    providers: FileCache<RawProvider>,
    pages: FileCache<RawPage>,
}

/// What a load found changed since the previous load with the same cache.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    /// Slugs of provider files that were added, changed or removed.
    pub providers: BTreeSet<String>,
    /// Slugs of free page files that were added, changed or removed.
    pub pages: BTreeSet<String>,
}

/// Reads all content under `root`, parsing only files whose modification time or size
/// changed since the last call with `cache`. Problems are collected, not returned early:
/// a file that cannot be read is left out and reported, and the rest is handed on (a
/// partial result), so validation can report its own problems in the same run.
pub fn load(root: &Path, cache: &mut Cache) -> Staged<(Loaded, Changes)> {
    let mut out = Diagnostics::new();
    let (providers, changed_providers) = files::load_dir(root, PROVIDERS_DIR, &mut cache.providers, &mut out);
    let (pages, changed_pages) = files::load_dir(root, PAGES_DIR, &mut cache.pages, &mut out);
    stray::report(root, &mut out);
    let loaded = Loaded {
        life_domains: lists::load(root, LIFE_DOMAINS, &mut out),
        neighbourhoods: lists::load(root, NEIGHBOURHOODS, &mut out),
        vocabulary: if root.join(VOCABULARY).exists() {
            lists::load(root, VOCABULARY, &mut out)
        } else {
            None
        },
        situations: if root.join(SITUATIONS).exists() {
            lists::load(root, SITUATIONS, &mut out)
        } else {
            None
        },
        providers,
        pages,
    };
    let changes = Changes {
        providers: changed_providers,
        pages: changed_pages,
    };
    Staged::partial((loaded, changes), out)
}

/// The content of a site held in memory (for the fuzz targets): the two list files and
/// provider files by slug. Read as [`load`] reads files.
pub fn from_memory(life_domains: &str, neighbourhoods: &str, providers: &[(&str, &[u8])]) -> Staged<Loaded> {
    let mut out = Diagnostics::new();
    let list = |rel: &str, text: &str, out: &mut Diagnostics| {
        SourceFile::from_bytes(rel.to_string(), text.as_bytes().to_vec())
            .map_err(|d| out.push(d))
            .ok()
    };
    let domains =
        list(LIFE_DOMAINS, life_domains, &mut out).and_then(|s| lists::from_source(&s, LIFE_DOMAINS, &mut out));
    let hoods =
        list(NEIGHBOURHOODS, neighbourhoods, &mut out).and_then(|s| lists::from_source(&s, NEIGHBOURHOODS, &mut out));
    let mut files = Vec::new();
    for (slug, bytes) in providers {
        let display = format!("{PROVIDERS_DIR}/{slug}.md");
        match SourceFile::from_bytes(display, bytes.to_vec()) {
            Ok(src) => files.extend(files::from_source(&src, (*slug).to_string(), &mut out).map(Arc::new)),
            Err(d) => out.push(d),
        }
    }
    let loaded = Loaded {
        life_domains: domains,
        neighbourhoods: hoods,
        vocabulary: None,
        situations: None,
        providers: files,
        pages: Vec::new(),
    };
    Staged::partial(loaded, out)
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

    fn load_fresh(root: &Path) -> (Loaded, Diagnostics) {
        let staged = load(root, &mut Cache::default());
        (staged.value.unwrap().0, staged.diagnostics)
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
        let (loaded, diags) = load_fresh(dir.path());
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
        let changes = |cache: &mut Cache| load(dir.path(), cache).value.unwrap();
        assert_eq!(changes(&mut cache).1.providers.len(), 2);
        let (_, none) = changes(&mut cache);
        assert!(none.providers.is_empty() && none.pages.is_empty());
        std::fs::write(
            dir.path().join("content/providers/b.md"),
            b"---\nname: Bee\n---\nTekst!\n",
        )
        .unwrap();
        std::fs::remove_file(dir.path().join("content/providers/a.md")).unwrap();
        let (loaded, changed) = changes(&mut cache);
        assert_eq!(changed.providers.into_iter().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(loaded.providers.len(), 1);
        assert_eq!(loaded.providers[0].raw.name.as_deref(), Some("Bee"));
    }

    #[test]
    fn reports_bad_files_and_goes_on() {
        let dir = site(&[
            ("content/providers/Bad Name.md", b"---\n---\nx"),
            ("content/providers/notes.txt", b"x"),
            ("content/providers/foto.jpg", b"x"),
            ("content/oud.md", b"---\nname: Oud\nkind: union\n---\nTekst\n"),
            ("content/providers/latin1.md", b"---\nname: caf\xe9\n---\n"),
            ("content/providers/good.md", b"---\nname: Goed\n---\nTekst\n"),
        ]);
        let (loaded, diags) = load_fresh(dir.path());
        assert_eq!(loaded.providers.len(), 1);
        let msgs: Vec<String> = diags
            .iter()
            .map(|d| format!("{}: {}", d.path, d.message.english()))
            .collect();
        assert!(
            msgs.iter()
                .any(|m| m.contains("Bad Name.md") && m.contains("cannot be used as an address")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.contains("notes.txt") && m.contains("does not end in .md")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("foto.jpg") && m.contains("ignored")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.contains("content/oud.md") && m.contains("not published")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("latin1.md") && m.contains("UTF-8")),
            "{msgs:?}"
        );
        assert!(msgs.iter().any(|m| m.contains("life-domains.yaml")), "{msgs:?}");
    }
}
