//! The validate stage: check what was loaded for meaning and build the `model`. Every
//! problem in every file is reported in one run; a site is made only when there are no
//! errors. Warnings never stop a build.

mod body;
mod fields;
mod lists;
mod page;
mod provider;
mod vocabulary;

use std::collections::{BTreeMap, HashSet};

use crate::config::Config;
use crate::content::Loaded;
use crate::date::Date;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Staged};
use crate::model::{MAX_FILTER_VALUES, Page, Provider, Site};
use crate::paths;
use crate::text;

/// The longest summary allowed, in characters.
pub(crate) const SUMMARY_MAX_CHARS: usize = 200;

/// Checks everything that was loaded and returns the site if there were no errors.
/// The free pages, and every address a link in a text may point to.
fn pages_and_addresses(
    loaded: &Loaded,
    life_domains: &[crate::model::LifeDomain],
    diags: &mut Diagnostics,
) -> (Vec<Page>, HashSet<String>) {
    let mut seen = BTreeMap::new();
    let pages: Vec<Page> = loaded
        .pages
        .iter()
        .filter_map(|f| page::page(f, &mut seen, diags))
        .collect();
    let mut known: HashSet<String> = [paths::HOME, paths::PROVIDERS, paths::NOT_FOUND]
        .map(String::from)
        .into();
    known.extend(loaded.providers.iter().map(|p| paths::provider(&p.slug)));
    known.extend(life_domains.iter().map(|d| paths::life_domain(&d.slug)));
    known.extend(pages.iter().map(|p| paths::page(&p.slug)));
    (pages, known)
}

/// Reports the provider whose languages take the site over [`MAX_FILTER_VALUES`].
fn languages_limit(providers: &[Provider], diags: &mut Diagnostics) {
    let mut seen = HashSet::new();
    for p in providers {
        seen.extend(p.languages.iter().map(String::as_str));
        if seen.len() > MAX_FILTER_VALUES {
            diags.push(
                Diagnostic::file_error(
                    Code::TooMany,
                    &p.source,
                    format!("with this provider the site's providers speak more than {MAX_FILTER_VALUES} languages; the search can filter on at most {MAX_FILTER_VALUES}"),
                )
                .with_hint("list the languages a provider helps in most often"),
            );
            return;
        }
    }
}

/// The free pages site.yaml names (the printed guide's intro, the pages that offer the
/// offline copy and the open data) exist; a missing one is left out of the guide or gets no link, with a
/// warning where site.yaml names it.
fn named_pages(config: &Config, pages: &[Page], diags: &mut Diagnostics) {
    let slugs: Vec<&str> = pages.iter().map(|p| p.slug.as_str()).collect();
    let intro = config
        .print_intro_at
        .map(|at| config.print_intro.iter().map(move |s| (s.as_str(), at)));
    let offline = config.offline_page.as_deref().zip(config.offline_page_at);
    let data = config
        .open_data
        .as_ref()
        .and_then(|d| Some(d.page.as_str()).zip(d.page_at));
    for (slug, at) in intro.into_iter().flatten().chain(offline).chain(data) {
        if !slugs.contains(&slug) {
            let hint = crate::suggest::hint(slug, slugs.iter().copied(), "the free pages are");
            diags.push(
                Diagnostic::warning(
                    Code::InvalidSetting,
                    &config.path,
                    at,
                    format!("there is no free page `{slug}`"),
                )
                .with_hint(hint),
            );
        }
    }
}

pub(crate) fn validate(config: Config, loaded: &Loaded, today: Date) -> Staged<Site> {
    let mut diags = Diagnostics::new();
    let life_domains = loaded
        .life_domains
        .as_ref()
        .map(|f| lists::life_domains(f, &mut diags))
        .unwrap_or_default();
    let neighbourhoods = loaded
        .neighbourhoods
        .as_ref()
        .map(|f| lists::neighbourhoods(f, &mut diags))
        .unwrap_or_default();

    // Pages first: provider bodies may link to them.
    let (pages, known) = pages_and_addresses(loaded, &life_domains, &mut diags);
    let is_known = |p: &str| known.contains(p);
    for file in &loaded.pages {
        body::lint(file, &is_known, &mut diags);
    }

    let ctx = provider::Context {
        domains: life_domains.iter().map(|d| d.slug.as_str()).collect(),
        neighbourhoods: neighbourhoods.iter().map(|n| n.slug.as_str()).collect(),
        today,
        stale_before: today.months_before(config.stale_after_months),
        stale_after_months: config.stale_after_months,
    };
    let mut seen = BTreeMap::new();
    let mut providers = Vec::new();
    for file in &loaded.providers {
        providers.extend(provider::provider(file, &ctx, &mut seen, &mut diags));
        body::lint(file, &is_known, &mut diags);
    }
    languages_limit(&providers, &mut diags);
    let vocabulary = loaded
        .vocabulary
        .as_ref()
        .map(|f| vocabulary::vocabulary(f, &ctx.domains, &mut diags))
        .unwrap_or_default();
    named_pages(&config, &pages, &mut diags);
    if diags.has_errors() {
        return Staged::failed(diags);
    }
    // Neutral order: by name as a reader sorts it, nobody promoted.
    providers.sort_by(|a, b| (text::sort_key(&a.name), &a.slug).cmp(&(text::sort_key(&b.name), &b.slug)));
    let mut pages = pages;
    pages.sort_by_key(|p| (p.order, text::sort_key(&p.title)));
    let site = Site {
        config,
        today,
        life_domains,
        neighbourhoods,
        providers,
        pages,
        vocabulary,
    };
    Staged::checked(Some(site), diags)
}
