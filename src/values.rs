//! The closed sets of values the front matter allows: kinds of provider, ways to get in
//! touch, accessibility features and weekdays. The YAML spelling is the serde name
//! (`self-employed`, `walk-in`); the Dutch words residents read are in the theme
//! (`labels.html`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What kind of provider this is. The council's advice names all of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Kind {
    Organisation,
    VolunteerOrganisation,
    SelfEmployed,
    Union,
    InterestGroup,
}

/// Ways a resident can get in touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum ContactMode {
    WalkIn,
    Phone,
    Email,
    HomeVisit,
    Video,
    Chat,
}

/// Accessibility features of the provider's location or service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Accessibility {
    WheelchairAccessible,
    AccessibleToilet,
    Lift,
    DisabledParking,
    HearingLoop,
    SignLanguage,
    EasyLanguage,
    AssistanceDogsWelcome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub(crate) const ALL: [Weekday; 7] = [
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
pub(crate) fn yaml_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The Dutch name of a value in the data files for partners (HSDS taxonomy terms). The
/// site's own words are the theme's (`labels.html`), which a site may change; these stay
/// the same, so a partner's mapping keeps working. A test keeps them equal to the default
/// theme's.
pub(crate) trait DutchName: Copy + 'static {
    fn dutch_name(self) -> &'static str;
    fn all() -> &'static [Self];
}

impl DutchName for Kind {
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

/// The value whose YAML spelling or Dutch name is `text` (any case).
pub(crate) fn find_value<T: DutchName + Serialize>(text: &str) -> Option<T> {
    let text = text.trim();
    T::all()
        .iter()
        .copied()
        .find(|v| yaml_name(v).eq_ignore_ascii_case(text) || v.dutch_name().to_lowercase() == text.to_lowercase())
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
        let labels = include_str!("../themes/default/templates/labels.html");
        let check = |code: String, name: &str| {
            assert!(labels.contains(&format!("\"{code}\" %}}{name}{{%")), "{code} → {name}");
        };
        Kind::all().iter().for_each(|v| check(yaml_name(v), v.dutch_name()));
        ContactMode::all()
            .iter()
            .for_each(|v| check(yaml_name(v), v.dutch_name()));
        Accessibility::all()
            .iter()
            .for_each(|v| check(yaml_name(v), v.dutch_name()));
        assert_eq!(find_value::<Kind>("vakbond"), Some(Kind::Union));
        assert_eq!(find_value::<ContactMode>("Home-Visit"), Some(ContactMode::HomeVisit));
        assert_eq!(find_value::<Accessibility>("rolstoel"), None);
    }
}
