//! The printed guide: the whole directory as an A4 booklet, the same in large print, and a
//! leaflet per life domain, as tagged PDFs (PDF/UA-1) laid out by typst from the theme's
//! `print/gids.typ`. The data the template gets is the same provider view the web pages
//! get, with each provider's address on the site and a QR code to it.
//!
//! The PDFs are the same bytes for the same content: the edition date is the newest
//! `last_reviewed` of the listed providers (or `SOURCE_DATE_EPOCH` when set), and typst
//! sees no clock and no files but the theme's.

//!
//! typst is behind the cargo feature `print` (on by default): it is half of the crates a
//! build compiles. Without it [`print`] makes nothing and [`unavailable`] says so.

mod blocks;
#[cfg(not(feature = "print"))]
mod off;
#[cfg(feature = "print")]
mod typeset;
#[cfg(feature = "print")]
mod world;

use std::collections::BTreeMap;

use serde::Serialize;

use super::theme::Theme;
use crate::artifact::Artifact;
use crate::date::Date;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Site;

#[cfg(not(feature = "print"))]
pub(crate) use off::{letters, print};
#[cfg(feature = "print")]
pub(crate) use typeset::{letters, print};

/// The template every edition is laid out with.
const MAIN: &str = "gids.typ";

/// A PDF of the site, for a link to it: its path and its size in words.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PdfLink {
    pub(crate) path: String,
    pub(crate) size: String,
}

/// The PDFs, and what the web pages need to link to them.
#[derive(Debug, Default, Serialize)]
pub(crate) struct Printed {
    #[serde(skip)]
    pub(crate) files: Vec<Artifact>,
    pub(crate) guide: Option<PdfLink>,
    pub(crate) large: Option<PdfLink>,
    /// Per life domain slug.
    pub(crate) leaflets: BTreeMap<String, PdfLink>,
}

/// How many blocks (headings, paragraphs, list items) and characters of text the guide
/// lays out for an intro page written as `md`.
pub(super) fn intro_blocks(md: &str) -> (usize, usize) {
    let mut counts = (0, 0);
    for b in blocks::blocks(md) {
        match b {
            blocks::Block::Heading { text, .. } | blocks::Block::Paragraph { text } => {
                counts.0 += 1;
                counts.1 += text.chars().count();
            }
            blocks::Block::List { items } => {
                counts.0 += items.len();
                counts.1 += items.iter().map(|i| i.chars().count()).sum::<usize>();
            }
        }
    }
    counts
}

/// Whether this binary can lay out the guide the site asks for: a warning at site.yaml
/// when the site prints (the default) with a theme that has a guide, and the binary was
/// built without the feature `print`. The site is made without the PDFs.
pub(crate) fn unavailable(site: &Site, theme: &Theme) -> Option<Diagnostic> {
    let asked = site.config.print && theme.print.contains_key(MAIN);
    (asked && !cfg!(feature = "print")).then(|| {
        Diagnostic::file_warning(
            Code::PrintUnavailable,
            &site.config.path,
            "this steunwijzer was built without printing (cargo feature `print`): the site is made without the printed guide",
        )
        .with_hint("use a steunwijzer built with its default features, or set `enabled: false` under `print:` in site.yaml")
    })
}

/// The date on the cover (and on printed web pages): a reproducible build's date
/// (`SOURCE_DATE_EPOCH`) when given, else the newest `last_reviewed`.
pub(super) fn edition_date(site: &Site) -> Date {
    site.source_date
        .or_else(|| site.providers.iter().map(|p| p.last_reviewed).max())
        .unwrap_or(site.today)
}

#[cfg(test)]
mod tests {
    use crate::text;

    #[test]
    fn sizes_in_words() {
        assert_eq!(text::size_words(999), "1 kB");
        assert_eq!(text::size_words(240_100), "241 kB");
        assert_eq!(text::size_words(1_250_000), "1,3 MB");
    }
}
