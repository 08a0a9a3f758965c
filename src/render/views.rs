//! What templates see: the model, flattened and with links precomputed.

use serde::Serialize;

use crate::config::{Config, TeamContact};
use crate::date::Date;
use crate::formats::{self, Phone};
use crate::model::{Accessibility, Complaints, ContactMode, Kind, Provider, Site, Weekday};
use crate::paths;
use crate::render::markdown;

#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub municipality: &'a str,
    pub description: &'a str,
    pub notice: Option<&'a str>,
    pub contact: &'a TeamContact,
    pub base_url: &'a str,
}

impl<'a> SiteView<'a> {
    pub fn new(c: &'a Config) -> Self {
        SiteView {
            title: &c.title,
            municipality: &c.municipality,
            description: &c.description,
            notice: c.notice.as_deref(),
            contact: &c.contact,
            base_url: &c.base_url,
        }
    }
}

#[derive(Serialize)]
pub struct PageLink<'a> {
    pub title: &'a str,
    pub path: String,
}

#[derive(Serialize)]
pub struct PageView<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub summary: Option<&'a str>,
    pub body_html: String,
}

#[derive(Serialize, Clone)]
pub struct DomainView {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub path: String,
    pub count: usize,
}

pub fn life_domains(site: &Site) -> Vec<DomainView> {
    site.life_domains
        .iter()
        .map(|d| DomainView {
            slug: d.slug.clone(),
            name: d.name.clone(),
            description: d.description.clone(),
            path: paths::life_domain(&d.slug),
            count: site
                .providers
                .iter()
                .filter(|p| p.life_domains.contains(&d.slug))
                .count(),
        })
        .collect()
}

#[derive(Serialize, Clone)]
pub struct Named {
    pub slug: String,
    pub name: String,
    pub path: String,
}

/// A provider in a list.
#[derive(Serialize, Clone)]
pub struct ProviderCard {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub path: String,
    pub kind: Kind,
    pub life_domains: Vec<Named>,
    /// Names; empty means the whole municipality.
    pub neighbourhoods: Vec<String>,
    pub stale: bool,
}

pub fn card(site: &Site, p: &Provider) -> ProviderCard {
    ProviderCard {
        slug: p.slug.clone(),
        name: p.name.clone(),
        summary: p.summary.clone(),
        path: paths::provider(&p.slug),
        kind: p.kind,
        life_domains: p
            .life_domains
            .iter()
            .filter_map(|s| site.life_domains.iter().find(|d| &d.slug == s))
            .map(|d| Named {
                slug: d.slug.clone(),
                name: d.name.clone(),
                path: paths::life_domain(&d.slug),
            })
            .collect(),
        neighbourhoods: p
            .neighbourhoods
            .iter()
            .filter_map(|s| site.neighbourhoods.iter().find(|n| &n.slug == s))
            .map(|n| n.name.clone())
            .collect(),
        stale: p.stale,
    }
}

#[derive(Serialize)]
pub struct AddressView {
    pub street: String,
    pub postcode: String,
    pub city: String,
    /// A search for the address on OpenStreetMap: a link, not an embedded map, so the
    /// page itself makes no third-party requests.
    pub map_url: String,
}

#[derive(Serialize)]
pub struct ContactView {
    pub phone: Option<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// The website without `https://` and a trailing slash, for reading aloud.
    pub website_label: Option<String>,
    pub address: Option<AddressView>,
}

/// A run of consecutive days with the same hours ("maandag tot en met vrijdag").
#[derive(Serialize, PartialEq, Debug)]
pub struct DayHours {
    pub first: Weekday,
    pub last: Weekday,
    /// Number of days in the run.
    pub count: usize,
    /// `09:00`–`12:00` pairs, in time order.
    pub times: Vec<(String, String)>,
}

/// Groups the week into runs of consecutive days with identical hours; days without
/// hours are left out.
fn day_runs(hours: &crate::model::OpeningHours) -> Vec<DayHours> {
    let mut runs: Vec<DayHours> = Vec::new();
    let mut previous_open = false;
    for (i, day) in Weekday::ALL.iter().enumerate() {
        let mut slots: Vec<_> = hours.hours.iter().filter(|s| s.days.contains(day)).collect();
        slots.sort_by_key(|s| (s.opens, s.closes));
        let times: Vec<(String, String)> = slots
            .iter()
            .map(|s| (s.opens.to_string(), s.closes.to_string()))
            .collect();
        if times.is_empty() {
            previous_open = false;
            continue;
        }
        match runs.last_mut() {
            Some(run) if previous_open && run.times == times && i > 0 => {
                run.last = *day;
                run.count += 1;
            }
            _ => runs.push(DayHours {
                first: *day,
                last: *day,
                count: 1,
                times,
            }),
        }
        previous_open = true;
    }
    runs
}

#[derive(Serialize)]
pub struct HoursView {
    pub days: Vec<DayHours>,
    pub note: Option<String>,
}

#[derive(Serialize)]
pub struct DateView {
    pub iso: String,
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl From<Date> for DateView {
    fn from(d: Date) -> Self {
        DateView {
            iso: d.iso(),
            year: d.year,
            month: d.month,
            day: d.day,
        }
    }
}

/// The languages the listed providers speak, by code.
pub fn languages(site: &Site) -> Vec<Language> {
    let mut codes: Vec<&String> = site.providers.iter().flat_map(|p| p.languages.iter()).collect();
    codes.sort();
    codes.dedup();
    codes
        .into_iter()
        .map(|c| Language {
            code: c.clone(),
            name: formats::language_name(c).unwrap_or(c).to_string(),
        })
        .collect()
}

#[derive(Serialize)]
pub struct Language {
    pub code: String,
    pub name: String,
}

/// Everything about one provider.
#[derive(Serialize)]
pub struct ProviderView {
    #[serde(flatten)]
    pub card: ProviderCard,
    pub contact: ContactView,
    pub opening_hours: Option<HoursView>,
    pub contact_modes: Vec<ContactMode>,
    pub accessibility: Vec<Accessibility>,
    pub languages: Vec<Language>,
    pub target_groups: Vec<String>,
    pub independent: bool,
    pub complaints: Option<Complaints>,
    pub helps_with_complaints: bool,
    pub last_reviewed: DateView,
    pub body_html: String,
}

pub fn provider(site: &Site, p: &Provider, root: &str) -> ProviderView {
    let c = &p.contact;
    ProviderView {
        card: card(site, p),
        contact: ContactView {
            phone: c.phone.clone(),
            email: c.email.clone(),
            website: c.website.clone(),
            website_label: c.website.as_ref().map(|w| {
                let w = w
                    .strip_prefix("https://")
                    .or_else(|| w.strip_prefix("http://"))
                    .unwrap_or(w);
                w.strip_suffix('/').unwrap_or(w).to_string()
            }),
            address: c.address.as_ref().map(|a| AddressView {
                street: a.street.clone(),
                postcode: a.postcode.clone(),
                city: a.city.clone(),
                map_url: format!(
                    "https://www.openstreetmap.org/search?query={}",
                    formats::url_encode(&format!("{}, {} {}", a.street, a.postcode, a.city))
                ),
            }),
        },
        opening_hours: p.opening_hours.as_ref().map(|h| HoursView {
            days: day_runs(h),
            note: h.note.clone(),
        }),
        contact_modes: p.contact_modes.clone(),
        accessibility: p.accessibility.clone(),
        languages: p
            .languages
            .iter()
            .map(|code| Language {
                code: code.clone(),
                name: formats::language_name(code).unwrap_or(code).to_string(),
            })
            .collect(),
        target_groups: p.target_groups.clone(),
        independent: p.independent == Some(true),
        complaints: p.complaints.clone(),
        helps_with_complaints: p.helps_with_complaints,
        last_reviewed: p.last_reviewed.into(),
        body_html: markdown::to_html(&p.body.markdown, &markdown::Target { root, top_heading: 3 }),
    }
}

#[derive(Serialize)]
pub struct LetterGroup<'a> {
    pub letter: String,
    /// For the in-page link: `letter-a`, or `letter-overig` for names not starting with a letter.
    pub anchor: String,
    pub providers: Vec<&'a ProviderCard>,
}

/// Groups cards (already in name order) by their first letter.
pub fn alphabet<'a>(cards: impl Iterator<Item = &'a ProviderCard>) -> Vec<LetterGroup<'a>> {
    let mut groups: Vec<LetterGroup> = Vec::new();
    for c in cards {
        let first = formats::sort_key(&c.name).chars().next().unwrap_or('#');
        let letter = if first.is_ascii_alphabetic() {
            first.to_ascii_uppercase().to_string()
        } else {
            "#".to_string()
        };
        match groups.iter_mut().find(|g| g.letter == letter) {
            Some(g) => g.providers.push(c),
            None => {
                let anchor = if letter == "#" {
                    "letter-overig".to_string()
                } else {
                    format!("letter-{}", letter.to_lowercase())
                };
                groups.push(LetterGroup {
                    letter,
                    anchor,
                    providers: vec![c],
                })
            }
        }
    }
    // Names that start with a digit or sign go last, as in a phone book.
    groups.sort_by_key(|g| (g.letter == "#", g.letter.clone()));
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ClockTime;
    use crate::model::{OpeningHours, OpeningSlot};

    fn slot(days: &[Weekday], opens: &str, closes: &str) -> OpeningSlot {
        OpeningSlot {
            days: days.to_vec(),
            opens: ClockTime::parse(opens).unwrap(),
            closes: ClockTime::parse(closes).unwrap(),
        }
    }

    #[test]
    fn consecutive_days_with_the_same_hours_are_grouped() {
        use Weekday::*;
        let h = OpeningHours {
            hours: vec![
                slot(&[Monday, Tuesday, Wednesday, Friday], "09:00", "12:00"),
                slot(&[Wednesday], "13:00", "17:00"),
                slot(&[Thursday], "09:00", "12:00"),
            ],
            note: None,
        };
        let runs = day_runs(&h);
        let shape: Vec<(Weekday, Weekday, usize)> = runs.iter().map(|r| (r.first, r.last, r.times.len())).collect();
        assert_eq!(
            shape,
            vec![(Monday, Tuesday, 1), (Wednesday, Wednesday, 2), (Thursday, Friday, 1)]
        );
        assert_eq!(runs[1].times[1], ("13:00".to_string(), "17:00".to_string()));
    }

    #[test]
    fn closed_days_break_a_run() {
        use Weekday::*;
        let h = OpeningHours {
            hours: vec![slot(&[Monday, Wednesday], "09:00", "12:00")],
            note: None,
        };
        assert_eq!(day_runs(&h).len(), 2);
    }
}
