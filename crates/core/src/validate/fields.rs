//! Checks of single provider fields: slug lists, free-text lists, languages, contact
//! details and opening hours.

use std::collections::BTreeSet;

use crate::content::raw::{RawAddress, RawContact, RawOpeningHours, RawOpeningSlot};
use crate::diagnostic::{Code, Diagnostics};
use crate::formats::{self, Invalid};
use crate::languages;
use crate::model::{Address, Contact, OpeningHours, OpeningSlot};
use crate::suggest;
use crate::yaml::{Document, KeyPath, Seg, item, key, keys};

/// Checks a list of slugs against the known ones; returns the known ones in the order
/// of the known list. `code` is the code of an unknown slug.
pub(super) fn slugs_in(
    doc: &Document,
    field: &str,
    given: &[String],
    known: &[&str],
    (what, code): (&str, Code),
    diags: &mut Diagnostics,
) -> Vec<String> {
    let mut found = BTreeSet::new();
    for (i, slug) in given.iter().enumerate() {
        let slug = slug.trim();
        let span = doc.value_span(&item(field, i));
        if known.contains(&slug) {
            if !found.insert(slug) {
                diags.push(
                    doc.warning(Code::ListedTwice, span, format!("{what} `{slug}` is listed twice"))
                        .with_hint("remove one"),
                );
            }
            continue;
        }
        let hint = suggest::hint(slug, known.iter().copied(), "choose from");
        diags.push(
            doc.error(code, span, format!("unknown {what} `{slug}`"))
                .with_hint(hint),
        );
    }
    known
        .iter()
        .filter(|k| found.contains(*k))
        .map(|k| (*k).to_string())
        .collect()
}

/// The values in the order given, each once.
pub(super) fn dedup<T: Ord + Copy>(mut v: Vec<T>) -> Vec<T> {
    let mut seen = BTreeSet::new();
    v.retain(|x| seen.insert(*x));
    v
}

/// The items of a list of texts, trimmed; empty items are reported.
pub(super) fn non_empty_items(doc: &Document, field: &str, items: &[String], diags: &mut Diagnostics) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in items.iter().enumerate() {
        let s = s.trim();
        if s.is_empty() {
            diags.push(
                doc.error(
                    Code::EmptyValue,
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

/// ISO 639-1 codes, each once; anything else is reported with the code it likely means.
pub(super) fn languages(doc: &Document, given: &[String], diags: &mut Diagnostics) -> Vec<String> {
    let mut out = Vec::new();
    for (i, code) in given.iter().enumerate() {
        let code = code.trim();
        if languages::name(code).is_some() {
            if !out.iter().any(|c| c == code) {
                out.push(code.to_string());
            }
            continue;
        }
        diags.push(
            doc.error(
                Code::InvalidLanguage,
                doc.value_span(&item("languages", i)),
                format!("`{code}` is not a language code"),
            )
            .with_hint(language_hint(code)),
        );
    }
    out
}

fn language_hint(code: &str) -> String {
    let lower = code.to_lowercase();
    if languages::name(&lower).is_some() {
        format!("write it in lowercase: `{lower}`")
    } else if let Some(c) =
        languages::codes().find(|c| languages::name(c).is_some_and(|n| n.eq_ignore_ascii_case(code)))
    {
        format!("use the two-letter code `{c}`")
    } else {
        "use a two-letter ISO 639-1 code, for example nl, en, tr, ar, pl".to_string()
    }
}

/// The contact details in the forms the site links to; malformed ones are reported.
pub(super) fn contact(doc: &Document, raw: Option<&RawContact>, diags: &mut Diagnostics) -> Contact {
    let Some(raw) = raw else { return Contact::default() };
    let mut report = |path: KeyPath, e: Invalid| {
        diags.push(doc.error(e.code, doc.value_span(&path), e.message).with_hint(e.hint));
    };
    let at = |k: &str| keys(&["contact", k]);
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
    let address = raw.address.as_ref().and_then(|a| address(a, &mut report));
    if let Some(url) = &website {
        plain_http(doc, &at("website"), url, diags);
    }
    Contact {
        phone,
        email,
        website,
        address,
    }
}

/// Accepts an `http://` address with a warning: it works, but residents' browsers call the
/// site "Not secure", and most sites open with https:// as well.
pub(super) fn plain_http(doc: &Document, path: &[Seg], url: &str, diags: &mut Diagnostics) {
    if !formats::is_plain_http(url) {
        return;
    }
    let secure = format!("https://{}", &url[7..]);
    diags.push(
        doc.warning(
            Code::PlainHttp,
            doc.value_span(path),
            format!("`{url}` starts with http://: browsers tell residents this site is not secure"),
        )
        .with_hint(format!("if the site opens as `{secure}`, write that")),
    );
}

fn address(a: &RawAddress, report: &mut impl FnMut(KeyPath, Invalid)) -> Option<Address> {
    let at = |k: &str| keys(&["contact", "address", k]);
    let postcode = formats::postcode(&a.postcode)
        .map_err(|e| report(at("postcode"), e))
        .ok();
    let mut text = |k: &str, v: &str| {
        let v = v.trim();
        if v.is_empty() {
            let empty = Invalid {
                code: Code::EmptyValue,
                message: format!("`contact.address.{k}` is empty"),
                hint: "fill it in or remove the address".into(),
            };
            report(at(k), empty);
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
}

/// Opening hours with at least hours or a note; slots that cannot be right are reported
/// and left out.
pub(super) fn opening_hours(doc: &Document, raw: &RawOpeningHours, diags: &mut Diagnostics) -> Option<OpeningHours> {
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
                Code::NoOpeningHours,
                doc.key_span(&key("opening_hours")),
                "`opening_hours` has neither `hours` nor a `note`",
            )
            .with_hint("add `hours:` with days and times, or a `note:` such as \"Alleen op afspraak\""),
        );
        return None;
    }
    let hours = slots
        .iter()
        .enumerate()
        .filter_map(|(i, slot)| opening_slot(doc, i, slot, diags))
        .collect();
    Some(OpeningHours { hours, note })
}

fn opening_slot(doc: &Document, i: usize, slot: &RawOpeningSlot, diags: &mut Diagnostics) -> Option<OpeningSlot> {
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
            doc.error(Code::EmptyValue, doc.value_span(&at("days")), "`days` is empty")
                .with_hint("for example `days: [monday, wednesday]`"),
        );
        return None;
    }
    if slot.opens >= slot.closes {
        diags.push(
            doc.error(
                Code::ClosesBeforeOpens,
                doc.value_span(&at("closes")),
                format!("closing time {} is not after opening time {}", slot.closes, slot.opens),
            )
            .with_hint("use a 24-hour clock, for example opens: \"13:00\", closes: \"17:00\""),
        );
        return None;
    }
    Some(OpeningSlot {
        days: dedup(slot.days.clone()),
        opens: slot.opens,
        closes: slot.closes,
    })
}
