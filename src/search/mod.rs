//! Search by life domain and by words: a tantivy index built from the content on every
//! build, the `search` command, and a static export of the same index for the browser.

pub mod analyser;
pub mod export;
pub mod index;
pub mod query;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Site;
use crate::output;
pub use export::SearchExport;

/// The site's own lists, kept beside the index so `search` can check filters and order
/// its counts without reading the content again.
pub const SITE_FILE: &str = "steunwijzer-site.json";

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct SiteLists {
    pub life_domains: Vec<String>,
    pub neighbourhoods: Vec<String>,
    pub languages: Vec<String>,
}

/// Builds the index in a staging folder next to `index_dir` and exports it. Returns the
/// staging folder (to be swapped in once the site is written) and the export.
pub fn build(site: &Site, index_dir: &Path) -> Result<(PathBuf, SearchExport), String> {
    let staging = output::staging_dir(index_dir).map_err(|e| format!("cannot create the search index folder: {e}"))?;
    let result = (|| -> tantivy::Result<SearchExport> {
        let idx = index::build(site, Some(&staging))?;
        export::export(&idx, site)
    })();
    let lists = SiteLists {
        life_domains: site.life_domains.iter().map(|d| d.slug.clone()).collect(),
        neighbourhoods: site.neighbourhoods.iter().map(|n| n.slug.clone()).collect(),
        languages: {
            let mut l: Vec<String> = site.providers.iter().flat_map(|p| p.languages.clone()).collect();
            l.sort();
            l.dedup();
            l
        },
    };
    let written = serde_json::to_vec_pretty(&lists)
        .map_err(|e| e.to_string())
        .and_then(|json| std::fs::write(staging.join(SITE_FILE), json).map_err(|e| e.to_string()));
    match (result, written) {
        (Ok(export), Ok(())) => Ok((staging, export)),
        (Err(e), _) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(format!("cannot build the search index: {e}"))
        }
        (_, Err(e)) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(format!("cannot write the search index: {e}"))
        }
    }
}

/// The export of an index built in memory, for the live preview.
pub fn export_in_memory(site: &Site) -> Result<SearchExport, String> {
    index::build(site, None)
        .and_then(|idx| export::export(&idx, site))
        .map_err(|e| format!("cannot build the search index: {e}"))
}

/// Reads the lists written by [`build`].
pub fn site_lists(index_dir: &Path) -> Result<SiteLists, String> {
    let text = std::fs::read_to_string(index_dir.join(SITE_FILE)).map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}
