//! Front matter exactly as written, before validation. Every field is optional here so
//! that each key can be decoded (and each problem reported) on its own; validation turns
//! these into the types of `model`, which are only ever valid.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::date::{ClockTime, Date};
use crate::values::{Accessibility, ContactMode, Kind, Weekday};

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
    pub(crate) contact: Option<RawContact>,
    /// Opening hours per weekday, and/or a note.
    pub(crate) opening_hours: Option<RawOpeningHours>,
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
    /// Words residents might search for that are not in the text; searched, never shown.
    pub keywords: Option<Vec<String>>,
    /// Earlier addresses (file names without .md) of this provider: each keeps working and
    /// leads to the page at its new address.
    pub aliases: Option<Vec<String>>,
    /// The summary in other interface languages (site.yaml's `languages_ui`), by language
    /// code: `en: {summary: ...}`. Pages in a language without one show the Dutch summary,
    /// marked as Dutch.
    pub translations: Option<std::collections::BTreeMap<String, RawTranslation>>,
}

/// A provider's words in another interface language.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTranslation {
    /// The summary in that language: one sentence of at most 200 characters.
    pub summary: Option<String>,
    /// The text below the front matter in that language (Markdown, as a block: `text: |`).
    pub text: Option<String>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContact {
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
pub(crate) struct RawAddress {
    /// Street and number.
    pub street: String,
    /// A Dutch postcode: four digits and two letters.
    #[schemars(regex(pattern = r"^\s*[1-9][0-9]{3}\s*[A-Za-z]{2}\s*$"))]
    pub postcode: String,
    pub city: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOpeningHours {
    /// Time slots, each for one or more weekdays.
    pub hours: Option<Vec<RawOpeningSlot>>,
    /// A note, such as "Ook op afspraak".
    pub note: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOpeningSlot {
    pub days: Vec<Weekday>,
    pub opens: ClockTime,
    pub closes: ClockTime,
}

/// The front matter of `content/pages/<slug>.md`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    /// Required. The page's title.
    pub title: Option<String>,
    /// One sentence under the title, for search results.
    pub summary: Option<String>,
    /// Where the page stands among the free pages (lowest first).
    pub order: Option<i64>,
    /// The title, summary and text in other interface languages.
    pub translations: crate::translations::RawTranslations,
}

/// One item of `content/life-domains.yaml`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLifeDomain {
    /// Required. Part of the address; do not change it once published.
    pub slug: Option<String>,
    /// Required. The name residents read.
    pub name: Option<String>,
    /// Required. One sentence: what falls under it.
    pub description: Option<String>,
    /// The name and description in other interface languages.
    pub translations: crate::translations::RawTranslations,
}

/// One item of `content/zoekwoorden.yaml`: residents' words, and what they mean in the
/// directory. A provider that matches any target is found by the words.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSearchWord {
    /// The residents' words: everyday words, abbreviations, misspellings, other languages.
    pub words: Option<Vec<String>>,
    /// Words or phrases of the directory: providers whose text holds one are matched.
    pub means: Option<Vec<String>>,
    /// Life domain slugs: every provider of these is matched.
    pub life_domains: Option<Vec<String>>,
    /// Kinds of provider.
    pub kinds: Option<Vec<Kind>>,
    /// Ways of contact.
    pub contact_modes: Option<Vec<ContactMode>>,
    /// Accessibility features.
    pub accessibility: Option<Vec<Accessibility>>,
    /// Languages spoken (ISO 639-1 codes).
    pub languages: Option<Vec<String>>,
    /// Single words that share one search term of their own instead of their stems.
    pub own_term: Option<Vec<String>>,
    /// False for misspellings: words the search finds but never offers ("Bedoelde u …?").
    pub suggest: Option<bool>,
    /// Words of a crisis (suicide, violence): a search that holds one shows the crisis
    /// numbers first.
    pub crisis: Option<bool>,
}

/// One item of `content/situaties.yaml`: a life situation in residents' words.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSituation {
    /// Required. Part of the address.
    pub slug: Option<String>,
    /// Required. The situation in a resident's words ("Ik heb geldzorgen").
    pub title: Option<String>,
    /// Required. A few short sentences of comfort and the way on.
    pub text: Option<String>,
    /// Residents' words that show the situation first in a search.
    pub words: Option<Vec<String>>,
    /// Provider slugs shown first, in this order.
    pub providers: Option<Vec<String>>,
    /// Every provider of these life domains fits too.
    pub life_domains: Option<Vec<String>>,
    /// Every provider of these kinds fits too.
    pub kinds: Option<Vec<Kind>>,
    /// The title and text in other interface languages.
    pub translations: crate::translations::RawTranslations,
}

/// One item of `content/neighbourhoods.yaml`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNeighbourhood {
    /// Required. Part of the address.
    pub slug: Option<String>,
    /// Required. The name residents know.
    pub name: Option<String>,
    /// The slug of the bigger place it lies in, earlier or later in the list (a buurt in a
    /// wijk, a wijk in a town). A provider serving the bigger place serves it too.
    pub part_of: Option<String>,
}
