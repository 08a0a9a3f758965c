//! `content/zoekwoorden.yaml`: residents' words, each with at least one target that
//! says which providers they find.

use crate::content::ListFile;
use crate::content::raw::RawSearchWord;
use crate::diagnostic::{Code, Diagnostics};
use crate::model::SearchWord;
use crate::msg;
use crate::suggest;
use crate::yaml::{KeyPath, Seg};

/// The valid items of the vocabulary; the others are reported.
pub(super) fn vocabulary(file: &ListFile<RawSearchWord>, domains: &[&str], diags: &mut Diagnostics) -> Vec<SearchWord> {
    let items: Vec<SearchWord> = file
        .items
        .iter()
        .filter_map(|(index, raw)| item(file, *index, raw, domains, diags))
        .collect();
    let own_terms_ok = own_terms_once(file, diags);
    items
        .into_iter()
        .map(|mut item| {
            if !own_terms_ok {
                item.own_term.clear();
            }
            item
        })
        .collect()
}

/// Each word may have one own term: a word in two `own_term` lists is an error, and
/// then no own term is used (which one the editor meant is unknown).
fn own_terms_once(file: &ListFile<RawSearchWord>, diags: &mut Diagnostics) -> bool {
    let doc = &file.doc;
    let mut seen: std::collections::HashMap<String, crate::diagnostic::Span> = std::collections::HashMap::new();
    let mut ok = true;
    for (index, raw) in &file.items {
        for (i, word) in raw.own_term.iter().flatten().enumerate() {
            let path = vec![Seg::Index(*index), Seg::Key("own_term".into()), Seg::Index(i)];
            let span = doc.value_span(&path);
            match seen.entry(fold_word(word)) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(span);
                }
                std::collections::hash_map::Entry::Occupied(o) => {
                    ok = false;
                    diags.push(
                        doc.error(
                            Code::ListedTwice,
                            span,
                            msg!("already-has-own-term-line", word = word.trim(), line = o.get().line),
                        )
                        .with_hint(msg!("put-each-word-one-own-term")),
                    );
                }
            }
        }
    }
    ok
}

fn fold_word(word: &str) -> String {
    crate::text::fold_lowercase(word.trim())
}

fn item(
    file: &ListFile<RawSearchWord>,
    index: usize,
    raw: &RawSearchWord,
    domains: &[&str],
    diags: &mut Diagnostics,
) -> Option<SearchWord> {
    let doc = &file.doc;
    let words: Vec<String> = texts(file, index, "words", raw.words.as_deref(), diags)
        .into_iter()
        .map(|(w, _)| w)
        .collect();
    let (means, means_at) = texts(file, index, "means", raw.means.as_deref(), diags)
        .into_iter()
        .unzip();
    let life_domains = raw.life_domains.clone().unwrap_or_default();
    let mut ok = known_domains(file, index, &life_domains, domains, diags);
    let own_term = own_term(file, index, raw.own_term.as_deref(), diags);
    ok &= own_term.len() == raw.own_term.as_ref().map_or(0, Vec::len);
    let item = SearchWord {
        own_term,
        suggest: raw.suggest.unwrap_or(true),
        crisis: raw.crisis.unwrap_or(false),
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
    if item.words.is_empty() && item.own_term.is_empty() {
        ok = false;
        diags.push(
            doc.error(Code::MissingKey, item.at, msg!("item-has-no-words"))
                .with_hint(msg!("list-residents-words-for-example-words")),
        );
    }
    // A crisis item may find no provider: the crisis numbers are its answer.
    if !item.words.is_empty() && targets(&item) == 0 && !item.crisis {
        ok = false;
        diags.push(
            doc.error(Code::MissingKey, item.at, msg!("these-words-find-nothing-item-has"))
                .with_hint(msg!("add-means-with-directory-s-words")),
        );
    }
    ok.then_some(item)
}

/// Whether every life domain of item `index` of a list file exists; reports those that
/// do not (the vocabulary's and the situations' items).
pub(super) fn known_domains<R>(
    file: &ListFile<R>,
    index: usize,
    life_domains: &[String],
    domains: &[&str],
    diags: &mut Diagnostics,
) -> bool {
    let doc = &file.doc;
    let mut ok = true;
    for (i, slug) in life_domains.iter().enumerate() {
        if !domains.contains(&slug.as_str()) {
            ok = false;
            let path: KeyPath = vec![Seg::Index(index), Seg::Key("life_domains".into()), Seg::Index(i)];
            diags.push(
                doc.error(
                    Code::UnknownLifeDomain,
                    doc.value_span(&path),
                    msg!("unknown-life-domain", slug),
                )
                .with_hint(suggest::hint(
                    slug,
                    domains.iter().copied(),
                    suggest::Otherwise::ChooseFrom,
                )),
            );
        }
    }
    ok
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
        "own_term",
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
                    msg!("entry-empty-more-than-one-line", key),
                )
                .with_hint(msg!("write-one-word-phrase-per-entry")),
            );
        } else {
            out.push((text.to_string(), doc.value_span(&path)));
        }
    }
    out
}

/// The words of `own_term`, folded: each must be one word, as the search splits text.
fn own_term(
    file: &ListFile<RawSearchWord>,
    index: usize,
    given: Option<&[String]>,
    diags: &mut Diagnostics,
) -> Vec<String> {
    let doc = &file.doc;
    let mut out = Vec::new();
    for (i, word) in given.unwrap_or_default().iter().enumerate() {
        let path = vec![Seg::Index(index), Seg::Key("own_term".into()), Seg::Index(i)];
        let word = word.trim();
        if word.is_empty() || !word.chars().all(char::is_alphanumeric) || word.len() > 40 {
            diags.push(
                doc.error(Code::InvalidValue, doc.value_span(&path), msg!("not-one-word", word))
                    .with_hint(msg!("own-term-takes-single-words-letters")),
            );
        } else {
            out.push(fold_word(word));
        }
    }
    out
}
