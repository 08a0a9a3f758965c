//! The records of HSDS 3.0 that steunwijzer writes (`data/hsds/services.json`) and reads
//! back (`import hsds`): a compiled service with what is nested in it. One set of types
//! for both directions, so the export and the import cannot drift apart.
//!
//! Writing, the fields are in alphabetical order (the order of the data files), and a field
//! without a value is left out. Reading a record of another system, every field is lenient
//! (one `serde_with::apply` attribute per record for its optional fields): a value of the wrong type, or a list
//! item that is not a record, counts as absent, so one odd field never costs the whole
//! record (the import says what it did not take). Fields a provider file has no place for
//! are kept in `other`, for the import to name.

use std::collections::BTreeMap;

use serde::de::{DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::{Number, Value};

/// A value of the wrong type counts as absent.
fn lenient<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(d: D) -> Result<T, D::Error> {
    let v = Value::deserialize(d)?;
    Ok(T::deserialize(v).unwrap_or_default())
}

/// A list, without the items that are not records of its kind; anything but a list is
/// an empty one.
fn list<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Vec<T>, D::Error> {
    let v = Value::deserialize(d)?;
    let items = match v {
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    Ok(items.into_iter().filter_map(|i| T::deserialize(i).ok()).collect())
}

/// A service with everything nested in it (HSDS `compiled/service.json`).
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Service {
    /// When the data was last checked (`YYYY-MM-DD`).
    pub assured_date: Option<String>,
    /// Taxonomy terms: life domains, kind, contact modes, accessibility, features.
    #[serde(default, deserialize_with = "list")]
    pub attributes: Vec<Attribute>,
    /// What it costs: nothing, for every listed provider.
    #[serde(default, deserialize_with = "list")]
    pub cost_options: Vec<CostOption>,
    /// The provider's text.
    pub description: Option<String>,
    /// For whom (the target groups).
    pub eligibility_description: Option<String>,
    /// The e-mail address.
    pub email: Option<String>,
    /// What it costs, in words.
    pub fees_description: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// Spoken languages.
    #[serde(default, deserialize_with = "list")]
    pub languages: Vec<Language>,
    /// When another system last changed the record (steunwijzer does not write it).
    pub last_modified: Option<String>,
    /// The name.
    pub name: Option<String>,
    /// The organization behind it.
    pub organization: Option<Organization>,
    /// Its id.
    pub organization_id: Option<String>,
    /// Phone numbers.
    #[serde(default, deserialize_with = "list")]
    pub phones: Vec<Phone>,
    /// Opening hours.
    #[serde(default, deserialize_with = "list")]
    pub schedules: Vec<Schedule>,
    /// Where it serves.
    #[serde(default, deserialize_with = "list")]
    pub service_areas: Vec<ServiceArea>,
    /// Where it can be visited.
    #[serde(default, deserialize_with = "list")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    /// `active`, or another status.
    pub status: Option<String>,
    /// Its page.
    pub url: Option<String>,
    /// The other fields of another system's record.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// The organization behind a service.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Organization {
    /// steunwijzer writes the provider's summary here.
    pub description: Option<String>,
    /// Its e-mail address (steunwijzer writes the service's).
    pub email: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// Its website.
    pub website: Option<String>,
    /// The other fields of another system's record.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// A phone number.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Phone {
    /// A stable id.
    pub id: Option<String>,
    /// The number as people read it.
    pub number: Option<String>,
    /// The service's id.
    pub service_id: Option<String>,
    /// `voice`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

/// Opening hours: a weekly slot, or only a description.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Schedule {
    /// iCalendar days (`MO,TU`).
    pub byday: Option<String>,
    /// Days of the month: not a weekly slot.
    pub bymonthday: Option<Value>,
    /// Closing time (`17:00`).
    pub closes_at: Option<String>,
    /// In words.
    pub description: Option<String>,
    /// The first day it holds (iCalendar, `2027-01-04` or `20270104T…`; other systems).
    pub dtstart: Option<String>,
    /// `WEEKLY`.
    pub freq: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// Every how many weeks.
    pub interval: Option<Number>,
    /// Notes, in words.
    pub notes: Option<String>,
    /// Opening time (`09:00`).
    pub opens_at: Option<String>,
    /// The service's id.
    pub service_id: Option<String>,
    /// The last day it holds (iCalendar; other systems).
    pub until: Option<String>,
    /// The first day it holds (`YYYY-MM-DD`; other systems).
    pub valid_from: Option<String>,
    /// The last day it holds (`YYYY-MM-DD`; other systems).
    pub valid_to: Option<String>,
}

/// An area a service serves: the municipality, or a neighbourhood.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ServiceArea {
    /// In words.
    pub description: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// The service's id.
    pub service_id: Option<String>,
}

/// A spoken language.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-1 (steunwijzer) or 639-3 (some other systems).
    pub code: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// The service's id.
    pub service_id: Option<String>,
}

/// A service at a location.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    /// A stable id.
    pub id: Option<String>,
    /// The location.
    pub location: Option<Location>,
    /// Its id.
    pub location_id: Option<String>,
    /// Phone numbers of the service at this place (other systems).
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Opening hours of the service at this place (other systems).
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    /// The service's id.
    pub service_id: Option<String>,
}

/// A place residents can visit.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Location {
    /// What makes it accessible.
    #[serde(default, deserialize_with = "list")]
    pub accessibility: Vec<Accessibility>,
    /// Its addresses.
    #[serde(default, deserialize_with = "list")]
    pub addresses: Vec<Address>,
    /// A stable id.
    pub id: Option<String>,
    /// `physical`.
    pub location_type: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// Phone numbers of the place (other systems).
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Opening hours of the place (other systems).
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
}

/// A postal address.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Address {
    /// Street and number.
    pub address_1: Option<String>,
    /// More of the street (other systems).
    pub address_2: Option<String>,
    /// `physical` or `postal`.
    pub address_type: Option<String>,
    /// The place.
    pub city: Option<String>,
    /// `NL`.
    pub country: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// The location's id.
    pub location_id: Option<String>,
    /// The postcode.
    pub postal_code: Option<String>,
    /// The province.
    pub state_province: Option<String>,
}

/// An accessibility feature of a location.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Accessibility {
    /// In words.
    pub description: Option<String>,
    /// steunwijzer's value (`wheelchair-accessible`).
    pub details: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// The location's id.
    pub location_id: Option<String>,
}

/// What a service costs.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CostOption {
    /// The amount.
    pub amount: Option<Number>,
    /// `EUR`.
    pub currency: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// In words.
    pub option: Option<String>,
    /// The service's id.
    pub service_id: Option<String>,
}

/// A taxonomy term of a service.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Attribute {
    /// A stable id.
    pub id: Option<String>,
    /// `service`.
    pub link_entity: Option<String>,
    /// The service's id.
    pub link_id: Option<String>,
    /// The taxonomy's name.
    pub link_type: Option<String>,
    /// The term.
    pub taxonomy_term: Option<TaxonomyTerm>,
    /// Its id.
    pub taxonomy_term_id: Option<String>,
    /// A value with the term (the complaints procedure).
    pub value: Option<String>,
}

/// A term of a taxonomy.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct TaxonomyTerm {
    /// Its code (steunwijzer's value or slug).
    pub code: Option<String>,
    /// In words.
    pub description: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// The language of its words.
    pub language: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// The taxonomy, by name.
    pub taxonomy: Option<String>,
    /// The taxonomy's details, in `taxonomy_terms.json` only.
    pub taxonomy_detail: Option<Taxonomy>,
}

/// A taxonomy.
#[serde_with::apply(Option => #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")])]
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Taxonomy {
    /// What it holds.
    pub description: Option<String>,
    /// A stable id.
    pub id: Option<String>,
    /// Its name.
    pub name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_record_reads_back_as_it_was_written() {
        let written = json!({
            "assured_date": "2026-11-01", "attributes": [], "cost_options": [{"amount": 0, "currency": "EUR",
            "id": "c", "option": "Gratis", "service_id": "s"}], "description": "Tekst", "fees_description": "Gratis",
            "id": "s", "languages": [], "name": "Naam", "organization": {"description": "Kort", "id": "o",
            "name": "Naam", "website": "https://x.nl/"}, "organization_id": "o", "phones": [], "schedules": [{
            "byday": "MO", "closes_at": "17:00", "freq": "WEEKLY", "id": "h", "opens_at": "09:00",
            "service_id": "s"}], "service_areas": [], "service_at_locations": [], "status": "active",
            "url": "https://x.nl/aanbieders/naam/"
        });
        let read = Service::deserialize(&written).unwrap();
        assert!(
            read.other.is_empty(),
            "every field written has its place: {:?}",
            read.other
        );
        assert!(read.organization.as_ref().unwrap().other.is_empty());
        assert_eq!(serde_json::to_value(&read).unwrap(), written);
    }

    #[test]
    fn another_systems_odd_fields_count_as_absent_and_unknown_ones_are_kept() {
        let odd = json!({
            "name": 42, "phones": "023", "schedules": [7, {"freq": "WEEKLY", "interval": "2"}],
            "organization": ["not", "a", "record"], "wachtlijst": "3 weken"
        });
        let read = Service::deserialize(&odd).unwrap();
        assert_eq!(read.name, None);
        assert!(read.phones.is_empty());
        assert_eq!(read.schedules.len(), 1, "the item that is not a record is left out");
        assert_eq!(read.schedules[0].interval, None);
        assert!(read.organization.is_none());
        assert_eq!(read.other.keys().collect::<Vec<_>>(), ["wachtlijst"]);
    }
}
