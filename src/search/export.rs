//! Stage 4b: the tantivy index, exported as static files for the browser client.
//!
//! Everything is read from the index (terms, document frequencies, postings with term
//! frequencies, field norms), so the browser scores with exactly the statistics the
//! `search` command uses. The files are sharded so that a query loads only what its
//! words need, and each file's name carries a hash of its content, so a browser can
//! cache it for good.
//!
//! Every file is a script `__sw("<name>",<json>);`, because browsers refuse `fetch` on
//! `file://` pages but do run scripts; the client loads files by adding `<script>` tags.
//!
//! | file | holds | loaded |
//! |---|---|---|
//! | `m-<hash>.js` | settings, field statistics, the maps of all other files | first query |
//! | `d-<key>-<hash>.js` | the terms starting with `<key>` (their first two letters), each with its document frequency and postings file | per word |
//! | `p-<n>-<hash>.js` | postings of a run of terms: per field, (document, term frequency, field norm) | per term |
//! | `c-<n>-<hash>.js` | slug, name and summary of [`CHUNK`] documents | per result shown |
//! | `f-<hash>.js` | each document's life domains, as bits | first query |
//! | `a-<hash>.js` | each document's neighbourhoods and languages, as bits | when those filters are used |

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};
use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::Postings;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Index, TERMINATED};

use crate::formats;
use crate::model::Site;
use crate::output::{OutputFile, short_hash};
use crate::search::analyser::{MAX_WORD_BYTES, STOP_WORDS};
use crate::search::index::{self, TEXT_FIELDS};
use crate::search::query::{self, Dictionary};

/// Folder of the export in the site.
pub const DIR: &str = "search";
/// Documents per display chunk: small, because a result list touches many chunks.
pub const CHUNK: usize = 8;
/// Size a postings file grows to before the next one starts (bytes of JSON).
const POSTINGS_TARGET: usize = 6_000;

/// The exported files, and the path of the entry file the search page loads.
#[derive(Debug, Clone)]
pub struct SearchExport {
    pub files: Vec<OutputFile>,
    pub meta_path: String,
}

/// A script file `__sw("name",json);` with a content-hashed name.
fn script(prefix: &str, data: &Value) -> (String, OutputFile) {
    let json = serde_json::to_string(data).unwrap_or_else(|_| "null".into());
    let name = format!("{prefix}-{}", short_hash(json.as_bytes()));
    let bytes = format!("__sw(\"{name}\",{json});\n").into_bytes();
    (
        name.clone(),
        OutputFile {
            path: format!("{DIR}/{name}.js"),
            bytes,
        },
    )
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bit sets, one per document, as `chars` base64url letters each (6 bits per letter,
/// lowest bits first).
fn bit_string(masks: &[u64], chars: usize) -> String {
    let mut s = String::with_capacity(masks.len() * chars);
    for m in masks {
        for i in 0..chars {
            s.push(B64[((m >> (6 * i)) & 63) as usize] as char);
        }
    }
    s
}

/// The dictionary file a term belongs to: its first two characters.
pub fn dict_key(term: &str) -> String {
    term.chars().take(2).collect()
}

#[derive(Serialize)]
struct Named<'a> {
    slug: &'a str,
    name: &'a str,
}

pub fn export(index: &Index, site: &Site) -> tantivy::Result<SearchExport> {
    let fields = index::fields(index)?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let dict = Dictionary::read(&searcher, &fields)?;
    let n_docs = searcher.num_docs() as usize;
    let mut files = Vec::new();

    // Postings: per term, per field, the documents with term frequency and field norm.
    let mut postings: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut total_tokens = Vec::new();
    if n_docs > 0 {
        let segment = searcher.segment_reader(0);
        for (fi, field) in fields.text.iter().enumerate() {
            let inverted = segment.inverted_index(*field)?;
            total_tokens.push(inverted.total_num_tokens());
            let norms = segment.get_fieldnorms_reader(*field)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                let term = String::from_utf8_lossy(stream.key()).into_owned();
                let mut p = inverted.read_postings_from_terminfo(stream.value(), IndexRecordOption::WithFreqs)?;
                let mut flat: Vec<u32> = Vec::new();
                let mut previous = 0u32;
                let mut doc = p.doc();
                while doc != TERMINATED {
                    let tf = p.term_freq();
                    // Document gaps, doubled, with the low bit saying "a frequency follows".
                    flat.push(((doc - previous) << 1) | u32::from(tf > 1));
                    if tf > 1 {
                        flat.push(tf);
                    }
                    flat.push(u32::from(norms.fieldnorm_id(doc)));
                    previous = doc;
                    doc = p.advance();
                }
                let entry = postings.entry(term).or_default();
                entry.push(json!(fi));
                entry.push(json!(flat));
            }
        }
    } else {
        total_tokens = vec![0; TEXT_FIELDS.len()];
    }

    // Postings files: runs of terms in order, cut at a target size, so that the terms of
    // one prefix mostly share a file.
    let mut term_file: BTreeMap<&str, usize> = BTreeMap::new();
    let mut postings_names = Vec::new();
    let mut current = serde_json::Map::new();
    let mut size = 0;
    let flush = |current: &mut serde_json::Map<String, Value>, names: &mut Vec<String>, files: &mut Vec<OutputFile>| {
        if !current.is_empty() {
            let (name, file) = script(&format!("p-{}", names.len()), &Value::Object(std::mem::take(current)));
            names.push(name);
            files.push(file);
        }
    };
    for (term, data) in &postings {
        let value = Value::Array(data.clone());
        size += term.len() + value.to_string().len();
        current.insert(term.clone(), value);
        term_file.insert(term, postings_names.len());
        if size >= POSTINGS_TARGET {
            flush(&mut current, &mut postings_names, &mut files);
            size = 0;
        }
    }
    flush(&mut current, &mut postings_names, &mut files);

    // Dictionary files by the first two letters: [term, document frequency, postings file].
    let mut dict_files: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for (term, df) in &dict.terms {
        let file = term_file.get(term.as_str()).copied().unwrap_or(0);
        dict_files
            .entry(dict_key(term))
            .or_default()
            .push(json!([term, df, file]));
    }
    let mut dict_map = serde_json::Map::new();
    for (key, entries) in dict_files {
        let (name, file) = script(&format!("d-{}", dict_file_key(&key)), &Value::Array(entries));
        dict_map.insert(key, json!(name));
        files.push(file);
    }

    // Display chunks, in document (name) order.
    let mut chunk_names = Vec::new();
    for (i, chunk) in site.providers.chunks(CHUNK).enumerate() {
        let docs: Vec<Value> = chunk.iter().map(|p| json!([p.slug, p.name, p.summary])).collect();
        let (name, file) = script(&format!("c-{i}"), &Value::Array(docs));
        chunk_names.push(name);
        files.push(file);
    }

    // Filter attributes as bit sets per document.
    let languages: Vec<&str> = {
        let mut used: Vec<&str> = site
            .providers
            .iter()
            .flat_map(|p| p.languages.iter().map(String::as_str))
            .collect();
        used.sort();
        used.dedup();
        used
    };
    let mask = |items: &[String], all: &[&str]| -> u64 {
        items
            .iter()
            .filter_map(|i| all.iter().position(|a| a == i))
            .fold(0u64, |m, i| m | (1 << i))
    };
    let domain_slugs: Vec<&str> = site.life_domains.iter().map(|d| d.slug.as_str()).collect();
    let hood_slugs: Vec<&str> = site.neighbourhoods.iter().map(|n| n.slug.as_str()).collect();
    let chars = |n: usize| n.div_ceil(6);
    let domain_masks: Vec<u64> = site
        .providers
        .iter()
        .map(|p| mask(&p.life_domains, &domain_slugs))
        .collect();
    let (facets_name, facets) = script("f", &json!(bit_string(&domain_masks, chars(domain_slugs.len()))));
    files.push(facets);
    let hood_masks: Vec<u64> = site
        .providers
        .iter()
        .map(|p| mask(&p.neighbourhoods, &hood_slugs))
        .collect();
    let lang_masks: Vec<u64> = site.providers.iter().map(|p| mask(&p.languages, &languages)).collect();
    let (attrs_name, attrs) = script(
        "a",
        &json!({
            "neighbourhoods": bit_string(&hood_masks, chars(hood_slugs.len())),
            "languages": bit_string(&lang_masks, chars(languages.len())),
        }),
    );
    files.push(attrs);

    let meta = json!({
        "version": 1,
        "docs": n_docs,
        "k1": 1.2,
        "b": 0.75,
        "fields": TEXT_FIELDS.iter().zip(&total_tokens).map(|(f, t)| json!({"name": f.name, "boost": f.boost, "tokens": t})).collect::<Vec<_>>(),
        "norms": (0..=255u8).map(FieldNormReader::id_to_fieldnorm).collect::<Vec<_>>(),
        "stopWords": STOP_WORDS,
        "maxWordBytes": MAX_WORD_BYTES,
        "weights": {"exact": query::EXACT, "prefix": query::PREFIX, "fuzzy": query::FUZZY},
        "prefixMinChars": query::PREFIX_MIN_CHARS,
        "maxExpansions": query::MAX_EXPANSIONS,
        "maxWords": query::MAX_WORDS,
        "dict": dict_map,
        "postings": postings_names,
        "chunkSize": CHUNK,
        "chunks": chunk_names,
        "facets": facets_name,
        "attrs": attrs_name,
        "lifeDomains": site.life_domains.iter().map(|d| Named { slug: &d.slug, name: &d.name }).collect::<Vec<_>>(),
        "neighbourhoods": site.neighbourhoods.iter().map(|n| Named { slug: &n.slug, name: &n.name }).collect::<Vec<_>>(),
        "languages": languages.iter().map(|c| Named { slug: c, name: formats::language_name(c).unwrap_or(c) }).collect::<Vec<_>>(),
    });
    let (meta_name, meta_file) = script("m", &meta);
    files.push(meta_file);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(SearchExport {
        files,
        meta_path: format!("{DIR}/{meta_name}.js"),
    })
}

/// A dictionary key as a file-name part: letters and digits as they are (ASCII), anything
/// else as its code point, so names stay portable.
fn dict_file_key(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_string()
            } else {
                format!("u{:x}", u32::from(c))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_strings() {
        assert_eq!(bit_string(&[0, 1, 63, 64], 2), "AABA_AAB");
        assert_eq!(bit_string(&[5], 0), "");
    }

    #[test]
    fn dictionary_keys() {
        assert_eq!(dict_key("schuld"), "sc");
        assert_eq!(dict_key("u"), "u");
        assert_eq!(dict_file_key("ol"), "ol");
        assert_eq!(dict_file_key("مس"), "u645u633");
    }
}
