//! The validated site, made by the validate stage. Everything here has passed validation:
//! slugs exist, addresses and numbers are well formed, dates are real. The later stages
//! trust these types.

use serde::Serialize;

use crate::config::Config;
use crate::date::{ClockTime, Date};
use crate::diagnostic::Span;
use crate::formats::Phone;
use crate::markdown::Body;
use crate::values::{Accessibility, ContactMode, Kind, Weekday};

/// One of the nine life domains of the social domain (`content/life-domains.yaml`).
#[derive(Debug, Clone, Serialize)]
pub struct LifeDomain {
    /// Its name in addresses and in provider files (`wonen`).
    pub slug: String,
    /// The name as people know it.
    pub name: String,
    /// What it covers, in plain words.
    pub description: String,
    /// `name` and `description` in other interface languages.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub translations: crate::translations::Translations,
}

/// The places `slug` lies in, of the list `places`, nearest first, without itself
/// (bounded by the list's length whatever the file says).
pub fn places_up<'a>(places: &'a [Neighbourhood], slug: &str) -> Vec<&'a str> {
    let Some(i) = places.iter().position(|n| n.slug == slug) else {
        return Vec::new();
    };
    up_from(places, i).map(|j| places[j].slug.as_str()).collect()
}

/// The indexes of the places that place `i` of `places` lies in, nearest first (bounded
/// by the list's length: a circle is an error of `check`, and is dropped before this).
pub fn up_from(places: &[Neighbourhood], i: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(places[i].parent, |j| places[*j].parent).take(places.len())
}

/// A neighbourhood of the municipality (`content/neighbourhoods.yaml`).
#[derive(Debug, Clone, Serialize)]
pub struct Neighbourhood {
    /// Its name in addresses and in provider files.
    pub slug: String,
    /// The name as people know it.
    pub name: String,
    /// The slug of the bigger place it lies in (`content/neighbourhoods.yaml`'s
    /// `part_of`), checked: it names another place and makes no circle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// The index of that place in the list.
    #[serde(skip)]
    pub parent: Option<usize>,
}

/// A visiting address.
#[derive(Debug, Clone, Serialize)]
pub struct Address {
    /// Street and number.
    pub street: String,
    /// Normalised to `1234 AB`.
    pub postcode: String,
    /// The place.
    pub city: String,
}

/// A provider's ways to get in touch, each checked.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Contact {
    /// The phone number, as shown and as dialled.
    pub phone: Option<Phone>,
    /// The e-mail address.
    pub email: Option<String>,
    /// The website (http or https).
    pub website: Option<String>,
    /// Where to visit.
    pub address: Option<Address>,
}

impl Contact {
    /// Whether no way to get in touch is given.
    pub fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.website.is_none() && self.address.is_none()
    }
}

/// Days with the same hours.
#[derive(Debug, Clone, Serialize)]
pub struct OpeningSlot {
    /// The days, in week order.
    pub days: Vec<Weekday>,
    /// Opening time.
    pub opens: ClockTime,
    /// Closing time, after `opens`.
    pub closes: ClockTime,
}

/// A provider's opening hours.
#[derive(Debug, Clone, Serialize)]
pub struct OpeningHours {
    /// The slots.
    pub hours: Vec<OpeningSlot>,
    /// A note for people ("on appointment in the evening").
    pub note: Option<String>,
}

/// Where a client can complain about the provider.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "lowercase")]
pub enum Complaints {
    /// A page with the complaints procedure.
    Url(String),
    /// The procedure in words.
    Text(String),
}

/// A listed provider, validated: everything the pages show of it.
#[derive(Debug, Clone)]
pub struct Provider {
    /// Its name in addresses (from the file name).
    pub slug: String,
    /// The name as people know it.
    pub name: String,
    /// The name as a reader sorts it ([`crate::text::sort_key`]), made once: the list
    /// order and the check for names alike use it on every save of the live preview.
    pub name_key: String,
    /// One or two plain sentences.
    pub summary: String,
    /// Slugs, in the order of `life-domains.yaml`.
    pub life_domains: Vec<String>,
    /// What kind of provider it is.
    pub kind: Kind,
    /// When an editor last checked the data.
    pub last_reviewed: Date,
    /// True when `last_reviewed` is older than the site's limit.
    pub stale: bool,
    /// Slugs, in the order of `neighbourhoods.yaml`; empty means the whole municipality.
    pub neighbourhoods: Vec<String>,
    /// For whom ("voor wie"), in the editors' words.
    pub target_groups: Vec<String>,
    /// ISO 639-1 codes, as given.
    pub languages: Vec<String>,
    /// How to get in touch.
    pub contact: Contact,
    /// When it is open.
    pub opening_hours: Option<OpeningHours>,
    /// How clients can reach it (walk-in, phone, home visit…).
    pub contact_modes: Vec<ContactMode>,
    /// What makes it accessible.
    pub accessibility: Vec<Accessibility>,
    /// `Some(true)` when the provider declares it is not part of a neighbourhood team.
    pub independent: Option<bool>,
    /// Its complaints procedure.
    pub complaints: Option<Complaints>,
    /// Whether it helps clients with a complaint about others.
    pub helps_with_complaints: bool,
    /// Extra search words, never shown.
    pub keywords: Vec<String>,
    /// The summary in other interface languages, by language code (`translations:`).
    pub summaries: std::collections::BTreeMap<String, String>,
    /// The Markdown text in other interface languages (`translations: {en: {text: …}}`).
    pub texts: std::collections::BTreeMap<String, String>,
    /// The Markdown text below the front matter.
    pub body: Body,
    /// Earlier slugs, whose addresses lead to this page; valid and unique across the site.
    pub aliases: Vec<String>,
    /// Path of the source file relative to the site root.
    pub source: String,
}

/// A free page (`content/pages/`): about, privacy, accessibility and the like.
#[derive(Debug, Clone)]
pub struct Page {
    /// Its name in addresses (from the file name).
    pub slug: String,
    /// The heading.
    pub title: String,
    /// A line for lists and search engines.
    pub summary: Option<String>,
    /// Position in the footer; lower comes first, then by title.
    pub order: i64,
    /// The Markdown text below the front matter.
    pub body: Body,
    /// `title`, `summary` and `text` (Markdown) in other interface languages.
    pub translations: crate::translations::Translations,
}

/// The whole site, validated: what the index and render stages get.
#[derive(Debug, Clone)]
pub struct Site {
    /// `site.yaml`.
    pub config: Config,
    /// The day of the build, in the municipality's time zone.
    pub today: Date,
    /// The date a reproducible build gives its editions (`SOURCE_DATE_EPOCH`), when set.
    pub source_date: Option<Date>,
    /// The life domains, in the file's order.
    pub life_domains: Vec<LifeDomain>,
    /// The neighbourhoods, in the file's order.
    pub neighbourhoods: Vec<Neighbourhood>,
    /// Listed providers only, ordered by name (neutrally: nobody is promoted).
    pub providers: Vec<std::sync::Arc<Provider>>,
    /// The free pages.
    pub pages: Vec<Page>,
    /// The residents' words of `content/zoekwoorden.yaml`.
    pub vocabulary: Vec<SearchWord>,
    /// Life situations in residents' words (`content/situaties.yaml`), a second way in
    /// beside the life domains, in the file's order.
    pub situations: Vec<Situation>,
}

/// A life situation ("Ik heb geldzorgen"): a page with a short text, the providers that
/// fit and the words that lead to it; a search with those words shows it first.
#[derive(Debug, Clone, Serialize)]
pub struct Situation {
    /// Its name in addresses.
    pub slug: String,
    /// In the resident's own words, as they would say it.
    pub title: String,
    /// A few plain sentences: what this is, what a supporter can do.
    pub text: String,
    /// Residents' words that lead to it in the search.
    pub words: Vec<String>,
    /// Providers named by the editors: they fit best and are listed first, in this order.
    pub providers: Vec<String>,
    /// Every provider of these life domains fits too.
    pub life_domains: Vec<String>,
    /// And every provider of these kinds.
    pub kinds: Vec<Kind>,
    /// `title` and `text` in other interface languages.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub translations: crate::translations::Translations,
}

impl Site {
    /// The providers that fit `s`: those it names, in its order, then the others of its
    /// life domains and kinds in the site's (name) order.
    pub fn situation_providers(&self, s: &Situation) -> Vec<&Provider> {
        let mut out: Vec<&Provider> = s
            .providers
            .iter()
            .filter_map(|slug| self.providers.iter().find(|p| &p.slug == slug))
            .map(|p| &**p)
            .collect();
        for p in &self.providers {
            let fits = p.life_domains.iter().any(|d| s.life_domains.contains(d)) || s.kinds.contains(&p.kind);
            if fits && !s.providers.contains(&p.slug) {
                out.push(p);
            }
        }
        out
    }
}

/// Residents' words and the providers they find (`content/zoekwoorden.yaml`).
#[derive(Debug, Clone, Default)]
pub struct SearchWord {
    /// Residents' words (or phrases).
    pub words: Vec<String>,
    /// What they mean: the words the search looks for instead.
    pub means: Vec<String>,
    /// Where each of `means` stands.
    pub means_at: Vec<Span>,
    /// Life domains (slugs) they lead to.
    pub life_domains: Vec<String>,
    /// Kinds of provider they lead to.
    pub kinds: Vec<Kind>,
    /// How clients can reach it (walk-in, phone, home visit…).
    pub contact_modes: Vec<ContactMode>,
    /// What makes it accessible.
    pub accessibility: Vec<Accessibility>,
    /// Spoken languages (ISO 639-1) they lead to.
    pub languages: Vec<String>,
    /// Words (folded) that all get the first one as their search term, not their stems.
    pub own_term: Vec<String>,
    /// Words of a crisis: a search that holds one shows the crisis numbers first.
    pub crisis: bool,
    /// Whether the words may be offered when nothing is found (not for misspellings).
    pub suggest: bool,
    /// Where the item stands, for the warning when it finds nobody.
    pub source: String,
    /// Where in `source`.
    pub at: Span,
}

/// The most life domains a site may have: the search page keeps each provider's life
/// domains as the bits of one 32-bit number (the social domain has nine).
pub const MAX_FILTER_VALUES: usize = 32;

/// How many times the site's providers the repeated whole-region providers may add to
/// the municipalities' parts of a region's site ([`Site::region_wide_repeated`]).
pub const REGION_REPEAT: usize = 2;

/// The most places (`content/neighbourhoods.yaml`) a site may have: a region's or the
/// country's towns and wijken (2,500: a province's wijken, or every Dutch town). The search keeps
/// each provider's own places as a list, so any number works; this bounds the work of a
/// hostile file, within the YAML reader's 20,000 values (eight to a place with `part_of`).
pub const MAX_PLACES: usize = 2_500;

impl Site {
    /// The place at index `i` and the places it lies in, nearest first (bounded by the
    /// list's length whatever the file says: a circle is an error of `check`, and is
    /// dropped before this).
    fn around(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(i).chain(up_from(&self.neighbourhoods, i))
    }

    fn place(&self, slug: &str) -> Option<usize> {
        self.neighbourhoods.iter().position(|n| n.slug == slug)
    }

    /// Whether the places are of more than one level: a region's or the country's
    /// municipalities, or `part_of` in `neighbourhoods.yaml`. They are then "plaatsen", not
    /// "wijken".
    pub fn places_nested(&self) -> bool {
        self.config.scope != crate::config::Scope::Municipality
            || self.neighbourhoods.iter().any(|n| n.part_of.is_some())
    }

    /// Whether each municipality's part of a region's or the country's site (its page,
    /// its printed guide, its open data) repeats the providers of the whole region: while
    /// the copies add at most [`REGION_REPEAT`] times the site's providers. A region whose
    /// whole-region providers are a few helplines repeats them for every municipality; a
    /// site where a third of 10,000 providers name no place, with 15 municipalities,
    /// would have printed 50,000 entries more (3.8 GB of PDFs, 15 minutes): its
    /// whole-region providers get a part of their own instead.
    pub fn region_wide_repeated(&self) -> bool {
        let towns = self.neighbourhoods.iter().filter(|n| n.parent.is_none()).count();
        let wide = self.providers.iter().filter(|p| p.neighbourhoods.is_empty()).count();
        wide.saturating_mul(towns.saturating_sub(1)) <= REGION_REPEAT.saturating_mul(self.providers.len())
    }

    /// A region's or the country's municipalities (the places of `neighbourhoods.yaml`
    /// that lie in no other, in the list's order), each with the providers that serve it:
    /// those with a place in it, and those that name no place (the whole region) when
    /// they are repeated ([`Site::region_wide_repeated`]). Empty for a municipality's site.
    pub fn per_municipality(&self) -> Vec<(usize, Vec<usize>)> {
        if self.config.scope == crate::config::Scope::Municipality {
            return Vec::new();
        }
        let repeated = self.region_wide_repeated();
        let places = &self.neighbourhoods;
        let index: std::collections::HashMap<&str, usize> =
            places.iter().enumerate().map(|(i, n)| (n.slug.as_str(), i)).collect();
        let mut out: Vec<(usize, Vec<usize>)> = (0..places.len())
            .filter(|&i| places[i].parent.is_none())
            .map(|i| (i, Vec::new()))
            .collect();
        let at: std::collections::HashMap<usize, usize> = out.iter().enumerate().map(|(k, (i, _))| (*i, k)).collect();
        for (pi, p) in self.providers.iter().enumerate() {
            let mut roots: Vec<usize> = p
                .neighbourhoods
                .iter()
                .filter_map(|s| index.get(s.as_str()))
                .filter_map(|&i| at.get(&up_from(places, i).last().unwrap_or(i)).copied())
                .collect();
            if p.neighbourhoods.is_empty() && repeated {
                roots = (0..out.len()).collect();
            }
            roots.sort_unstable();
            roots.dedup();
            for k in roots {
                out[k].1.push(pi);
            }
        }
        out
    }

    /// The places `named` and the places they lie in, in the list's order: a provider of
    /// the Boerhaavewijk lies within Schalkwijk. Empty for none (the whole municipality).
    pub fn places_within(&self, named: &[String]) -> Vec<&str> {
        let mut within = vec![false; self.neighbourhoods.len()];
        for i in named.iter().filter_map(|s| self.place(s)) {
            self.around(i).for_each(|j| within[j] = true);
        }
        self.neighbourhoods
            .iter()
            .zip(within)
            .filter(|(_, w)| *w)
            .map(|(n, _)| n.slug.as_str())
            .collect()
    }

    /// The places `slug` lies in, nearest first, without itself.
    pub fn places_up(&self, slug: &str) -> Vec<&str> {
        places_up(&self.neighbourhoods, slug)
    }

    /// The languages the listed providers speak, as sorted ISO 639-1 codes: the choices of
    /// the search filter.
    pub fn languages(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self
            .providers
            .iter()
            .flat_map(|p| p.languages.iter().map(String::as_str))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }
}
