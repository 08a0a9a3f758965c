//! `content/zoekwoorden.yaml`: residents' words, each with at least one target that
//! says which providers they find.

use crate::content::ListFile;
use crate::content::raw::RawSearchWord;
use crate::diagnostic::{Code, Diagnostics};
use crate::model::SearchWord;
use crate::suggest;
use crate::yaml::{KeyPath, Seg};

/// The valid items of the vocabulary; the others are reported.
pub(super) fn vocabulary(file: &ListFile<RawSearchWord>, domains: &[&str], diags: &mut Diagnostics) -> Vec<SearchWord> {
    file.items
        .iter()
        .filter_map(|(index, raw)| item(file, *index, raw, domains, diags))
        .collect()
}

fn item(
    file: &ListFile<RawSearchWord>,
    index: usize,
    raw: &RawSearchWord,
    domains: &[&str],
    diags: &mut Diagnostics,
) -> Option<SearchWord> {
    let doc = &file.doc;
    let at = |key: &str| -> KeyPath { vec![Seg::Index(index), Seg::Key(key.to_string())] };
    let words: Vec<String> = texts(file, index, "words", raw.words.as_deref(), diags)
        .into_iter()
        .map(|(w, _)| w)
        .collect();
    let (means, means_at) = texts(file, index, "means", raw.means.as_deref(), diags)
        .into_iter()
        .unzip();
    let life_domains = raw.life_domains.clone().unwrap_or_default();
    let mut ok = true;
    for (i, slug) in life_domains.iter().enumerate() {
        if !domains.contains(&slug.as_str()) {
            ok = false;
            let mut path = at("life_domains");
            path.push(Seg::Index(i));
            diags.push(
                doc.error(
                    Code::UnknownLifeDomain,
                    doc.value_span(&path),
                    format!("unknown life domain `{slug}`"),
                )
                .with_hint(suggest::hint(slug, domains.iter().copied(), "choose from")),
            );
        }
    }
    let item = SearchWord {
        words,
        means,
        means_at,
        life_domains,
        kinds: raw.kinds.clone().unwrap_or_default(),
        contact_modes: raw.contact_modes.clone().unwrap_or_default(),
        accessibility: raw.accessibility.clone().unwrap_or_default(),
        languages: raw.languages.clone().unwrap_or_default(),
        source: doc.display().to_string(),
        at: first_key(doc, index),
    };
    if item.words.is_empty() {
        ok = false;
        diags.push(
            doc.error(Code::MissingKey, item.at, "this item has no `words`")
                .with_hint("list the residents' words, for example `words: [geldzorgen, geldproblemen]`"),
        );
    }
    if targets(&item) == 0 {
        ok = false;
        diags.push(
            doc.error(
                Code::MissingKey,
                item.at,
                "these words find nothing: the item has no target",
            )
            .with_hint("add `means: [...]` with the directory's words, or `life_domains: [...]`"),
        );
    }
    ok.then_some(item)
}

/// Where item `index` starts: its first key (a list item's own position is past it).
fn first_key(doc: &crate::yaml::Document, index: usize) -> crate::diagnostic::Span {
    let keys = [
        "words",
        "means",
        "life_domains",
        "kinds",
        "contact_modes",
        "accessibility",
        "languages",
    ];
    keys.iter()
        .map(|k| vec![Seg::Index(index), Seg::Key((*k).to_string())])
        .find(|p| doc.get(p).is_some())
        .map_or_else(|| doc.key_span(&[Seg::Index(index)]), |p| doc.key_span(&p))
}

fn targets(item: &SearchWord) -> usize {
    item.means.len()
        + item.life_domains.len()
        + item.kinds.len()
        + item.contact_modes.len()
        + item.accessibility.len()
        + item.languages.len()
}

/// The texts of a list key of item `index`, each one line and not empty, with where
/// each stands.
fn texts(
    file: &ListFile<RawSearchWord>,
    index: usize,
    key: &str,
    given: Option<&[String]>,
    diags: &mut Diagnostics,
) -> Vec<(String, crate::diagnostic::Span)> {
    let doc = &file.doc;
    let mut out = Vec::new();
    for (i, text) in given.unwrap_or_default().iter().enumerate() {
        let path = vec![Seg::Index(index), Seg::Key(key.to_string()), Seg::Index(i)];
        let text = text.trim();
        if text.is_empty() || text.contains('\n') {
            diags.push(
                doc.error(
                    Code::EmptyValue,
                    doc.value_span(&path),
                    format!("an entry of `{key}` is empty or more than one line"),
                )
                .with_hint("write one word or phrase per entry"),
            );
        } else {
            out.push((text.to_string(), doc.value_span(&path)));
        }
    }
    out
}
