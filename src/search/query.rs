//! What a query means. The browser client (`search-engine.js`) implements the same
//! rules on the exported index; the parity tests hold the two together.
//!
//! 1. The text is analysed like the providers' texts (see `analyser`). Each word that
//!    is left becomes one *query word*; words with the same term count once (the first
//!    one stays), and at most [`MAX_WORDS`] are used.
//! 2. Each query word stands for a set of index terms, each with a weight:
//!    - its own term, if the index has it (weight [`EXACT`]);
//!    - if it is the last word and the text does not end in a space or sign (the
//!      resident is still typing it) and it has at least [`PREFIX_MIN_CHARS`] letters:
//!      up to [`MAX_EXPANSIONS`] other terms that start with the word as typed (folded,
//!      not stemmed), most frequent first (weight [`PREFIX`]);
//!    - only if neither gave a term: terms within 1 edit (words of 5 to 8 letters) or 2
//!      edits (9 or more letters) of its term, with the same first letter, closest and
//!      most frequent first, up to [`MAX_EXPANSIONS`] (weight [`FUZZY`]). An edit is an
//!      insertion, deletion, substitution or swap of two neighbouring letters.
//! 3. A provider matches a query word when any of its terms is in any text field.
//!    Providers that match every query word are the results; if there are none, the
//!    providers that match at least one word are (and the answer says so).
//! 4. Filters narrow the results: at least one of the chosen life domains, and at least
//!    one of the chosen neighbourhoods (providers for the whole municipality always
//!    count), and at least one of the chosen languages.
//! 5. Score: for each query word, each of its terms and each text field, in that order,
//!    tantivy's BM25 score of the term in that field (k1 = 1.2, b = 0.75) times the
//!    field's boost times the term's weight, summed per provider. Results are ordered
//!    by score, highest first; equal scores keep the site's (name) order.
//! 6. A query with no words but with filters lists every provider that passes the
//!    filters, in name order, with score 0. A query with neither has no results.

use std::collections::BTreeMap;

use serde::Serialize;
use tantivy::query::{BoostQuery, Query, TermQuery, TermSetQuery};
use tantivy::schema::{Facet, IndexRecordOption, Value};
use tantivy::{DocId, Index, Searcher, TantivyDocument, Term};

use crate::search::analyser;
use crate::search::index::{self, Fields, TEXT_FIELDS, WHOLE_MUNICIPALITY};
use crate::suggest;

pub const EXACT: f32 = 1.0;
pub const PREFIX: f32 = 0.75;
pub const FUZZY: f32 = 0.5;
pub const PREFIX_MIN_CHARS: usize = 3;
pub const MAX_EXPANSIONS: usize = 20;
pub const MAX_WORDS: usize = 10;

/// Edits allowed for a word of `chars` letters.
pub fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Every term of the text fields with its document frequency summed over the fields.
#[derive(Debug, Default, Clone)]
pub struct Dictionary {
    pub terms: BTreeMap<String, u64>,
}

impl Dictionary {
    pub fn read(searcher: &Searcher, fields: &Fields) -> tantivy::Result<Dictionary> {
        let mut terms: BTreeMap<String, u64> = BTreeMap::new();
        for segment in searcher.segment_readers() {
            for field in fields.text {
                let inverted = segment.inverted_index(field)?;
                let mut stream = inverted.terms().stream()?;
                while stream.advance() {
                    let term = String::from_utf8_lossy(stream.key()).into_owned();
                    *terms.entry(term).or_default() += u64::from(stream.value().doc_freq);
                }
            }
        }
        Ok(Dictionary { terms })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Match {
    Exact,
    Prefix,
    Fuzzy,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermChoice {
    pub term: String,
    #[serde(rename = "match")]
    pub kind: Match,
    pub weight: f32,
}

/// One word of the query and the index terms it stands for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueryWord {
    pub word: String,
    pub term: String,
    pub terms: Vec<TermChoice>,
}

/// The trailing run of letters and digits of `text` ("" when it ends in a space or sign).
fn open_end(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// Steps 1 and 2: the query words and their terms.
pub fn plan(text: &str, dict: &Dictionary) -> Vec<QueryWord> {
    struct Kept {
        word: String,
        term: String,
        prefix: Option<String>,
    }
    let raw = analyser::words(text);
    let trailing = analyser::fold(&open_end(text).to_lowercase());
    let mut kept: Vec<Kept> = Vec::new();
    for (i, w) in raw.iter().enumerate() {
        let pos = match kept.iter().position(|k| k.term == w.term) {
            Some(p) => p,
            None if kept.len() < MAX_WORDS => {
                kept.push(Kept {
                    word: w.folded.clone(),
                    term: w.term.clone(),
                    prefix: None,
                });
                kept.len() - 1
            }
            None => continue,
        };
        if i + 1 == raw.len() && !trailing.is_empty() && w.folded == trailing {
            kept[pos].prefix = Some(w.folded.clone());
        }
    }
    kept.into_iter()
        .map(|k| {
            let mut terms = Vec::new();
            if dict.terms.contains_key(&k.term) {
                terms.push(TermChoice {
                    term: k.term.clone(),
                    kind: Match::Exact,
                    weight: EXACT,
                });
            }
            if let Some(p) = k.prefix.as_deref().filter(|p| p.chars().count() >= PREFIX_MIN_CHARS) {
                terms.extend(prefix_terms(dict, p, &k.term));
            }
            if terms.is_empty() {
                terms = fuzzy_terms(dict, &k.term, allowed_edits(k.word.chars().count()));
            }
            QueryWord {
                word: k.word,
                term: k.term,
                terms,
            }
        })
        .collect()
}

/// Terms starting with `prefix` in `dict`, most frequent first.
fn terms_from<'a>(dict: &'a Dictionary, prefix: &'a str) -> impl Iterator<Item = (&'a String, u64)> {
    dict.terms
        .range::<str, _>((std::ops::Bound::Included(prefix), std::ops::Bound::Unbounded))
        .take_while(move |(t, _)| t.starts_with(prefix))
        .map(|(t, df)| (t, *df))
}

fn prefix_terms(dict: &Dictionary, prefix: &str, own: &str) -> Vec<TermChoice> {
    let mut cands: Vec<(&String, u64)> = terms_from(dict, prefix).filter(|(t, _)| *t != own).collect();
    cands.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    cands
        .into_iter()
        .take(MAX_EXPANSIONS)
        .map(|(t, _)| TermChoice {
            term: t.clone(),
            kind: Match::Prefix,
            weight: PREFIX,
        })
        .collect()
}

fn fuzzy_terms(dict: &Dictionary, term: &str, edits: usize) -> Vec<TermChoice> {
    let Some(first) = term.chars().next().filter(|_| edits > 0) else {
        return Vec::new();
    };
    let mut buf = [0u8; 4];
    let first: &str = first.encode_utf8(&mut buf);
    let mut cands: Vec<(usize, u64, &String)> = terms_from(dict, first)
        .filter(|(t, _)| *t != term)
        .filter_map(|(t, df)| {
            let d = suggest::distance(term, t);
            (d <= edits).then_some((d, df, t))
        })
        .collect();
    cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then_with(|| a.2.cmp(b.2)));
    cands
        .into_iter()
        .take(MAX_EXPANSIONS)
        .map(|(_, _, t)| TermChoice {
            term: t.clone(),
            kind: Match::Fuzzy,
            weight: FUZZY,
        })
        .collect()
}

/// A search: text and filters.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub text: String,
    pub life_domains: Vec<String>,
    pub neighbourhoods: Vec<String>,
    pub languages: Vec<String>,
    pub limit: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub rank: usize,
    pub slug: String,
    pub name: String,
    pub score: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DomainCount {
    pub slug: String,
    pub count: usize,
}

/// The answer, in the form `steunwijzer search --json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Response {
    pub query: String,
    pub words: Vec<QueryWord>,
    /// False when no provider matched every word and the results match some of them.
    pub all_words: bool,
    pub total: usize,
    /// Results per life domain (other filters applied, the life domain filter not).
    pub life_domain_counts: Vec<DomainCount>,
    pub results: Vec<Hit>,
}

/// Runs a request on an index written by `index::build`. `life_domain_order` gives the
/// order of the counts.
pub fn run(index: &Index, req: &Request, life_domain_order: &[String]) -> tantivy::Result<Response> {
    let fields = index::fields(index)?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let dict = Dictionary::read(&searcher, &fields)?;
    let words = plan(&req.text, &dict);
    let segment = searcher.segment_reader(0);
    let max_doc = segment.max_doc() as usize;
    let scoring = tantivy::query::EnableScoring::enabled_from_searcher(&searcher);

    // Steps 3 and 5: every (word, term, field) clause, in order.
    let mut scores = vec![0f64; max_doc];
    let mut matched = vec![0u32; max_doc];
    for (w, word) in words.iter().enumerate() {
        for choice in &word.terms {
            for (field, tf) in fields.text.iter().zip(TEXT_FIELDS.iter()) {
                let term = Term::from_field_text(*field, &choice.term);
                let clause = BoostQuery::new(
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                    tf.boost * choice.weight,
                );
                clause.weight(scoring)?.for_each(segment, &mut |doc: DocId, score| {
                    scores[doc as usize] += f64::from(score);
                    matched[doc as usize] |= 1 << w;
                })?;
            }
        }
    }

    // Step 4: filters as document sets.
    let doc_set = |query: &dyn Query| -> tantivy::Result<Vec<bool>> {
        let mut set = vec![false; max_doc];
        query
            .weight(tantivy::query::EnableScoring::disabled_from_searcher(&searcher))?
            .for_each_no_score(segment, &mut |docs: &[DocId]| {
                for d in docs {
                    set[*d as usize] = true;
                }
            })?;
        Ok(set)
    };
    let terms_of = |field, values: &[String]| {
        values
            .iter()
            .map(|v| Term::from_field_text(field, v))
            .collect::<Vec<_>>()
    };
    let domain_terms = |slugs: &[String]| {
        slugs
            .iter()
            .map(|s| Term::from_facet(fields.life_domain, &Facet::from_path([s.as_str()])))
            .collect::<Vec<_>>()
    };
    let mut other_filters: Vec<Vec<bool>> = Vec::new();
    if !req.neighbourhoods.is_empty() {
        let mut values = req.neighbourhoods.clone();
        values.push(WHOLE_MUNICIPALITY.to_string());
        other_filters.push(doc_set(&TermSetQuery::new(terms_of(fields.neighbourhood, &values)))?);
    }
    if !req.languages.is_empty() {
        other_filters.push(doc_set(&TermSetQuery::new(terms_of(fields.language, &req.languages)))?);
    }
    let domain_filter = if req.life_domains.is_empty() {
        None
    } else {
        Some(doc_set(&TermSetQuery::new(domain_terms(&req.life_domains)))?)
    };
    let has_filters = domain_filter.is_some() || !other_filters.is_empty();

    let everything = (1u32 << words.len()) - 1;
    let candidates = |pred: &dyn Fn(usize) -> bool| -> Vec<usize> {
        (0..max_doc)
            .filter(|d| pred(*d) && other_filters.iter().all(|f| f[*d]))
            .collect()
    };
    let (mut pool, all_words) = if words.is_empty() {
        (if has_filters { candidates(&|_| true) } else { Vec::new() }, true)
    } else {
        let all = candidates(&|d| matched[d] == everything);
        if all.is_empty() {
            (candidates(&|d| matched[d] != 0), false)
        } else {
            (all, true)
        }
    };

    let mut life_domain_counts = Vec::new();
    for slug in life_domain_order {
        let set = doc_set(&TermSetQuery::new(domain_terms(std::slice::from_ref(slug))))?;
        life_domain_counts.push(DomainCount {
            slug: slug.clone(),
            count: pool.iter().filter(|d| set[**d]).count(),
        });
    }
    if let Some(f) = &domain_filter {
        pool.retain(|d| f[*d]);
    }
    pool.sort_by(|a, b| scores[*b].total_cmp(&scores[*a]).then(a.cmp(b)));

    let store = segment.get_store_reader(1)?;
    let mut results = Vec::new();
    for (rank, doc) in pool.iter().take(req.limit).enumerate() {
        let stored: TantivyDocument = store.get(*doc as DocId)?;
        let text = |f| {
            stored
                .get_first(f)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        results.push(Hit {
            rank: rank + 1,
            slug: text(fields.slug),
            name: text(fields.text[0]),
            score: scores[*doc],
        });
    }
    Ok(Response {
        query: req.text.clone(),
        words,
        all_words,
        total: pool.len(),
        life_domain_counts,
        results,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict(terms: &[(&str, u64)]) -> Dictionary {
        Dictionary {
            terms: terms.iter().map(|(t, d)| (t.to_string(), *d)).collect(),
        }
    }

    fn shape(words: &[QueryWord]) -> Vec<Vec<(String, Match)>> {
        words
            .iter()
            .map(|w| w.terms.iter().map(|t| (t.term.clone(), t.kind)).collect())
            .collect()
    }

    #[test]
    fn exact_terms_and_stop_words() {
        let d = dict(&[("schuld", 5), ("huur", 2)]);
        let p = plan("hulp bij schulden ", &d);
        assert_eq!(p.len(), 2, "bij is a stop word");
        assert_eq!(p[0].terms, vec![], "hulp is not in the index");
        assert_eq!(shape(&p)[1], vec![("schuld".to_string(), Match::Exact)]);
    }

    #[test]
    fn last_word_is_a_prefix_while_typing() {
        let d = dict(&[("mantelzorg", 3), ("mantelzorger", 9), ("mantel", 1), ("mantra", 4)]);
        let p = plan("mantelz", &d);
        assert_eq!(
            shape(&p)[0],
            vec![
                ("mantelzorger".to_string(), Match::Prefix),
                ("mantelzorg".to_string(), Match::Prefix)
            ]
        );
        let finished = plan("mantelz ", &d);
        assert!(
            finished[0].terms.iter().all(|t| t.kind != Match::Prefix),
            "a finished word is not a prefix"
        );
        assert!(plan("ma", &d)[0].terms.is_empty(), "too short for a prefix");
        let p = plan("mantel", &d);
        assert_eq!(p[0].terms[0].kind, Match::Exact);
        assert_eq!(p[0].terms.len(), 3, "exact, then the two longer words");
    }

    #[test]
    fn typos_within_one_or_two_edits_with_the_same_first_letter() {
        let d = dict(&[("schuld", 5), ("schild", 1), ("mantelzorg", 2), ("ouder", 1)]);
        let p = plan("schuldd ", &d);
        assert_eq!(shape(&p)[0], vec![("schuld".to_string(), Match::Fuzzy)]);
        assert!(plan("xchuld ", &d)[0].terms.is_empty(), "first letter must be right");
        assert!(plan("oudr ", &d)[0].terms.is_empty(), "4 letters: no edits");
        let p = plan("mnatelzrog ", &d);
        assert_eq!(
            shape(&p)[0],
            vec![("mantelzorg".to_string(), Match::Fuzzy)],
            "swaps count as one edit"
        );
        let p = plan("schold ", &d);
        assert_eq!(
            shape(&p)[0],
            vec![
                ("schuld".to_string(), Match::Fuzzy),
                ("schild".to_string(), Match::Fuzzy)
            ],
            "equally close: the more frequent first"
        );
    }

    #[test]
    fn duplicates_and_word_limit() {
        let d = dict(&[("schuld", 1)]);
        assert_eq!(plan("schuld schulden Schuld", &d).len(), 1);
        let many: String = (0..30).map(|i| format!("woord{i} ")).collect();
        assert_eq!(plan(&many, &d).len(), MAX_WORDS);
        assert!(plan("", &d).is_empty());
        assert!(plan("de het een", &d).is_empty());
        assert!(plan("🙂 \" * ", &d).is_empty());
    }

    #[test]
    fn open_end_is_the_word_being_typed() {
        assert_eq!(open_end("hulp bij schu"), "schu");
        assert_eq!(open_end("hulp "), "");
        assert_eq!(open_end("auto's"), "s");
        assert_eq!(open_end(""), "");
    }
}
