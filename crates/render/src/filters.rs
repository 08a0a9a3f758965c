//! The filters of the pages that list providers (a life domain, a situation): where the
//! resident lives, the language they speak, how they want to get in touch. The choices
//! are radio buttons; the web stylesheet hides the cards that do not fit with `:has()`, so
//! they work without JavaScript, and `js/filters.js` counts, keeps the choice in the
//! address and hides cards itself where a browser has no `:has()` (and in the kiosk,
//! whose sheet leaves those rules out: it always runs its scripts).
//!
//! Each card carries what it is filtered on ([`Fits`]); each page offers only the choices
//! that split its list ([`ListFilters`]); the rules for every value of the site come from
//! the theme's `filters.css` template ([`stylesheet`]), joined into the one stylesheet.

use serde::Serialize;
use std::sync::Arc;
use tera::{Context, Tera};

use super::language::Language;
use super::templates;
use super::theme::Theme;
use steunwijzer_core::diagnostic::Diagnostics;
use steunwijzer_core::model::{self, Neighbourhood, Provider, Site};
use steunwijzer_core::values::{ContactMode, DutchName, yaml_name};

/// The theme's template of the filter rules.
const TEMPLATE: &str = "filters.css";

/// A list shorter than this is read at a glance: it has no filters.
const SHORTEST_FILTERED: usize = 4;

/// What a card is filtered on, as space-separated values of its `data-` attributes.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Fits {
    /// The places it names, or `*` for the whole municipality.
    wijk: String,
    /// Those places and the places they lie in (`data-in`): a provider of a buurt lies
    /// within its wijk and town.
    within: String,
    /// Language codes besides Dutch.
    taal: String,
    /// Ways to get in touch (`walk-in phone`).
    contact: String,
}

/// What a card fits; `within`: the places it names and those they lie in
/// ([`Site::places_within`]).
pub(crate) fn fits(p: &Provider, within: &[&str]) -> Fits {
    let wijk = if p.neighbourhoods.is_empty() {
        "*".to_string()
    } else {
        p.neighbourhoods.join(" ")
    };
    let taal: Vec<&str> = p.languages.iter().map(String::as_str).filter(|l| *l != "nl").collect();
    let contact: Vec<String> = p.contact_modes.iter().map(yaml_name).collect();
    Fits {
        wijk,
        within: within.join(" "),
        taal: taal.join(" "),
        contact: contact.join(" "),
    }
}

/// A place as a choice of a form: in the order of the map (each place followed by the
/// places in it, by name), with how deep it lies, the places it lies in and the name of
/// the nearest (shown beside it: "Buurt 12, in Wijk 11").
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub(crate) struct PlaceChoice {
    pub(crate) slug: String,
    pub(crate) name: String,
    /// 0 for a place that lies in none.
    pub(crate) depth: usize,
    /// The places it lies in, nearest first.
    pub(crate) up: Vec<String>,
    /// The name of the place it lies in.
    pub(crate) in_name: Option<String>,
}

/// Every place as a choice, in the order of the map: the places that lie in none by name,
/// each followed by the places in it, by name. Names are compared with their numbers as
/// numbers ("Buurt 9" before "Buurt 10").
pub(crate) fn place_choices(places: &[Neighbourhood]) -> Vec<PlaceChoice> {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); places.len()];
    let mut roots = Vec::new();
    for (i, n) in places.iter().enumerate() {
        match n.parent {
            Some(p) if p < places.len() && p != i => children[p].push(i),
            _ => roots.push(i),
        }
    }
    let by_name = |list: &mut Vec<usize>| list.sort_by_cached_key(|i| natural_key(&places[*i].name));
    by_name(&mut roots);
    children.iter_mut().for_each(by_name);
    let mut out = Vec::with_capacity(places.len());
    let mut seen = vec![false; places.len()];
    // Depth first, without recursion: a stack of (place, depth), last pushed first out.
    let mut stack: Vec<(usize, usize)> = roots.iter().rev().map(|r| (*r, 0)).collect();
    while let Some((i, depth)) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        // By index: looking each place up by its slug made this quadratic in the places.
        let up: Vec<String> = model::up_from(places, i).map(|j| places[j].slug.clone()).collect();
        out.push(PlaceChoice {
            slug: places[i].slug.clone(),
            name: places[i].name.clone(),
            depth,
            in_name: places[i].parent.map(|p| places[p].name.clone()),
            up,
        });
        stack.extend(children[i].iter().rev().map(|c| (*c, depth + 1)));
    }
    out
}

/// A name's sort key: lower case, with each run of digits as a number.
fn natural_key(name: &str) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = Vec::new();
    let mut text = String::new();
    let mut number: Option<u64> = None;
    for c in name.to_lowercase().chars() {
        if let Some(d) = c.to_digit(10) {
            number = Some(number.unwrap_or(0).saturating_mul(10).saturating_add(u64::from(d)));
        } else {
            if let Some(n) = number.take() {
                out.push((std::mem::take(&mut text), n));
            }
            text.push(c);
        }
    }
    out.push((text, number.unwrap_or(0)));
    out
}

/// The choices one list page offers: each group only with values that split its list,
/// so no choice leads to the same list or to a value nobody on it has.
#[derive(Serialize, Default)]
pub(crate) struct ListFilters {
    /// Every place, when at least one provider works in some only.
    neighbourhoods: Vec<PlaceChoice>,
    /// The languages besides Dutch that someone on the list speaks.
    languages: Vec<Language>,
    /// The ways to get in touch some on the list offer and others do not (yaml names;
    /// their words are in the message catalogues, `locales/<language>.ftl`).
    contact_modes: Vec<String>,
    /// Whether the page shows the filters: a group has a choice and the list is long
    /// enough to need them.
    shown: bool,
}

pub(crate) fn list_filters(places: &[Neighbourhood], list: &[&Provider]) -> ListFilters {
    let neighbourhoods = if list.iter().any(|p| !p.neighbourhoods.is_empty()) {
        place_choices(places)
    } else {
        Vec::new()
    };
    let mut codes: Vec<&str> = list
        .iter()
        .flat_map(|p| p.languages.iter().map(String::as_str))
        .filter(|code| *code != "nl")
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let languages: Vec<Language> = codes.into_iter().map(Language::new).collect();
    let contact_modes: Vec<String> = ContactMode::all()
        .iter()
        .filter(|m| {
            let has = list.iter().filter(|p| p.contact_modes.contains(m)).count();
            has > 0 && has < list.len()
        })
        .map(yaml_name)
        .collect();
    let any = !neighbourhoods.is_empty() || !languages.is_empty() || !contact_modes.is_empty();
    ListFilters {
        neighbourhoods,
        languages,
        contact_modes,
        shown: any && list.len() >= SHORTEST_FILTERED,
    }
}

/// The ways of contact some provider offers, in the front matter's order: the choices of
/// the search page's filter.
pub(crate) fn contact_modes(providers: &[Arc<Provider>]) -> Vec<String> {
    ContactMode::all()
        .iter()
        .filter(|m| providers.iter().any(|p| p.contact_modes.contains(m)))
        .map(yaml_name)
        .collect()
}

/// The rules that hide what does not fit, for every value of the site, from the theme's
/// `filters.css`; empty when the theme has no such template.
pub(crate) fn stylesheet(tera: &Tera, theme: &Theme, site: &Site) -> Result<String, Diagnostics> {
    if !theme.templates.contains_key(TEMPLATE) {
        return Ok(String::new());
    }
    let mut ctx = Context::new();
    // Each place with the places it lies in: a card fits when it lies within the place
    // chosen or names a place around it.
    let places: Vec<serde_json::Value> = site
        .neighbourhoods
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let up: Vec<&str> = model::up_from(&site.neighbourhoods, i)
                .map(|j| site.neighbourhoods[j].slug.as_str())
                .collect();
            serde_json::json!({"slug": n.slug, "up": up})
        })
        .collect();
    ctx.insert("places", &places);
    let slugs: Vec<&str> = site.neighbourhoods.iter().map(|n| n.slug.as_str()).collect();
    ctx.insert("neighbourhoods", &slugs);
    let languages: Vec<&str> = site.languages().into_iter().filter(|l| *l != "nl").collect();
    ctx.insert("languages", &languages);
    ctx.insert("contact_modes", ContactMode::NAMES);
    tera.render(TEMPLATE, &ctx)
        .map_err(|e| std::iter::once(templates::error(theme, Some(TEMPLATE), &e)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use steunwijzer_core::markdown::Body;

    fn provider(wijken: &[&str], talen: &[&str], modes: &[ContactMode]) -> Provider {
        Provider {
            slug: "a".into(),
            name: "A".into(),
            name_key: "a".into(),
            summary: String::new(),
            life_domains: Vec::new(),
            kind: steunwijzer_core::values::Kind::Organisation,
            last_reviewed: steunwijzer_core::date::Date::new(2026, 1, 1).unwrap(),
            stale: false,
            neighbourhoods: wijken.iter().map(ToString::to_string).collect(),
            target_groups: Vec::new(),
            languages: talen.iter().map(ToString::to_string).collect(),
            contact: Default::default(),
            opening_hours: None,
            contact_modes: modes.to_vec(),
            accessibility: Vec::new(),
            independent: None,
            complaints: None,
            helps_with_complaints: false,
            keywords: Vec::new(),
            body: Body {
                markdown: String::new(),
                first_line: 1,
            },
            aliases: Vec::new(),
            summaries: std::collections::BTreeMap::new(),
            texts: std::collections::BTreeMap::new(),
            source: String::new(),
        }
    }

    #[test]
    fn a_card_says_what_it_fits() {
        let p = provider(&[], &["nl", "tr"], &[ContactMode::WalkIn, ContactMode::HomeVisit]);
        let f = fits(&p, &[]);
        assert_eq!(
            (f.wijk.as_str(), f.taal.as_str(), f.contact.as_str()),
            ("*", "tr", "walk-in home-visit")
        );
        let q = provider(&["oost", "west"], &["nl"], &[]);
        let f = fits(&q, &["oost", "west", "stad"]);
        assert_eq!((f.wijk.as_str(), f.within.as_str()), ("oost west", "oost west stad"));
    }

    #[test]
    fn a_page_offers_only_choices_that_split_its_list() {
        let wijken = [Neighbourhood {
            part_of: None,
            parent: None,
            slug: "oost".into(),
            name: "Oost".into(),
        }];
        let a = provider(&[], &["nl", "tr"], &[ContactMode::Phone, ContactMode::WalkIn]);
        let b = provider(&[], &["nl"], &[ContactMode::Phone]);
        let c = provider(&["oost"], &["nl", "ar"], &[ContactMode::Phone]);
        let f = list_filters(&wijken, &[&a, &b, &b, &b]);
        // Neither works in one neighbourhood only; both can be called.
        assert!(f.neighbourhoods.is_empty());
        assert_eq!(f.contact_modes, vec!["walk-in"]);
        assert_eq!(
            f.languages.len(),
            1,
            "Turkish only, not the Arabic of a provider elsewhere"
        );
        assert!(f.shown);
        assert_eq!(list_filters(&wijken, &[&a, &b, &c]).neighbourhoods.len(), 1);
        assert!(
            !list_filters(&wijken, &[&a, &b, &c]).shown,
            "three are read at a glance"
        );
        assert!(!list_filters(&wijken, &[&b, &b, &b, &b]).shown, "nothing to choose");
    }
}
