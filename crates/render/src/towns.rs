//! The municipalities of a region's or the country's site, each with its part of the
//! site: its own page (`gemeente/<slug>/`, "Hulp in Zaanstad": its front door, its
//! printed guide, its open data and the providers that serve it) and the pages of the
//! providers whose places all lie in it. A part shows the municipality's own logo and
//! front door when site.yaml's `municipalities:` gives them, and its pages carry
//! `data-gemeente="<slug>"`, so the site's stylesheet can give it its own colours.
//!
//! A municipality's site has none of this: its places are wijken and buurten.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

use super::printer::Printed;
use super::views::{self, FrontDoor};
use steunwijzer_core::model::{Site, up_from};
use steunwijzer_core::paths;

/// The municipalities, with which one each provider's part is.
#[derive(Default)]
pub(crate) struct Towns<'a> {
    pub(crate) list: Vec<Town<'a>>,
    /// By provider slug: the municipality (an index into `list`) all its places lie in.
    /// Providers of the whole region, or of places in two municipalities, have none.
    of_provider: HashMap<&'a str, usize>,
    /// The whole region's providers when they are too many to repeat on every
    /// municipality's page (`Site::region_wide_repeated`): each page says where they are.
    pub(crate) region_wide: Option<RegionWide>,
}

/// The whole region's providers, when the municipalities' pages do not list them: how
/// many, and their own printed guide and leaflets (shaped as `print`).
#[derive(Serialize)]
pub(crate) struct RegionWide {
    count: usize,
    print: Value,
}

/// One municipality and its part of the site.
pub(crate) struct Town<'a> {
    /// Its index in `site.neighbourhoods`.
    pub(crate) place: usize,
    /// What its pages tell the templates as `part`.
    pub(crate) part: Part<'a>,
    /// The providers that serve it (indexes into `site.providers`, A–Z): those with a
    /// place in it and those of the whole region.
    pub(crate) providers: Vec<usize>,
    /// Its own front door, when site.yaml gives one; else the site's.
    pub(crate) front_door: Option<Vec<FrontDoor<'a>>>,
    /// Its printed guide and leaflets, as its page's `print`.
    pub(crate) print: Value,
}

/// A municipality's part, as a page's template gets it (`part`).
#[derive(Serialize, Clone)]
pub(crate) struct Part<'a> {
    pub(crate) slug: &'a str,
    pub(crate) name: &'a str,
    /// Its page, from the site root.
    pub(crate) path: String,
    /// Its logo's path below the site root (`assets/zaanstad.svg`), in place of the site's.
    logo: Option<String>,
    /// Its open data files, when the build makes them.
    data: Option<DataLinks>,
    /// How many providers serve it.
    count: usize,
}

#[derive(Serialize, Clone)]
struct DataLinks {
    json: String,
    csv: String,
}

impl<'a> Towns<'a> {
    /// The municipalities of `site` (none on a municipality's site), with their printed
    /// editions from `print`; `open_data` when the build makes the open data files.
    pub(crate) fn of(site: &'a Site, print: &Printed, open_data: bool) -> Towns<'a> {
        let per = site.per_municipality();
        if per.is_empty() {
            return Towns::default();
        }
        let list: Vec<Town<'a>> = per
            .into_iter()
            .map(|(m, providers)| town(site, m, providers, print, open_data))
            .collect();
        let at: HashMap<usize, usize> = list.iter().enumerate().map(|(k, t)| (t.place, k)).collect();
        let index: HashMap<&str, usize> = site
            .neighbourhoods
            .iter()
            .enumerate()
            .map(|(i, n)| (n.slug.as_str(), i))
            .collect();
        let places = &site.neighbourhoods;
        let of_provider = site
            .providers
            .iter()
            .filter_map(|p| {
                let mut towns = p
                    .neighbourhoods
                    .iter()
                    .filter_map(|s| index.get(s.as_str()).copied())
                    .map(|i| up_from(places, i).last().unwrap_or(i));
                let first = towns.next()?;
                let one = towns.all(|t| t == first);
                Some((p.slug.as_str(), *at.get(&first)?)).filter(|_| one)
            })
            .collect();
        let region_wide = (!site.region_wide_repeated()).then(|| RegionWide {
            count: site.providers.iter().filter(|p| p.neighbourhoods.is_empty()).count(),
            print: serde_json::to_value(&print.whole).unwrap_or_default(),
        });
        Towns {
            list,
            of_provider,
            region_wide,
        }
    }

    /// The municipality whose part the provider `slug`'s page is, if one.
    pub(crate) fn of_provider(&self, slug: &str) -> Option<&Town<'a>> {
        self.of_provider.get(slug).map(|&k| &self.list[k])
    }

    /// The municipalities as the home page lists them, A–Z.
    pub(crate) fn parts(&self) -> Vec<&Part<'a>> {
        let mut parts: Vec<&Part<'a>> = self.list.iter().map(|t| &t.part).collect();
        parts.sort_by_cached_key(|p| steunwijzer_core::text::sort_key(p.name));
        parts
    }
}

fn town<'a>(site: &'a Site, m: usize, providers: Vec<usize>, print: &Printed, open_data: bool) -> Town<'a> {
    let place = &site.neighbourhoods[m];
    let own = site.config.municipalities.iter().find(|p| p.slug == place.slug);
    let dir = format!("data/gemeente/{}", place.slug);
    let editions = print.municipalities.get(&place.slug).cloned().unwrap_or_default();
    Town {
        place: m,
        part: Part {
            slug: &place.slug,
            name: &place.name,
            path: paths::municipality(&place.slug),
            logo: own.and_then(|p| p.logo.as_ref()).map(|l| format!("assets/{l}")),
            data: open_data.then(|| DataLinks {
                json: format!("{dir}/aanbieders.json"),
                csv: format!("{dir}/aanbieders.csv"),
            }),
            count: providers.len(),
        },
        providers,
        front_door: own
            .filter(|p| !p.front_door.is_empty())
            .map(|p| views::front_door_of(site, &p.front_door)),
        print: serde_json::to_value(&editions).unwrap_or_default(),
    }
}
