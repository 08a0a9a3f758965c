//! The index stage: a tantivy index of the listed providers, built from the site on every
//! build, and a static export of the same index for the browser. The `search` command
//! queries the index with the rules of `query`; the browser client follows the same rules
//! on the export.

pub(crate) mod analyser;
mod compound;
pub(crate) mod export;
pub(crate) mod index;
pub(crate) mod query;
mod vocabulary;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Code, Diagnostic, Staged};
use crate::model::Site;
pub(crate) use export::SearchExport;

/// The site's own lists, kept beside the index so `search` can check filters and order
/// its counts without reading the content again.
const SITE_FILE: &str = "steunwijzer-site.json";

/// The slugs a search may filter on, and the words it knows besides the index's terms.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub(crate) struct SiteLists {
    pub(crate) life_domains: Vec<String>,
    pub(crate) neighbourhoods: Vec<String>,
    pub(crate) languages: Vec<String>,
    /// The vocabulary's `own_term` words and their terms.
    #[serde(default)]
    pub(crate) own_terms: BTreeMap<String, String>,
    /// Words to suggest when nothing is found.
    #[serde(default)]
    pub(crate) known_words: Vec<KnownWord>,
}

impl SiteLists {
    pub(crate) fn own_terms(&self) -> analyser::OwnTerms {
        analyser::OwnTerms::new(self.own_terms.clone())
    }
}

/// A word the search may suggest ("Bedoelde u …?"): a resident's word of the vocabulary
/// or a life domain's name, with the life domains (indexes) it belongs to.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub(crate) struct KnownWord {
    /// As the vocabulary writes it.
    pub(crate) word: String,
    /// Lowercased and folded, to compare with a query word.
    pub(crate) folded: String,
    pub(crate) life_domains: Vec<usize>,
}

impl KnownWord {
    fn new(word: &str, life_domains: Vec<usize>) -> KnownWord {
        KnownWord {
            word: word.to_string(),
            folded: crate::text::fold_lowercase(word),
            life_domains,
        }
    }
}

/// Indexes `site` into the empty folder `dir` (with the site's lists beside it), or in
/// memory when `dir` is None (the live preview never writes an index), and exports the
/// index for the browser. `shown` names the index in messages.
pub(crate) fn index(site: &Site, dir: Option<&Path>, shown: &str) -> Staged<SearchExport> {
    let own = vocabulary::own_terms(site);
    let expanded = vocabulary::expand(site, &own);
    let lists = SiteLists {
        life_domains: site.life_domains.iter().map(|d| d.slug.clone()).collect(),
        neighbourhoods: site.neighbourhoods.iter().map(|n| n.slug.clone()).collect(),
        languages: site.languages().into_iter().map(String::from).collect(),
        own_terms: own.map().clone(),
        known_words: expanded.known,
    };
    let export = match index::build(site, dir, &expanded.words, &expanded.parts, &own)
        .and_then(|idx| export::export(&idx, site, &lists))
    {
        Ok(export) => export,
        Err(e) => {
            let message = format!("cannot build the search index: {e}");
            return Staged::failed(Diagnostic::file_error(Code::IndexFailed, shown, message));
        }
    };
    if let Some(dir) = dir
        && let Err(e) = write_site_lists(&lists, dir)
    {
        let message = format!("cannot write the search index: {e}");
        return Staged::failed(Diagnostic::file_error(Code::WriteFailed, shown, message));
    }
    Staged::checked(Some(export), expanded.warnings.into_iter().collect())
}

fn write_site_lists(lists: &SiteLists, dir: &Path) -> std::io::Result<()> {
    let json = serde_json::to_vec_pretty(lists).map_err(std::io::Error::other)?;
    std::fs::write(dir.join(SITE_FILE), json)
}

/// The lists written beside the index by [`index`]; None when there is no readable index.
pub(crate) fn site_lists(index_dir: &Path) -> Option<SiteLists> {
    let text = std::fs::read_to_string(index_dir.join(SITE_FILE)).ok()?;
    serde_json::from_str(&text).ok()
}
