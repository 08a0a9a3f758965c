//! `steunwijzer build` on the `good` fixture: every page, links from disk, safety,
//! determinism, atomic output, overrides, the base URL and the schema.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::*;

/// Builds a copy of the `good` fixture (a build also writes the site's search index, so
/// tests never build inside the repository) into `out`.
fn build_good(out: &Path) -> Run {
    build_copy("good", out, &[])
}

fn build_copy(fixture_name: &str, out: &Path, extra: &[&str]) -> Run {
    let site = out.with_file_name(format!("{}-site", out.file_name().unwrap().to_string_lossy()));
    if !site.exists() {
        copy_dir(&fixture(fixture_name), &site);
    }
    let mut args = vec![
        "build",
        "--root",
        site.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let r = run(&args);
    assert_eq!(r.code, 0, "build failed:\n{}", r.stderr);
    r
}

fn page(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn build_writes_every_page() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let r = build_good(&out);
    assert!(
        r.stdout.starts_with("built 22 pages (4 providers) into "),
        "{}",
        r.stdout
    );
    for rel in [
        "index.html",
        "404.html",
        "aanbieders/index.html",
        "aanbieders/alpha/index.html",
        "aanbieders/beta/index.html",
        "aanbieders/unsafe/index.html",
        "aanbieders/old/index.html",
        "over/index.html",
        "zoeken/index.html",
        "mijn-lijst/index.html",
        "mijn-lijst/aanbieders-0.js",
    ] {
        assert!(out.join(rel).is_file(), "{rel} missing");
    }
    for d in [
        "maatschappelijke-ondersteuning",
        "preventieve-zorg",
        "zorg",
        "jeugdhulp",
        "onderwijs",
        "welzijn",
        "wonen",
        "werk",
        "inkomen",
    ] {
        assert!(
            out.join(format!("levensgebieden/{d}/index.html")).is_file(),
            "{d} missing"
        );
    }
    // Not free: kept out of the pool, and the editor is told why.
    assert!(!out.join("aanbieders/not-free").exists());
    assert!(
        r.stderr
            .contains("not-free.md:6:7: warning: Betaald Bureau is not listed"),
        "{}",
        r.stderr
    );
}

#[test]
fn provider_page_has_working_actions_and_review_date() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_good(&out);
    let html = page(&out, "aanbieders/alpha/index.html");
    assert!(html.contains("<html lang=\"nl\" dir=\"ltr\">"));
    assert!(html.contains("href=\"tel:+31230001122\""), "tel link");
    assert!(html.contains("href=\"mailto:info@alpha.example.org\""));
    assert!(html.contains("https://www.openstreetmap.org/search?query=Teststraat%201%2C%202011%20AB%20Teststad"));
    assert!(html.contains("2011 AB Teststad"), "postcode normalised");
    assert!(html.contains("<time datetime=\"2026-10-01\">1 oktober 2026</time>"));
    assert!(html.contains("maandag en dinsdag"), "opening days grouped");
    assert!(html.contains("Nederlands, Turks"));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/gids/aanbieders/alpha/\">"));
    // One h1; the body's own headings sit below the page's sections.
    assert_eq!(html.matches("<h1").count(), 1);
    let old = page(&out, "aanbieders/old/index.html");
    assert!(old.contains("al lang niet gecontroleerd"), "stale notice shown");
    assert!(!html.contains("al lang niet gecontroleerd"));
}

#[test]
fn lists_are_ordered_by_name_only() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_good(&out);
    let az = page(&out, "aanbieders/index.html");
    let order: Vec<usize> = ["Alpha Steunpunt", "Beta Vrijwilligers", "Émile Gamma", "Oude Gegevens"]
        .iter()
        .map(|n| {
            az.find(&format!(">{n}</a>"))
                .unwrap_or_else(|| panic!("{n} not listed"))
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "A-Z order, with É sorted as E: {order:?}"
    );
    assert!(az.contains("id=\"letter-e\""));
    let werk = page(&out, "levensgebieden/werk/index.html");
    assert!(werk.contains("Oude Gegevens") && !werk.contains("Alpha Steunpunt"));
}

#[test]
fn every_link_works_from_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_good(&out);
    check_links(&out, "/gids/");
}

#[test]
fn content_cannot_inject_markup() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let r = build_good(&out);
    let html = page(&out, "aanbieders/unsafe/index.html").to_lowercase();
    // The content is in the body; the head holds the site's own scripts and data.
    let html = &html[html.find("<body").expect("a body")..];
    for tag in tags(html) {
        let name = tag.split_whitespace().next().unwrap_or_default();
        // The page's own structured data, which the renderer writes as escaped JSON.
        if tag == "script type=\"application/ld+json\"" {
            continue;
        }
        assert!(
            !["script", "iframe", "img", "object", "embed"].contains(&name),
            "<{tag}> reached the page"
        );
        let event_handler = tag
            .split_whitespace()
            .skip(1)
            .any(|a| a.starts_with("on") && a.contains('='));
        assert!(!event_handler, "<{tag}> has an event handler");
        for bad in ["javascript:", "tracker.example.com", "evil.example.com"] {
            assert!(!tag.contains(bad), "<{tag}> reached the page");
        }
    }
    assert!(html.contains("&lt;script&gt;"), "the HTML is shown as text");
    assert!(html.contains("klik hier"), "link text kept");
    assert!(
        r.stderr
            .contains("unsafe.md:17:1: warning: the link `javascript:alert(1)` was removed"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("unsafe.md:15:11: warning: HTML in the text is shown as plain text"),
        "{}",
        r.stderr
    );
}

#[test]
fn no_third_party_requests_and_no_scripts() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_good(&out);
    for (rel, bytes) in read_tree(&out) {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        assert!(
            !html.contains("__steunwijzer"),
            "{rel}: the preview's live-reload script is never built in"
        );
        // Browsing needs no JavaScript: a page's scripts are the site's own and deferred,
        // adding to what works without them ("Zet op mijn lijst", the filters' count); the
        // rest are data blocks. The kiosk's pages load its script (going back, a fresh
        // start, printing a slip), its guard before anything shows.
        if rel.starts_with("kiosk/") {
            assert!(html.contains("/assets/js/kiosk-"), "{rel}: the kiosk script");
        } else {
            for tag in tags(&html).into_iter().filter(|t| t.starts_with("script")) {
                let data = tag == "script type=\"application/ld+json\""
                    || tag == "script type=\"application/json\" id=\"sw-messages\""
                    || tag == "script type=\"application/json\" id=\"sw-situations\"";
                let own = tag.contains("src=\"") && tag.contains("assets/js/") && tag.ends_with(" defer");
                assert!(data || own, "{rel}: <{tag}>: browsing needs no JavaScript");
            }
        }
        for src in attr_values(&html, "src") {
            assert!(!src.contains("//"), "{rel}: loads {src}");
        }
        for tag in tags(&html).into_iter().filter(|t| t.starts_with("link ")) {
            let href = attr_values(&format!("<{tag}>"), "href")
                .into_iter()
                .next()
                .unwrap_or_default();
            let canonical = tag.contains("rel=\"canonical\"");
            assert!(canonical || !href.contains("//"), "{rel}: <link> to {href}");
        }
    }
}

#[test]
fn builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    build_good(&a);
    build_good(&b);
    // Every file but the marker, which records this copy's file times (docs/website.md).
    let without_marker = |dir: &std::path::Path| {
        let mut t = read_tree(dir);
        assert!(t.remove(".steunwijzer-output").is_some(), "the marker is there");
        t
    };
    let (ta, tb) = (without_marker(&a), without_marker(&b));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (k, v) in &ta {
        assert!(v == &tb[k], "{k} differs between builds");
    }
}

#[test]
fn failed_build_leaves_previous_output_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_good(&out);
    let before = read_tree(&out);
    let broken = tmp.path().join("broken");
    copy_dir(&fixture("broken"), &broken);
    let r = run(&[
        "build",
        "--root",
        broken.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("nothing was written; the previous output is unchanged")
    );
    assert!(before == read_tree(&out), "output changed after a failed build");
    let mut siblings: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    siblings.sort();
    assert_eq!(
        siblings,
        ["broken", "site", "site-site"],
        "no staging folders left behind"
    );
    assert!(!broken.join("search-index").exists(), "no index for a failed build");
}

#[test]
fn site_templates_override_the_theme() {
    let (tmp, site) = good_site();
    write(
        &site.join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}<p>EIGEN SJABLOON {{ page.title }}</p>{% endblock content %}",
    );
    write(
        &site.join("static/css/00-tokens.css"),
        ":root { --sw-color-primary: #123456; }",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        std::fs::read_to_string(site.join("public/over/index.html"))
            .unwrap()
            .contains("EIGEN SJABLOON Over deze gids")
    );
    let css: Vec<_> = read_tree(&site.join("public"))
        .into_iter()
        .filter(|(k, _)| k.ends_with(".css") && !k.contains("/filters-"))
        .collect();
    assert_eq!(
        css.len(),
        2,
        "one stylesheet for the site, one for the kiosk (and the list filters' rules)"
    );
    for (_, bytes) in &css {
        // The site's tokens come right after the theme's, so every other token stays set.
        let css = String::from_utf8_lossy(bytes);
        let site = css
            .find(":root { --sw-color-primary: #123456; }")
            .expect("the site's tokens");
        let theme = css
            .find("--sw-color-link-visited: #5b2d86;")
            .expect("the theme's tokens");
        let base = css.find(".skip-link").expect("the base stylesheet");
        assert!(theme < site && site < base, "{theme} {site} {base}");
    }
}

#[test]
fn a_house_style_colour_that_fails_contrast_in_dark_mode_is_an_error() {
    let (tmp, site) = good_site();
    write(
        &site.join("static/css/00-tokens.css"),
        "/* Huisstijl van de gemeente */\n:root {\n  --sw-color-link: #005a3c;\n  --sw-color-primary: #005a3c;\n}\n",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "site/static/css/00-tokens.css:3:3: error: in the dark scheme, `--sw-color-link` (#005a3c) on `--sw-color-surface` (#1c2125) has a contrast of 1.95:1; text needs at least 4.5:1 (WCAG AA)"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("@media (prefers-color-scheme: dark)"), "{}", r.stderr);
    assert!(!site.join("public").exists(), "nothing written");
    // With a colour for dark mode, it builds.
    write(
        &site.join("static/css/00-tokens.css"),
        ":root { --sw-color-link: #005a3c; --sw-color-primary: #005a3c; }\n\
         @media (prefers-color-scheme: dark) { :root { --sw-color-link: #7fe0b8; --sw-color-primary: #0b4a33; } }\n",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_broken_template_is_reported_not_panicked() {
    let (tmp, site) = good_site();
    write(
        &site.join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}{{ page.nope.deeper }}{% endblock content %}",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("site/templates/page.html:1:1: error: template error"),
        "{}",
        r.stderr
    );
    assert!(!site.join("public").exists());
}

#[test]
fn the_report_a_mistake_link_carries_the_providers_name_and_address() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build_good(&out);
    let html = page(&out, "aanbieders/alpha/index.html");
    assert!(html.contains("<h2 id=\"klopt\">Klopt er iets niet?</h2>"), "{html}");
    let href = attr_values(&html, "href")
        .into_iter()
        .find(|h| h.starts_with("mailto:redactie@example.org?subject="))
        .expect("a mailto link to the editors");
    assert!(
        href.contains("subject=Klopt%20er%20iets%20niet%3A%20Alpha%20Steunpunt&body="),
        "{href}"
    );
    assert!(
        href.contains("https%3A%2F%2Fexample.org%2Fgids%2Faanbieders%2Falpha%2F"),
        "{href}"
    );
}

#[test]
fn a_form_for_mistakes_gets_the_name_and_address_and_site_templates_get_teras_filters() {
    let (tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap().replace(
        "  email: redactie@example.org\n",
        "  email: redactie@example.org\n  corrections: https://formulier.example.org/fout?over={naam}&pagina={adres}\n",
    );
    write(&site.join("site.yaml"), &yaml);
    write(
        &site.join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}<p>{{ page.title | slugify }}|{{ \"a b&c\" | urlencode }}|{{ 1536 | filesizeformat }}</p>{% endblock content %}",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let provider = std::fs::read_to_string(site.join("public/aanbieders/alpha/index.html")).unwrap();
    assert!(
        provider.contains(
            "href=\"https://formulier.example.org/fout?over=Alpha%20Steunpunt&amp;pagina=https%3A%2F%2Fexample%2Eorg%2Fgids%2Faanbieders%2Falpha%2F\""
        ),
        "{provider}"
    );
    let free = std::fs::read_to_string(site.join("public/over/index.html")).unwrap();
    // slugify and filesizeformat are the site's own: its slugs, its Dutch sizes.
    assert!(free.contains("<p>over-deze-gids|a%20b%26c|2 kB</p>"), "{free}");
}

#[test]
fn a_template_cannot_read_the_environment_or_the_clock() {
    for call in [
        "get_env(name=\"HOME\")",
        "now()",
        "get_random(end=9)",
        "\"2026-12-04\" | date(format=\"%Y\")",
    ] {
        let (tmp, site) = good_site();
        write(
            &site.join("templates/page.html"),
            &format!("{{% extends \"base.html\" %}}{{% block content %}}{{{{ {call} }}}}{{% endblock content %}}"),
        );
        let r = run_in(tmp.path(), &["build", "--root", "site"]);
        assert_eq!(r.code, 1, "{call}: {}", r.stderr);
        assert!(r.stderr.contains("is not available"), "{call}: {}", r.stderr);
    }
}

#[test]
fn base_url_option_sets_canonical_and_404_links() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let r = build_copy("good", &out, &["--base-url", "https://gids.example.net/teststad"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(page(&out, "index.html").contains("href=\"https://gids.example.net/teststad/\""));
    assert!(page(&out, "404.html").contains("href=\"/teststad/aanbieders/index.html\""));
    check_links(&out, "/teststad/");
}

#[test]
fn refuses_to_overwrite_the_sources() {
    let (tmp, site) = good_site();
    let r = run_in(tmp.path(), &["build", "--root", "site", "--output", "site"]);
    assert_eq!(r.code, 1);
    assert!(site.join("site.yaml").exists());
}

#[test]
fn build_writes_the_schema_with_the_sites_own_lists() {
    let (tmp, site) = good_site();
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("public/schema/provider.schema.json")).unwrap())
            .unwrap();
    assert_eq!(
        schema["required"],
        serde_json::json!(["name", "summary", "life_domains", "kind", "last_reviewed"])
    );
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(
        schema["properties"]["neighbourhoods"]["items"]["enum"],
        serde_json::json!(["noord", "zuid"])
    );
    assert_eq!(schema["properties"]["life_domains"]["items"]["enum"][6], "wonen");
    assert_eq!(schema["properties"]["summary"]["maxLength"], 200);
}

#[test]
fn a_logo_from_site_yaml_stands_in_the_header_and_a_missing_one_is_an_error() {
    let (tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(&site.join("site.yaml"), &format!("{yaml}logo: gemeente-logo.svg\n"));
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("error: there is no file static/gemeente-logo.svg"),
        "{}",
        r.stderr
    );
    write(
        &site.join("static/gemeente-logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let provider = std::fs::read_to_string(site.join("public/aanbieders/alpha/index.html")).unwrap();
    assert!(
        provider.contains("<img class=\"site-logo\" src=\"../../assets/gemeente-logo.svg\" alt=\"\">Testgids"),
        "{provider}"
    );
    assert!(site.join("public/assets/gemeente-logo.svg").is_file());
    write(&site.join("site.yaml"), &format!("{yaml}logo: ../geheim.svg\n"));
    let r = run_in(tmp.path(), &["check", "--root", "site"]);
    assert!(
        r.stderr.contains("is not an image in the site's static/ folder"),
        "{}",
        r.stderr
    );
}

/// The list filters' rules end the one stylesheet for a town's few places; a region's
/// hundreds (over 8 KB of rules) are a sheet of their own, linked only by list pages that
/// show filters (see places.rs).
#[test]
fn a_sites_own_filter_rules_end_the_stylesheet_and_check_finds_their_errors() {
    let (tmp, site) = good_site();
    // The theme's rules: one per neighbourhood, language and way of contact of the site.
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let css = stylesheet(&site.join("public/assets"));
    assert!(css.contains(".filterable:has(#f-wijk-zuid:checked)"), "{css}");
    assert!(css.contains("[data-taal~=\"tr\"]"), "{css}");
    assert!(!css.contains("#f-taal-nl"), "Dutch is every provider's: no rule");
    // A site's own template replaces them.
    write(
        &site.join("templates/filters.css"),
        "{% for n in neighbourhoods %}.mijn-{{ n }}{color:red}{% endfor %}",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let css = stylesheet(&site.join("public/assets"));
    assert!(css.contains(".mijn-noord") && !css.contains(".filterable:has"), "{css}");
    // A mistake in it stops the build, and `check` finds it first, at the file.
    write(&site.join("templates/filters.css"), "{{ nope.deeper }}");
    for command in ["check", "build"] {
        let r = run_in(tmp.path(), &[command, "--root", "site"]);
        assert_eq!(r.code, 1, "{command}: {}", r.stderr);
        assert!(
            r.stderr.contains("site/templates/filters.css:1:1"),
            "{command}: {}",
            r.stderr
        );
    }
}

/// The web stylesheet of a built site's `assets/`.
fn stylesheet(assets: &Path) -> String {
    sheet(assets, "style-")
}

/// The stylesheet of `assets/` whose name starts with `start`.
pub(crate) fn sheet(assets: &Path, start: &str) -> String {
    let file = std::fs::read_dir(assets)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            name.starts_with(start) && name.ends_with(".css")
        })
        .unwrap_or_else(|| panic!("a {start}<hash>.css"));
    std::fs::read_to_string(file).unwrap()
}

/// The web fonts of the scripts in a site's names: a Latin-only site publishes none, and
/// one with a Tigrinya, Tamil and Chinese name gets exactly those files, named in both
/// stylesheets, and not the fonts of scripts it does not use.
#[test]
fn web_fonts_are_published_for_the_scripts_a_site_uses_only() {
    let (tmp, site) = good_site();
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let tree = read_tree(&site.join("public"));
    assert!(
        !tree.keys().any(|k| k.starts_with("assets/fonts/")),
        "no font for a Latin site"
    );
    assert!(
        tree.iter()
            .all(|(k, v)| !k.ends_with(".css") || !String::from_utf8_lossy(v).contains("@font-face"))
    );

    let alpha = site.join("content/providers/alpha.md");
    let text = std::fs::read_to_string(&alpha).unwrap();
    write(
        &alpha,
        &text.replacen("name: Alpha Steunpunt", "name: Alpha ሓገዝ – தமிழ் – 中文", 1),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let tree = read_tree(&site.join("public"));
    let fonts: Vec<&str> = tree
        .keys()
        .filter_map(|k| k.strip_prefix("assets/fonts/"))
        .filter(|k| k.ends_with(".woff2"))
        .collect();
    let stems: BTreeSet<&str> = fonts.iter().map(|f| f.rsplit_once('-').unwrap().0).collect();
    let expected = [
        "DroidSansFallback-04C00",
        "DroidSansFallback-06400",
        "NotoSansEthiopic-Bold",
        "NotoSansEthiopic-Regular",
        "NotoSansTamil-Bold",
        "NotoSansTamil-Regular",
    ];
    assert_eq!(stems, expected.into_iter().collect(), "{fonts:?}");
    assert!(
        tree.contains_key("assets/fonts/LICENSE-Noto.txt"),
        "the licence goes with the fonts"
    );
    // Both stylesheets name them (not the list filters' rules).
    for (path, bytes) in tree
        .iter()
        .filter(|(k, _)| k.ends_with(".css") && !k.contains("/filters-"))
    {
        let css = String::from_utf8_lossy(bytes);
        for f in &fonts {
            assert!(css.contains(&format!("url(\"fonts/{f}\")")), "{path} names {f}");
        }
    }
}

/// A resident's list shows what a provider's front matter says, as text: a name or
/// summary with markup in it reaches the list's entry files escaped, on the web and in
/// the kiosk (whose slip entry shows no summary).
#[test]
fn a_list_entry_shows_markup_in_the_content_as_text() {
    let (tmp, site) = good_site();
    let file = site.join("content/providers/gamma/unsafe.md");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text
        .replace(
            "name: Émile Gamma",
            "name: \"Émile <img src=x onerror=alert(1)> Gamma\"",
        )
        .replace(
            "summary: Een aanbieder met gevaarlijke tekst in de beschrijving.",
            "summary: \"<script>alert(2)</script> Een aanbieder met gevaarlijke tekst.\"",
        );
    write(&file, &text);
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for shard in [
        "site/public/mijn-lijst/aanbieders-0.js",
        "site/public/kiosk/mijn-lijst/aanbieders-0.js",
    ] {
        let js = std::fs::read_to_string(tmp.path().join(shard)).unwrap();
        assert!(
            js.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{shard}: the name as text"
        );
        // The kiosk's entry is a slip: name, number, address, hours; no summary.
        if !shard.contains("kiosk/") {
            assert!(js.contains("&lt;script&gt;alert(2)"), "{shard}: the summary as text");
        }
        assert!(
            !js.contains("<img") && !js.contains("<script"),
            "{shard}: no markup from the content"
        );
    }
}
