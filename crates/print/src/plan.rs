//! Which PDFs a build makes, and which providers each holds: the guide, the guide in
//! large print, the guide as an A5 booklet, a leaflet per life domain, and "Zo vindt u
//! hulp" per interface language.
//!
//! No document holds more entries than its budget ([`Budget`]). A guide that would is
//! made as a volume per life domain instead, and a life domain that passes the budget on
//! its own is cut into parts A–Z of about equal size; a leaflet likewise. So one
//! document's layout takes bounded memory and time whatever the size of the site (a
//! national site never makes one guide of 100,000 entries), and the documents are laid
//! out independently, on every core.

use steunwijzer_core::model::Site;
use steunwijzer_core::text;

/// The folder of the PDFs in the site.
pub(crate) const DIR: &str = "gids";

/// At most this many entries (a provider in a chapter) in one document (by default 120,
/// 120 and 12: see `PrintBudget`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Budget {
    /// The guide (about two entries a page: 120 entries are about 60 pages).
    pub(crate) guide: usize,
    /// The large print (about one entry a page).
    pub(crate) large: usize,
    /// The booklet (A5: about one entry a page), half the guide's, so that it can be
    /// stapled (60 entries are about 64 pages, 16 sheets).
    pub(crate) booklet: usize,
    /// A leaflet: what fits on one folded A4 sheet (four pages, two columns).
    pub(crate) leaflet: usize,
}

impl Budget {
    /// As `site.yaml` sets it (`print.volume_entries`, `print.leaflet_entries`).
    pub(crate) fn of(site: &Site) -> Budget {
        let b = site.config.print_budget;
        let n = |v: u32| usize::try_from(v).unwrap_or(usize::MAX);
        Budget {
            guide: n(b.volume_entries),
            large: n(b.volume_entries),
            booklet: n(b.volume_entries).div_ceil(2),
            leaflet: n(b.leaflet_entries),
        }
    }
}

/// Which edition a document is; the template is told its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    Guide,
    Large,
    /// The guide at A5, to print as a booklet.
    Booklet,
    /// The leaflet of the life domain with this slug.
    Leaflet(String),
    /// The leaflet of the neighbourhood with this slug: the providers that name it.
    Area(String),
    /// "Zo vindt u hulp" in a language.
    HowTo(String),
}

/// One PDF to make.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    /// Relative to the site root.
    pub(crate) path: String,
    pub(crate) kind: Kind,
    /// Its chapters: a life domain (an index into `site.life_domains`) with the providers
    /// of it that this document holds (indexes into `site.providers`, A–Z).
    pub(crate) chapters: Vec<(usize, Vec<usize>)>,
    /// For a neighbourhood's leaflet: the neighbourhood (an index into
    /// `site.neighbourhoods`) and the providers of it this document holds.
    pub(crate) area: Option<(usize, Vec<usize>)>,
    /// When the document is one part of an edition cut up: the life domain it is of
    /// (`None` for the "Zo vindt u hulp" sheets and a guide that is whole) and, when the
    /// life domain is in more than one part, which part.
    pub(crate) volume: Option<Volume>,
    /// On a region's or the country's site, the municipality (an index into
    /// `site.neighbourhoods`) whose guide or leaflet this is.
    pub(crate) municipality: Option<usize>,
}

impl Document {
    /// How much laying it out takes, about: its entries, one in large print or at A5
    /// counting twice (its pages are about twice as many).
    pub(crate) fn weight(&self) -> usize {
        let entries: usize = self.chapters.iter().chain(&self.area).map(|(_, ps)| ps.len()).sum();
        if matches!(self.kind, Kind::Large | Kind::Booklet) {
            2 * entries
        } else {
            entries
        }
    }
}

/// One part of an edition that is cut up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Volume {
    /// The life domain's slug (or the neighbourhood's, for its leaflet).
    pub(crate) domain: String,
    /// Its number (from 1) and how many parts the life domain has.
    pub(crate) part: usize,
    pub(crate) parts: usize,
    /// The last provider of the part before and the first of the part after (indexes
    /// into `site.providers`): its letters are told apart from theirs.
    pub(crate) before: Option<usize>,
    pub(crate) after: Option<usize>,
}

/// Every document of `site`, within `budget`; `howto` when the theme has the "Zo vindt u
/// hulp" sheet. Life domains without providers get no chapter and no leaflet. A region's
/// or the country's guide and leaflets come per municipality (in `gemeente/<slug>/`),
/// each with the providers that serve it: a national guide of 100,000 entries would help
/// no one in a library. The whole region's providers are in each, or, when they are too
/// many to repeat ([`Site::region_wide_repeated`]), in a guide of their own.
pub(crate) fn documents(site: &Site, budget: Budget, howto: bool) -> Vec<Document> {
    let per = site.per_municipality();
    let mut docs = if per.is_empty() {
        let town = text::portable_slug(&site.config.municipality, "gemeente");
        cut(&town, "", &chapters(site, 0..site.providers.len()), budget)
    } else {
        per_municipality(site, &per, budget)
    };
    let langs = if howto { &site.config.languages_ui[..] } else { &[] };
    docs.extend(langs.iter().map(|lang| Document {
        path: format!("{DIR}/zo-vindt-u-hulp-{lang}.pdf"),
        kind: Kind::HowTo(lang.clone()),
        chapters: Vec::new(),
        area: None,
        volume: None,
        municipality: None,
    }));
    let areas = site.neighbourhoods.iter().map(|n| n.slug.as_str());
    // A leaflet of a place has the providers within it and those of the places it lies
    // in (not those of the whole municipality: they are in the guide).
    let within: Vec<Vec<&str>> = site
        .providers
        .iter()
        .map(|p| site.places_within(&p.neighbourhoods))
        .collect();
    let up: std::collections::HashMap<&str, Vec<&str>> = site
        .neighbourhoods
        .iter()
        .map(|n| (n.slug.as_str(), site.places_up(&n.slug)))
        .collect();
    let areas = groups(site, areas, |i, slug| {
        let named = &site.providers[i].neighbourhoods;
        within[i].contains(&slug) || up[slug].iter().any(|u| named.iter().any(|n| n == u))
    });
    docs.extend(areas.iter().flat_map(|c| area_leaflets(c, budget.leaflet)));
    docs
}

/// A region's or the country's guides: one per municipality in `gemeente/<slug>/`, and,
/// when the whole region's providers are too many to repeat in each, one of theirs, named
/// as a municipality's site's guide is ("voor heel Zaanstreek").
fn per_municipality(site: &Site, per: &[(usize, Vec<usize>)], budget: Budget) -> Vec<Document> {
    let mut docs: Vec<Document> = per
        .iter()
        .flat_map(|(m, held)| {
            let slug = &site.neighbourhoods[*m].slug;
            let dir = format!("gemeente/{slug}/");
            let mut docs = cut(slug, &dir, &chapters(site, held.iter().copied()), budget);
            docs.iter_mut().for_each(|d| d.municipality = Some(*m));
            docs
        })
        .collect();
    if !site.region_wide_repeated() {
        let town = text::portable_slug(&site.config.municipality, "regio");
        let wide = (0..site.providers.len()).filter(|&i| site.providers[i].neighbourhoods.is_empty());
        docs.extend(cut(&town, "", &chapters(site, wide), budget));
    }
    docs
}

/// A chapter per life domain, with those of `held` (indexes into `site.providers`, A–Z)
/// that are in it.
fn chapters(site: &Site, held: impl Iterator<Item = usize>) -> Vec<Chapter> {
    let mut out: Vec<Chapter> = site
        .life_domains
        .iter()
        .enumerate()
        .map(|(domain, d)| Chapter {
            domain,
            slug: d.slug.clone(),
            providers: Vec::new(),
        })
        .collect();
    let index: std::collections::HashMap<&str, usize> = site
        .life_domains
        .iter()
        .enumerate()
        .map(|(i, d)| (d.slug.as_str(), i))
        .collect();
    for i in held {
        for d in &site.providers[i].life_domains {
            if let Some(&c) = index.get(d.as_str()) {
                out[c].providers.push(i);
            }
        }
    }
    out
}

/// A chapter per slug (its index among `slugs`), with the providers `of` it, A–Z.
fn groups<'a>(site: &Site, slugs: impl Iterator<Item = &'a str>, of: impl Fn(usize, &str) -> bool) -> Vec<Chapter> {
    slugs
        .enumerate()
        .map(|(domain, slug)| Chapter {
            domain,
            slug: slug.to_string(),
            providers: site
                .providers
                .iter()
                .enumerate()
                .filter(|(i, _)| of(*i, slug))
                .map(|(i, _)| i)
                .collect(),
        })
        .collect()
}

/// The leaflets of a neighbourhood (`c.domain` is its index): the providers that name it,
/// not those of the whole municipality (those are in every life domain's leaflet), in
/// parts within `budget`; none when no provider names it.
fn area_leaflets(c: &Chapter, budget: usize) -> Vec<Document> {
    if c.providers.is_empty() {
        return Vec::new();
    }
    let name = format!("wijk-{}", c.slug);
    volumes(&name, c, &Kind::Area(c.slug.clone()), budget)
        .into_iter()
        .map(|mut d| {
            d.area = d.chapters.pop();
            d
        })
        .collect()
}

/// A life domain (an index into `site.life_domains`, and its slug) with its providers.
#[derive(Debug, Clone)]
pub(crate) struct Chapter {
    pub(crate) domain: usize,
    pub(crate) slug: String,
    pub(crate) providers: Vec<usize>,
}

/// The documents of `town` with these chapters, their names beginning with `dir` (a
/// folder below `gids/`, or "").
fn cut(town: &str, dir: &str, chapters: &[Chapter], budget: Budget) -> Vec<Document> {
    let chapters: Vec<&Chapter> = chapters.iter().filter(|c| !c.providers.is_empty()).collect();
    let mut docs = book(&format!("{dir}{town}-gids"), &Kind::Guide, &chapters, budget.guide);
    docs.extend(book(
        &format!("{dir}{town}-gids-groot"),
        &Kind::Large,
        &chapters,
        budget.large,
    ));
    docs.extend(book(
        &format!("{dir}{town}-gids-a5"),
        &Kind::Booklet,
        &chapters,
        budget.booklet,
    ));
    for c in &chapters {
        docs.extend(volumes(
            &format!("{dir}{}", c.slug),
            c,
            &Kind::Leaflet(c.slug.clone()),
            budget.leaflet,
        ));
    }
    docs
}

/// The guide (or its large print) as one document when it is within `budget`, else a
/// volume per life domain, each cut into parts within `budget`.
fn book(name: &str, kind: &Kind, chapters: &[&Chapter], budget: usize) -> Vec<Document> {
    let entries: usize = chapters.iter().map(|c| c.providers.len()).sum();
    if entries <= budget {
        return vec![Document {
            path: format!("{DIR}/{name}.pdf"),
            kind: kind.clone(),
            chapters: chapters.iter().map(|c| (c.domain, c.providers.clone())).collect(),
            area: None,
            volume: None,
            municipality: None,
        }];
    }
    chapters
        .iter()
        .flat_map(|c| volumes(&format!("{name}-{}", c.slug), c, kind, budget))
        .collect()
}

/// The providers of one chapter in parts of about equal size within `budget`, named
/// `name.pdf` when one part does, else `name-1.pdf`, `name-2.pdf`, ….
fn volumes(name: &str, c: &Chapter, kind: &Kind, budget: usize) -> Vec<Document> {
    let parts = c.providers.len().div_ceil(budget.max(1)).max(1);
    let size = c.providers.len().div_ceil(parts).max(1);
    let chunks: Vec<&[usize]> = c.providers.chunks(size).collect();
    chunks
        .iter()
        .enumerate()
        .map(|(i, part)| Document {
            path: if parts == 1 {
                format!("{DIR}/{name}.pdf")
            } else {
                format!("{DIR}/{name}-{}.pdf", i + 1)
            },
            kind: kind.clone(),
            chapters: vec![(c.domain, part.to_vec())],
            area: None,
            volume: Some(Volume {
                domain: c.slug.clone(),
                part: i + 1,
                parts,
                before: i.checked_sub(1).and_then(|j| chunks[j].last().copied()),
                after: chunks.get(i + 1).and_then(|next| next.first().copied()),
            }),
            municipality: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes(docs: &[Document], kind: &Kind) -> Vec<usize> {
        docs.iter()
            .filter(|d| &d.kind == kind)
            .map(|d| d.chapters.iter().map(|(_, ps)| ps.len()).sum())
            .collect()
    }

    fn chapter(domain: usize, slug: &str, providers: std::ops::Range<usize>) -> Chapter {
        Chapter {
            domain,
            slug: slug.into(),
            providers: providers.collect(),
        }
    }

    #[test]
    fn parts_are_about_equal_and_within_budget() {
        let c = chapter(0, "werk", 0..25);
        let docs = volumes("x", &c, &Kind::Leaflet("werk".into()), 12);
        let got: Vec<usize> = docs.iter().map(|d| d.chapters[0].1.len()).collect();
        assert_eq!(got, vec![9, 9, 7]);
        assert_eq!(docs[0].path, "gids/x-1.pdf");
        assert_eq!(docs[2].volume.as_ref().map(|v| (v.part, v.parts)), Some((3, 3)));
        let one = volumes("x", &chapter(0, "werk", 0..12), &Kind::Leaflet("werk".into()), 12);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].path, "gids/x.pdf");
    }

    #[test]
    fn a_neighbourhood_has_leaflets_of_its_own_providers() {
        let docs = area_leaflets(&chapter(2, "oost", 0..14), 12);
        let held: Vec<(usize, usize)> = docs
            .iter()
            .filter_map(|d| d.area.as_ref())
            .map(|(a, ps)| (*a, ps.len()))
            .collect();
        assert_eq!(held, [(2, 7), (2, 7)]);
        assert!(
            docs.iter()
                .all(|d| d.chapters.is_empty() && d.kind == Kind::Area("oost".into()))
        );
        assert_eq!(docs[1].path, "gids/wijk-oost-2.pdf");
        assert!(area_leaflets(&chapter(3, "noord", 0..0), 12).is_empty());
    }

    #[test]
    fn a_municipalitys_documents_are_in_its_own_folder() {
        let chapters = [chapter(0, "werk", 0..3)];
        let budget = Budget {
            guide: 40,
            large: 40,
            booklet: 20,
            leaflet: 12,
        };
        let paths: Vec<String> = cut("zaanstad", "gemeente/zaanstad/", &chapters, budget)
            .into_iter()
            .map(|d| d.path)
            .collect();
        assert_eq!(
            paths,
            [
                "gids/gemeente/zaanstad/zaanstad-gids.pdf",
                "gids/gemeente/zaanstad/zaanstad-gids-groot.pdf",
                "gids/gemeente/zaanstad/zaanstad-gids-a5.pdf",
                "gids/gemeente/zaanstad/werk.pdf",
            ]
        );
    }

    #[test]
    fn a_guide_over_budget_is_cut_per_life_domain() {
        let chapters = [
            chapter(0, "werk", 0..30),
            chapter(1, "zorg", 0..0),
            chapter(2, "wonen", 20..50),
        ];
        let small = Budget {
            guide: 40,
            large: 20,
            booklet: 20,
            leaflet: 12,
        };
        let docs = cut("haarlem", "", &chapters, small);
        // 30 providers in each of two life domains: 60 entries; the empty one has none.
        assert_eq!(sizes(&docs, &Kind::Guide), vec![30, 30]);
        assert_eq!(sizes(&docs, &Kind::Large), vec![15, 15, 15, 15]);
        assert_eq!(sizes(&docs, &Kind::Booklet), vec![15, 15, 15, 15]);
        assert!(docs.iter().any(|d| d.path == "gids/haarlem-gids-groot-wonen-2.pdf"));
        assert_eq!(sizes(&docs, &Kind::Leaflet("werk".into())), vec![10, 10, 10]);
        assert!(sizes(&docs, &Kind::Leaflet("zorg".into())).is_empty());
        let whole = cut(
            "haarlem",
            "",
            &chapters,
            Budget {
                guide: 200,
                large: 100,
                booklet: 100,
                leaflet: 12,
            },
        );
        assert_eq!(sizes(&whole, &Kind::Guide), vec![60]);
        assert!(
            whole
                .iter()
                .any(|d| d.path == "gids/haarlem-gids.pdf" && d.volume.is_none())
        );
    }
}
