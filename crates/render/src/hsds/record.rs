//! The records of HSDS 3.0 that steunwijzer writes (`data/hsds/services.json`) and reads
//! back (`import hsds`): a compiled service with what is nested in it. One set of types
//! for both directions, so the export and the import cannot drift apart.
//!
//! Writing, the fields are in alphabetical order (the order of the data files). Reading a
//! record of another system, every field is lenient: a value of the wrong type, or a list
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
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Service {
    /// When the data was last checked (`YYYY-MM-DD`).
    #[serde(default, deserialize_with = "lenient")]
    pub assured_date: Option<String>,
    /// Taxonomy terms: life domains, kind, contact modes, accessibility, features.
    #[serde(default, deserialize_with = "list")]
    pub attributes: Vec<Attribute>,
    /// What it costs: nothing, for every listed provider.
    #[serde(default, deserialize_with = "list")]
    pub cost_options: Vec<CostOption>,
    /// The provider's text.
    #[serde(default, deserialize_with = "lenient")]
    pub description: Option<String>,
    /// For whom (the target groups).
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    /// The e-mail address.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// What it costs, in words.
    #[serde(default, deserialize_with = "lenient")]
    pub fees_description: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// Spoken languages.
    #[serde(default, deserialize_with = "list")]
    pub languages: Vec<Language>,
    /// When another system last changed the record (steunwijzer does not write it).
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// The name.
    #[serde(default, deserialize_with = "lenient")]
    pub name: Option<String>,
    /// The organization behind it.
    #[serde(default, deserialize_with = "lenient")]
    pub organization: Option<Organization>,
    /// Its id.
    #[serde(default, deserialize_with = "lenient")]
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
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
    /// Its page.
    #[serde(default, deserialize_with = "lenient")]
    pub url: Option<String>,
    /// The other fields of another system's record.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// The organization behind a service.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Organization {
    /// steunwijzer writes the provider's summary here.
    #[serde(default, deserialize_with = "lenient")]
    pub description: Option<String>,
    /// Its e-mail address (steunwijzer writes the service's).
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// Its name.
    #[serde(default, deserialize_with = "lenient")]
    pub name: Option<String>,
    /// Its website.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The other fields of another system's record.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// A phone number.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Phone {
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// The number as people read it.
    #[serde(default, deserialize_with = "lenient")]
    pub number: Option<String>,
    /// The service's id.
    #[serde(default, deserialize_with = "lenient")]
    pub service_id: Option<String>,
    /// `voice`.
    #[serde(rename = "type", default, deserialize_with = "lenient")]
    pub kind: Option<String>,
}

/// Opening hours: a weekly slot, or only a description.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Schedule {
    /// iCalendar days (`MO,TU`).
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    /// Days of the month: not a weekly slot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bymonthday: Option<Value>,
    /// Closing time (`17:00`).
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    /// In words.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `WEEKLY`.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// Every how many weeks.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub interval: Option<Number>,
    /// Notes, in words.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Opening time (`09:00`).
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    /// The service's id.
    #[serde(default, deserialize_with = "lenient")]
    pub service_id: Option<String>,
}

/// An area a service serves: the municipality, or a neighbourhood.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct ServiceArea {
    /// In words.
    #[serde(default, deserialize_with = "lenient")]
    pub description: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// Its name.
    #[serde(default, deserialize_with = "lenient")]
    pub name: Option<String>,
    /// The service's id.
    #[serde(default, deserialize_with = "lenient")]
    pub service_id: Option<String>,
}

/// A spoken language.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-1 (steunwijzer) or 639-3 (some other systems).
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// Its name.
    #[serde(default, deserialize_with = "lenient")]
    pub name: Option<String>,
    /// The service's id.
    #[serde(default, deserialize_with = "lenient")]
    pub service_id: Option<String>,
}

/// A service at a location.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// The location.
    #[serde(default, deserialize_with = "lenient")]
    pub location: Option<Location>,
    /// Its id.
    #[serde(default, deserialize_with = "lenient")]
    pub location_id: Option<String>,
    /// The service's id.
    #[serde(default, deserialize_with = "lenient")]
    pub service_id: Option<String>,
}

/// A place residents can visit.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Location {
    /// What makes it accessible.
    #[serde(default, deserialize_with = "list")]
    pub accessibility: Vec<Accessibility>,
    /// Its addresses.
    #[serde(default, deserialize_with = "list")]
    pub addresses: Vec<Address>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// `physical`.
    #[serde(default, deserialize_with = "lenient")]
    pub location_type: Option<String>,
    /// Its name.
    #[serde(default, deserialize_with = "lenient")]
    pub name: Option<String>,
    /// Phone numbers of the place (other systems).
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Opening hours of the place (other systems).
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
}

/// A postal address.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Address {
    /// Street and number.
    #[serde(default, deserialize_with = "lenient")]
    pub address_1: Option<String>,
    /// More of the street (other systems).
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub address_2: Option<String>,
    /// `physical` or `postal`.
    #[serde(default, deserialize_with = "lenient")]
    pub address_type: Option<String>,
    /// The place.
    #[serde(default, deserialize_with = "lenient")]
    pub city: Option<String>,
    /// `NL`.
    #[serde(default, deserialize_with = "lenient")]
    pub country: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// The location's id.
    #[serde(default, deserialize_with = "lenient")]
    pub location_id: Option<String>,
    /// The postcode.
    #[serde(default, deserialize_with = "lenient")]
    pub postal_code: Option<String>,
    /// The province.
    #[serde(default, deserialize_with = "lenient")]
    pub state_province: Option<String>,
}

/// An accessibility feature of a location.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Accessibility {
    /// In words.
    #[serde(default, deserialize_with = "lenient")]
    pub description: Option<String>,
    /// steunwijzer's value (`wheelchair-accessible`).
    #[serde(default, deserialize_with = "lenient")]
    pub details: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// The location's id.
    #[serde(default, deserialize_with = "lenient")]
    pub location_id: Option<String>,
}

/// What a service costs.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct CostOption {
    /// The amount.
    #[serde(default, deserialize_with = "lenient")]
    pub amount: Option<Number>,
    /// `EUR`.
    #[serde(default, deserialize_with = "lenient")]
    pub currency: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// In words.
    #[serde(default, deserialize_with = "lenient")]
    pub option: Option<String>,
    /// The service's id.
    #[serde(default, deserialize_with = "lenient")]
    pub service_id: Option<String>,
}

/// A taxonomy term of a service.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Attribute {
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// `service`.
    #[serde(default, deserialize_with = "lenient")]
    pub link_entity: Option<String>,
    /// The service's id.
    #[serde(default, deserialize_with = "lenient")]
    pub link_id: Option<String>,
    /// The taxonomy's name.
    #[serde(default, deserialize_with = "lenient")]
    pub link_type: Option<String>,
    /// The term.
    #[serde(default, deserialize_with = "lenient")]
    pub taxonomy_term: Option<TaxonomyTerm>,
    /// Its id.
    #[serde(default, deserialize_with = "lenient")]
    pub taxonomy_term_id: Option<String>,
    /// A value with the term (the complaints procedure).
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A term of a taxonomy.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct TaxonomyTerm {
    /// Its code (steunwijzer's value or slug).
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<String>,
    /// In words.
    #[serde(default, deserialize_with = "lenient")]
    pub description: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// The language of its words.
    #[serde(default, deserialize_with = "lenient")]
    pub language: Option<String>,
    /// Its name.
    #[serde(default, deserialize_with = "lenient")]
    pub name: Option<String>,
    /// The taxonomy, by name.
    #[serde(default, deserialize_with = "lenient")]
    pub taxonomy: Option<String>,
    /// The taxonomy's details, in `taxonomy_terms.json` only.
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    pub taxonomy_detail: Option<Taxonomy>,
}

/// A taxonomy.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Taxonomy {
    /// What it holds.
    #[serde(default, deserialize_with = "lenient")]
    pub description: Option<String>,
    /// A stable id.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// Its name.
    #[serde(default, deserialize_with = "lenient")]
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
