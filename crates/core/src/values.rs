//! The closed sets of values the front matter allows: kinds of provider, ways to get in
//! touch, accessibility features and weekdays. The YAML spelling is the serde name
//! (`self-employed`, `walk-in`); the words residents read are in the theme's
//! message catalogues (`locales/nl.ftl`). Editors may also write a value in Dutch: the page's label
//! (`Bezoek bij u thuis`) or a word of [`DutchName::dutch_words`] (`huisbezoek`, `dinsdag`).

use schemars::JsonSchema;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

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

/// The Dutch name of a value in the data files for partners (HSDS taxonomy terms). The
/// site's own words are the theme's (`locales/nl.ftl`), which a site may change; these stay
/// the same, so a partner's mapping keeps working. A test keeps them equal to the default
/// theme's.
pub trait DutchName: Copy + 'static {
    /// The YAML spellings, in the order of [`DutchName::all`] (for "expected one of").
    const NAMES: &'static [&'static str];
    /// The value as a Dutch page shows it.
    fn dutch_name(self) -> &'static str;
    /// Other Dutch words editors write for the value, lowercase (`inloop` for walk-in).
    fn dutch_words(self) -> &'static [&'static str];
    /// Every value, in the order of the pages.
    fn all() -> &'static [Self];
}

/// Reads a value as its YAML spelling, its Dutch label or one of its Dutch words, so an
/// editor's `[inloop, telefoon]` means what it says; anything else is serde's "unknown
/// variant" with the YAML spellings, which the diagnostics turn into a hint.
macro_rules! read_in_dutch_too {
    ($($type:ty),*) => {$(
        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                find_value::<$type>(&text).ok_or_else(|| de::Error::unknown_variant(&text, <$type>::NAMES))
            }
        }
    )*};
}

read_in_dutch_too!(Kind, ContactMode, Accessibility, Weekday);

impl DutchName for Kind {
    const NAMES: &'static [&'static str] = &[
        "organisation",
        "volunteer-organisation",
        "self-employed",
        "union",
        "interest-group",
    ];
    fn dutch_words(self) -> &'static [&'static str] {
        match self {
            Kind::Organisation => &["organisatie", "stichting", "instelling"],
            Kind::VolunteerOrganisation => &["vrijwilligers", "vrijwilligersgroep", "vrijwilligerswerk"],
            Kind::SelfEmployed => &["zelfstandige", "zelfstandig", "zzp", "zzp'er", "zzper"],
            Kind::Union => &["bond"],
            Kind::InterestGroup => &[
                "belangenvereniging",
                "belangengroep",
                "ouderenvereniging",
                "ouderenbond",
                "mantelzorgvereniging",
                "cliëntenorganisatie",
            ],
        }
    }
    fn dutch_name(self) -> &'static str {
        match self {
            Kind::Organisation => "Organisatie",
            Kind::VolunteerOrganisation => "Vrijwilligersorganisatie",
            Kind::SelfEmployed => "Zelfstandig ondersteuner",
            Kind::Union => "Vakbond",
            Kind::InterestGroup => "Belangenorganisatie",
        }
    }
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
    fn dutch_words(self) -> &'static [&'static str] {
        match self {
            ContactMode::WalkIn => &["inloop", "binnenlopen", "spreekuur", "inloopspreekuur"],
            ContactMode::Phone => &["telefoon", "telefonisch", "bellen"],
            ContactMode::Email => &["e-mail", "mail", "mailen"],
            ContactMode::HomeVisit => &["huisbezoek", "thuis", "aan huis", "thuisbezoek"],
            ContactMode::Video => &["beeldbellen", "videogesprek"],
            ContactMode::Chat => &["chat"],
        }
    }
    fn dutch_name(self) -> &'static str {
        match self {
            ContactMode::WalkIn => "Binnenlopen zonder afspraak",
            ContactMode::Phone => "Bellen",
            ContactMode::Email => "E-mailen",
            ContactMode::HomeVisit => "Bezoek bij u thuis",
            ContactMode::Video => "Videobellen",
            ContactMode::Chat => "Chatten",
        }
    }
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
    fn dutch_words(self) -> &'static [&'static str] {
        match self {
            Accessibility::WheelchairAccessible => &["rolstoeltoegankelijk", "rolstoel", "toegankelijk"],
            Accessibility::AccessibleToilet => &["invalidentoilet", "miva-toilet", "toegankelijk toilet"],
            Accessibility::Lift => &["lift"],
            Accessibility::DisabledParking => &["invalidenparkeerplaats", "gehandicaptenparkeerplaats"],
            Accessibility::HearingLoop => &["ringleiding"],
            Accessibility::SignLanguage => &["gebarentaal", "gebarentolk"],
            Accessibility::EasyLanguage => &["eenvoudige taal", "makkelijke taal", "taalniveau b1"],
            Accessibility::AssistanceDogsWelcome => &["hulphond", "hulphonden", "hulphonden welkom"],
        }
    }
    fn dutch_name(self) -> &'static str {
        match self {
            Accessibility::WheelchairAccessible => "Toegankelijk met een rolstoel",
            Accessibility::AccessibleToilet => "Aangepast toilet",
            Accessibility::Lift => "Er is een lift",
            Accessibility::DisabledParking => "Parkeerplaats voor mensen met een beperking",
            Accessibility::HearingLoop => "Ringleiding voor mensen met een hoortoestel",
            Accessibility::SignLanguage => "Gesprek met een gebarentolk mogelijk",
            Accessibility::EasyLanguage => "Uitleg in eenvoudige taal",
            Accessibility::AssistanceDogsWelcome => "Hulphonden zijn welkom",
        }
    }
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
    fn dutch_words(self) -> &'static [&'static str] {
        match self {
            Weekday::Monday => &["ma"],
            Weekday::Tuesday => &["di"],
            Weekday::Wednesday => &["wo"],
            Weekday::Thursday => &["do"],
            Weekday::Friday => &["vr"],
            Weekday::Saturday => &["za"],
            Weekday::Sunday => &["zo"],
        }
    }
    fn dutch_name(self) -> &'static str {
        match self {
            Weekday::Monday => "maandag",
            Weekday::Tuesday => "dinsdag",
            Weekday::Wednesday => "woensdag",
            Weekday::Thursday => "donderdag",
            Weekday::Friday => "vrijdag",
            Weekday::Saturday => "zaterdag",
            Weekday::Sunday => "zondag",
        }
    }
    fn all() -> &'static [Self] {
        &Weekday::ALL
    }
}

/// The value whose YAML spelling, Dutch name or Dutch word is `text` (any case; a space
/// or underscore may stand for a hyphen: `walk in`, `home_visit`).
pub fn find_value<T: DutchName + Serialize>(text: &str) -> Option<T> {
    let text = text.trim().to_lowercase();
    let hyphened = text.replace([' ', '_'], "-");
    // NAMES are the YAML spellings in the order of all() (a test holds them together):
    // every value of every provider file is read here, so no serialising per comparison.
    T::all().iter().zip(T::NAMES).find_map(|(v, name)| {
        let found =
            *name == hyphened || v.dutch_name().eq_ignore_ascii_case(&text) || v.dutch_words().contains(&text.as_str());
        found.then_some(*v)
    })
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

    #[test]
    fn dutch_names_are_the_default_themes_words() {
        let labels = include_str!("../../../themes/default/locales/nl.ftl");
        let check = |group: &str, code: String, name: &str| {
            assert!(
                labels.contains(&format!("\n{group}-{code} = {name}\n")),
                "{code} → {name}"
            );
        };
        Kind::all()
            .iter()
            .for_each(|v| check("kind", yaml_name(v), v.dutch_name()));
        ContactMode::all()
            .iter()
            .for_each(|v| check("contact-mode", yaml_name(v), v.dutch_name()));
        Accessibility::all()
            .iter()
            .for_each(|v| check("accessibility", yaml_name(v), v.dutch_name()));
        assert_eq!(find_value::<Kind>("vakbond"), Some(Kind::Union));
        assert_eq!(find_value::<ContactMode>("Home-Visit"), Some(ContactMode::HomeVisit));
        assert_eq!(
            find_value::<Accessibility>("Rolstoel"),
            Some(Accessibility::WheelchairAccessible)
        );
        assert_eq!(find_value::<Accessibility>("trap"), None);
        Weekday::all()
            .iter()
            .for_each(|v| check("day", yaml_name(v), v.dutch_name()));
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
