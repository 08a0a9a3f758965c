//! The command line's own words, from its message catalogues
//! (`themes/default/locales/cli/<code>.ftl` for the commands' lines and
//! `<code>.diagnostics.ftl` for every error, warning and hint: Dutch and English), built
//! into the program:
//! the command line speaks before any site or theme is read. The same Fluent format as the
//! pages' catalogues (the module i18n), with plural rules per language ("1 fout, 2
//! waarschuwingen"); read here with fluent-bundle itself, as the pages' catalogues report
//! their problems as diagnostics.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

/// A message's argument: text, a number (which a message may choose its words by:
/// `{ $count -> [one] … *[other] … }`), or another message, said in the same language
/// ("must be { $expected }" with `expected` the message "true or false").
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A number.
    Number(f64),
    /// A message of the catalogue, said in the language of the message it is part of.
    Message(Box<Msg>),
}

impl Arg {
    /// A number a message may choose its words by (plural forms).
    pub fn number(n: usize) -> Arg {
        // A count of things in one run is far below 2^52: exact as an f64.
        #[allow(clippy::cast_precision_loss)]
        Arg::Number(n as f64)
    }
}

/// What can be a message's argument: anything shown as text, or a message.
pub trait IntoArg {
    /// This value as an argument.
    fn into_arg(self) -> Arg;
}

impl<T: std::fmt::Display> IntoArg for T {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl IntoArg for &Msg {
    fn into_arg(self) -> Arg {
        Arg::Message(Box::new(self.clone()))
    }
}

impl IntoArg for &Arg {
    fn into_arg(self) -> Arg {
        self.clone()
    }
}

/// A message of the command line's catalogues: its id and its named arguments, said in a
/// language only when it is shown. Made with [`msg!`](crate::msg).
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    id: Cow<'static, str>,
    args: Vec<(Cow<'static, str>, Arg)>,
}

impl Msg {
    /// The message `id` with `args`; [`msg!`](crate::msg) is shorter.
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg {
            id: Cow::Borrowed(id),
            args: args.into_iter().map(|(n, a)| (Cow::Borrowed(n), a)).collect(),
        }
    }

    /// A text a library wrote (a parser's or the operating system's own message), shown
    /// as it is in every language.
    pub fn verbatim(text: impl Into<String>) -> Msg {
        Msg::new("verbatim", vec![("text", Arg::Text(text.into()))])
    }

    /// The message's id in the catalogues.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The message as a line of text that [`Msg::decode`] reads back, for a problem that
    /// must travel through a library as text (serde's errors of a value type). Its
    /// separators are control characters, which no value that reaches a parser holds
    /// (the YAML reader rejects them first).
    pub fn encode(&self) -> String {
        let mut out = format!("{MARK}{}", self.id);
        for (name, arg) in &self.args {
            let value = match arg {
                Arg::Text(t) => t.clone(),
                Arg::Number(n) => n.to_string(),
                Arg::Message(m) => m.english(),
            };
            out.push_str(&format!("{ARG}{name}{VALUE}{value}"));
        }
        out
    }

    /// A message [`Msg::encode`] wrote, or None for any other text.
    pub fn decode(text: &str) -> Option<Msg> {
        let mut parts = text.strip_prefix(MARK)?.split(ARG);
        let id = parts.next()?.to_string();
        let args = parts
            .map(|p| {
                let (name, value) = p.split_once(VALUE)?;
                Some((Cow::Owned(name.to_string()), Arg::Text(value.to_string())))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Msg {
            id: Cow::Owned(id),
            args,
        })
    }

    /// The message in `lang`.
    pub fn say(&self, lang: Language) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, arg)| match arg {
                Arg::Message(m) => (name.as_ref(), Arg::Text(m.say(lang))),
                other => (name.as_ref(), other.clone()),
            })
            .collect();
        say(lang, &self.id, &args)
    }

    /// The message in English, as the tests read it.
    pub fn english(&self) -> String {
        self.say(Language::english())
    }
}

/// In the unit tests, a plain text stands for a message shown as it is.
#[cfg(test)]
impl From<&str> for Msg {
    fn from(text: &str) -> Msg {
        Msg::verbatim(text)
    }
}

/// In the unit tests, a message equals its English text.
#[cfg(test)]
impl PartialEq<&str> for Msg {
    fn eq(&self, other: &&str) -> bool {
        self.english() == *other
    }
}

/// The separators of [`Msg::encode`].
const MARK: char = '\u{1}';
const ARG: char = '\u{2}';
const VALUE: char = '\u{3}';

/// A message of the command line's catalogues with its named arguments:
/// `msg!("unknown-key", key = k, place)` (`place` alone stands for `place = place`). Each
/// value is borrowed: anything shown as text, a [`Msg`] or an [`Arg`].
#[macro_export]
macro_rules! msg {
    (@value $name:ident) => {
        &$name
    };
    (@value $name:ident = $value:expr) => {
        &$value
    };
    ($id:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::diagnostic::Msg::new(
            $id,
            vec![$((stringify!($name), $crate::diagnostic::IntoArg::into_arg($crate::msg!(@value $name $(= $value)?)))),*],
        )
    };
}

include!(concat!(env!("OUT_DIR"), "/cli_catalogues.rs"));

/// Every language's catalogue, loaded once, in the order of [`CATALOGUES`] (a broken one
/// fails the tests below).
static CLI: LazyLock<Vec<FluentBundle<FluentResource>>> =
    LazyLock::new(|| CATALOGUES.iter().map(|(code, files)| bundle(code, *files)).collect());

fn bundle(lang: &str, files: [&str; 2]) -> FluentBundle<FluentResource> {
    let id = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    for text in files {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(resource);
    }
    b
}

impl Language {
    /// Dutch: the language of a site that names none, and of a message another language
    /// lacks.
    pub const DUTCH: Language = Language(0);

    /// The language with the code `code` (`nl`, also `NL`, `nl-NL`, `en_GB`), when the
    /// command line has its catalogues.
    pub fn parse(code: &str) -> Option<Language> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        CATALOGUES.iter().position(|(c, _)| *c == primary).map(Language)
    }

    /// English.
    pub fn english() -> Language {
        Language::parse("en").unwrap_or_default()
    }

    /// Every language the command line speaks, Dutch first.
    pub fn all() -> impl Iterator<Item = Language> {
        (0..CATALOGUES.len()).map(Language)
    }

    /// The language's code: `nl`, `en`, ...
    pub fn code(self) -> &'static str {
        CATALOGUES.get(self.0).map_or("nl", |(code, _)| code)
    }
}

/// Whether the command line's catalogue in `lang` has the message `id`.
pub fn has_message(lang: Language, id: &str) -> bool {
    CLI.get(lang.0).is_some_and(|b| b.has_message(id))
}

/// The message `id` of the command line in `lang`, with `args` filled in; the id itself
/// when there is no such message (the tests keep both catalogues complete).
pub fn say(lang: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let own = CLI.get(lang.0).filter(|b| b.has_message(id));
    let Some(bundle) = own.or_else(|| CLI.first()) else {
        return id.to_string();
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => fluent.set(*name, FluentValue::from(t.as_str())),
            Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
            Arg::Message(m) => fluent.set(*name, FluentValue::from(m.say(lang))),
        }
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent), &mut errors).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<&str> {
        text.lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
            .filter(|id| !id.starts_with([' ', '#']))
            .collect()
    }

    /// Each language's files, beside the Dutch ones.
    fn beside_dutch() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        let dutch: &'static [&'static str; 2] = &CATALOGUES[0].1;
        CATALOGUES
            .iter()
            .flat_map(move |(code, files)| dutch.iter().zip(files).map(move |(nl, other)| (*code, *nl, *other)))
    }

    #[test]
    fn every_catalogue_parses_and_has_the_same_messages_as_the_dutch() {
        for (code, nl, other) in beside_dutch() {
            assert_eq!(ids(nl), ids(other), "{code}: the same ids in the same order");
            if let Err((_, errors)) = FluentResource::try_new(other.to_string()) {
                panic!("{code}: {errors:?}");
            }
        }
    }

    /// The languages are the files in the folder: each file there is built in.
    #[test]
    fn every_file_in_the_folder_is_a_language() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../themes/default/locales/cli");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.unwrap().file_name().to_str()?.strip_suffix(".ftl").map(String::from))
            .filter(|stem| !stem.contains('.'))
            .collect();
        files.sort();
        let mut built: Vec<&str> = Language::all().map(Language::code).collect();
        assert_eq!(built[0], "nl", "Dutch first");
        built.sort_unstable();
        assert_eq!(built, files);
        assert_eq!(Language::parse("EN_gb"), Some(Language::english()));
        assert_eq!(Language::parse("nl-NL"), Some(Language::DUTCH));
        assert_eq!(Language::parse("xx"), None);
    }

    /// The arguments a message names, in a catalogue's text.
    fn arguments(text: &str) -> std::collections::BTreeMap<&str, std::collections::BTreeSet<&str>> {
        text.lines()
            .filter_map(|l| l.split_once(" = "))
            .filter(|(id, _)| !id.starts_with([' ', '#']))
            .map(|(id, value)| {
                let names = value
                    .split("{ $")
                    .skip(1)
                    .filter_map(|a| a.split([' ', '}']).next())
                    .collect();
                (id, names)
            })
            .collect()
    }

    /// Every `msg!("id", …)` in the workspace's code names a message of the catalogues:
    /// an id without one would reach the editor as the bare id.
    #[test]
    fn every_message_the_code_says_is_in_the_catalogues() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let known = ids(&CATALOGUES[0].1.concat())
            .into_iter()
            .map(str::to_string)
            .collect::<std::collections::BTreeSet<_>>();
        let mut dirs = vec![root.join("crates"), root.join("src")];
        let mut used = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let code: String = text
                        .lines()
                        .filter(|l| !l.trim_start().starts_with("//"))
                        .collect::<Vec<_>>()
                        .join("\n");
                    for rest in code.split("msg!(").skip(1) {
                        let Some(id) = rest.trim_start().strip_prefix('"').and_then(|r| r.split('"').next()) else {
                            continue;
                        };
                        if id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        {
                            used += 1;
                            assert!(known.contains(id), "{}: no message `{id}`", path.display());
                        }
                    }
                }
            }
        }
        assert!(used > 400, "{used} messages found in the code");
    }

    #[test]
    fn a_message_takes_the_same_arguments_in_every_language() {
        for (code, nl, other) in beside_dutch() {
            let (nl, other) = (arguments(nl), arguments(other));
            for (id, names) in &other {
                assert_eq!(nl.get(id), Some(names), "{code}: {id}");
            }
        }
    }

    #[test]
    fn a_message_says_its_arguments_and_messages_inside_it_in_the_same_language() {
        let m = crate::msg!("unknown-key", field = "naam", place = "");
        assert_eq!(m.english(), "unknown key `naam`");
        assert_eq!(m.say(Language::DUTCH), "onbekende sleutel `naam`");
        let inner = crate::msg!("type-true-or-false");
        let m = crate::msg!("must-but", shown = "free", expected = inner, found = "`nee`");
        assert_eq!(
            m.say(Language::DUTCH),
            "`free` moet true of false zijn, maar het is `nee`"
        );
    }

    #[test]
    fn counts_take_each_languages_plural_forms() {
        let n = |e: f64, w: f64| [("errors", Arg::Number(e)), ("warnings", Arg::Number(w))];
        assert_eq!(
            say(Language::DUTCH, "diagnostics-count", &n(1.0, 0.0)),
            "1 fout, 0 waarschuwingen"
        );
        assert_eq!(
            say(Language::DUTCH, "diagnostics-count", &n(2.0, 1.0)),
            "2 fouten, 1 waarschuwing"
        );
        assert_eq!(
            say(Language::english(), "diagnostics-count", &n(0.0, 12.0)),
            "0 errors, 12 warnings"
        );
        assert_eq!(say(Language::english(), "no-such-message", &[]), "no-such-message");
    }
}
