//! Front matter exactly as written, before validation. Every field is optional here so
//! that each key can be decoded (and each problem reported) on its own; validation turns
//! these into the types of `model`, which are only ever valid.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::date::{ClockTime, Date};
use crate::model::{Accessibility, ContactMode, Kind, Weekday};

/// The front matter of `content/providers/<slug>.md`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "steunwijzer provider",
    description = "The front matter of content/providers/<slug>.md."
)]
pub struct RawProvider {
    /// Required. The name as residents know it.
    pub name: Option<String>,
    /// Required. One sentence of at most 200 characters: what the provider does.
    pub summary: Option<String>,
    /// Required. One or more life domain slugs from content/life-domains.yaml.
    pub life_domains: Option<Vec<String>>,
    /// Required. The kind of provider.
    pub kind: Option<Kind>,
    /// Required. The date the information was last checked with the provider (YYYY-MM-DD).
    pub last_reviewed: Option<Date>,
    /// Neighbourhood slugs from content/neighbourhoods.yaml; none means the whole municipality.
    pub neighbourhoods: Option<Vec<String>>,
    /// Who the provider helps, in plain words.
    pub target_groups: Option<Vec<String>>,
    /// Languages spoken, as ISO 639-1 codes (nl, en, tr, ...).
    pub languages: Option<Vec<String>>,
    /// How to reach the provider.
    pub contact: Option<RawContact>,
    /// Opening hours per weekday, and/or a note.
    pub opening_hours: Option<RawOpeningHours>,
    /// Ways residents can get in touch.
    pub contact_modes: Option<Vec<ContactMode>>,
    /// Accessibility of the location or service.
    pub accessibility: Option<Vec<Accessibility>>,
    /// Must be true to be listed: the support costs residents nothing.
    pub free: Option<bool>,
    /// True when the provider is not part of a neighbourhood team; false means not listed.
    pub independent: Option<bool>,
    /// The provider's own complaint procedure: a web address (https://...) or a short text.
    pub complaints: Option<String>,
    /// True when the provider helps residents with complaints about the municipality or others.
    pub helps_with_complaints: Option<bool>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    /// A Dutch phone number, in quotes: "023 511 52 73", "06 12345678", "+31 23 511 52 73", "0800 1234".
    pub phone: Option<String>,
    /// An e-mail address.
    pub email: Option<String>,
    /// A web address starting with https://.
    pub website: Option<String>,
    /// The address residents can visit.
    pub address: Option<RawAddress>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAddress {
    /// Street and number.
    pub street: String,
    /// A Dutch postcode: four digits and two letters.
    #[schemars(regex(pattern = r"^\s*[1-9][0-9]{3}\s*[A-Za-z]{2}\s*$"))]
    pub postcode: String,
    pub city: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOpeningHours {
    /// Time slots, each for one or more weekdays.
    pub hours: Option<Vec<RawOpeningSlot>>,
    /// A note, such as "Ook op afspraak".
    pub note: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOpeningSlot {
    pub days: Vec<Weekday>,
    pub opens: ClockTime,
    pub closes: ClockTime,
}

/// The front matter of `content/pages/<slug>.md`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub order: Option<i64>,
}

/// One item of `content/life-domains.yaml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLifeDomain {
    pub slug: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
}

/// One item of `content/neighbourhoods.yaml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNeighbourhood {
    pub slug: Option<String>,
    pub name: Option<String>,
}
