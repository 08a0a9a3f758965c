//! What a query means. The browser client (`search-engine.js`) implements the same
//! rules on the exported index; the parity tests hold the two together.
//!
//! 1. The text is analysed like the providers' texts (see `analyser`). Weak words
//!    ("net", "steeds", "eigen", "hulp", "the", a single letter: `analyser::WEAK_WORDS`)
//!    are dropped when the text holds any other word. Each word that is left becomes one
//!    *query word*; words with the same term count once (the first one stays), and at
//!    most [`MAX_WORDS`] are used.
//! 2. Each query word stands for a set of index terms, each with a weight:
//!    - its own term, if the index has it (weight [`EXACT`]);
//!    - if it is the last word and the text does not end in a space or sign (the
//!      resident is still typing it) and it has at least [`PREFIX_MIN_CHARS`] letters:
//!      up to [`MAX_EXPANSIONS`] other terms that start with the word as typed (folded,
//!      not stemmed), most frequent first (weight [`PREFIX`]);
//!    - only if neither gave a term, and the word splits into parts the index knows (see
//!      `compound`: "huurschuld" → "huur" + "schuld"): the word is replaced by its
//!      parts, each a query word of its own with its own term (weight [`PART`]);
//!    - only if none of these gave a term: terms within 1 edit (words of 5 to 8 letters) or 2
//!      edits (9 or more letters) of its term, with the same first letter, closest and
//!      most frequent first, up to [`MAX_EXPANSIONS`] (weight [`FUZZY`]). An edit is an
//!      insertion, deletion, substitution or swap of two neighbouring letters.
//! 3. A provider matches a query word when any of its terms is in any text field.
//!    Providers that match every query word are the results; if there are none, the
//!    providers that match at least one word are (and the answer says so, with the
//!    words its results match).
//! 4. Filters narrow the results: at least one of the chosen life domains, and at least
//!    one of the chosen neighbourhoods (providers for the whole municipality always
//!    count), and at least one of the chosen languages, and at least one of the chosen
//!    ways of contact (walk-in, phone, …).
//! 5. Score: for each query word, each of its terms and each text field, in that order,
//!    tantivy's BM25 score of the term in that field (k1 = 1.2, b = 0.75) times the
//!    field's boost times the term's weight, summed per provider. Results are ordered
//!    by the number of query words they match (a partial answer), then by the number of
//!    query words they are *about* (a match, not by a typo, in a strong field: name,
//!    summary, topics or keywords, see `index::TEXT_FIELDS`), then by score, highest
//!    first; equal scores keep the site's (name) order. So a specialist whose name or
//!    summary carries the word comes before a provider whose long text mentions it once.
//! 6. A query with no words but with filters lists every provider that passes the
//!    filters, in name order, with score 0. A query with neither has no results.
//! 7. When a query with words has no results, the answer offers ways on (see
//!    [`Suggestions`]): up to [`MAX_SUGGESTIONS`] known words (the vocabulary's words and
//!    the life domains' names) close to the resident's words (fewer edits than half the
//!    letters of the shorter word: "ex" never becomes "ev"), or that a resident's word
//!    starts or ends with (after the close ones), the life domains those
//!    words belong to with their number of providers, and, when filters were chosen, the
//!    number of results without them.

use std::collections::BTreeMap;

use serde::Serialize;
use tantivy::query::{BoostQuery, EnableScoring, Query, TermQuery, TermSetQuery};
use tantivy::schema::{Facet, IndexRecordOption, Value};
use tantivy::{DocId, Index, Searcher, SegmentReader, TantivyDocument, Term};

use crate::analyser::{self, OwnTerms};
use crate::index::{self, Fields, TEXT_FIELDS, WHOLE_MUNICIPALITY};
use crate::{KnownWord, SiteLists, compound};
use steunwijzer_core::suggest;
use steunwijzer_core::text;

pub(crate) const EXACT: f32 = 1.0;
/// The weight of a word found as the start of a longer one.
pub const PREFIX: f32 = 0.75;
pub(crate) const FUZZY: f32 = 0.5;
pub(crate) const PART: f32 = 0.75;
pub(crate) const MAX_SUGGESTIONS: usize = 3;
pub(crate) const PREFIX_MIN_CHARS: usize = 3;
pub(crate) const MAX_EXPANSIONS: usize = 20;
/// The most words of a query that count.
pub const MAX_WORDS: usize = 10;
/// The most life situations a search shows.
pub const MAX_SITUATIONS: usize = 3;

/// Edits allowed for a word of `chars` letters.
pub(crate) fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Every term of the text fields with its document frequency summed over the fields.
#[derive(Debug, Default, Clone)]
pub struct Dictionary {
    /// Each term and the number of providers that have it.
    pub terms: BTreeMap<String, u64>,
}

impl Dictionary {
    /// The index's terms.
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

/// How a term was found for a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Match {
    /// The word's own term.
    Exact,
    /// A longer term starting with the word being typed.
    Prefix,
    /// A term within one or two edits.
    Fuzzy,
    /// A part of a compound word.
    Part,
}

/// An index term a query word stands for, and its weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermChoice {
    /// The term as the index has it.
    pub term: String,
    /// How it was found.
    #[serde(rename = "match")]
    pub kind: Match,
    /// What a match with it weighs.
    pub weight: f32,
}

/// One word of the query and the index terms it stands for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueryWord {
    /// The word, lowercased and folded.
    pub word: String,
    /// Its term (stemmed).
    pub term: String,
    /// The index terms it matches; empty when none.
    pub terms: Vec<TermChoice>,
    /// The compound word this is a part of, as typed (folded).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
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

/// A word of the query before its terms are chosen.
struct Kept {
    word: String,
    term: String,
    prefix: Option<String>,
}

/// Steps 1 and 2: the query words and their terms.
pub fn plan(text: &str, dict: &Dictionary, own: &OwnTerms) -> Vec<QueryWord> {
    kept_words(text, own)
        .into_iter()
        .flat_map(|k| choose(k, dict, own))
        .collect()
}

/// Step 1: the words of the query, at most [`MAX_WORDS`], and which one is being typed.
fn kept_words(text: &str, own: &OwnTerms) -> Vec<Kept> {
    let raw = analyser::words(text, own);
    let trailing = text::fold(&open_end(text).to_lowercase());
    // Weak words count only in a query of nothing else.
    let meaningful = raw.iter().any(|w| !analyser::is_weak(&w.folded));
    let mut kept: Vec<Kept> = Vec::new();
    for (i, w) in raw.iter().enumerate() {
        if meaningful && analyser::is_weak(&w.folded) {
            continue;
        }
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
    kept
}

/// Step 2 for one word: its terms, or its parts.
fn choose(k: Kept, dict: &Dictionary, own: &OwnTerms) -> Vec<QueryWord> {
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
        let known = |part: &str| dict.terms.contains_key(own.term(part).as_ref());
        if let Some(parts) = compound::split(&k.word, &known) {
            return parts
                .into_iter()
                .map(|part| {
                    let term = own.term(&part).into_owned();
                    QueryWord {
                        terms: vec![TermChoice {
                            term: term.clone(),
                            kind: Match::Part,
                            weight: PART,
                        }],
                        word: part,
                        term,
                        part_of: Some(k.word.clone()),
                    }
                })
                .collect();
        }
        terms = fuzzy_terms(dict, &k.term, allowed_edits(k.word.chars().count()));
    }
    vec![QueryWord {
        word: k.word,
        term: k.term,
        terms,
        part_of: None,
    }]
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
    /// The words, as a resident types them.
    pub text: String,
    /// Life domain slugs; a provider in any of them passes.
    pub life_domains: Vec<String>,
    /// Neighbourhood slugs; a provider in any of them (or in the whole municipality) passes.
    pub neighbourhoods: Vec<String>,
    /// ISO 639-1 codes; a provider speaking any of them passes.
    pub languages: Vec<String>,
    /// Ways of contact (`walk-in`, `phone`, … as in the front matter); a provider offering
    /// any of them passes.
    pub contact_modes: Vec<String>,
    /// How many results to return.
    pub limit: usize,
}

/// One result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Position in the results, from 1.
    pub rank: usize,
    /// The provider's slug.
    pub slug: String,
    /// The provider's name.
    pub name: String,
    /// The score (0 when there are no words).
    pub score: f64,
}

/// How many results one life domain has.
#[derive(Debug, Clone, Serialize)]
pub struct DomainCount {
    /// The life domain's slug.
    pub slug: String,
    /// Results in it.
    pub count: usize,
}

/// The answer, in the form `steunwijzer search --json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Response {
    /// The text searched for.
    pub query: String,
    /// The words of the query and the terms they matched.
    pub words: Vec<QueryWord>,
    /// False when no provider matched every word and the results match some of them.
    pub all_words: bool,
    /// How many providers were found.
    pub total: usize,
    /// Results per life domain (other filters applied, the life domain filter not).
    pub life_domain_counts: Vec<DomainCount>,
    /// The best results, at most `limit`.
    pub results: Vec<Hit>,
    /// Ways on when a query with words found nothing; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<Suggestions>,
    /// The query holds a crisis word of the vocabulary: the crisis numbers come first.
    pub crisis: bool,
    /// The crisis numbers, when the answer shows them: for a crisis word, and when words
    /// found nothing or only part of the words. Never among the results.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub help: Vec<super::HelpLine>,
    /// In an answer that matched only some words: the words (as typed) its results match.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub matched_words: Vec<String>,
    /// The life situations the query's words lead to, shown before the results.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub situations: Vec<super::SituationLink>,
}

/// What a resident can do when nothing was found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Suggestions {
    /// Known words close to the query's words, closest first ("Bedoelde u …?").
    pub words: Vec<String>,
    /// Life domains the query's words belong to, with every provider of each counted.
    pub life_domains: Vec<DomainCount>,
    /// Results of the same words without the filters, when filters were chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub without_filters: Option<usize>,
}

/// An open index with what a query needs of it.
struct Searching<'a> {
    searcher: &'a Searcher,
    segment: &'a SegmentReader,
    fields: Fields,
    max_doc: usize,
}

/// Per document: the summed score, a bit per query word it matches, and a bit per query
/// word it is about (a match in a strong field: name, summary, topics, keywords; not by a
/// typo).
struct Matches {
    scores: Vec<f64>,
    matched: Vec<u32>,
    about: Vec<u32>,
}

impl Matches {
    /// Step 5's order: more words matched, then more words the provider is about, then the
    /// score, then the site's (name) order.
    fn order(&self, a: usize, b: usize) -> std::cmp::Ordering {
        self.matched[b]
            .count_ones()
            .cmp(&self.matched[a].count_ones())
            .then(self.about[b].count_ones().cmp(&self.about[a].count_ones()))
            .then(self.scores[b].total_cmp(&self.scores[a]))
            .then(a.cmp(&b))
    }
}

/// The filters of a request as document sets.
#[derive(Default)]
struct Filters {
    life_domains: Option<Vec<bool>>,
    /// Neighbourhoods, languages and ways of contact: a document must be in each of these.
    others: Vec<Vec<bool>>,
}

/// `place` and the places it lies in, nearest first (bounded by the number of places).
fn places_around(place: &str, part_of: &std::collections::BTreeMap<String, String>) -> Vec<String> {
    std::iter::successors(Some(place.to_string()), |p| part_of.get(p).cloned())
        .take(part_of.len() + 1)
        .collect()
}

/// Runs a request on an index written by `index::build`, with the lists written beside it
/// (their life domains give the order of the counts).
pub fn run(index: &Index, req: &Request, lists: &SiteLists) -> tantivy::Result<Response> {
    let life_domain_order = &lists.life_domains;
    let fields = index::fields(index)?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let dict = Dictionary::read(&searcher, &fields)?;
    let own = lists.own_terms();
    let words = plan(&req.text, &dict, &own);
    let crisis = is_crisis(&req.text, &own, &lists.crisis);
    let situations = situations_of(&req.text, &own, &lists.situations);
    let has_words = !req.text.trim().is_empty();
    // A site without listed providers has an index without segments.
    let Some(segment) = searcher.segment_readers().first() else {
        return Ok(Response {
            situations,
            ..nothing_listed(req, words, crisis, lists)
        });
    };
    let s = Searching {
        searcher: &searcher,
        segment,
        fields,
        max_doc: segment.max_doc() as usize,
    };
    let matches = s.score(&words)?;
    let filters = s.filters(req, &lists.part_of)?;
    let (mut pool, all_words) = s.pool(words.len(), &matches.matched, &filters);
    let life_domain_counts = s.domain_counts(&pool, life_domain_order)?;
    if let Some(f) = &filters.life_domains {
        pool.retain(|d| f[*d]);
    }
    pool.sort_by(|a, b| matches.order(*a, *b));
    let matched_words = if all_words {
        Vec::new()
    } else {
        matched_words(&words, &pool, &matches.matched)
    };
    let suggestions = if pool.is_empty() && !words.is_empty() {
        let without_filters = filters
            .any()
            .then(|| s.pool(words.len(), &matches.matched, &Filters::default()).0.len());
        Some(s.suggestions(&words, lists, without_filters)?)
    } else {
        None
    };
    Ok(Response {
        query: req.text.clone(),
        results: s.hits(&pool, &matches.scores, req.limit)?,
        words,
        all_words,
        total: pool.len(),
        life_domain_counts,
        suggestions,
        help: help_shown(crisis, all_words, pool.len(), has_words, lists),
        crisis,
        matched_words,
        situations,
    })
}

/// The life situations (at most [`MAX_SITUATIONS`], in the file's order) whose title or
/// one of whose words the query holds every term of: "ik heb geldzorgen" and "geldzorgen
/// schalkwijk" lead to "Ik heb geldzorgen".
pub(crate) fn situations_of(text: &str, own: &OwnTerms, all: &[super::SituationWords]) -> Vec<super::SituationLink> {
    if all.is_empty() {
        return Vec::new();
    }
    let terms: Vec<String> = analyser::words(text, own).into_iter().map(|w| w.term).collect();
    all.iter()
        .filter(|s| s.phrases.iter().any(|p| p.iter().all(|t| terms.contains(t))))
        .take(MAX_SITUATIONS)
        .map(|s| s.link.clone())
        .collect()
}

/// The answer of a site without listed providers (its index has no segments).
fn nothing_listed(req: &Request, words: Vec<QueryWord>, crisis: bool, lists: &SiteLists) -> Response {
    let has_words = !req.text.trim().is_empty();
    Response {
        query: req.text.clone(),
        words,
        all_words: true,
        total: 0,
        life_domain_counts: lists
            .life_domains
            .iter()
            .map(|slug| DomainCount {
                slug: slug.clone(),
                count: 0,
            })
            .collect(),
        results: Vec::new(),
        suggestions: None,
        help: help_shown(crisis, true, 0, has_words, lists),
        crisis,
        matched_words: Vec::new(),
        situations: Vec::new(),
    }
}

/// The words (as typed) that some result of a partial answer matches, in query order.
fn matched_words(words: &[QueryWord], pool: &[usize], matched: &[u32]) -> Vec<String> {
    let any = pool.iter().fold(0u32, |acc, d| acc | matched[*d]);
    let mut out: Vec<String> = Vec::new();
    for (w, word) in words.iter().enumerate() {
        let shown = word.part_of.as_ref().unwrap_or(&word.word);
        if any & (1 << w) != 0 && !out.contains(shown) {
            out.push(shown.clone());
        }
    }
    out
}

/// The crisis numbers when an answer shows them: a crisis word, or words that found
/// nothing or only part of them (as the search page does).
fn help_shown(crisis: bool, all_words: bool, total: usize, has_words: bool, lists: &SiteLists) -> Vec<super::HelpLine> {
    let unsure = has_words && (total == 0 || !all_words);
    if crisis || unsure {
        lists.help.clone()
    } else {
        Vec::new()
    }
}

/// Whether the query's words hold every term of one of the crisis `phrases` (the
/// vocabulary's crisis words, analysed with their stop words): "mijn man slaat me" holds
/// "slaat me", "leven" alone does not hold "wil niet meer leven". Taken from the words as
/// typed, before the dictionary is asked: no provider need mention them.
pub(crate) fn is_crisis(text: &str, own: &OwnTerms, phrases: &[Vec<String>]) -> bool {
    if phrases.is_empty() {
        return false;
    }
    let terms: Vec<String> = analyser::all_words(text, own).into_iter().map(|w| w.term).collect();
    phrases
        .iter()
        .any(|p| !p.is_empty() && p.iter().all(|t| terms.contains(t)))
}

/// Step 7: the known words closest to the resident's words that are not known words
/// themselves (each within [`suggest_edits`]), and the life domains of the words that are known as typed, or else
/// of the words suggested.
pub(crate) fn suggest(words: &[QueryWord], known: &[KnownWord]) -> (Vec<String>, Vec<usize>) {
    let mut typed: Vec<&str> = Vec::new();
    for w in words {
        let word = w.part_of.as_deref().unwrap_or(&w.word);
        if !typed.contains(&word) {
            typed.push(word);
        }
    }
    let mut exact_domains: Vec<usize> = Vec::new();
    let mut close: Vec<(usize, usize, usize)> = Vec::new();
    for (wi, word) in typed.iter().enumerate() {
        let len = word.chars().count();
        let limit = suggest_edits(len);
        let mut near = Vec::new();
        let mut is_known = false;
        for (ki, k) in known.iter().enumerate() {
            let known_len = k.folded.chars().count();
            if known_len.abs_diff(len) > limit {
                if is_part(&k.folded, known_len, word) {
                    near.push((limit + 1, wi, ki));
                }
                continue;
            }
            let d = suggest::distance(word, &k.folded);
            if d == 0 {
                is_known = true;
                push_new(&mut exact_domains, &k.life_domains);
            } else if d <= limit && 2 * d < len.min(known_len) {
                near.push((d, wi, ki));
            } else if is_part(&k.folded, known_len, word) {
                near.push((limit + 1, wi, ki));
            }
        }
        // A word the vocabulary knows as typed needs no other word.
        if !is_known {
            close.extend(near);
        }
    }
    close.sort_unstable();
    let mut chosen: Vec<&KnownWord> = Vec::new();
    for (_, _, ki) in close {
        let k = &known[ki];
        if chosen.len() < MAX_SUGGESTIONS
            && !typed.contains(&k.folded.as_str())
            && chosen.iter().all(|c| c.word != k.word)
        {
            chosen.push(k);
        }
    }
    let mut domains = exact_domains;
    if domains.is_empty() {
        for k in &chosen {
            push_new(&mut domains, &k.life_domains);
        }
    }
    domains.truncate(MAX_SUGGESTIONS);
    (chosen.into_iter().map(|k| k.word.clone()).collect(), domains)
}

/// A known word of at least [`compound::MIN_PART_CHARS`] letters that a typed word
/// starts or ends with ("geld" in "geldcoach"): offered after the close words.
fn is_part(known: &str, known_len: usize, word: &str) -> bool {
    known_len >= compound::MIN_PART_CHARS
        && known.len() < word.len()
        && !known.contains(' ')
        && (word.starts_with(known) || word.ends_with(known))
}

fn push_new(into: &mut Vec<usize>, from: &[usize]) {
    for d in from {
        if !into.contains(d) {
            into.push(*d);
        }
    }
}

/// Edits allowed between a word of `chars` letters and a word to suggest: one more than a
/// search allows, as a suggestion is only offered, not searched.
pub(crate) fn suggest_edits(chars: usize) -> usize {
    allowed_edits(chars) + 1
}

impl Filters {
    fn any(&self) -> bool {
        self.life_domains.is_some() || !self.others.is_empty()
    }
}

impl Searching<'_> {
    /// Step 7 for the index: suggestions with their providers counted.
    fn suggestions(
        &self,
        words: &[QueryWord],
        lists: &SiteLists,
        without_filters: Option<usize>,
    ) -> tantivy::Result<Suggestions> {
        let (words, domains) = suggest(words, &lists.known_words);
        let mut life_domains = Vec::new();
        for d in domains {
            if let Some(slug) = lists.life_domains.get(d) {
                let count = self
                    .domain_set(std::slice::from_ref(slug))?
                    .iter()
                    .filter(|x| **x)
                    .count();
                life_domains.push(DomainCount {
                    slug: slug.clone(),
                    count,
                });
            }
        }
        Ok(Suggestions {
            words,
            life_domains,
            without_filters,
        })
    }

    /// Steps 3 and 5: every (word, term, field) clause, in order.
    fn score(&self, words: &[QueryWord]) -> tantivy::Result<Matches> {
        let mut m = Matches {
            scores: vec![0f64; self.max_doc],
            matched: vec![0u32; self.max_doc],
            about: vec![0u32; self.max_doc],
        };
        let scoring = EnableScoring::enabled_from_searcher(self.searcher);
        for (w, word) in words.iter().enumerate() {
            for choice in &word.terms {
                for (field, tf) in self.fields.text.iter().zip(TEXT_FIELDS.iter()) {
                    let term = Term::from_field_text(*field, &choice.term);
                    let clause = BoostQuery::new(
                        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                        tf.boost * choice.weight,
                    );
                    let about = if tf.strong && choice.kind != Match::Fuzzy {
                        1 << w
                    } else {
                        0
                    };
                    clause
                        .weight(scoring)?
                        .for_each(self.segment, &mut |doc: DocId, score| {
                            m.scores[doc as usize] += f64::from(score);
                            m.matched[doc as usize] |= 1 << w;
                            m.about[doc as usize] |= about;
                        })?;
                }
            }
        }
        Ok(m)
    }

    /// The documents a query matches, as a set.
    fn doc_set(&self, query: &dyn Query) -> tantivy::Result<Vec<bool>> {
        let mut set = vec![false; self.max_doc];
        query
            .weight(EnableScoring::disabled_from_searcher(self.searcher))?
            .for_each_no_score(self.segment, &mut |docs: &[DocId]| {
                for d in docs {
                    set[*d as usize] = true;
                }
            })?;
        Ok(set)
    }

    fn domain_set(&self, slugs: &[String]) -> tantivy::Result<Vec<bool>> {
        let terms = slugs
            .iter()
            .map(|s| Term::from_facet(self.fields.life_domain, &Facet::from_path([s.as_str()])))
            .collect::<Vec<_>>();
        self.doc_set(&TermSetQuery::new(terms))
    }

    /// Step 4: the filters as document sets.
    fn filters(&self, req: &Request, part_of: &std::collections::BTreeMap<String, String>) -> tantivy::Result<Filters> {
        let terms_of = |field, values: &[String]| {
            values
                .iter()
                .map(|v| Term::from_field_text(field, v))
                .collect::<Vec<_>>()
        };
        let mut others = Vec::new();
        if !req.neighbourhoods.is_empty() {
            // A place chosen: the providers within it, and those naming it, a place it lies
            // in, or the whole municipality.
            let mut around = vec![WHOLE_MUNICIPALITY.to_string()];
            for place in &req.neighbourhoods {
                around.extend(places_around(place, part_of));
            }
            let mut set = self.doc_set(&TermSetQuery::new(terms_of(self.fields.neighbourhood, &around)))?;
            let within = self.doc_set(&TermSetQuery::new(terms_of(self.fields.within, &req.neighbourhoods)))?;
            set.iter_mut().zip(within).for_each(|(s, w)| *s |= w);
            others.push(set);
        }
        if !req.languages.is_empty() {
            others.push(self.doc_set(&TermSetQuery::new(terms_of(self.fields.language, &req.languages)))?);
        }
        if !req.contact_modes.is_empty() {
            let terms = terms_of(self.fields.contact_mode, &req.contact_modes);
            others.push(self.doc_set(&TermSetQuery::new(terms))?);
        }
        let life_domains = if req.life_domains.is_empty() {
            None
        } else {
            Some(self.domain_set(&req.life_domains)?)
        };
        Ok(Filters { life_domains, others })
    }

    /// Steps 3, 4 and 6: the documents that match every word (or else some), pass the
    /// filters other than life domain; and whether they match every word.
    fn pool(&self, words: usize, matched: &[u32], filters: &Filters) -> (Vec<usize>, bool) {
        let candidates = |pred: &dyn Fn(usize) -> bool| -> Vec<usize> {
            (0..self.max_doc)
                .filter(|d| pred(*d) && filters.others.iter().all(|f| f[*d]))
                .collect()
        };
        if words == 0 {
            let has_filters = filters.any();
            return (if has_filters { candidates(&|_| true) } else { Vec::new() }, true);
        }
        let everything = (1u32 << words) - 1;
        let all = candidates(&|d| matched[d] == everything);
        if all.is_empty() {
            (candidates(&|d| matched[d] != 0), false)
        } else {
            (all, true)
        }
    }

    fn domain_counts(&self, pool: &[usize], order: &[String]) -> tantivy::Result<Vec<DomainCount>> {
        order
            .iter()
            .map(|slug| {
                let set = self.domain_set(std::slice::from_ref(slug))?;
                Ok(DomainCount {
                    slug: slug.clone(),
                    count: pool.iter().filter(|d| set[**d]).count(),
                })
            })
            .collect()
    }

    /// The first `limit` documents of `pool`, with their stored slug and name.
    fn hits(&self, pool: &[usize], scores: &[f64], limit: usize) -> tantivy::Result<Vec<Hit>> {
        let store = self.segment.get_store_reader(1)?;
        let mut results = Vec::new();
        for (rank, doc) in pool.iter().take(limit).enumerate() {
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
                slug: text(self.fields.slug),
                name: text(self.fields.text[0]),
                score: scores[*doc],
            });
        }
        Ok(results)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_(text: &str, d: &Dictionary) -> Vec<QueryWord> {
        plan(text, d, &OwnTerms::default())
    }

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
        let p = plan_("advies bij schulden ", &d);
        assert_eq!(p.len(), 2, "bij is a stop word");
        assert_eq!(p[0].terms, vec![], "advies is not in the index");
        assert_eq!(shape(&p)[1], vec![("schuld".to_string(), Match::Exact)]);
    }

    #[test]
    fn weak_words_count_only_alone() {
        let d = dict(&[("schuld", 5), ("net", 3), ("t", 1), ("hulp", 9)]);
        let words = |q: &str| plan_(q, &d).into_iter().map(|w| w.word).collect::<Vec<_>>();
        assert_eq!(words("hulp bij schulden "), ["schulden"]);
        assert_eq!(words("net uit de gevangenis "), ["gevangenis"]);
        assert_eq!(words("don't understand "), ["understand"]);
        assert_eq!(words("hulp "), ["hulp"], "alone, a weak word is searched");
        assert_eq!(words("net steeds "), ["net", "steeds"]);
    }

    #[test]
    fn a_suggestion_never_changes_half_of_a_word() {
        let known = [KnownWord::new("ev", vec![]), KnownWord::new("schulden", vec![0])];
        let d = dict(&[]);
        let (words, _) = suggest(&plan_("ex ", &d), &known);
        assert!(words.is_empty(), "{words:?}");
        let (words, _) = suggest(&plan_("xchulden ", &d), &known);
        assert_eq!(words, ["schulden"]);
    }

    #[test]
    fn last_word_is_a_prefix_while_typing() {
        let d = dict(&[("mantelzorg", 3), ("mantelzorger", 9), ("mantel", 1), ("mantra", 4)]);
        let p = plan_("mantelz", &d);
        assert_eq!(
            shape(&p)[0],
            vec![
                ("mantelzorger".to_string(), Match::Prefix),
                ("mantelzorg".to_string(), Match::Prefix)
            ]
        );
        let finished = plan_("mantelz ", &d);
        assert!(
            finished[0].terms.iter().all(|t| t.kind != Match::Prefix),
            "a finished word is not a prefix"
        );
        assert!(plan_("ma", &d)[0].terms.is_empty(), "too short for a prefix");
        let p = plan_("mantel", &d);
        assert_eq!(p[0].terms[0].kind, Match::Exact);
        assert_eq!(p[0].terms.len(), 3, "exact, then the two longer words");
    }

    #[test]
    fn typos_within_one_or_two_edits_with_the_same_first_letter() {
        let d = dict(&[("schuld", 5), ("schild", 1), ("mantelzorg", 2), ("ouder", 1)]);
        let p = plan_("schuldd ", &d);
        assert_eq!(shape(&p)[0], vec![("schuld".to_string(), Match::Fuzzy)]);
        assert!(plan_("xchuld ", &d)[0].terms.is_empty(), "first letter must be right");
        assert!(plan_("oudr ", &d)[0].terms.is_empty(), "4 letters: no edits");
        let p = plan_("mnatelzrog ", &d);
        assert_eq!(
            shape(&p)[0],
            vec![("mantelzorg".to_string(), Match::Fuzzy)],
            "swaps count as one edit"
        );
        let p = plan_("schold ", &d);
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
        assert_eq!(plan_("schuld schulden Schuld", &d).len(), 1);
        let many: String = (0..30).map(|i| format!("woord{i} ")).collect();
        assert_eq!(plan_(&many, &d).len(), MAX_WORDS);
        assert!(plan_("", &d).is_empty());
        assert!(plan_("de het een", &d).is_empty());
        assert!(plan_("🙂 \" * ", &d).is_empty());
    }

    #[test]
    fn open_end_is_the_word_being_typed() {
        assert_eq!(open_end("hulp bij schu"), "schu");
        assert_eq!(open_end("hulp "), "");
        assert_eq!(open_end("auto's"), "s");
        assert_eq!(open_end(""), "");
    }
}
