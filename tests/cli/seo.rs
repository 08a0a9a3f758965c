//! Findable from outside: the sitemap, robots.txt, Open Graph and schema.org JSON-LD, read
//! from the files a build writes, as a search engine or a link preview reads them.

use std::path::Path;

use serde_json::Value;

use crate::support::*;

/// The JSON-LD blocks of a page, parsed; fails on one that is not JSON.
fn json_ld(html: &str, page: &str) -> Vec<Value> {
    let open = "<script type=\"application/ld+json\">";
    html.match_indices(open)
        .map(|(i, _)| {
            let rest = &html[i + open.len()..];
            let end = rest.find("</script>").expect("closed");
            serde_json::from_str(&rest[..end]).unwrap_or_else(|e| panic!("{page}: {e}: {}", &rest[..end]))
        })
        .collect()
}

fn web_pages(out: &Path) -> Vec<String> {
    read_tree(out)
        .into_keys()
        // A resident's own list is nobody's page: it says `noindex` (checked below). The
        // sign-up form is linked from every page but not listed: it is in fewer languages
        // than the sitemap's alternates name.
        .filter(|k| {
            k.ends_with(".html")
                && !k.starts_with("kiosk/")
                && k != "404.html"
                && !k.ends_with("mijn-lijst/index.html")
                && !k.ends_with("aanmelden/index.html")
        })
        .collect()
}

fn graph_node<'a>(ld: &'a Value, kind: &str) -> &'a Value {
    ld["@graph"]
        .as_array()
        .and_then(|g| g.iter().find(|n| n["@type"] == kind))
        .unwrap_or_else(|| panic!("no {kind} in {ld}"))
}

#[test]
fn the_sitemap_lists_every_page_once_and_robots_names_it() {
    let (tmp, site) = good_site();
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let out = site.join("public");
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let locs: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|s| &s[..s.find("</loc>").unwrap()])
        .collect();
    let mut expected: Vec<String> = web_pages(&out)
        .iter()
        .map(|p| format!("https://example.org/gids/{}", p.strip_suffix("index.html").unwrap()))
        .collect();
    expected.sort();
    let mut sorted: Vec<String> = locs.iter().map(ToString::to_string).collect();
    sorted.sort();
    assert_eq!(sorted, expected, "every page once, absolute");
    let list = std::fs::read_to_string(out.join("mijn-lijst/index.html")).unwrap();
    assert!(
        list.contains("<meta name=\"robots\" content=\"noindex\">"),
        "the list page is not for search engines"
    );
    assert!(
        sitemap.contains("<loc>https://example.org/gids/aanbieders/alpha/</loc><lastmod>2026-10-01</lastmod>"),
        "a provider's lastmod is its last_reviewed: {sitemap}"
    );
    // The home page is as new as its newest provider; a free page says no date.
    let lastmod = |loc: &str| {
        let at = sitemap.find(&format!("<loc>{loc}</loc>")).unwrap();
        let entry = &sitemap[at..sitemap[at..].find("</url>").unwrap() + at];
        entry.split("<lastmod>").nth(1).map(|d| d[..10].to_string())
    };
    let newest = locs
        .iter()
        .filter(|l| l.contains("/aanbieders/") && !l.ends_with("/aanbieders/"))
        .filter_map(|l| lastmod(l))
        .max();
    assert_eq!(lastmod("https://example.org/gids/"), newest);
    assert_eq!(lastmod("https://example.org/gids/over/"), None);
    let robots = std::fs::read_to_string(out.join("robots.txt")).unwrap();
    assert!(
        robots.contains("Sitemap: https://example.org/gids/sitemap.xml\n"),
        "{robots}"
    );
    assert!(robots.contains("Disallow: /gids/kiosk/\n"), "{robots}");
}

#[test]
fn every_page_has_open_graph_and_providers_have_structured_data() {
    let (tmp, site) = good_site();
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let out = site.join("public");
    for page in web_pages(&out) {
        let html = std::fs::read_to_string(out.join(&page)).unwrap();
        for property in [
            "og:title",
            "og:description",
            "og:url",
            "og:type",
            "og:site_name",
            "og:locale",
        ] {
            assert!(
                html.contains(&format!("<meta property=\"{property}\" content=\"")),
                "{page}: {property}"
            );
        }
        assert!(html.contains("<meta name=\"description\" content=\""), "{page}");
        if page.starts_with("aanbieders/") && page != "aanbieders/index.html" {
            let ld = json_ld(&html, &page);
            assert_eq!(ld.len(), 1, "{page}");
            let org = graph_node(&ld[0], "Organization");
            assert!(
                org["name"].is_string() && org["contactPoint"]["@type"] == "ContactPoint",
                "{page}"
            );
            let service = graph_node(&ld[0], "Service");
            assert_eq!(service["isAccessibleForFree"], true, "{page}");
            assert_eq!(service["provider"]["@id"], org["@id"], "{page}");
            assert!(!service["serviceType"].as_array().unwrap().is_empty(), "{page}");
            assert!(!service["areaServed"].as_array().unwrap().is_empty(), "{page}");
            let crumbs = graph_node(&ld[0], "BreadcrumbList");
            assert_eq!(crumbs["itemListElement"].as_array().unwrap().len(), 3, "{page}");
        }
    }
    let alpha = std::fs::read_to_string(out.join("aanbieders/alpha/index.html")).unwrap();
    let org = graph_node(&json_ld(&alpha, "alpha")[0], "Organization").clone();
    assert_eq!(org["address"]["postalCode"], "2011 AB");
    assert_eq!(
        org["openingHoursSpecification"][0]["dayOfWeek"][0],
        "https://schema.org/Monday"
    );
    assert_eq!(
        org["contactPoint"]["availableLanguage"],
        serde_json::json!(["nl", "tr"])
    );
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    let website = &json_ld(&home, "home")[0];
    assert_eq!(website["@type"], "WebSite");
    assert_eq!(
        website["potentialAction"]["target"]["urlTemplate"],
        "https://example.org/gids/zoeken/index.html?q={search_term_string}"
    );
}

#[test]
fn a_name_that_closes_the_script_stays_inert_json() {
    let (tmp, site) = good_site();
    let hostile = "Hulp </script><script>alert(1)</script> & co";
    write(
        &site.join("content/providers/alpha.md"),
        &std::fs::read_to_string(site.join("content/providers/alpha.md"))
            .unwrap()
            .replace("name: Alpha Steunpunt", &format!("name: \"{hostile}\"")),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(site.join("public/aanbieders/alpha/index.html")).unwrap();
    assert!(!html.contains("<script>alert"), "the name broke out");
    let ld = json_ld(&html, "alpha");
    assert_eq!(graph_node(&ld[0], "Organization")["name"], hostile);
}

/// The breadcrumbs a search engine shows are the page's own words, from the catalogue: a
/// site that calls its providers otherwise says so there too.
#[test]
fn a_providers_structured_breadcrumbs_say_what_its_page_says() {
    let (tmp, site) = good_site();
    write(&site.join("locales/nl.ftl"), "nav-all-providers = Alle ondersteuners\n");
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(site.join("public/aanbieders/alpha/index.html")).unwrap();
    let crumbs = graph_node(&json_ld(&html, "alpha")[0], "BreadcrumbList").clone();
    let names = texts(&crumbs["itemListElement"], "name");
    assert_eq!(names, ["Home", "Alle ondersteuners", "Alpha Steunpunt"]);
    assert!(html.contains(">Alle ondersteuners</a>"), "as the page shows them");
}
