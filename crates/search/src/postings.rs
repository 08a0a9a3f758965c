//! The inverted index the browser export is made of: per term and text field, the
//! documents with the term, its frequency and the field's norm. It holds exactly what
//! tantivy's index of the same documents holds (a test compares the two), so the browser
//! scores with the statistics the `search` command uses; it is built without tantivy so
//! the live preview can change one document in place instead of indexing every page again.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use tantivy::fieldnorm::FieldNormReader;

use crate::analyser::{self, OwnTerms, Word};
use crate::index::TEXT_FIELDS;

/// The number of text fields.
pub(crate) const FIELDS: usize = TEXT_FIELDS.len();

/// One document's terms in one field, with their frequencies (sorted by term), and the
/// number of its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct FieldTerms {
    terms: Vec<(String, u32)>,
    tokens: u32,
}

impl FieldTerms {
    pub(crate) fn of(words: &[Word]) -> FieldTerms {
        let mut terms: Vec<&str> = words.iter().map(|w| w.term.as_str()).collect();
        terms.sort_unstable();
        let mut counted: Vec<(String, u32)> = Vec::new();
        for t in terms {
            match counted.last_mut() {
                Some((last, n)) if last == t => *n += 1,
                _ => counted.push((t.to_string(), 1)),
            }
        }
        FieldTerms {
            terms: counted,
            tokens: u32::try_from(words.len()).unwrap_or(u32::MAX),
        }
    }

    pub(crate) fn of_text(text: &str, own: &OwnTerms) -> FieldTerms {
        FieldTerms::of(&analyser::words(text, own))
    }

    /// Whether the field has `term`.
    pub(crate) fn has(&self, term: &str) -> bool {
        self.terms.binary_search_by(|(t, _)| t.as_str().cmp(term)).is_ok()
    }

    /// The field's terms, in order.
    pub(crate) fn terms(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|(t, _)| t.as_str())
    }

    /// The field's terms for tantivy, each as often as it occurs, with a space between
    /// them (the index keeps frequencies, not positions).
    pub(crate) fn joined(&self) -> String {
        let mut s = String::new();
        for (term, n) in &self.terms {
            for _ in 0..*n {
                if !s.is_empty() {
                    s.push(' ');
                }
                s.push_str(term);
            }
        }
        s
    }

    /// The field norm's code, as tantivy stores it.
    fn norm(&self) -> u8 {
        FieldNormReader::fieldnorm_to_id(self.tokens)
    }
}

/// One document's terms, field by field.
pub(crate) type DocTerms = [Arc<FieldTerms>; FIELDS];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Posting {
    doc: u32,
    freq: u32,
    norm: u8,
}

/// Per term, per field, the postings in document order.
#[derive(Debug, Default)]
pub(crate) struct Postings {
    ids: HashMap<String, u32>,
    names: Vec<String>,
    lists: Vec<[Vec<Posting>; FIELDS]>,
    /// Each term's postings as the export writes them; None when they changed since.
    json: Vec<Option<Arc<str>>>,
    total_tokens: [u64; FIELDS],
    /// Every term's id, in the order of the terms; empty when a term came since.
    order: Vec<usize>,
}

impl Postings {
    /// The postings of `docs`, numbered in their order.
    pub(crate) fn build(docs: &[DocTerms]) -> Postings {
        let mut p = Postings::default();
        for (doc, terms) in docs.iter().enumerate() {
            p.add(u32::try_from(doc).unwrap_or(u32::MAX), terms);
        }
        p
    }

    fn id(&mut self, term: &str) -> usize {
        if let Some(id) = self.ids.get(term) {
            return *id as usize;
        }
        let id = self.names.len();
        self.ids.insert(term.to_string(), u32::try_from(id).unwrap_or(u32::MAX));
        self.names.push(term.to_string());
        self.lists.push(Default::default());
        self.json.push(None);
        self.order.clear();
        id
    }

    /// Adds document `doc`, which must be after every document added before.
    fn add(&mut self, doc: u32, terms: &DocTerms) {
        for (f, field) in terms.iter().enumerate() {
            self.total_tokens[f] += u64::from(field.tokens);
            let norm = field.norm();
            for (term, freq) in &field.terms {
                let id = self.id(term);
                self.lists[id][f].push(Posting { doc, freq: *freq, norm });
            }
        }
    }

    /// Replaces document `doc`'s terms `old` by `new`, keeping the document numbers.
    pub(crate) fn replace(&mut self, doc: u32, old: &DocTerms, new: &DocTerms) {
        for f in 0..FIELDS {
            if Arc::ptr_eq(&old[f], &new[f]) || old[f] == new[f] {
                continue;
            }
            self.total_tokens[f] -= u64::from(old[f].tokens);
            self.total_tokens[f] += u64::from(new[f].tokens);
            for (term, _) in &old[f].terms {
                let id = self.id(term);
                let list = &mut self.lists[id][f];
                if let Ok(at) = list.binary_search_by_key(&doc, |p| p.doc) {
                    list.remove(at);
                }
                self.json[id] = None;
            }
            let norm = new[f].norm();
            for (term, freq) in &new[f].terms {
                let id = self.id(term);
                let list = &mut self.lists[id][f];
                let posting = Posting { doc, freq: *freq, norm };
                match list.binary_search_by_key(&doc, |p| p.doc) {
                    Ok(at) => list[at] = posting,
                    Err(at) => list.insert(at, posting),
                }
                self.json[id] = None;
            }
        }
    }

    /// The terms found in some document, in order, each with its document frequency
    /// (summed over the fields) and its postings as the export writes them: per field
    /// with documents, the field's number and the postings flattened (the document gap
    /// doubled, its low bit saying a frequency above 1 follows; the frequency; the norm).
    pub(crate) fn terms(&mut self) -> Vec<(&str, u64, Arc<str>)> {
        if self.order.len() != self.names.len() {
            let mut order: Vec<usize> = (0..self.names.len()).collect();
            order.sort_unstable_by(|a, b| self.names[*a].cmp(&self.names[*b]));
            self.order = order;
        }
        let ids: Vec<usize> = self
            .order
            .iter()
            .copied()
            .filter(|id| self.lists[*id].iter().any(|l| !l.is_empty()))
            .collect();
        for id in &ids {
            if self.json[*id].is_none() {
                self.json[*id] = Some(flat_json(&self.lists[*id]).into());
            }
        }
        ids.into_iter()
            .map(|id| {
                let df = self.lists[id].iter().map(|l| l.len() as u64).sum();
                let json = self.json[id].clone().unwrap_or_else(|| "[]".into());
                (self.names[id].as_str(), df, json)
            })
            .collect()
    }

    /// The number of tokens per field, over all documents.
    pub(crate) fn total_tokens(&self) -> [u64; FIELDS] {
        self.total_tokens
    }
}

fn flat_json(lists: &[Vec<Posting>; FIELDS]) -> String {
    let mut s = String::from("[");
    for (f, list) in lists.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
        if s.len() > 1 {
            s.push(',');
        }
        let _ = write!(s, "{f},[");
        let mut previous = 0;
        for (i, p) in list.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            let gap = ((p.doc - previous) << 1) | u32::from(p.freq > 1);
            let _ = write!(s, "{gap}");
            if p.freq > 1 {
                let _ = write!(s, ",{}", p.freq);
            }
            let _ = write!(s, ",{}", p.norm);
            previous = p.doc;
        }
        s.push(']');
    }
    s.push(']');
    s
}

/// What tantivy's index holds, in the form of [`Postings::terms`] (owned), and the
/// number of tokens per field: to show the two are the same.
#[cfg(any(test, feature = "test-support"))]
#[allow(clippy::unwrap_used)] // test support: a failure is the test's
pub(crate) fn read_tantivy(index: &tantivy::Index) -> (Vec<(String, u64, String)>, [u64; FIELDS]) {
    use std::collections::BTreeMap;
    use tantivy::postings::Postings as _;
    use tantivy::schema::IndexRecordOption;
    use tantivy::{DocSet, TERMINATED};

    let fields = crate::index::fields(index).unwrap();
    let searcher = index.reader().unwrap().searcher();
    let segment = searcher.segment_reader(0);
    let mut lists: BTreeMap<String, [Vec<Posting>; FIELDS]> = BTreeMap::new();
    let mut total = [0; FIELDS];
    for (f, field) in fields.text.iter().enumerate() {
        let inverted = segment.inverted_index(*field).unwrap();
        total[f] = inverted.total_num_tokens();
        let norms = segment.get_fieldnorms_reader(*field).unwrap();
        let mut stream = inverted.terms().stream().unwrap();
        while stream.advance() {
            let term = String::from_utf8_lossy(stream.key()).into_owned();
            let mut p = inverted
                .read_postings_from_terminfo(stream.value(), IndexRecordOption::WithFreqs)
                .unwrap();
            let mut doc = p.doc();
            while doc != TERMINATED {
                let posting = Posting {
                    doc,
                    freq: p.term_freq(),
                    norm: norms.fieldnorm_id(doc),
                };
                lists.entry(term.clone()).or_default()[f].push(posting);
                doc = p.advance();
            }
        }
    }
    let terms = lists
        .iter()
        .map(|(t, l)| (t.clone(), l.iter().map(|x| x.len() as u64).sum(), flat_json(l)))
        .collect();
    (terms, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> Arc<FieldTerms> {
        Arc::new(FieldTerms::of_text(text, &OwnTerms::default()))
    }

    fn doc(texts: [&str; FIELDS]) -> DocTerms {
        texts.map(field)
    }

    fn flattened(p: &mut Postings) -> Vec<(String, u64, String)> {
        p.terms()
            .into_iter()
            .map(|(t, df, j)| (t.to_string(), df, j.to_string()))
            .collect()
    }

    #[test]
    fn postings_are_gaps_frequencies_and_norms() {
        let docs = [
            doc(["huur", "", "", "huur huur schuld", "", "", ""]),
            doc(["", "", "", "schuld", "", "", ""]),
        ];
        let mut p = Postings::build(&docs);
        let terms = flattened(&mut p);
        assert_eq!(
            terms,
            [
                // "huur" stems to "hur".
                ("hur".to_string(), 2, "[0,[0,1],3,[1,2,3]]".to_string()),
                ("schuld".to_string(), 2, "[3,[0,3,2,1]]".to_string()),
            ]
        );
        assert_eq!(p.total_tokens(), [1, 0, 0, 4, 0, 0, 0]);
    }

    #[test]
    fn joined_terms_repeat_each_term_as_often_as_it_occurs() {
        let f = field("Huur, huur en schulden: schuld");
        assert_eq!(f.joined(), "hur hur schuld schuld");
        assert_eq!(field("").joined(), "");
    }

    #[test]
    fn replacing_a_document_equals_building_again() {
        let a = doc(["huur", "wonen", "", "huur huur schuld", "", "", ""]);
        let b = doc(["", "", "", "schuld werk", "", "", ""]);
        let c = doc(["geld", "", "", "werk", "", "", ""]);
        let b2 = doc(["", "zorg", "", "werk werk werk", "", "schuld", "geld"]);
        let mut changed = Postings::build(&[a.clone(), b.clone(), c.clone()]);
        let _ = changed.terms();
        changed.replace(1, &b, &b2);
        let mut fresh = Postings::build(&[a, b2, c]);
        assert_eq!(flattened(&mut changed), flattened(&mut fresh));
        assert_eq!(changed.total_tokens(), fresh.total_tokens());
    }
}
