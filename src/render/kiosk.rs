//! What only the kiosk edition shows: QR codes in place of links that would leave the
//! directory, and how long it waits for the next visitor.

use serde::Serialize;

use super::{qr, views};
use crate::artifact::{Artifact, content_hash};
use crate::model::{Provider, Site};
use crate::paths;

/// Where the kiosk pages are written, below the site's root.
pub(super) const DIR: &str = "kiosk/";

/// QR codes a visitor scans to take an address along on their phone: paths of SVG files
/// below the site root. Files, not inline SVG: pages keep no markup but the templates'.
#[derive(Serialize, Default)]
pub(super) struct Codes {
    /// The provider's page on the public site.
    page: Option<String>,
    website: Option<String>,
    email: Option<String>,
    /// The address on a map.
    map: Option<String>,
}

/// The codes of `p`'s page, website, e-mail and address; their files go to `files`,
/// named by their content (two providers at one address share a file: the renderer
/// keeps one).
pub(super) fn codes(site: &Site, p: &Provider, files: &mut Vec<Artifact>) -> Codes {
    let c = &p.contact;
    let mut file = |text: &str| {
        let svg = qr::svg(text)?;
        let path = format!("assets/qr/{}.svg", content_hash(svg.as_bytes()));
        files.push(Artifact::new(path.clone(), svg));
        Some(path)
    };
    Codes {
        page: file(&paths::canonical(&site.config.base_url, &paths::provider(&p.slug))),
        website: c.website.as_deref().and_then(&mut file),
        email: c.email.as_ref().and_then(|e| file(&format!("mailto:{e}"))),
        map: c.address.as_ref().and_then(|a| file(&views::map_url(a))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_gets_a_code() {
        let svg = qr::svg("mailto:info@voorbeeld.nl").unwrap();
        assert!(svg.starts_with("<svg"));
        assert_eq!(DIR.matches('/').count(), 1, "kiosk pages are one folder down");
    }
}
