//! Message catalogues: the words of the interface, one Fluent file per language.
//!
//! A theme brings `locales/<language>.ftl` for each language it speaks; a site may put
//! its own `locales/<language>.ftl` beside `site.yaml`, whose messages replace the
//! theme's one by one. Fluent (projectfluent.org) is the format because it has what the
//! six languages need and gettext does not give by itself: plural categories per language
//! from CLDR (Arabic has six, Polish and Ukrainian three), named arguments a translator
//! can move within the sentence, and stable message ids instead of the Dutch sentence as
//! the key (see docs/translation.md).
//!
//! A message missing in one language is shown in the site's language (the fallback); the
//! build warns once per language with the messages it lacks. A message no catalogue has
//! is an error of the template that asks for it.

use crate::msg;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Code, Diagnostic, Diagnostics, Msg, Span};
use crate::source;

/// The starts of the messages an interface language need not have: the editors' form's
/// (`admin-field-name`, said only in the site's language) and the sign-up page's, which is
/// made in the languages that have its words.
const OPTIONAL_PREFIXES: &[&str] = &["admin-", "signup-", "js-signup-", "footer-signup"];

/// One catalogue file, in the order of its layer (the theme's before the site's).
#[derive(Debug, Clone)]
pub struct CatalogueFile {
    /// Where it comes from, for located problems.
    pub origin: String,
    /// The language code, from the file's name (`en` for `en.ftl`).
    pub lang: String,
    /// The text.
    pub text: String,
    /// Whether its messages replace those of the files before it (a site's override).
    pub overrides: bool,
}

use crate::diagnostic::Arg;

/// The messages of every language, ready to format.
pub struct Catalogue {
    fallback: String,
    bundles: BTreeMap<String, FluentBundle<Arc<FluentResource>>>,
    /// The ids of each language's messages, with the file that gives each.
    ids: BTreeMap<String, BTreeMap<String, String>>,
    /// The resources by language, in layer order (for reading messages' syntax).
    sources: BTreeMap<String, Vec<Arc<FluentResource>>>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("fallback", &self.fallback)
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// Languages written right to left, by ISO 639-1 code.
const RIGHT_TO_LEFT: &[&str] = &["ar", "dv", "fa", "he", "ks", "ku", "ps", "sd", "ug", "ur", "yi"];

/// `rtl` for a language written right to left, otherwise `ltr` (HTML's `dir`).
pub fn direction(lang: &str) -> &'static str {
    if RIGHT_TO_LEFT.contains(&lang) { "rtl" } else { "ltr" }
}

impl Catalogue {
    /// The catalogues of `files`, with `fallback` (the site's language) as the language
    /// every other one falls back to; every file that cannot be read is reported.
    pub fn load(files: &[CatalogueFile], fallback: &str) -> (Catalogue, Diagnostics) {
        let mut found = Diagnostics::new();
        let mut catalogue = Catalogue {
            fallback: fallback.to_string(),
            bundles: BTreeMap::new(),
            ids: BTreeMap::new(),
            sources: BTreeMap::new(),
        };
        for file in files {
            if let Err(d) = catalogue.add(file) {
                found.extend(d);
            }
        }
        (catalogue, found)
    }

    fn add(&mut self, file: &CatalogueFile) -> Result<(), Vec<Diagnostic>> {
        let Ok(langid) = file.lang.parse::<LanguageIdentifier>() else {
            let d = Diagnostic::file_error(
                Code::CatalogueError,
                &file.origin,
                msg!("not-language-code", code = file.lang),
            )
            .with_hint(msg!("name-catalogue-after-language-s-iso"));
            return Err(vec![d]);
        };
        let resource = match FluentResource::try_new(file.text.clone()) {
            Ok(r) => r,
            Err((_, errors)) => return Err(syntax_errors(file, &errors)),
        };
        let resource = Arc::new(resource);
        let ids = self.ids.entry(file.lang.clone()).or_default();
        let mut twice = Vec::new();
        for (id, line) in message_lines(&file.text) {
            let known = ids.insert(id.clone(), file.origin.clone());
            if known.is_some_and(|k| k == file.origin || !file.overrides) {
                twice.push(
                    Diagnostic::error(
                        Code::CatalogueError,
                        &file.origin,
                        Span::new(line, 1, id.chars().count()),
                        msg!("message-given-twice", id),
                    )
                    .with_hint(msg!("keep-one-two"))
                    .with_source(&file.text),
                );
            }
        }
        let bundle = self.bundles.entry(file.lang.clone()).or_insert_with(|| {
            let mut b = FluentBundle::new_concurrent(vec![langid]);
            // Right to left, a name or number in a sentence is isolated, so it keeps its
            // own direction; left to right the Dutch and English pages stay plain text.
            b.set_use_isolating(direction(&file.lang) == "rtl");
            b
        });
        bundle.add_resource_overriding(Arc::clone(&resource));
        self.sources.entry(file.lang.clone()).or_default().push(resource);
        if twice.is_empty() { Ok(()) } else { Err(twice) }
    }

    /// The language every other one falls back to.
    pub fn fallback(&self) -> &str {
        &self.fallback
    }

    /// Whether there is a catalogue for `lang`.
    pub fn has_language(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// Whether the message `id` exists (in `lang` or the fallback).
    pub fn has(&self, lang: &str, id: &str) -> bool {
        [lang, self.fallback.as_str()]
            .iter()
            .any(|l| self.ids.get(*l).is_some_and(|ids| ids.contains_key(id)))
    }

    /// Whether `lang`'s own catalogue (not the fallback) has the message `id`: a lookup,
    /// cheap enough for every page.
    pub fn has_own(&self, lang: &str, id: &str) -> bool {
        self.ids.get(lang).is_some_and(|ids| ids.contains_key(id))
    }

    /// The ids of `lang`'s messages.
    pub fn ids(&self, lang: &str) -> BTreeSet<&str> {
        self.ids
            .get(lang)
            .map(|ids| ids.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// The message `id` (or `id.attribute`) in `lang` with `args`; in the fallback
    /// language when `lang` lacks it. An error names what is missing.
    pub fn format(&self, lang: &str, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let (message_id, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
        let found = [lang, self.fallback.as_str()].into_iter().find_map(|l| {
            let bundle = self.bundles.get(l)?;
            let message = bundle.get_message(message_id)?;
            let pattern = match attribute {
                Some(a) => message.get_attribute(a)?.value(),
                None => message.value()?,
            };
            Some((bundle, pattern))
        });
        let Some((bundle, pattern)) = found else {
            return Err(format!("there is no message `{id}` in the catalogues"));
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(t) => FluentValue::from(t.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
                // The pages' words never take a message of the command line's catalogues.
                Arg::Message(m) => FluentValue::from(m.english()),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        match errors.first() {
            None => Ok(text.into_owned()),
            Some(e) => Err(format!("the message `{id}`: {e}")),
        }
    }

    /// One warning per language of `languages` other than the fallback, naming the
    /// fallback's messages it lacks. The editors' form's words (`admin-…`) are only ever
    /// said in the site's language, so other interface languages need not have them.
    pub fn untranslated(&self, languages: &[String], name: impl Fn(&str) -> String) -> Diagnostics {
        let mut found = Diagnostics::new();
        let mut all = self.ids(&self.fallback);
        all.retain(|id| !OPTIONAL_PREFIXES.iter().any(|p| id.starts_with(p)));
        for lang in languages.iter().filter(|l| **l != self.fallback) {
            let have = self.ids(lang);
            let missing: Vec<&str> = all.difference(&have).copied().collect();
            if missing.is_empty() {
                continue;
            }
            let first: Vec<&str> = missing.iter().take(5).copied().collect();
            let more = if missing.len() > first.len() { ", …" } else { "" };
            let origin = self
                .ids
                .get(lang)
                .and_then(|ids| ids.values().next())
                .map_or_else(|| format!("locales/{lang}.ftl"), Clone::clone);
            found.push(Diagnostic::file_warning(
                Code::Untranslated,
                &origin,
                msg!(
                    "messages-are-not-translated-into-they",
                    count = missing.len(),
                    language = name(lang),
                    lang,
                    fallback = name(&self.fallback),
                    ids = first.join(", "),
                    more
                ),
            ));
        }
        found
    }

    /// The syntax of the message `id` in `lang` (the last layer that gives it).
    fn message(&self, lang: &str, id: &str) -> Option<&ast::Message<&str>> {
        self.sources.get(lang)?.iter().rev().find_map(|r| {
            r.entries().find_map(|e| match e {
                ast::Entry::Message(m) if m.id.name == id => Some(m),
                _ => None,
            })
        })
    }

    /// The message `id` in `lang` (or the fallback) as the browser's scripts read it
    /// (see [`browser_pattern`]); None when it is missing or too rich for them.
    pub fn browser_message(&self, lang: &str, id: &str) -> Option<serde_json::Value> {
        let message = self.message(lang, id).or_else(|| self.message(&self.fallback, id))?;
        browser_pattern(message.value.as_ref()?)
    }
}

/// A message as the browser's scripts read it (`js/site/10-say.js`): a list of parts, each text,
/// `{"var": name}`, or `{"sel": name, "v": {key: parts}, "d": default key}`: a choice
/// by a number's plural category or exact value. None for what the scripts cannot
/// show (a reference to another message, a function).
fn browser_pattern(pattern: &ast::Pattern<&str>) -> Option<serde_json::Value> {
    use serde_json::{Value, json};
    let mut parts = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => parts.push(Value::from(*value)),
            ast::PatternElement::Placeable { expression } => parts.push(match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => json!({"var": id.name}),
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => Value::from(*value),
                ast::Expression::Select {
                    selector: ast::InlineExpression::VariableReference { id },
                    variants,
                } => {
                    let mut by_key = serde_json::Map::new();
                    let mut default = String::new();
                    for v in variants {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => (*name).to_string(),
                            ast::VariantKey::NumberLiteral { value } => (*value).to_string(),
                        };
                        if v.default {
                            default.clone_from(&key);
                        }
                        by_key.insert(key, browser_pattern(&v.value)?);
                    }
                    json!({"sel": id.name, "v": by_key, "d": default})
                }
                _ => return None,
            }),
        }
    }
    Some(Value::Array(parts))
}

/// The ids of a catalogue's messages with the line of each: in a file Fluent has read,
/// every line that starts with a letter is a message's first line (comments start with
/// `#`, terms with `-`, the rest of a message is indented).
fn message_lines(text: &str) -> Vec<(String, usize)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|(i, l)| {
            let id = l.split('=').next()?.trim_end();
            Some((id.to_string(), i + 1))
        })
        .collect()
}

/// What is wrong, in words an editor of a catalogue can act on (Fluent's own words for the
/// rarer mistakes).
fn syntax_problem(kind: &fluent_syntax::parser::ErrorKind) -> Msg {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken('=') => msg!("line-cannot-read-as-fluent-missing"),
        K::ExpectedToken(c) => msg!("fluent-missing-char", char = c),
        K::ExpectedMessageField { entry_id } | K::ExpectedTermField { entry_id } => {
            msg!("message-has-no-text", entry_id)
        }
        K::MissingDefaultVariant => msg!("choice-has-no-default-mark-one"),
        K::MultipleDefaultVariants => msg!("choice-has-more-than-one-default"),
        K::UnterminatedStringLiteral => msg!("text-quotes-never-closed"),
        K::UnbalancedClosingBrace => msg!("closing-brace-without-opening-brace"),
        other => msg!("line-cannot-read-as-fluent", other),
    }
}

/// Fluent's syntax errors, located at their line.
fn syntax_errors(file: &CatalogueFile, errors: &[fluent_syntax::parser::ParserError]) -> Vec<Diagnostic> {
    errors
        .iter()
        .map(|e| {
            let span = source::span_of_range(&file.text, e.pos.start, e.pos.end, 1);
            Diagnostic::error(Code::CatalogueError, &file.origin, span, syntax_problem(&e.kind))
                .with_hint(msg!("write-each-message-as-id-text"))
                .with_source(&file.text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: &str, text: &str, overrides: bool) -> CatalogueFile {
        CatalogueFile {
            origin: format!("{}locales/{lang}.ftl", if overrides { "" } else { "themes/t/" }),
            lang: lang.into(),
            text: text.into(),
            overrides,
        }
    }

    const NL: &str = "hello = Hallo\nproviders = { $count ->\n    [one] { $count } aanbieder\n   *[other] { $count } aanbieders\n}\nonly-dutch = Alleen Nederlands\n";

    #[test]
    fn plurals_fallback_and_overrides() {
        let pl = "hello = Cześć\nproviders = { $count ->\n    [one] { $count } organizacja\n    [few] { $count } organizacje\n   *[many] { $count } organizacji\n}\n";
        let (c, found) = Catalogue::load(
            &[
                file("nl", NL, false),
                file("pl", pl, false),
                file("nl", "hello = Dag\n", true),
            ],
            "nl",
        );
        assert!(found.is_empty(), "{found:?}");
        let n = |lang, count: f64| c.format(lang, "providers", &[("count", Arg::Number(count))]).unwrap();
        assert_eq!(n("nl", 1.0), "1 aanbieder");
        assert_eq!(n("nl", 3.0), "3 aanbieders");
        assert_eq!(n("pl", 3.0), "3 organizacje");
        assert_eq!(n("pl", 5.0), "5 organizacji");
        assert_eq!(c.format("nl", "hello", &[]).unwrap(), "Dag");
        assert_eq!(c.format("pl", "only-dutch", &[]).unwrap(), "Alleen Nederlands");
        assert!(c.format("pl", "nowhere", &[]).unwrap_err().contains("`nowhere`"));
        let warned: Vec<_> = c
            .untranslated(&["nl".into(), "pl".into()], str::to_string)
            .iter()
            .cloned()
            .collect();
        assert_eq!(warned.len(), 1);
        assert!(
            warned[0]
                .message
                .english()
                .contains("1 messages are not translated into pl (pl)"),
            "{warned:?}"
        );
        assert!(warned[0].message.english().contains("only-dutch"));
    }

    #[test]
    fn messages_for_the_browser() {
        let (c, _) = Catalogue::load(&[file("nl", NL, false)], "nl");
        let found = c.browser_message("nl", "providers").unwrap();
        assert_eq!(
            found,
            serde_json::json!([{"sel": "count", "d": "other", "v": {
                "one": [{"var": "count"}, " aanbieder"],
                "other": [{"var": "count"}, " aanbieders"],
            }}])
        );
        assert_eq!(c.browser_message("pl", "hello").unwrap(), serde_json::json!(["Hallo"]));
        assert!(c.browser_message("nl", "nowhere").is_none());
    }

    #[test]
    fn right_to_left_isolates_arguments() {
        let (c, _) = Catalogue::load(&[file("ar", "about = عن { $name }\n", false)], "ar");
        let text = c
            .format("ar", "about", &[("name", Arg::Text("Buurtwerk".into()))])
            .unwrap();
        assert_eq!(text, "عن \u{2068}Buurtwerk\u{2069}");
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("tr"), "ltr");
    }

    #[test]
    fn problems_are_located() {
        let load = |files: &[CatalogueFile]| Catalogue::load(files, "nl").1.iter().cloned().collect::<Vec<_>>();
        let found = load(&[file("nl", "ok = Ja\n\nbroken text here\n", false)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].code, Code::CatalogueError);
        assert_eq!(found[0].span.line, 3);
        assert!(found[0].message.english().contains("`=` is missing"), "{found:?}");
        let found = load(&[file("nl", "a = { $n ->\n  [one] x\n  [other] y\n}\n", false)]);
        assert!(found[0].message.english().contains("no default"), "{found:?}");
        let found = load(&[file("nl", "a = 1\nb = 2\na = 3\n", false)]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.line, 3, "{found:?}");
        assert!(found[0].message.english().contains("`a` is given twice"));
        let found = load(&[file("not a language", "a = 1\n", false)]);
        assert!(found[0].message.english().contains("is not a language code"));
    }
}
