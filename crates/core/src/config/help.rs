//! Help that is never a search result: the crisis numbers every page shows (`crisis:` in
//! site.yaml: 112, 113 Zelfmoordpreventie, Veilig Thuis, the regional doctor's post), and
//! the general client supporters a resident who does not know where to start can call
//! (`front_door:`, provider slugs, checked against the providers in validation).

use crate::msg;
use serde::{Deserialize, Serialize};

use crate::diagnostic::{Code, Diagnostics, Span};
use crate::formats::{self, Phone};
use crate::text;
use crate::translations::{self, Fields, Langs};
use crate::yaml::{Document, Seg};

/// One item of `crisis:` as written.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHelpLine {
    name: Option<String>,
    phone: Option<String>,
    when: Option<String>,
    translations: crate::translations::RawTranslations,
}

/// A number to call in a crisis, and when.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct HelpLine {
    /// Who answers ("Huisartsenpost").
    pub name: String,
    /// The number.
    pub phone: Phone,
    /// One sentence: when to call.
    pub when: String,
    /// `name` and `when` in other interface languages.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub translations: crate::translations::Translations,
    /// Every text of it the printed editions set (`crisis[0].name`, its translations),
    /// with where it stands, for the print fonts' check.
    #[serde(skip)]
    pub printed: Vec<(String, Span, String)>,
}

/// The texts of crisis number `i` as the printed editions set them, with where each stands.
fn printed(
    doc: &Document,
    i: usize,
    name: &str,
    when: &str,
    translations: &crate::translations::Translations,
) -> Vec<(String, Span, String)> {
    let at = |path: &[&str]| {
        let mut key = vec![Seg::Key("crisis".into()), Seg::Index(i)];
        key.extend(path.iter().map(|k| Seg::Key((*k).to_string())));
        (format!("`crisis[{i}].{}`", path.join(".")), doc.value_span(&key))
    };
    let mut out = Vec::new();
    for (field, text) in [("name", name), ("when", when)] {
        let (key, span) = at(&[field]);
        out.push((key, span, text.to_string()));
    }
    for (lang, fields) in translations {
        for (field, text) in fields {
            let (key, span) = at(&["translations", lang, field]);
            out.push((key, span, text.clone()));
        }
    }
    out
}

/// What a crisis number's translation gives.
const TRANSLATED: Fields<'static> = Fields {
    required: &["name", "when"],
    optional: &[],
};

/// The crisis numbers of `crisis:`, each checked; an item still to be filled in (`[VUL IN`)
/// is left out with a warning, so no page shows a placeholder as a number. A site without
/// `crisis:` gets a warning: residents in crisis should find 112, 113 and Veilig Thuis.
pub(super) fn crisis(
    doc: &Document,
    raw: Option<Vec<RawHelpLine>>,
    langs: Langs<'_>,
    out: &mut Diagnostics,
) -> Vec<HelpLine> {
    let Some(raw) = raw else {
        out.push(
            doc.warning(
                Code::NoCrisisNumbers,
                doc.start_span(),
                msg!("site-yaml-names-no-crisis-numbers"),
            )
            .with_hint(msg!("add-crisis-list-steunwijzer-init-writes")),
        );
        return Vec::new();
    };
    let mut lines = Vec::new();
    for (i, item) in raw.into_iter().enumerate() {
        let at = |k: &str| doc.value_span(&[Seg::Key("crisis".into()), Seg::Index(i), Seg::Key(k.into())]);
        let texts = [("name", &item.name), ("phone", &item.phone), ("when", &item.when)];
        if let Some((k, _)) = texts
            .iter()
            .find(|(_, v)| v.as_deref().is_some_and(|v| v.contains(text::FILL_IN)))
        {
            out.push(
                doc.warning(Code::FillIn, at(k), msg!("crisis-number-still-filled-no-page"))
                    .with_hint(msg!("write-number-when-call-remove-item")),
            );
            continue;
        }
        let missing = texts
            .iter()
            .find(|(_, v)| v.as_deref().is_none_or(|v| v.trim().is_empty()));
        if let Some((k, _)) = missing {
            let item_at = doc.value_span(&[Seg::Key("crisis".into()), Seg::Index(i)]);
            out.push(
                doc.error(Code::MissingKey, item_at, msg!("crisis-number-has-no", key = k))
                    .with_hint(msg!("each-item-has-name-phone-when")),
            );
            continue;
        }
        let (name, raw_phone, when) = (
            item.name.unwrap_or_default(),
            item.phone.unwrap_or_default(),
            item.when.unwrap_or_default(),
        );
        let base = [Seg::Key("crisis".into()), Seg::Index(i)];
        let translations = translations::check(doc, &base, &item.translations, &TRANSLATED, langs, out);
        let printed = printed(doc, i, &name, &when, &translations);
        match formats::phone(&raw_phone) {
            Ok(phone) => lines.push(HelpLine {
                name: name.trim().to_string(),
                phone,
                when: when.trim().to_string(),
                translations,
                printed,
            }),
            Err(e) => out.push(doc.error(e.code, at("phone"), e.message).with_hint(e.hint)),
        }
    }
    lines
}

/// `front_door:` as written: provider slugs, with where each stands.
pub(super) fn front_door(doc: &Document, raw: Option<Vec<String>>) -> Vec<(String, Span)> {
    raw.unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, slug)| {
            let at = doc.value_span(&[Seg::Key("front_door".into()), Seg::Index(i)]);
            (slug.trim().to_string(), at)
        })
        .collect()
}
