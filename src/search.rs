//! `search`: a query on the index `build` wrote, as the site's search page answers it, in
//! the site's language or in one of its interface languages (`--lang-ui`).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use steunwijzer_core::config;
use steunwijzer_core::diagnostic::{Arg, IntoArg, Msg};
use steunwijzer_core::i18n::Catalogue;
use steunwijzer_core::msg;
use steunwijzer_core::suggest;
use steunwijzer_core::values::{ContactMode, DutchName};
use steunwijzer_render::{self as render, Theme};
use steunwijzer_search::query::{self, Request, Response};
use steunwijzer_search::{self as search, index};

use crate::pipeline::INDEX_DIR;

/// Why a search could not run.
#[derive(Debug)]
pub enum SearchError {
    /// A filter value the site does not have: the message that says so, with a hint.
    UnknownFilter(Msg),
    /// No index in this folder: the site was not built.
    NoIndex(PathBuf),
    /// The index is there but cannot be read.
    Unreadable(tantivy::TantivyError),
    /// The words of the site's pages (its theme's catalogues) cannot be read.
    Theme,
}

impl SearchError {
    /// True when the command line is wrong, not the index.
    pub fn is_usage(&self) -> bool {
        matches!(self, SearchError::UnknownFilter(..))
    }

    /// What is wrong, in the command line's catalogues.
    pub fn message(&self) -> Msg {
        match self {
            SearchError::UnknownFilter(m) => m.clone(),
            SearchError::NoIndex(dir) => msg!("search-no-index", dir = dir.display()),
            SearchError::Unreadable(error) => msg!(
                "search-index-unreadable",
                error = steunwijzer_search::index_error(error)
            ),
            SearchError::Theme => msg!("search-theme-unreadable"),
        }
    }
}

impl fmt::Display for SearchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for SearchError {}

/// Runs a search on the index `build` wrote for the site at `root`.
pub fn search(root: &Path, req: &Request) -> Result<Response, SearchError> {
    let (dir, lists) = site_lists(root)?;
    run(&dir, &lists, req)
}

/// The index's folder and the site's lists beside it.
fn site_lists(root: &Path) -> Result<(PathBuf, search::SiteLists), SearchError> {
    let dir = root.join(INDEX_DIR);
    let lists = search::site_lists(&dir).ok_or_else(|| SearchError::NoIndex(dir.clone()))?;
    Ok((dir, lists))
}

/// The answer to `req` on the index in `dir`, its filters checked against `lists`.
fn run(dir: &Path, lists: &search::SiteLists, req: &Request) -> Result<Response, SearchError> {
    known_filter("search-unknown-life-domain", &req.life_domains, &lists.life_domains)?;
    known_filter(
        "search-unknown-neighbourhood",
        &req.neighbourhoods,
        &lists.neighbourhoods,
    )?;
    known_filter("search-unknown-language", &req.languages, &lists.languages)?;
    let ways: Vec<String> = ContactMode::NAMES.iter().map(ToString::to_string).collect();
    known_filter("search-unknown-contact-mode", &req.contact_modes, &ways)?;
    let index = index::open(dir, &lists.own_terms()).map_err(|_| SearchError::NoIndex(dir.to_path_buf()))?;
    query::run(&index, req, lists).map_err(SearchError::Unreadable)
}

/// Refuses a filter value the site does not have with the message `id`, suggesting the
/// one meant.
fn known_filter(id: &'static str, given: &[String], known: &[String]) -> Result<(), SearchError> {
    match given.iter().find(|g| !known.contains(g)) {
        None => Ok(()),
        Some(value) => {
            let hint = suggest::hint(value, known.iter().map(String::as_str), suggest::Otherwise::ChooseFrom);
            let value = value.as_str();
            Err(SearchError::UnknownFilter(Msg::new(
                id,
                vec![("value", value.into_arg()), ("hint", (&hint).into_arg())],
            )))
        }
    }
}

/// The words of the site's pages in one interface language: what its search page says
/// about an answer (`js-found`, `js-partly`, …, from the theme's catalogues and the site's).
pub struct PageWords {
    catalogue: Arc<Catalogue>,
    lang: String,
    life_domains: std::collections::BTreeMap<String, String>,
}

impl PageWords {
    /// The page's message `id` with `args`; the id itself when no catalogue has it. Without
    /// the marks that isolate an argument's direction on a page (U+2068, U+2069): a
    /// terminal shows them as codes.
    pub fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let said = self
            .catalogue
            .format(&self.lang, id, args)
            .unwrap_or_else(|_| id.to_string());
        said.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// The language's code (`ar`).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// A life domain's name as the pages in this language show it.
    pub fn life_domain(&self, slug: &str) -> Option<&str> {
        self.life_domains.get(slug).map(String::as_str)
    }
}

/// Runs a search as the site's search page in the interface language `lang` answers it:
/// the same results (one index for every language), the situations and crisis numbers in
/// that language's words where the editors gave them, and the page's words to say it.
pub fn search_in(root: &Path, req: &Request, lang: &str) -> Result<(Response, PageWords), SearchError> {
    let (dir, lists) = site_lists(root)?;
    // The language first: a wrong code is refused before the index is opened.
    if !lists.pages.contains_key(lang) {
        let known: Vec<&str> = lists.pages.keys().map(String::as_str).collect();
        let hint = suggest::hint(lang, known.iter().copied(), suggest::Otherwise::ChooseFrom);
        return Err(SearchError::UnknownFilter(msg!(
            "search-unknown-ui-language",
            value = lang,
            hint
        )));
    }
    let mut answer = run(&dir, &lists, req)?;
    lists.in_page_language(&mut answer, lang);
    let config = config::load(root, None).value.ok_or(SearchError::Theme)?;
    let theme = Theme::load(root, &config.theme, config.theme_at)
        .value
        .ok_or(SearchError::Theme)?;
    let catalogue = render::page_words(&config, &theme);
    let life_domains = lists
        .pages
        .get(lang)
        .map(|t| t.life_domains.clone())
        .unwrap_or_default();
    Ok((
        answer,
        PageWords {
            catalogue,
            lang: lang.to_string(),
            life_domains,
        },
    ))
}
