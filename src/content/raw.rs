//! Front matter exactly as written, before validation. Every field is optional here so
//! that each key can be decoded (and each problem reported) on its own; validation turns
//! these into the types of `model`, which are only ever valid.

use serde::Deserialize;

use crate::date::{ClockTime, Date};
use crate::model::{Accessibility, ContactMode, Kind, Weekday};

/// The front matter of `content/providers/<slug>.md`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvider {
    pub name: Option<String>,
    pub summary: Option<String>,
    pub life_domains: Option<Vec<String>>,
    pub kind: Option<Kind>,
    pub last_reviewed: Option<Date>,
    pub neighbourhoods: Option<Vec<String>>,
    pub target_groups: Option<Vec<String>>,
    pub languages: Option<Vec<String>>,
    pub contact: Option<RawContact>,
    pub opening_hours: Option<RawOpeningHours>,
    pub contact_modes: Option<Vec<ContactMode>>,
    pub accessibility: Option<Vec<Accessibility>>,
    pub free: Option<bool>,
    pub independent: Option<bool>,
    pub complaints: Option<String>,
    pub helps_with_complaints: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub address: Option<RawAddress>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAddress {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOpeningHours {
    pub hours: Option<Vec<RawOpeningSlot>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
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
