//! `translations:` of the texts residents read beside the providers: a life domain's name
//! and description, a situation's title and text, a crisis number's name and when to call,
//! a free page's title, summary and text. Each is written under a language code of the
//! interface, with the fields of the item it translates:
//!
//! ```yaml
//! - slug: inkomen
//!   name: Inkomen
//!   description: Vragen over geld, ...
//!   translations:
//!     en: {name: Income, description: Questions about money, ...}
//! ```
//!
//! A translation gives every required field, or none is used (the page then shows the
//! Dutch text, marked as Dutch, never half of each). Nothing is translated by machine.

use crate::msg;
use std::collections::BTreeMap;

use crate::diagnostic::{Code, Diagnostics};
use crate::yaml::{Document, Seg};

/// An item's texts in other interface languages: language code → field → text.
pub type Translations = BTreeMap<String, BTreeMap<String, String>>;

/// The fields a translation may give, per kind of content: what `check` accepts and the
/// editors' form offers (pages: `text` is the page's text).
pub const PAGE_FIELDS: &[&str] = &["title", "summary", "text"];
/// A life domain's translated fields.
pub const LIFE_DOMAIN_FIELDS: &[&str] = &["name", "description"];
/// A situation's translated fields.
pub const SITUATION_FIELDS: &[&str] = &["title", "text"];

/// `translations:` as written: language → field → text.
pub type RawTranslations = Option<BTreeMap<String, BTreeMap<String, String>>>;

/// The site's language and the languages of its interface.
#[derive(Clone, Copy)]
pub(crate) struct Langs<'a> {
    pub(crate) site: &'a str,
    pub(crate) ui: &'a [String],
}

impl<'a> Langs<'a> {
    pub(crate) fn new(site: &'a str, ui: &'a [String]) -> Self {
        Langs { site, ui }
    }
}

/// What an item's translation may hold: the fields it must give, and those it may.
pub(crate) struct Fields<'a> {
    pub(crate) required: &'a [&'a str],
    pub(crate) optional: &'a [&'a str],
}

/// The translations of the item at `base` (its key path in `doc`) that can be shown; each
/// problem at its line.
pub(crate) fn check(
    doc: &Document,
    base: &[Seg],
    given: &RawTranslations,
    fields: &Fields<'_>,
    langs: Langs<'_>,
    diags: &mut Diagnostics,
) -> Translations {
    let mut out = Translations::new();
    for (lang, texts) in given.iter().flatten() {
        let mut path = base.to_vec();
        path.extend([Seg::Key("translations".into()), Seg::Key(lang.clone())]);
        let at = doc.key_span(&path);
        if !language(doc, at, lang, langs, diags) {
            continue;
        }
        let mut ok = true;
        for (field, _) in texts
            .iter()
            .filter(|(f, _)| !fields.required.contains(&f.as_str()) && !fields.optional.contains(&f.as_str()))
        {
            let mut key = path.clone();
            key.push(Seg::Key(field.clone()));
            let known: Vec<&str> = fields.required.iter().chain(fields.optional).copied().collect();
            diags.push(
                doc.error(
                    Code::UnknownKey,
                    doc.key_span(&key),
                    msg!("translation-has-no-field", field),
                )
                .with_hint(msg!("translate", known = known.join(", "))),
            );
            ok = false;
        }
        for field in fields.required {
            if texts.get(*field).is_none_or(|t| t.trim().is_empty()) {
                diags.push(
                    doc.error(Code::MissingKey, at, msg!("translation-into-has-no", lang, field))
                        .with_hint(msg!("write-that-language-under-remove-translation", field)),
                );
                ok = false;
            }
        }
        if ok {
            let kept = texts
                .iter()
                .map(|(f, t)| (f.clone(), t.trim().to_string()))
                .filter(|(_, t)| !t.is_empty())
                .collect();
            out.insert(lang.clone(), kept);
        }
    }
    out
}

/// Whether `lang` is an interface language other than the site's: an unknown code is an
/// error, a language the site does not show a warning.
pub(crate) fn language(
    doc: &Document,
    at: crate::diagnostic::Span,
    lang: &str,
    langs: Langs<'_>,
    diags: &mut Diagnostics,
) -> bool {
    if crate::languages::name(lang).is_none() {
        diags.push(
            doc.error(Code::InvalidValue, at, msg!("not-language-code", code = lang))
                .with_hint(msg!("write-two-letter-iso-639-1")),
        );
        return false;
    }
    if lang == langs.site || !langs.ui.iter().any(|l| l == lang) {
        let message = if lang == langs.site {
            msg!("translation-same-language", lang)
        } else {
            msg!("translation-not-interface-language", lang)
        };
        diags.push(
            doc.warning(Code::InvalidValue, at, message)
                .with_hint(msg!("translate-into-languages-languages-ui-site")),
        );
        return false;
    }
    true
}
