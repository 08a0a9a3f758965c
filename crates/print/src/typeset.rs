//! Laying out the guide with typst (the feature `print`): every edition of the theme's
//! `print/gids.typ`, on as many threads as the machine has, and typst's errors at their
//! place in the print files.

use std::sync::OnceLock;

use serde_json::{Value, json};
use steunwijzer_core::languages;
use steunwijzer_core::msg;
use typst::diag::SourceDiagnostic;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::plan::{self, Budget, Document, Kind};
use crate::{MAIN, PdfLink, Printed, blocks, source, world};
use steunwijzer_core::artifact::{Artifact, Sink};
use steunwijzer_core::date::Date;
use steunwijzer_core::diagnostic::Arg;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, Msg, Span};
use steunwijzer_core::model::Site;
use steunwijzer_core::paths;
use steunwijzer_core::text;
use steunwijzer_render::AreaLeaflets;
use steunwijzer_render::theme::Theme;
use steunwijzer_render::{qr, views};

/// The one-page leaflet "Zo vindt u hulp", one per interface language.
const HOWTO: &str = "hulp.typ";

impl Kind {
    fn input(&self) -> &'static str {
        match self {
            Kind::Guide => "guide",
            Kind::Large => "large",
            Kind::Booklet => "booklet",
            Kind::Leaflet(_) => "leaflet",
            Kind::Area(_) => "area",
            Kind::HowTo(_) => "howto",
        }
    }

    /// The template it is laid out with, and what it is told besides its name.
    fn template(&self) -> (&'static str, (&'static str, &str)) {
        match self {
            Kind::Leaflet(slug) => (MAIN, ("life_domain", slug)),
            Kind::Area(slug) => (MAIN, ("neighbourhood", slug)),
            Kind::HowTo(lang) => (HOWTO, ("lang", lang)),
            Kind::Guide | Kind::Large | Kind::Booklet => (MAIN, ("life_domain", "")),
        }
    }
}

/// Lays out every document (see [`plan`]), dated `edition`, each within `budget`, and
/// gives each to `sink` as it is made. A theme without `print/gids.typ` has no printed
/// guide.
pub(crate) fn print(
    site: &Site,
    theme: &Theme,
    edition: Date,
    sink: &dyn Sink,
    budget: Budget,
) -> Result<Printed, Diagnostics> {
    let files = world::Files::new(theme);
    if !files.has(MAIN) {
        return Ok(Printed::default());
    }
    let documents = plan::documents(site, budget, files.has(HOWTO));
    let job = Job {
        site,
        theme,
        files: &files,
        edition,
        sink,
        codes: site.providers.iter().map(|_| OnceLock::new()).collect(),
        sources: site.providers.iter().map(|_| OnceLock::new()).collect(),
        maker: source::Maker::new(&files.fingerprint),
        region_repeated: site.region_wide_repeated(),
    };
    let results = job.all(&documents);
    // One broken template breaks every document the same way: its errors once.
    if let Some(Err(errors)) = results.iter().flatten().find(|r| r.is_err()) {
        return Err(errors.clone());
    }
    let mut printed = Printed::default();
    for (doc, result) in documents.iter().zip(results) {
        if let Some(Ok(link)) = result {
            file_link(site, &mut printed, doc, link);
        }
    }
    Ok(printed)
}

/// Where the web pages find `doc`'s `link`: among the whole site's editions, its
/// municipality's, the neighbourhoods' leaflets or the "Zo vindt u hulp" sheets.
fn file_link(site: &Site, printed: &mut Printed, doc: &Document, link: PdfLink) {
    match &doc.kind {
        Kind::Area(slug) => {
            area_link(site, printed, slug, link);
            return;
        }
        Kind::HowTo(lang) => {
            printed.howto.insert(lang.clone(), link);
            return;
        }
        _ => {}
    }
    let of = match doc.municipality {
        Some(m) => printed
            .municipalities
            .entry(site.neighbourhoods[m].slug.clone())
            .or_default(),
        None => &mut printed.whole,
    };
    match (&doc.kind, &doc.volume) {
        (Kind::Guide, None) => of.guide = Some(link),
        (Kind::Large, None) => of.large = Some(link),
        (Kind::Booklet, None) => of.booklet = Some(link),
        (Kind::Booklet, Some(v)) => of.booklet_parts.entry(v.domain.clone()).or_default().push(link),
        (Kind::Guide, Some(v)) => of.guide_parts.entry(v.domain.clone()).or_default().push(link),
        (Kind::Large, Some(v)) => of.large_parts.entry(v.domain.clone()).or_default().push(link),
        (Kind::Leaflet(slug), _) => of.leaflets.entry(slug.clone()).or_default().push(link),
        (Kind::Area(_) | Kind::HowTo(_), _) => {}
    }
}

/// A neighbourhood's leaflet (or part) among the others of its neighbourhood, in the
/// order of `neighbourhoods.yaml`.
fn area_link(site: &Site, printed: &mut Printed, slug: &str, link: PdfLink) {
    if let Some(area) = printed.areas.iter_mut().find(|a| a.slug == slug) {
        area.parts.push(link);
    } else if let Some(n) = site.neighbourhoods.iter().find(|n| n.slug == slug) {
        printed.areas.push(AreaLeaflets {
            slug: n.slug.clone(),
            name: n.name.clone(),
            parts: vec![link],
        });
    }
}

/// What every document of a build is made from.
struct Job<'a> {
    site: &'a Site,
    theme: &'a Theme,
    files: &'a world::Files,
    edition: Date,
    sink: &'a dyn Sink,
    /// Each provider's QR code, made once for all the documents it is in.
    codes: Vec<OnceLock<Option<qr::Code>>>,
    /// Each provider's view's fingerprint, made once for all the documents it is in.
    sources: Vec<OnceLock<String>>,
    /// What makes the documents: with a document's data, what it is made from.
    maker: Option<source::Maker>,
    /// Whether a region's municipalities' guides hold the whole region's providers.
    region_repeated: bool,
}

impl Job<'_> {
    /// Every document, on as many threads as the machine has: in rounds of one document
    /// a thread, the heaviest first (so a round's documents are of about one size and no
    /// thread waits long). After each round what typst remembered of it is dropped, so
    /// memory holds at most one round's documents: their data, layout and PDF (which goes
    /// to the sink as soon as it is made). Each result at its document's place; after a
    /// failure the rest are not begun (`None`).
    fn all(&self, documents: &[Document]) -> Vec<Option<Result<PdfLink, Diagnostics>>> {
        let threads = std::thread::available_parallelism()
            .map_or(1, usize::from)
            .clamp(1, documents.len().max(1));
        let mut order: Vec<usize> = (0..documents.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(documents[i].weight()));
        let mut results: Vec<Option<Result<PdfLink, Diagnostics>>> = (0..documents.len()).map(|_| None).collect();
        for round in order.chunks(threads) {
            let done: Vec<(usize, Result<PdfLink, Diagnostics>)> = std::thread::scope(|scope| {
                let handles: Vec<_> = round
                    .iter()
                    .map(|&i| (i, scope.spawn(move || self.one(&documents[i]))))
                    .collect();
                handles
                    .into_iter()
                    .map(|(i, h)| {
                        let r = h.join();
                        (
                            i,
                            r.unwrap_or_else(|_| Err(one(msg!("layout-guide-stopped-unexpectedly")))),
                        )
                    })
                    .collect()
            });
            // Nothing of this round is laid out any more: what typst remembered of it goes.
            typst::comemo::evict(0);
            let failed = done.iter().any(|(_, r)| r.is_err());
            for (i, r) in done {
                results[i] = Some(r);
            }
            if failed {
                // The others would fail the same way.
                break;
            }
        }
        results
    }

    /// Lays out one document and gives it to the sink; or, when the previous build made
    /// it from the same data with the same template and binary, takes that one again.
    fn one(&self, doc: &Document) -> Result<PdfLink, Diagnostics> {
        let edition = self.edition_of(doc);
        let (main, extra) = doc.kind.template();
        let inputs = [("edition", doc.kind.input()), extra];
        let source = self.maker.as_ref().map(|m| {
            let how = [main, inputs[0].1, extra.0, extra.1, doc.path.as_str()];
            m.source(
                &mut data(self, doc, edition, false),
                &how,
                edition,
                self.site.source_date.is_some(),
            )
        });
        let again = source.as_deref().and_then(|s| self.sink.again(&doc.path, s));
        let size = match again {
            Some(len) => usize::try_from(len).unwrap_or(usize::MAX),
            None => {
                let data = serde_json::to_vec(&data(self, doc, edition, true))
                    .map_err(|e| one(msg!("cannot-prepare-guide", error = e)))?;
                let bytes = compile(self.files, main, &inputs, data, &doc.path, edition)?;
                let len = bytes.len();
                let file = Artifact::new(doc.path.clone(), bytes);
                match &source {
                    Some(s) => self.sink.put_made_from(file, s),
                    None => self.sink.put(file),
                }
                len
            }
        };
        Ok(PdfLink {
            path: doc.path.clone(),
            size: text::size_words(size),
            letters: letters_of(self.site, doc),
        })
    }

    /// The views of the providers `held`, by slug; with `whole` false the fingerprint of
    /// each view instead.
    fn views(&self, held: &[usize], whole: bool) -> serde_json::Map<String, Value> {
        let site = self.site;
        if whole {
            return held.iter().map(|&i| provider_view(site, i, &self.codes)).collect();
        }
        held.iter()
            .map(|&i| {
                (
                    site.providers[i].slug.clone(),
                    Value::String(self.view_source(i).to_string()),
                )
            })
            .collect()
    }

    /// The fingerprint of provider `i`'s view, made once.
    fn view_source(&self, i: usize) -> &str {
        self.sources[i].get_or_init(|| source::of_value(&plain_view(self.site, i)))
    }

    /// The date of a document's data: a reproducible build's date, else the newest
    /// `last_reviewed` of the providers it holds (so a provider checked again dates only
    /// the documents it is in), else the site's edition.
    fn edition_of(&self, doc: &Document) -> Date {
        let newest = doc
            .chapters
            .iter()
            .chain(&doc.area)
            .flat_map(|(_, ps)| ps.iter().map(|&i| self.site.providers[i].last_reviewed))
            .max();
        self.site.source_date.or(newest).unwrap_or(self.edition)
    }
}

/// For one part of a life domain cut in more: where its names run from and to, by as
/// many letters as tell them apart from the parts around it ("A–K", "N–Sch", "Sp–V").
fn letters_of(site: &Site, doc: &Document) -> Option<String> {
    let v = doc.volume.as_ref().filter(|v| v.parts > 1)?;
    let (_, ps) = doc
        .chapters
        .iter()
        .find(|(d, _)| site.life_domains[*d].slug == v.domain)?;
    let key = |i: usize| text::sort_key(&site.providers[i].name);
    let (first, last) = (key(*ps.first()?), key(*ps.last()?));
    let from = v.before.map_or(1, |b| distinct(&key(b), &first));
    let to = v.after.map_or(1, |a| distinct(&last, &key(a)));
    Some(format!("{}–{}", prefix(&first, from), prefix(&last, to)))
}

/// How many letters of `b` tell it apart from `a` (which sorts before it): one more than
/// they share, at most four (two parts may then both name "Vakb": still short to read).
fn distinct(a: &str, b: &str) -> usize {
    let letters = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<Vec<_>>();
    let (a, b) = (letters(a), letters(b));
    (a.iter().zip(&b).take_while(|(x, y)| x == y).count() + 1).min(4)
}

/// The first `n` letters of a sort key, the first as a capital ("Sch").
fn prefix(key: &str, n: usize) -> String {
    let mut letters = key.chars().filter(|c| c.is_alphanumeric()).take(n);
    let first: String = letters.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
    first + &letters.collect::<String>()
}

/// The letters the theme's print fonts have, when the theme prints a guide: what the
/// guide can set. `check` and `build` hold every printed text to it before anything is
/// laid out, so a name typst could not set is an error at its line, not at the template.
pub(crate) fn letters(theme: &Theme) -> Option<Letters> {
    if !theme.print.contains_key(MAIN) {
        return None;
    }
    let fonts = theme
        .print
        .iter()
        .filter(|(path, _)| path.ends_with(".ttf") || path.ends_with(".otf"))
        .flat_map(|(_, file)| typst::text::FontInfo::iter(&file.bytes).collect::<Vec<_>>())
        .map(|info| info.coverage)
        .collect();
    Some(Letters(fonts))
}

/// The coverage of each print font.
pub(crate) struct Letters(Vec<typst::text::Coverage>);

impl Letters {
    /// Whether some font has `c`, or it needs none: white space and the invisible joiners
    /// and selectors that shape the letters around them.
    pub(crate) fn has(&self, c: char) -> bool {
        c.is_whitespace()
            || matches!(c, '\u{200c}' | '\u{200d}' | '\u{00ad}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}')
            || self.0.iter().any(|cov| cov.contains(u32::from(c)))
    }
}

fn compile(
    files: &world::Files,
    main: &str,
    inputs: &[(&str, &str)],
    data: Vec<u8>,
    path: &str,
    edition: Date,
) -> Result<Vec<u8>, Diagnostics> {
    let Some(world) = files.world(&format!("/{main}"), inputs, data) else {
        return Err(one(msg!("not-valid-file-name", main)));
    };
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| located(files, &world, &errors))?;
    let date = u8::try_from(edition.month)
        .ok()
        .zip(u8::try_from(edition.day).ok())
        .and_then(|(m, d)| Datetime::from_ymd(edition.year, m, d));
    let standards = PdfStandards::new(&[PdfStandard::Ua_1])
        .map_err(|e| one(msg!("print-template-error", message = format!("{e:?}"))))?;
    let options = PdfOptions {
        ident: Smart::Custom(format!("steunwijzer/{path}")),
        creator: Smart::Custom(Some("steunwijzer".to_string())),
        timestamp: date.map(Timestamp::new_utc),
        page_ranges: None,
        standards,
        tagged: true,
        pretty: false,
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| located(files, &world, &errors))
}

fn one(message: Msg) -> Diagnostics {
    std::iter::once(Diagnostic::file_error(Code::TemplateError, "print", message)).collect()
}

/// typst's errors at their place in the theme's print files.
fn located(files: &world::Files, world: &world::PrintWorld, errors: &[SourceDiagnostic]) -> Diagnostics {
    let hint = msg!("fix-print-template-remove-site-s");
    errors
        .iter()
        .take(20)
        .map(|e| {
            let (origin, at) = files.locate(world, e);
            let message = typst_message(e);
            match at {
                Some((line, col, text)) => {
                    Diagnostic::error(Code::TemplateError, &origin, Span::new(line, col, 1), message).with_source(&text)
                }
                None => Diagnostic::file_error(Code::TemplateError, &origin, message),
            }
            .with_hint(hint.clone())
        })
        .collect()
}

/// typst's error in the catalogue's words when it is one a site can cause without
/// writing typst (PDF/UA's checks of the document); else typst's own words, which are
/// English like the typst language itself, marked as such.
fn typst_message(e: &SourceDiagnostic) -> Msg {
    let text = e.message.as_str();
    if !text.starts_with("PDF/UA") {
        let mut said = text.to_string();
        for h in e.hints.iter().take(2) {
            said.push_str(&format!("; {}", h.v));
        }
        return msg!("print-template-error", message = said);
    }
    let quoted = text.split('`').nth(1).unwrap_or_default();
    if text.contains("missing document title") {
        msg!("print-ua-no-title")
    } else if text.contains("missing document language") {
        msg!("print-ua-no-language")
    } else if text.contains("missing alt text") {
        msg!("print-ua-no-alt-text")
    } else if text.contains("could not be displayed") {
        msg!("print-ua-letters", text = quoted)
    } else {
        msg!("print-ua-other", message = text)
    }
}

/// What the leaflet "Zo vindt u hulp" says in each interface language: its words from the
/// message catalogues, the crisis numbers and the front door in that language where the
/// editors translated them, and the address of that language's start with its QR code.
fn howto(site: &Site, theme: &Theme, edition: Date) -> Value {
    let catalogue = steunwijzer_render::messages(site, theme);
    let base = &site.config.base_url;
    let out: serde_json::Map<String, Value> = site
        .config
        .languages_ui
        .iter()
        .map(|lang| {
            let dir = if *lang == site.config.language {
                String::new()
            } else {
                format!("{lang}/")
            };
            let url = paths::canonical(base, &format!("{dir}{}", paths::HOME));
            let address = url
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .to_string();
            let say = |id: &str, args: &[(&str, Arg)]| catalogue.format(lang, id, args).unwrap_or_default();
            let said = |d: Date| {
                let args = [
                    ("day", Arg::Number(d.day.into())),
                    ("month", Arg::Number(d.month.into())),
                    ("year", Arg::Number(d.year.into())),
                ];
                Arg::Text(say("date", &args))
            };
            let town = || Arg::Text(site.config.municipality.clone());
            let at = || Arg::Text(address.clone());
            let in_lang = views::Lang { code: lang, mark: "" };
            let words = json!({
                "title": say("leaflet-title", &[]),
                "lead": say("leaflet-lead", &[("municipality", town())]),
                "step_site": say("leaflet-step-site", &[("address", at())]),
                "step_search": say("leaflet-step-search", &[]),
                "step_contact": say("leaflet-step-contact", &[]),
                "qr_alt": say("leaflet-qr-alt", &[("address", at())]),
                "edition": say("leaflet-edition", &[("date", said(edition))]),
                "printed": say("leaflet-printed", &[("date", said(printed(site)))]),
                "crisis": say("crisis-heading", &[]),
                "front_door": say("front-door-heading", &[]),
                "call": say("front-door-call", &[]),
            });
            let value = json!({
                "dir": steunwijzer_core::i18n::direction(lang),
                "words": words,
                "site": views::SiteView::new(&site.config, in_lang),
                "front_door": views::front_door(site),
                "address": address,
                "qr": qr::svg(&url).map_or(Value::Null, Value::String),
            });
            (lang.clone(), value)
        })
        .collect();
    Value::Object(out)
}

/// The day the editions are made, printed on each ("gedrukt op"): a reproducible build's
/// date (`SOURCE_DATE_EPOCH`) when given, else today. The edition's date is the data's.
fn printed(site: &Site) -> Date {
    site.source_date.unwrap_or(site.today)
}

fn date_value(d: Date) -> Value {
    json!({"iso": d.iso(), "year": d.year, "month": d.month, "day": d.day})
}

/// A provider as the template gets it: the web page's view without its text, with the
/// address of its page and a QR code to it; keyed by its slug.
fn provider_view(site: &Site, i: usize, codes: &[OnceLock<Option<qr::Code>>]) -> (String, Value) {
    let p = &site.providers[i];
    let mut view = plain_view(site, i);
    let code = codes
        .get(i)
        .and_then(|c| c.get_or_init(|| qr::Code::new(&view_url(site, i))).as_ref());
    if let Value::Object(map) = &mut view {
        map.insert("qr".into(), code.map_or(Value::Null, |c| Value::String(c.svg())));
    }
    (p.slug.clone(), view)
}

/// The address of provider `i`'s page, which its QR code holds.
fn view_url(site: &Site, i: usize) -> String {
    paths::canonical(&site.config.base_url, &paths::provider(&site.providers[i].slug))
}

/// The provider's view without its QR code (which is made from its `url`).
fn plain_view(site: &Site, i: usize) -> Value {
    let p = &site.providers[i];
    let mut view = serde_json::to_value(views::provider(site, p, "", true, views::Lang::site(&site.config)))
        .unwrap_or(Value::Null);
    if let Value::Object(map) = &mut view {
        map.remove("body_html");
        map.insert("url".into(), Value::String(view_url(site, i)));
    }
    view
}

/// The free pages that open the guide (`print.intro`), as blocks of text.
fn intro(site: &Site) -> Vec<Value> {
    site.config
        .print_intro
        .iter()
        .filter_map(|slug| site.pages.iter().find(|pg| &pg.slug == slug))
        .map(|pg| json!({"title": pg.title, "blocks": blocks::blocks(&pg.body.markdown)}))
        .collect()
}

/// What the template gets for `doc`, as `data.json`: the site, and only the life domains
/// and providers the document holds.
///
/// With `whole` false, each provider stands as the fingerprint of its view instead (what
/// the document's source is computed from: the views are made once, not for each of the
/// dozen documents a provider is in).
fn data(job: &Job, doc: &Document, edition: Date, whole: bool) -> Value {
    let (site, theme) = (job.site, job.theme);
    let mut held: Vec<usize> = doc
        .chapters
        .iter()
        .chain(&doc.area)
        .flat_map(|(_, ps)| ps.iter().copied())
        .collect();
    held.sort_unstable();
    held.dedup();
    let providers = job.views(&held, whole);
    let domains: Vec<Value> = doc
        .chapters
        .iter()
        .map(|(d, ps)| {
            let d = &site.life_domains[*d];
            let listed: Vec<&str> = ps.iter().map(|&i| site.providers[i].slug.as_str()).collect();
            json!({"slug": d.slug, "name": d.name, "description": d.description, "providers": listed,
                   "url": paths::canonical(&site.config.base_url, &paths::life_domain(&d.slug))})
        })
        .collect();
    // A neighbourhood's leaflet: the neighbourhood and its providers A–Z.
    let area = doc.area.as_ref().map_or(Value::Null, |(a, ps)| {
        let n = &site.neighbourhoods[*a];
        let listed: Vec<&str> = ps.iter().map(|&i| site.providers[i].slug.as_str()).collect();
        json!({"slug": n.slug, "name": n.name, "providers": listed,
               "url": paths::canonical(&site.config.base_url, paths::PROVIDERS)})
    });
    let volume = doc.volume.as_ref().map_or(Value::Null, |v| {
        let name = site
            .life_domains
            .iter()
            .find(|d| d.slug == v.domain)
            .map(|d| d.name.as_str());
        json!({"life_domain": name, "part": v.part, "parts": v.parts, "letters": letters_of(site, doc)})
    });
    // A municipality's guide in a region's site: its name, and its page as the address.
    let town = doc.municipality.map(|m| &site.neighbourhoods[m]);
    let url = town.map_or_else(
        || site.config.base_url.clone(),
        |t| paths::canonical(&site.config.base_url, &paths::municipality(&t.slug)),
    );
    // On a region's site: whether this is the guide of the whole region's providers, or
    // a municipality's guide without them (they are in that one).
    let region = site.config.scope != steunwijzer_core::config::Scope::Municipality;
    let regional = !matches!(doc.kind, Kind::Area(_) | Kind::HowTo(_));
    json!({
        "site": views::SiteView::new(&site.config, views::Lang::site(&site.config)),
        "url": url,
        "municipality": town.map(|t| json!({"slug": t.slug, "name": t.name})),
        "whole_region": region && regional && town.is_none(),
        "region_elsewhere": town.is_some() && !job.region_repeated,
        // Places of more than one level are not "wijken" (see `Site::places_nested`).
        "places_kind": if site.places_nested() { "nested" } else { "flat" },
        "edition": date_value(edition),
        "printed": date_value(printed(site)),
        // The languages of the site's pages, by their Dutch names (the back cover).
        "interface_languages": site.config.languages_ui.iter().map(|c| languages::name_or_code(c)).collect::<Vec<_>>(),
        "intro": intro(site),
        "life_domains": domains,
        "providers": providers,
        "order": held.iter().map(|&i| site.providers[i].slug.as_str()).collect::<Vec<_>>(),
        "volume": volume,
        "area": area,
        "howto": if matches!(doc.kind, Kind::HowTo(_)) { howto(site, theme, edition) } else { Value::Null },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_letters_tell_the_parts_apart() {
        assert_eq!(distinct("schuldhulp", "sport"), 2);
        assert_eq!(distinct("noord", "sport"), 1);
        assert_eq!(distinct("vakbondsspreekuur", "vakbondsteam"), 4);
        assert_eq!(prefix("schuldhulp", 3), "Sch");
        assert_eq!(prefix("'t buurthuis", 1), "T");
        assert_eq!(prefix("sp", 5), "Sp");
    }
}
