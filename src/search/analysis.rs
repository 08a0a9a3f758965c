//! Each provider's own text, split into words once: the name, summary, topics and body
//! fields of its index document. Analysing every page is most of the index's work (at
//! 10,000 providers of 150–400 words, 1.6 s of a 2.7 s index), so the live preview keeps
//! the words of every provider between rebuilds and analyses again only what changed.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::markdown;
use crate::model::{Provider, Site};
use crate::par;
use crate::search::analyser::{self, OwnTerms, Word};
use crate::search::index;
use crate::search::postings::FieldTerms;

/// The words of one provider's own text fields, in the order of `index::TEXT_FIELDS`
/// (name, summary, topics, body).
#[derive(Debug)]
pub(crate) struct DocText {
    /// Everything the words came from (comparing is faster than hashing it).
    source: Source,
    pub(crate) fields: [Vec<Word>; 4],
    /// The same words as index terms, counted.
    pub(crate) terms: [Arc<FieldTerms>; 4],
    /// Every term of the four fields.
    pub(crate) term_set: HashSet<String>,
}

impl DocText {
    /// Every word of the four fields, as one text of them would give.
    pub(crate) fn words(&self) -> impl Iterator<Item = &Word> {
        self.fields.iter().flatten()
    }
}

/// The texts of a provider's own fields.
fn field_texts(site: &Site, p: &Provider) -> [String; 3] {
    [p.name.clone(), p.summary.clone(), index::topics(site, p)]
}

/// The name, summary, topics and body of a provider, and the own terms that analysed them.
#[derive(Debug, PartialEq)]
struct Source {
    texts: [String; 3],
    body: String,
    own: OwnTerms,
}

fn analyse(source: Source) -> DocText {
    let [name, summary, topics] = &source.texts;
    let body = markdown::plain_text(&source.body);
    let own = &source.own;
    let fields = [name, summary, topics, &body].map(|t| analyser::words(t, own));
    let terms = [0, 1, 2, 3].map(|i| Arc::new(FieldTerms::of(&fields[i])));
    let term_set = fields.iter().flatten().map(|w| w.term.clone()).collect();
    DocText {
        source,
        fields,
        terms,
        term_set,
    }
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
        let changed = par::map(&site.providers, |p| {
            by_slug.get(&p.slug).is_none_or(|d| {
                let s = &d.source;
                s.body != p.body.markdown || s.own != *own || s.texts != field_texts(site, p)
            })
        });
        let missing: Vec<&Provider> = site
            .providers
            .iter()
            .zip(changed)
            .filter_map(|(p, changed)| changed.then_some(p))
            .collect();
        let fresh = par::map(&missing, |p| {
            let source = Source {
                texts: field_texts(site, p),
                body: p.body.markdown.clone(),
                own: own.clone(),
            };
            Arc::new(analyse(source))
        });
        for (p, doc) in missing.iter().zip(fresh) {
            self.by_slug.insert(p.slug.clone(), doc);
        }
        let listed: HashSet<&str> = site.providers.iter().map(|p| p.slug.as_str()).collect();
        self.by_slug.retain(|slug, _| listed.contains(slug.as_str()));
        site.providers
            .iter()
            .filter_map(|p| self.by_slug.get(&p.slug).cloned())
            .collect()
    }
}
