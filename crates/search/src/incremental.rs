//! What the index keeps between rebuilds of the live preview, so that saving one provider
//! analyses and re-indexes that provider only: the words of every provider's text, the
//! analysed `words` and `parts` fields, and the postings, changed in place while the
//! providers and their order stay the same (a new, removed or renamed provider numbers
//! the documents anew, and the postings are built again from the kept words).

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use crate::analyser::OwnTerms;
use crate::analysis::{DocText, TextCache};
use crate::postings::{DocTerms, FieldTerms, Postings};
use crate::vocabulary::{self, Expanded, PartsMemo};
use steunwijzer_core::model::Site;
use steunwijzer_core::par;

/// What the index stage keeps between rebuilds of the live preview.
#[derive(Default)]
pub struct Incremental {
    texts: TextCache,
    /// Analysed `words` and `parts` texts (many providers share one), for `own_hash`.
    fields: HashMap<String, Arc<FieldTerms>>,
    own_hash: u64,
    parts: PartsMemo,
    last: Option<Last>,
}

struct Last {
    slugs: Vec<String>,
    docs: Vec<DocTerms>,
    postings: Postings,
}

impl Incremental {
    /// The words of every listed provider's own text, in the site's order.
    pub(crate) fn texts(&mut self, site: &Site, own: &OwnTerms) -> Vec<Arc<DocText>> {
        self.texts.texts(site, own)
    }

    /// What the vocabulary and compound words add to each provider.
    pub(crate) fn expand(&mut self, site: &Site, texts: &[Arc<DocText>], own: &OwnTerms) -> Expanded {
        vocabulary::expand(site, texts, own, &mut self.parts)
    }

    /// The terms of each listed provider per text field: its own text's `texts`, and its
    /// `words`, `parts` and `keywords` fields.
    pub(crate) fn doc_terms(
        &mut self,
        own: &OwnTerms,
        texts: &[Arc<DocText>],
        [words, parts, keywords]: [&[String]; 3],
    ) -> Vec<DocTerms> {
        let words = self.analysed(words, own);
        let parts = self.analysed(parts, own);
        let keywords = self.analysed(keywords, own);
        texts
            .iter()
            .zip(words)
            .zip(parts)
            .zip(keywords)
            .map(|(((t, w), p), k)| {
                let [a, b, c, d] = t.terms.clone();
                [a, b, c, d, w, p, k]
            })
            .collect()
    }

    /// The postings of the listed providers, whose terms are `docs` (see [`Self::doc_terms`]).
    pub(crate) fn postings(&mut self, site: &Site, docs: Vec<DocTerms>) -> &mut Postings {
        let slugs: Vec<String> = site.providers.iter().map(|p| p.slug.clone()).collect();
        let last = match self.last.take() {
            Some(mut last) if last.slugs == slugs => {
                for (i, (old, new)) in last.docs.iter().zip(&docs).enumerate() {
                    last.postings.replace(u32::try_from(i).unwrap_or(u32::MAX), old, new);
                }
                last.docs = docs;
                last
            }
            _ => Last {
                postings: Postings::build(&docs),
                slugs,
                docs,
            },
        };
        &mut self.last.insert(last).postings
    }

    /// Each text's terms, from the kept ones where the text was seen before.
    fn analysed(&mut self, texts: &[String], own: &OwnTerms) -> Vec<Arc<FieldTerms>> {
        let hash = {
            let mut h = DefaultHasher::new();
            own.map().hash(&mut h);
            h.finish()
        };
        // Forget what a changed vocabulary analyses differently, and what no one uses.
        if hash != self.own_hash || self.fields.len() > 4 * texts.len() + 1024 {
            self.fields.clear();
            self.own_hash = hash;
        }
        let mut missing: Vec<&str> = texts
            .iter()
            .map(String::as_str)
            .filter(|t| !self.fields.contains_key(*t))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        let fresh = par::map(&missing, |t| Arc::new(FieldTerms::of_text(t, own)));
        for (t, f) in missing.into_iter().zip(fresh) {
            self.fields.insert(t.to_string(), f);
        }
        texts
            .iter()
            .map(|t| self.fields.get(t).cloned().unwrap_or_default())
            .collect()
    }
}
