//! The command line's own words, from its message catalogues
//! (`themes/default/locales/cli/<code>.ftl`: Dutch and English), built into the program:
//! the command line speaks before any site or theme is read. The same Fluent format as the
//! pages' catalogues (the module i18n), with plural rules per language ("1 fout, 2
//! waarschuwingen"); read here with fluent-bundle itself, as the pages' catalogues report
//! their problems as diagnostics.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

/// A message's argument: text, or a number (which a message may choose its words by:
/// `{ $count -> [one] … *[other] … }`).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A number.
    Number(f64),
}

const NL: &str = include_str!("../../../../themes/default/locales/cli/nl.ftl");
const EN: &str = include_str!("../../../../themes/default/locales/cli/en.ftl");

/// The Dutch and the English catalogue, loaded once (a broken one fails the tests below).
static CLI: LazyLock<[FluentBundle<FluentResource>; 2]> = LazyLock::new(|| [bundle("nl", NL), bundle("en", EN)]);

fn bundle(lang: &str, text: &str) -> FluentBundle<FluentResource> {
    let id = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = b.add_resource(resource);
    b
}

impl Language {
    /// The language's code: `nl` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Dutch => "nl",
            Language::English => "en",
        }
    }
}

/// The message `id` of the command line in `lang`, with `args` filled in; the id itself
/// when there is no such message (the tests keep both catalogues complete).
pub fn say(lang: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = match lang {
        Language::Dutch => &CLI[0],
        Language::English => &CLI[1],
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => fluent.set(*name, FluentValue::from(t.as_str())),
            Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
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

    #[test]
    fn both_catalogues_parse_and_have_the_same_messages() {
        assert_eq!(ids(NL), ids(EN), "the same ids in the same order");
        for text in [NL, EN] {
            assert!(FluentResource::try_new(text.to_string()).is_ok());
        }
    }

    #[test]
    fn counts_take_each_languages_plural_forms() {
        let n = |e: f64, w: f64| [("errors", Arg::Number(e)), ("warnings", Arg::Number(w))];
        assert_eq!(
            say(Language::Dutch, "diagnostics-count", &n(1.0, 0.0)),
            "1 fout, 0 waarschuwingen"
        );
        assert_eq!(
            say(Language::Dutch, "diagnostics-count", &n(2.0, 1.0)),
            "2 fouten, 1 waarschuwing"
        );
        assert_eq!(
            say(Language::English, "diagnostics-count", &n(0.0, 12.0)),
            "0 errors, 12 warnings"
        );
        assert_eq!(say(Language::English, "no-such-message", &[]), "no-such-message");
    }
}
