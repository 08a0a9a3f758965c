//! Providers (`content/providers/<slug>.md`): required fields, the review date, and the
//! listing rules of the pool.

use super::{SUMMARY_MAX_CHARS, body, fields};
use crate::content::ContentFile;
use crate::content::raw::RawProvider;
use crate::date::Date;
use crate::diagnostic::{Code, Diagnostics};
use crate::formats;
use crate::model::{Complaints, Contact, OpeningHours, Provider};
use crate::msg;
use crate::text;
use crate::yaml::{Document, key};

/// What checking a provider needs to know about the site.
pub(super) struct Context<'a> {
    pub(super) domains: Vec<&'a str>,
    pub(super) neighbourhoods: Vec<&'a str>,
    /// Whether the places are of more than one level (a region's municipalities): then an
    /// unknown one is an "onbekende plaats", not an "onbekende wijk" (`Site::places_nested`).
    pub(super) places_nested: bool,
    pub(super) today: Date,
    /// Reviews before this date are stale.
    pub(super) stale_before: Date,
    pub(super) stale_after_months: u32,
    /// The site's language and its interface languages (translations).
    pub(super) language: &'a str,
    pub(super) languages_ui: &'a [String],
}

/// The fields of a provider as far as they passed their checks.
struct Checked {
    name: Option<String>,
    summary: Option<String>,
    life_domains: Vec<String>,
    stale: bool,
    neighbourhoods: Vec<String>,
    target_groups: Vec<String>,
    languages: Vec<String>,
    contact: Contact,
    opening_hours: Option<OpeningHours>,
    complaints: Option<Complaints>,
    keywords: Vec<String>,
    aliases: Vec<String>,
    summaries: std::collections::BTreeMap<String, String>,
    texts: std::collections::BTreeMap<String, String>,
}

/// The provider, when it has no errors and the listing rules let it in.
pub(super) fn provider(file: &ContentFile<RawProvider>, ctx: &Context, diags: &mut Diagnostics) -> Option<Provider> {
    let errors_before = diags.error_count();
    let checked = check_fields(file, ctx, diags);
    let body = body::non_empty(file, diags);
    if diags.error_count() > errors_before || file.had_errors {
        return None;
    }
    let name = checked.name?;
    let doc = &file.doc;
    if checked.contact.is_empty() {
        diags.push(
            doc.warning(
                Code::Unreachable,
                doc.start_span(),
                msg!("has-no-phone-e-mail-website", name),
            )
            .with_hint(msg!("add-at-least-one-way-reach")),
        );
    }
    if !listed(doc, &file.raw, &name, diags) {
        return None;
    }
    let raw = &file.raw;
    Some(Provider {
        slug: file.slug.clone(),
        name_key: crate::text::sort_key(&name),
        name,
        summary: checked.summary?,
        life_domains: checked.life_domains,
        kind: raw.kind?,
        last_reviewed: raw.last_reviewed?,
        stale: checked.stale,
        neighbourhoods: checked.neighbourhoods,
        target_groups: checked.target_groups,
        languages: checked.languages,
        contact: checked.contact,
        opening_hours: checked.opening_hours,
        contact_modes: fields::dedup(raw.contact_modes.clone().unwrap_or_default()),
        accessibility: fields::dedup(raw.accessibility.clone().unwrap_or_default()),
        independent: raw.independent,
        complaints: checked.complaints,
        helps_with_complaints: raw.helps_with_complaints.unwrap_or(false),
        keywords: checked.keywords,
        aliases: checked.aliases,
        summaries: checked.summaries,
        texts: checked.texts,
        body: body?,
        source: doc.display().to_string(),
    })
}

/// Checks every field on its own, so one run reports every problem of the file.
fn check_fields(file: &ContentFile<RawProvider>, ctx: &Context, diags: &mut Diagnostics) -> Checked {
    let (doc, raw) = (&file.doc, &file.raw);
    let name = body::required_text(doc, "name", raw.name.as_deref(), "Stichting Voorbeeld", diags);
    let name = body::name_rule(doc, "name", name, diags);
    let summary = body::required_text(
        doc,
        "summary",
        raw.summary.as_deref(),
        "Wij helpen u gratis met ...",
        diags,
    );
    if let Some(s) = &summary {
        summary_length(doc, &key("summary"), s, diags);
    }
    let life_domains = life_domains(doc, raw.life_domains.as_deref(), ctx, diags);
    if raw.kind.is_none() && !doc.has_value(&key("kind")) {
        diags.extend(body::missing(doc, "kind").map(|d| d.with_hint(msg!("add-kind-with-one-organisation-volunteer"))));
    }
    let stale = review_date(doc, raw.last_reviewed, ctx, diags);
    let neighbourhoods = raw
        .neighbourhoods
        .as_deref()
        .map(|given| {
            fields::slugs_in(
                doc,
                "neighbourhoods",
                given,
                &ctx.neighbourhoods,
                (
                    Code::UnknownNeighbourhood,
                    if ctx.places_nested { "nested" } else { "flat" },
                ),
                diags,
            )
        })
        .unwrap_or_default();
    let target_groups = raw.target_groups.as_deref().unwrap_or_default();
    Checked {
        name,
        summary,
        life_domains,
        stale,
        neighbourhoods,
        target_groups: fields::non_empty_items(doc, "target_groups", target_groups, diags),
        languages: fields::languages(doc, raw.languages.as_deref().unwrap_or_default(), diags),
        contact: fields::contact(doc, raw.contact.as_ref(), diags),
        opening_hours: raw
            .opening_hours
            .as_ref()
            .and_then(|h| fields::opening_hours(doc, h, diags)),
        complaints: raw.complaints.as_deref().and_then(|c| complaints(doc, c, diags)),
        keywords: fields::non_empty_items(doc, "keywords", raw.keywords.as_deref().unwrap_or_default(), diags),
        aliases: aliases(doc, &file.slug, raw.aliases.as_deref().unwrap_or_default(), diags),
        summaries: translations(doc, raw.translations.as_ref(), ctx, diags),
        texts: texts(raw.translations.as_ref(), ctx),
    }
}

/// The translated texts below the front matter (`translations: {en: {text: |…}}`), in
/// the languages whose summary is shown too (checked there).
fn texts(
    given: Option<&std::collections::BTreeMap<String, crate::content::raw::RawTranslation>>,
    ctx: &Context,
) -> std::collections::BTreeMap<String, String> {
    given
        .into_iter()
        .flatten()
        .filter(|(lang, t)| {
            lang.as_str() != ctx.language
                && ctx.languages_ui.contains(lang)
                && t.summary.as_deref().is_some_and(|s| !s.trim().is_empty())
        })
        .filter_map(|(lang, t)| {
            let text = t.text.as_deref().map(str::trim).filter(|t| !t.is_empty())?;
            Some((lang.clone(), text.to_string()))
        })
        .collect()
}

/// The translated summaries (`translations:`): each under a language code of the
/// interface, and as short as the summary; one for another language is not shown.
fn translations(
    doc: &Document,
    given: Option<&std::collections::BTreeMap<String, crate::content::raw::RawTranslation>>,
    ctx: &Context,
    diags: &mut Diagnostics,
) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    for (lang, t) in given.into_iter().flatten() {
        let at = doc.key_span(&crate::yaml::keys(&["translations", lang]));
        let langs = crate::translations::Langs::new(ctx.language, ctx.languages_ui);
        if !crate::translations::language(doc, at, lang, langs, diags) {
            continue;
        }
        let path = crate::yaml::keys(&["translations", lang, "summary"]);
        let summary = t.summary.as_deref().map(str::trim).unwrap_or_default();
        if summary.is_empty() {
            diags.push(
                doc.error(Code::MissingKey, at, msg!("translation-into-has-no-summary", lang))
                    .with_hint(msg!("write-summary-that-language-under-remove")),
            );
            continue;
        }
        if summary_length(doc, &path, summary, diags) {
            out.insert(lang.clone(), summary.to_string());
        }
    }
    out
}

/// The earlier slugs: each a slug, not the provider's own. Clashes with other files are
/// checked across the site (`validate::aliases_unique`).
fn aliases(doc: &Document, own: &str, given: &[String], diags: &mut Diagnostics) -> Vec<String> {
    let mut out = Vec::new();
    let most = super::MAX_ALIASES_PER_PROVIDER;
    if given.len() > most {
        diags.push(
            doc.error(
                Code::TooMany,
                doc.value_span(&[crate::yaml::Seg::Key("aliases".into()), crate::yaml::Seg::Index(most)]),
                msg!("provider-may-have-at-most-earlier", most, number = most + 1),
            )
            .with_hint(msg!("keep-addresses-people-may-still-have")),
        );
    }
    for (i, alias) in given.iter().enumerate().take(most) {
        let span = doc.value_span(&[crate::yaml::Seg::Key("aliases".into()), crate::yaml::Seg::Index(i)]);
        let alias = alias.trim().trim_end_matches(".md").to_string();
        if !text::is_portable_slug(&alias) {
            diags.push(
                doc.error(Code::InvalidSlug, span, msg!("not-address", alias))
                    .with_hint(msg!(
                        "write-old-file-name-without-md",
                        slug = text::portable_slug(&alias, "oude-naam")
                    )),
            );
        } else if alias == own {
            diags.push(
                doc.error(Code::InvalidSlug, span, msg!("provider-s-own-address", alias))
                    .with_hint(msg!("list-only-addresses-provider-had-before")),
            );
        } else if !out.contains(&alias) {
            out.push(alias);
        }
    }
    out
}

/// Whether the summary at `path` is short enough; reported when not.
fn summary_length(doc: &Document, path: &[crate::yaml::Seg], summary: &str, diags: &mut Diagnostics) -> bool {
    let n = summary.chars().count();
    if n > SUMMARY_MAX_CHARS {
        diags.push(
            doc.error(
                Code::SummaryTooLong,
                doc.value_span(path),
                msg!(
                    "summary-characters-long-at-most-are",
                    count = n,
                    summary_max_chars = SUMMARY_MAX_CHARS
                ),
            )
            .with_hint(msg!("keep-one-short-sentence-put-rest")),
        );
    }
    n <= SUMMARY_MAX_CHARS
}

/// The provider's life domains; at least one is required.
fn life_domains(doc: &Document, given: Option<&[String]>, ctx: &Context, diags: &mut Diagnostics) -> Vec<String> {
    match given {
        // Present but undecodable: that error is already reported.
        None if doc.has_value(&key("life_domains")) => Vec::new(),
        None => {
            diags.extend(
                body::missing(doc, "life_domains")
                    .map(|d| d.with_hint(msg!("add-for-example-choose-from", domains = ctx.domains.join(", ")))),
            );
            Vec::new()
        }
        Some([]) => {
            diags.push(
                doc.error(
                    Code::EmptyValue,
                    doc.value_span(&key("life_domains")),
                    msg!("life-domains-empty"),
                )
                .with_hint(msg!("name-at-least-one", domains = ctx.domains.join(", "))),
            );
            Vec::new()
        }
        Some(given) => fields::slugs_in(
            doc,
            "life_domains",
            given,
            &ctx.domains,
            (Code::UnknownLifeDomain, ""),
            diags,
        ),
    }
}

/// Checks `last_reviewed`; true when the review is older than the site's limit.
fn review_date(doc: &Document, reviewed: Option<Date>, ctx: &Context, diags: &mut Diagnostics) -> bool {
    let span = || doc.value_span(&key("last_reviewed"));
    match reviewed {
        None if doc.has_value(&key("last_reviewed")) => false,
        None => {
            diags.extend(
                body::missing(doc, "last_reviewed")
                    .map(|d| d.with_hint(msg!("add-after-checking-information-with-provider", today = ctx.today))),
            );
            false
        }
        Some(d) if d > ctx.today => {
            diags.push(
                doc.error(Code::FutureDate, span(), msg!("reviewed-in-the-future", date = d))
                    .with_hint(msg!("reviewed-today-at-the-latest", today = ctx.today)),
            );
            false
        }
        Some(d) if d < Date::EARLIEST => {
            diags.push(
                doc.error(
                    Code::InvalidValue,
                    span(),
                    msg!("reviewed-too-early", date = d, earliest = Date::EARLIEST),
                )
                .with_hint(msg!("reviewed-for-example", today = ctx.today)),
            );
            false
        }
        Some(d) if d < ctx.stale_before => {
            diags.push(
                doc.warning(
                    Code::Stale,
                    span(),
                    msg!("reviewed-long-ago", date = d, months = ctx.stale_after_months),
                )
                .with_hint(msg!("check-information-with-provider-update-last")),
            );
            true
        }
        Some(_) => false,
    }
}

/// The complaint procedure: a web address or a text.
fn complaints(doc: &Document, given: &str, diags: &mut Diagnostics) -> Option<Complaints> {
    let given = given.trim();
    let span = doc.value_span(&key("complaints"));
    if given.is_empty() {
        diags.push(
            doc.error(Code::EmptyValue, span, msg!("complaints-empty"))
                .with_hint(msg!("complaints-hint")),
        );
        return None;
    }
    if !given.starts_with("http://") && !given.starts_with("https://") {
        return Some(Complaints::Text(given.to_string()));
    }
    match formats::web_url(given) {
        Ok(u) => {
            fields::plain_http(doc, &key("complaints"), &u, diags);
            Some(Complaints::Url(u))
        }
        Err(e) => {
            diags.push(doc.error(e.code, span, e.message).with_hint(e.hint));
            None
        }
    }
}

/// The listing rules of the pool (docs/content.md, "Who is listed"): free, and not part of
/// a neighbourhood team. An entry that fails them stays in git but is not published.
fn listed(doc: &Document, raw: &RawProvider, name: &str, diags: &mut Diagnostics) -> bool {
    if raw.free != Some(true) {
        let span = if raw.free.is_some() {
            doc.value_span(&key("free"))
        } else {
            doc.start_span()
        };
        diags.push(
            doc.warning(Code::NotFree, span, msg!("not-listed-only-free-support-listed", name))
                .with_hint(msg!("set-free-true-if-support-costs")),
        );
        return false;
    }
    if raw.independent == Some(false) {
        diags.push(
            doc.warning(
                Code::NotIndependent,
                doc.value_span(&key("independent")),
                msg!("not-independent", name),
            )
            .with_hint(msg!("not-independent-hint")),
        );
        return false;
    }
    true
}
