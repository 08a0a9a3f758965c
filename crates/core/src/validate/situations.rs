//! `content/situaties.yaml`: life situations in residents' words ("Ik heb geldzorgen"),
//! a second way in beside the life domains. Each item needs a slug, a title, a short text
//! and at least one way to the providers that fit: named providers, life domains or kinds.

use super::lists::{Item, item_start, items};
use super::vocabulary::known_domains;
use crate::content::raw::{RawProvider, RawSituation};
use crate::content::{ContentFile, ListFile};
use crate::diagnostic::{Code, Diagnostics};
use crate::model::{Provider, Situation};
use crate::msg;
use crate::suggest;
use crate::translations::{self, Fields, Langs};
use crate::yaml::Seg;
use std::sync::Arc;

/// The most situations a site may have: each is a page listing up to every provider, so
/// the number is bounded (a home page of more would help nobody either).
pub(super) const MAX_SITUATIONS: usize = 100;

/// What a situation's translation gives.
const TRANSLATED: Fields<'static> = Fields {
    required: crate::translations::SITUATION_FIELDS,
    optional: &[],
};

/// The valid situations, in the file's order; the others are reported at their line.
pub(super) fn situations(
    file: &ListFile<RawSituation>,
    domains: &[&str],
    listed: &[Arc<Provider>],
    files: &[std::sync::Arc<ContentFile<RawProvider>>],
    langs: Langs<'_>,
    diags: &mut Diagnostics,
) -> Vec<Situation> {
    if too_many(file, diags) {
        return Vec::new();
    }
    // The life domains first, for the whole file: an item is checked on its own below.
    let unknown_domains: Vec<usize> = file
        .items
        .iter()
        .filter(|(index, raw)| {
            !known_domains(
                file,
                *index,
                raw.life_domains.as_deref().unwrap_or_default(),
                domains,
                diags,
            )
        })
        .map(|(index, _)| *index)
        .collect();
    items(file, diags, |item, raw| {
        let domains_ok = !unknown_domains.contains(&item.index);
        let slug = item.slug(&raw.slug);
        let title = item.text("title", &raw.title);
        let text = item.text("text", &raw.text);
        let life_domains = raw.life_domains.clone().unwrap_or_default();
        let providers = raw.providers.clone().unwrap_or_default();
        let kinds = raw.kinds.clone().unwrap_or_default();
        named_providers(item, &providers, listed, files);
        let mut ok = domains_ok;
        if providers.is_empty() && life_domains.is_empty() && kinds.is_empty() {
            ok = false;
            let at = item.start();
            item.diags.push(
                item.doc
                    .error(Code::MissingKey, at, msg!("no-provider-fits-situation-names-none"))
                    .with_hint(msg!("add-providers-file-names-life-domains")),
            );
        }
        let words = raw
            .words
            .iter()
            .flatten()
            .map(|w| w.trim().to_string())
            .filter(|w| !w.is_empty())
            .collect();
        let at = [Seg::Index(item.index)];
        let translations = translations::check(item.doc, &at, &raw.translations, &TRANSLATED, langs, item.diags);
        let situation = Situation {
            slug: slug?,
            title: title?,
            text: text?,
            words,
            providers,
            life_domains,
            kinds,
            translations,
        };
        ok.then_some(situation)
    })
}

/// Reports a file of more than [`MAX_SITUATIONS`] items, once, at the first one too many.
fn too_many(file: &ListFile<RawSituation>, diags: &mut Diagnostics) -> bool {
    let Some((index, _)) = file.items.get(MAX_SITUATIONS) else {
        return false;
    };
    let span = item_start(&file.doc, *index);
    diags.push(
        file.doc
            .error(
                Code::TooMany,
                span,
                msg!("there-are-more-than-situations-site", max_situations = MAX_SITUATIONS),
            )
            .with_hint(msg!("combine-situations-list-fewer")),
    );
    true
}

/// The named providers are provider files. One that is gone is left out with a warning:
/// a provider that stopped must not stop the site's publication (as with `front_door`).
/// One that is there but not listed (its own problems are reported with its file) is left
/// out quietly.
fn named_providers(
    item: &mut Item<'_>,
    named: &[String],
    listed: &[Arc<Provider>],
    files: &[std::sync::Arc<ContentFile<RawProvider>>],
) {
    for (i, slug) in named.iter().enumerate() {
        if listed.iter().any(|p| &p.slug == slug) || files.iter().any(|f| &f.slug == slug) {
            continue;
        }
        let mut path = item.at("providers");
        path.push(Seg::Index(i));
        let span = item.doc.value_span(&path);
        item.diags.push(
            item.doc
                .warning(
                    Code::UnknownProvider,
                    span,
                    msg!("not-provider-so-page-leaves-out", slug),
                )
                .with_hint(suggest::hint(
                    slug,
                    listed.iter().map(|p| p.slug.as_str()),
                    suggest::Otherwise::Providers,
                )),
        );
    }
}
