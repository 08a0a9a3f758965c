//! Each provider's own text, split into words once: the name, summary, topics and body
//! fields of its index document. Analysing every page is most of the index's work (at
//! 10,000 providers of 150–400 words, 1.6 s of a 2.7 s index), so the live preview keeps
//! the words of every provider between rebuilds and analyses again only what changed.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use crate::analyser::{self, OwnTerms};
use crate::compound;
use crate::index;
use crate::postings::FieldTerms;
use steunwijzer_core::markdown;
use steunwijzer_core::model::{Provider, Site};
use steunwijzer_core::par;

/// What the index needs of one provider's own text fields (name, summary, topics, body,
/// in the order of `index::TEXT_FIELDS`): their terms, and the words that may be compounds.
/// Only that is kept, not every word: at 100,000 providers every word would be gigabytes.
#[derive(Debug)]
pub(crate) struct DocText {
    /// A hash of everything the words came from.
    key: u64,
    /// The terms of each field, counted.
    pub terms: [Arc<FieldTerms>; 4],
    /// The distinct folded words long enough to be made of two parts, in order.
    pub(crate) long_words: Vec<String>,
}

impl DocText {
    /// Whether one of the four fields has `term`.
    pub(crate) fn has(&self, term: &str) -> bool {
        self.terms.iter().any(|f| f.has(term))
    }

    /// Whether the name, summary or topics (not only the page's text) say `term`.
    pub(crate) fn about(&self, term: &str) -> bool {
        self.terms[..3].iter().any(|f| f.has(term))
    }

    /// Every term of the four fields, once.
    pub(crate) fn distinct_terms(&self) -> Vec<&str> {
        let mut all: Vec<&str> = self.terms.iter().flat_map(|f| f.terms()).collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

/// The texts of a provider's own fields.
fn field_texts(site: &Site, p: &Provider) -> [String; 3] {
    [p.name.clone(), p.summary.clone(), index::topics(site, p)]
}

fn key(texts: &[String; 3], body: &str, own: &OwnTerms) -> u64 {
    let mut h = DefaultHasher::new();
    texts.hash(&mut h);
    body.hash(&mut h);
    own.map().hash(&mut h);
    h.finish()
}

fn analyse(texts: &[String; 3], body: &str, own: &OwnTerms, key: u64) -> DocText {
    let body = markdown::plain_text(body);
    let [name, summary, topics] = texts;
    let fields = [name, summary, topics, &body].map(|t| analyser::words(t, own));
    let terms = [0, 1, 2, 3].map(|i| Arc::new(FieldTerms::of(&fields[i])));
    let mut long_words: Vec<String> = fields
        .into_iter()
        .flatten()
        .map(|w| w.folded)
        .filter(|w| w.chars().count() >= 2 * compound::MIN_PART_CHARS)
        .collect();
    long_words.sort_unstable();
    long_words.dedup();
    DocText { key, terms, long_words }
}

/// The words of every provider, kept between rebuilds by its slug.
#[derive(Default)]
pub(crate) struct TextCache {
    by_slug: HashMap<String, Arc<DocText>>,
}

impl TextCache {
    /// The words of each listed provider, in the site's order: from the cache when the
    /// provider's text is as it was, else analysed again (on all cores). Providers no
    /// longer listed are forgotten.
    pub(crate) fn texts(&mut self, site: &Site, own: &OwnTerms) -> Vec<Arc<DocText>> {
        let by_slug = &self.by_slug;
        let missing: Vec<Option<Arc<DocText>>> = par::map(&site.providers, |p| {
            let texts = field_texts(site, p);
            let key = key(&texts, &p.body.markdown, own);
            match by_slug.get(&p.slug) {
                Some(d) if d.key == key => None,
                _ => Some(Arc::new(analyse(&texts, &p.body.markdown, own, key))),
            }
        });
        for (p, doc) in site.providers.iter().zip(missing) {
            if let Some(doc) = doc {
                self.by_slug.insert(p.slug.clone(), doc);
            }
        }
        let listed: HashSet<&str> = site.providers.iter().map(|p| p.slug.as_str()).collect();
        self.by_slug.retain(|slug, _| listed.contains(slug.as_str()));
        site.providers
            .iter()
            .filter_map(|p| self.by_slug.get(&p.slug).cloned())
            .collect()
    }
}
