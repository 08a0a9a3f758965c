//! The review report (`steunwijzer report`): where the pool is thin, which entries need a
//! review, and which lack the information residents need. For editors and the
//! municipality; never published.

use serde::Serialize;

use crate::Theme;
use steunwijzer_core::date::Date;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Msg, error_chain};
use steunwijzer_core::model::{Provider, Site};
use steunwijzer_core::msg;
use steunwijzer_core::values::ContactMode;

/// A life domain with fewer providers than this in a neighbourhood is marked as thin.
const THIN: usize = 3;

/// A provider in one of the report's lists.
#[derive(Debug, Serialize)]
pub struct Entry {
    /// The provider's slug.
    pub slug: String,
    /// The provider's name.
    pub name: String,
    /// Its file, relative to where the command ran.
    pub source: String,
    /// When it was last reviewed, `YYYY-MM-DD`.
    pub last_reviewed: String,
}

/// A provider whose review is older than the site's limit.
#[derive(Debug, Serialize)]
pub struct StaleEntry {
    /// The provider.
    #[serde(flatten)]
    pub entry: Entry,
    /// Whole months since the last review.
    pub months: i64,
    /// How the editors reach it to check: its phone number, e-mail and website.
    pub contact: Vec<String>,
}

/// How many providers serve one life domain, per neighbourhood.
#[derive(Debug, Serialize)]
pub struct Coverage {
    /// The life domain's slug.
    pub life_domain: String,
    /// The life domain's name.
    pub name: String,
    /// Providers for the whole municipality.
    pub whole_municipality: usize,
    /// Per neighbourhood (in the order of `neighbourhoods`): providers serving it, the
    /// whole-municipality ones included.
    pub per_neighbourhood: Vec<usize>,
}

/// What made a report: in the report itself, and in its seal.
pub const REPORT_GENERATOR: &str = "steunwijzer-report";

/// The place for the seal in a report written to a file: `write_report` replaces the
/// zeros with a digest of the whole file, and replaces only a file whose seal still
/// matches every byte of it; any other file is left alone.
pub const REPORT_SEAL: &str = "steunwijzer-report:0000000000000000";

/// The review report of a site.
#[derive(Debug, Serialize)]
pub struct Review {
    /// Always `steunwijzer-report`: what made this report.
    pub generator: &'static str,
    /// The site's title.
    pub title: String,
    /// The day of the report, `YYYY-MM-DD`.
    pub date: String,
    /// Listed providers.
    pub providers: usize,
    /// The site's review limit.
    pub stale_after_months: u32,
    /// Counts below this are thin.
    pub thin_below: usize,
    /// Neighbourhood names, in the site's order.
    pub neighbourhoods: Vec<String>,
    /// Per life domain.
    pub coverage: Vec<Coverage>,
    /// Oldest review first.
    pub stale: Vec<StaleEntry>,
    /// Providers with no phone, e-mail, website or address.
    pub unreachable: Vec<Entry>,
    /// Providers without walk-in.
    pub no_walk_in: Vec<Entry>,
    /// Providers without accessibility information.
    pub no_accessibility: Vec<Entry>,
    /// The site's theme, for the HTML page.
    #[serde(skip)]
    pub theme: String,
    /// Where site.yaml names the theme.
    #[serde(skip)]
    pub theme_at: steunwijzer_core::diagnostic::Span,
}

fn entry(p: &Provider) -> Entry {
    Entry {
        slug: p.slug.clone(),
        name: p.name.clone(),
        source: p.source.clone(),
        last_reviewed: p.last_reviewed.iso(),
    }
}

fn months_between(from: Date, to: Date) -> i64 {
    let m = i64::from(to.year - from.year) * 12 + i64::from(to.month) - i64::from(from.month);
    if to.day < from.day { m - 1 } else { m }
}

/// The report of a validated site.
pub fn review(site: &Site) -> Review {
    let coverage = site
        .life_domains
        .iter()
        .map(|d| {
            let in_domain: Vec<&Provider> = site
                .providers
                .iter()
                .filter(|p| p.life_domains.contains(&d.slug))
                .map(|p| &**p)
                .collect();
            let whole = in_domain.iter().filter(|p| p.neighbourhoods.is_empty()).count();
            Coverage {
                life_domain: d.slug.clone(),
                name: d.name.clone(),
                whole_municipality: whole,
                per_neighbourhood: site
                    .neighbourhoods
                    .iter()
                    .map(|n| whole + in_domain.iter().filter(|p| p.neighbourhoods.contains(&n.slug)).count())
                    .collect(),
            }
        })
        .collect();
    let mut stale: Vec<StaleEntry> = site
        .providers
        .iter()
        .filter(|p| p.stale)
        .map(|p| StaleEntry {
            entry: entry(p),
            months: months_between(p.last_reviewed, site.today),
            contact: [
                p.contact.phone.as_ref().map(|ph| ph.display.clone()),
                p.contact.email.clone(),
                p.contact.website.clone(),
            ]
            .into_iter()
            .flatten()
            .collect(),
        })
        .collect();
    // ISO dates sort as text.
    stale.sort_by(|a, b| (&a.entry.last_reviewed, &a.entry.slug).cmp(&(&b.entry.last_reviewed, &b.entry.slug)));
    let pick = |f: &dyn Fn(&Provider) -> bool| site.providers.iter().filter(|p| f(p)).map(|p| entry(p)).collect();
    Review {
        generator: REPORT_GENERATOR,
        title: site.config.title.clone(),
        date: site.today.iso(),
        providers: site.providers.len(),
        stale_after_months: site.config.stale_after_months,
        thin_below: THIN,
        neighbourhoods: site.neighbourhoods.iter().map(|n| n.name.clone()).collect(),
        coverage,
        stale,
        unreachable: pick(&|p| p.contact.is_empty()),
        no_walk_in: pick(&|p| !p.contact_modes.contains(&ContactMode::WalkIn)),
        no_accessibility: pick(&|p| p.accessibility.is_empty()),
        theme: site.config.theme.clone(),
        theme_at: site.config.theme_at,
    }
}

/// The HTML page, from the theme's `report.html` template.
pub fn render_html(r: &Review, theme: &Theme) -> Result<String, Diagnostic> {
    let fail = |message: Msg| Diagnostic::file_error(Code::TemplateError, "report.html", message);
    let file = theme
        .templates
        .get("report.html")
        .ok_or_else(|| fail(msg!("theme-has-no-report-template")))?;
    let source = std::str::from_utf8(&file.bytes).map_err(|_| fail(msg!("template-not-utf-8")))?;
    let mut ctx = tera::Context::new();
    ctx.insert("report", r);
    tera::Tera::one_off(source, &ctx, true)
        .map_err(|e| fail(msg!("template-error-in", file = file.origin, error = error_chain(&e))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_months() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(months_between(d("2025-01-15"), d("2026-11-24")), 22);
        assert_eq!(months_between(d("2025-11-25"), d("2026-11-24")), 11);
        assert_eq!(months_between(d("2025-11-24"), d("2026-11-24")), 12);
    }
}
