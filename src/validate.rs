//! Stage 2, validate: check what was loaded for meaning and build the model. Every
//! problem in every file is reported in one run; a site is returned only when there are
//! no errors.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::config::Config;
use crate::content::raw::{RawContact, RawOpeningHours};
use crate::content::{ContentFile, ListFile, Loaded, RawLifeDomain, RawNeighbourhood, RawPage, RawProvider};
use crate::date::Date;
use crate::diagnostic::Diagnostics;
use crate::formats;
use crate::model::{
    Address, Complaints, Contact, LifeDomain, Neighbourhood, OpeningHours, OpeningSlot, Page, Provider, Site,
};
use crate::paths;
use crate::render::markdown;
use crate::source::span_of_range;
use crate::suggest::did_you_mean;
use crate::yaml::{Document, Seg};

pub const SUMMARY_MAX_CHARS: usize = 200;

/// Checks everything and returns the site if there were no errors. Warnings never stop
/// a build.
pub fn validate(config: Config, loaded: Loaded, today: Date, diags: &mut Diagnostics) -> Option<Site> {
    let life_domains = loaded
        .life_domains
        .as_ref()
        .map(|f| life_domains(f, diags))
        .unwrap_or_default();
    let neighbourhoods = loaded
        .neighbourhoods
        .as_ref()
        .map(|f| neighbourhoods(f, diags))
        .unwrap_or_default();

    // Pages first: provider bodies may link to them.
    let pages: Vec<Page> = {
        let mut seen = BTreeMap::new();
        loaded.pages.iter().filter_map(|f| page(f, &mut seen, diags)).collect()
    };
    let mut known: HashSet<String> = [paths::HOME, paths::PROVIDERS, paths::NOT_FOUND]
        .map(String::from)
        .into();
    known.extend(loaded.providers.iter().map(|p| paths::provider(&p.slug)));
    known.extend(life_domains.iter().map(|d| paths::life_domain(&d.slug)));
    known.extend(pages.iter().map(|p| paths::page(&p.slug)));
    let is_known = |p: &str| known.contains(p);
    for file in &loaded.pages {
        lint_body(file, &is_known, diags);
    }

    let ctx = ProviderCtx {
        domains: life_domains.iter().map(|d| d.slug.as_str()).collect(),
        neighbourhoods: neighbourhoods.iter().map(|n| n.slug.as_str()).collect(),
        today,
        stale_before: today.months_before(config.stale_after_months),
        stale_after_months: config.stale_after_months,
    };
    let mut seen = BTreeMap::new();
    let mut providers = Vec::new();
    for file in &loaded.providers {
        providers.extend(provider(file, &ctx, &mut seen, diags));
        lint_body(file, &is_known, diags);
    }
    if diags.has_errors() {
        return None;
    }
    // Neutral order: by name as a reader sorts it, nobody promoted.
    providers.sort_by(|a, b| (formats::sort_key(&a.name), &a.slug).cmp(&(formats::sort_key(&b.name), &b.slug)));
    let mut pages = pages;
    pages.sort_by_key(|p| (p.order, formats::sort_key(&p.title)));
    Some(Site {
        config,
        today,
        life_domains,
        neighbourhoods,
        providers,
        pages,
    })
}

fn key(k: &str) -> Vec<Seg> {
    vec![Seg::Key(k.to_string())]
}

fn item(k: &str, i: usize) -> Vec<Seg> {
    vec![Seg::Key(k.to_string()), Seg::Index(i)]
}

/// The error for a required key that is absent, or present without a value.
fn missing(doc: &Document, name: &str) -> crate::diagnostic::Diagnostic {
    let path = key(name);
    if doc.get(&path).is_some() {
        doc.error(doc.key_span(&path), format!("`{name}` has no value"))
    } else {
        doc.error(doc.start_span(), format!("missing required key `{name}`"))
    }
}

/// A required, non-empty text value.
fn required_text(
    doc: &Document,
    path: &[Seg],
    value: &Option<String>,
    example: &str,
    diags: &mut Diagnostics,
) -> Option<String> {
    let name = crate::yaml::path_to_string(path);
    match value.as_deref().map(str::trim) {
        Some(v) if !v.is_empty() => Some(v.to_string()),
        Some(_) => {
            diags.push(
                doc.error(doc.value_span(path), format!("`{name}` is empty"))
                    .with_hint(format!("for example `{name}: {example}`")),
            );
            None
        }
        // Present but undecodable: that error is already reported.
        None if doc.get(path).is_some_and(|v| !v.is_null()) => None,
        None => {
            diags.push(missing(doc, &name).with_hint(format!("add a line `{name}: {example}` to the front matter")));
            None
        }
    }
}

fn life_domains(file: &ListFile<RawLifeDomain>, diags: &mut Diagnostics) -> Vec<LifeDomain> {
    let doc = &file.doc;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, raw) in &file.items {
        let at = |k: &str| vec![Seg::Index(*i), Seg::Key(k.to_string())];
        let slug = list_slug(doc, &at("slug"), &raw.slug, &mut seen, diags);
        let name = list_text(doc, &at("name"), &raw.name, *i, "name", diags);
        let description = list_text(doc, &at("description"), &raw.description, *i, "description", diags);
        if let (Some(slug), Some(name), Some(description)) = (slug, name, description) {
            out.push(LifeDomain {
                slug,
                name,
                description,
            });
        }
    }
    if file.items.is_empty() {
        diags.push(
            doc.error(doc.start_span(), "there are no life domains")
                .with_hint("list the nine life domains, each with slug, name and description"),
        );
    }
    out
}

fn neighbourhoods(file: &ListFile<RawNeighbourhood>, diags: &mut Diagnostics) -> Vec<Neighbourhood> {
    let doc = &file.doc;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, raw) in &file.items {
        let at = |k: &str| vec![Seg::Index(*i), Seg::Key(k.to_string())];
        let slug = list_slug(doc, &at("slug"), &raw.slug, &mut seen, diags);
        let name = list_text(doc, &at("name"), &raw.name, *i, "name", diags);
        if let (Some(slug), Some(name)) = (slug, name) {
            out.push(Neighbourhood { slug, name });
        }
    }
    out
}

fn list_text(
    doc: &Document,
    path: &[Seg],
    value: &Option<String>,
    i: usize,
    k: &str,
    diags: &mut Diagnostics,
) -> Option<String> {
    match value.as_deref().map(str::trim) {
        Some(v) if !v.is_empty() => Some(v.to_string()),
        _ => {
            diags.push(
                doc.error(doc.key_span(path), format!("item {} has no `{k}`", i + 1))
                    .with_hint(format!("add `{k}: ...` to this item")),
            );
            None
        }
    }
}

fn list_slug(
    doc: &Document,
    path: &[Seg],
    value: &Option<String>,
    seen: &mut HashSet<String>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let i = match path.first() {
        Some(Seg::Index(i)) => *i,
        _ => 0,
    };
    let slug = list_text(doc, path, value, i, "slug", diags)?;
    if !formats::is_slug(&slug) {
        diags.push(
            doc.error(doc.value_span(path), format!("`{slug}` is not a valid slug"))
                .with_hint(format!(
                    "use lowercase letters, digits and hyphens, for example `{}`",
                    formats::slugify(&slug)
                )),
        );
        return None;
    }
    if !seen.insert(slug.clone()) {
        diags.push(
            doc.error(doc.value_span(path), format!("the slug `{slug}` is used twice"))
                .with_hint("every slug must be unique"),
        );
        return None;
    }
    Some(slug)
}

/// Reports a slug used by two files; returns false for the second.
fn unique_slug<T>(
    file: &ContentFile<T>,
    seen: &mut BTreeMap<String, String>,
    what: &str,
    diags: &mut Diagnostics,
) -> bool {
    let path = file.doc.display().to_string();
    if let Some(first) = seen.get(&file.slug) {
        diags.push(
            file.doc
                .error(
                    file.doc.start_span(),
                    format!("duplicate {what} slug `{}`: {first} has it too", file.slug),
                )
                .with_hint("every file name must be unique, also across subfolders; rename one of them"),
        );
        return false;
    }
    seen.insert(file.slug.clone(), path);
    true
}

fn page(file: &ContentFile<RawPage>, seen: &mut BTreeMap<String, String>, diags: &mut Diagnostics) -> Option<Page> {
    let doc = &file.doc;
    if paths::RESERVED.contains(&file.slug.as_str()) {
        diags.push(
            doc.error(
                doc.start_span(),
                format!(
                    "`{}` cannot be the name of a page: the site uses that address itself",
                    file.slug
                ),
            )
            .with_hint("rename the file"),
        );
        return None;
    }
    if !unique_slug(file, seen, "page", diags) {
        return None;
    }
    let title = required_text(doc, &key("title"), &file.raw.title, "Over deze site", diags);
    let body_ok = check_body(file, diags);
    if file.had_errors {
        return None;
    }
    Some(Page {
        slug: file.slug.clone(),
        title: title?,
        summary: file
            .raw
            .summary
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from),
        order: file.raw.order.unwrap_or(100),
        body: body_ok.then(|| file.body.clone())?,
        source: doc.display().to_string(),
    })
}

fn check_body<T>(file: &ContentFile<T>, diags: &mut Diagnostics) -> bool {
    if file.body.markdown.trim().is_empty() {
        diags.push(
            file.doc
                .error(file.body_span, "the text below the front matter is empty")
                .with_hint("write below the closing `---` what is offered and how it works, in plain language (B1)"),
        );
        return false;
    }
    true
}

fn lint_body<T>(file: &ContentFile<T>, known: &dyn Fn(&str) -> bool, diags: &mut Diagnostics) {
    let markdown_text = &file.body.markdown;
    for f in markdown::lint(markdown_text, known) {
        let span = span_of_range(markdown_text, f.range.start, f.range.end, file.body.first_line);
        let d = if f.error {
            file.doc.error(span, f.message)
        } else {
            file.doc.warning(span, f.message)
        };
        diags.push(d.with_hint(f.hint));
    }
}

struct ProviderCtx<'a> {
    domains: Vec<&'a str>,
    neighbourhoods: Vec<&'a str>,
    today: Date,
    stale_before: Date,
    stale_after_months: u32,
}

/// Checks a list of slugs against the known ones; returns the known ones in the order
/// of the known list.
fn slugs_in(
    doc: &Document,
    field: &str,
    given: &[String],
    known: &[&str],
    what: &str,
    diags: &mut Diagnostics,
) -> Vec<String> {
    let mut found = BTreeSet::new();
    for (i, slug) in given.iter().enumerate() {
        let slug = slug.trim();
        if known.contains(&slug) {
            if !found.insert(slug) {
                diags.push(
                    doc.warning(
                        doc.value_span(&item(field, i)),
                        format!("{what} `{slug}` is listed twice"),
                    )
                    .with_hint("remove one"),
                );
            }
            continue;
        }
        let hint = match did_you_mean(slug, known.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("choose from: {}", known.join(", ")),
        };
        diags.push(
            doc.error(doc.value_span(&item(field, i)), format!("unknown {what} `{slug}`"))
                .with_hint(hint),
        );
    }
    known
        .iter()
        .filter(|k| found.contains(*k))
        .map(|k| k.to_string())
        .collect()
}

fn provider(
    file: &ContentFile<RawProvider>,
    ctx: &ProviderCtx,
    seen: &mut BTreeMap<String, String>,
    diags: &mut Diagnostics,
) -> Option<Provider> {
    if !unique_slug(file, seen, "provider", diags) {
        return None;
    }
    let doc = &file.doc;
    let raw = &file.raw;
    let errors_before = diags.error_count();

    let name = required_text(doc, &key("name"), &raw.name, "Stichting Voorbeeld", diags);
    let summary = required_text(doc, &key("summary"), &raw.summary, "Wij helpen u gratis met ...", diags);
    if let Some(s) = &summary {
        let n = s.chars().count();
        if n > SUMMARY_MAX_CHARS {
            diags.push(
                doc.error(
                    doc.value_span(&key("summary")),
                    format!("the summary is {n} characters long; at most {SUMMARY_MAX_CHARS} are allowed"),
                )
                .with_hint("keep it to one short sentence; put the rest in the text below the front matter"),
            );
        }
    }

    // A key with no value (`kind:`) counts as missing.
    let present = |k: &str| doc.get(&key(k)).is_some_and(|v| !v.is_null());
    let life_domains = match &raw.life_domains {
        None if present("life_domains") => Vec::new(),
        None => {
            diags.push(missing(doc, "life_domains").with_hint(format!(
                "add for example `life_domains: [wonen]`; choose from: {}",
                ctx.domains.join(", ")
            )));
            Vec::new()
        }
        Some(given) if given.is_empty() => {
            diags.push(
                doc.error(doc.value_span(&key("life_domains")), "`life_domains` is empty")
                    .with_hint(format!("name at least one of: {}", ctx.domains.join(", "))),
            );
            Vec::new()
        }
        Some(given) => slugs_in(doc, "life_domains", given, &ctx.domains, "life domain", diags),
    };

    if raw.kind.is_none() && !present("kind") {
        diags.push(missing(doc, "kind").with_hint(
            "add `kind:` with one of organisation, volunteer-organisation, self-employed, union, interest-group",
        ));
    }

    let mut stale = false;
    match raw.last_reviewed {
        None if present("last_reviewed") => {}
        None => diags.push(missing(doc, "last_reviewed").with_hint(format!(
            "add `last_reviewed: {}` after checking the information with the provider",
            ctx.today
        ))),
        Some(d) if d > ctx.today => diags.push(
            doc.error(
                doc.value_span(&key("last_reviewed")),
                format!("`last_reviewed` is {d}, which is in the future"),
            )
            .with_hint(format!(
                "use the date the information was last checked, today at the latest ({})",
                ctx.today
            )),
        ),
        Some(d) if d < ctx.stale_before => {
            stale = true;
            diags.push(
                doc.warning(
                    doc.value_span(&key("last_reviewed")),
                    format!("last reviewed on {d}, more than {} months ago", ctx.stale_after_months),
                )
                .with_hint("check the information with the provider and update `last_reviewed`"),
            );
        }
        Some(_) => {}
    }

    let neighbourhoods = raw
        .neighbourhoods
        .as_deref()
        .map(|given| {
            slugs_in(
                doc,
                "neighbourhoods",
                given,
                &ctx.neighbourhoods,
                "neighbourhood",
                diags,
            )
        })
        .unwrap_or_default();

    let target_groups = non_empty_items(
        doc,
        "target_groups",
        raw.target_groups.as_deref().unwrap_or_default(),
        diags,
    );
    let languages = languages(doc, raw.languages.as_deref().unwrap_or_default(), diags);
    let contact = contact(doc, raw.contact.as_ref(), diags);
    let opening_hours = raw.opening_hours.as_ref().and_then(|h| opening_hours(doc, h, diags));
    let complaints = raw.complaints.as_deref().map(str::trim).and_then(|c| {
        if c.is_empty() {
            diags.push(
                doc.error(doc.value_span(&key("complaints")), "`complaints` is empty")
                    .with_hint(
                        "give the web address or a short description of the complaint procedure, or remove the key",
                    ),
            );
            None
        } else if c.starts_with("http://") || c.starts_with("https://") {
            match formats::web_url(c) {
                Ok(u) => Some(Complaints::Url(u)),
                Err(e) => {
                    diags.push(
                        doc.error(doc.value_span(&key("complaints")), e.message)
                            .with_hint(e.hint),
                    );
                    None
                }
            }
        } else {
            Some(Complaints::Text(c.to_string()))
        }
    });
    let body_ok = check_body(file, diags);

    if diags.error_count() > errors_before || file.had_errors {
        return None;
    }
    let name = name?;
    if contact.is_empty() {
        diags.push(
            doc.warning(
                doc.start_span(),
                format!("{name} has no phone, e-mail, website or address"),
            )
            .with_hint("add at least one way to reach them under `contact:`"),
        );
    }
    // Listing rules of the pool (README, "Who is listed"): free, and not part of a
    // neighbourhood team. An entry that fails them stays in git but is not published.
    if raw.free != Some(true) {
        let span = if raw.free.is_some() {
            doc.value_span(&key("free"))
        } else {
            doc.start_span()
        };
        diags.push(
            doc.warning(span, format!("{name} is not listed: only free support is listed"))
                .with_hint("set `free: true` if the support costs the resident nothing"),
        );
        return None;
    }
    if raw.independent == Some(false) {
        diags.push(
            doc.warning(
                doc.value_span(&key("independent")),
                format!("{name} is not listed: the pool is for supporters outside the neighbourhood teams"),
            )
            .with_hint("remove the file, or set `independent: true` if they are not part of a neighbourhood team"),
        );
        return None;
    }
    Some(Provider {
        slug: file.slug.clone(),
        name,
        summary: summary?,
        life_domains,
        kind: raw.kind?,
        last_reviewed: raw.last_reviewed?,
        stale,
        neighbourhoods,
        target_groups,
        languages,
        contact,
        opening_hours,
        contact_modes: dedup(raw.contact_modes.clone().unwrap_or_default()),
        accessibility: dedup(raw.accessibility.clone().unwrap_or_default()),
        independent: raw.independent,
        complaints,
        helps_with_complaints: raw.helps_with_complaints.unwrap_or(false),
        body: body_ok.then(|| file.body.clone())?,
        source: doc.display().to_string(),
    })
}

fn dedup<T: Ord + Copy>(mut v: Vec<T>) -> Vec<T> {
    let mut seen = BTreeSet::new();
    v.retain(|x| seen.insert(*x));
    v
}

fn non_empty_items(doc: &Document, field: &str, items: &[String], diags: &mut Diagnostics) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in items.iter().enumerate() {
        let s = s.trim();
        if s.is_empty() {
            diags.push(
                doc.error(
                    doc.value_span(&item(field, i)),
                    format!("item {} of `{field}` is empty", i + 1),
                )
                .with_hint("remove the empty item"),
            );
        } else {
            out.push(s.to_string());
        }
    }
    out
}

fn languages(doc: &Document, given: &[String], diags: &mut Diagnostics) -> Vec<String> {
    let mut out = Vec::new();
    for (i, code) in given.iter().enumerate() {
        let code = code.trim();
        if formats::language_name(code).is_some() {
            if !out.iter().any(|c| c == code) {
                out.push(code.to_string());
            }
            continue;
        }
        let lower = code.to_lowercase();
        let hint = if formats::language_name(&lower).is_some() {
            format!("write it in lowercase: `{lower}`")
        } else if let Some(c) =
            formats::language_codes().find(|c| formats::language_name(c).is_some_and(|n| n.eq_ignore_ascii_case(code)))
        {
            format!("use the two-letter code `{c}`")
        } else {
            "use a two-letter ISO 639-1 code, for example nl, en, tr, ar, pl".to_string()
        };
        diags.push(
            doc.error(
                doc.value_span(&item("languages", i)),
                format!("`{code}` is not a language code"),
            )
            .with_hint(hint),
        );
    }
    out
}

fn contact(doc: &Document, raw: Option<&RawContact>, diags: &mut Diagnostics) -> Contact {
    let Some(raw) = raw else { return Contact::default() };
    let at = |k: &str| vec![Seg::Key("contact".into()), Seg::Key(k.into())];
    let mut report =
        |path: Vec<Seg>, e: formats::Invalid| diags.push(doc.error(doc.value_span(&path), e.message).with_hint(e.hint));
    let phone = raw
        .phone
        .as_deref()
        .and_then(|p| formats::phone(p).map_err(|e| report(at("phone"), e)).ok());
    let email = raw
        .email
        .as_deref()
        .and_then(|m| formats::email(m).map_err(|e| report(at("email"), e)).ok());
    let website = raw
        .website
        .as_deref()
        .and_then(|w| formats::web_url(w).map_err(|e| report(at("website"), e)).ok());
    let address = raw.address.as_ref().and_then(|a| {
        let addr_at = |k: &str| {
            vec![
                Seg::Key("contact".into()),
                Seg::Key("address".into()),
                Seg::Key(k.into()),
            ]
        };
        let postcode = formats::postcode(&a.postcode)
            .map_err(|e| report(addr_at("postcode"), e))
            .ok();
        let mut text = |k: &str, v: &str| {
            let v = v.trim();
            if v.is_empty() {
                report(
                    addr_at(k),
                    formats::Invalid {
                        message: format!("`contact.address.{k}` is empty"),
                        hint: "fill it in or remove the address".into(),
                    },
                );
                None
            } else {
                Some(v.to_string())
            }
        };
        let street = text("street", &a.street);
        let city = text("city", &a.city);
        Some(Address {
            street: street?,
            postcode: postcode?,
            city: city?,
        })
    });
    Contact {
        phone,
        email,
        website,
        address,
    }
}

fn opening_hours(doc: &Document, raw: &RawOpeningHours, diags: &mut Diagnostics) -> Option<OpeningHours> {
    let note = raw
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from);
    let slots = raw.hours.as_deref().unwrap_or_default();
    if slots.is_empty() && note.is_none() {
        diags.push(
            doc.error(
                doc.key_span(&key("opening_hours")),
                "`opening_hours` has neither `hours` nor a `note`",
            )
            .with_hint("add `hours:` with days and times, or a `note:` such as \"Alleen op afspraak\""),
        );
        return None;
    }
    let mut hours = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        let at = |k: &str| {
            vec![
                Seg::Key("opening_hours".into()),
                Seg::Key("hours".into()),
                Seg::Index(i),
                Seg::Key(k.into()),
            ]
        };
        if slot.days.is_empty() {
            diags.push(
                doc.error(doc.value_span(&at("days")), "`days` is empty")
                    .with_hint("for example `days: [monday, wednesday]`"),
            );
            continue;
        }
        if slot.opens >= slot.closes {
            diags.push(
                doc.error(
                    doc.value_span(&at("closes")),
                    format!("closing time {} is not after opening time {}", slot.closes, slot.opens),
                )
                .with_hint("use a 24-hour clock, for example opens: \"13:00\", closes: \"17:00\""),
            );
            continue;
        }
        hours.push(OpeningSlot {
            days: dedup(slot.days.clone()),
            opens: slot.opens,
            closes: slot.closes,
        });
    }
    Some(OpeningHours { hours, note })
}
