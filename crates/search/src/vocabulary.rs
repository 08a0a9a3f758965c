//! The residents' words of `content/zoekwoorden.yaml`, put into the index: each provider
//! a vocabulary item matches gets the item's words in its `words` field, with its keywords
//! and the descriptions of its life domains; and the parts of its compound words go into
//! its `parts` field. Done at index time, so the Rust `search` command and the browser
//! engine, which read the same index, find the same providers.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use steunwijzer_core::msg;

use crate::analyser::{self, OwnTerms};
use crate::analysis::DocText;
use crate::{KnownWord, compound};
use steunwijzer_core::diagnostic::{Code, Diagnostic};
use steunwijzer_core::model::{Provider, SearchWord, Site};

/// What the vocabulary and the providers' own words add to the index.
pub(crate) struct Expanded {
    /// The text of each provider's `words` field, in the site's order.
    pub words: Vec<String>,
    /// The text of each provider's `keywords` field: its keywords, and the residents' words
    /// of the items whose `means` its name, summary or topics say.
    pub keywords: Vec<String>,
    /// The text of each provider's `parts` field: parts of its compound words.
    pub parts: Vec<String>,
    /// Residents' words and life domain names, for "did you mean".
    pub known: Vec<KnownWord>,
    /// A warning for each `means` phrase that matches no provider.
    pub warnings: Vec<Diagnostic>,
}

impl Expanded {
    /// The texts of the fields the vocabulary makes: `words`, `parts` and `keywords`.
    pub(crate) fn fields(&self) -> [&[String]; 3] {
        [&self.words, &self.parts, &self.keywords]
    }
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

/// What the vocabulary adds to each provider, from the words of the providers' own text
/// (`docs`, in the site's order).
/// `memo` keeps the compound parts between calls (the live preview).
pub(crate) fn expand(site: &Site, docs: &[Arc<DocText>], own: &OwnTerms, memo: &mut PartsMemo) -> Expanded {
    let mut extra: Vec<Vec<&str>> = site.providers.iter().map(|p| own_words(site, p)).collect();
    let mut strong: Vec<Vec<&str>> = site
        .providers
        .iter()
        .map(|p| p.keywords.iter().map(String::as_str).collect())
        .collect();
    let mut warnings = Vec::new();
    let mut known = Vec::new();
    for item in &site.vocabulary {
        let phrases: Vec<(&str, Vec<String>)> = item.means.iter().map(|m| (m.as_str(), phrase_terms(m, own))).collect();
        let mut used = vec![false; phrases.len()];
        let mut found = Vec::new();
        for (i, p) in site.providers.iter().enumerate() {
            let mut hit = structural(item, p);
            let mut about = false;
            for (j, (_, phrase)) in phrases.iter().enumerate() {
                if !phrase.is_empty() && phrase.iter().all(|t| docs[i].has(t)) {
                    used[j] = true;
                    hit = true;
                    about |= phrase.iter().all(|t| docs[i].about(t));
                }
            }
            if about {
                strong[i].extend(item.words.iter().map(String::as_str));
            } else if hit {
                extra[i].extend(item.words.iter().map(String::as_str));
            }
            if hit {
                found.push(&**p);
            }
        }
        // A new site without providers yet would get a warning for every phrase.
        if !site.providers.is_empty() {
            warnings.extend(unused(item, &phrases, &used));
        }
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
        keywords: strong.into_iter().map(|w| w.join(". ")).collect(),
        parts: memo.parts(docs, own),
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
                    msg!("no-listed-provider-s-text-so", phrase),
                )
                .with_hint(msg!("use-word-providers-use-life-domain")),
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

/// A provider's own extra words: its life domains' descriptions.
fn own_words<'a>(site: &'a Site, p: &'a Provider) -> Vec<&'a str> {
    site.life_domains
        .iter()
        .filter(|d| p.life_domains.contains(&d.slug))
        .map(|d| d.description.as_str())
        .collect()
}

fn phrase_terms(phrase: &str, own: &OwnTerms) -> Vec<String> {
    analyser::words(phrase, own).into_iter().map(|w| w.term).collect()
}

/// Per provider, the parts of its compound words, split with the terms of all providers
/// (the dictionary). Kept between calls (the live preview): a provider whose words are as
/// they were keeps its parts, and a word is split again only when a term its split looked
/// up came into or went out of the dictionary.
#[derive(Default)]
pub(crate) struct PartsMemo {
    /// The number of providers with each term.
    counts: HashMap<String, u32>,
    /// Terms that came or went since the words were split, with whether each was there
    /// before (a term that went and came back changed nothing).
    changed: Vec<(String, bool)>,
    /// The parts of each provider's words, by the address of its words (kept alive here,
    /// so no other words can take that address).
    by_doc: HashMap<usize, (Arc<DocText>, String)>,
    /// Folded words and their parts.
    splits: HashMap<String, Option<Vec<String>>>,
    /// For each term a split looked up, the words whose split did.
    looked_up: HashMap<String, HashSet<String>>,
    own: OwnTerms,
}

fn address(doc: &Arc<DocText>) -> usize {
    Arc::as_ptr(doc) as usize
}

impl PartsMemo {
    /// Each provider's parts, as one text, in the order of `docs`.
    fn parts(&mut self, docs: &[Arc<DocText>], own: &OwnTerms) -> Vec<String> {
        if *own != self.own {
            *self = PartsMemo {
                own: own.clone(),
                ..PartsMemo::default()
            };
        }
        let now: HashSet<usize> = docs.iter().map(address).collect();
        let gone: Vec<usize> = self.by_doc.keys().filter(|a| !now.contains(a)).copied().collect();
        for a in gone {
            if let Some((doc, _)) = self.by_doc.remove(&a) {
                self.count(&doc, false);
            }
        }
        let new: Vec<&Arc<DocText>> = docs.iter().filter(|d| !self.by_doc.contains_key(&address(d))).collect();
        for doc in &new {
            self.count(doc, true);
        }
        self.forget_affected_splits();
        docs.iter()
            .map(|doc| {
                if let Some((_, parts)) = self.by_doc.get(&address(doc)) {
                    return parts.clone();
                }
                let parts = self.split_words(doc);
                self.by_doc.insert(address(doc), (doc.clone(), parts.clone()));
                parts
            })
            .collect()
    }

    /// Counts `doc`'s terms in or out, noting the terms that come or go.
    fn count(&mut self, doc: &DocText, add: bool) {
        for t in doc.distinct_terms() {
            if add {
                let n = self.counts.entry(t.to_string()).or_default();
                if *n == 0 {
                    self.changed.push((t.to_string(), false));
                }
                *n += 1;
            } else if let Some(n) = self.counts.get_mut(t) {
                *n -= 1;
                if *n == 0 {
                    self.counts.remove(t);
                    self.changed.push((t.to_string(), true));
                }
            }
        }
    }

    /// Forgets the splits that looked up a term that came or went, and the parts of the
    /// providers with those words.
    fn forget_affected_splits(&mut self) {
        let mut words: HashSet<String> = HashSet::new();
        let mut first: HashSet<String> = HashSet::new();
        for (t, was_there) in std::mem::take(&mut self.changed) {
            if first.insert(t.clone()) && was_there != self.counts.contains_key(&t) {
                words.extend(self.looked_up.remove(&t).into_iter().flatten());
            }
        }
        if words.is_empty() {
            return;
        }
        for w in &words {
            self.splits.remove(w);
        }
        self.by_doc
            .retain(|_, (doc, _)| !doc.long_words.iter().any(|w| words.contains(w)));
    }

    fn split_words(&mut self, doc: &DocText) -> String {
        let mut parts: BTreeSet<String> = BTreeSet::new();
        for w in &doc.long_words {
            let split = match self.splits.get(w) {
                Some(split) => split.clone(),
                None => self.split(w),
            };
            parts.extend(split.into_iter().flatten());
        }
        parts.into_iter().collect::<Vec<_>>().join(" ")
    }

    /// Splits `word`, noting the terms it looked up.
    fn split(&mut self, word: &str) -> Option<Vec<String>> {
        let looked = std::cell::RefCell::new(Vec::new());
        let known = |part: &str| {
            let term = self.own.term(part);
            let found = self.counts.contains_key(term.as_ref());
            looked.borrow_mut().push(term.into_owned());
            found
        };
        let split = compound::split(word, &known);
        let mut looked = looked.into_inner();
        looked.sort_unstable();
        looked.dedup();
        for t in looked {
            self.looked_up.entry(t).or_default().insert(word.to_string());
        }
        self.splits.insert(word.to_string(), split.clone());
        split
    }
}
