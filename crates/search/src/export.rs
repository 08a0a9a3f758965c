//! The search index, exported as static files for the browser client.
//!
//! Everything is read from `Postings` (terms, document frequencies, postings with term
//! frequencies, field norms), which tantivy's index for the `search` command is made of
//! too, so the browser scores with exactly the statistics the command uses. The files are sharded so that a query loads only what its
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
//! | `t-<lang>-<hash>.js` | the files below, by chunk | on that language's search page |
//! | `c-<n>-<lang>-<hash>.js` | the summaries of those documents the providers give in interface language `<lang>` (only chunks that have one) | per result shown on that language's pages |
//! | `f-<hash>.js` | each document's life domains, as bits | first query |
//! | `a-<hash>.js` | each document's places and languages as lists of numbers, ways of contact as bits | when those filters are used |

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use serde::Serialize;
use serde_json::{Value, json};

use crate::analyser::{MAX_WORD_BYTES, STOP_WORDS, WEAK_WORDS};
use crate::index::TEXT_FIELDS;
use crate::postings::Postings;
use crate::query;
use crate::{SiteLists, compound};
use steunwijzer_core::artifact::{Artifact, content_hash};
use steunwijzer_core::languages;
use steunwijzer_core::model::Site;
use steunwijzer_core::values::{ContactMode, DutchName};

/// Folder of the export in the site.
pub const DIR: &str = "search";
/// Documents per display chunk: small, because a result list touches many chunks.
const CHUNK: usize = 8;
/// Size a postings file grows to before the next one starts (bytes of JSON).
const POSTINGS_TARGET: usize = 6_000;

/// The exported files, and the path of the entry file the search page loads.
#[derive(Debug, Clone)]
pub struct SearchExport {
    /// The files of the export.
    pub files: Vec<Artifact>,
    /// Its entry file, relative to the site root.
    pub meta_path: String,
}

/// The files of the export, as they are made.
#[derive(Default)]
struct Scripts {
    files: Vec<Artifact>,
}

impl Scripts {
    /// Adds a script file `__sw("name",json);` with a content-hashed name; returns the name.
    fn add(&mut self, prefix: &str, data: &Value) -> String {
        let json = serde_json::to_string(data).unwrap_or_else(|_| "null".into());
        self.add_json(prefix, &json)
    }

    /// Adds a script file of JSON text.
    fn add_json(&mut self, prefix: &str, json: &str) -> String {
        let name = format!("{prefix}-{}", content_hash(json.as_bytes()));
        let bytes = format!("__sw(\"{name}\",{json});\n");
        self.files.push(Artifact::new(format!("{DIR}/{name}.js"), bytes));
        name
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bit sets, one per document, as `chars` base64url letters each (6 bits per letter,
/// lowest bits first).
fn bit_string(masks: &[u64], chars: usize) -> String {
    let mut s = String::with_capacity(masks.len() * chars);
    for m in masks {
        for i in 0..chars {
            s.push(char::from(B64[((m >> (6 * i)) & 63) as usize]));
        }
    }
    s
}

/// The dictionary file a term belongs to: its first two characters.
pub(crate) fn dict_key(term: &str) -> String {
    term.chars().take(2).collect()
}

#[derive(Serialize)]
struct Named<'a> {
    slug: &'a str,
    name: &'a str,
}

/// The names of the files the entry file maps.
struct Names {
    dict: String,
    postings: Vec<String>,
    chunks: Vec<String>,
    /// Per interface language with translated summaries: the file listing their files.
    translated: BTreeMap<String, String>,
    facets: String,
    attrs: String,
    known: String,
}

/// Exports `postings`, the index of `site`.
pub(crate) fn export(postings: &mut Postings, site: &Site, lists: &SiteLists) -> SearchExport {
    let n_docs = site.providers.len();
    let total_tokens = postings.total_tokens();
    let terms = postings.terms();
    // The languages the providers speak: the language filter's bits and choices.
    let spoken = site.languages();
    let mut out = Scripts::default();
    let (postings_names, term_file) = postings_files(&terms, &mut out);
    let (facets, attrs) = filter_files(site, &spoken, &mut out);
    let names = Names {
        dict: dictionary_files(&terms, &term_file, &mut out),
        postings: postings_names,
        chunks: chunk_files(site, &mut out),
        translated: translated_files(site, &mut out),
        facets,
        attrs,
        known: known_file(lists, &mut out),
    };
    let meta_name = out.add("m", &meta(site, &spoken, n_docs, &total_tokens, &names, lists));
    let mut files = out.files;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    SearchExport {
        files,
        meta_path: format!("{DIR}/{meta_name}.js"),
    }
}

/// Postings files: runs of terms in order, cut at a target size, so that the terms of
/// one prefix mostly share a file. Returns the file names and each term's file number.
/// (Cutting where a hash of the term says, so that an edit in the live preview changes
/// fewer files, was tried: it cost residents 1–3 KB per query at 10,000 providers, and
/// the live preview writes no files anyway.)
fn postings_files(terms: &[(&str, u64, Arc<str>)], out: &mut Scripts) -> (Vec<String>, Vec<usize>) {
    let mut term_file = Vec::with_capacity(terms.len());
    let mut names = Vec::new();
    let mut current = String::new();
    for (term, _, json) in terms {
        current.push(if current.is_empty() { '{' } else { ',' });
        current.push_str(&serde_json::to_string(term).unwrap_or_default());
        current.push(':');
        current.push_str(json);
        term_file.push(names.len());
        if current.len() >= POSTINGS_TARGET {
            current.push('}');
            names.push(out.add_json(&format!("p-{}", names.len()), &current));
            current.clear();
        }
    }
    if !current.is_empty() {
        current.push('}');
        names.push(out.add_json(&format!("p-{}", names.len()), &current));
    }
    (names, term_file)
}

/// Dictionary files by the first two letters: [term, document frequency, postings file].
/// Returns the map from key to file name as one string, `key name key name …` (a key,
/// the first two letters of a term, never holds a space): a third smaller gzipped than a
/// JSON object, in the entry file every search loads.
fn dictionary_files(terms: &[(&str, u64, Arc<str>)], term_file: &[usize], out: &mut Scripts) -> String {
    // Written as text: the terms come in order, so each key's terms are together.
    let mut by_key: BTreeMap<String, String> = BTreeMap::new();
    for ((term, df, _), file) in terms.iter().zip(term_file) {
        let entries = by_key.entry(dict_key(term)).or_default();
        entries.push(if entries.is_empty() { '[' } else { ',' });
        let term = serde_json::to_string(term).unwrap_or_default();
        let _ = write!(entries, "[{term},{df},{file}]");
    }
    let mut map = String::new();
    for (key, mut entries) in by_key {
        entries.push(']');
        let file_key = dict_file_key(&key);
        let name = out.add_json(&format!("d-{file_key}"), &entries);
        // Only what the browser cannot derive from the key: the page's weight is mostly
        // these names, and their hashes do not compress.
        let short = if file_key == key {
            name.rsplit('-').next().unwrap_or_default()
        } else {
            name.trim_start_matches("d-")
        };
        if !map.is_empty() {
            map.push(' ');
        }
        let _ = write!(map, "{key} {short}");
    }
    map
}

/// Display chunks: slug, name and summary of [`CHUNK`] documents each, in document
/// (name) order.
/// What a result card shows: slug, name, summary, kind, the names of its neighbourhoods
/// (none: the whole municipality), the languages it helps in besides Dutch, walk-in, and
/// the phone number as written.
fn card(site: &Site, p: &steunwijzer_core::model::Provider) -> Value {
    let hoods: Vec<&str> = p
        .neighbourhoods
        .iter()
        .filter_map(|s| site.neighbourhoods.iter().find(|n| &n.slug == s))
        .map(|n| n.name.as_str())
        .collect();
    let languages: Vec<&str> = p.languages.iter().map(String::as_str).filter(|l| *l != "nl").collect();
    let walk_in = p.contact_modes.contains(&steunwijzer_core::values::ContactMode::WalkIn);
    let phone = p.contact.phone.as_ref().map(|ph| ph.display.as_str());
    json!([
        p.slug,
        p.name,
        p.summary,
        steunwijzer_core::values::yaml_name(&p.kind),
        hoods,
        languages,
        walk_in,
        phone
    ])
}

fn chunk_files(site: &Site, out: &mut Scripts) -> Vec<String> {
    site.providers
        .chunks(CHUNK)
        .enumerate()
        .map(|(i, chunk)| {
            let docs: Vec<Value> = chunk.iter().map(|p| card(site, p)).collect();
            out.add(&format!("c-{i}"), &Value::Array(docs))
        })
        .collect()
}

/// The summaries providers give in other interface languages, as files beside the display
/// chunks, one per chunk and language that has any (`{index in the chunk: summary}`), and
/// per language a list of them (`{chunk: file}`): the entry file names only that list, so
/// it stays as small at 10,000 providers. A Dutch page loads none of them, and a site
/// without translations has none.
fn translated_files(site: &Site, out: &mut Scripts) -> BTreeMap<String, String> {
    let mut lists = BTreeMap::new();
    for lang in site.config.languages_ui.iter().filter(|l| **l != site.config.language) {
        let files: serde_json::Map<String, Value> = site
            .providers
            .chunks(CHUNK)
            .enumerate()
            .filter_map(|(i, chunk)| {
                let own: serde_json::Map<String, Value> = chunk
                    .iter()
                    .enumerate()
                    .filter_map(|(j, p)| Some((j.to_string(), json!(p.summaries.get(lang)?))))
                    .collect();
                (!own.is_empty()).then(|| {
                    (
                        i.to_string(),
                        json!(out.add(&format!("c-{i}-{lang}"), &Value::Object(own))),
                    )
                })
            })
            .collect();
        if !files.is_empty() {
            lists.insert(lang.clone(), out.add(&format!("t-{lang}"), &Value::Object(files)));
        }
    }
    lists
}

/// Filter attributes per document: life domains as bit sets (`f-`); neighbourhoods and
/// languages as lists of numbers and ways of contact as bit sets (`a-`). Returns the two
/// names.
fn filter_files(site: &Site, spoken: &[&str], out: &mut Scripts) -> (String, String) {
    let mask = |items: &[String], all: &[&str]| -> u64 {
        items
            .iter()
            .filter_map(|i| all.iter().position(|a| a == i))
            .fold(0u64, |m, i| m | (1 << i))
    };
    let masks = |all: &[&str], of: fn(&steunwijzer_core::model::Provider) -> &[String]| -> String {
        let masks: Vec<u64> = site.providers.iter().map(|p| mask(of(p), all)).collect();
        bit_string(&masks, all.len().div_ceil(6))
    };
    // Places and languages have no bound a bit mask can hold: each document's own as a
    // list of their numbers in the meta's lists.
    let numbers = |all: &[&str], of: fn(&steunwijzer_core::model::Provider) -> &[String]| -> Vec<Vec<usize>> {
        let at: std::collections::HashMap<&str, usize> = all.iter().enumerate().map(|(i, a)| (*a, i)).collect();
        site.providers
            .iter()
            .map(|p| of(p).iter().filter_map(|v| at.get(v.as_str()).copied()).collect())
            .collect()
    };
    let domains: Vec<&str> = site.life_domains.iter().map(|d| d.slug.as_str()).collect();
    let hoods: Vec<&str> = site.neighbourhoods.iter().map(|n| n.slug.as_str()).collect();
    let facets = out.add("f", &json!(masks(&domains, |p| &p.life_domains)));
    let ways = ContactMode::all();
    let contact: Vec<u64> = site
        .providers
        .iter()
        .map(|p| {
            ways.iter()
                .enumerate()
                .filter(|(_, m)| p.contact_modes.contains(m))
                .fold(0u64, |mask, (i, _)| mask | (1 << i))
        })
        .collect();
    let attrs = out.add(
        "a",
        &json!({
            "neighbourhoods": numbers(&hoods, |p| &p.neighbourhoods),
            "languages": numbers(spoken, |p| &p.languages),
            "contactModes": bit_string(&contact, 1),
        }),
    );
    (facets, attrs)
}

/// The entry file's data: settings, field statistics and the maps of the other files.
/// The words to suggest when nothing is found: `[word, [life domain indexes]]` (the client
/// folds them itself). Loaded only then.
fn known_file(lists: &SiteLists, out: &mut Scripts) -> String {
    let rows: Vec<Value> = lists
        .known_words
        .iter()
        .map(|k| json!([k.word, k.life_domains]))
        .collect();
    out.add("s", &Value::Array(rows))
}

fn meta(site: &Site, spoken: &[&str], n_docs: usize, total_tokens: &[u64], names: &Names, lists: &SiteLists) -> Value {
    let fields: Vec<Value> = TEXT_FIELDS
        .iter()
        .zip(total_tokens)
        .map(|(f, t)| {
            if f.strong {
                json!({"boost": f.boost, "tokens": t, "strong": true})
            } else {
                json!({"boost": f.boost, "tokens": t})
            }
        })
        .collect();
    let named = |slug: &'_ str, name: &'_ str| json!(Named { slug, name });
    json!({
        "version": 1,
        "docs": n_docs,
        "k1": 1.2,
        "b": 0.75,
        "fields": fields,
        "stopWords": STOP_WORDS,
        "weakWords": WEAK_WORDS,
        "maxWordBytes": MAX_WORD_BYTES,
        "weights": {"exact": query::EXACT, "prefix": query::PREFIX, "fuzzy": query::FUZZY, "part": query::PART},
        "minPartChars": compound::MIN_PART_CHARS,
        "ownTerms": lists.own_terms,
        "crisis": lists.crisis.iter().map(|terms| terms.join(" ")).collect::<Vec<_>>(),
        "maxSuggestions": query::MAX_SUGGESTIONS,
        "maxSituations": query::MAX_SITUATIONS,
        "situations": lists.situations.iter().map(|s| {
            let phrases: Vec<String> = s.phrases.iter().map(|terms| terms.join(" ")).collect();
            json!([s.link.slug, s.link.title, phrases])
        }).collect::<Vec<_>>(),
        "prefixMinChars": query::PREFIX_MIN_CHARS,
        "maxExpansions": query::MAX_EXPANSIONS,
        "maxWords": query::MAX_WORDS,
        "dict": names.dict,
        "postings": names.postings,
        "chunkSize": CHUNK,
        "chunks": names.chunks,
        "translated": names.translated,
        "facets": names.facets,
        "attrs": names.attrs,
        "known": names.known,
        "lifeDomains": site.life_domains.iter().map(|d| named(&d.slug, &d.name)).collect::<Vec<_>>(),
        // Each place with the number of the place it lies in (`up`), when it lies in one.
        "neighbourhoods": site.neighbourhoods.iter().map(|n| {
            let mut v = json!(named(&n.slug, &n.name));
            if let Some(up) = n.parent {
                v["up"] = json!(up);
            }
            v
        }).collect::<Vec<_>>(),
        "languages": spoken.iter().map(|c| named(c, languages::name_or_code(c))).collect::<Vec<_>>(),
        "contactModes": ContactMode::NAMES,
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

    /// The browser computes the field-norm table (`NORMS` in search-engine.js) instead of
    /// loading 256 numbers with every search: this is its formula, against tantivy's.
    #[test]
    fn norm_table_is_tantivys() {
        let mut v = 0u32;
        for id in 0..=255u8 {
            v = if id <= 40 {
                u32::from(id)
            } else {
                v + (2u32 << ((u32::from(id) - 41) / 8))
            };
            assert_eq!(v, tantivy::fieldnorm::FieldNormReader::id_to_fieldnorm(id), "id {id}");
        }
    }

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
