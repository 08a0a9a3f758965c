//! What templates see: the model, flattened and with links precomputed, so templates
//! hold layout and words, not logic. Fields are private: only serde reads them.

use serde::Serialize;

use super::language::Language;
use steunwijzer_core::config::{Config, HelpLine, Scope, TeamContact};
use steunwijzer_core::date::Date;
use steunwijzer_core::formats::Phone;
use steunwijzer_core::markdown::{self, Body};
use steunwijzer_core::model::{self, Address, Complaints, OpeningHours, Page, Provider, Site};
use steunwijzer_core::paths;
use steunwijzer_core::text;
use steunwijzer_core::translations::Translations;
use steunwijzer_core::values::{Accessibility, ContactMode, Kind, Weekday};

/// The language of the pages being made. A text the editors translated into it is shown
/// in it; any other stays in the site's language and carries `mark` (` lang="nl"
/// dir="ltr"`, empty on the site's own pages), so a screen reader reads it as Dutch.
#[derive(Clone, Copy)]
pub struct Lang<'a> {
    /// The pages' language code.
    pub code: &'a str,
    /// The attributes of a text in the site's language on these pages.
    pub mark: &'a str,
}

impl<'a> Lang<'a> {
    /// The site's own language: every text as written, unmarked.
    pub fn site(config: &'a Config) -> Self {
        Lang {
            code: &config.language,
            mark: "",
        }
    }

    /// `field` of the translation into the pages' language, or `own` (the text as written).
    fn text<'t>(self, t: &'t Translations, field: &str, own: &'t str) -> &'t str {
        t.get(self.code)
            .and_then(|fields| fields.get(field))
            .map_or(own, String::as_str)
    }

    /// The mark of an item translated by `t`: none when it has the pages' language.
    fn mark_of(self, t: &Translations) -> String {
        if t.contains_key(self.code) {
            String::new()
        } else {
            self.mark.to_string()
        }
    }
}

/// A crisis number as a page shows it.
#[derive(Serialize)]
struct CrisisView<'a> {
    name: &'a str,
    when: &'a str,
    phone: &'a Phone,
    lang_attr: String,
}

/// The site as every page shows it.
#[derive(Serialize)]
pub struct SiteView<'a> {
    title: &'a str,
    municipality: &'a str,
    description: &'a str,
    notice: Option<&'a str>,
    /// The mark of the notice: none when it is in the page's language.
    notice_lang_attr: String,
    contact: &'a TeamContact,
    base_url: &'a str,
    /// The logo's path below the site root (`assets/logo.svg`).
    logo: Option<String>,
    /// The numbers to call in a crisis.
    crisis: Vec<CrisisView<'a>>,
}

impl<'a> SiteView<'a> {
    /// What the templates show of `site.yaml`, on pages in `lang`.
    pub fn new(c: &'a Config, lang: Lang<'_>) -> Self {
        SiteView {
            title: &c.title,
            municipality: &c.municipality,
            description: lang.text(&c.translations, "description", &c.description),
            notice: c.notice.as_deref().map(|n| lang.text(&c.translations, "notice", n)),
            notice_lang_attr: match c.translations.get(lang.code) {
                Some(t) if t.contains_key("notice") => String::new(),
                _ => lang.mark.to_string(),
            },
            contact: &c.contact,
            base_url: &c.base_url,
            logo: c.logo.as_ref().map(|l| format!("assets/{l}")),
            crisis: c.crisis.iter().map(|h| crisis(h, lang)).collect(),
        }
    }
}

fn crisis<'a>(h: &'a HelpLine, lang: Lang<'_>) -> CrisisView<'a> {
    CrisisView {
        name: lang.text(&h.translations, "name", &h.name),
        when: lang.text(&h.translations, "when", &h.when),
        phone: &h.phone,
        lang_attr: lang.mark_of(&h.translations),
    }
}

/// A free page in the footer.
#[derive(Serialize)]
pub(crate) struct PageLink<'a> {
    title: &'a str,
    path: String,
    lang_attr: String,
}

/// A general client supporter to call for whoever does not know where to start.
#[derive(Serialize)]
pub struct FrontDoor<'a> {
    name: &'a str,
    summary: &'a str,
    path: String,
    phone: &'a Phone,
}

/// The providers `front_door:` names, in its order (validation made sure each is listed
/// and has a phone number).
pub fn front_door(site: &Site) -> Vec<FrontDoor<'_>> {
    front_door_of(site, &site.config.front_door)
}

/// The providers of a `front_door:` list (the site's, or a municipality's in a region).
pub(crate) fn front_door_of<'a>(
    site: &'a Site,
    slugs: &[(String, steunwijzer_core::diagnostic::Span)],
) -> Vec<FrontDoor<'a>> {
    slugs
        .iter()
        .filter_map(|(slug, _)| site.providers.iter().find(|p| &p.slug == slug))
        .filter_map(|p| {
            Some(FrontDoor {
                name: &p.name,
                summary: &p.summary,
                path: paths::provider(&p.slug),
                phone: p.contact.phone.as_ref()?,
            })
        })
        .collect()
}

/// The footer's links to the free pages, in their order.
pub(crate) fn footer<'a>(site: &'a Site, lang: Lang<'_>) -> Vec<PageLink<'a>> {
    site.pages
        .iter()
        .map(|p| PageLink {
            title: lang.text(&p.translations, "title", &p.title),
            path: paths::page(&p.slug),
            lang_attr: lang.mark_of(&p.translations),
        })
        .collect()
}

/// A free page.
#[derive(Serialize)]
pub(crate) struct PageView<'a> {
    slug: &'a str,
    pub(crate) title: &'a str,
    pub(crate) summary: Option<&'a str>,
    body_html: String,
    /// The mark of the title and summary, and that of the text (an editor may translate
    /// the title and summary only).
    lang_attr: String,
    body_lang_attr: String,
}

/// The page at `root` (the relative path back to the site root); without `links_out`
/// (the kiosk) its links to other sites become text.
pub(crate) fn page<'a>(pg: &'a Page, root: &str, links_out: bool, lang: Lang<'_>) -> PageView<'a> {
    let own = pg.translations.get(lang.code);
    let text = own.and_then(|t| t.get("text"));
    let body = body_html(&in_language(&pg.body, text), root, 2, links_out);
    PageView {
        slug: &pg.slug,
        title: lang.text(&pg.translations, "title", &pg.title),
        summary: own.map_or(pg.summary.as_deref(), |t| t.get("summary").map(String::as_str)),
        body_html: body,
        lang_attr: lang.mark_of(&pg.translations),
        body_lang_attr: if text.is_some() {
            String::new()
        } else {
            lang.mark.to_string()
        },
    }
}

/// The text `own`, or its translation when there is one.
fn in_language<'b>(own: &'b Body, translated: Option<&String>) -> std::borrow::Cow<'b, Body> {
    translated.map_or(std::borrow::Cow::Borrowed(own), |markdown| {
        std::borrow::Cow::Owned(Body {
            markdown: markdown.clone(),
            first_line: own.first_line,
        })
    })
}

fn body_html(body: &Body, root: &str, top_heading: u8, links_out: bool) -> String {
    let target = markdown::Target {
        root,
        top_heading,
        links_out,
    };
    markdown::to_html(&body.markdown, &target)
}

/// A life domain, with the number of providers in it.
#[derive(Serialize, Clone)]
pub(crate) struct DomainView {
    slug: String,
    pub(crate) name: String,
    pub(crate) description: String,
    path: String,
    count: usize,
    lang_attr: String,
}

/// The life domains as the pages in `lang` show them, with their counts.
pub(crate) fn life_domains(site: &Site, lang: Lang<'_>) -> Vec<DomainView> {
    site.life_domains
        .iter()
        .map(|d| DomainView {
            slug: d.slug.clone(),
            name: lang.text(&d.translations, "name", &d.name).to_string(),
            description: lang.text(&d.translations, "description", &d.description).to_string(),
            lang_attr: lang.mark_of(&d.translations),
            path: paths::life_domain(&d.slug),
            count: site
                .providers
                .iter()
                .filter(|p| p.life_domains.contains(&d.slug))
                .count(),
        })
        .collect()
}

/// A life situation, with the number of providers that fit it.
#[derive(Serialize, Clone)]
pub(crate) struct SituationView<'a> {
    slug: &'a str,
    pub(crate) title: &'a str,
    pub(crate) text: &'a str,
    words: &'a [String],
    path: String,
    count: usize,
    lang_attr: String,
}

/// The life situations as the pages in `lang` show them.
pub(crate) fn situations<'a>(site: &'a Site, lang: Lang<'_>) -> Vec<SituationView<'a>> {
    site.situations
        .iter()
        .map(|s| SituationView {
            slug: &s.slug,
            title: lang.text(&s.translations, "title", &s.title),
            text: lang.text(&s.translations, "text", &s.text),
            lang_attr: lang.mark_of(&s.translations),
            words: &s.words,
            path: paths::situation(&s.slug),
            count: site.situation_providers(s).len(),
        })
        .collect()
}

#[derive(Serialize, Clone)]
struct Named {
    slug: String,
    name: String,
    path: String,
    lang_attr: String,
}

/// A provider in a list.
#[derive(Serialize, Clone)]
pub(crate) struct ProviderCard {
    slug: String,
    name: String,
    summary: String,
    /// The summary in other interface languages, by code (none for most providers).
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    translations: std::collections::BTreeMap<String, String>,
    path: String,
    kind: Kind,
    life_domains: Vec<Named>,
    /// Names; empty means the whole municipality.
    neighbourhoods: Vec<String>,
    /// The same places, each with the municipality it lies in when the site serves a
    /// region or the country ("Poelenburg" in Zaanstad): what the default theme shows.
    places: Vec<PlaceName>,
    /// On the card too: a printed list of names without numbers helps nobody.
    phone: Option<Phone>,
    /// Binnenlopen zonder afspraak: as the search's cards say it.
    walk_in: bool,
    /// The languages it helps in besides Dutch.
    also_in: Vec<Language>,
    stale: bool,
    /// What the list pages' filters read.
    fits: super::filters::Fits,
}

/// A place a provider serves, and in a region's or the country's site the municipality
/// it lies in, so a resident of another municipality sees it is not theirs.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
pub(crate) struct PlaceName {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    in_name: Option<String>,
}

impl PlaceName {
    fn of(site: &Site, i: usize) -> PlaceName {
        let places = &site.neighbourhoods;
        let in_name = model::up_from(places, i)
            .last()
            .filter(|_| site.config.scope != Scope::Municipality)
            .map(|m| places[m].name.clone());
        PlaceName {
            name: places[i].name.clone(),
            in_name,
        }
    }
}

/// A provider's card in a list.
pub(crate) fn card(site: &Site, p: &Provider, lang: Lang<'_>) -> ProviderCard {
    // Each place looked up once: a card is made per provider and interface language.
    let places: Vec<PlaceName> = p
        .neighbourhoods
        .iter()
        .filter_map(|s| site.neighbourhoods.iter().position(|n| &n.slug == s))
        .map(|i| PlaceName::of(site, i))
        .collect();
    ProviderCard {
        slug: p.slug.clone(),
        name: p.name.clone(),
        summary: p.summary.clone(),
        translations: p.summaries.clone(),
        path: paths::provider(&p.slug),
        kind: p.kind,
        life_domains: p
            .life_domains
            .iter()
            .filter_map(|s| site.life_domains.iter().find(|d| &d.slug == s))
            .map(|d| Named {
                slug: d.slug.clone(),
                name: lang.text(&d.translations, "name", &d.name).to_string(),
                path: paths::life_domain(&d.slug),
                lang_attr: lang.mark_of(&d.translations),
            })
            .collect(),
        neighbourhoods: places.iter().map(|n| n.name.clone()).collect(),
        places,
        phone: p.contact.phone.clone(),
        walk_in: p.contact_modes.contains(&ContactMode::WalkIn),
        also_in: p
            .languages
            .iter()
            .filter(|l| *l != "nl")
            .map(|l| Language::new(l))
            .collect(),
        stale: p.stale,
        fits: super::filters::fits(p, &site.places_within(&p.neighbourhoods)),
    }
}

#[derive(Serialize)]
struct AddressView {
    street: String,
    postcode: String,
    city: String,
    /// A search for the address on OpenStreetMap: a link, not an embedded map, so the
    /// page itself makes no third-party requests.
    map_url: String,
}

#[derive(Serialize)]
struct ContactView {
    phone: Option<Phone>,
    email: Option<String>,
    website: Option<String>,
    /// The website without `https://` and a trailing slash, for reading aloud.
    website_label: Option<String>,
    address: Option<AddressView>,
}

/// A run of consecutive days with the same hours ("maandag tot en met vrijdag").
#[derive(Serialize, PartialEq, Debug)]
struct DayHours {
    first: Weekday,
    last: Weekday,
    /// Number of days in the run.
    count: usize,
    /// `09:00`–`12:00` pairs, in time order.
    times: Vec<(String, String)>,
}

/// Groups the week into runs of consecutive days with identical hours; days without
/// hours are left out.
fn day_runs(hours: &OpeningHours) -> Vec<DayHours> {
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
struct HoursView {
    days: Vec<DayHours>,
    note: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct DateView {
    iso: String,
    year: i32,
    month: u32,
    day: u32,
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

/// The languages the listed providers speak, by code: the choices of the search filter.
pub fn languages(site: &Site) -> Vec<Language> {
    site.languages().into_iter().map(Language::new).collect()
}

/// Everything about one provider.
#[derive(Serialize)]
pub struct ProviderView {
    #[serde(flatten)]
    card: ProviderCard,
    contact: ContactView,
    opening_hours: Option<HoursView>,
    contact_modes: Vec<ContactMode>,
    accessibility: Vec<Accessibility>,
    languages: Vec<Language>,
    target_groups: Vec<String>,
    independent: bool,
    complaints: Option<Complaints>,
    helps_with_complaints: bool,
    last_reviewed: DateView,
    body_html: String,
    /// The mark of the text: none when the editors translated it into the page's language.
    body_lang_attr: String,
}

/// The provider's page at `root` (the relative path back to the site root), in `lang`.
pub fn provider(site: &Site, p: &Provider, root: &str, links_out: bool, lang: Lang<'_>) -> ProviderView {
    let text = p.texts.get(lang.code);
    let body = body_html(&in_language(&p.body, text), root, 3, links_out);
    ProviderView {
        card: card(site, p, lang),
        contact: contact(p),
        opening_hours: p.opening_hours.as_ref().map(|h| HoursView {
            days: day_runs(h),
            note: h.note.clone(),
        }),
        contact_modes: p.contact_modes.clone(),
        accessibility: p.accessibility.clone(),
        languages: p.languages.iter().map(|c| Language::new(c)).collect(),
        target_groups: p.target_groups.clone(),
        independent: p.independent == Some(true),
        complaints: p.complaints.clone(),
        helps_with_complaints: p.helps_with_complaints,
        last_reviewed: p.last_reviewed.into(),
        body_html: body,
        body_lang_attr: if text.is_some() {
            String::new()
        } else {
            lang.mark.to_string()
        },
    }
}

/// What a resident's own list ("Mijn lijst") shows of a provider: how to reach it, when
/// it is open and when its details were checked; not its text.
#[derive(Serialize)]
pub(crate) struct ListEntryView {
    #[serde(flatten)]
    card: ProviderCard,
    contact: ContactView,
    opening_hours: Option<HoursView>,
    last_reviewed: DateView,
}

/// The provider's entry on a resident's list, in `lang`.
pub(crate) fn list_entry(site: &Site, p: &Provider, lang: Lang<'_>) -> ListEntryView {
    ListEntryView {
        card: card(site, p, lang),
        contact: contact(p),
        opening_hours: p.opening_hours.as_ref().map(|h| HoursView {
            days: day_runs(h),
            note: h.note.clone(),
        }),
        last_reviewed: p.last_reviewed.into(),
    }
}

fn contact(p: &Provider) -> ContactView {
    let c = &p.contact;
    ContactView {
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
            map_url: map_url(a),
        }),
    }
}

/// The address found on OpenStreetMap.
pub(crate) fn map_url(a: &Address) -> String {
    format!(
        "https://www.openstreetmap.org/search?query={}",
        text::url_encode(&format!("{}, {} {}", a.street, a.postcode, a.city))
    )
}

/// The providers of a letter in the A–Z list.
#[derive(Serialize)]
pub(crate) struct LetterGroup<'a, T = ProviderCard> {
    letter: String,
    /// For the in-page link: `letter-a`, or `letter-overig` for names not starting with a letter.
    anchor: String,
    providers: Vec<&'a T>,
}

/// Groups cards (already in name order) by their first letter.
pub(crate) fn alphabet<'a>(cards: impl Iterator<Item = &'a ProviderCard>) -> Vec<LetterGroup<'a>> {
    let mut groups: Vec<LetterGroup> = Vec::new();
    for c in cards {
        let first = text::sort_key(&c.name).chars().next().unwrap_or('#');
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
                });
            }
        }
    }
    // Names that start with a digit or sign go last, as in a phone book.
    groups.sort_by_key(|g| (g.letter == "#", g.letter.clone()));
    groups
}

/// How many providers a page of the A–Z list shows. A list of more has pages, each reached
/// from every letter and from the pages beside it: 10,000 providers on one page were 6.4 MB
/// for an old phone to load and a screen reader to walk.
pub(crate) const A_TO_Z_PAGE: usize = 100;

/// How many pages the A–Z list of `count` providers has (one when it has none).
pub(crate) fn a_to_z_pages(count: usize) -> usize {
    count.div_ceil(A_TO_Z_PAGE).max(1)
}

/// A letter in the A–Z list's navigation, on every page: a link to where its providers
/// start.
#[derive(Serialize)]
pub(crate) struct LetterLink {
    letter: String,
    href: String,
}

/// Page `current` of the A–Z list.
#[derive(Serialize)]
pub(crate) struct AToZPage<'a, T = ProviderCard> {
    /// The letters with their providers on this page (a letter that goes on from the page
    /// before is here again).
    groups: Vec<LetterGroup<'a, T>>,
    /// Every letter of the list.
    letters: Vec<LetterLink>,
    /// The links to the other pages: none when the list fits on one.
    pagination: Option<Pagination>,
    /// The place in the list of this page's first and last provider, from 1.
    first: usize,
    last: usize,
}

impl<'a, T> AToZPage<'a, T> {
    /// The letters with their providers on this page.
    pub(crate) fn groups(&self) -> &[LetterGroup<'a, T>] {
        &self.groups
    }
}

/// The links between the pages of a list: the page before and after, the first and the
/// last, and those beside this one (GOV.UK's pattern, narrow enough for a 320 px screen).
#[derive(Serialize)]
pub(crate) struct Pagination {
    current: usize,
    count: usize,
    previous: Option<String>,
    next: Option<String>,
    items: Vec<PageNumber>,
}

/// A page's number in [`Pagination`]; `gap` when pages were left out before it.
#[derive(Serialize)]
pub(crate) struct PageNumber {
    number: usize,
    href: String,
    current: bool,
    gap: bool,
}

/// The A–Z list's page `n` as a link from another of its pages (they share a folder).
fn a_to_z_href(n: usize) -> String {
    let path = paths::providers_page(n);
    path.rsplit('/').next().unwrap_or(&path).to_string()
}

/// Page `current` (from 1) of the A–Z list of `groups` (from [`alphabet`], made once for
/// all the pages).
pub(crate) fn a_to_z_page<'a, T>(groups: &[LetterGroup<'a, T>], current: usize) -> AToZPage<'a, T> {
    let total: usize = groups.iter().map(|g| g.providers.len()).sum();
    let count = a_to_z_pages(total);
    let current = current.clamp(1, count);
    let (from, to) = ((current - 1) * A_TO_Z_PAGE, (current * A_TO_Z_PAGE).min(total));
    let (mut letters, mut on_page, mut start) = (Vec::new(), Vec::new(), 0);
    for g in groups {
        let page = start / A_TO_Z_PAGE + 1;
        let href = if page == current {
            format!("#{}", g.anchor)
        } else {
            format!("{}#{}", a_to_z_href(page), g.anchor)
        };
        letters.push(LetterLink {
            letter: g.letter.clone(),
            href,
        });
        let end = start + g.providers.len();
        if start < to && end > from {
            on_page.push(LetterGroup {
                letter: g.letter.clone(),
                anchor: g.anchor.clone(),
                providers: g.providers[from.saturating_sub(start)..(to - start).min(g.providers.len())].to_vec(),
            });
        }
        start = end;
    }
    AToZPage {
        groups: on_page,
        letters,
        pagination: (count > 1).then(|| pagination(current, count)),
        first: (from + 1).min(total),
        last: to,
    }
}

/// The links of page `current` of `count` pages.
fn pagination(current: usize, count: usize) -> Pagination {
    let shown = |n: usize| n == 1 || n == count || n.abs_diff(current) <= 1;
    let mut items: Vec<PageNumber> = Vec::new();
    for n in (1..=count).filter(|&n| shown(n)) {
        let gap = items.last().is_some_and(|last| n > last.number + 1);
        items.push(PageNumber {
            number: n,
            href: a_to_z_href(n),
            current: n == current,
            gap,
        });
    }
    Pagination {
        current,
        count,
        previous: (current > 1).then(|| a_to_z_href(current - 1)),
        next: (current < count).then(|| a_to_z_href(current + 1)),
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use steunwijzer_core::date::ClockTime;
    use steunwijzer_core::model::OpeningSlot;

    /// An A–Z list of `sizes[i]` providers under the i-th letter from A.
    fn letters<'a>(sizes: &[usize], names: &'a [u32]) -> Vec<LetterGroup<'a, u32>> {
        let mut at = 0;
        sizes
            .iter()
            .zip('A'..='Z')
            .map(|(&n, letter)| {
                let group = LetterGroup {
                    letter: letter.to_string(),
                    anchor: format!("letter-{}", letter.to_ascii_lowercase()),
                    providers: names[at..at + n].iter().collect(),
                };
                at += n;
                group
            })
            .collect()
    }

    #[test]
    fn a_list_that_fits_on_a_page_has_no_pages() {
        let names: Vec<u32> = (0..100).collect();
        let page = a_to_z_page(&letters(&[60, 40], &names), 1);
        assert!(page.pagination.is_none());
        assert_eq!((page.first, page.last, page.groups.len()), (1, 100, 2));
        let hrefs: Vec<&str> = page.letters.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(hrefs, ["#letter-a", "#letter-b"]);
    }

    #[test]
    fn every_page_of_the_a_to_z_list_leads_to_every_letter() {
        // A: 1–150, B: 151–160, C: 161–450: five pages of 100.
        let names: Vec<u32> = (1..=450).collect();
        let page = a_to_z_page(&letters(&[150, 10, 290], &names), 2);
        assert_eq!((page.first, page.last), (101, 200));
        // A goes on from page 1; B starts here; C starts here and goes on.
        let on_page: Vec<(&str, u32, u32, usize)> = page
            .groups
            .iter()
            .map(|g| {
                (
                    g.letter.as_str(),
                    *g.providers[0],
                    **g.providers.last().unwrap(),
                    g.providers.len(),
                )
            })
            .collect();
        assert_eq!(on_page, [("A", 101, 150, 50), ("B", 151, 160, 10), ("C", 161, 200, 40)]);
        let hrefs: Vec<&str> = page.letters.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(hrefs, ["index.html#letter-a", "#letter-b", "#letter-c"]);
        let last = a_to_z_page(&letters(&[150, 10, 290], &names), 5);
        assert_eq!((last.first, last.last, last.groups.len()), (401, 450, 1));
        let hrefs: Vec<&str> = last.letters.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(
            hrefs,
            [
                "index.html#letter-a",
                "pagina-2.html#letter-b",
                "pagina-2.html#letter-c"
            ]
        );
    }

    #[test]
    fn the_pages_shown_are_the_ends_and_those_beside_this_one() {
        let shown = |current, count| {
            let p = pagination(current, count);
            p.items
                .iter()
                .map(|i| {
                    format!(
                        "{}{}{}",
                        if i.gap { "…" } else { "" },
                        i.number,
                        if i.current { "*" } else { "" }
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(shown(1, 100), "1* 2 …100");
        assert_eq!(shown(50, 100), "1 …49 50* 51 …100");
        assert_eq!(shown(3, 4), "1 2 3* 4");
        assert_eq!(shown(100, 100), "1 …99 100*");
        let p = pagination(2, 3);
        assert_eq!(p.previous.as_deref(), Some("index.html"));
        assert_eq!(p.next.as_deref(), Some("pagina-3.html"));
        assert!(pagination(1, 3).previous.is_none() && pagination(3, 3).next.is_none());
    }

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
