//! The load stage for `site.yaml`: the settings of one directory site.

mod admin;
mod help;
mod parts;

use crate::msg;
use std::ops::RangeInclusive;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::date;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Msg, Span, Staged};
use crate::formats::{self, Phone};
use crate::source::SourceFile;
use crate::text;
use crate::yaml::{self, Document, Seg, key, keys};

pub(crate) const FILE_NAME: &str = "site.yaml";

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<String>,
    municipality: Option<String>,
    region: Option<String>,
    country: Option<String>,
    base_url: Option<String>,
    language: Option<String>,
    languages_ui: Option<Vec<String>>,
    description: Option<String>,
    notice: Option<String>,
    contact: Option<RawTeamContact>,
    stale_after_months: Option<u32>,
    theme: Option<String>,
    time_zone: Option<String>,
    print: Option<RawPrint>,
    kiosk: Option<RawKiosk>,
    offline: Option<RawOffline>,
    open_data: Option<RawOpenData>,
    logo: Option<String>,
    crisis: Option<Vec<help::RawHelpLine>>,
    front_door: Option<Vec<String>>,
    municipalities: Option<std::collections::BTreeMap<String, parts::RawPart>>,
    translations: crate::translations::RawTranslations,
    admin: Option<admin::RawAdmin>,
}

pub use admin::{Admin, Backend};
pub use help::HelpLine;
pub use parts::Part;

/// `open_data:` in site.yaml: the data files for partners.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawOpenData {
    enabled: Option<bool>,
    licence: Option<String>,
    licence_url: Option<String>,
    page: Option<String>,
    province: Option<String>,
}

/// `kiosk:` in site.yaml: the edition for a public touch screen.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawKiosk {
    enabled: Option<bool>,
    idle_seconds: Option<u32>,
    countdown_seconds: Option<u32>,
}

/// `offline:` in site.yaml: the zip of the whole site.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawOffline {
    enabled: Option<bool>,
    page: Option<String>,
}

/// `print:` in site.yaml: the printed guide.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPrint {
    enabled: Option<bool>,
    intro: Option<Vec<String>>,
    volume_entries: Option<u32>,
    leaflet_entries: Option<u32>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTeamContact {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    website: Option<String>,
    corrections: Option<String>,
    signup: Option<String>,
}

/// The directory team's own contact details, shown in every page footer.
#[derive(Debug, Clone, Serialize, Default)]
pub struct TeamContact {
    /// The team's name.
    pub name: String,
    /// Its e-mail address.
    pub email: Option<String>,
    /// Its phone number.
    pub phone: Option<Phone>,
    /// Its website.
    pub website: Option<String>,
    /// Where residents report a mistake on a provider page ("Klopt er iets niet?"): an
    /// e-mail address (by default `email`) or a web form's address.
    pub(crate) corrections_email: Option<String>,
    pub(crate) corrections_form: Option<String>,
    /// Where a provider's sign-up ("Aanmelden als ondersteuner") goes: an e-mail address
    /// (by default `email`)…
    pub signup_email: Option<String>,
    /// …or a web form's address.
    pub signup_form: Option<String>,
}

/// What a site serves: one municipality (`municipality:` in site.yaml), a region of
/// several (`region:`) or the country (`country:`). In a region or the country the places
/// of `content/neighbourhoods.yaml` that lie in no other are its municipalities: the
/// sitemap and the open data come per municipality too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// One municipality: its places are wijken and buurten.
    #[default]
    Municipality,
    /// Several municipalities.
    Region,
    /// The whole country.
    Country,
}

impl Scope {
    /// The key of site.yaml that names it.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Scope::Municipality => "municipality",
            Scope::Region => "region",
            Scope::Country => "country",
        }
    }
}

/// `site.yaml`, checked.
#[derive(Debug, Clone, Serialize)]
pub struct Config {
    /// The site's name.
    pub title: String,
    /// The name of what the directory serves: the municipality, the region or the
    /// country ("heel Haarlem", "heel Zaanstreek").
    pub municipality: String,
    /// Whether that is a municipality, a region or the country.
    pub scope: Scope,
    /// Absolute, always ending in `/`.
    pub base_url: String,
    /// The site's language (ISO 639-1).
    pub language: String,
    /// The languages of the interface (`languages_ui:`), the site's language first: its
    /// pages are at the root, every other language's below `<code>/`.
    pub languages_ui: Vec<String>,
    /// Where site.yaml names each of `languages_ui` (the list's start for the site's
    /// language when the list leaves it out).
    pub languages_ui_at: Vec<Span>,
    /// A sentence for search engines and the home page.
    pub description: String,
    /// A line shown on every page, for example that the content is example data.
    pub notice: Option<String>,
    /// `description` and `notice` in other interface languages (`translations:`).
    pub translations: crate::translations::Translations,
    /// The editors' team, for corrections.
    pub contact: TeamContact,
    /// After how many months without a check a provider is marked.
    pub stale_after_months: u32,
    /// The theme (a folder of `themes/`, or `default`).
    pub theme: String,
    /// Where site.yaml names the theme (its start when it does not).
    pub theme_at: Span,
    /// The municipality's time zone, in which "today" is reckoned.
    pub time_zone: String,
    /// Whether `build` makes the printed guide (`print: {enabled: false}` turns it off).
    pub print: bool,
    /// The free pages whose text opens the printed guide, by slug.
    pub print_intro: Vec<String>,
    /// How many entries one printed document may hold (`print.volume_entries`,
    /// `print.leaflet_entries`).
    pub print_budget: PrintBudget,
    /// Where site.yaml lists them, for the message when one does not exist; None when
    /// it does not (the default pages may be absent).
    pub(crate) print_intro_at: Option<Span>,
    /// site.yaml as messages name it, for problems found later (a page it names).
    pub path: String,
    /// The open data files' settings; None when `open_data: {enabled: false}`.
    pub open_data: Option<OpenData>,
    /// The kiosk edition's settings; None when `kiosk: {enabled: false}`.
    pub kiosk: Option<Kiosk>,
    /// The free page that links to the offline copy; None when `offline: {enabled: false}`.
    pub offline_page: Option<String>,
    /// Where site.yaml names it; None when it does not.
    pub(crate) offline_page_at: Option<Span>,
    /// The municipality's logo in the page header: a file below `static/` (`logo.svg`).
    pub logo: Option<String>,
    /// Where site.yaml names it, for "there is no such file" at render time.
    pub logo_at: Span,
    /// Where the texts the printed guide sets stand in site.yaml, by key.
    #[serde(skip)]
    pub(crate) printed_at: Vec<(&'static str, Span)>,
    /// The numbers to call in a crisis, shown on every page and never among providers.
    pub crisis: Vec<HelpLine>,
    /// The general client supporters to call for whoever does not know where to start:
    /// provider slugs, with where site.yaml names them.
    #[serde(skip)]
    pub front_door: Vec<(String, Span)>,
    /// A region's municipalities' own logo and front door (`municipalities:`), A–Z by slug.
    pub municipalities: Vec<Part>,
    /// The editors' form (`admin/`); None when site.yaml has no `admin:`.
    pub admin: Option<Admin>,
}

impl Config {
    /// The texts of site.yaml the printed guide sets: key, where it stands, the text.
    pub fn printed(&self) -> Vec<(&'static str, Span, &str)> {
        let at = |key: &str| {
            self.printed_at
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(Span::file_start(), |(_, s)| *s)
        };
        let mut out = vec![
            ("title", at("title"), self.title.as_str()),
            ("municipality", at("municipality"), self.municipality.as_str()),
            ("description", at("description"), self.description.as_str()),
            ("contact.name", at("contact.name"), self.contact.name.as_str()),
        ];
        if let Some(n) = &self.notice {
            out.push(("notice", at("notice"), n.as_str()));
        }
        out
    }
}

/// Where the texts of site.yaml that the printed guide sets stand.
fn printed_at(doc: &Document, scope: Scope) -> Vec<(&'static str, Span)> {
    PRINTED_KEYS
        .iter()
        .map(|path| {
            let name: &'static str = match path {
                [one] => one,
                _ => "contact.name",
            };
            // The name of what the site serves stands at the key that gives it.
            let at: &[&str] = if name == "municipality" { &[scope.key()] } else { path };
            (name, doc.value_span(&keys(at)))
        })
        .collect()
}

/// The keys of site.yaml whose texts the printed guide sets.
const PRINTED_KEYS: &[&[&str]] = &[
    &["title"],
    &["municipality"],
    &["description"],
    &["notice"],
    &["contact", "name"],
];

/// Under which licence the data files are published, and which page links them.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct OpenData {
    /// An SPDX identifier, such as `CC0-1.0`.
    pub licence: String,
    /// The licence of the open data.
    pub licence_url: String,
    /// The free page that offers them (slug).
    pub page: String,
    /// Where site.yaml names the page; None when it does not.
    pub page_at: Option<Span>,
    /// The province, which HSDS addresses require (`state_province`); empty when not given.
    pub province: String,
}

/// Licences a directory's data is commonly published under, with their texts.
const LICENCES: &[(&str, &str)] = &[
    ("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    ("ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
    ("PDDL-1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
];

/// `open_data`, CC0-1.0 on the Over page unless site.yaml says otherwise. Another licence
/// than the known ones needs its `licence_url`.
fn open_data(doc: &Document, raw: RawOpenData, out: &mut Diagnostics) -> Option<OpenData> {
    let licence = raw.licence.unwrap_or_else(|| LICENCES[0].0.to_string());
    let known = LICENCES
        .iter()
        .find(|(id, _)| *id == licence)
        .map(|(_, url)| (*url).to_string());
    let licence_url = match (raw.licence_url, known) {
        (Some(url), _) | (None, Some(url)) => url,
        (None, None) => {
            out.push(
                doc.error(
                    Code::InvalidSetting,
                    doc.value_span(&keys(&["open_data", "licence"])),
                    msg!("not-licence-steunwijzer-knows", licence),
                )
                .with_hint(msg!(
                    "add-with-address-text-use-one",
                    licences = LICENCES.iter().map(|(id, _)| *id).collect::<Vec<_>>().join(", ")
                )),
            );
            String::new()
        }
    };
    let page_at = raw
        .page
        .is_some()
        .then(|| doc.value_span(&keys(&["open_data", "page"])));
    raw.enabled.unwrap_or(true).then(|| OpenData {
        licence,
        licence_url,
        page: raw.page.unwrap_or_else(|| DEFAULT_ABOUT_PAGE.to_string()),
        page_at,
        province: raw.province.map(|p| p.trim().to_string()).unwrap_or_default(),
    })
}

/// How the kiosk edition waits for the next visitor.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without a touch or key before the kiosk asks "Bent u nog bezig?".
    pub idle_seconds: u32,
    /// Seconds the question stays before the kiosk starts again.
    pub countdown_seconds: u32,
}

impl Config {
    /// The path part of `base_url` (`/` or `/haarlem/`), for pages that cannot use
    /// relative links because they are served at any depth (404).
    pub fn base_path(&self) -> String {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, r)| r);
        match after_scheme.find('/') {
            Some(i) => after_scheme[i..].to_string(),
            None => "/".to_string(),
        }
    }
}

/// Reads and checks `site.yaml`; `base_url_override` is the `--base-url` option.
pub fn load(root: &Path, base_url_override: Option<&str>) -> Staged<Config> {
    let src = match SourceFile::read(root, Path::new(FILE_NAME)) {
        Ok(src) => src,
        Err(d) if d.code == Code::SymbolicLink => return Staged::failed(d),
        Err(d) => {
            return Staged::failed(d.with_hint(msg!("site-yaml-needed")));
        }
    };
    from_source(&src, base_url_override)
}

/// What `check --strict` adds, for a site about to be published: `base_url` must not be on a
/// name reserved for examples (RFC 2606 and 6761: `example.org`, `.com`, `.net` and names
/// ending in `.example`, `.test`, `.invalid` or `.localhost`), which would put a dead
/// address in the sitemap, the open data and every printed QR code.
pub fn ready_to_publish(root: &Path) -> Diagnostics {
    let Ok(src) = SourceFile::read(root, Path::new(FILE_NAME)) else {
        return Diagnostics::new();
    };
    let Some(config) = from_source(&src, None).value else {
        return Diagnostics::new();
    };
    [example_address(&src, &config), admin_to_fill_in(&src, &config)]
        .into_iter()
        .flatten()
        .collect()
}

/// `base_url` on a name reserved for examples, at its line.
fn example_address(src: &SourceFile, config: &Config) -> Option<Diagnostic> {
    let after_scheme = config.base_url.split_once("://").map_or("", |(_, r)| r);
    let host = after_scheme
        .split(['/', ':'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let reserved = ["example.org", "example.com", "example.net"]
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
        || [".example", ".test", ".invalid", ".localhost"]
            .iter()
            .any(|t| host.ends_with(t))
        || host == "localhost";
    if !reserved {
        return None;
    }
    let span = line_of(src, "base_url:", config.base_url.chars().count());
    let d = Diagnostic::error(
        Code::PlaceholderAddress,
        &src.display,
        span,
        msg!("base-url-placeholder", host),
    );
    Some(d.with_hint(msg!("base-url-placeholder-hint")).with_source(&src.text))
}

/// The editors' form's repository still `[VUL IN …]`, at its line.
fn admin_to_fill_in(src: &SourceFile, config: &Config) -> Option<Diagnostic> {
    let repo = &config.admin.as_ref()?.repo;
    if !repo.contains(text::FILL_IN) {
        return None;
    }
    let span = line_of(src, "repo:", repo.chars().count());
    let d = Diagnostic::error(Code::FillIn, &src.display, span, msg!("admin-repo-to-fill-in", repo));
    Some(d.with_hint(msg!("admin-repo-fill-in-hint")).with_source(&src.text))
}

/// The first line whose text (indented or not) starts with `key`, its value's column.
fn line_of(src: &SourceFile, key: &str, len: usize) -> Span {
    let (line, column) = src
        .text
        .lines()
        .enumerate()
        .find_map(|(i, l)| {
            let rest = l.trim_start().strip_prefix(key)?;
            Some((i + 1, l.len() - rest.trim_start().len() + 1))
        })
        .unwrap_or((1, 1));
    Span::new(line, column, len)
}

/// Checks `site.yaml` read into `src`.
pub fn from_source(src: &SourceFile, base_url_override: Option<&str>) -> Staged<Config> {
    let hidden = src.hidden_characters();
    if !hidden.is_empty() {
        return Staged::failed(hidden.into_iter().collect::<Diagnostics>());
    }
    let doc = match yaml::parse(&src.display, &src.text, &src.text, 1) {
        Ok(doc) => doc,
        Err(ds) => return Staged::failed(ds),
    };
    let mut out = Diagnostics::new();
    let raw: RawConfig = doc.decode(&[], &msg!("what-site-yaml"), &mut out).unwrap_or_default();
    let config = settle(&doc, raw, base_url_override, &mut out).map(|c| Config {
        path: src.display.clone(),
        ..c
    });
    Staged::checked(config, out)
}

/// A required setting; a missing one is named as missing from site.yaml.
fn required(doc: &Document, value: Option<&str>, name: &str, example: &str, out: &mut Diagnostics) -> Option<String> {
    doc.required_text(&key(name), value, example, out, || {
        Some(
            doc.error(Code::MissingKey, doc.start_span(), msg!("site-yaml-missing", name))
                .with_hint(msg!("add-line", name, example)),
        )
    })
}

/// What the site serves, from the one of `municipality:`, `region:` and `country:` that
/// site.yaml gives: a second is an error at its line, none at the file's start.
fn scope(doc: &Document, raw: &RawConfig, out: &mut Diagnostics) -> Option<(Scope, String)> {
    let given: Vec<(Scope, &str)> = [
        (Scope::Municipality, raw.municipality.as_deref()),
        (Scope::Region, raw.region.as_deref()),
        (Scope::Country, raw.country.as_deref()),
    ]
    .into_iter()
    .filter_map(|(s, v)| v.map(|v| (s, v)))
    .collect();
    if let [(first, _), (second, _), ..] = given[..] {
        out.push(
            doc.error(
                Code::InvalidSetting,
                doc.key_span(&key(second.key())),
                msg!("site-yaml-one-area", first = first.key(), second = second.key()),
            )
            .with_hint(msg!("site-yaml-one-area-hint")),
        );
        return None;
    }
    let (scope, value) = given
        .first()
        .map_or((Scope::Municipality, None), |(s, v)| (*s, Some(*v)));
    let name = required(doc, value, scope.key(), "Haarlem", out)?;
    municipality_name(doc, name, scope.key(), out).map(|n| (scope, n))
}

/// The municipality's (region's, country's) name at `name_key`, when it can be a name
/// (the rule of `text::name_problem`).
fn municipality_name(doc: &Document, name: String, name_key: &str, out: &mut Diagnostics) -> Option<String> {
    let Some(problem) = text::name_problem(&name) else {
        return Some(name);
    };
    out.push(
        doc.error(
            Code::InvalidSetting,
            doc.value_span(&key(name_key)),
            msg!(
                "cannot-be-a-name",
                key = name_key,
                problem = crate::formats::name_problem(&problem)
            ),
        )
        .with_hint(msg!("write-municipality-s-name-as-residents")),
    );
    None
}

/// The settings with their defaults, every problem reported; None when a required one is
/// missing.
/// What site.yaml's own `translations:` may give.
const TRANSLATED: crate::translations::Fields<'static> = crate::translations::Fields {
    required: &[],
    optional: &["description", "notice"],
};

/// `theme:`, the name of a folder under themes/ ("default" when not given).
fn theme_name(doc: &Document, raw: Option<String>, out: &mut Diagnostics) -> String {
    let theme = raw.unwrap_or_else(|| "default".to_string());
    if !text::is_slug(&theme) {
        out.push(
            doc.error(
                Code::InvalidSetting,
                doc.value_span(&key("theme")),
                msg!("not-theme-name", theme),
            )
            .with_hint(msg!("theme-is-a-folder")),
        );
    }
    theme
}

fn settle(doc: &Document, raw: RawConfig, base_url_override: Option<&str>, out: &mut Diagnostics) -> Option<Config> {
    let title = required(doc, raw.title.as_deref(), "title", "Steunwijzer Haarlem", out);
    let municipality = scope(doc, &raw, out);
    let base_url = base_url(doc, raw.base_url.as_deref(), base_url_override, out);
    let language = language(doc, raw.language, out);
    let (languages_ui, languages_ui_at) = languages_ui(doc, &language, raw.languages_ui, out);
    let stale_after_months = stale_after(doc, raw.stale_after_months, out);
    let contact = team_contact(doc, raw.contact.unwrap_or_default(), out);
    let theme = theme_name(doc, raw.theme, out);
    let time_zone = time_zone(doc, raw.time_zone, out);
    let (scope, municipality) = municipality?;
    let print = raw.print.unwrap_or_default();
    let kiosk = kiosk(doc, &raw.kiosk.unwrap_or_default(), out);
    let (offline_page, offline_page_at) = offline_page(doc, raw.offline.unwrap_or_default());
    let langs = crate::translations::Langs::new(&language, &languages_ui);
    let crisis = help::crisis(doc, raw.crisis, langs, out);
    let translations = crate::translations::check(doc, &[], &raw.translations, &TRANSLATED, langs, out);
    Some(Config {
        description: raw
            .description
            .unwrap_or_else(|| format!("Gratis, onafhankelijke cliëntondersteuning in {municipality}.")),
        title: title?,
        municipality,
        scope,
        base_url: base_url?,
        language,
        languages_ui,
        languages_ui_at,
        notice: raw.notice.filter(|n| !n.trim().is_empty()),
        translations,
        contact,
        stale_after_months,
        theme,
        theme_at: doc.value_span(&key("theme")),
        time_zone,
        print: print.enabled.unwrap_or(true),
        print_intro_at: print
            .intro
            .is_some()
            .then(|| doc.value_span(&keys(&["print", "intro"]))),
        print_budget: print_budget(doc, &print, out),
        print_intro: print_intro(doc, print.intro, out),
        kiosk,
        offline_page,
        offline_page_at,
        logo: raw.logo.and_then(|l| logo(doc, &l, doc.value_span(&key("logo")), out)),
        logo_at: doc.value_span(&key("logo")),
        printed_at: printed_at(doc, scope),
        crisis,
        front_door: help::front_door(doc, raw.front_door),
        municipalities: parts::parts(doc, raw.municipalities, out),
        open_data: open_data(doc, raw.open_data.unwrap_or_default(), out),
        admin: admin::admin(doc, raw.admin, out),
        path: String::new(),
    })
}

/// After how many months an entry is due for review (12 unless given); at least 1.
fn stale_after(doc: &Document, given: Option<u32>, out: &mut Diagnostics) -> u32 {
    let months = given.unwrap_or(12);
    if months == 0 {
        out.push(
            doc.error(
                Code::InvalidSetting,
                doc.value_span(&key("stale_after_months")),
                msg!("stale-after-months-must-at-least"),
            )
            .with_hint(msg!("stale-after-months-hint")),
        );
    }
    months
}

/// The logo's path below `static/`, if it is one: relative, inside the folder, an image.
fn logo(doc: &Document, given: &str, at: Span, out: &mut Diagnostics) -> Option<String> {
    let path = given.trim().trim_start_matches("static/");
    let image = [".svg", ".png", ".webp", ".jpg", ".jpeg"]
        .iter()
        .any(|ext| path.to_lowercase().ends_with(ext));
    let plain = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/'));
    let inside = plain && !path.starts_with('/') && !path.split('/').any(|p| p == ".." || p.is_empty());
    if image && inside {
        return Some(path.to_string());
    }
    out.push(
        doc.error(Code::InvalidSetting, at, msg!("not-image-site-s-static-folder", given))
            .with_hint(msg!("put-file-svg-png-webp-jpeg")),
    );
    None
}

/// The page that offers the offline copy (None when it is off), and where site.yaml names
/// it (None when it does not).
fn offline_page(doc: &Document, raw: RawOffline) -> (Option<String>, Option<Span>) {
    let at = raw.page.is_some().then(|| doc.value_span(&keys(&["offline", "page"])));
    let page = raw
        .enabled
        .unwrap_or(true)
        .then(|| raw.page.unwrap_or_else(|| DEFAULT_ABOUT_PAGE.to_string()));
    (page, at)
}

/// `language`: only Dutch for now.
fn language(doc: &Document, raw: Option<String>, out: &mut Diagnostics) -> String {
    let language = raw.unwrap_or_else(|| "nl".to_string());
    if language != "nl" {
        out.push(
            doc.error(
                Code::UnsupportedLanguage,
                doc.value_span(&key("language")),
                msg!("language-not-supported-yet", language),
            )
            .with_hint(msg!("use-language-nl")),
        );
    }
    language
}

/// `languages_ui`: the languages of the interface, each a language code once, the site's
/// language first (added when the list leaves it out); with where site.yaml names each.
fn languages_ui(
    doc: &Document,
    language: &str,
    raw: Option<Vec<String>>,
    out: &mut Diagnostics,
) -> (Vec<String>, Vec<Span>) {
    let mut chosen = vec![(language.to_string(), doc.value_span(&key("languages_ui")))];
    let mut named = std::collections::BTreeSet::new();
    for (i, code) in raw.unwrap_or_default().into_iter().enumerate() {
        let at = doc.value_span(&yaml::item("languages_ui", i));
        let code = code.trim().to_lowercase();
        if crate::languages::name(&code).is_none() {
            out.push(
                doc.error(Code::InvalidSetting, at, msg!("not-language-code", code))
                    .with_hint(msg!("write-two-letter-iso-639-1")),
            );
        } else if !named.insert(code.clone()) {
            out.push(doc.warning(Code::InvalidSetting, at, msg!("named-twice", code)));
        } else if code == language {
            chosen[0].1 = at;
        } else {
            chosen.push((code, at));
        }
    }
    chosen.into_iter().unzip()
}

/// The free page that offers the offline copy and the open data when site.yaml does not say.
const DEFAULT_ABOUT_PAGE: &str = "over";

/// A number setting at `key` within `range`: when it is not, `wrong` at its value with
/// `hint` (the default); the nearest allowed value to go on with.
fn in_range(
    doc: &Document,
    key: [&str; 2],
    v: u32,
    range: RangeInclusive<u32>,
    wrong: Msg,
    hint: Msg,
    out: &mut Diagnostics,
) -> u32 {
    if !range.contains(&v) {
        out.push(
            doc.error(Code::InvalidSetting, doc.value_span(&keys(&key)), wrong)
                .with_hint(hint),
        );
    }
    v.clamp(*range.start(), *range.end())
}

/// The kiosk settings, each within the range a visitor can live with: long enough to
/// read a page and answer, short enough that the next visitor does not find the last
/// one's search (WCAG 2.2.1 and 2.2.6).
fn kiosk(doc: &Document, raw: &RawKiosk, out: &mut Diagnostics) -> Option<Kiosk> {
    let mut seconds = |name: &str, value: Option<u32>, default: u32, range: RangeInclusive<u32>| {
        let wrong = msg!("must-from-seconds", name, start = range.start(), end = range.end());
        let hint = msg!("leave-out-for-default-seconds", default);
        in_range(doc, ["kiosk", name], value.unwrap_or(default), range, wrong, hint, out)
    };
    let idle_seconds = seconds("idle_seconds", raw.idle_seconds, 120, 2..=3600);
    let countdown_seconds = seconds("countdown_seconds", raw.countdown_seconds, 30, 2..=300);
    raw.enabled.unwrap_or(true).then_some(Kiosk {
        idle_seconds,
        countdown_seconds,
    })
}

/// How many entries (a provider in a life domain) one printed document may hold: the
/// guide or its large print, and a leaflet. A guide with more is made as a
/// volume per life domain, cut into parts A–Z where one life domain has more; so no
/// document's layout grows with the size of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PrintBudget {
    /// The guide's entries, and the large print's.
    pub volume_entries: u32,
    /// A leaflet's: what fits on one folded A4 sheet.
    pub leaflet_entries: u32,
}

impl Default for PrintBudget {
    fn default() -> Self {
        PrintBudget {
            volume_entries: 120,
            leaflet_entries: 12,
        }
    }
}

fn print_budget(doc: &Document, raw: &RawPrint, out: &mut Diagnostics) -> PrintBudget {
    let mut entries = |name: &str, value: Option<u32>, default: u32, range: RangeInclusive<u32>| {
        let wrong = msg!("must-from-entries", name, start = range.start(), end = range.end());
        let hint = msg!("leave-out-for-default-entries", default);
        in_range(doc, ["print", name], value.unwrap_or(default), range, wrong, hint, out)
    };
    let default = PrintBudget::default();
    PrintBudget {
        volume_entries: entries("volume_entries", raw.volume_entries, default.volume_entries, 10..=400),
        leaflet_entries: entries("leaflet_entries", raw.leaflet_entries, default.leaflet_entries, 2..=24),
    }
}

/// The free pages that open the printed guide when site.yaml does not say: what the
/// directory is and how to complain.
const DEFAULT_PRINT_INTRO: [&str; 2] = ["over", "klachten"];

/// The most free pages that may open the printed guide.
pub(crate) const MAX_PRINT_INTRO: usize = 10;

/// The intro pages of the guide: each once, at most [`MAX_PRINT_INTRO`]; the default
/// pages when site.yaml names none.
fn print_intro(doc: &Document, raw: Option<Vec<String>>, out: &mut Diagnostics) -> Vec<String> {
    let Some(raw) = raw else {
        return DEFAULT_PRINT_INTRO.iter().map(|s| (*s).to_string()).collect();
    };
    let mut pages: Vec<String> = Vec::new();
    for (i, slug) in raw.into_iter().enumerate() {
        let at = doc.value_span(&[Seg::Key("print".into()), Seg::Key("intro".into()), Seg::Index(i)]);
        if pages.contains(&slug) {
            out.push(
                doc.error(Code::InvalidSetting, at, msg!("opens-guide-once-already", slug))
                    .with_hint(msg!("name-each-page-once")),
            );
        } else if pages.len() == MAX_PRINT_INTRO {
            out.push(
                doc.error(
                    Code::TooMany,
                    at,
                    msg!("at-most-pages-can-open-printed", max_print_intro = MAX_PRINT_INTRO),
                )
                .with_hint(msg!("choose-pages-reader-needs-first-rest")),
            );
            break;
        } else {
            pages.push(slug);
        }
    }
    pages
}

/// `time_zone`, Europe/Amsterdam when not given.
fn time_zone(doc: &Document, raw: Option<String>, out: &mut Diagnostics) -> String {
    let time_zone = raw.unwrap_or_else(|| date::DEFAULT_TIME_ZONE.to_string());
    if !date::is_time_zone(&time_zone) {
        out.push(
            doc.error(
                Code::InvalidSetting,
                doc.value_span(&key("time_zone")),
                msg!("not-time-zone", time_zone),
            )
            .with_hint(msg!("use-name-such-as-europe-amsterdam")),
        );
    }
    time_zone
}

/// `base_url` from the option or from site.yaml, always ending in `/`.
fn base_url(doc: &Document, raw: Option<&str>, option: Option<&str>, out: &mut Diagnostics) -> Option<String> {
    let url = match option {
        Some(url) => formats::site_url(url)
            .map_err(|e| {
                out.push(Diagnostic::error(e.code, "--base-url", Span::default(), e.message).with_hint(e.hint));
            })
            .ok(),
        None => required(doc, raw, "base_url", "https://steunwijzer.example.org/", out).and_then(|u| {
            formats::site_url(&u)
                .map_err(|e| {
                    out.push(
                        doc.error(e.code, doc.value_span(&key("base_url")), e.message)
                            .with_hint(e.hint),
                    );
                })
                .ok()
        }),
    };
    url.map(|u| if u.ends_with('/') { u } else { format!("{u}/") })
}

fn team_contact(doc: &Document, raw: RawTeamContact, out: &mut Diagnostics) -> TeamContact {
    let mut report = |k: &str, e: formats::Invalid| {
        out.push(
            doc.error(e.code, doc.value_span(&keys(&["contact", k])), e.message)
                .with_hint(e.hint),
        );
    };
    let email = raw
        .email
        .and_then(|e| formats::email(&e).map_err(|e| report("email", e)).ok());
    // An e-mail address or a form's address, for `key`; the team's e-mail by default.
    let mut mail_or_form = |key: &str, given: Option<&str>| match given.map(str::trim) {
        None => (email.clone(), None),
        Some(c) if c.contains("://") => (None, formats::web_url(c).map_err(|e| report(key, e)).ok()),
        Some(c) => (formats::email(c).map_err(|e| report(key, e)).ok(), None),
    };
    let (corrections_email, corrections_form) = mail_or_form("corrections", raw.corrections.as_deref());
    let (signup_email, signup_form) = mail_or_form("signup", raw.signup.as_deref());
    TeamContact {
        name: raw.name.unwrap_or_default(),
        email,
        phone: raw
            .phone
            .and_then(|p| formats::phone(&p).map_err(|e| report("phone", e)).ok()),
        website: raw
            .website
            .and_then(|w| formats::web_url(&w).map_err(|e| report("website", e)).ok()),
        corrections_email,
        corrections_form,
        signup_email,
        signup_form,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_site(yaml: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), yaml).unwrap();
        dir
    }

    #[test]
    fn interface_languages() {
        let base = "title: T\nmunicipality: Haarlem\nbase_url: https://example.org/\n";
        let dir = write_site(&format!("{base}languages_ui: [en, nl, AR, tr, en, xx]\n"));
        let staged = load(dir.path(), None);
        let messages: Vec<String> = staged.diagnostics.iter().map(|d| d.message.english()).collect();
        assert_eq!(messages[..2], ["`en` is named twice", "`xx` is not a language code"]);
        let dir = write_site(&format!("{base}languages_ui: [en, nl, AR, tr, en]\n"));
        let c = load(dir.path(), None).value.unwrap();
        assert_eq!(c.languages_ui, ["nl", "en", "ar", "tr"]);
        assert_eq!(c.languages_ui_at[1].line, 4);
    }

    #[test]
    fn print_budgets_have_defaults_and_a_range_located_at_their_line() {
        let base = "title: T\nmunicipality: Haarlem\nbase_url: https://example.org/\n";
        let c = load(write_site(base).path(), None).value.unwrap();
        assert_eq!(c.print_budget, PrintBudget::default());
        let dir = write_site(&format!("{base}print:\n  volume_entries: 5\n  leaflet_entries: 20\n"));
        let staged = load(dir.path(), None);
        let errors: Vec<(usize, String)> = staged
            .diagnostics
            .errors()
            .iter()
            .map(|d| (d.span.line, d.message.english()))
            .collect();
        assert_eq!(
            errors,
            [(5, "`volume_entries` must be from 10 to 400 entries".to_string())]
        );
        // A word where a number goes says so in the editor's words, not Rust's ("u32").
        let dir = write_site(&format!("{base}print:\n  leaflet_entries: veel\n"));
        let said: Vec<String> = load(dir.path(), None)
            .diagnostics
            .errors()
            .iter()
            .map(|d| d.message.english())
            .collect();
        assert_eq!(
            said,
            ["`print.leaflet_entries` must be a whole number, but it is the text \"veel\""]
        );
        let dir = write_site(&format!("{base}print:\n  volume_entries: 40\n"));
        assert_eq!(load(dir.path(), None).value.unwrap().print_budget.volume_entries, 40);
    }

    #[test]
    fn loads_a_minimal_config() {
        let dir = write_site("title: T\nmunicipality: Haarlem\nbase_url: https://example.org/haarlem\n");
        let c = load(dir.path(), None).value.unwrap();
        assert_eq!(c.base_url, "https://example.org/haarlem/");
        assert_eq!(c.base_path(), "/haarlem/");
        assert_eq!(c.stale_after_months, 12);
        assert_eq!(c.language, "nl");
        assert_eq!(c.languages_ui, ["nl"]);
    }

    #[test]
    fn reports_all_problems() {
        let dir = write_site("title: T\nbase_url: example.org\ncolour: red\ncontact:\n  email: nope\n");
        let staged = load(dir.path(), None);
        assert!(staged.value.is_none());
        let msgs: Vec<String> = staged.diagnostics.iter().map(|d| d.message.english()).collect();
        assert_eq!(msgs.len(), 4, "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("unknown key `colour`")));
        assert!(msgs.iter().any(|m| m.contains("missing `municipality`")));
        assert!(msgs.iter().any(|m| m.contains("starting with https://")));
        assert!(msgs.iter().any(|m| m.contains("not an e-mail address")));
    }

    #[test]
    fn base_url_option_wins() {
        let dir = write_site("title: T\nmunicipality: H\nbase_url: https://a.example.org/\n");
        let c = load(dir.path(), Some("https://b.example.org/x")).value.unwrap();
        assert_eq!(c.base_url, "https://b.example.org/x/");
    }
}
