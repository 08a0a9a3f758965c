//! The validated site. Everything here has passed validation: slugs exist, addresses and
//! numbers are well formed, dates are real. The renderer trusts these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::date::{ClockTime, Date};
use crate::formats::Phone;

/// What kind of provider this is. The council's advice names all of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Organisation,
    VolunteerOrganisation,
    SelfEmployed,
    Union,
    InterestGroup,
}

/// Ways a resident can get in touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Serialize)]
pub struct LifeDomain {
    pub slug: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Neighbourhood {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Address {
    pub street: String,
    /// Normalised to `1234 AB`.
    pub postcode: String,
    pub city: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Contact {
    pub phone: Option<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub address: Option<Address>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.website.is_none() && self.address.is_none()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct OpeningSlot {
    pub days: Vec<Weekday>,
    pub opens: ClockTime,
    pub closes: ClockTime,
}

#[derive(Debug, Clone, Serialize)]
pub struct OpeningHours {
    pub hours: Vec<OpeningSlot>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "lowercase")]
pub enum Complaints {
    Url(String),
    Text(String),
}

/// Markdown text and the line of the file it starts on (for messages).
#[derive(Debug, Clone)]
pub struct Body {
    pub markdown: String,
    pub first_line: usize,
}

#[derive(Debug, Clone)]
pub struct Provider {
    pub slug: String,
    pub name: String,
    pub summary: String,
    /// Slugs, in the order of `life-domains.yaml`.
    pub life_domains: Vec<String>,
    pub kind: Kind,
    pub last_reviewed: Date,
    /// True when `last_reviewed` is older than the site's limit.
    pub stale: bool,
    /// Slugs, in the order of `neighbourhoods.yaml`; empty means the whole municipality.
    pub neighbourhoods: Vec<String>,
    pub target_groups: Vec<String>,
    /// ISO 639-1 codes, as given.
    pub languages: Vec<String>,
    pub contact: Contact,
    pub opening_hours: Option<OpeningHours>,
    pub contact_modes: Vec<ContactMode>,
    pub accessibility: Vec<Accessibility>,
    /// `Some(true)` when the provider declares it is not part of a neighbourhood team.
    pub independent: Option<bool>,
    pub complaints: Option<Complaints>,
    pub helps_with_complaints: bool,
    pub body: Body,
    /// Path of the source file relative to the site root.
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub summary: Option<String>,
    /// Position in the footer; lower comes first, then by title.
    pub order: i64,
    pub body: Body,
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct Site {
    pub config: Config,
    pub today: Date,
    pub life_domains: Vec<LifeDomain>,
    pub neighbourhoods: Vec<Neighbourhood>,
    /// Listed providers only, ordered by name (neutrally: nobody is promoted).
    pub providers: Vec<Provider>,
    pub pages: Vec<Page>,
}
