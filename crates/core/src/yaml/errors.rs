//! serde's messages about a value, in the words of an editor and located at the
//! offending key or value.

use serde_yaml::Value;

use super::{Document, KeyPath, Seg, path_to_string};
use crate::diagnostic::{Code, Diagnostic};
use crate::suggest;

impl Document {
    /// Turns serde's message into one an editor can act on, located at the offending part.
    pub(super) fn serde_error(&self, base: &[Seg], e: &serde_path_to_error::Error<serde_yaml::Error>) -> Diagnostic {
        let mut path: KeyPath = base.to_vec();
        for seg in e.path() {
            match seg {
                serde_path_to_error::Segment::Map { key } => path.push(Seg::Key(key.clone())),
                serde_path_to_error::Segment::Seq { index } => path.push(Seg::Index(*index)),
                _ => {}
            }
        }
        self.serde_error_at(&path, e)
    }

    /// [`Self::serde_error`], located at `path` instead of serde's own path.
    pub(super) fn serde_error_at(&self, path: &[Seg], e: &serde_path_to_error::Error<serde_yaml::Error>) -> Diagnostic {
        let raw = e.inner().to_string();
        if let Some(rest) = raw.strip_prefix("unknown field `") {
            return self.unknown_key(path, rest);
        }
        if let Some(rest) = raw.strip_prefix("unknown variant `") {
            return self.unknown_value(path, rest);
        }
        let shown = path_to_string(path);
        if let Some(rest) = raw.strip_prefix("missing field `") {
            let field = rest.split('`').next().unwrap_or(rest);
            let where_ = if shown.is_empty() {
                "the front matter".to_string()
            } else {
                format!("`{shown}`")
            };
            return self
                .error(
                    Code::MissingKey,
                    self.key_span(path),
                    format!("{where_} is missing the key `{field}`"),
                )
                .with_hint(format!("add `{field}: ...` under it"));
        }
        if let Some((found, expected)) = raw
            .strip_prefix("invalid type: ")
            .and_then(|r| r.split_once(", expected "))
        {
            let message = format!(
                "`{shown}` must be {}, but it is {}",
                plain_type(expected),
                plain_type(found)
            );
            return self
                .error(Code::WrongType, self.value_span(path), message)
                .with_hint_opt(type_hint(expected, found));
        }
        if let Some((found, expected)) = raw
            .strip_prefix("invalid value: ")
            .and_then(|r| r.split_once(", expected "))
        {
            let (message, hint) = invalid_value(&shown, found, expected);
            return self
                .error(Code::InvalidValue, self.value_span(path), message)
                .with_hint(hint);
        }
        // Our own value types (dates, times) explain themselves, with a hint on a second line.
        let (message, hint) = raw.split_once('\n').map_or((raw.as_str(), None), |(m, h)| (m, Some(h)));
        self.error(
            Code::InvalidValue,
            self.value_span(path),
            format!("`{shown}`: {message}"),
        )
        .with_hint_opt(hint.map(str::to_string))
    }

    /// serde's "unknown field `naam`, expected one of `name`, ..." (the prefix removed).
    fn unknown_key(&self, path: &[Seg], rest: &str) -> Diagnostic {
        let (field, expected) = split_backticked(rest);
        let parent = path_to_string(&path[..path.len().saturating_sub(1)]);
        let place = if parent.is_empty() {
            String::new()
        } else {
            format!(" in `{parent}`")
        };
        let allowed = expected.iter().map(String::as_str);
        let hint = suggest::glossary_hint(&field, allowed.clone())
            .unwrap_or_else(|| suggest::hint(&field, allowed, "allowed keys here"));
        self.error(
            Code::UnknownKey,
            self.key_span(path),
            format!("unknown key `{field}`{place}"),
        )
        .with_hint(hint)
    }

    /// serde's "unknown variant `zzp`, expected one of `union`, ..." (the prefix removed).
    fn unknown_value(&self, path: &[Seg], rest: &str) -> Diagnostic {
        let (variant, expected) = split_backticked(rest);
        let allowed = expected.iter().map(String::as_str);
        let hint = suggest::glossary_hint(&variant, allowed.clone())
            .unwrap_or_else(|| suggest::hint(&variant, allowed, "choose one of"));
        self.error(
            Code::UnknownValue,
            self.value_span(path),
            format!("`{variant}` is not a valid value for `{}`", path_to_string(path)),
        )
        .with_hint(hint)
    }
}

/// serde's "invalid value: integer `-1`, expected u32" for a number out of range.
fn invalid_value(shown: &str, found: &str, expected: &str) -> (String, String) {
    let number = found.split('`').nth(1).unwrap_or(found);
    if matches!(expected, "u8" | "u16" | "u32" | "u64" | "usize") {
        let message = if number.starts_with('-') {
            format!("`{shown}` must be a whole number of 0 or more, not {number}")
        } else {
            format!("`{shown}` is {number}, which is far too large")
        };
        return (message, "give a whole number such as 12".to_string());
    }
    (
        format!("`{shown}` cannot be {number}"),
        format!("give {}", plain_type(expected)),
    )
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

pub(crate) fn kind_of(v: &Value) -> &'static str {
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
