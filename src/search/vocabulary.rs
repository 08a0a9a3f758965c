//! The residents' words of `content/zoekwoorden.yaml`, put into the index: each provider
//! a vocabulary item matches gets the item's words in its `words` field, with its keywords
//! and the descriptions of its life domains. Done at index time, so the Rust `search`
//! command and the browser engine, which read the same index, find the same providers.

use std::collections::HashSet;

use crate::diagnostic::{Code, Diagnostic};
use crate::markdown;
use crate::model::{Provider, SearchWord, Site};
use crate::search::analyser;

/// The text of the `words` field of every provider, in the site's order, and a warning
/// for each `means` phrase that matches no provider.
pub(crate) fn expand(site: &Site) -> (Vec<String>, Vec<Diagnostic>) {
    // Analysing every provider's text again costs as much as indexing it: only when an
    // item has `means` phrases to look for.
    let terms: Vec<HashSet<String>> = if site.vocabulary.iter().any(|item| !item.means.is_empty()) {
        site.providers.iter().map(|p| provider_terms(site, p)).collect()
    } else {
        vec![HashSet::new(); site.providers.len()]
    };
    let mut extra: Vec<Vec<&str>> = site.providers.iter().map(|p| own_words(site, p)).collect();
    let mut warnings = Vec::new();
    for item in &site.vocabulary {
        let phrases: Vec<(&str, Vec<String>)> = item.means.iter().map(|m| (m.as_str(), phrase_terms(m))).collect();
        let mut used = vec![false; phrases.len()];
        for (i, p) in site.providers.iter().enumerate() {
            let mut hit = structural(item, p);
            for (j, (_, phrase)) in phrases.iter().enumerate() {
                if !phrase.is_empty() && phrase.iter().all(|t| terms[i].contains(t)) {
                    used[j] = true;
                    hit = true;
                }
            }
            if hit {
                extra[i].extend(item.words.iter().map(String::as_str));
            }
        }
        for (j, ((phrase, _), used)) in phrases.iter().zip(used).enumerate() {
            if !used {
                warnings.push(
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
    }
    (extra.into_iter().map(|w| w.join(". ")).collect(), warnings)
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

/// The search terms of everything a provider's page says.
fn provider_terms(site: &Site, p: &Provider) -> HashSet<String> {
    let text = [
        p.name.as_str(),
        p.summary.as_str(),
        &super::index::topics(site, p),
        &markdown::plain_text(&p.body.markdown),
    ]
    .join(". ");
    analyser::words(&text).into_iter().map(|w| w.term).collect()
}

fn phrase_terms(phrase: &str) -> Vec<String> {
    analyser::words(phrase).into_iter().map(|w| w.term).collect()
}
