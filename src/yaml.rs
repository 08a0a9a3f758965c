//! YAML with positions.
//!
//! serde_yaml turns YAML into typed structs but forgets where each value stood, and stops
//! at the first problem. Editors need every problem with its line and column, so a
//! document is parsed twice: by serde_yaml for the values, and by yaml-rust2's event
//! parser for a map from each key path to where its key and value stand. Typed decoding is
//! then done key by key, so one bad key does not hide the next.

use std::collections::{BTreeMap, HashSet};

use serde::de::DeserializeOwned;
use serde_yaml::{Mapping, Value};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::diagnostic::{Diagnostic, Span};
use crate::suggest;

/// One step in a path to a value: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

pub type Path = Vec<Seg>;

/// `contact.address.postcode` or `life_domains[2]`, the way editors read paths.
pub fn path_to_string(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => s.push_str(&format!("[{}]", i + 1)),
        }
    }
    s
}

#[derive(Debug, Clone, Copy)]
struct Node {
    key: Option<Span>,
    value: Span,
}

/// A parsed YAML document: its value and where every part of it stands in the file.
#[derive(Debug)]
pub struct Document {
    pub value: Value,
    display: String,
    text: String,
    first_line: usize,
    nodes: BTreeMap<Path, Node>,
}

/// Parses `yaml`, which starts on line `first_line` of the file shown as `display`
/// whose full text is `file_text` (used to quote lines in messages).
pub fn parse(display: &str, file_text: &str, yaml: &str, first_line: usize) -> Result<Document, Vec<Diagnostic>> {
    let mut index = Indexer::new(first_line);
    // Parse positions first: its duplicate-key report is more precise than serde_yaml's.
    // A syntax error stops the indexer early; serde_yaml reports it below.
    let _ = Parser::new_from_str(yaml).load(&mut index, false);
    if !index.duplicates.is_empty() {
        return Err(index
            .duplicates
            .iter()
            .map(|(key, span)| {
                Diagnostic::error(display, *span, format!("the key `{key}` appears twice"))
                    .with_hint("keep one of them; a key can only be given once")
                    .with_source(file_text)
            })
            .collect());
    }
    let value: Value = match serde_yaml::from_str(yaml) {
        Ok(v) => v,
        Err(e) => {
            let span = e
                .location()
                .map(|l| Span::new(l.line() + first_line - 1, l.column(), 1))
                .unwrap_or(Span::new(first_line, 1, 1));
            let message = e.to_string();
            let message = strip_location_suffix(&message);
            return Err(vec![
                Diagnostic::error(display, span, format!("YAML syntax error: {message}"))
                    .with_hint(syntax_hint(message))
                    .with_source(file_text),
            ]);
        }
    };
    Ok(Document {
        value,
        display: display.to_string(),
        text: file_text.to_string(),
        first_line,
        nodes: index.nodes,
    })
}

fn strip_location_suffix(message: &str) -> &str {
    // serde_yaml appends " at line L column C, while parsing ..."; the prefix already gives
    // the place, and the parser's state is jargon to an editor.
    message.find(" at line ").map_or(message, |i| &message[..i])
}

fn syntax_hint(message: &str) -> String {
    if message.contains("cannot start any token") {
        "use spaces, not tabs, to indent; text that starts with a special character \
         (such as @, ` or %) needs quotes"
            .to_string()
    } else if message.contains("mapping values are not allowed") {
        "a value that contains \": \" needs quotes around it, for example \
         summary: \"Hulp bij: geld\""
            .to_string()
    } else {
        "check the indentation and that every `key: value` pair is on its own line; \
         put text with special characters between quotes"
            .to_string()
    }
}

impl Document {
    pub fn display(&self) -> &str {
        &self.display
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the document starts: used for problems about missing keys.
    pub fn start_span(&self) -> Span {
        Span::new(self.first_line.saturating_sub(1).max(1), 1, 3)
    }

    /// The span of the key at `path`, or of its value when it has no key (a list item).
    pub fn key_span(&self, path: &[Seg]) -> Span {
        self.lookup(path, |n| n.key.unwrap_or(n.value))
    }

    /// The span of the value at `path`.
    pub fn value_span(&self, path: &[Seg]) -> Span {
        self.lookup(path, |n| n.value)
    }

    fn lookup(&self, path: &[Seg], pick: impl Fn(&Node) -> Span) -> Span {
        // Fall back to the nearest ancestor: better a line near the problem than none.
        for len in (0..=path.len()).rev() {
            if let Some(node) = self.nodes.get(&path[..len]) {
                return pick(node);
            }
        }
        self.start_span()
    }

    pub fn error(&self, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.display, span, message).with_source(&self.text)
    }

    pub fn warning(&self, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(&self.display, span, message).with_source(&self.text)
    }

    /// The value at `path`, if any.
    pub fn get(&self, path: &[Seg]) -> Option<&Value> {
        let mut v = &self.value;
        for seg in path {
            v = match (seg, v) {
                (Seg::Key(k), Value::Mapping(m)) => m.get(k.as_str())?,
                (Seg::Index(i), Value::Sequence(s)) => s.get(*i)?,
                _ => return None,
            };
        }
        Some(v)
    }

    /// Decodes the mapping at `path` into `T`, a struct whose fields are all optional and
    /// that rejects unknown keys. Each key is decoded on its own, so every bad key is
    /// reported; the result holds the keys that decoded.
    pub fn decode<T: DeserializeOwned>(&self, path: &[Seg], what: &str, out: &mut Vec<Diagnostic>) -> Option<T> {
        let map = match self.get(path) {
            Some(Value::Mapping(m)) => m.clone(),
            None | Some(Value::Null) => Mapping::new(),
            Some(other) => {
                out.push(
                    self.error(
                        self.value_span(path),
                        format!("{what} must be a list of `key: value` pairs, not {}", kind_of(other)),
                    )
                    .with_hint("write one `key: value` pair per line"),
                );
                return None;
            }
        };
        let mut good = Mapping::new();
        for (k, v) in map {
            let mut single = Mapping::new();
            single.insert(k.clone(), v.clone());
            match serde_path_to_error::deserialize::<_, T>(Value::Mapping(single)) {
                Ok(_) => {
                    good.insert(k, v);
                }
                Err(e) => out.push(self.serde_error(path, e)),
            }
        }
        match serde_path_to_error::deserialize::<_, T>(Value::Mapping(good)) {
            Ok(t) => Some(t),
            Err(e) => {
                out.push(self.serde_error(path, e));
                None
            }
        }
    }

    /// Turns serde's message into one an editor can act on, located at the offending part.
    fn serde_error(&self, base: &[Seg], e: serde_path_to_error::Error<serde_yaml::Error>) -> Diagnostic {
        let mut path: Path = base.to_vec();
        for seg in e.path().iter() {
            match seg {
                serde_path_to_error::Segment::Map { key } => path.push(Seg::Key(key.clone())),
                serde_path_to_error::Segment::Seq { index } => path.push(Seg::Index(*index)),
                _ => {}
            }
        }
        let raw = e.inner().to_string();
        let shown = path_to_string(&path);
        let parent = path_to_string(&path[..path.len().saturating_sub(1)]);
        if let Some(rest) = raw.strip_prefix("unknown field `") {
            let (field, expected) = split_backticked(rest);
            let place = if parent.is_empty() {
                String::new()
            } else {
                format!(" in `{parent}`")
            };
            let hint = match suggest::did_you_mean(&field, expected.iter().map(String::as_str)) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("allowed keys here: {}", expected.join(", ")),
            };
            return self
                .error(self.key_span(&path), format!("unknown key `{field}`{place}"))
                .with_hint(hint);
        }
        if let Some(rest) = raw.strip_prefix("unknown variant `") {
            let (variant, expected) = split_backticked(rest);
            let hint = match suggest::did_you_mean(&variant, expected.iter().map(String::as_str)) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("choose one of: {}", expected.join(", ")),
            };
            return self
                .error(
                    self.value_span(&path),
                    format!("`{variant}` is not a valid value for `{shown}`"),
                )
                .with_hint(hint);
        }
        if let Some(rest) = raw.strip_prefix("missing field `") {
            let field = rest.split('`').next().unwrap_or(rest);
            let where_ = if shown.is_empty() {
                what_root()
            } else {
                format!("`{shown}`")
            };
            return self
                .error(self.key_span(&path), format!("{where_} is missing the key `{field}`"))
                .with_hint(format!("add `{field}: ...` under it"));
        }
        if let Some((found, expected)) = raw
            .strip_prefix("invalid type: ")
            .and_then(|r| r.split_once(", expected "))
        {
            let hint = type_hint(expected, found);
            return self
                .error(
                    self.value_span(&path),
                    format!(
                        "`{shown}` must be {}, but it is {}",
                        plain_type(expected),
                        plain_type(found)
                    ),
                )
                .with_hint_opt(hint);
        }
        // Our own value types (dates, times) explain themselves.
        self.error(self.value_span(&path), format!("`{shown}`: {raw}"))
    }
}

fn what_root() -> String {
    "the front matter".to_string()
}

/// serde's type words in the words of an editor.
fn plain_type(t: &str) -> String {
    let t = t
        .replace("a string", "text")
        .replace("string ", "the text ")
        .replace("a boolean", "true or false")
        .replace("boolean ", "")
        .replace("a sequence", "a list")
        .replace("sequence", "a list")
        .replace("integer ", "the number ")
        .replace("floating point ", "the number ")
        .replace("unit value", "empty")
        .replace('`', "");
    if t.starts_with("struct ") || t.starts_with("map") {
        "a group of `key: value` lines".to_string()
    } else {
        t
    }
}

fn type_hint(expected: &str, found: &str) -> Option<String> {
    if expected.contains("boolean") {
        Some("write `true` or `false`".to_string())
    } else if expected.starts_with("a sequence") {
        Some("write a list, for example `[wonen, werk]`, or one `- item` per line".to_string())
    } else if expected.contains("string") && (found.starts_with("integer") || found.starts_with("floating")) {
        Some("put the value between quotes, for example \"023 123 45 67\"".to_string())
    } else if expected.starts_with("struct") || expected.starts_with("a map") {
        Some("write `key: value` pairs on the lines below it, indented".to_string())
    } else {
        None
    }
}

/// Splits "`name`, expected one of `a`, `b`" into ("name", ["a", "b"]) (the leading
/// backtick already removed).
fn split_backticked(rest: &str) -> (String, Vec<String>) {
    let mut parts = rest.split('`');
    let name = parts.next().unwrap_or_default().to_string();
    let expected = parts
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_string())
        .collect();
    (name, expected)
}

pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "empty",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a list of key: value pairs",
        Value::Tagged(_) => "a tagged value",
    }
}

enum Frame {
    Map {
        path: Path,
        key: Option<(String, Span)>,
        seen: HashSet<String>,
    },
    Seq {
        path: Path,
        next: usize,
    },
}

struct Indexer {
    first_line: usize,
    stack: Vec<Frame>,
    nodes: BTreeMap<Path, Node>,
    duplicates: Vec<(String, Span)>,
}

impl Indexer {
    fn new(first_line: usize) -> Self {
        Indexer {
            first_line,
            stack: Vec::new(),
            nodes: BTreeMap::new(),
            duplicates: Vec::new(),
        }
    }

    fn span(&self, mark: Marker, len: usize) -> Span {
        Span::new(mark.line() + self.first_line - 1, mark.col() + 1, len)
    }

    /// Places a node (scalar or the start of a collection); returns its path if it is a
    /// value, or None if it is a mapping key.
    fn place(&mut self, span: Span, scalar: Option<&str>) -> Option<Path> {
        match self.stack.last_mut() {
            None => {
                self.nodes.insert(Vec::new(), Node { key: None, value: span });
                Some(Vec::new())
            }
            Some(Frame::Seq { path, next }) => {
                let mut p = path.clone();
                p.push(Seg::Index(*next));
                *next += 1;
                self.nodes.insert(p.clone(), Node { key: None, value: span });
                Some(p)
            }
            Some(Frame::Map { path, key, seen }) => match key.take() {
                None => {
                    let name = scalar.unwrap_or("?").to_string();
                    if !seen.insert(name.clone()) {
                        self.duplicates.push((name.clone(), span));
                    }
                    *key = Some((name, span));
                    None
                }
                Some((name, key_span)) => {
                    let mut p = path.clone();
                    p.push(Seg::Key(name));
                    // A nested mapping's own marker points past its first key, so its key
                    // stands for it.
                    let value = if scalar.is_some() { span } else { key_span };
                    self.nodes.insert(
                        p.clone(),
                        Node {
                            key: Some(key_span),
                            value,
                        },
                    );
                    Some(p)
                }
            },
        }
    }
}

impl MarkedEventReceiver for Indexer {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, style, _, _) => {
                let quotes = match style {
                    TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted => 2,
                    _ => 0,
                };
                let len = value.lines().next().unwrap_or("").chars().count() + quotes;
                let span = self.span(mark, len);
                self.place(span, Some(&value));
            }
            Event::Alias(_) => {
                let span = self.span(mark, 1);
                self.place(span, Some("*"));
            }
            Event::SequenceStart(..) => {
                let span = self.span(mark, 1);
                let path = self.place(span, None).unwrap_or_else(|| vec![Seg::Key("?".into())]);
                self.stack.push(Frame::Seq { path, next: 0 });
            }
            Event::MappingStart(..) => {
                let span = self.span(mark, 1);
                let path = self.place(span, None).unwrap_or_else(|| vec![Seg::Key("?".into())]);
                self.stack.push(Frame::Map {
                    path,
                    key: None,
                    seen: HashSet::new(),
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Contact {
        phone: Option<String>,
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: Option<String>,
        free: Option<bool>,
        tags: Option<Vec<String>>,
        contact: Option<Contact>,
    }

    fn doc(yaml: &str) -> Document {
        parse("f.md", yaml, yaml, 1).unwrap()
    }

    #[test]
    fn indexes_keys_values_and_items() {
        let d = doc("name: 'x'\ntags: [a, bb]\ncontact:\n  phone: \"023\"\n");
        assert_eq!(d.key_span(&[Seg::Key("name".into())]), Span::new(1, 1, 4));
        assert_eq!(d.value_span(&[Seg::Key("name".into())]), Span::new(1, 7, 3));
        assert_eq!(
            d.value_span(&[Seg::Key("tags".into()), Seg::Index(1)]),
            Span::new(2, 11, 2)
        );
        let phone = [Seg::Key("contact".into()), Seg::Key("phone".into())];
        assert_eq!(d.value_span(&phone), Span::new(4, 10, 5));
    }

    #[test]
    fn block_lists_are_indexed() {
        let d = doc("tags:\n  - a\n  - woonen\n");
        assert_eq!(
            d.value_span(&[Seg::Key("tags".into()), Seg::Index(1)]),
            Span::new(3, 5, 6)
        );
    }

    #[test]
    fn decode_reports_every_bad_key() {
        let d = doc("name: x\nfree: ja\nnaam: y\ncontact:\n  fax: 1\n");
        let mut out = Vec::new();
        let got: Doc = d.decode(&[], "front matter", &mut out).unwrap();
        assert_eq!(got.name.as_deref(), Some("x"));
        let msgs: Vec<String> = out
            .iter()
            .map(|d| format!("{}:{} {}", d.span.line, d.span.col, d.message))
            .collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert!(
            msgs[0].starts_with("2:7 `free` must be true or false, but it is the text \"ja\""),
            "{msgs:?}"
        );
        assert!(msgs[1].starts_with("3:1 unknown key `naam`"), "{msgs:?}");
        assert_eq!(out[1].hint.as_deref(), Some("did you mean `name`?"));
        assert!(msgs[2].starts_with("5:3 unknown key `fax` in `contact`"), "{msgs:?}");
    }

    #[test]
    fn duplicate_keys_are_located() {
        let err = parse("f.md", "a: 1\nb: 2\na: 3\n", "a: 1\nb: 2\na: 3\n", 1).unwrap_err();
        assert_eq!(err[0].span.line, 3);
        assert!(err[0].message.contains("`a` appears twice"));
    }

    #[test]
    fn syntax_errors_are_located_with_offset() {
        let err = parse("f.md", "", "a: b: c\n", 2).unwrap_err();
        assert_eq!((err[0].span.line, err[0].span.col), (2, 5));
        assert!(
            err[0]
                .message
                .starts_with("YAML syntax error: mapping values are not allowed")
        );
        assert!(!err[0].message.contains("at line"));
    }

    #[test]
    fn numbers_where_text_is_expected_get_a_quote_hint() {
        let d = doc("contact:\n  phone: 12345\n");
        let mut out = Vec::new();
        let _: Option<Doc> = d.decode(&[], "front matter", &mut out);
        assert!(out[0].hint.as_deref().unwrap_or("").contains("quotes"));
        assert_eq!(out[0].span.line, 2);
    }
}
