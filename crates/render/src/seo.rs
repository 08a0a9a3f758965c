//! What search engines and link previews read: schema.org JSON-LD for the pages, the
//! sitemap and robots.txt. Everything is built as JSON values and serialised here, so no
//! text of a provider can break out of its `<script>` element.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use steunwijzer_core::artifact::Artifact;
use steunwijzer_core::config::Scope;
use steunwijzer_core::date::Date;
use steunwijzer_core::model::{self, Provider, Site};
use steunwijzer_core::paths;
use steunwijzer_core::text;

/// JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` are written as
/// `\u003c`, `\u003e` and `\u0026` (the same JSON), so `</script>` in a name stays text.
pub(crate) fn script_json(value: &Value) -> String {
    let text = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_string());
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            // Line and paragraph separators end a JavaScript string in old parsers.
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

fn url(site: &Site, path: &str) -> String {
    paths::canonical(&site.config.base_url, path)
}

/// The home page: the site and its search, which a search engine may offer in its results.
pub(crate) fn home(site: &Site) -> Value {
    let c = &site.config;
    json!({
        "@context": "https://schema.org",
        "@type": "WebSite",
        "@id": format!("{}#website", c.base_url),
        "name": c.title,
        "description": c.description,
        "url": c.base_url,
        "inLanguage": "nl-NL",
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                // The page's own file: the address works from any host, also without an
                // index file for folders.
                "urlTemplate": format!("{}{}?q={{search_term_string}}", c.base_url, paths::SEARCH),
            },
            "query-input": "required name=search_term_string",
        },
    })
}

/// A provider page: the organisation, the free service it offers, and the way to the page.
pub(crate) fn provider(site: &Site, p: &Provider, crumbs: Crumbs<'_>) -> Value {
    let page = url(site, &paths::provider(&p.slug));
    let org_id = format!("{page}#aanbieder");
    let languages: Vec<&str> = p.languages.iter().map(String::as_str).collect();
    let mut org = json!({
        "@type": "Organization",
        "@id": org_id,
        "name": p.name,
        "description": p.summary,
        "url": p.contact.website.clone().unwrap_or_else(|| page.clone()),
        "contactPoint": contact_point(p, &languages),
    });
    if let Some(phone) = &p.contact.phone {
        org["telephone"] = json!(phone.display);
    }
    if let Some(email) = &p.contact.email {
        org["email"] = json!(email);
    }
    if let Some(a) = &p.contact.address {
        org["address"] = json!({
            "@type": "PostalAddress",
            "streetAddress": a.street,
            "postalCode": a.postcode,
            "addressLocality": a.city,
            "addressCountry": "NL",
        });
    }
    if let Some(hours) = &p.opening_hours {
        let spec: Vec<Value> = hours
            .hours
            .iter()
            .map(|slot| {
                let days: Vec<String> = slot.days.iter().map(|d| format!("https://schema.org/{d:?}")).collect();
                json!({
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": days,
                    "opens": slot.opens.to_string(),
                    "closes": slot.closes.to_string(),
                })
            })
            .collect();
        if !spec.is_empty() {
            org["openingHoursSpecification"] = json!(spec);
        }
    }
    json!({
        "@context": "https://schema.org",
        "@graph": [org, service(site, p, &page, &org_id, &languages), breadcrumbs(site, p, &page, crumbs)],
    })
}

fn contact_point(p: &Provider, languages: &[&str]) -> Value {
    let mut point = json!({
        "@type": "ContactPoint",
        "contactType": "cliëntondersteuning",
        "availableLanguage": languages,
        "areaServed": "NL",
    });
    if let Some(phone) = &p.contact.phone {
        point["telephone"] = json!(phone.tel);
    }
    if let Some(email) = &p.contact.email {
        point["email"] = json!(email);
    }
    point
}

fn service(site: &Site, p: &Provider, page: &str, org_id: &str, languages: &[&str]) -> Value {
    let areas: Vec<Value> = if p.neighbourhoods.is_empty() {
        vec![whole(site)]
    } else {
        site.neighbourhoods
            .iter()
            .enumerate()
            .filter(|(_, n)| p.neighbourhoods.contains(&n.slug))
            .map(|(i, n)| area(site, i, &n.name))
            .collect()
    };
    let types: Vec<&str> = site
        .life_domains
        .iter()
        .filter(|d| p.life_domains.contains(&d.slug))
        .map(|d| d.name.as_str())
        .collect();
    json!({
        "@type": "Service",
        "@id": format!("{page}#ondersteuning"),
        "name": format!("Onafhankelijke cliëntondersteuning door {}", p.name),
        "description": p.summary,
        "url": page,
        "provider": {"@id": org_id},
        "isAccessibleForFree": true,
        "areaServed": areas,
        "serviceType": types,
        "availableLanguage": languages,
    })
}

/// What the whole site serves: the municipality (a `City`), the region (an
/// `AdministrativeArea`) or the country.
fn whole(site: &Site) -> Value {
    let kind = match site.config.scope {
        Scope::Municipality => "City",
        Scope::Region => "AdministrativeArea",
        Scope::Country => "Country",
    };
    json!({"@type": kind, "name": site.config.municipality})
}

/// Place `i` of the site, named `name`: in a municipality's site a part of the `City`; in a
/// region's or the country's a municipality is a `City` (in the region), and a place in one
/// is a part of that `City`.
fn area(site: &Site, i: usize, name: &str) -> Value {
    if site.config.scope == Scope::Municipality {
        return json!({"@type": "AdministrativeArea", "name": name, "containedInPlace": {"@type": "City", "name": site.config.municipality}});
    }
    let places = &site.neighbourhoods;
    match model::up_from(places, i).last() {
        Some(m) => json!({"@type": "AdministrativeArea", "name": name,
                          "containedInPlace": {"@type": "City", "name": places[m].name, "containedInPlace": whole(site)}}),
        None => json!({"@type": "City", "name": name, "containedInPlace": whole(site)}),
    }
}

/// The names of the first two steps of a provider's breadcrumbs (the home page, all
/// providers), from the catalogue in the site's language, as its pages show them.
#[derive(Clone, Copy)]
pub(crate) struct Crumbs<'a> {
    pub(crate) home: &'a str,
    pub(crate) providers: &'a str,
}

fn breadcrumbs(site: &Site, p: &Provider, page: &str, crumbs: Crumbs<'_>) -> Value {
    json!({
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": crumbs.home, "item": site.config.base_url},
            {"@type": "ListItem", "position": 2, "name": crumbs.providers, "item": url(site, paths::PROVIDERS)},
            {"@type": "ListItem", "position": 3, "name": p.name, "item": page},
        ],
    })
}

/// At most this many addresses in one sitemap file, and at most this many bytes (the
/// protocol's limits are 50,000 and 50 MB): a national site in six languages has more.
const MAX_URLS: usize = 50_000;
const MAX_BYTES: usize = 45_000_000;
/// How a `urlset` ends.
const TAIL: &str = "</urlset>\n";

/// A page of the sitemap: its path and when its content was last checked.
type Entry = (String, Option<Date>);

/// `sitemap.xml`: every page of the web site once (all but the 404 page, also when the
/// live preview renders only some), by its canonical address; `lastmod` where the content
/// says when it was checked: a provider's `last_reviewed`, and for a list the newest of its
/// providers'. Free pages and the search page have none.
///
/// One file while it fits the protocol's limits and the site serves one municipality;
/// else `sitemap.xml` is an index of parts: in a region or the country a part per
/// municipality (`sitemap-gemeente-<slug>.xml`: its own page and the pages of the
/// providers with a place in it) beside the rest (`sitemap-algemeen.xml`), each cut where it would pass the
/// limits (`…-2.xml`).
pub(crate) fn sitemaps(site: &Site) -> Vec<Artifact> {
    let per_municipality = site.per_municipality();
    let providers = site
        .providers
        .iter()
        .filter(|p| per_municipality.is_empty() || p.neighbourhoods.is_empty())
        .map(|p| (paths::provider(&p.slug), Some(p.last_reviewed)));
    let general = general_pages(site, providers);
    let mut groups = vec![("algemeen".to_string(), general)];
    for (m, ps) in &per_municipality {
        let newest = ps.iter().map(|&i| site.providers[i].last_reviewed).max();
        let town = std::iter::once((paths::municipality(&site.neighbourhoods[*m].slug), newest));
        let pages = town
            .chain(
                ps.iter()
                    .map(|&i| &site.providers[i])
                    .filter(|p| !p.neighbourhoods.is_empty())
                    .map(|p| (paths::provider(&p.slug), Some(p.last_reviewed))),
            )
            .collect();
        groups.push((format!("gemeente-{}", site.neighbourhoods[*m].slug), pages));
    }
    let mut parts: Vec<(String, String)> = Vec::new();
    for (name, pages) in &groups {
        let sets = url_sets(site, pages);
        let several = sets.len() > 1;
        for (n, xml) in sets.into_iter().enumerate() {
            let file = if several {
                format!("sitemap-{name}-{}.xml", n + 1)
            } else {
                format!("sitemap-{name}.xml")
            };
            parts.push((file, xml));
        }
    }
    if let [(_, only)] = &parts[..] {
        return vec![Artifact::new(SITEMAP, only.clone())];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (file, _) in &parts {
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            text::escape_html(&url(site, file))
        ));
    }
    index.push_str("</sitemapindex>\n");
    let mut files: Vec<Artifact> = parts.into_iter().map(|(f, xml)| Artifact::new(f, xml)).collect();
    files.push(Artifact::new(SITEMAP, index));
    files
}

/// The start, the life domains, the situations, the list of providers, `providers`, the
/// free pages and the search.
fn general_pages(site: &Site, providers: impl Iterator<Item = Entry>) -> Vec<Entry> {
    let newest = site.providers.iter().map(|p| p.last_reviewed).max();
    let mut by_domain: BTreeMap<&str, Date> = BTreeMap::new();
    for p in &site.providers {
        for d in &p.life_domains {
            let e = by_domain.entry(d.as_str()).or_insert(p.last_reviewed);
            *e = (*e).max(p.last_reviewed);
        }
    }
    let mut pages: Vec<Entry> = vec![(paths::HOME.to_string(), newest)];
    pages.extend(
        site.life_domains
            .iter()
            .map(|d| (paths::life_domain(&d.slug), by_domain.get(d.slug.as_str()).copied())),
    );
    pages.extend(site.situations.iter().map(|s| (paths::situation(&s.slug), None)));
    let a_to_z = crate::views::a_to_z_pages(site.providers.len());
    pages.extend((1..=a_to_z).map(|n| (paths::providers_page(n), newest)));
    pages.extend(providers);
    pages.extend(site.pages.iter().map(|p| (paths::page(&p.slug), None)));
    pages.push((paths::SEARCH.to_string(), None));
    pages
}

/// `pages` in every interface language, each naming the others (Google's way of telling
/// languages apart in a sitemap), as one `urlset` or more when one would pass the limits.
fn url_sets(site: &Site, pages: &[Entry]) -> Vec<String> {
    let c = &site.config;
    let several = c.languages_ui.len() > 1;
    let head = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"{}",
        if several {
            " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        } else {
            ">\n"
        }
    );
    let entries = c
        .languages_ui
        .iter()
        .flat_map(|lang| pages.iter().map(move |(path, date)| url_entry(site, lang, path, *date)));
    cut(entries, &head, MAX_URLS, MAX_BYTES)
}

/// `entries` as `urlset`s that each start with `head`, hold at most `max_urls` entries
/// and, when it has more than one, at most `max_bytes`.
fn cut(entries: impl Iterator<Item = String>, head: &str, max_urls: usize, max_bytes: usize) -> Vec<String> {
    let mut sets = Vec::new();
    let (mut xml, mut count) = (head.to_string(), 0);
    for entry in entries {
        if count > 0 && (count == max_urls || xml.len() + entry.len() + TAIL.len() > max_bytes) {
            xml.push_str(TAIL);
            sets.push(std::mem::replace(&mut xml, head.to_string()));
            count = 0;
        }
        xml.push_str(&entry);
        count += 1;
    }
    xml.push_str(TAIL);
    sets.push(xml);
    sets
}

/// One `<url>` of a sitemap: the page in `lang`, when it was checked, and its other
/// languages.
fn url_entry(site: &Site, lang: &str, path: &str, date: Option<Date>) -> String {
    let c = &site.config;
    let in_lang = |l: &str| url(site, &format!("{}{path}", language_dir(l, &c.language)));
    let mut xml = String::from("  <url><loc>");
    xml.push_str(&text::escape_html(&in_lang(lang)));
    xml.push_str("</loc>");
    if let Some(date) = date {
        xml.push_str("<lastmod>");
        xml.push_str(&date.iso());
        xml.push_str("</lastmod>");
    }
    if c.languages_ui.len() > 1 {
        for other in &c.languages_ui {
            let href = text::escape_html(&in_lang(other));
            xml.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{other}\" href=\"{href}\"/>"
            ));
        }
    }
    xml.push_str("</url>\n");
    xml
}

/// The folder of a language's pages: none for the site's language, `en/` for English.
pub(crate) fn language_dir(lang: &str, site_language: &str) -> String {
    if lang == site_language {
        String::new()
    } else {
        format!("{lang}/")
    }
}

const SITEMAP: &str = "sitemap.xml";

/// `robots.txt`: everything may be crawled but the kiosk copy and the editors' form, and
/// the sitemap is named.
/// Crawlers read it only at the root of a host; a site on a sub-path gets it too, for a
/// host that serves it there.
pub(crate) fn robots(site: &Site) -> Artifact {
    let base = site.config.base_path();
    Artifact::new(
        "robots.txt",
        format!(
            "User-agent: *\nAllow: {base}\nDisallow: {base}kiosk/\nDisallow: {base}admin/\n\nSitemap: {}\n",
            url(site, SITEMAP)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_in_a_script_cannot_end_it() {
        let v = json!({"name": "</script><script>alert(1)</script> & co"});
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'), "{s}");
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn a_sitemap_is_cut_at_the_protocols_limits() {
        let entries = |n: usize| (0..n).map(|i| format!("<url>{i}</url>"));
        assert_eq!(cut(entries(5), "H", 5, 1000).len(), 1);
        let sets = cut(entries(11), "H", 5, 1000);
        assert_eq!(
            sets.iter().map(|s| s.matches("<url>").count()).collect::<Vec<_>>(),
            [5, 5, 1]
        );
        assert!(sets.iter().all(|s| s.starts_with('H') && s.ends_with(TAIL)));
        let by_bytes = cut(entries(10), "H", 100, 40);
        assert!(by_bytes.iter().all(|s| s.len() <= 40), "{by_bytes:?}");
        assert_eq!(by_bytes.iter().map(|s| s.matches("<url>").count()).sum::<usize>(), 10);
        assert_eq!(cut(entries(0), "H", 5, 1000), [format!("H{TAIL}")]);
    }
}
