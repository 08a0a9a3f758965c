//! The directory in Open Referral's HSDS 3.0, under `data/hsds/`: every listed provider as
//! one compiled service record (the service with its organization, phones, schedules,
//! service areas, languages, location and taxonomy attributes nested in it), the form the
//! standard's API returns for `/services/{id}` and its tools validate with
//! `compiled/service.json`. Why this form and not the tabular data package, and how each
//! field is filled: docs/open-data.md.
//!
//! Identifiers are UUIDs (version 5) made from the page's address, so the same provider
//! keeps the same ids in every build, and `import hsds` followed by a build gives them back.

mod record;

use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

pub use record::{
    Address, Attribute, CostOption, Language, Location, Organization, Phone, Schedule, Service, ServiceArea,
    ServiceAtLocation, Taxonomy, TaxonomyTerm,
};

use steunwijzer_core::artifact::Artifact;
use steunwijzer_core::config::OpenData;
use steunwijzer_core::languages;
use steunwijzer_core::markdown;
use steunwijzer_core::model::{Complaints, OpeningHours, Provider, Site};
use steunwijzer_core::paths;
use steunwijzer_core::values::{self, DutchName, Weekday};

/// Where the files are, under the site.
pub const DIR: &str = "data/hsds";
/// The taxonomies of the attributes, by name (HSDS `taxonomy`).
pub const LIFE_DOMAINS: &str = "levensgebieden";
/// The HSDS taxonomy of the providers' kinds.
pub const KINDS: &str = "soort-aanbieder";
pub(crate) const CONTACT_MODES: &str = "contactvormen";
pub(crate) const ACCESSIBILITY: &str = "toegankelijkheid";
/// The HSDS taxonomy of contact modes and accessibility.
pub const FEATURES: &str = "kenmerken";
/// The terms of `kenmerken`.
pub const INDEPENDENT: &str = "onafhankelijk";
/// The HSDS attribute: helps with complaints.
pub const HELPS_WITH_COMPLAINTS: &str = "helpt-bij-klachten";
/// The HSDS attribute: the provider's complaints procedure.
pub const COMPLAINTS: &str = "klachtenregeling";
/// What `fees_description` and the cost option say: every listed provider is free.
pub(crate) const FREE: &str = "Gratis";
/// Target groups in `eligibility_description` are joined with this.
pub const GROUP_SEPARATOR: &str = "; ";

/// A term of one of the site's taxonomies.
struct Term {
    taxonomy: &'static str,
    code: String,
    name: String,
    description: String,
}

/// The HSDS 3.0 export of the site (its JSON files).
pub fn files(site: &Site, settings: &OpenData) -> Vec<Artifact> {
    let all = terms(site);
    // Each term's id and record once, not once for every provider that has it.
    let nested: Vec<(&Term, TaxonomyTerm)> = all.iter().map(|t| (t, term(site, t))).collect();
    let services = site.providers.iter().map(|p| service(site, settings, &nested, p));
    let terms = all.iter().map(|t| listed_term(site, t));
    vec![
        Artifact::new(format!("{DIR}/services.json"), page(site.providers.len(), services)),
        Artifact::new(format!("{DIR}/taxonomy_terms.json"), page(terms.len(), terms)),
    ]
}

/// One page of the HSDS API's paginated listing, holding everything, written without
/// spaces. Each record is made and written in turn: at 10,000 providers the records are
/// 33 MB of text, and holding them all as JSON values first took 270 MB more memory.
/// The keys are in alphabetical order, as everywhere in the data files.
fn page<T: Serialize>(n: usize, contents: impl Iterator<Item = T>) -> String {
    let mut out = String::from("{\"contents\":[");
    for (i, record) in contents.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(&record).unwrap_or_default());
    }
    let rest = json!({
        "empty": n == 0, "first_page": true, "last_page": true, "page_number": 1,
        "size": n, "total_items": n, "total_pages": 1,
    });
    // The other keys follow `contents` in the same object.
    let rest = serde_json::to_string(&rest).unwrap_or_default();
    out.push_str("],");
    out.push_str(rest.trim_start_matches('{'));
    out.push('\n');
    out
}

/// A UUID that is the same in every build for the same address and part.
pub fn id(address: &str, part: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, format!("{address}#{part}").as_bytes()).to_string()
}

fn service(site: &Site, settings: &OpenData, terms: &[(&Term, TaxonomyTerm)], p: &Provider) -> Service {
    let url = paths::canonical(&site.config.base_url, &paths::provider(&p.slug));
    let sid = id(&url, "service");
    let some = |s: &str| Some(s.to_string());
    Service {
        assured_date: Some(p.last_reviewed.iso()),
        attributes: attributes(terms, &url, &sid, p),
        cost_options: vec![CostOption {
            amount: Some(0.into()),
            currency: some("EUR"),
            id: Some(id(&url, "cost")),
            option: some(FREE),
            service_id: Some(sid.clone()),
        }],
        description: Some(markdown::plain_blocks(&p.body.markdown)),
        eligibility_description: (!p.target_groups.is_empty()).then(|| p.target_groups.join(GROUP_SEPARATOR)),
        email: p.contact.email.clone(),
        fees_description: some(FREE),
        languages: languages(&url, &sid, p),
        name: Some(p.name.clone()),
        organization: Some(Organization {
            description: Some(p.summary.clone()),
            id: Some(id(&url, "organization")),
            name: Some(p.name.clone()),
            website: p.contact.website.clone(),
            ..Organization::default()
        }),
        organization_id: Some(id(&url, "organization")),
        phones: phones(&url, &sid, p),
        schedules: p
            .opening_hours
            .as_ref()
            .map(|h| schedules(&url, &sid, h))
            .unwrap_or_default(),
        service_areas: areas(site, &url, &sid, p),
        service_at_locations: location(settings, &url, &sid, p),
        status: some("active"),
        url: Some(url),
        id: Some(sid),
        ..Service::default()
    }
}

fn languages(url: &str, sid: &str, p: &Provider) -> Vec<Language> {
    p.languages
        .iter()
        .map(|code| Language {
            code: Some(code.clone()),
            id: Some(id(url, &format!("language-{code}"))),
            name: Some(languages::name_or_code(code).to_string()),
            service_id: Some(sid.to_string()),
        })
        .collect()
}

fn phones(url: &str, sid: &str, p: &Provider) -> Vec<Phone> {
    p.contact
        .phone
        .iter()
        .map(|ph| Phone {
            id: Some(id(url, "phone")),
            number: Some(ph.display.clone()),
            service_id: Some(sid.to_string()),
            kind: Some("voice".into()),
        })
        .collect()
}

/// One weekly schedule per slot, and one with only a description for the note.
fn schedules(url: &str, sid: &str, h: &OpeningHours) -> Vec<Schedule> {
    let mut out: Vec<Schedule> = h
        .hours
        .iter()
        .enumerate()
        .map(|(i, slot)| Schedule {
            byday: Some(slot.days.iter().map(|d| ical_day(*d)).collect::<Vec<_>>().join(",")),
            closes_at: Some(slot.closes.to_string()),
            freq: Some("WEEKLY".into()),
            id: Some(id(url, &format!("schedule-{i}"))),
            opens_at: Some(slot.opens.to_string()),
            service_id: Some(sid.to_string()),
            ..Schedule::default()
        })
        .collect();
    if let Some(note) = &h.note {
        out.push(Schedule {
            description: Some(note.clone()),
            id: Some(id(url, "schedule-note")),
            service_id: Some(sid.to_string()),
            ..Schedule::default()
        });
    }
    out
}

/// The iCalendar name of a weekday (`MO`), as HSDS schedules write it.
pub fn ical_day(d: Weekday) -> &'static str {
    match d {
        Weekday::Monday => "MO",
        Weekday::Tuesday => "TU",
        Weekday::Wednesday => "WE",
        Weekday::Thursday => "TH",
        Weekday::Friday => "FR",
        Weekday::Saturday => "SA",
        Weekday::Sunday => "SU",
    }
}

/// The neighbourhoods, or the whole municipality when the provider names none.
fn areas(site: &Site, url: &str, sid: &str, p: &Provider) -> Vec<ServiceArea> {
    let municipality = &site.config.municipality;
    let area = |part: String, name: &str, description: String| ServiceArea {
        description: Some(description),
        id: Some(id(url, &part)),
        name: Some(name.to_string()),
        service_id: Some(sid.to_string()),
    };
    if p.neighbourhoods.is_empty() {
        return vec![area(
            "area".into(),
            municipality,
            format!("De hele gemeente {municipality}"),
        )];
    }
    p.neighbourhoods
        .iter()
        .filter_map(|slug| site.neighbourhoods.iter().find(|n| &n.slug == slug))
        .map(|n| area(format!("area-{}", n.slug), &n.name, format!("Wijk in {municipality}")))
        .collect()
}

/// The address residents can visit, with its accessibility.
fn location(settings: &OpenData, url: &str, sid: &str, p: &Provider) -> Vec<ServiceAtLocation> {
    let Some(a) = &p.contact.address else {
        return Vec::new();
    };
    let lid = id(url, "location");
    let accessibility = p
        .accessibility
        .iter()
        .map(|v| {
            let code = values::yaml_name(v);
            record::Accessibility {
                description: Some(v.dutch_name()),
                id: Some(id(url, &format!("accessibility-{code}"))),
                details: Some(code),
                location_id: Some(lid.clone()),
            }
        })
        .collect();
    let address = Address {
        address_1: Some(a.street.clone()),
        address_type: Some("physical".into()),
        city: Some(a.city.clone()),
        country: Some("NL".into()),
        id: Some(id(url, "address")),
        location_id: Some(lid.clone()),
        postal_code: Some(a.postcode.clone()),
        state_province: Some(settings.province.clone()),
        ..Address::default()
    };
    vec![ServiceAtLocation {
        id: Some(id(url, "service-at-location")),
        location: Some(Location {
            accessibility,
            addresses: vec![address],
            id: Some(lid.clone()),
            location_type: Some("physical".into()),
            name: Some(p.name.clone()),
            ..Location::default()
        }),
        location_id: Some(lid),
        service_id: Some(sid.to_string()),
        ..ServiceAtLocation::default()
    }]
}

/// The provider's values as taxonomy attributes of the service; `all` holds every term
/// with its record.
fn attributes(all: &[(&Term, TaxonomyTerm)], url: &str, sid: &str, p: &Provider) -> Vec<Attribute> {
    let mut out = Vec::new();
    let mut add = |taxonomy: &str, code: &str, value: Option<&String>| {
        let Some((t, record)) = all.iter().find(|(t, _)| t.taxonomy == taxonomy && t.code == code) else {
            return;
        };
        out.push(Attribute {
            id: Some(id(url, &format!("attribute-{}-{}", t.taxonomy, t.code))),
            link_entity: Some("service".into()),
            link_id: Some(sid.to_string()),
            link_type: Some(t.taxonomy.to_string()),
            taxonomy_term: Some(record.clone()),
            taxonomy_term_id: record.id.clone(),
            value: value.cloned(),
        });
    };
    for d in &p.life_domains {
        add(LIFE_DOMAINS, d, None);
    }
    add(KINDS, &values::yaml_name(&p.kind), None);
    for m in &p.contact_modes {
        add(CONTACT_MODES, &values::yaml_name(m), None);
    }
    for a in &p.accessibility {
        add(ACCESSIBILITY, &values::yaml_name(a), None);
    }
    if p.independent == Some(true) {
        add(FEATURES, INDEPENDENT, None);
    }
    if p.helps_with_complaints {
        add(FEATURES, HELPS_WITH_COMPLAINTS, None);
    }
    if let Some(Complaints::Url(c) | Complaints::Text(c)) = &p.complaints {
        add(FEATURES, COMPLAINTS, Some(c));
    }
    out
}

fn term_id(site: &Site, t: &Term) -> String {
    id(&site.config.base_url, &format!("{}/{}", t.taxonomy, t.code))
}

/// The term as nested in a record: the taxonomy by name only; `taxonomy_terms.json` has
/// its details once (repeating them would double the size of the records).
fn term(site: &Site, t: &Term) -> TaxonomyTerm {
    TaxonomyTerm {
        code: Some(t.code.clone()),
        description: Some(t.description.clone()),
        id: Some(term_id(site, t)),
        language: Some(site.config.language.clone()),
        name: Some(t.name.clone()),
        taxonomy: Some(t.taxonomy.to_string()),
        taxonomy_detail: None,
    }
}

/// The term with its taxonomy's details, for `taxonomy_terms.json`.
fn listed_term(site: &Site, t: &Term) -> TaxonomyTerm {
    TaxonomyTerm {
        taxonomy_detail: Some(Taxonomy {
            description: Some(taxonomy_description(t.taxonomy).to_string()),
            id: Some(id(&site.config.base_url, t.taxonomy)),
            name: Some(t.taxonomy.to_string()),
        }),
        ..term(site, t)
    }
}

fn taxonomy_description(taxonomy: &str) -> &'static str {
    match taxonomy {
        LIFE_DOMAINS => "De negen levensgebieden van het sociaal domein waarop een ondersteuner helpt",
        KINDS => "Wat voor aanbieder het is",
        CONTACT_MODES => "Hoe bewoners contact kunnen opnemen",
        ACCESSIBILITY => "Toegankelijkheid van de plek of de hulp",
        _ => "Kenmerken van de ondersteuning",
    }
}

/// Every term of the site's taxonomies, in a fixed order.
fn terms(site: &Site) -> Vec<Term> {
    let mut out: Vec<Term> = site
        .life_domains
        .iter()
        .map(|d| Term {
            taxonomy: LIFE_DOMAINS,
            code: d.slug.clone(),
            name: d.name.clone(),
            description: d.description.clone(),
        })
        .collect();
    out.extend(value_terms::<values::Kind>(KINDS));
    out.extend(value_terms::<values::ContactMode>(CONTACT_MODES));
    out.extend(value_terms::<values::Accessibility>(ACCESSIBILITY));
    for (code, name) in [
        (INDEPENDENT, "Onafhankelijk: niet van het wijkteam"),
        (HELPS_WITH_COMPLAINTS, "Helpt bij klachten"),
        (COMPLAINTS, "Eigen klachtenregeling"),
    ] {
        out.push(Term {
            taxonomy: FEATURES,
            code: code.into(),
            name: name.into(),
            description: name.into(),
        });
    }
    out
}

fn value_terms<T: DutchName + serde::Serialize>(taxonomy: &'static str) -> impl Iterator<Item = Term> {
    T::all().iter().map(move |v| Term {
        taxonomy,
        code: values::yaml_name(v),
        name: v.dutch_name(),
        description: v.dutch_name(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_uuids_per_address_and_part() {
        let a = id("https://x.nl/aanbieders/a/", "service");
        assert_eq!(a, id("https://x.nl/aanbieders/a/", "service"));
        assert_ne!(a, id("https://x.nl/aanbieders/b/", "service"));
        assert_ne!(a, id("https://x.nl/aanbieders/a/", "organization"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "5");
    }
}
