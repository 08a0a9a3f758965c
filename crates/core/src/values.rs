//! The closed sets of values the front matter allows: kinds of provider, ways to get in
//! touch, accessibility features and weekdays. The YAML spelling is the serde name
//! (`self-employed`, `walk-in`); the words residents read are in the theme's
//! message catalogues (`locales/nl.ftl`). Editors may also write a value as the default
//! theme's Dutch pages name it (`Bezoek bij u thuis`, `dinsdag`) or as one of the words of
//! `words-<kind>-<value>` in the command line's catalogues (`huisbezoek`, `drop in`).

use std::collections::HashMap;
use std::sync::LazyLock;

use schemars::JsonSchema;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

use crate::diagnostic::Language;

/// What kind of provider this is. The council's advice names all of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
// No doc comments on the variants: schemars would put them, in English, into the
// editors' JSON Schema; the values' words for people are their Dutch names below.
#[allow(missing_docs)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Organisation,
    VolunteerOrganisation,
    SelfEmployed,
    Union,
    InterestGroup,
}

/// Ways a resident can get in touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
// No doc comments on the variants: schemars would put them, in English, into the
// editors' JSON Schema; the values' words for people are their Dutch names below.
#[allow(missing_docs)]
#[serde(rename_all = "kebab-case")]
pub enum ContactMode {
    WalkIn,
    Phone,
    Email,
    HomeVisit,
    Video,
    Chat,
}

/// Accessibility features of the provider's location or service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
// No doc comments on the variants: schemars would put them, in English, into the
// editors' JSON Schema; the values' words for people are their Dutch names below.
#[allow(missing_docs)]
#[serde(rename_all = "kebab-case")]
pub enum Accessibility {
    WheelchairAccessible,
    AccessibleToilet,
    Lift,
    DisabledParking,
    HearingLoop,
    SignLanguage,
    EasyLanguage,
    AssistanceDogsWelcome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
// No doc comments on the variants: schemars would put them, in English, into the
// editors' JSON Schema; the values' words for people are their Dutch names below.
#[allow(missing_docs)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Monday to Sunday.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
}

/// The YAML spelling of a value (`self-employed`), as the search index stores it.
pub fn yaml_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The default theme's Dutch catalogue, built in: the values' Dutch names
/// (`kind-union = Vakbond`).
const DUTCH_PAGES: &str = include_str!("../../../themes/default/locales/nl.ftl");

/// A value of a closed set. The words for people are messages: its name on a page is
/// `<GROUP>-<yaml spelling>` in the theme's catalogues (`contact-mode-walk-in`), and the
/// other words editors may write for it are `words-<GROUP>-<yaml spelling>` in each
/// command-line catalogue (`inloop, binnenlopen, …`), so a language adds its words in its
/// files.
pub trait DutchName: Copy + Eq + 'static {
    /// The YAML spellings, in the order of [`DutchName::all`] (for "expected one of").
    const NAMES: &'static [&'static str];
    /// The first part of its messages' ids: `kind`, `contact-mode`, `accessibility`, `day`.
    const GROUP: &'static str;
    /// Every value, in the order of the pages.
    fn all() -> &'static [Self];

    /// The YAML spelling (`walk-in`).
    fn yaml(self) -> &'static str {
        let i = Self::all().iter().position(|v| *v == self).unwrap_or_default();
        Self::NAMES.get(i).copied().unwrap_or_default()
    }

    /// The value as the default theme's Dutch pages name it, in the data files for
    /// partners (HSDS taxonomy terms): a site's own words may differ, these stay the same,
    /// so a partner's mapping keeps working.
    fn dutch_name(self) -> String {
        let id = format!("{}-{}", Self::GROUP, self.yaml());
        dutch_pages().format("nl", &id, &[]).unwrap_or(id)
    }
}

/// The default theme's Dutch catalogue, loaded once.
fn dutch_pages() -> &'static crate::i18n::Catalogue {
    static PAGES: LazyLock<crate::i18n::Catalogue> = LazyLock::new(|| {
        let file = crate::i18n::CatalogueFile {
            origin: "themes/default/locales/nl.ftl".into(),
            lang: "nl".into(),
            text: DUTCH_PAGES.into(),
            overrides: false,
        };
        crate::i18n::Catalogue::load(&[file], "nl").0
    });
    &PAGES
}

/// Every word that stands for a value of `T` (lowercase), with the value's place in
/// [`DutchName::all`]: its Dutch name and its editors' words in every command-line
/// language. Made once per type: every value of every provider file is read with it.
fn words_of<T: DutchName>() -> HashMap<String, usize> {
    let mut words = HashMap::new();
    for (i, v) in T::all().iter().enumerate() {
        words.insert(v.dutch_name().to_lowercase(), i);
        let id = format!("words-{}-{}", T::GROUP, v.yaml());
        for lang in Language::all() {
            let said = crate::diagnostic::say(lang, &id, &[]);
            for word in said
                .split(',')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
            {
                words.entry(word).or_insert(i);
            }
        }
    }
    words
}

/// Reads a value as its YAML spelling, its Dutch label or one of its editors' words, so an
/// editor's `[inloop, telefoon]` means what it says; anything else is serde's "unknown
/// variant" with the YAML spellings, which the diagnostics turn into a hint.
macro_rules! values {
    ($($type:ty: $group:literal),*) => {$(
        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                find_value::<$type>(&text).ok_or_else(|| de::Error::unknown_variant(&text, <$type>::NAMES))
            }
        }

        impl Words for $type {
            fn words() -> &'static HashMap<String, usize> {
                static WORDS: LazyLock<HashMap<String, usize>> = LazyLock::new(words_of::<$type>);
                &WORDS
            }
        }
    )*};
}

/// The words of a type's values, made once ([`words_of`]).
pub trait Words: DutchName {
    /// Word → place in [`DutchName::all`].
    fn words() -> &'static HashMap<String, usize>;
}

values!(Kind: "kind", ContactMode: "contact-mode", Accessibility: "accessibility", Weekday: "day");

impl DutchName for Kind {
    const NAMES: &'static [&'static str] = &[
        "organisation",
        "volunteer-organisation",
        "self-employed",
        "union",
        "interest-group",
    ];
    const GROUP: &'static str = "kind";
    fn all() -> &'static [Self] {
        &[
            Kind::Organisation,
            Kind::VolunteerOrganisation,
            Kind::SelfEmployed,
            Kind::Union,
            Kind::InterestGroup,
        ]
    }
}

impl DutchName for ContactMode {
    const NAMES: &'static [&'static str] = &["walk-in", "phone", "email", "home-visit", "video", "chat"];
    const GROUP: &'static str = "contact-mode";
    fn all() -> &'static [Self] {
        &[
            ContactMode::WalkIn,
            ContactMode::Phone,
            ContactMode::Email,
            ContactMode::HomeVisit,
            ContactMode::Video,
            ContactMode::Chat,
        ]
    }
}

impl DutchName for Accessibility {
    const NAMES: &'static [&'static str] = &[
        "wheelchair-accessible",
        "accessible-toilet",
        "lift",
        "disabled-parking",
        "hearing-loop",
        "sign-language",
        "easy-language",
        "assistance-dogs-welcome",
    ];
    const GROUP: &'static str = "accessibility";
    fn all() -> &'static [Self] {
        &[
            Accessibility::WheelchairAccessible,
            Accessibility::AccessibleToilet,
            Accessibility::Lift,
            Accessibility::DisabledParking,
            Accessibility::HearingLoop,
            Accessibility::SignLanguage,
            Accessibility::EasyLanguage,
            Accessibility::AssistanceDogsWelcome,
        ]
    }
}

impl DutchName for Weekday {
    const NAMES: &'static [&'static str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    const GROUP: &'static str = "day";
    fn all() -> &'static [Self] {
        &Weekday::ALL
    }
}

/// The value whose YAML spelling, Dutch name or editors' word is `text` (any case; a space
/// or underscore may stand for a hyphen: `walk in`, `home_visit`).
pub fn find_value<T: Words>(text: &str) -> Option<T> {
    let text = text.trim().to_lowercase();
    let hyphened = text.replace([' ', '_'], "-");
    let at = T::NAMES
        .iter()
        .position(|name| *name == hyphened)
        .or_else(|| T::words().get(&text).copied())?;
    T::all().get(at).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_names_match_the_content_format() {
        assert_eq!(yaml_name(&Kind::SelfEmployed), "self-employed");
        assert_eq!(yaml_name(&ContactMode::WalkIn), "walk-in");
        assert_eq!(yaml_name(&Weekday::Monday), "monday");
    }

    /// Every value has its name in the default theme's Dutch catalogue.
    fn named<T: DutchName>() {
        for v in T::all() {
            assert!(!v.dutch_name().starts_with(T::GROUP), "{}", v.dutch_name());
        }
    }

    /// No word stands for two values of `T`, in any language.
    fn one_value_each<T: DutchName>() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for v in T::all() {
            let id = format!("words-{}-{}", T::GROUP, v.yaml());
            let mut words = vec![v.dutch_name().to_lowercase()];
            for lang in Language::all() {
                let said = crate::diagnostic::say(lang, &id, &[]);
                assert_ne!(said, id, "{id} in {}", lang.code());
                words.extend(said.split(',').map(|w| w.trim().to_lowercase()));
            }
            for w in words {
                if let Some(other) = seen.insert(w.clone(), v.yaml()) {
                    assert_eq!(other, v.yaml(), "`{w}` stands for `{other}` and `{}`", v.yaml());
                }
            }
        }
    }

    #[test]
    fn dutch_names_are_the_default_themes_words() {
        assert_eq!(Kind::Union.dutch_name(), "Vakbond");
        assert_eq!(ContactMode::HomeVisit.dutch_name(), "Bezoek bij u thuis");
        assert_eq!(Weekday::Sunday.dutch_name(), "zondag");
        named::<Kind>();
        named::<ContactMode>();
        named::<Accessibility>();
        named::<Weekday>();
    }

    /// Editors' words come from every command-line catalogue, and no word stands for two
    /// values of one kind (in any of the languages).
    #[test]
    fn editors_words_come_from_the_catalogues_and_mean_one_value() {
        assert_eq!(find_value::<Kind>("vakbond"), Some(Kind::Union));
        assert_eq!(find_value::<Kind>("Trade union"), Some(Kind::Union));
        assert_eq!(find_value::<ContactMode>("Home-Visit"), Some(ContactMode::HomeVisit));
        assert_eq!(find_value::<ContactMode>("inloop"), Some(ContactMode::WalkIn));
        assert_eq!(find_value::<ContactMode>("drop in"), Some(ContactMode::WalkIn));
        assert_eq!(
            find_value::<Accessibility>("Rolstoel"),
            Some(Accessibility::WheelchairAccessible)
        );
        assert_eq!(find_value::<Accessibility>("trap"), None);
        assert_eq!(find_value::<Weekday>("DI"), Some(Weekday::Tuesday));
        one_value_each::<Kind>();
        one_value_each::<ContactMode>();
        one_value_each::<Accessibility>();
        one_value_each::<Weekday>();
    }

    #[test]
    fn names_are_the_yaml_spellings_in_order() {
        fn same<T: DutchName + Serialize>() {
            let spelled: Vec<String> = T::all().iter().map(yaml_name).collect();
            assert_eq!(spelled, T::NAMES);
        }
        same::<Kind>();
        same::<ContactMode>();
        same::<Accessibility>();
        same::<Weekday>();
    }

    #[test]
    fn editors_may_write_values_in_dutch() {
        let read = |yaml: &str| serde_yaml::from_str::<Vec<ContactMode>>(yaml);
        assert_eq!(
            read("[inloop, Telefoon, walk in, Bezoek bij u thuis]").unwrap(),
            [
                ContactMode::WalkIn,
                ContactMode::Phone,
                ContactMode::WalkIn,
                ContactMode::HomeVisit
            ]
        );
        let days: Vec<Weekday> = serde_yaml::from_str("[maandag, DI, sunday]").unwrap();
        assert_eq!(days, [Weekday::Monday, Weekday::Tuesday, Weekday::Sunday]);
        let kind: Kind = serde_yaml::from_str("vakbond").unwrap();
        assert_eq!(kind, Kind::Union);
        let e = read("[bellenn]").unwrap_err().to_string();
        assert!(
            e.starts_with("unknown variant `bellenn`, expected one of `walk-in`"),
            "{e}"
        );
    }
}
