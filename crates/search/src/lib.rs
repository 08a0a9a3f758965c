//! The index stage: a tantivy index of the listed providers, built from the site on every
//! build, and a static export of the same index for the browser. The `search` command
//! queries the index with the rules of `query`; the browser client follows the same rules
//! on the export.

// The library returns data and never prints; outside tests, nothing a user can influence
// is unwrapped.
#![forbid(unsafe_code)]
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![allow(clippy::result_large_err)]

pub mod analyser;
mod analysis;
mod compound;
pub mod export;
mod incremental;
pub mod index;
mod postings;
pub mod query;
mod vocabulary;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

pub use export::SearchExport;
pub use incremental::Incremental;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, Msg, Staged, os_error};
use steunwijzer_core::model::Site;
use steunwijzer_core::msg;

/// The site's own lists, kept beside the index so `search` can check filters and order
/// its counts without reading the content again.
const SITE_FILE: &str = "steunwijzer-site.json";

/// The slugs a search may filter on, and the words it knows besides the index's terms.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct SiteLists {
    /// Life domain slugs.
    pub life_domains: Vec<String>,
    /// Neighbourhood slugs.
    pub neighbourhoods: Vec<String>,
    /// Each place's bigger place (`part_of`), by slug.
    #[serde(default)]
    pub part_of: BTreeMap<String, String>,
    /// Spoken language codes.
    pub languages: Vec<String>,
    /// The vocabulary's `own_term` words and their terms.
    #[serde(default)]
    pub own_terms: BTreeMap<String, String>,
    /// Words to suggest when nothing is found.
    #[serde(default)]
    pub(crate) known_words: Vec<KnownWord>,
    /// The terms of each crisis word of the vocabulary ([`query::is_crisis`]).
    #[serde(default)]
    pub crisis: Vec<Vec<String>>,
    /// The site's crisis numbers (site.yaml `crisis:`), for the answers that show them.
    #[serde(default)]
    pub help: Vec<HelpLine>,
    /// The life situations and the terms of each of their words ([`query::situations_of`]).
    #[serde(default)]
    pub(crate) situations: Vec<SituationWords>,
    /// Per interface language (site.yaml `languages_ui`), the texts its pages show beside
    /// an answer: what `search --lang-ui` says.
    #[serde(default)]
    pub pages: BTreeMap<String, PageTexts>,
}

/// The texts a page in one interface language shows beside a search answer: the editors'
/// translations where they gave one, else the site's own text (as the page shows it,
/// marked as being in the site's language).
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct PageTexts {
    /// A life situation's title, by slug.
    pub situations: BTreeMap<String, String>,
    /// A life domain's name, by slug.
    pub life_domains: BTreeMap<String, String>,
    /// The crisis numbers.
    pub help: Vec<HelpLine>,
}

/// What a page in `lang` shows of a text with `translations`: the translated `field`,
/// else the site's own `text`.
fn said_in(lang: &str, text: &str, translations: &steunwijzer_core::translations::Translations, field: &str) -> String {
    translations
        .get(lang)
        .and_then(|t| t.get(field))
        .map_or_else(|| text.to_string(), Clone::clone)
}

/// The texts of the pages in each interface language.
fn page_texts(site: &Site) -> BTreeMap<String, PageTexts> {
    let ui = site.config.languages_ui.iter();
    ui.map(|lang| {
        let texts = PageTexts {
            situations: site
                .situations
                .iter()
                .map(|s| (s.slug.clone(), said_in(lang, &s.title, &s.translations, "title")))
                .collect(),
            life_domains: site
                .life_domains
                .iter()
                .map(|d| (d.slug.clone(), said_in(lang, &d.name, &d.translations, "name")))
                .collect(),
            help: site
                .config
                .crisis
                .iter()
                .map(|c| HelpLine {
                    name: said_in(lang, &c.name, &c.translations, "name"),
                    phone: c.phone.display.clone(),
                    when: said_in(lang, &c.when, &c.translations, "when"),
                })
                .collect(),
        };
        (lang.clone(), texts)
    })
    .collect()
}

/// A life situation as the search knows it: its page and the terms of its title and of
/// each of its words (as a query's words are analysed).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct SituationWords {
    pub link: SituationLink,
    pub phrases: Vec<Vec<String>>,
}

/// A life situation a search answer points to, before its results.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SituationLink {
    /// Its page is `situaties/<slug>/`.
    pub slug: String,
    /// In the resident's words ("Ik heb geldzorgen").
    pub title: String,
}

/// A number to call in a crisis, as a search answer gives it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct HelpLine {
    /// Who answers (`113 Zelfmoordpreventie`).
    pub name: String,
    /// The number as written (`0800 0113`).
    pub phone: String,
    /// When to call.
    pub when: String,
}

impl SiteLists {
    /// The residents' words that are search terms of their own.
    pub fn own_terms(&self) -> analyser::OwnTerms {
        analyser::OwnTerms::new(self.own_terms.clone())
    }

    /// `answer` as the page in the interface language `lang` shows it: the situations'
    /// titles and the crisis numbers in its words. False when the site has no pages in `lang`.
    pub fn in_page_language(&self, answer: &mut query::Response, lang: &str) -> bool {
        let Some(texts) = self.pages.get(lang) else {
            return false;
        };
        for s in &mut answer.situations {
            if let Some(title) = texts.situations.get(&s.slug) {
                s.title.clone_from(title);
            }
        }
        if !answer.help.is_empty() {
            answer.help.clone_from(&texts.help);
        }
        true
    }
}

/// A word the search may suggest ("Bedoelde u …?"): a resident's word of the vocabulary
/// or a life domain's name, with the life domains (indexes) it belongs to.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub(crate) struct KnownWord {
    /// As the vocabulary writes it.
    pub word: String,
    /// Lowercased and folded, to compare with a query word.
    pub folded: String,
    pub life_domains: Vec<usize>,
}

impl KnownWord {
    fn new(word: &str, life_domains: Vec<usize>) -> KnownWord {
        KnownWord {
            word: word.to_string(),
            folded: steunwijzer_core::text::fold_lowercase(word),
            life_domains,
        }
    }
}

/// What the index stage warns about (a search word that no listed provider's text uses),
/// without making an index: `check` reports what `build` would.
pub fn warnings(site: &Site) -> Diagnostics {
    let own = vocabulary::own_terms(site);
    let mut kept = Incremental::default();
    let texts = kept.texts(site, &own);
    kept.expand(site, &texts, &own).warnings.into_iter().collect()
}

/// Indexes `site` into the empty folder `dir` (with the site's lists beside it), or only
/// in memory when `dir` is None (the live preview never writes an index), and exports the
/// index for the browser. `shown` names the index in messages. `kept` is what an earlier
/// call kept (the live preview); a build starts from nothing.
pub fn index(site: &Site, dir: Option<&Path>, shown: &str, kept: &mut Incremental) -> Staged<SearchExport> {
    let own = vocabulary::own_terms(site);
    let texts = kept.texts(site, &own);
    let expanded = kept.expand(site, &texts, &own);
    let lists = SiteLists {
        life_domains: site.life_domains.iter().map(|d| d.slug.clone()).collect(),
        neighbourhoods: site.neighbourhoods.iter().map(|n| n.slug.clone()).collect(),
        part_of: site
            .neighbourhoods
            .iter()
            .filter_map(|n| Some((n.slug.clone(), n.part_of.clone()?)))
            .collect(),
        languages: site.languages().into_iter().map(String::from).collect(),
        own_terms: own.map().clone(),
        known_words: expanded.known.clone(),
        crisis: crisis_phrases(site, &own),
        situations: situation_words(site, &own),
        pages: page_texts(site),
        help: site
            .config
            .crisis
            .iter()
            .map(|c| HelpLine {
                name: c.name.clone(),
                phone: c.phone.display.clone(),
                when: c.when.clone(),
            })
            .collect(),
    };
    let failed = |code: Code, error: Msg| {
        let message = if code == Code::IndexFailed {
            msg!("cannot-build-index", error)
        } else {
            msg!("cannot-write-index", error)
        };
        Staged::failed(Diagnostic::file_error(code, shown, message))
    };
    let docs = kept.doc_terms(&own, &texts, expanded.fields());
    // The `search` command's tantivy index, on the other core while the export is made.
    let (tantivy, export) = std::thread::scope(|s| {
        let tantivy = dir.map(|dir| {
            let (docs, own) = (&docs, &own);
            let terms = |doc: usize, field: usize| docs[doc][field].joined();
            s.spawn(move || index::build(site, Some(dir), &terms, own).map(|_| ()))
        });
        let postings = kept.postings(site, docs.clone());
        let export = export::export(postings, site, &lists);
        let tantivy = tantivy.map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        (tantivy, export)
    });
    if let Some(Err(e)) = tantivy {
        return failed(Code::IndexFailed, index_error(&e));
    }
    if let Some(dir) = dir
        && let Err(e) = write_site_lists(&lists, dir)
    {
        return failed(Code::WriteFailed, os_error(&e));
    }
    Staged::checked(Some(export), expanded.warnings.into_iter().collect())
}

/// What went wrong in the search engine, in the catalogue's words (its own are English).
pub fn index_error(e: &tantivy::TantivyError) -> Msg {
    use tantivy::TantivyError as E;
    match e {
        E::IoError(io) => os_error(io),
        E::OpenDirectoryError(_)
        | E::OpenReadError(_)
        | E::OpenWriteError(_)
        | E::IndexAlreadyExists
        | E::LockFailure(..) => msg!("index-files-unusable"),
        E::IncompatibleIndex(_) | E::DataCorruption(_) | E::SchemaError(_) | E::FieldNotFound(_) => {
            msg!("index-other-version")
        }
        _ => msg!("index-internal"),
    }
}

fn write_site_lists(lists: &SiteLists, dir: &Path) -> std::io::Result<()> {
    let json = serde_json::to_vec_pretty(lists).map_err(std::io::Error::other)?;
    std::fs::write(dir.join(SITE_FILE), json)
}

/// The lists written beside the index by [`index`]; None when there is no readable index.
/// The terms of each crisis word of the vocabulary, as a query's words are analysed with
/// their stop words ("wil niet meer leven" is more than "leven").
fn crisis_phrases(site: &Site, own: &analyser::OwnTerms) -> Vec<Vec<String>> {
    let words = site.vocabulary.iter().filter(|v| v.crisis).flat_map(|v| &v.words);
    phrases(words, |w| analyser::all_words(w, own))
}

/// Each situation with the terms of its title and words, stop words left out ("Ik heb
/// geldzorgen" is "geldzorgen").
fn situation_words(site: &Site, own: &analyser::OwnTerms) -> Vec<SituationWords> {
    site.situations
        .iter()
        .map(|s| SituationWords {
            link: SituationLink {
                slug: s.slug.clone(),
                title: s.title.clone(),
            },
            phrases: phrases(std::iter::once(&s.title).chain(&s.words), |w| analyser::words(w, own)),
        })
        .collect()
}

/// The distinct, non-empty term sets of `texts`, each analysed with `analyse`.
fn phrases<'a>(
    texts: impl Iterator<Item = &'a String>,
    analyse: impl Fn(&str) -> Vec<analyser::Word>,
) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for text in texts {
        let mut terms: Vec<String> = analyse(text).into_iter().map(|w| w.term).collect();
        terms.sort();
        terms.dedup();
        if !terms.is_empty() && !out.contains(&terms) {
            out.push(terms);
        }
    }
    out
}

/// The lists an index folder was made with, when it has them.
pub fn site_lists(index_dir: &Path) -> Option<SiteLists> {
    let text = std::fs::read_to_string(index_dir.join(SITE_FILE)).ok()?;
    serde_json::from_str(&text).ok()
}

/// The postings steunwijzer exports and those tantivy indexes for `site`: (terms, tokens
/// per field) of each, to compare.
#[cfg(any(test, feature = "test-support"))]
pub(crate) type Compared = (Vec<(String, u64, String)>, [u64; postings::FIELDS]);

/// Both, for `site`.
#[cfg(any(test, feature = "test-support"))]
#[allow(clippy::unwrap_used)] // test support: a failure is the test's
pub fn exported_and_tantivy(site: &Site) -> (Compared, Compared) {
    let own = vocabulary::own_terms(site);
    let mut kept = Incremental::default();
    let texts = kept.texts(site, &own);
    let expanded = kept.expand(site, &texts, &own);
    let docs = kept.doc_terms(&own, &texts, expanded.fields());
    let tantivy = index::build(site, None, &|doc, field| docs[doc][field].joined(), &own).unwrap();
    let postings = kept.postings(site, docs);
    let terms = postings
        .terms()
        .into_iter()
        .map(|(t, df, j)| (t.to_string(), df, j.to_string()))
        .collect();
    ((terms, postings.total_tokens()), postings::read_tantivy(&tantivy))
}
