//! YAML with positions.
//!
//! `serde_yaml` turns YAML into typed structs but forgets where each value stood, and stops
//! at the first problem. Editors need every problem with its line and column, so a
//! document is parsed twice: by `serde_yaml` for the values, and by yaml-rust2's event
//! parser for a map from each key path to where its key and value stand
//! (`positions`). Typed decoding is then done key by key, so one bad key does not hide the
//! next; serde's messages are put in an editor's words (`errors`).

mod errors;
mod items;
mod positions;

use crate::msg;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::de::DeserializeOwned;
use serde_yaml::{Mapping, Value};

use crate::diagnostic::{Code, Diagnostic, Diagnostics, Msg, Span};
pub(crate) use errors::kind_of;
use positions::Node;

/// One step in a path to a value: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

/// The way from the top of a document to one of its values.
pub(crate) type KeyPath = Vec<Seg>;

/// The path of a top-level key.
pub(crate) fn key(name: &str) -> KeyPath {
    vec![Seg::Key(name.to_string())]
}

/// The path of a nested key (`contact.phone`).
pub(crate) fn keys(names: &[&str]) -> KeyPath {
    names.iter().map(|n| Seg::Key((*n).to_string())).collect()
}

/// The path of item `i` of a top-level list.
pub(crate) fn item(name: &str, i: usize) -> KeyPath {
    vec![Seg::Key(name.to_string()), Seg::Index(i)]
}

/// `contact.address.postcode` or `life_domains[2]`, the way editors read paths.
pub(crate) fn path_to_string(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => {
                let _ = write!(s, "[{}]", i + 1);
            }
        }
    }
    s
}

/// A parsed YAML document: its value and where every part of it stands in the file.
#[derive(Debug)]
pub struct Document {
    /// The parsed document.
    pub value: Value,
    display: String,
    text: String,
    first_line: usize,
    nodes: BTreeMap<KeyPath, Node>,
}

/// Parses `yaml`, which starts on line `first_line` of the file shown as `display`
/// whose full text is `file_text` (used to quote lines in messages).
pub fn parse(display: &str, file_text: &str, yaml: &str, first_line: usize) -> Result<Document, Diagnostics> {
    if let Some(too_big) = limits(display, file_text, yaml, first_line) {
        return Err(too_big.into());
    }
    // Positions first: their duplicate-key report is more precise than serde_yaml's.
    let positions = positions::read(yaml, first_line);
    if let Some((limit, span)) = positions.over_limit {
        let (message, hint) = match limit {
            positions::Limit::Depth => (
                msg!("lists-keys-are-nested-more-than", max_depth = positions::MAX_DEPTH),
                msg!("format-needs-at-most-three-levels"),
            ),
            positions::Limit::Nodes => (
                msg!("file-holds-more-than-values", max_nodes = positions::MAX_NODES),
                msg!("split-list-remove-repeated-values"),
            ),
        };
        let d = Diagnostic::error(Code::TooLarge, display, span, message).with_hint(hint);
        return Err(d.with_source(file_text).into());
    }
    if !positions.hidden.is_empty() {
        return Err(hidden_values(display, file_text, &positions.hidden));
    }
    if !positions.duplicates.is_empty() {
        return Err(positions
            .duplicates
            .iter()
            .map(|(key, span)| {
                Diagnostic::error(Code::DuplicateKey, display, *span, msg!("key-appears-twice", key))
                    .with_hint(msg!("keep-one-them-key-can-only"))
                    .with_source(file_text)
            })
            .collect());
    }
    let value: Value = serde_yaml::from_str(yaml).map_err(|e| syntax_error(display, file_text, first_line, &e))?;
    Ok(Document {
        value,
        display: display.to_string(),
        text: file_text.to_string(),
        first_line,
        nodes: positions.nodes,
    })
}

/// A list or mapping that holds nothing but empty ones.
fn is_empty(v: &Value) -> bool {
    match v {
        Value::Sequence(s) => s.iter().all(is_empty),
        Value::Mapping(m) => m.values().all(is_empty),
        _ => false,
    }
}

/// At most this many repairs of a document after syntax errors.
const MAX_REPAIRS: usize = 10;

/// Parses `yaml` like [`parse`], and after a syntax error goes on with the line that
/// caused it repaired, so that one run reports every problem of the file, not just the
/// first: a tab in its indent made two spaces, else its value quoted as written (`summary:
/// Hulp bij: geld`), else the line left out. The errors go to `out`; what could be read
/// is returned (None when nothing could).
pub(crate) fn parse_recovering(
    display: &str,
    file_text: &str,
    yaml: &str,
    first_line: usize,
    out: &mut Diagnostics,
) -> Option<Document> {
    let mut text = yaml.to_string();
    let mut repaired: Vec<usize> = Vec::new();
    while repaired.len() <= MAX_REPAIRS {
        let ds = match parse(display, file_text, &text, first_line) {
            Ok(doc) => {
                out.extend(smart_quotes(display, file_text, yaml, first_line));
                return Some(doc);
            }
            Err(ds) => ds,
        };
        let syntax = ds.iter().all(|d| d.code == Code::YamlSyntax);
        let line = ds.iter().next().map(|d| d.span.line.saturating_sub(first_line));
        // A line repaired once and still wrong says nothing new: it is only left out.
        let again = line.is_some_and(|l| repaired.contains(&l));
        if !again {
            out.append(ds);
        }
        let line = line.filter(|_| syntax)?;
        text = repair(&text, line, again)?;
        repaired.push(line);
    }
    None
}

/// `yaml` with line `index` (from 0) repaired: the tabs of its indent made spaces, or its
/// value quoted, or (`blank`, or when it is neither) the line left empty. The other lines
/// stay where they were.
fn repair(yaml: &str, index: usize, blank: bool) -> Option<String> {
    let mut lines: Vec<String> = yaml.split_inclusive('\n').map(str::to_string).collect();
    let line = lines.get_mut(index)?;
    let end = if line.ends_with('\n') { "\n" } else { "" };
    let content = line.trim_end_matches('\n');
    let rest = content.trim_start_matches([' ', '\t']);
    let indent = &content[..content.len() - rest.len()];
    let quoted = rest.split_once(": ").filter(|(key, value)| {
        !key.is_empty() && !key.contains([' ', '"', '\'', '#']) && !value.trim().starts_with('\'')
    });
    *line = match quoted {
        _ if blank => end.to_string(),
        _ if indent.contains('\t') => format!("{}{rest}{end}", indent.replace('\t', "  ")),
        Some((key, value)) => format!("{indent}{key}: '{}'{end}", value.trim().replace('\'', "''")),
        None => end.to_string(),
    };
    Some(lines.concat())
}

/// A warning for each value wrapped in curly quotes, as a word processor makes of
/// `"…"`: YAML reads them as part of the text.
fn smart_quotes(display: &str, file_text: &str, yaml: &str, first_line: usize) -> Vec<Diagnostic> {
    const OPEN: [char; 5] = ['“', '„', '‘', '‚', '«'];
    const CLOSE: [char; 5] = ['”', '“', '’', '‘', '»'];
    let mut found = Vec::new();
    for (i, line) in yaml.lines().enumerate() {
        let trimmed = line.trim_start();
        let rest = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        let value = rest.split_once(": ").map_or(rest, |(_, v)| v).trim();
        let (Some(first), Some(last)) = (value.chars().next(), value.chars().last()) else {
            continue;
        };
        if value.chars().count() > 1 && OPEN.contains(&first) && CLOSE.contains(&last) {
            let column = line[..line.len() - value.len() - (line.len() - line.trim_end().len())]
                .chars()
                .count()
                + 1;
            found.push(
                Diagnostic::warning(
                    Code::SmartQuotes,
                    display,
                    Span::new(first_line + i, column, value.chars().count()),
                    msg!("value-in-smart-quotes"),
                )
                .with_hint(msg!("use-straight-quotes"))
                .with_source(file_text),
            );
        }
    }
    found
}

/// An error for each value that holds a control, bidi or invisible character once its
/// escapes are decoded.
fn hidden_values(display: &str, file_text: &str, hidden: &[(Span, char)]) -> Diagnostics {
    hidden
        .iter()
        .map(|(span, c)| {
            Diagnostic::error(
                Code::HiddenCharacter,
                display,
                *span,
                msg!(
                    "value-holds-invisible-character-written-as",
                    char_name = crate::text::char_name(*c)
                ),
            )
            .with_hint(msg!("remove-escape-that-starts-with-backslash"))
            .with_source(file_text)
        })
        .collect()
}

/// The largest YAML document read, in bytes: list files of a large municipality fit many
/// times over.
pub const MAX_BYTES: usize = 512 * 1024;

/// The longest line of YAML, in characters: a summary or description fits easily.
pub(crate) const MAX_LINE: usize = 2_000;

/// Size and line-length limits, checked before the YAML is parsed.
fn limits(display: &str, file_text: &str, yaml: &str, first_line: usize) -> Option<Diagnostic> {
    if yaml.len() > MAX_BYTES {
        let d = Diagnostic::error(
            Code::TooLarge,
            display,
            Span::new(first_line, 1, 1),
            msg!(
                "yaml-kb-at-most-kb-read",
                size = yaml.len() / 1024,
                max = MAX_BYTES / 1024
            ),
        );
        return Some(d.with_hint(msg!("split-file-remove-text-that-does")));
    }
    if let Some(d) = flow_depth(display, file_text, yaml, first_line) {
        return Some(d);
    }
    let (i, line) = yaml
        .lines()
        .enumerate()
        .find(|(_, l)| l.len() > MAX_LINE && l.chars().count() > MAX_LINE)?;
    let d = Diagnostic::error(
        Code::TooLarge,
        display,
        Span::new(first_line + i, MAX_LINE + 1, 1),
        msg!(
            "line-characters-long-at-most-are",
            count = line.chars().count(),
            max_line = MAX_LINE
        ),
    );
    Some(
        d.with_hint(msg!("put-long-text-markdown-below-front"))
            .with_source(file_text),
    )
}

/// Brackets nested deeper than the positions reader allows: the YAML parsers recurse on
/// them, so they are counted in the text first. Quotes and comments are skipped; a
/// bracket inside plain text can only make the count too high, which takes a text far
/// stranger than any provider's to matter.
fn flow_depth(display: &str, file_text: &str, yaml: &str, first_line: usize) -> Option<Diagnostic> {
    for (i, line) in yaml.lines().enumerate() {
        let mut depth = 0usize;
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if matches!(previous, ' ' | '[' | '{' | ',' | ':') => quote = Some(c),
                (None, '#') if previous == ' ' => break,
                (None, '[' | '{') => depth += 1,
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > positions::MAX_DEPTH {
                let d = Diagnostic::error(
                    Code::TooLarge,
                    display,
                    Span::new(first_line + i, col + 1, 1),
                    msg!("lists-keys-are-nested-more-than", max_depth = positions::MAX_DEPTH),
                );
                return Some(d.with_hint(msg!("check-the-brackets")).with_source(file_text));
            }
            previous = c;
        }
    }
    None
}

fn syntax_error(display: &str, file_text: &str, first_line: usize, e: &serde_yaml::Error) -> Diagnostics {
    let full = e.to_string();
    if let Some(span) = opening_quote(&full, first_line) {
        return Diagnostic::error(Code::YamlSyntax, display, span, msg!("quote-never-closed"))
            .with_hint(msg!("end-text-with-same-quote-mark"))
            .with_source(file_text)
            .into();
    }
    let span = e.location().map_or(Span::new(first_line, 1, 1), |l| {
        Span::new(l.line() + first_line - 1, l.column(), 1)
    });
    let indent = file_text.lines().nth(span.line.saturating_sub(1)).map(|l| {
        let rest = l.trim_start_matches([' ', '\t']);
        &l[..l.len() - rest.len()]
    });
    if indent.is_some_and(|i| i.contains('\t')) {
        return Diagnostic::error(
            Code::YamlSyntax,
            display,
            Span::new(span.line, 1, 1),
            msg!("line-indented-with-tab"),
        )
        .with_hint(msg!("indent-with-spaces-yaml-does-not"))
        .with_source(file_text)
        .into();
    }
    if let Some(open) = quote_left_open(file_text, first_line, span.line) {
        return Diagnostic::error(Code::YamlSyntax, display, open, msg!("quote-not-closed-line"))
            .with_hint(msg!("quote-open-on-line-hint"))
            .with_source(file_text)
            .into();
    }
    let message = strip_location_suffix(&full);
    Diagnostic::error(Code::YamlSyntax, display, span, syntax_message(message))
        .with_hint(syntax_hint(message))
        .with_source(file_text)
        .into()
}

/// The first value between the front matter's start and the line the parser stopped at
/// that opens a quote and does not close it on its line. YAML lets a quoted text run on
/// over the next lines, so `summary: "Hulp bij geld` swallows keys until the next quote
/// and the parser complains far below; in front matter that is always a slip.
fn quote_left_open(file_text: &str, first_line: usize, error_line: usize) -> Option<Span> {
    let lines = file_text.lines().enumerate().skip(first_line.saturating_sub(1));
    for (i, line) in lines.take(error_line.saturating_sub(first_line) + 1) {
        let Some(at) = value_start(line) else { continue };
        let value = &line[at..];
        let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
        if !closes(&value[1..], quote) {
            return Some(Span::new(i + 1, line[..at].chars().count() + 1, 1));
        }
    }
    None
}

/// Where the value of a `key: value` or `- value` line starts, when it starts with a quote.
fn value_start(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    let after_dash = trimmed.strip_prefix("- ").map_or(0, |_| 2);
    let rest = &trimmed[after_dash..];
    let value_at = if rest.starts_with(['"', '\'']) {
        indent + after_dash
    } else {
        let colon = rest.find(": ")?;
        let key = &rest[..colon];
        if key.contains(['"', '\'', '#']) {
            return None;
        }
        let value = &rest[colon + 2..];
        indent + after_dash + colon + 2 + (value.len() - value.trim_start().len())
    };
    line[value_at..].starts_with(['"', '\'']).then_some(value_at)
}

/// Whether `rest` (what follows an opening `quote`) holds its closing quote: `\"` does not
/// close a double-quoted text, `''` does not close a single-quoted one.
fn closes(rest: &str, quote: char) -> bool {
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            '\'' if quote == '\'' && chars.peek() == Some(&'\'') => {
                chars.next();
            }
            c if c == quote => return true,
            _ => {}
        }
    }
    false
}

/// Where an unclosed quote opens: the parser reports where the file ended, "while
/// scanning a quoted scalar at line L column C" names the real cause.
fn opening_quote(message: &str, first_line: usize) -> Option<Span> {
    let rest = message.split("while scanning a quoted scalar at line ").nth(1)?;
    let (line, rest) = rest.split_once(" column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some(Span::new(
        line.parse::<usize>().ok()? + first_line - 1,
        column.parse().ok()?,
        1,
    ))
}

fn strip_location_suffix(message: &str) -> &str {
    // serde_yaml appends " at line L column C, while parsing ..."; the prefix already gives
    // the place, and the parser's state is jargon to an editor.
    message.find(" at line ").map_or(message, |i| &message[..i])
}

/// The YAML parser's message in the editor's words where it is a common one; the
/// parser's own words otherwise.
fn syntax_message(message: &str) -> Msg {
    match message {
        "found character that cannot start any token" => msg!("yaml-cannot-start-token"),
        "mapping values are not allowed in this context" => msg!("yaml-mapping-not-allowed"),
        "repetition limit exceeded" => msg!("yaml-repetition-limit"),
        "did not find expected key" => msg!("yaml-expected-key"),
        "did not find expected '-' indicator" => msg!("yaml-expected-dash"),
        "could not find expected ':'" => msg!("yaml-expected-colon"),
        _ => msg!("yaml-syntax-error", message),
    }
}

fn syntax_hint(message: &str) -> Msg {
    if message.contains("cannot start any token") {
        msg!("use-spaces-not-tabs-indent-text")
    } else if message.contains("mapping values are not allowed") {
        msg!("value-that-contains-needs-quotes-around")
    } else {
        msg!("check-indentation-that-every-key-value")
    }
}

impl Document {
    /// The file's path as messages show it.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// The document below its one key `key`, as if that value were the whole document
    /// (positions stay those of the file); None when the document is not a mapping of
    /// that one key. A content management system writes a list file's items so.
    pub(crate) fn below(&self, key: &str) -> Option<Document> {
        let Value::Mapping(m) = &self.value else {
            return None;
        };
        let value = m.get(key).filter(|_| m.len() == 1)?.clone();
        let prefix = [Seg::Key(key.to_string())];
        let nodes = self
            .nodes
            .iter()
            .filter_map(|(path, node)| Some((path.strip_prefix(&prefix[..])?.to_vec(), *node)))
            .collect();
        Some(Document {
            value,
            display: self.display.clone(),
            text: self.text.clone(),
            first_line: self.first_line,
            nodes,
        })
    }

    /// Where the document starts: used for problems about missing keys.
    pub(crate) fn start_span(&self) -> Span {
        Span::new(self.first_line.saturating_sub(1).max(1), 1, 3)
    }

    /// The span of the key at `path`, or of its value when it has no key (a list item).
    pub(crate) fn key_span(&self, path: &[Seg]) -> Span {
        self.lookup(path, |n| n.key.unwrap_or(n.value))
    }

    /// The span of the value at `path`.
    pub(crate) fn value_span(&self, path: &[Seg]) -> Span {
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

    /// An error in this document, quoting the line at `span`.
    pub fn error(&self, code: Code, span: Span, message: Msg) -> Diagnostic {
        Diagnostic::error(code, &self.display, span, message).with_source(&self.text)
    }

    /// A warning in this document, quoting the line at `span`.
    pub fn warning(&self, code: Code, span: Span, message: Msg) -> Diagnostic {
        Diagnostic::warning(code, &self.display, span, message).with_source(&self.text)
    }

    /// The value at `path`, if any.
    pub(crate) fn get(&self, path: &[Seg]) -> Option<&Value> {
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

    /// True when the key at `path` is there with a value (`kind:` alone has none).
    pub(crate) fn has_value(&self, path: &[Seg]) -> bool {
        self.get(path).is_some_and(|v| !v.is_null())
    }

    /// A required text that must not be blank. A blank one is reported here; for an absent
    /// one (or one present without a value), `missing` words the report for the file's
    /// readers, or gives None when the problem is reported already.
    pub(crate) fn required_text(
        &self,
        path: &[Seg],
        value: Option<&str>,
        example: &str,
        out: &mut Diagnostics,
        missing: impl FnOnce() -> Option<Diagnostic>,
    ) -> Option<String> {
        match value.map(str::trim) {
            Some(v) if v.contains('\n') => {
                let name = path_to_string(path);
                out.push(
                    self.error(Code::InvalidValue, self.value_span(path), msg!("must-one-line", name))
                        .with_hint(msg!("write-one-line-without-longer-text", name)),
                );
                None
            }
            Some(v) if !v.is_empty() => Some(v.to_string()),
            Some(_) => {
                let name = path_to_string(path);
                out.push(
                    self.error(Code::EmptyValue, self.value_span(path), msg!("key-is-empty", name))
                        .with_hint(msg!("for-example", name, example)),
                );
                None
            }
            None => {
                out.extend(missing());
                None
            }
        }
    }

    /// Decodes the mapping at `path` into `T`, a struct whose fields are all optional and
    /// that rejects unknown keys. Each key is decoded on its own, so every bad key is
    /// reported; the result holds the keys that decoded.
    pub(crate) fn decode<T: DeserializeOwned>(&self, path: &[Seg], what: &Msg, out: &mut Diagnostics) -> Option<T> {
        let map = match self.get(path) {
            Some(Value::Mapping(m)) => m.clone(),
            None | Some(Value::Null) => Mapping::new(),
            Some(other) => {
                out.push(
                    self.error(
                        Code::WrongType,
                        self.value_span(path),
                        msg!("must-be-key-value-pairs", what = *what, kind = kind_of(other)),
                    )
                    .with_hint(msg!("one-pair-per-line")),
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
                Err(_) => {
                    let (errors, rest) = self.key_errors::<T>(path, &k, &v);
                    out.extend(errors);
                    // What was good of a mapping or list still counts, so its other
                    // problems are found now (an empty one would only add "missing").
                    if let Some(rest) = rest.filter(|r| !is_empty(r)) {
                        good.insert(k, rest);
                    }
                }
            }
        }
        match serde_path_to_error::deserialize::<_, T>(Value::Mapping(good)) {
            Ok(t) => Some(t),
            Err(e) => {
                out.push(self.serde_error(path, &e));
                None
            }
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
        let mut out = Diagnostics::new();
        let got: Doc = d.decode(&[], &msg!("what-the-front-matter"), &mut out).unwrap();
        assert_eq!(got.name.as_deref(), Some("x"));
        let out: Vec<&Diagnostic> = out.iter().collect();
        let msgs: Vec<String> = out
            .iter()
            .map(|d| format!("{}:{} {}", d.span.line, d.span.col, d.message.english()))
            .collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert!(
            msgs[0].starts_with("2:7 `free` must be true or false, but it is the text \"ja\""),
            "{msgs:?}"
        );
        assert!(msgs[1].starts_with("3:1 unknown key `naam`"), "{msgs:?}");
        assert_eq!(
            out[1].hint.as_ref().map(crate::diagnostic::Msg::english).as_deref(),
            Some("did you mean `name`?")
        );
        assert!(msgs[2].starts_with("5:3 unknown key `fax` in `contact`"), "{msgs:?}");
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Times {
        opens: Option<crate::date::ClockTime>,
        on: Option<crate::date::Date>,
    }

    /// A value type's own words (what it expects, why a text is not one) travel through
    /// serde as messages and are said wholly in the editor's language.
    #[test]
    fn value_types_speak_the_editors_language() {
        use crate::diagnostic::Language;
        let d = doc("opens: 9.30\non: 5-11-2026\n");
        let mut out = Diagnostics::new();
        let _: Option<Times> = d.decode(&[], &msg!("what-the-front-matter"), &mut out);
        let said: Vec<(String, String)> = out
            .iter()
            .map(|d| {
                (
                    d.message.say(Language::DUTCH),
                    d.hint.as_ref().map(|h| h.say(Language::DUTCH)).unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            said[0].0,
            "`opens` moet een tijd geschreven als \"UU:MM\", bijvoorbeeld \"09:00\" zijn, maar het is het getal 9.3"
        );
        assert!(
            said[0].1.starts_with("schrijf de tijd met een dubbele punt"),
            "{said:?}"
        );
        assert_eq!(said[1].0, "`on`: `5-11-2026` is geen datum geschreven als JJJJ-MM-DD");
        assert_eq!(said[1].1, "schrijf 2026-11-05 (jaar-maand-dag)");
    }

    #[test]
    fn duplicate_keys_are_located() {
        let err = parse("f.md", "a: 1\nb: 2\na: 3\n", "a: 1\nb: 2\na: 3\n", 1).unwrap_err();
        let err: Vec<&Diagnostic> = err.iter().collect();
        assert_eq!(err[0].span.line, 3);
        assert_eq!(err[0].code, Code::DuplicateKey);
        assert!(err[0].message.english().contains("`a` appears twice"));
    }

    #[test]
    fn a_quote_left_open_is_reported_where_it_opens() {
        let text = "---\nname: A\nsummary: \"Hulp bij geld\nkind: union\ncontact:\n  phone: \"023 000 00 00\"\n---\n";
        assert_eq!(quote_left_open(text, 2, 6), Some(Span::new(3, 10, 1)));
        let fine = "---\nname: 'Piet''s hulp'\nsummary: \"Een \\\"citaat\\\"\"\nlist:\n  - \"a\"\n---\n";
        assert_eq!(quote_left_open(fine, 2, 5), None);
        let item = "---\nlist:\n  - \"a\n  - b\n---\n";
        assert_eq!(quote_left_open(item, 2, 4), Some(Span::new(3, 5, 1)));
    }

    #[test]
    fn syntax_errors_are_located_with_offset() {
        let err = parse("f.md", "", "a: b: c\n", 2).unwrap_err();
        let err: Vec<&Diagnostic> = err.iter().collect();
        assert_eq!((err[0].span.line, err[0].span.col), (2, 5));
        assert!(
            err[0]
                .message
                .english()
                .starts_with("YAML syntax error: mapping values are not allowed")
        );
        assert!(!err[0].message.english().contains("at line"));
    }

    #[test]
    fn numbers_where_text_is_expected_get_a_quote_hint() {
        let d = doc("contact:\n  phone: 12345\n");
        let mut out = Diagnostics::new();
        let _: Option<Doc> = d.decode(&[], &msg!("what-the-front-matter"), &mut out);
        let out: Vec<&Diagnostic> = out.iter().collect();
        assert!(
            out[0]
                .hint
                .as_ref()
                .map(crate::diagnostic::Msg::english)
                .as_deref()
                .unwrap_or("")
                .contains("quotes")
        );
        assert_eq!(out[0].span.line, 2);
    }
}
