//! The residents' words of `content/zoekwoorden.yaml`, put into the index: each provider
//! a vocabulary item matches gets the item's words in its `words` field, with its keywords
//! and the descriptions of its life domains; and the parts of its compound words go into
//! its `parts` field. Done at index time, so the Rust `search` command and the browser
//! engine, which read the same index, find the same providers.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::diagnostic::{Code, Diagnostic};
use crate::markdown;
use crate::model::{Provider, SearchWord, Site};
use crate::search::analyser::{self, OwnTerms, Word};
use crate::search::{KnownWord, compound};

/// What the vocabulary and the providers' own words add to the index.
pub(crate) struct Expanded {
    /// The text of each provider's `words` field, in the site's order.
    pub(crate) words: Vec<String>,
    /// The text of each provider's `parts` field: parts of its compound words.
    pub(crate) parts: Vec<String>,
    /// Residents' words and life domain names, for "did you mean".
    pub(crate) known: Vec<KnownWord>,
    /// A warning for each `means` phrase that matches no provider.
    pub(crate) warnings: Vec<Diagnostic>,
}

/// The own terms of the vocabulary's `own_term` lists.
pub(crate) fn own_terms(site: &Site) -> OwnTerms {
    let mut map = BTreeMap::new();
    for item in &site.vocabulary {
        if let Some(first) = item.own_term.first() {
            for word in &item.own_term {
                map.insert(word.clone(), first.clone());
            }
        }
    }
    OwnTerms::new(map)
}

pub(crate) fn expand(site: &Site, own: &OwnTerms) -> Expanded {
    let analysed: Vec<Vec<Word>> = site.providers.iter().map(|p| provider_words(site, p, own)).collect();
    let terms: Vec<HashSet<&str>> = analysed
        .iter()
        .map(|words| words.iter().map(|w| w.term.as_str()).collect())
        .collect();
    let mut extra: Vec<Vec<&str>> = site.providers.iter().map(|p| own_words(site, p)).collect();
    let mut warnings = Vec::new();
    let mut known = Vec::new();
    for item in &site.vocabulary {
        let phrases: Vec<(&str, Vec<String>)> = item.means.iter().map(|m| (m.as_str(), phrase_terms(m, own))).collect();
        let mut used = vec![false; phrases.len()];
        let mut found = Vec::new();
        for (i, p) in site.providers.iter().enumerate() {
            let mut hit = structural(item, p);
            for (j, (_, phrase)) in phrases.iter().enumerate() {
                if !phrase.is_empty() && phrase.iter().all(|t| terms[i].contains(t.as_str())) {
                    used[j] = true;
                    hit = true;
                }
            }
            if hit {
                extra[i].extend(item.words.iter().map(String::as_str));
                found.push(p);
            }
        }
        warnings.extend(unused(item, &phrases, &used));
        let domains = item_domains(site, item, &found);
        if item.suggest {
            known.extend(item.words.iter().map(|w| KnownWord::new(w, domains.clone())));
        }
    }
    for (i, d) in site.life_domains.iter().enumerate() {
        known.push(KnownWord::new(&d.name, vec![i]));
    }
    Expanded {
        words: extra.into_iter().map(|w| w.join(". ")).collect(),
        parts: compound_parts(&analysed, &terms, own),
        known,
        warnings,
    }
}

fn unused(item: &SearchWord, phrases: &[(&str, Vec<String>)], used: &[bool]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (j, ((phrase, _), used)) in phrases.iter().zip(used).enumerate() {
        if !used {
            out.push(
                Diagnostic::warning(
                    Code::UnmatchedSearchWord,
                    &item.source,
                    item.means_at.get(j).copied().unwrap_or(item.at),
                    format!("`{phrase}` is in no listed provider's text, so these words find nothing through it"),
                )
                .with_hint("use a word the providers use, or a life domain: `life_domains: [...]`"),
            );
        }
    }
    out
}

/// The life domains (as indexes) a resident's word belongs to: the item's own, or else
/// the one(s) holding most of the providers it finds.
fn item_domains(site: &Site, item: &SearchWord, found: &[&Provider]) -> Vec<usize> {
    let own: Vec<usize> = site
        .life_domains
        .iter()
        .enumerate()
        .filter(|(_, d)| item.life_domains.contains(&d.slug))
        .map(|(i, _)| i)
        .collect();
    if !own.is_empty() {
        return own;
    }
    let counts: Vec<usize> = site
        .life_domains
        .iter()
        .map(|d| found.iter().filter(|p| p.life_domains.contains(&d.slug)).count())
        .collect();
    let most = counts.iter().copied().max().unwrap_or(0);
    if most == 0 {
        return Vec::new();
    }
    (0..counts.len()).filter(|i| counts[*i] == most).collect()
}

/// Targets that need no text: life domains, kinds, contact modes, accessibility, languages.
fn structural(item: &SearchWord, p: &Provider) -> bool {
    item.life_domains.iter().any(|d| p.life_domains.contains(d))
        || item.kinds.contains(&p.kind)
        || item.contact_modes.iter().any(|m| p.contact_modes.contains(m))
        || item.accessibility.iter().any(|a| p.accessibility.contains(a))
        || item.languages.iter().any(|l| p.languages.contains(l))
}

/// A provider's own extra words: its keywords and its life domains' descriptions.
fn own_words<'a>(site: &'a Site, p: &'a Provider) -> Vec<&'a str> {
    let mut words: Vec<&str> = p.keywords.iter().map(String::as_str).collect();
    words.extend(
        site.life_domains
            .iter()
            .filter(|d| p.life_domains.contains(&d.slug))
            .map(|d| d.description.as_str()),
    );
    words
}

/// The words of everything a provider's page says.
fn provider_words(site: &Site, p: &Provider, own: &OwnTerms) -> Vec<Word> {
    let text = [
        p.name.as_str(),
        p.summary.as_str(),
        &super::index::topics(site, p),
        &markdown::plain_text(&p.body.markdown),
    ]
    .join(". ");
    analyser::words(&text, own)
}

fn phrase_terms(phrase: &str, own: &OwnTerms) -> Vec<String> {
    analyser::words(phrase, own).into_iter().map(|w| w.term).collect()
}

/// Per provider, the parts of its compound words, split with the terms of all providers.
fn compound_parts(analysed: &[Vec<Word>], terms: &[HashSet<&str>], own: &OwnTerms) -> Vec<String> {
    let dictionary: HashSet<&str> = terms.iter().flatten().copied().collect();
    let known = |part: &str| dictionary.contains(own.term(part).as_ref());
    let mut cache: HashMap<&str, Option<Vec<String>>> = HashMap::new();
    analysed
        .iter()
        .map(|words| {
            let mut parts: BTreeSet<String> = BTreeSet::new();
            for w in words {
                if w.folded.chars().count() < 2 * compound::MIN_PART_CHARS {
                    continue;
                }
                let split = cache
                    .entry(w.folded.as_str())
                    .or_insert_with(|| compound::split(&w.folded, &known));
                if let Some(split) = split {
                    parts.extend(split.iter().cloned());
                }
            }
            parts.into_iter().collect::<Vec<_>>().join(" ")
        })
        .collect()
}
