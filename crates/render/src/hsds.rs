//! The directory in Open Referral's HSDS 3.0, under `data/hsds/`: every listed provider as
//! one compiled service record (the service with its organization, phones, schedules,
//! service areas, languages, location and taxonomy attributes nested in it), the form the
//! standard's API returns for `/services/{id}` and its tools validate with
//! `compiled/service.json`. Why this form and not the tabular data package, and how each
//! field is filled: docs/open-data.md.
//!
//! Identifiers are UUIDs (version 5) made from the page's address, so the same provider
//! keeps the same ids in every build, and `import hsds` followed by a build gives them back.

use serde_json::{Value, json};
use uuid::Uuid;

use steunwijzer_core::artifact::Artifact;
use steunwijzer_core::config::OpenData;
use steunwijzer_core::languages;
use steunwijzer_core::markdown;
use steunwijzer_core::model::{OpeningHours, Provider, Site};
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
    let nested: Vec<(&Term, String, Value)> = all.iter().map(|t| (t, term_id(site, t), term(site, t))).collect();
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
fn page(n: usize, contents: impl Iterator<Item = Value>) -> String {
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

fn service(site: &Site, settings: &OpenData, terms: &[(&Term, String, Value)], p: &Provider) -> Value {
    let url = paths::canonical(&site.config.base_url, &paths::provider(&p.slug));
    let sid = id(&url, "service");
    let mut s = json!({
        "id": sid,
        "organization_id": id(&url, "organization"),
        "name": p.name,
        "description": markdown::plain_blocks(&p.body.markdown),
        "url": url,
        "status": "active",
        "fees_description": FREE,
        "assured_date": p.last_reviewed.iso(),
        "organization": {
            "id": id(&url, "organization"),
            "name": p.name,
            "description": p.summary,
        },
        "phones": phones(&url, &sid, p),
        "schedules": p.opening_hours.as_ref().map(|h| schedules(&url, &sid, h)).unwrap_or_default(),
        "service_areas": areas(site, &url, &sid, p),
        "languages": p.languages.iter().map(|code| json!({
            "id": id(&url, &format!("language-{code}")),
            "service_id": sid,
            "name": languages::name_or_code(code),
            "code": code,
        })).collect::<Vec<_>>(),
        "service_at_locations": location(settings, &url, &sid, p),
        "cost_options": [{
            "id": id(&url, "cost"), "service_id": sid, "option": FREE, "amount": 0, "currency": "EUR",
        }],
        "attributes": attributes(terms, &url, &sid, p),
    });
    if !p.target_groups.is_empty() {
        s["eligibility_description"] = json!(p.target_groups.join(GROUP_SEPARATOR));
    }
    if let Some(email) = &p.contact.email {
        s["email"] = json!(email);
    }
    if let Some(website) = &p.contact.website {
        s["organization"]["website"] = json!(website);
    }
    s
}

fn phones(url: &str, sid: &str, p: &Provider) -> Vec<Value> {
    p.contact
        .phone
        .iter()
        .map(|ph| json!({"id": id(url, "phone"), "service_id": sid, "number": ph.display, "type": "voice"}))
        .collect()
}

/// One weekly schedule per slot, and one with only a description for the note.
fn schedules(url: &str, sid: &str, h: &OpeningHours) -> Vec<Value> {
    let mut out: Vec<Value> = h
        .hours
        .iter()
        .enumerate()
        .map(|(i, slot)| {
            json!({
                "id": id(url, &format!("schedule-{i}")),
                "service_id": sid,
                "freq": "WEEKLY",
                "byday": slot.days.iter().map(|d| ical_day(*d)).collect::<Vec<_>>().join(","),
                "opens_at": slot.opens.to_string(),
                "closes_at": slot.closes.to_string(),
            })
        })
        .collect();
    if let Some(note) = &h.note {
        out.push(json!({"id": id(url, "schedule-note"), "service_id": sid, "description": note}));
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
fn areas(site: &Site, url: &str, sid: &str, p: &Provider) -> Vec<Value> {
    let municipality = &site.config.municipality;
    if p.neighbourhoods.is_empty() {
        return vec![json!({
            "id": id(url, "area"), "service_id": sid, "name": municipality,
            "description": format!("De hele gemeente {municipality}"),
        })];
    }
    p.neighbourhoods
        .iter()
        .filter_map(|slug| site.neighbourhoods.iter().find(|n| &n.slug == slug))
        .map(|n| {
            json!({
                "id": id(url, &format!("area-{}", n.slug)), "service_id": sid, "name": n.name,
                "description": format!("Wijk in {municipality}"),
            })
        })
        .collect()
}

/// The address residents can visit, with its accessibility.
fn location(settings: &OpenData, url: &str, sid: &str, p: &Provider) -> Vec<Value> {
    let Some(a) = &p.contact.address else {
        return Vec::new();
    };
    let lid = id(url, "location");
    let accessibility: Vec<Value> = p
        .accessibility
        .iter()
        .map(|v| {
            let code = values::yaml_name(v);
            json!({
                "id": id(url, &format!("accessibility-{code}")), "location_id": lid,
                "description": v.dutch_name(), "details": code,
            })
        })
        .collect();
    vec![json!({
        "id": id(url, "service-at-location"),
        "service_id": sid,
        "location_id": lid,
        "location": {
            "id": lid,
            "location_type": "physical",
            "name": p.name,
            "addresses": [{
                "id": id(url, "address"), "location_id": lid, "address_1": a.street, "city": a.city,
                "state_province": settings.province, "postal_code": a.postcode, "country": "NL",
                "address_type": "physical",
            }],
            "accessibility": accessibility,
        },
    })]
}

/// The provider's values as taxonomy attributes of the service; `all` holds every term
/// with its id and record.
fn attributes(all: &[(&Term, String, Value)], url: &str, sid: &str, p: &Provider) -> Vec<Value> {
    let mut out = Vec::new();
    let mut add = |taxonomy: &str, code: &str, value: Option<&String>| {
        let Some((t, term_id, record)) = all.iter().find(|(t, ..)| t.taxonomy == taxonomy && t.code == code) else {
            return;
        };
        let mut a = json!({
            "id": id(url, &format!("attribute-{}-{}", t.taxonomy, t.code)),
            "link_id": sid, "link_type": t.taxonomy, "link_entity": "service",
            "taxonomy_term_id": term_id, "taxonomy_term": record,
        });
        if let Some(v) = value {
            a["value"] = json!(v);
        }
        out.push(a);
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
    if let Some(steunwijzer_core::model::Complaints::Url(c) | steunwijzer_core::model::Complaints::Text(c)) =
        &p.complaints
    {
        add(FEATURES, COMPLAINTS, Some(c));
    }
    out
}

fn term_id(site: &Site, t: &Term) -> String {
    id(&site.config.base_url, &format!("{}/{}", t.taxonomy, t.code))
}

/// The term as nested in a record: the taxonomy by name only; `taxonomy_terms.json` has
/// its details once (repeating them would double the size of the records).
fn term(site: &Site, t: &Term) -> Value {
    json!({
        "id": term_id(site, t), "code": t.code, "name": t.name, "description": t.description,
        "taxonomy": t.taxonomy, "language": site.config.language,
    })
}

/// The term with its taxonomy's details, for `taxonomy_terms.json`.
fn listed_term(site: &Site, t: &Term) -> Value {
    let mut v = term(site, t);
    v["taxonomy_detail"] = json!({
        "id": id(&site.config.base_url, t.taxonomy), "name": t.taxonomy,
        "description": taxonomy_description(t.taxonomy),
    });
    v
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
        name: v.dutch_name().to_string(),
        description: v.dutch_name().to_string(),
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
