//! Laying out the guide with typst (the feature `print`): every edition of the theme's
//! `print/gids.typ`, on as many threads as the machine has, and typst's errors at their
//! place in the print files.

use serde_json::{Value, json};
use steunwijzer_core::languages;
use steunwijzer_core::msg;
use typst::diag::SourceDiagnostic;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::{MAIN, PdfLink, Printed, blocks, world};
use steunwijzer_core::artifact::Artifact;
use steunwijzer_core::date::Date;
use steunwijzer_core::diagnostic::Arg;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, Msg, Span};
use steunwijzer_core::model::Site;
use steunwijzer_core::paths;
use steunwijzer_core::text;
use steunwijzer_render::theme::Theme;
use steunwijzer_render::{qr, views};

/// The folder of the PDFs in the site.
const DIR: &str = "gids";

/// The one-page leaflet "Zo vindt u hulp", one per interface language.
const HOWTO: &str = "hulp.typ";

/// Which PDF an edition is; the template is told its name.
enum Kind {
    Guide,
    Large,
    Leaflet(String),
    /// "Zo vindt u hulp" in a language.
    HowTo(String),
}

impl Kind {
    fn input(&self) -> &'static str {
        match self {
            Kind::Guide => "guide",
            Kind::Large => "large",
            Kind::Leaflet(_) => "leaflet",
            Kind::HowTo(_) => "howto",
        }
    }

    /// The template it is laid out with, and what it is told besides its name.
    fn template(&self) -> (&'static str, (&'static str, &str)) {
        match self {
            Kind::Leaflet(slug) => (MAIN, ("life_domain", slug)),
            Kind::HowTo(lang) => (HOWTO, ("lang", lang)),
            Kind::Guide | Kind::Large => (MAIN, ("life_domain", "")),
        }
    }
}

/// One PDF to make: the file, and which edition it is.
struct Edition {
    path: String,
    kind: Kind,
}

/// Lays out every edition, dated `edition` (see [`edition_date`]). A theme without
/// `print/gids.typ` has no printed guide.
pub(crate) fn print(site: &Site, theme: &Theme, edition: Date) -> Result<Printed, Diagnostics> {
    let data =
        serde_json::to_vec(&data(site, theme, edition)).map_err(|e| one(msg!("cannot-prepare-guide", error = e)))?;
    let files = world::Files::new(theme, data);
    if !files.has(MAIN) {
        return Ok(Printed::default());
    }
    let editions = editions(site, &files);
    let results = compile_all(&files, &editions, edition);
    let mut printed = Printed::default();
    let mut errors = Diagnostics::new();
    for (e, result) in editions.iter().zip(results) {
        match result {
            Ok(bytes) => {
                let link = PdfLink {
                    path: e.path.clone(),
                    size: text::size_words(bytes.len()),
                };
                match &e.kind {
                    Kind::Guide => printed.guide = Some(link),
                    Kind::Large => printed.large = Some(link),
                    Kind::Leaflet(slug) => {
                        printed.leaflets.insert(slug.clone(), link);
                    }
                    Kind::HowTo(lang) => {
                        printed.howto.insert(lang.clone(), link);
                    }
                }
                printed.files.push(Artifact::new(e.path.clone(), bytes));
            }
            Err(ds) => {
                errors = ds;
                // One broken template breaks every edition the same way.
                break;
            }
        }
    }
    if errors.is_empty() { Ok(printed) } else { Err(errors) }
}

/// The PDFs to make: the guide, in large print, a leaflet per life domain that has
/// providers, and "Zo vindt u hulp" in every interface language when the theme has it.
fn editions(site: &Site, files: &world::Files) -> Vec<Edition> {
    let town = text::portable_slug(&site.config.municipality, "gemeente");
    let mut editions = vec![
        Edition {
            path: format!("{DIR}/{town}-gids.pdf"),
            kind: Kind::Guide,
        },
        Edition {
            path: format!("{DIR}/{town}-gids-groot.pdf"),
            kind: Kind::Large,
        },
    ];
    // A life domain without providers has no leaflet: it would say nothing.
    editions.extend(
        site.life_domains
            .iter()
            .filter(|d| site.providers.iter().any(|p| p.life_domains.contains(&d.slug)))
            .map(|d| Edition {
                path: format!("{DIR}/{}.pdf", d.slug),
                kind: Kind::Leaflet(d.slug.clone()),
            }),
    );
    if files.has(HOWTO) {
        editions.extend(site.config.languages_ui.iter().map(|lang| Edition {
            path: format!("{DIR}/zo-vindt-u-hulp-{lang}.pdf"),
            kind: Kind::HowTo(lang.clone()),
        }));
    }
    editions
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

/// Every edition, on as many threads as the machine has (at most one per edition); the
/// results in the order of `editions`.
fn compile_all(files: &world::Files, editions: &[Edition], edition: Date) -> Vec<Result<Vec<u8>, Diagnostics>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, editions.len().max(1));
    let mut results: Vec<Option<Result<Vec<u8>, Diagnostics>>> = (0..editions.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    editions
                        .iter()
                        .enumerate()
                        .skip(t)
                        .step_by(threads)
                        .map(|(i, e)| {
                            let (main, extra) = e.kind.template();
                            let inputs = [("edition", e.kind.input()), extra];
                            (i, compile(files, main, &inputs, &e.path, edition))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        // A thread that panicked leaves its editions empty: reported below.
        for done in handles.into_iter().filter_map(|h| h.join().ok()) {
            for (i, r) in done {
                results[i] = Some(r);
            }
        }
    });
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(one(msg!("layout-guide-stopped-unexpectedly")))))
        .collect()
}

fn compile(
    files: &world::Files,
    main: &str,
    inputs: &[(&str, &str)],
    path: &str,
    edition: Date,
) -> Result<Vec<u8>, Diagnostics> {
    let Some(world) = files.world(&format!("/{main}"), inputs) else {
        return Err(one(msg!("not-valid-file-name", main)));
    };
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| located(files, &world, &errors))?;
    let date = u8::try_from(edition.month)
        .ok()
        .zip(u8::try_from(edition.day).ok())
        .and_then(|(m, d)| Datetime::from_ymd(edition.year, m, d));
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| one(Msg::verbatim(format!("{e:?}"))))?;
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
            let mut said = e.message.to_string();
            for h in e.hints.iter().take(2) {
                said.push_str(&format!("; {}", h.v));
            }
            let message = msg!("print-template-error", message = said);
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

/// Everything the template gets, as `data.json`.
fn data(site: &Site, theme: &Theme, edition: Date) -> Value {
    let base = site.config.base_url.clone();
    let providers: serde_json::Map<String, Value> = site
        .providers
        .iter()
        .map(|p| {
            let url = paths::canonical(&site.config.base_url, &paths::provider(&p.slug));
            let mut view = serde_json::to_value(views::provider(site, p, "", true, views::Lang::site(&site.config)))
                .unwrap_or(Value::Null);
            if let Value::Object(map) = &mut view {
                map.remove("body_html");
                map.insert("qr".into(), qr::svg(&url).map_or(Value::Null, Value::String));
                map.insert("url".into(), Value::String(url));
            }
            (p.slug.clone(), view)
        })
        .collect();
    let domains: Vec<Value> = site
        .life_domains
        .iter()
        .map(|d| {
            let listed: Vec<&str> = site
                .providers
                .iter()
                .filter(|p| p.life_domains.contains(&d.slug))
                .map(|p| p.slug.as_str())
                .collect();
            json!({"slug": d.slug, "name": d.name, "description": d.description, "providers": listed,
                   "url": paths::canonical(&site.config.base_url, &paths::life_domain(&d.slug))})
        })
        .collect();
    let intro: Vec<Value> = site
        .config
        .print_intro
        .iter()
        .filter_map(|slug| site.pages.iter().find(|pg| &pg.slug == slug))
        .map(|pg| json!({"title": pg.title, "blocks": blocks::blocks(&pg.body.markdown)}))
        .collect();
    json!({
        "site": views::SiteView::new(&site.config, views::Lang::site(&site.config)),
        "url": base,
        "edition": {"iso": edition.iso(), "year": edition.year, "month": edition.month, "day": edition.day},
        "printed": date_value(printed(site)),
        // The languages of the site's pages, by their Dutch names (the back cover).
        "interface_languages": site.config.languages_ui.iter().map(|c| languages::name_or_code(c)).collect::<Vec<_>>(),
        "intro": intro,
        "life_domains": domains,
        "providers": providers,
        "order": site.providers.iter().map(|p| p.slug.as_str()).collect::<Vec<_>>(),
        "howto": howto(site, theme, edition),
    })
}
