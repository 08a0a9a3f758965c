//! A site for a region of municipalities (`region:` in site.yaml; tests/fixtures/region:
//! Zaanstad, Wormerland and Oostzaan): the municipalities are the places that lie in no
//! other, a provider serves places at any level, and the sitemap and the open data come
//! per municipality beside the whole.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::support::*;

/// A copy of the region fixture, built: (the temporary folder, the output).
fn built_region() -> (tempfile::TempDir, PathBuf) {
    let (tmp, site) = region_site(false);
    let r = run_in(tmp.path(), &["build", "--root", "region"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = site.join("public");
    (tmp, out)
}

/// The addresses a sitemap file lists.
fn locs(out: &Path, file: &str) -> BTreeSet<String> {
    let xml = std::fs::read_to_string(out.join(file)).unwrap();
    xml.split("<loc>")
        .skip(1)
        .map(|l| l.split("</loc>").next().unwrap().to_string())
        .collect()
}

fn providers_in(out: &Path, file: &str) -> BTreeSet<String> {
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join(file)).unwrap()).unwrap();
    json["providers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap().to_string())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_string()).collect()
}

#[test]
fn a_region_is_checked_clean_and_its_sitemap_comes_per_municipality() {
    let r = run(&["check", "--root", "region"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let (_tmp, out) = built_region();
    let base = "https://example.org/zaanstreek/";
    assert_eq!(
        locs(&out, "sitemap.xml"),
        set(&[
            "https://example.org/zaanstreek/sitemap-algemeen.xml",
            "https://example.org/zaanstreek/sitemap-gemeente-oostzaan.xml",
            "https://example.org/zaanstreek/sitemap-gemeente-wormerland.xml",
            "https://example.org/zaanstreek/sitemap-gemeente-zaanstad.xml",
        ]),
        "an index of parts"
    );
    let page = |slug: &str| format!("{base}aanbieders/{slug}/");
    assert_eq!(
        locs(&out, "sitemap-gemeente-zaanstad.xml"),
        [
            format!("{base}gemeente/zaanstad/"),
            page("poelenburg-buurtmaatjes"),
            page("zaanstad-schuldhulpmaatje")
        ]
        .into_iter()
        .collect(),
        "a buurt of a town of Zaanstad is Zaanstad's, beside Zaanstad's own page"
    );
    assert_eq!(
        locs(&out, "sitemap-gemeente-oostzaan.xml"),
        [
            format!("{base}gemeente/oostzaan/"),
            page("oostzaan-mantelzorg"),
            page("twee-gemeenten-taalhulp")
        ]
        .into_iter()
        .collect()
    );
    let general = locs(&out, "sitemap-algemeen.xml");
    assert!(
        general.contains(&page("regio-formulierenhulp")),
        "the whole region's provider"
    );
    assert!(general.contains(base), "the start");
    assert!(!general.contains(&page("oostzaan-mantelzorg")));
    // Every page is in some part, once per part it belongs to.
    let all: BTreeSet<String> = [
        "algemeen",
        "gemeente-zaanstad",
        "gemeente-wormerland",
        "gemeente-oostzaan",
    ]
    .iter()
    .flat_map(|p| locs(&out, &format!("sitemap-{p}.xml")))
    .collect();
    assert_eq!(
        all.iter()
            .filter(|u| u.contains("/aanbieders/") && u.len() > base.len() + 12)
            .count(),
        6
    );
}

#[test]
fn the_open_data_comes_per_municipality_with_the_whole_regions_providers() {
    let (_tmp, out) = built_region();
    assert_eq!(providers_in(&out, "data/aanbieders.json").len(), 6, "the whole");
    assert_eq!(
        providers_in(&out, "data/gemeente/wormerland/aanbieders.json"),
        set(&[
            "regio-formulierenhulp",
            "twee-gemeenten-taalhulp",
            "wormer-ouderenadvies"
        ])
    );
    assert_eq!(
        providers_in(&out, "data/gemeente/zaanstad/aanbieders.json"),
        set(&[
            "poelenburg-buurtmaatjes",
            "regio-formulierenhulp",
            "zaanstad-schuldhulpmaatje"
        ])
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("data/gemeente/zaanstad/aanbieders.json")).unwrap())
            .unwrap();
    assert_eq!(json["municipality"]["name"], "Zaanstad");
    assert_eq!(json["site"]["scope"], "region");
    assert_eq!(json["site"]["municipality"], "Zaanstreek");
    let places = texts(&json["neighbourhoods"], "slug");
    assert_eq!(places, ["zaanstad", "zaandam", "poelenburg"], "its own places");
    let csv = std::fs::read_to_string(out.join("data/gemeente/oostzaan/aanbieders.csv")).unwrap();
    assert_eq!(csv.lines().count(), 1 + 3, "a header and Oostzaan's three: {csv}");
    // The page that offers the files links each municipality's.
    let over = std::fs::read_to_string(out.join("over/index.html")).unwrap();
    for label in ["Zaanstad als JSON", "Wormerland als CSV", "Oostzaan als JSON"] {
        assert!(over.contains(label), "{label}");
    }
    assert!(over.contains("data/gemeente/oostzaan/aanbieders.csv"));
    // Municipalities, towns and buurten are places, not wijken.
    let list = std::fs::read_to_string(out.join("levensgebieden/welzijn/index.html")).unwrap();
    assert!(
        list.contains("<legend>Plaats</legend>") && list.contains("Alle plaatsen"),
        "{list}"
    );
    assert!(!list.contains("Alle wijken"));
    // Search engines read a buurt in its municipality in the region, and the region as no city.
    let page = std::fs::read_to_string(out.join("aanbieders/poelenburg-buurtmaatjes/index.html")).unwrap();
    assert!(page.contains(r#""containedInPlace":{"@type":"City","containedInPlace":{"@type":"AdministrativeArea","name":"Zaanstreek"},"name":"Zaanstad"},"name":"Poelenburg""#), "{page}");
    let page = std::fs::read_to_string(out.join("aanbieders/regio-formulierenhulp/index.html")).unwrap();
    assert!(
        page.contains(r#""areaServed":[{"@type":"AdministrativeArea","name":"Zaanstreek"}]"#),
        "{page}"
    );
}

#[test]
fn a_site_names_one_municipality_region_or_country() {
    let (tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(
        &site.join("site.yaml"),
        &yaml.replace(
            "municipality: Teststad\n",
            "municipality: Teststad\nregion: Kennemerland\n",
        ),
    );
    let r = run_in(tmp.path(), &["check", "--root", "site"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let said = format!("{}{}", r.stdout, r.stderr);
    assert!(
        said.contains("site.yaml:3:1: error: site.yaml names `municipality` and `region`"),
        "{said}"
    );
    // A municipality's site has no parts: one sitemap, no open data per municipality.
    write(&site.join("site.yaml"), &yaml);
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let sitemap = std::fs::read_to_string(site.join("public/sitemap.xml")).unwrap();
    assert!(sitemap.contains("<urlset"), "{sitemap}");
    assert!(!site.join("public/data/gemeente").exists());
}

/// A place is named with its municipality on cards, provider pages and in the printed
/// guide ("Poelenburg (Zaanstad)"), and a municipality's leaflet is "Hulp in Zaanstad",
/// not "in de wijk".
#[test]
fn a_place_is_named_with_its_municipality_and_no_municipality_is_a_wijk() {
    let (tmp, site) = region_site(true);
    let r = run_in(tmp.path(), &["build", "--root", "region"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = site.join("public");
    let named = "Poelenburg <span class=\"place__in\">(Zaanstad)</span>";
    let list = std::fs::read_to_string(out.join("levensgebieden/welzijn/index.html")).unwrap();
    assert!(list.contains(named), "the card");
    let page = std::fs::read_to_string(out.join("aanbieders/poelenburg-buurtmaatjes/index.html")).unwrap();
    assert!(page.contains(named), "the provider's page");
    let text = |pdf: &str| {
        let o = std::process::Command::new("pdftotext")
            .args([out.join("gids").join(pdf).to_str().unwrap(), "-"])
            .output()
            .expect("pdftotext (tests/run.sh installs poppler-utils)");
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    assert!(text("gemeente/zaanstad/zaanstad-gids.pdf").contains("Poelenburg (Zaanstad)"));
    let leaflet = text("wijk-zaanstad.pdf");
    assert!(
        leaflet.contains("Hulp in Zaanstad") && !leaflet.contains("wijk Zaanstad"),
        "{leaflet}"
    );
}

/// A place the list does not have is an "unknown place" on a region's site (its places are
/// municipalities and what lies in them), at its line, with the place meant; a town's
/// site with flat wijken still says "unknown neighbourhood".
#[test]
fn an_unknown_place_of_a_region_is_not_called_a_neighbourhood() {
    let (tmp, site) = region_site(false);
    edit(
        &site.join("content/providers/oostzaan-mantelzorg.md"),
        "neighbourhoods: [oostzaan]",
        "neighbourhoods: [oostzan]",
    );
    let r = run_in(tmp.path(), &["check", "--root", "region"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let said = format!("{}{}", r.stdout, r.stderr);
    assert!(
        said.contains("oostzaan-mantelzorg.md:6:18: error: unknown place `oostzan`"),
        "{said}"
    );
    assert!(said.contains("`oostzaan`"), "the place meant: {said}");
    assert!(!said.contains("unknown neighbourhood"), "{said}");

    let (tmp, site) = good_site();
    edit(
        &site.join("content/providers/beta.md"),
        "free: true\n",
        "free: true\nneighbourhoods: [nergens]\n",
    );
    let r = run_in(tmp.path(), &["check", "--root", "site"]);
    let said = format!("{}{}", r.stdout, r.stderr);
    assert!(said.contains("error: unknown neighbourhood `nergens`"), "{said}");
}

/// The `<body>` tag of a page of the output.
fn body_of(out: &Path, page: &str) -> String {
    let html = std::fs::read_to_string(out.join(page)).unwrap();
    let at = html.find("<body").unwrap();
    html[at..at + html[at..].find('>').unwrap() + 1].to_string()
}

#[test]
fn each_municipality_has_its_own_page_in_its_own_house_style() {
    let (_tmp, out) = built_region();
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    // The start leads to each municipality's page, A–Z, with how many serve it.
    let towns: Vec<&str> = ["Oostzaan", "Wormerland", "Zaanstad"]
        .iter()
        .map(|t| home.find(&format!(">{t}</a>")).map(|_| *t).unwrap_or_default())
        .collect();
    assert_eq!(towns, ["Oostzaan", "Wormerland", "Zaanstad"], "{home}");
    assert!(home.contains("href=\"gemeente/zaanstad/index.html\""));
    assert!(home.find(">Oostzaan</a>") < home.find(">Zaanstad</a>"), "A to Z");

    let zaanstad = std::fs::read_to_string(out.join("gemeente/zaanstad/index.html")).unwrap();
    assert!(zaanstad.contains("<h1>Hulp in Zaanstad</h1>"), "{zaanstad}");
    // Its providers: those of its places at any depth and those of the whole region, not
    // Oostzaan's.
    for (slug, shown) in [
        ("poelenburg-buurtmaatjes", true),
        ("zaanstad-schuldhulpmaatje", true),
        ("regio-formulierenhulp", true),
        ("oostzaan-mantelzorg", false),
        ("wormer-ouderenadvies", false),
    ] {
        let link = format!("aanbieders/{slug}/index.html");
        assert_eq!(zaanstad.contains(&link), shown, "{slug} on Zaanstad's page");
    }
    // Its own front door (site.yaml `municipalities:`), and its open data.
    let door = &zaanstad[zaanstad.find("class=\"front-door\"").expect("Zaanstad's front door")..];
    assert!(door[..door.find("</section>").unwrap()].contains("Schuldhulpmaatje Zaanstad"));
    assert!(zaanstad.contains("data/gemeente/zaanstad/aanbieders.json"));

    // Its house style: its pages carry its slug for its colours, and show its logo; a
    // provider of two municipalities or of the whole region is nobody's part.
    let logo = "src=\"../../assets/zaanstad.svg\"";
    assert_eq!(
        body_of(&out, "gemeente/zaanstad/index.html"),
        "<body data-gemeente=\"zaanstad\">"
    );
    assert!(zaanstad.contains(logo));
    for (page, part) in [
        ("aanbieders/poelenburg-buurtmaatjes/index.html", Some("zaanstad")),
        ("aanbieders/zaanstad-schuldhulpmaatje/index.html", Some("zaanstad")),
        ("aanbieders/oostzaan-mantelzorg/index.html", Some("oostzaan")),
        ("aanbieders/twee-gemeenten-taalhulp/index.html", None),
        ("aanbieders/regio-formulierenhulp/index.html", None),
        ("index.html", None),
    ] {
        let want = part.map_or("<body>".to_string(), |p| format!("<body data-gemeente=\"{p}\">"));
        assert_eq!(body_of(&out, page), want, "{page}");
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        let root = if page == "index.html" { "" } else { "../../" };
        assert_eq!(
            html.contains(&format!("src=\"{root}assets/zaanstad.svg\"")),
            part == Some("zaanstad"),
            "{page}: Zaanstad's logo only on its part"
        );
    }
    // Oostzaan set no front door of its own and the site none: its page has none.
    let oostzaan = std::fs::read_to_string(out.join("gemeente/oostzaan/index.html")).unwrap();
    assert!(!oostzaan.contains("class=\"front-door\""));
    check_links(&out, "/zaanstreek/");
}

#[test]
fn a_municipalitys_settings_are_checked_where_site_yaml_gives_them() {
    let (tmp, site) = region_site(false);
    let yaml = site.join("site.yaml");
    edit(&yaml, "logo: zaanstad.svg", "logo: zaanstat.svg");
    edit(
        &yaml,
        "front_door: [zaanstad-schuldhulpmaatje]",
        "front_door: [zaanstad-schuldhulpmaatj]\n  zaandam: {}",
    );
    edit(
        &site.join("static/css/30-gemeenten.css"),
        "--sw-color-primary: #7a1f3d;",
        "--sw-color-primary: #ffb3c8;",
    );
    let r = run_in(tmp.path(), &["check", "--root", "region", "--lang", "en"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    // Zaandam is a town within Zaanstad, not a municipality: an error at its key, with
    // the municipality it may mean.
    assert!(
        r.stderr
            .contains("site.yaml:22:3: error: `zaandam` is not a municipality of this site"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("did you mean `zaanstad`?") || r.stderr.contains("choose from"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("site.yaml:21:18: warning: `zaanstad-schuldhulpmaatj` in `front_door`"),
        "{}",
        r.stderr
    );
    // With the key mended, the render stage's checks: the logo, the colours' contrast.
    edit(&yaml, "\n  zaandam: {}", "");
    let r = run_in(tmp.path(), &["check", "--root", "region", "--lang", "en"]);
    assert!(r.stderr.contains("site.yaml:20:11: error"), "{}", r.stderr);
    assert!(r.stderr.contains("static/zaanstat.svg"), "{}", r.stderr);
    assert!(
        r.stderr.contains("static/css/30-gemeenten.css:4:3: error") && r.stderr.contains("#ffb3c8"),
        "{}",
        r.stderr
    );
    // One municipality's site has no `municipalities:`.
    let town = good_site();
    let yaml = town.1.join("site.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    write(&yaml, &format!("{text}municipalities:\n  haarlem: {{}}\n"));
    let r = run_in(&town.1, &["check", "--lang", "en"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("`municipalities` is for a region's or the country's site"),
        "{}",
        r.stderr
    );
}
