//! What only the kiosk edition shows: QR codes in place of links that would leave the
//! directory, and how long it waits for the next visitor.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::{qr, seo, views};
use steunwijzer_core::artifact::{Artifact, Sink, content_hash};
use steunwijzer_core::model::{Provider, Site};
use steunwijzer_core::par;
use steunwijzer_core::paths;

/// Where the kiosk pages are written, below the site's root.
pub(crate) const DIR: &str = "kiosk/";

/// QR codes a visitor scans to take an address along on their phone: paths of SVG files
/// below the site root. Files, not inline SVG: pages keep no markup but the templates'.
#[derive(Serialize, Default)]
pub(crate) struct Codes {
    /// The provider's page on the public site.
    page: Option<String>,
    website: Option<String>,
    email: Option<String>,
    /// The address on a map.
    map: Option<String>,
}

/// The QR code files of every address the kiosk shows, made before the pages on all
/// cores: choosing each code's mask is most of a kiosk build's work (docs/benchmarks.md).
#[derive(Default)]
pub(crate) struct QrFiles {
    /// Address → path of its file; None when the address is too long for a code.
    paths: HashMap<String, Option<String>>,
}

/// The QR codes made before, by address (the live preview keeps them between saves: at
/// 10,000 providers they were a third of a full rebuild). None: too long for a code.
#[derive(Default)]
pub struct QrMemo(HashMap<String, Option<Made>>);

#[cfg(any(test, feature = "test-support"))]
impl QrMemo {
    /// How many codes are kept.
    #[must_use]
    pub fn kept(&self) -> usize {
        self.0.len()
    }
}

/// A code's file: its path and its SVG.
struct Made {
    path: String,
    svg: String,
}

impl QrFiles {
    /// The codes of the providers `include` accepts; their files go to `sink`: one per
    /// distinct address (two providers at one address share a file). Codes are taken
    /// from `memo` when it has them and added to it; with `whole` (every provider
    /// included) the memo keeps only this site's.
    pub(crate) fn make(
        site: &Site,
        include: impl Fn(&Provider) -> bool,
        memo: &mut QrMemo,
        whole: bool,
        sink: &dyn Sink,
    ) -> QrFiles {
        let mut texts: Vec<String> = site
            .providers
            .iter()
            .filter(|p| include(p))
            .flat_map(|p| addresses(site, p))
            .collect();
        texts.sort_unstable();
        texts.dedup();
        let missing: Vec<&String> = texts.iter().filter(|t| !memo.0.contains_key(*t)).collect();
        let svgs = par::map(&missing, |t| qr::svg(t));
        for (text, svg) in missing.into_iter().zip(svgs) {
            let made = svg.map(|svg| Made {
                path: format!("assets/qr/{}.svg", content_hash(svg.as_bytes())),
                svg,
            });
            memo.0.insert(text.clone(), made);
        }
        if whole {
            let wanted: HashSet<&String> = texts.iter().collect();
            memo.0.retain(|text, _| wanted.contains(text));
        }
        let mut paths = HashMap::with_capacity(texts.len());
        let mut written = HashSet::new();
        for text in texts {
            let made = memo.0.get(&text).and_then(Option::as_ref);
            if let Some(m) = made
                // Two addresses with one name (a hash collision) share the first's file.
                && written.insert(m.path.clone())
            {
                sink.put(Artifact::new(m.path.clone(), m.svg.clone()));
            }
            paths.insert(text, made.map(|m| m.path.clone()));
        }
        QrFiles { paths }
    }

    fn path(&self, text: &str) -> Option<String> {
        self.paths.get(text).cloned().flatten()
    }
}

/// What `p`'s codes encode: its page in every interface language, website, e-mail and
/// address on a map.
fn addresses(site: &Site, p: &Provider) -> Vec<String> {
    let c = &p.contact;
    let pages = site.config.languages_ui.iter().map(|lang| page_url(site, p, lang));
    pages
        .chain(
            [
                c.website.clone(),
                c.email.as_ref().map(|e| format!("mailto:{e}")),
                c.address.as_ref().map(views::map_url),
            ]
            .into_iter()
            .flatten(),
        )
        .collect()
}

/// The provider's page on the public site in `lang`: a visitor of the Arabic kiosk takes
/// the Arabic page along.
fn page_url(site: &Site, p: &Provider, lang: &str) -> String {
    let dir = seo::language_dir(lang, &site.config.language);
    paths::canonical(&site.config.base_url, &format!("{dir}{}", paths::provider(&p.slug)))
}

/// The codes of `p`'s page in `lang`, website, e-mail and address, from the files made
/// before.
pub(crate) fn codes(site: &Site, p: &Provider, qr: &QrFiles, lang: &str) -> Codes {
    let c = &p.contact;
    Codes {
        page: qr.path(&page_url(site, p, lang)),
        website: c.website.as_deref().and_then(|w| qr.path(w)),
        email: c.email.as_ref().and_then(|e| qr.path(&format!("mailto:{e}"))),
        map: c.address.as_ref().and_then(|a| qr.path(&views::map_url(a))),
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
