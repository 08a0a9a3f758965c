//! serde's messages about a value, in the words of an editor and located at the
//! offending key or value.

use serde_yaml::Value;

use super::{Document, KeyPath, Seg, path_to_string};
use crate::diagnostic::{Code, Diagnostic, Msg};
use crate::{msg, suggest};

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
            let message = if shown.is_empty() {
                msg!("missing-key-at-the-top", field)
            } else {
                msg!("missing-key", parent = shown, field)
            };
            return self
                .error(Code::MissingKey, self.key_span(path), message)
                .with_hint(msg!("add-under", field));
        }
        if let Some((found, expected)) = raw
            .strip_prefix("invalid type: ")
            .and_then(|r| r.split_once(", expected "))
        {
            let message = msg!(
                "must-but",
                shown,
                expected = plain_type(expected),
                found = plain_type(found)
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
        // Our own value types (dates, times) explain themselves, with a hint on a second
        // line, as messages `Msg::encode` wrote; anything else is the library's own text.
        let (message, hint) = raw.split_once('\n').map_or((raw.as_str(), None), |(m, h)| (m, Some(h)));
        let said = |text: &str| Msg::decode(text).unwrap_or_else(|| Msg::verbatim(text));
        self.error(
            Code::InvalidValue,
            self.value_span(path),
            msg!("value-of-key", key = shown, problem = said(message)),
        )
        .with_hint_opt(hint.map(said))
    }

    /// serde's "unknown field `naam`, expected one of `name`, ..." (the prefix removed).
    fn unknown_key(&self, path: &[Seg], rest: &str) -> Diagnostic {
        let (field, expected) = split_backticked(rest);
        let parent = path_to_string(&path[..path.len().saturating_sub(1)]);
        let message = if parent.is_empty() {
            msg!("unknown-key", field)
        } else {
            msg!("unknown-key-in", field, parent)
        };
        let allowed = expected.iter().map(String::as_str);
        let hint = suggest::glossary_hint(&field, allowed.clone())
            .unwrap_or_else(|| suggest::hint(&field, allowed, suggest::Otherwise::AllowedKeys));
        self.error(Code::UnknownKey, self.key_span(path), message)
            .with_hint(hint)
    }

    /// serde's "unknown variant `zzp`, expected one of `union`, ..." (the prefix removed).
    fn unknown_value(&self, path: &[Seg], rest: &str) -> Diagnostic {
        let (variant, expected) = split_backticked(rest);
        let allowed = expected.iter().map(String::as_str);
        let hint = suggest::glossary_hint(&variant, allowed.clone())
            .unwrap_or_else(|| suggest::hint(&variant, allowed, suggest::Otherwise::ChooseOneOf));
        self.error(
            Code::UnknownValue,
            self.value_span(path),
            msg!("not-valid-value-for", variant, key = path_to_string(path)),
        )
        .with_hint(hint)
    }
}

/// serde's "invalid value: integer `-1`, expected u32" for a number out of range.
fn invalid_value(shown: &str, found: &str, expected: &str) -> (Msg, Msg) {
    let number = found.split('`').nth(1).unwrap_or(found);
    if matches!(expected, "u8" | "u16" | "u32" | "u64" | "usize") {
        let message = if number.starts_with('-') {
            msg!("must-whole-number-more-not", shown, number)
        } else {
            msg!("which-far-too-large", shown, number)
        };
        return (message, msg!("give-whole-number-such-as-12"));
    }
    (
        msg!("cannot-be", shown, number),
        msg!("give-type", expected = plain_type(expected)),
    )
}

/// serde's type words ("a string", "integer `12`", "struct Contact") in the words of an
/// editor, in their language.
fn plain_type(t: &str) -> Msg {
    let t = t.trim();
    // Our own value types name what they expect as a message (`date::text_value!`).
    if let Some(said) = Msg::decode(t) {
        return said;
    }
    let bare = |v: &str| v.replace('`', "");
    if let Some(v) = t.strip_prefix("string ") {
        return msg!("type-the-text", value = v);
    }
    if let Some(v) = t.strip_prefix("integer ").or_else(|| t.strip_prefix("floating point ")) {
        return msg!("type-the-number", value = bare(v));
    }
    if let Some(v) = t.strip_prefix("boolean ") {
        return msg!("type-plain", value = bare(v));
    }
    match t {
        "u8" | "u16" | "u32" | "u64" | "usize" => msg!("type-whole-number"),
        "a string" => msg!("type-text"),
        "a boolean" => msg!("type-true-or-false"),
        "a sequence" | "sequence" => msg!("type-a-list"),
        "unit value" => msg!("type-empty"),
        _ if t.starts_with("struct ") || t.starts_with("map") || t.starts_with("a map") => msg!("type-a-group"),
        _ => msg!("type-plain", value = bare(t)),
    }
}

fn type_hint(expected: &str, found: &str) -> Option<Msg> {
    if Msg::decode(expected).is_some_and(|m| m.id() == "type-a-time") {
        Some(msg!("time-hint"))
    } else if expected.contains("boolean") {
        Some(msg!("write-true-false"))
    } else if expected.starts_with("a sequence") {
        Some(msg!("write-list-for-example-wonen-werk"))
    } else if matches!(expected, "u8" | "u16" | "u32" | "u64" | "usize") {
        Some(msg!("give-whole-number-such-as-12"))
    } else if expected.contains("string") && (found.starts_with("integer") || found.starts_with("floating")) {
        Some(msg!("put-value-between-quotes-for-example"))
    } else if expected.starts_with("struct") || expected.starts_with("a map") {
        Some(msg!("write-key-value-pairs-lines-below"))
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

/// What kind of value `v` is, in the words of an editor.
pub(crate) fn kind_of(v: &Value) -> Msg {
    match v {
        Value::Null => msg!("type-empty"),
        Value::Bool(_) => msg!("type-true-or-false"),
        Value::Number(_) => msg!("kind-a-number"),
        Value::String(_) => msg!("type-text"),
        Value::Sequence(_) => msg!("type-a-list"),
        Value::Mapping(_) => msg!("kind-key-value-pairs"),
        Value::Tagged(_) => msg!("kind-tagged"),
    }
}
