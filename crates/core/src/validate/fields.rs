//! Checks of single provider fields: slug lists, free-text lists, languages, contact
//! details and opening hours.

use crate::msg;
use std::collections::BTreeSet;

use crate::content::raw::{RawAddress, RawContact, RawOpeningHours, RawOpeningSlot};
use crate::diagnostic::{Code, Diagnostics, Msg};
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
    (code, places): (Code, &str),
    diags: &mut Diagnostics,
) -> Vec<String> {
    let mut found = BTreeSet::new();
    for (i, slug) in given.iter().enumerate() {
        let slug = slug.trim();
        let span = doc.value_span(&item(field, i));
        if known.contains(&slug) {
            if !found.insert(slug) {
                diags.push(
                    doc.warning(Code::ListedTwice, span, msg!("listed-twice", slug))
                        .with_hint(msg!("remove-one")),
                );
            }
            continue;
        }
        let hint = suggest::hint(slug, known.iter().copied(), suggest::Otherwise::ChooseFrom);
        diags.push(doc.error(code, span, unknown(code, slug, places)).with_hint(hint));
    }
    known
        .iter()
        .filter(|k| found.contains(*k))
        .map(|k| (*k).to_string())
        .collect()
}

/// The values in the order given, each once.
/// "unknown life domain `x`" or "unknown neighbourhood `x`" (a place, where `places` is
/// "nested"), by the diagnostic's code.
fn unknown(code: Code, slug: &str, places: &str) -> Msg {
    if code == Code::UnknownNeighbourhood {
        msg!("unknown-neighbourhood", slug, places)
    } else {
        msg!("unknown-life-domain", slug)
    }
}

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
                    msg!("item-is-empty", number = i + 1, field),
                )
                .with_hint(msg!("remove-the-empty-item")),
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
                msg!("not-language-code", code),
            )
            .with_hint(language_hint(code)),
        );
    }
    out
}

fn language_hint(code: &str) -> Msg {
    let lower = code.to_lowercase();
    if languages::name(&lower).is_some() {
        msg!("write-lowercase", lower)
    } else if let Some(c) =
        languages::codes().find(|c| languages::name(c).is_some_and(|n| n.eq_ignore_ascii_case(code)))
    {
        msg!("use-the-two-letter-code", code = c)
    } else {
        msg!("use-two-letter-iso-639-1")
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
            msg!("starts-with-http-browsers-tell-residents", url),
        )
        .with_hint(msg!("if-site-opens-as-write-that", secure)),
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
                message: msg!("address-part-empty", key = k),
                hint: msg!("fill-in-or-remove-address"),
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
                msg!("opening-hours-neither"),
            )
            .with_hint(msg!("opening-hours-neither-hint")),
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
            doc.error(Code::EmptyValue, doc.value_span(&at("days")), msg!("days-empty"))
                .with_hint(msg!("for-example-days-monday-wednesday")),
        );
        return None;
    }
    if slot.opens >= slot.closes {
        diags.push(
            doc.error(
                Code::ClosesBeforeOpens,
                doc.value_span(&at("closes")),
                msg!("closes-before-opens", closes = slot.closes, opens = slot.opens),
            )
            .with_hint(msg!("closes-before-opens-hint")),
        );
        return None;
    }
    Some(OpeningSlot {
        days: dedup(slot.days.clone()),
        opens: slot.opens,
        closes: slot.closes,
    })
}
