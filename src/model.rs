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

#[derive(Debug, Clone, Serialize)]
pub(crate) struct LifeDomain {
    pub(crate) slug: String,
    pub(crate) name: String,
    pub(crate) description: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Neighbourhood {
    pub(crate) slug: String,
    pub(crate) name: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Address {
    pub(crate) street: String,
    /// Normalised to `1234 AB`.
    pub(crate) postcode: String,
    pub(crate) city: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Contact {
    pub(crate) phone: Option<Phone>,
    pub(crate) email: Option<String>,
    pub(crate) website: Option<String>,
    pub(crate) address: Option<Address>,
}

impl Contact {
    pub(crate) fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.website.is_none() && self.address.is_none()
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct OpeningSlot {
    pub(crate) days: Vec<Weekday>,
    pub(crate) opens: ClockTime,
    pub(crate) closes: ClockTime,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct OpeningHours {
    pub(crate) hours: Vec<OpeningSlot>,
    pub(crate) note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "lowercase")]
pub(crate) enum Complaints {
    Url(String),
    Text(String),
}

#[derive(Debug, Clone)]
pub(crate) struct Provider {
    pub(crate) slug: String,
    pub(crate) name: String,
    pub(crate) summary: String,
    /// Slugs, in the order of `life-domains.yaml`.
    pub(crate) life_domains: Vec<String>,
    pub(crate) kind: Kind,
    pub(crate) last_reviewed: Date,
    /// True when `last_reviewed` is older than the site's limit.
    pub(crate) stale: bool,
    /// Slugs, in the order of `neighbourhoods.yaml`; empty means the whole municipality.
    pub(crate) neighbourhoods: Vec<String>,
    pub(crate) target_groups: Vec<String>,
    /// ISO 639-1 codes, as given.
    pub(crate) languages: Vec<String>,
    pub(crate) contact: Contact,
    pub(crate) opening_hours: Option<OpeningHours>,
    pub(crate) contact_modes: Vec<ContactMode>,
    pub(crate) accessibility: Vec<Accessibility>,
    /// `Some(true)` when the provider declares it is not part of a neighbourhood team.
    pub(crate) independent: Option<bool>,
    pub(crate) complaints: Option<Complaints>,
    pub(crate) helps_with_complaints: bool,
    /// Extra search words, never shown.
    pub(crate) keywords: Vec<String>,
    pub(crate) body: Body,
    /// Earlier slugs, whose addresses lead to this page; valid and unique across the site.
    pub(crate) aliases: Vec<String>,
    /// Path of the source file relative to the site root.
    pub(crate) source: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Page {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) summary: Option<String>,
    /// Position in the footer; lower comes first, then by title.
    pub(crate) order: i64,
    pub(crate) body: Body,
}

#[derive(Debug, Clone)]
pub(crate) struct Site {
    pub(crate) config: Config,
    pub(crate) today: Date,
    /// The date a reproducible build gives its editions (`SOURCE_DATE_EPOCH`), when set.
    pub(crate) source_date: Option<Date>,
    pub(crate) life_domains: Vec<LifeDomain>,
    pub(crate) neighbourhoods: Vec<Neighbourhood>,
    /// Listed providers only, ordered by name (neutrally: nobody is promoted).
    pub(crate) providers: Vec<Provider>,
    pub(crate) pages: Vec<Page>,
    /// The residents' words of `content/zoekwoorden.yaml`.
    pub(crate) vocabulary: Vec<SearchWord>,
    /// Life situations in residents' words (`content/situaties.yaml`), a second way in
    /// beside the life domains, in the file's order.
    pub(crate) situations: Vec<Situation>,
}

/// A life situation ("Ik heb geldzorgen"): a page with a short text, the providers that
/// fit and the words that lead to it; a search with those words shows it first.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Situation {
    pub(crate) slug: String,
    /// In the resident's own words, as they would say it.
    pub(crate) title: String,
    /// A few plain sentences: what this is, what a supporter can do.
    pub(crate) text: String,
    /// Residents' words that lead to it in the search.
    pub(crate) words: Vec<String>,
    /// Providers named by the editors: they fit best and are listed first, in this order.
    pub(crate) providers: Vec<String>,
    /// Every provider of these life domains fits too.
    pub(crate) life_domains: Vec<String>,
    /// And every provider of these kinds.
    pub(crate) kinds: Vec<Kind>,
}

impl Site {
    /// The providers that fit `s`: those it names, in its order, then the others of its
    /// life domains and kinds in the site's (name) order.
    pub(crate) fn situation_providers(&self, s: &Situation) -> Vec<&Provider> {
        let mut out: Vec<&Provider> = s
            .providers
            .iter()
            .filter_map(|slug| self.providers.iter().find(|p| &p.slug == slug))
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
pub(crate) struct SearchWord {
    pub(crate) words: Vec<String>,
    pub(crate) means: Vec<String>,
    /// Where each of `means` stands.
    pub(crate) means_at: Vec<Span>,
    pub(crate) life_domains: Vec<String>,
    pub(crate) kinds: Vec<Kind>,
    pub(crate) contact_modes: Vec<ContactMode>,
    pub(crate) accessibility: Vec<Accessibility>,
    pub(crate) languages: Vec<String>,
    /// Words (folded) that all get the first one as their search term, not their stems.
    pub(crate) own_term: Vec<String>,
    /// Words of a crisis: a search that holds one shows the crisis numbers first.
    pub(crate) crisis: bool,
    /// Whether the words may be offered when nothing is found (not for misspellings).
    pub(crate) suggest: bool,
    /// Where the item stands, for the warning when it finds nobody.
    pub(crate) source: String,
    pub(crate) at: Span,
}

/// The most life domains, neighbourhoods and spoken languages a site may have: the search
/// page keeps each provider's values of one kind as the bits of one 32-bit number.
pub(crate) const MAX_FILTER_VALUES: usize = 32;

impl Site {
    /// The languages the listed providers speak, as sorted ISO 639-1 codes: the choices of
    /// the search filter.
    pub(crate) fn languages(&self) -> Vec<&str> {
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
