//! `steunwijzer report`: where the pool is thin, which entries need a review, and which
//! lack the information residents need. For editors and the municipality; never published.

use serde::Serialize;

use crate::date::Date;
use crate::model::{ContactMode, Provider, Site};
use crate::render::Theme;

/// A life domain with fewer providers than this in a neighbourhood is marked as thin.
pub const THIN: usize = 3;

#[derive(Debug, Serialize)]
pub struct Entry {
    pub slug: String,
    pub name: String,
    pub source: String,
    pub last_reviewed: Date,
}

#[derive(Debug, Serialize)]
pub struct StaleEntry {
    #[serde(flatten)]
    pub entry: Entry,
    /// Whole months since the last review.
    pub months: i64,
}

#[derive(Debug, Serialize)]
pub struct Coverage {
    pub life_domain: String,
    pub name: String,
    /// Providers for the whole municipality.
    pub whole_municipality: usize,
    /// Per neighbourhood (in the order of `neighbourhoods`): providers serving it, the
    /// whole-municipality ones included.
    pub per_neighbourhood: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub title: String,
    pub date: Date,
    pub providers: usize,
    pub stale_after_months: u32,
    pub thin_below: usize,
    pub neighbourhoods: Vec<String>,
    pub coverage: Vec<Coverage>,
    /// Oldest review first.
    pub stale: Vec<StaleEntry>,
    pub unreachable: Vec<Entry>,
    pub no_walk_in: Vec<Entry>,
    pub no_accessibility: Vec<Entry>,
}

fn entry(p: &Provider) -> Entry {
    Entry {
        slug: p.slug.clone(),
        name: p.name.clone(),
        source: p.source.clone(),
        last_reviewed: p.last_reviewed,
    }
}

fn months_between(from: Date, to: Date) -> i64 {
    let m = i64::from(to.year - from.year) * 12 + i64::from(to.month) - i64::from(from.month);
    if to.day < from.day { m - 1 } else { m }
}

pub fn build(site: &Site) -> Report {
    let coverage = site
        .life_domains
        .iter()
        .map(|d| {
            let in_domain: Vec<&Provider> = site
                .providers
                .iter()
                .filter(|p| p.life_domains.contains(&d.slug))
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
        })
        .collect();
    stale.sort_by(|a, b| (a.entry.last_reviewed, &a.entry.slug).cmp(&(b.entry.last_reviewed, &b.entry.slug)));
    let pick = |f: &dyn Fn(&Provider) -> bool| site.providers.iter().filter(|p| f(p)).map(entry).collect();
    Report {
        title: site.config.title.clone(),
        date: site.today,
        providers: site.providers.len(),
        stale_after_months: site.config.stale_after_months,
        thin_below: THIN,
        neighbourhoods: site.neighbourhoods.iter().map(|n| n.name.clone()).collect(),
        coverage,
        stale,
        unreachable: pick(&|p| p.contact.is_empty()),
        no_walk_in: pick(&|p| !p.contact_modes.contains(&ContactMode::WalkIn)),
        no_accessibility: pick(&|p| p.accessibility.is_empty()),
    }
}

pub fn render_json(r: &Report) -> String {
    serde_json::to_string_pretty(r).unwrap_or_default() + "\n"
}

pub fn render_text(r: &Report) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — review report of {} ({} providers)\n",
        r.title, r.date, r.providers
    );
    let _ = writeln!(
        out,
        "Providers per life domain and neighbourhood (* = fewer than {}):",
        r.thin_below
    );
    let width = r
        .coverage
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(12);
    let _ = write!(out, "  {:<width$}", "");
    for n in &r.neighbourhoods {
        let _ = write!(out, " {:>11}", truncate(n, 11));
    }
    let _ = writeln!(out, " {:>11}", "whole city");
    for c in &r.coverage {
        let _ = write!(out, "  {:<width$}", c.name);
        for n in &c.per_neighbourhood {
            let mark = if *n < r.thin_below { "*" } else { " " };
            let _ = write!(out, " {:>10}{mark}", n);
        }
        let _ = writeln!(out, " {:>11}", c.whole_municipality);
    }
    let _ = writeln!(
        out,
        "\nNot reviewed for more than {} months (oldest first): {}",
        r.stale_after_months,
        r.stale.len()
    );
    for s in &r.stale {
        let _ = writeln!(
            out,
            "  {}  {:>3} months  {}  ({})",
            s.entry.last_reviewed, s.months, s.entry.name, s.entry.source
        );
    }
    for (title, list) in [
        ("No phone, e-mail, website or address", &r.unreachable),
        ("No walk-in", &r.no_walk_in),
        ("No accessibility information", &r.no_accessibility),
    ] {
        let _ = writeln!(out, "\n{title}: {}", list.len());
        for e in list {
            let _ = writeln!(out, "  {}  ({})", e.name, e.source);
        }
    }
    out
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// The HTML page, from the theme's `report.html` template.
pub fn render_html(r: &Report, theme: &Theme) -> Result<String, String> {
    let file = theme
        .templates
        .get("report.html")
        .ok_or("the theme has no report.html template")?;
    let source = std::str::from_utf8(&file.bytes).map_err(|_| "report.html is not UTF-8".to_string())?;
    let mut ctx = tera::Context::new();
    ctx.insert("report", r);
    tera::Tera::one_off(source, &ctx, true)
        .map_err(|e| format!("{}: {}", file.origin, crate::diagnostic::error_chain(&e)))
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
