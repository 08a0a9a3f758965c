//! The printed editions, as the render stage sees them: a [`Printer`] lays out the PDFs
//! (the crate `steunwijzer-print`, with typst, which the binary has with its feature
//! `print`); the web pages link to what it made ([`Printed`]). The render stage itself
//! does not depend on typst.

use std::collections::BTreeMap;
use steunwijzer_core::msg;

use serde::Serialize;

use crate::theme::Theme;
use steunwijzer_core::artifact::Sink;
use steunwijzer_core::date::Date;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics};
use steunwijzer_core::model::Site;

/// The template every printed edition is laid out with.
pub const MAIN: &str = "gids.typ";

/// What lays out the printed guide, its large-print edition and the leaflets.
pub trait Printer: Sync {
    /// Whether some print font has the letter: what the guide can set. `None` when the
    /// theme prints no guide. `check` and `build` hold every printed text to it before
    /// anything is laid out, so a name the guide could not set is an error at its line.
    fn letters(&self, theme: &Theme) -> Option<Box<dyn Fn(char) -> bool + Sync>>;

    /// Lays out the PDFs of `site`, dated `edition`, and gives each to `sink` as soon as it
    /// is made; returns what the web pages need to link to them.
    ///
    /// # Errors
    /// The theme's print template's errors, at their place in the print files.
    fn print(&self, site: &Site, theme: &Theme, edition: Date, sink: &dyn Sink) -> Result<Printed, Diagnostics>;
}

/// A PDF of the site, for a link to it: its path and its size in words.
#[derive(Debug, Clone, Serialize)]
pub struct PdfLink {
    /// Relative to the site root.
    pub path: String,
    /// As people read it ("241 kB").
    pub size: String,
    /// When a life domain's list is cut into parts: the names the part runs from and to,
    /// by their first letters ("A–K").
    pub letters: Option<String>,
}

/// One guide's editions: the guide, its large print and its A5 booklet (each whole, or
/// in volumes per life domain when it is too large for one document) and the leaflets
/// per life domain. A site has one; a region's or the country's one per municipality.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Editions {
    /// The guide, when it is one document.
    pub guide: Option<PdfLink>,
    /// The guide in large print, when it is one document.
    pub large: Option<PdfLink>,
    /// The guide's volumes per life domain slug (one or more parts), when it is cut up.
    pub guide_parts: BTreeMap<String, Vec<PdfLink>>,
    /// The same in large print.
    pub large_parts: BTreeMap<String, Vec<PdfLink>>,
    /// The guide at A5, to print as a booklet, when it is one document.
    pub booklet: Option<PdfLink>,
    /// Its volumes per life domain slug, when it is cut up.
    pub booklet_parts: BTreeMap<String, Vec<PdfLink>>,
    /// Per life domain slug: its leaflet, or its parts.
    pub leaflets: BTreeMap<String, Vec<PdfLink>>,
}

/// The PDFs, and what the web pages need to link to them. A guide too large for one
/// document is made per life domain (`guide_parts`, `large_parts`) instead of whole.
#[derive(Debug, Default, Serialize)]
pub struct Printed {
    /// The whole site's guide and leaflets (none on a region's or the country's site).
    #[serde(flatten)]
    pub whole: Editions,
    /// A region's or the country's: each municipality's guide and leaflets, by its slug.
    pub municipalities: BTreeMap<String, Editions>,
    /// "Zo vindt u hulp", per interface language.
    pub howto: BTreeMap<String, PdfLink>,
    /// The leaflets per neighbourhood, in the order of `neighbourhoods.yaml` (only those
    /// that providers name).
    pub areas: Vec<AreaLeaflets>,
}

impl Printed {
    /// What every page gets as `print`: the guide, its large print and its booklet when
    /// each is one document, "Zo vindt u hulp" per language, `has_parts` when the guide
    /// comes in volumes per life domain, and `per_municipality` when it comes per
    /// municipality. A life domain's volumes and leaflets go to its own page only
    /// ([`Printed::of_domain`]): at 10,000 providers the 3,000 documents were copied into
    /// the data of each of the 40,000 pages, a third of a rebuild.
    pub(crate) fn on_every_page(&self) -> PrintView<'_> {
        self.view(None)
    }

    /// `print` on the page of the life domain `slug`: [`Printed::on_every_page`], with its
    /// volumes, booklets, large-print volumes and leaflets.
    pub(crate) fn of_domain(&self, slug: &str) -> PrintView<'_> {
        self.view(Some(slug))
    }

    fn view(&self, domain: Option<&str>) -> PrintView<'_> {
        // A region's whole-site documents are those of its whole-region providers only:
        // linked from the municipalities' pages, not as a life domain's list.
        let per_municipality = !self.municipalities.is_empty();
        let only = |m: &'_ BTreeMap<String, Vec<PdfLink>>| -> BTreeMap<String, Vec<PdfLink>> {
            m.iter()
                .filter(|(d, _)| !per_municipality && domain == Some(d.as_str()))
                .map(|(d, l)| (d.clone(), l.clone()))
                .collect()
        };
        let w = &self.whole;
        PrintView {
            guide: w.guide.as_ref(),
            large: w.large.as_ref(),
            booklet: w.booklet.as_ref(),
            howto: &self.howto,
            has_parts: !per_municipality && !w.guide_parts.is_empty(),
            per_municipality,
            guide_parts: only(&w.guide_parts),
            large_parts: only(&w.large_parts),
            booklet_parts: only(&w.booklet_parts),
            leaflets: only(&w.leaflets),
        }
    }
}

/// The printed editions as a page's template gets them (`print`).
#[derive(Serialize)]
pub(crate) struct PrintView<'a> {
    guide: Option<&'a PdfLink>,
    large: Option<&'a PdfLink>,
    booklet: Option<&'a PdfLink>,
    howto: &'a BTreeMap<String, PdfLink>,
    /// Whether the guide comes in volumes per life domain (the footer then leads to the
    /// life domains).
    has_parts: bool,
    /// Whether the guide comes per municipality (the footer then leads to them).
    per_municipality: bool,
    /// On a life domain's page, its own; elsewhere empty.
    guide_parts: BTreeMap<String, Vec<PdfLink>>,
    large_parts: BTreeMap<String, Vec<PdfLink>>,
    booklet_parts: BTreeMap<String, Vec<PdfLink>>,
    leaflets: BTreeMap<String, Vec<PdfLink>>,
}

/// A neighbourhood's leaflet, or its parts.
#[derive(Debug, Serialize)]
pub struct AreaLeaflets {
    /// The neighbourhood's slug.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Its leaflet, or its parts A–Z.
    pub parts: Vec<PdfLink>,
}

/// Whether the guide the site asks for can be laid out: a warning at site.yaml when the
/// site prints (the default) with a theme that has a guide, and there is no [`Printer`]
/// (the binary was built without the feature `print`). The site is made without the PDFs.
pub(crate) fn unavailable(site: &Site, theme: &Theme, printer: Option<&dyn Printer>) -> Option<Diagnostic> {
    let asked = site.config.print && theme.print.contains_key(MAIN);
    (asked && printer.is_none()).then(|| {
        Diagnostic::file_warning(
            Code::PrintUnavailable,
            &site.config.path,
            msg!("steunwijzer-was-built-without-printing-cargo"),
        )
        .with_hint(msg!("use-steunwijzer-built-with-default-features"))
    })
}

/// The date on the cover (and on printed web pages): a reproducible build's date
/// (`SOURCE_DATE_EPOCH`) when given, else the newest `last_reviewed`.
pub(crate) fn edition_date(site: &Site) -> Date {
    site.source_date
        .or_else(|| site.providers.iter().map(|p| p.last_reviewed).max())
        .unwrap_or(site.today)
}
