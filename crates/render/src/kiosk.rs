//! What only the kiosk edition shows: QR codes in place of links that would leave the
//! directory, and how long it waits for the next visitor.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::{qr, seo, views};
use steunwijzer_core::artifact::{Artifact, Fingerprint, Sink, this_binary};
use steunwijzer_core::model::{Provider, Site};
use steunwijzer_core::par;
use steunwijzer_core::paths;

/// Where the kiosk pages are written, below the site's root.
pub(crate) const DIR: &str = "kiosk/";
/// Where its QR codes are.
pub(crate) const QR_DIR: &str = "assets/qr/";

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
pub(crate) struct QrMemo(HashMap<String, Option<Made>>);

#[cfg(any(test, feature = "test-support"))]
impl QrMemo {
    /// How many codes are kept.
    #[must_use]
    pub(crate) fn kept(&self) -> usize {
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
    /// from `memo` (the live preview's) when it has them and added to it, else from the
    /// previous build ([`Sink::again`]: a rebuild at 10,000 providers made 90,000 codes
    /// again); with `whole` (every provider included) the memo keeps only this site's. A
    /// build has no memo: it would hold every code's SVG until the last page is made.
    pub(crate) fn make(
        site: &Site,
        include: impl Fn(&Provider) -> bool,
        memo: Option<&mut QrMemo>,
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
        QrFiles::of_addresses(&texts, memo, whole, sink, this_binary().as_deref())
    }

    /// The codes of `texts` (sorted, each once), made by `maker` (see [`this_binary`]):
    /// from the memo, else from the previous build, else made.
    fn of_addresses(
        texts: &[String],
        mut memo: Option<&mut QrMemo>,
        whole: bool,
        sink: &dyn Sink,
        maker: Option<&str>,
    ) -> QrFiles {
        let mut paths = HashMap::with_capacity(texts.len());
        let mut missing = Vec::new();
        for text in texts {
            if let Some(made) = memo.as_ref().and_then(|m| m.0.get(text)) {
                if let Some(m) = made {
                    sink.put(Artifact::new(m.path.clone(), m.svg.clone()));
                }
                paths.insert(text.clone(), made.as_ref().map(|m| m.path.clone()));
            } else if let Some(source) = maker.map(|m| source_of(m, text))
                && let file = file_of(text)
                && sink.again(&file, &source).is_some()
            {
                paths.insert(text.clone(), Some(file));
            } else {
                missing.push(text);
            }
        }
        let svgs = par::map(&missing, |t| qr::svg(t));
        for (text, svg) in missing.into_iter().zip(svgs) {
            let path = svg.as_ref().map(|_| file_of(text));
            paths.insert(text.clone(), path.clone());
            let Some((path, svg)) = path.zip(svg) else {
                if let Some(memo) = memo.as_deref_mut() {
                    memo.0.insert(text.clone(), None);
                }
                continue;
            };
            if let Some(memo) = memo.as_deref_mut() {
                let made = Made {
                    path: path.clone(),
                    svg: svg.clone(),
                };
                memo.0.insert(text.clone(), Some(made));
            }
            let file = Artifact::new(path, svg);
            match maker {
                Some(maker) => sink.put_made_from(file, &source_of(maker, text)),
                None => sink.put(file),
            }
        }
        if let (true, Some(memo)) = (whole, memo) {
            let wanted: HashSet<&String> = texts.iter().collect();
            memo.0.retain(|text, _| wanted.contains(text));
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

/// Where the code of `text` is kept: named by the text's fingerprint, so a rebuild finds
/// the file without making the code (96 bits: among 100,000 codes a 32-bit name would
/// give two addresses one file about once).
fn file_of(text: &str) -> String {
    format!("{QR_DIR}{}.svg", Fingerprint::of(text.as_bytes()))
}

/// What the code of `text` is made from: the binary that draws it, and the text.
fn source_of(maker: &str, text: &str) -> String {
    let mut f = Fingerprint::default();
    f.part(maker.as_bytes());
    f.part(text.as_bytes());
    f.hex()
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

    /// A sink that has the previous build's files of `before` (path, source) and notes
    /// what it is given.
    #[derive(Default)]
    struct Previous {
        before: Vec<(String, String)>,
        made: std::sync::Mutex<Vec<String>>,
    }

    impl Sink for Previous {
        fn put(&self, file: Artifact) {
            self.made.lock().unwrap().push(file.path);
        }
        fn each(
            &self,
            _: &mut dyn FnMut(&str, &dyn steunwijzer_core::artifact::Taken) -> std::io::Result<()>,
        ) -> std::io::Result<()> {
            Ok(())
        }
        fn put_with(
            &self,
            _: &str,
            _: &mut dyn FnMut(&mut dyn steunwijzer_core::artifact::Output) -> std::io::Result<()>,
        ) -> std::io::Result<u64> {
            Ok(0)
        }
        fn again(&self, path: &str, source: &str) -> Option<u64> {
            self.before.iter().any(|(p, s)| p == path && s == source).then_some(1)
        }
    }

    #[test]
    fn a_code_the_previous_build_made_from_the_same_source_is_taken_not_made() {
        let texts = ["https://a.example/", "https://b.example/", "mailto:c@example.org"].map(String::from);
        let first = Previous::default();
        let made = QrFiles::of_addresses(&texts, Some(&mut QrMemo::default()), true, &first, Some("m1"));
        assert_eq!(first.made.lock().unwrap().len(), 3);
        let path = made.path("https://a.example/").unwrap();
        assert!(
            path.starts_with("assets/qr/") && path.len() == "assets/qr/.svg".len() + 24,
            "{path}"
        );
        let before = |maker: &str| Previous {
            before: texts[..2].iter().map(|t| (file_of(t), source_of(maker, t))).collect(),
            ..Previous::default()
        };
        let again = before("m1");
        let taken = QrFiles::of_addresses(&texts, Some(&mut QrMemo::default()), true, &again, Some("m1"));
        assert_eq!(
            *again.made.lock().unwrap(),
            [file_of("mailto:c@example.org")],
            "only the new one is made"
        );
        assert_eq!(taken.path("https://a.example/"), Some(path));
        let other = before("m0");
        QrFiles::of_addresses(&texts, Some(&mut QrMemo::default()), true, &other, Some("m1"));
        assert_eq!(
            other.made.lock().unwrap().len(),
            3,
            "another binary's codes are made again"
        );
        let unknown = before("m1");
        QrFiles::of_addresses(&texts, Some(&mut QrMemo::default()), true, &unknown, None);
        assert_eq!(unknown.made.lock().unwrap().len(), 3, "no binary known, nothing taken");
    }

    #[test]
    fn every_address_gets_a_code() {
        let svg = qr::svg("mailto:info@voorbeeld.nl").unwrap();
        assert!(svg.starts_with("<svg"));
        assert_eq!(DIR.matches('/').count(), 1, "kiosk pages are one folder down");
    }
}
