//! One HSDS service record → one provider file: the inverse of `render::hsds`, and lenient
//! with other systems' records. Everything that is not taken over becomes a note.

use serde::Deserialize;
use serde_json::Value;
use steunwijzer_core::msg;

use super::write::{Address, Contact, Front, Hours, Mapped, Slot};
use steunwijzer_core::date::{ClockTime, Date};
use steunwijzer_core::diagnostic::{Code, Diagnostic, Msg, Span};
use steunwijzer_core::formats;
use steunwijzer_core::languages;
use steunwijzer_core::markdown;
use steunwijzer_core::model::Site;
use steunwijzer_core::text;
use steunwijzer_core::validate::SUMMARY_MAX_CHARS as SUMMARY_MAX;
use steunwijzer_core::values::{self, Accessibility, ContactMode, Kind, Weekday};
use steunwijzer_render::hsds::{self, GROUP_SEPARATOR, Location, Service};

/// Something the import could not take over, for the report.
pub(super) struct Note {
    code: Code,
    message: Msg,
    hint: Msg,
}

impl Note {
    pub(super) fn diagnostic(self, input: &str, at: Span) -> Diagnostic {
        Diagnostic::warning(self.code, input, at, self.message).with_hint(self.hint)
    }

    /// A record that is not an HSDS service (not an object).
    pub(super) fn not_a_service() -> Note {
        Note {
            code: Code::RecordSkipped,
            message: msg!("not-hsds-service-so-was-left"),
            hint: msg!("each-record-list-must-service-with"),
        }
    }

    /// Invisible characters were taken out of the record's `fields`.
    pub(super) fn cleaned(name: &str, fields: &[String]) -> Note {
        Note {
            code: Code::NotImported,
            message: msg!(
                "invisible-characters-that-can-hide-reverse",
                name,
                fields = fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
            ),
            hint: msg!("compare-text-with-other-system-s"),
        }
    }
}

/// Collects the notes of one record, each starting with the record's name.
pub(super) struct Notes<'a> {
    name: String,
    out: &'a mut Vec<Note>,
}

impl Notes<'_> {
    fn not_imported(&mut self, message: Msg, hint: &Msg) {
        self.push(Code::NotImported, message, hint);
    }

    fn push(&mut self, code: Code, message: Msg, hint: &Msg) {
        // A record without a name is known by its line only.
        let message = if self.name.is_empty() {
            message
        } else {
            msg!("import-record", name = self.name, message)
        };
        self.out.push(Note {
            code,
            message,
            hint: hint.clone(),
        });
    }
}

/// The provider files for `record`: one, or one per place when the service is offered at
/// several addresses (a provider file has one address, one set of opening hours and one
/// accessibility, so places are never mixed). None when it is left out (the reason is in
/// `notes`).
pub(super) fn service(record: &Value, (site, map): (&Site, &super::TermMap), notes: &mut Vec<Note>) -> Vec<Mapped> {
    // Every field is lenient: a record that is not an object has no name.
    let record = &Service::deserialize(record).unwrap_or_default();
    let name = text_of(&record.name).unwrap_or_default();
    let mut n = Notes {
        name: name.clone(),
        out: notes,
    };
    if !is_wanted(record, &mut n) {
        return Vec::new();
    }
    let places = places(record);
    if places.len() < 2 {
        return vec![mapped(record, (site, map), &mut n)];
    }
    let shown = places.iter().map(|(label, _)| format!("`{label}`")).collect::<Vec<_>>();
    n.push(
        Code::NotImported,
        msg!("import-one-per-place", count = places.len(), places = shown.join(", ")),
        &msg!("import-one-per-place-hint"),
    );
    let mut out = Vec::new();
    for (label, only) in places.iter().take(MAX_PLACES) {
        let mut m = mapped(&at_one_place(record, &places, *only), (site, map), &mut n);
        m.front.name = format!("{name} ({label})");
        m.slug = format!("{}-{}", m.slug, text::portable_slug(label, "locatie"));
        out.push(m);
    }
    if places.len() > MAX_PLACES {
        let hint = msg!("import-one-per-place-hint");
        n.push(
            Code::NotImported,
            msg!("import-too-many-places", max = MAX_PLACES),
            &hint,
        );
    }
    // Each place's mapping notes the same missing language or term: once is enough.
    let mut seen = std::collections::HashSet::new();
    notes.retain(|note| seen.insert(format!("{:?}{:?}", note.code, note.message)));
    out
}

/// At most this many provider files from one record of many places.
const MAX_PLACES: usize = 50;

fn mapped(record: &Service, (site, map): (&Site, &super::TermMap), n: &mut Notes) -> Mapped {
    let terms = Terms::of(record, (site, map), n);
    let front = Front {
        summary: summary(record, n),
        kind: terms.kind.unwrap_or_else(|| {
            n.push(Code::NotImported, msg!("import-no-kind"), &msg!("check-kind-file"));
            Kind::Organisation
        }),
        life_domains: terms.life_domains,
        neighbourhoods: neighbourhoods(record, site, n),
        target_groups: target_groups(record),
        languages: spoken(record, n),
        contact: contact(record, n),
        opening_hours: opening_hours(record, site.today, n),
        contact_modes: terms.contact_modes,
        accessibility: terms.accessibility,
        free: free(record, n),
        independent: independent(record, terms.independent, n),
        complaints: terms.complaints,
        helps_with_complaints: terms.helps_with_complaints,
        last_reviewed: last_reviewed(record, n),
        name: n.name.clone(),
    };
    if front.life_domains.is_empty() {
        n.push(
            Code::NotImported,
            msg!("import-no-life-domain"),
            &msg!("add-life-domains-file"),
        );
    }
    unmapped_fields(record, n);
    Mapped {
        slug: slug(record, &front.name),
        body: body(record),
        front,
    }
}

/// The record with only the place `only` of its `places` (its places without a street,
/// such as a phone line, stay).
fn at_one_place(record: &Service, places: &[(String, usize)], only: usize) -> Service {
    let mut one = record.clone();
    one.service_at_locations = record
        .service_at_locations
        .iter()
        .enumerate()
        .filter(|(i, _)| *i == only || !places.iter().any(|(_, p)| p == i))
        .map(|(_, sal)| sal.clone())
        .collect();
    one
}

/// The places a resident can visit (a location with a street address), each with the
/// name to tell it by: the location's name, or its street.
fn places(record: &Service) -> Vec<(String, usize)> {
    record
        .service_at_locations
        .iter()
        .enumerate()
        .filter_map(|(i, sal)| {
            let l = sal.location.as_ref()?;
            let street = l
                .addresses
                .iter()
                .filter(|a| text_of(&a.address_type).is_none_or(|t| t == "physical"))
                .find_map(|a| text_of(&a.address_1))?;
            Some((text_of(&l.name).unwrap_or(street), i))
        })
        .collect()
}

/// False for a record to leave out: one without a name, or not active.
fn is_wanted(record: &Service, n: &mut Notes) -> bool {
    if n.name.is_empty() {
        let hint = msg!("give-service-name-other-system-export");
        n.push(Code::RecordSkipped, msg!("record-has-no-name-so-was"), &hint);
        return false;
    }
    if let Some(status) = text_of(&record.status).filter(|s| s != "active") {
        n.push(
            Code::RecordSkipped,
            msg!("import-status", status),
            &msg!("only-active-services-are-imported"),
        );
        return false;
    }
    true
}

fn target_groups(record: &Service) -> Vec<String> {
    text_of(&record.eligibility_description)
        .map(|e| {
            e.split(GROUP_SEPARATOR.trim())
                .map(str::trim)
                .filter(|g| !g.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// A text field, trimmed, when it holds something.
fn text_of(field: &Option<String>) -> Option<String> {
    field
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

/// A steunwijzer page (`…/aanbieders/<slug>/`) keeps its slug, so a site's own export
/// comes back under the same file names; other records get one made from the name.
fn slug(record: &Service, name: &str) -> String {
    let from_url = text_of(&record.url).and_then(|u| {
        let rest = u.split("/aanbieders/").nth(1)?;
        let s = rest.strip_suffix('/').or_else(|| rest.strip_suffix("/index.html"))?;
        text::is_portable_slug(s).then(|| s.to_string())
    });
    // A name of only signs (`???`) has no letters to make a file name of.
    from_url.unwrap_or_else(|| text::portable_slug(name, "aanbieder"))
}

/// The organization's description when it is short enough (steunwijzer's export puts the
/// summary there); otherwise the description's first sentences, cut at a word.
fn summary(record: &Service, n: &mut Notes) -> String {
    let org = record.organization.as_ref().and_then(|o| plain(&o.description));
    if let Some(s) = org.as_ref().filter(|s| s.chars().count() <= SUMMARY_MAX) {
        return s.clone();
    }
    let Some(long) = org.or_else(|| plain(&record.description)) else {
        n.push(
            Code::NotImported,
            msg!("import-no-description-for-summary"),
            &msg!("write-summary-file-one-sentence-about"),
        );
        return String::new();
    };
    let one_line = long.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut cut = String::new();
    for word in one_line.split(' ') {
        if cut.chars().count() + word.chars().count() + 2 > SUMMARY_MAX {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    if cut.len() < one_line.len() {
        cut.push('…');
        n.push(
            Code::NotImported,
            msg!("import-summary-cut", max = SUMMARY_MAX),
            &msg!("check-summary-file"),
        );
    }
    cut
}

/// The description as Markdown: another system's HTML keeps its headings, lists and links.
fn body(record: &Service) -> String {
    text_of(&record.description)
        .map(|d| {
            if super::html::is_html(&d) {
                super::html::to_markdown(&d)
            } else {
                markdown::from_plain_text(&d)
            }
        })
        .unwrap_or_default()
}

/// A description as one plain text, without its HTML.
fn plain(field: &Option<String>) -> Option<String> {
    let t = text_of(field)?;
    if !super::html::is_html(&t) {
        return Some(t);
    }
    // A heading ("Wat wij doen") is no part of a sentence about the provider.
    let md = super::html::to_markdown(&t);
    let without_headings: Vec<&str> = md.lines().filter(|l| !l.starts_with('#')).collect();
    Some(markdown::plain_text(&without_headings.join("\n"))).filter(|s| !s.is_empty())
}

/// The taxonomy terms of the record (its attributes), matched to this site.
#[derive(Default)]
struct Terms {
    life_domains: Vec<String>,
    kind: Option<Kind>,
    contact_modes: Vec<ContactMode>,
    accessibility: Vec<Accessibility>,
    independent: bool,
    helps_with_complaints: bool,
    complaints: Option<String>,
}

impl Terms {
    fn of(record: &Service, (site, map): (&Site, &super::TermMap), n: &mut Notes) -> Terms {
        let mut t = Terms::default();
        for a in &record.attributes {
            let term = a.taxonomy_term.clone().unwrap_or_default();
            let code = text_of(&term.code).unwrap_or_default();
            let name = text_of(&term.name).unwrap_or_default();
            let taxonomy = text_of(&term.taxonomy)
                .or_else(|| text_of(&a.link_type))
                .unwrap_or_default();
            if let Some(rule) = map.find(&taxonomy, &code, &name) {
                t.apply(rule);
                continue;
            }
            if !t.take(site, &taxonomy, &code, &name, text_of(&a.value)) {
                let shown = if name.is_empty() { &code } else { &name };
                let message = if taxonomy.is_empty() {
                    msg!("import-term", term = shown)
                } else {
                    msg!("import-term-of", term = shown, taxonomy)
                };
                n.not_imported(message, &msg!("add-what-means-file-by-hand"));
            }
        }
        for acc in locations(record).flat_map(|l| &l.accessibility) {
            let text = text_of(&acc.details).into_iter().chain(text_of(&acc.description));
            match text.clone().find_map(|s| values::find_value::<Accessibility>(&s)) {
                Some(v) => push_new(&mut t.accessibility, v),
                None => {
                    let shown = text.collect::<Vec<_>>().join(": ");
                    n.not_imported(
                        msg!("import-accessibility", shown),
                        &msg!("see-accessibility-docs-content-md"),
                    );
                }
            }
        }
        t.life_domains
            .sort_by_key(|d| site.life_domains.iter().position(|l| &l.slug == d));
        t
    }

    /// What `--map` says a term means.
    fn apply(&mut self, rule: &super::terms::Rule) {
        for d in &rule.life_domains {
            push_new(&mut self.life_domains, d.clone());
        }
        if let Some(k) = rule.kind {
            self.kind.get_or_insert(k);
        }
        rule.contact_modes
            .iter()
            .for_each(|m| push_new(&mut self.contact_modes, *m));
        rule.accessibility
            .iter()
            .for_each(|a| push_new(&mut self.accessibility, *a));
    }

    /// Takes a term if it means something here; false if nothing matches.
    fn take(&mut self, site: &Site, taxonomy: &str, code: &str, name: &str, value: Option<String>) -> bool {
        if taxonomy == hsds::FEATURES || taxonomy.is_empty() {
            match code {
                hsds::INDEPENDENT => self.independent = true,
                hsds::HELPS_WITH_COMPLAINTS => self.helps_with_complaints = true,
                hsds::COMPLAINTS if value.is_some() => self.complaints = value,
                _ => return self.take_value(site, taxonomy, code, name),
            }
            return true;
        }
        self.take_value(site, taxonomy, code, name)
    }

    fn take_value(&mut self, site: &Site, taxonomy: &str, code: &str, name: &str) -> bool {
        let is = |s: &str| s.eq_ignore_ascii_case(code) || s.to_lowercase() == name.to_lowercase();
        if let Some(d) = site.life_domains.iter().find(|d| is(&d.slug) || is(&d.name)) {
            push_new(&mut self.life_domains, d.slug.clone());
            return true;
        }
        let find = |s: &str| !s.is_empty();
        let text = [code, name];
        if taxonomy != hsds::LIFE_DOMAINS {
            if let Some(k) = text
                .iter()
                .filter(|s| find(s))
                .find_map(|s| values::find_value::<Kind>(s))
            {
                self.kind.get_or_insert(k);
                return true;
            }
            if let Some(m) = text
                .iter()
                .filter(|s| find(s))
                .find_map(|s| values::find_value::<ContactMode>(s))
            {
                push_new(&mut self.contact_modes, m);
                return true;
            }
            if let Some(a) = text
                .iter()
                .filter(|s| find(s))
                .find_map(|s| values::find_value::<Accessibility>(s))
            {
                push_new(&mut self.accessibility, a);
                return true;
            }
        }
        false
    }
}

fn push_new<T: PartialEq>(list: &mut Vec<T>, v: T) {
    if !list.contains(&v) {
        list.push(v);
    }
}

fn locations(record: &Service) -> impl Iterator<Item = &Location> {
    record
        .service_at_locations
        .iter()
        .filter_map(|sal| sal.location.as_ref())
}

/// The phone numbers of the service, then of the service at its places, then of the places.
fn phones(record: &Service) -> impl Iterator<Item = &hsds::Phone> {
    let at = record.service_at_locations.iter().flat_map(|sal| &sal.phones);
    record
        .phones
        .iter()
        .chain(at)
        .chain(locations(record).flat_map(|l| &l.phones))
}

/// The schedules of the service, then of the service at its places, then of the places.
fn schedules(record: &Service) -> impl Iterator<Item = &hsds::Schedule> {
    let at = record.service_at_locations.iter().flat_map(|sal| &sal.schedules);
    record
        .schedules
        .iter()
        .chain(at)
        .chain(locations(record).flat_map(|l| &l.schedules))
}

/// Service areas: a place of this site at any level (`neighbourhoods.yaml`, by name or
/// slug: a town, a wijk or a buurt), or the whole municipality (its name however written,
/// or a wider area: the province, the country). A place the site does not know is kept
/// as it is named, so `check` asks for it: a name the import cannot place never makes a
/// service municipality-wide.
fn neighbourhoods(record: &Service, site: &Site, n: &mut Notes) -> Vec<String> {
    let mut out = Vec::new();
    let mut whole = false;
    let province = site
        .config
        .open_data
        .as_ref()
        .map(|o| o.province.as_str())
        .unwrap_or_default();
    for area in &record.service_areas {
        let Some(name) = text_of(&area.name) else { continue };
        if is_municipality(&name, &site.config.municipality) || is_wider(&name, province) {
            whole = true;
        } else if let Some(nb) = site
            .neighbourhoods
            .iter()
            .find(|nb| is_municipality(&name, &nb.name) || nb.slug == text::slugify(&name))
        {
            push_new(&mut out, nb.slug.clone());
        } else {
            let slug = text::slugify(&name);
            n.not_imported(
                msg!("import-service-area", name, slug),
                &msg!("add-content-neighbourhoods-yaml-leave-neighbourhoods"),
            );
            push_new(&mut out, slug);
        }
    }
    if whole {
        return Vec::new();
    }
    // The site's places in their order, then the unknown ones as they came.
    out.sort_by_key(|s| {
        site.neighbourhoods
            .iter()
            .position(|nb| &nb.slug == s)
            .unwrap_or(usize::MAX)
    });
    out
}

/// Whether a service area is wider than the municipality: the province or the country.
fn is_wider(area: &str, province: &str) -> bool {
    const COUNTRY: &[&str] = &[
        "nederland",
        "heel nederland",
        "landelijk",
        "the netherlands",
        "netherlands",
        "nl",
    ];
    let lower = area.trim().to_lowercase();
    COUNTRY.contains(&lower.as_str())
        || (!province.is_empty()
            && (lower == province.to_lowercase() || lower == format!("provincie {}", province.to_lowercase())))
}

/// Whether a service area names the municipality (or a place of a region's site) itself:
/// "Zaanstad", "Gemeente Zaanstad", "gemeente Zaanstad", "Zaanstad (gemeente)",
/// "Municipality of Zaanstad".
fn is_municipality(area: &str, municipality: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty() && !["gemeente", "municipality", "of", "de"].contains(w))
            .map(str::to_string)
            .collect()
    };
    let own = words(municipality);
    !own.is_empty() && words(area) == own
}

/// ISO 639-1 codes; the most common ISO 639-3 codes are turned into them.
fn spoken(record: &Service, n: &mut Notes) -> Vec<String> {
    const THREE: &[(&str, &str)] = &[
        ("nld", "nl"),
        ("dut", "nl"),
        ("eng", "en"),
        ("tur", "tr"),
        ("ara", "ar"),
        ("pol", "pl"),
        ("deu", "de"),
        ("ger", "de"),
        ("fra", "fr"),
        ("fre", "fr"),
        ("spa", "es"),
        ("por", "pt"),
        ("ukr", "uk"),
        ("rus", "ru"),
        ("som", "so"),
        ("tir", "ti"),
        ("fas", "fa"),
        ("per", "fa"),
        ("bul", "bg"),
        ("ron", "ro"),
        ("rum", "ro"),
        ("ita", "it"),
        ("zho", "zh"),
        ("chi", "zh"),
    ];
    let mut out = Vec::new();
    for l in &record.languages {
        let code = text_of(&l.code).unwrap_or_default().to_lowercase();
        let code = THREE
            .iter()
            .find(|(three, _)| *three == code)
            .map_or(code, |(_, two)| (*two).to_string());
        if languages::name(&code).is_some() {
            push_new(&mut out, code);
        } else {
            let shown = text_of(&l.name).unwrap_or(code);
            n.not_imported(
                msg!("import-language", shown),
                &msg!("add-two-letter-code-languages-by"),
            );
        }
    }
    out
}

fn contact(record: &Service, n: &mut Notes) -> Contact {
    let org = record.organization.as_ref();
    let mut c = Contact::default();
    let mut phones = phones(record);
    if let Some(number) = phones.next().and_then(|p| text_of(&p.number)) {
        match formats::phone(&number) {
            Ok(p) => c.phone = Some(p.display),
            Err(_) => n.not_imported(msg!("import-phone", number), &msg!("write-under-contact-phone-by-hand")),
        }
    }
    if phones.next().is_some() {
        n.not_imported(
            msg!("import-second-phone"),
            &msg!("choose-number-residents-should-call"),
        );
    }
    if let Some(email) = text_of(&record.email).or_else(|| org.and_then(|o| text_of(&o.email))) {
        match formats::email(&email) {
            Ok(e) => c.email = Some(e),
            Err(_) => n.not_imported(msg!("import-email", email), &msg!("check-with-provider")),
        }
    }
    let steunwijzer_page = |u: &String| u.contains("/aanbieders/");
    let website = org.and_then(|o| text_of(&o.website));
    if let Some(site) = website.or_else(|| text_of(&record.url).filter(|u| !steunwijzer_page(u))) {
        match formats::web_url(&site) {
            Ok(u) => c.website = Some(u),
            Err(_) => n.not_imported(msg!("import-website", site), &msg!("check-with-provider")),
        }
    }
    c.address = address(record, n);
    c
}

fn address(record: &Service, n: &mut Notes) -> Option<Address> {
    let mut all = locations(record)
        .flat_map(|l| &l.addresses)
        .filter(|a| text_of(&a.address_type).is_none_or(|t| t == "physical"));
    let a = all.next()?;
    if all.next().is_some() {
        n.not_imported(
            msg!("import-second-address"),
            &msg!("choose-address-residents-can-visit"),
        );
    }
    let street = [text_of(&a.address_1), text_of(&a.address_2)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let city = text_of(&a.city).unwrap_or_default();
    let raw = text_of(&a.postal_code).unwrap_or_default();
    match formats::postcode(&raw) {
        Ok(postcode) if !street.is_empty() && !city.is_empty() => Some(Address { street, postcode, city }),
        _ => {
            n.not_imported(
                msg!("import-address", address = format!("{street}, {raw} {city}")),
                &msg!("write-under-contact-address-by-hand"),
            );
            None
        }
    }
}

/// Weekly schedules with times become slots; a schedule with only a text becomes the note.
/// A schedule that does not hold today (it starts later or has ended) is left out: a
/// provider file's hours hold until an editor changes them.
fn opening_hours(record: &Service, today: Date, n: &mut Notes) -> Option<Hours> {
    let mut h = Hours::default();
    let mut notes: Vec<String> = Vec::new();
    for (i, s) in schedules(record).enumerate() {
        let text = text_of(&s.description).or_else(|| text_of(&s.notes));
        let description = || {
            text.as_deref()
                .map_or_else(|| msg!("import-no-description"), Msg::verbatim)
        };
        let number = i + 1;
        match Window::of(s, today) {
            Window::From(from) => {
                let message = msg!(
                    "import-schedule-later",
                    number,
                    description = description(),
                    from = from.iso()
                );
                n.not_imported(message, &msg!("import-schedule-later-hint"));
                continue;
            }
            Window::Ended(to) => {
                let message = msg!(
                    "import-schedule-ended",
                    number,
                    description = description(),
                    to = to.iso()
                );
                n.not_imported(message, &msg!("import-schedule-ended-hint"));
                continue;
            }
            Window::Until(to) => {
                let message = msg!(
                    "import-schedule-until",
                    number,
                    description = description(),
                    to = to.iso()
                );
                n.push(Code::NotImported, message, &msg!("import-schedule-until-hint"));
            }
            Window::Always => {}
        }
        match slot(s) {
            Some(slot) => h.hours.push(slot),
            None if s.freq.is_none() && s.opens_at.is_none() => notes.extend(text),
            None => {
                let message = msg!("import-schedule", number, description = description());
                n.not_imported(message, &msg!("add-as-opening-hours-note-by"));
            }
        }
    }
    h.note = (!notes.is_empty()).then(|| notes.join(" "));
    (!h.hours.is_empty() || h.note.is_some()).then_some(h)
}

/// When a schedule holds, seen from today.
#[derive(Debug, PartialEq)]
enum Window {
    /// No first or last day.
    Always,
    /// It holds today, up to this last day.
    Until(Date),
    /// It starts after today.
    From(Date),
    /// Its last day was before today.
    Ended(Date),
}

impl Window {
    fn of(s: &hsds::Schedule, today: Date) -> Window {
        let from = day(&s.valid_from).or_else(|| day(&s.dtstart));
        let to = day(&s.valid_to).or_else(|| day(&s.until));
        match (from, to) {
            (Some(from), _) if from > today => Window::From(from),
            (_, Some(to)) if to < today => Window::Ended(to),
            (_, Some(to)) => Window::Until(to),
            _ => Window::Always,
        }
    }
}

/// A day written as `2027-01-04` (with or without a time after it) or as iCalendar's
/// `20270104T090000Z`.
fn day(field: &Option<String>) -> Option<Date> {
    let t = text_of(field)?;
    if let Some(d) = t.get(..10).and_then(|d| Date::parse(d).ok()) {
        return Some(d);
    }
    let digits = t.get(..8).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    Date::new(
        digits[..4].parse().ok()?,
        digits[4..6].parse().ok()?,
        digits[6..].parse().ok()?,
    )
}

fn slot(s: &hsds::Schedule) -> Option<Slot> {
    let weekly = text_of(&s.freq).is_some_and(|f| f.eq_ignore_ascii_case("WEEKLY"));
    let every_week = s
        .interval
        .as_ref()
        .and_then(serde_json::Number::as_f64)
        .is_none_or(|i| (i - 1.0).abs() < f64::EPSILON);
    if !weekly || !every_week || s.bymonthday.is_some() {
        return None;
    }
    let days = text_of(&s.byday)?
        .split(',')
        .map(|d| {
            Weekday::ALL
                .into_iter()
                .find(|w| hsds::ical_day(*w).eq_ignore_ascii_case(d.trim()))
        })
        .collect::<Option<Vec<_>>>()?;
    let time = |field: &Option<String>| {
        let t = text_of(field)?;
        // `10:00:00`, and a zone suffix that a local clock time does not need.
        let hm: String = t.chars().take(5).collect();
        ClockTime::parse(&hm).ok().map(|c| c.to_string())
    };
    Some(Slot {
        days,
        opens: time(&s.opens_at)?,
        closes: time(&s.closes_at)?,
    })
}

/// Words that put a condition on "gratis": the support is then not free for everyone.
const COST_CONDITIONS: &[&str] = &[
    "eerste",
    "eerst",
    "daarna",
    "vanaf",
    "per",
    "euro",
    "€",
    "bijdrage",
    "eigen bijdrage",
    "tarief",
    "korting",
    "tenzij",
    "behalve",
    "soms",
    "afhankelijk",
    "proef",
    "intake",
    "alleen",
    "first",
    "then",
    "after",
    "fee",
    "charge",
    "unless",
    "except",
    "trial",
    "only",
];

/// Names of the municipality's own teams: a record of theirs is not independent support.
const TEAMS: &[&str] = &[
    "sociaal wijkteam",
    "wijkteam",
    "sociaal team",
    "buurtteam",
    "gebiedsteam",
    "toegangsteam",
    "jeugd- en gezinsteam",
    "jeugdteam",
    "wmo-loket",
    "wmo loket",
    "zorgloket",
    "neighbourhood team",
    "social team",
];

/// Whether `text` (lowercase) holds `word` as a word of its own (or, for a sign, at all).
fn has_word(text: &str, word: &str) -> bool {
    if !word.chars().all(char::is_alphanumeric) && !word.contains(' ') {
        return text.contains(word);
    }
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `independent`: never true from a guess. A record of a neighbourhood team or the
/// municipality's own desk (by its name or its organization's) is imported as
/// `independent: false`, so it is not listed, with a warning; the steunwijzer feature
/// term gives `true`; anything else is left for the editors.
fn independent(record: &Service, term: bool, n: &mut Notes) -> Option<bool> {
    let names = [
        text_of(&record.name),
        record.organization.as_ref().and_then(|o| text_of(&o.name)),
    ];
    let team = names.iter().flatten().find_map(|t| {
        let lower = t.to_lowercase();
        TEAMS.iter().find(|w| has_word(&lower, w)).map(|w| (t.clone(), *w))
    });
    if let Some((name, team)) = team {
        n.push(
            Code::NotImported,
            msg!("import-neighbourhood-team", name, team),
            &msg!("import-neighbourhood-team-hint"),
        );
        return Some(false);
    }
    term.then_some(true)
}

/// `free: true` only when the record says it costs nothing.
fn free(record: &Service, n: &mut Notes) -> Option<bool> {
    let amounts: Vec<f64> = record
        .cost_options
        .iter()
        .filter_map(|c| c.amount.as_ref().and_then(serde_json::Number::as_f64))
        .collect();
    let fees = text_of(&record.fees_description).unwrap_or_default().to_lowercase();
    let says_free = ["gratis", "free", "kosteloos", "geen kosten"]
        .iter()
        .any(|w| fees.contains(w));
    // "Gratis eerste gesprek", "gratis, daarna € 25": free with a condition is not free.
    if says_free && let Some(word) = COST_CONDITIONS.iter().find(|w| has_word(&fees, w)) {
        let said = text_of(&record.fees_description).unwrap_or_default();
        n.push(
            Code::NotImported,
            msg!("import-free-with-condition", said, word = *word),
            &msg!("check-with-provider-then-set-free"),
        );
        return None;
    }
    if amounts.iter().any(|a| *a > 0.0) {
        n.push(
            Code::NotImported,
            msg!("import-not-free-cost"),
            &msg!("only-free-support-listed-set-free"),
        );
        return None;
    }
    if says_free || !amounts.is_empty() {
        return Some(true);
    }
    n.push(
        Code::NotImported,
        msg!("import-not-free-unsaid"),
        &msg!("check-with-provider-then-set-free"),
    );
    None
}

fn last_reviewed(record: &Service, n: &mut Notes) -> Option<String> {
    let date = |field: &Option<String>| text_of(field).and_then(|d| Date::parse(d.get(..10)?).ok());
    if let Some(d) = date(&record.assured_date) {
        return Some(d.iso());
    }
    if let Some(d) = date(&record.last_modified) {
        n.push(
            Code::NotImported,
            msg!("import-reviewed-is-changed"),
            &msg!("check-information-with-provider-then-set"),
        );
        return Some(d.iso());
    }
    n.push(
        Code::NotImported,
        msg!("import-no-review-date"),
        &msg!("check-information-with-provider-then-set"),
    );
    None
}

/// Fields of a service that a provider file has no place for: those the HSDS types leave
/// in `other` (their `metadata` is the record's history, not the provider's).
fn unmapped_fields(record: &Service, n: &mut Notes) {
    let empty = |v: &Value| {
        v.is_null()
            || v.as_str().is_some_and(|s| s.trim().is_empty())
            || v.as_array().is_some_and(Vec::is_empty)
            || v.as_object().is_some_and(serde_json::Map::is_empty)
    };
    let unmapped = |other: &std::collections::BTreeMap<String, Value>| -> Vec<String> {
        other
            .iter()
            .filter(|(k, v)| k.as_str() != "metadata" && !empty(v))
            .map(|(k, _)| k.clone())
            .collect()
    };
    let hint = msg!("add-text-by-hand-if-residents");
    for key in unmapped(&record.other) {
        n.not_imported(msg!("import-no-field", key = format!("{key}")), &hint);
    }
    if let Some(org) = &record.organization {
        for key in unmapped(&org.other) {
            n.not_imported(msg!("import-no-field", key = format!("organization.{key}")), &hint);
        }
        if let Some(name) = text_of(&org.name).filter(|o| *o != n.name) {
            n.not_imported(
                msg!("import-organization-name", name),
                &msg!("use-name-residents-know-name"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_municipality_is_named_in_many_ways() {
        for area in [
            "Zaanstad",
            "Gemeente Zaanstad",
            "gemeente zaanstad",
            "Zaanstad (gemeente)",
            "Municipality of Zaanstad",
        ] {
            assert!(is_municipality(area, "Zaanstad"), "{area}");
        }
        for area in ["Zaandam", "Zaanstad-Noord", "Gemeente Haarlem", ""] {
            assert!(!is_municipality(area, "Zaanstad"), "{area}");
        }
        assert!(is_municipality("Gemeente Bergen (NH)", "Bergen (NH)"));
    }

    use serde_json::json;

    #[test]
    fn a_steunwijzer_page_keeps_its_slug_and_other_records_get_one_from_the_name() {
        let service = |v: Value| Service::deserialize(v).unwrap();
        let ours = service(json!({"url": "https://x.nl/gids/aanbieders/vakbond-zorg/"}));
        assert_eq!(slug(&ours, "Vakbondsteunpunt Zorg"), "vakbond-zorg");
        let theirs = service(json!({"url": "https://ander.example.org/diensten/123"}));
        assert_eq!(slug(&theirs, "Taalcafé Noord"), "taalcafe-noord");
        let traversal = service(json!({"url": "https://x.nl/aanbieders/../../etc/"}));
        assert_eq!(slug(&traversal, "Hulp"), "hulp");
        assert_eq!(slug(&service(json!({})), "???"), "aanbieder");
    }

    #[test]
    fn a_schedule_holds_from_its_first_to_its_last_day() {
        let today = Date::new(2026, 12, 6).unwrap();
        let window = |v: Value| Window::of(&hsds::Schedule::deserialize(v).unwrap(), today);
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(window(json!({})), Window::Always);
        assert_eq!(
            window(json!({"valid_from": "2027-01-04"})),
            Window::From(day(2027, 1, 4))
        );
        assert_eq!(
            window(json!({"dtstart": "20270104T090000Z"})),
            Window::From(day(2027, 1, 4))
        );
        assert_eq!(
            window(json!({"valid_to": "2026-12-05"})),
            Window::Ended(day(2026, 12, 5))
        );
        assert_eq!(
            window(json!({"until": "2026-12-06T23:59:00"})),
            Window::Until(day(2026, 12, 6))
        );
        assert_eq!(
            window(json!({"valid_from": "2026-01-01", "valid_to": "2027-06-30"})),
            Window::Until(day(2027, 6, 30))
        );
        // A day that is no date says nothing.
        assert_eq!(
            window(json!({"valid_from": "volgend jaar", "until": "2026-13-45"})),
            Window::Always
        );
    }
}
