//! The printed guide: the whole directory as an A4 booklet, the same in large print, and a
//! leaflet per life domain, as tagged PDFs (PDF/UA-1) laid out by typst from the theme's
//! `print/gids.typ`. The data the template gets is the same provider view the web pages
//! get, with each provider's address on the site and a QR code to it.
//!
//! The PDFs are the same bytes for the same content: the edition date is the newest
//! `last_reviewed` of the listed providers (or `SOURCE_DATE_EPOCH` when set), and typst
//! sees no clock and no files but the theme's.
//!
//! typst is half of the crates a build compiles: the binary has this crate with its
//! feature `print` (on by default), and gives [`Typst`] to the render stage as its
//! [`Printer`]. Without it the site is made without the PDFs and says why.

// The library returns data and never prints; outside tests, nothing a user can influence
// is unwrapped.
#![forbid(unsafe_code)]
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![allow(clippy::result_large_err)]

mod blocks;
mod plan;
mod source;
mod typeset;
mod world;

use steunwijzer_core::artifact::Sink;
use steunwijzer_core::date::Date;
use steunwijzer_core::diagnostic::Diagnostics;
use steunwijzer_core::model::Site;
use steunwijzer_render::theme::Theme;
use steunwijzer_render::{MAIN, PdfLink, Printed, Printer};

/// The printer of the guide: typst.
#[derive(Debug, Clone, Copy, Default)]
pub struct Typst;

impl Printer for Typst {
    fn letters(&self, theme: &Theme) -> Option<Box<dyn Fn(char) -> bool + Sync>> {
        typeset::letters(theme).map(|l| Box::new(move |c| l.has(c)) as Box<dyn Fn(char) -> bool + Sync>)
    }

    fn print(&self, site: &Site, theme: &Theme, edition: Date, sink: &dyn Sink) -> Result<Printed, Diagnostics> {
        typeset::print(site, theme, edition, sink, plan::Budget::of(site))
    }
}

/// How many blocks (headings, paragraphs, list items) and characters of text the guide
/// lays out for an intro page written as `md`.
#[must_use]
pub fn intro_blocks(md: &str) -> (usize, usize) {
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
