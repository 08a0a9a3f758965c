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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_names_match_the_content_format() {
        assert_eq!(yaml_name(&Kind::SelfEmployed), "self-employed");
        assert_eq!(yaml_name(&ContactMode::WalkIn), "walk-in");
        assert_eq!(yaml_name(&Weekday::Monday), "monday");
    }
}
