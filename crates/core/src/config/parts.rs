//! `municipalities:` in a region's or the country's site.yaml: what one municipality sets
//! for its own part of the site (its page, the pages of the providers only it has, its
//! printed guide): its logo and its front door.
//!
//! ```yaml
//! municipalities:
//!   zaanstad:
//!     logo: zaanstad.svg          # below static/, in place of the site's logo
//!     front_door: [loket-zaanstad] # in place of the site's front_door
//! ```
//!
//! Its colours are the site's stylesheet's, scoped to `[data-gemeente="zaanstad"]`
//! (docs/themes.md): checked for contrast like every other palette. Whether each slug is
//! a municipality of the site is checked in validation, which knows the places.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostics, Span};
use crate::yaml::{Document, Seg};

/// One municipality's settings as written.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPart {
    logo: Option<String>,
    front_door: Option<Vec<String>>,
}

/// What a municipality of a region sets for its own part of the site.
#[derive(Debug, Clone, Serialize)]
pub struct Part {
    /// The municipality: a place of `neighbourhoods.yaml` that lies in no other.
    pub slug: String,
    /// Where site.yaml names it.
    #[serde(skip)]
    pub at: Span,
    /// Its logo, below `static/`, shown on its part's pages in place of the site's.
    pub logo: Option<String>,
    /// Where site.yaml names the logo.
    #[serde(skip)]
    pub logo_at: Span,
    /// Its front door: provider slugs, with where each stands (in place of the site's).
    #[serde(skip)]
    pub front_door: Vec<(String, Span)>,
}

/// `municipalities:` as written, A–Z by slug.
pub(super) fn parts(doc: &Document, raw: Option<BTreeMap<String, RawPart>>, out: &mut Diagnostics) -> Vec<Part> {
    let path = |slug: &str, rest: &[Seg]| -> Vec<Seg> {
        let mut p = vec![Seg::Key("municipalities".into()), Seg::Key(slug.into())];
        p.extend_from_slice(rest);
        p
    };
    raw.unwrap_or_default()
        .into_iter()
        .map(|(slug, raw)| {
            let logo_at = doc.value_span(&path(&slug, &[Seg::Key("logo".into())]));
            let front_door = raw
                .front_door
                .unwrap_or_default()
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let at = doc.value_span(&path(&slug, &[Seg::Key("front_door".into()), Seg::Index(i)]));
                    (p.trim().to_string(), at)
                })
                .collect();
            Part {
                at: doc.key_span(&path(&slug, &[])),
                logo: raw.logo.and_then(|l| super::logo(doc, &l, logo_at, out)),
                logo_at,
                front_door,
                slug: slug.trim().to_string(),
            }
        })
        .collect()
}
