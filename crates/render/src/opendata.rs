//! The directory as data for partners, under `data/`: `aanbieders.json` (everything a
//! listed provider's page shows, in a documented, versioned structure) and
//! `aanbieders.csv` (one row per provider, for a spreadsheet). Only listed providers are
//! in the model, so nothing the site does not publish leaves through these files.

use serde::Serialize;
use serde_json::{Value, json};

use steunwijzer_core::artifact::Artifact;
use steunwijzer_core::config::OpenData;
use steunwijzer_core::date::Date;
use steunwijzer_core::languages;
use steunwijzer_core::markdown;
use steunwijzer_core::model::{self, Complaints, Neighbourhood, OpeningHours, Provider, Site};
use steunwijzer_core::paths;
use steunwijzer_core::values::{self, DutchName, Weekday};

pub(crate) const DIR: &str = "data";
/// The version of the structure of `aanbieders.json`; a change that is not only an added
/// field raises it (docs/open-data.md).
const JSON_VERSION: u32 = 1;

/// The links on the page that offers the files.
#[derive(Serialize)]
pub(crate) struct Links {
    json: String,
    csv: String,
    /// The HSDS records (`data/hsds/services.json`).
    hsds: String,
    licence: String,
    licence_url: String,
    /// A region's or the country's files per municipality.
    municipalities: Vec<MunicipalityLinks>,
}

/// One municipality's files.
#[derive(Serialize)]
pub(crate) struct MunicipalityLinks {
    name: String,
    json: String,
    csv: String,
}

pub(crate) fn files(site: &Site, settings: &OpenData, edition: Date) -> (Vec<Artifact>, Links) {
    let everyone: Vec<usize> = (0..site.providers.len()).collect();
    let mut files = data_files(site, settings, edition, DIR, None, &everyone);
    let mut municipalities = Vec::new();
    // A region's or the country's: the same files per municipality.
    for (m, ps) in site.per_municipality() {
        let place = &site.neighbourhoods[m];
        let dir = format!("{DIR}/gemeente/{}", place.slug);
        files.extend(data_files(site, settings, edition, &dir, Some(m), &ps));
        municipalities.push(MunicipalityLinks {
            name: place.name.clone(),
            json: format!("{dir}/aanbieders.json"),
            csv: format!("{dir}/aanbieders.csv"),
        });
    }
    let links = Links {
        json: format!("{DIR}/aanbieders.json"),
        csv: format!("{DIR}/aanbieders.csv"),
        hsds: format!("{}/services.json", super::hsds::DIR),
        licence: settings.licence.clone(),
        licence_url: settings.licence_url.clone(),
        municipalities,
    };
    (files, links)
}

/// `aanbieders.json` and `aanbieders.csv` in `dir`, of the providers `held`; for one
/// municipality of a region when `part` is its place.
fn data_files(
    site: &Site,
    settings: &OpenData,
    edition: Date,
    dir: &str,
    part: Option<usize>,
    held: &[usize],
) -> Vec<Artifact> {
    let doc = document(site, settings, edition, part, held);
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    vec![
        Artifact::new(format!("{dir}/aanbieders.json"), text),
        Artifact::new(format!("{dir}/aanbieders.csv"), csv(site, held)),
    ]
}

fn document(site: &Site, settings: &OpenData, edition: Date, part: Option<usize>, held: &[usize]) -> Value {
    let c = &site.config;
    // A municipality's file has its own places: the municipality and those within it.
    let places: Vec<&Neighbourhood> = match part {
        None => site.neighbourhoods.iter().collect(),
        Some(m) => site
            .neighbourhoods
            .iter()
            .enumerate()
            .filter(|(i, _)| *i == m || model::up_from(&site.neighbourhoods, *i).any(|j| j == m))
            .map(|(_, n)| n)
            .collect(),
    };
    let mut doc = json!({
        "format": "steunwijzer-aanbieders",
        "version": JSON_VERSION,
        "site": {"title": c.title, "municipality": c.municipality, "scope": c.scope, "url": c.base_url},
        "licence": {"id": settings.licence, "url": settings.licence_url},
        "edition": edition.iso(),
        "life_domains": site.life_domains,
        "neighbourhoods": places,
        "providers": held.iter().map(|&i| provider(site, &site.providers[i])).collect::<Vec<_>>(),
    });
    if let Some(m) = part {
        let place = &site.neighbourhoods[m];
        doc["municipality"] = json!({"slug": place.slug, "name": place.name});
    }
    doc
}

fn provider(site: &Site, p: &Provider) -> Value {
    json!({
        "slug": p.slug,
        "url": paths::canonical(&site.config.base_url, &paths::provider(&p.slug)),
        "name": p.name,
        "summary": p.summary,
        "kind": p.kind,
        "free": true,
        "independent": p.independent == Some(true),
        "life_domains": p.life_domains,
        "neighbourhoods": p.neighbourhoods,
        "target_groups": p.target_groups,
        "languages": p.languages,
        "contact": {
            "phone": p.contact.phone.as_ref().map(|ph| &ph.display),
            "email": p.contact.email,
            "website": p.contact.website,
            "address": p.contact.address,
        },
        "opening_hours": p.opening_hours,
        "contact_modes": p.contact_modes,
        "accessibility": p.accessibility,
        "complaints": p.complaints,
        "helps_with_complaints": p.helps_with_complaints,
        "description": markdown::plain_text(&p.body.markdown),
        "last_reviewed": p.last_reviewed.iso(),
        "stale": p.stale,
    })
}

/// The columns of `aanbieders.csv`, in order.
const COLUMNS: &[&str] = &[
    "slug",
    "url",
    "naam",
    "samenvatting",
    "soort",
    "levensgebieden",
    "wijken",
    "voor_wie",
    "talen",
    "telefoon",
    "email",
    "website",
    "straat",
    "postcode",
    "plaats",
    "openingstijden",
    "openingstijden_toelichting",
    "contact",
    "toegankelijkheid",
    "niet_van_het_wijkteam",
    "klachtenregeling",
    "helpt_bij_klachten",
    "gecontroleerd_op",
];

/// Separated by `;`, as a Dutch spreadsheet expects when the file is opened by a double
/// click; quoted as RFC 4180 says; CRLF line ends; UTF-8 with a byte order mark, so Excel
/// reads the accents. Lists in a cell are joined with `, `.
fn csv(site: &Site, held: &[usize]) -> String {
    let mut out = String::from("\u{feff}");
    row(&mut out, COLUMNS.iter().map(|c| (*c).to_string()));
    for &i in held {
        row(&mut out, cells(site, &site.providers[i]).into_iter());
    }
    out
}

fn cells(site: &Site, p: &Provider) -> Vec<String> {
    let c = &p.contact;
    let address = c.address.as_ref();
    let yes = |b: bool| if b { "ja" } else { "nee" }.to_string();
    vec![
        p.slug.clone(),
        paths::canonical(&site.config.base_url, &paths::provider(&p.slug)),
        p.name.clone(),
        p.summary.clone(),
        values::yaml_name(&p.kind),
        p.life_domains.join(", "),
        p.neighbourhoods.join(", "),
        p.target_groups.join(", "),
        p.languages
            .iter()
            .map(|l| languages::name_or_code(l))
            .collect::<Vec<_>>()
            .join(", "),
        c.phone.as_ref().map(|ph| ph.display.clone()).unwrap_or_default(),
        c.email.clone().unwrap_or_default(),
        c.website.clone().unwrap_or_default(),
        address.map(|a| a.street.clone()).unwrap_or_default(),
        address.map(|a| a.postcode.clone()).unwrap_or_default(),
        address.map(|a| a.city.clone()).unwrap_or_default(),
        p.opening_hours.as_ref().map(hours).unwrap_or_default(),
        p.opening_hours
            .as_ref()
            .and_then(|h| h.note.clone())
            .unwrap_or_default(),
        p.contact_modes
            .iter()
            .map(values::yaml_name)
            .collect::<Vec<_>>()
            .join(", "),
        p.accessibility
            .iter()
            .map(values::yaml_name)
            .collect::<Vec<_>>()
            .join(", "),
        yes(p.independent == Some(true)),
        match &p.complaints {
            Some(Complaints::Url(u) | Complaints::Text(u)) => u.clone(),
            None => String::new(),
        },
        yes(p.helps_with_complaints),
        p.last_reviewed.iso(),
    ]
}

/// "maandag 09:00-12:00, dinsdag 09:00-12:00".
fn hours(h: &OpeningHours) -> String {
    let mut parts = Vec::new();
    for day in Weekday::ALL {
        for slot in h.hours.iter().filter(|s| s.days.contains(&day)) {
            parts.push(format!("{} {}-{}", day.dutch_name(), slot.opens, slot.closes));
        }
    }
    parts.join(", ")
}

fn row(out: &mut String, cells: impl Iterator<Item = String>) {
    let mut first = true;
    for cell in cells {
        if !first {
            out.push(';');
        }
        first = false;
        out.push_str(&quote(&cell));
    }
    out.push_str("\r\n");
}

/// A cell as RFC 4180 writes it. A cell a spreadsheet would take for a formula (`=`, `+`,
/// `-`, `@` first) gets a `'` before it, so opening the file runs nothing.
///
/// Hand-written, not the `csv` crate (a dev-dependency that reads the file back in the
/// tests): the crate quotes only cells holding the delimiter, and this file also quotes
/// cells with a comma, so an English spreadsheet that splits on commas keeps each list
/// ("nl, tr") in its cell; the formula guard, which the crate has not, would be needed
/// beside it anyway. Ten lines, tested below and against the `csv` reader.
fn quote(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([';', '"', '\n', '\r', ',']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(quote("Hulp; en zo"), "\"Hulp; en zo\"");
        assert_eq!(quote("zeg \"ja\""), "\"zeg \"\"ja\"\"\"");
        assert_eq!(quote("=1+1"), "'=1+1");
        assert_eq!(quote("gewoon"), "gewoon");
        let mut out = String::new();
        row(&mut out, ["a".to_string(), "b, c".to_string()].into_iter());
        assert_eq!(out, "a;\"b, c\"\r\n");
    }
}
