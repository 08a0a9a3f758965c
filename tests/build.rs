//! The binary on fixture sites: a good one, a broken one, and the bundled example.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::*;

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
        r.stdout.starts_with("built 18 pages (4 providers) into "),
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
    assert!(html.contains("<html lang=\"nl\">"));
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

/// Every relative link and asset points to a file (not a folder: file:// shows folders
/// as listings) and every fragment to an id on that page.
fn check_links(out: &Path, base_path: &str) {
    let tree = read_tree(out);
    let mut checked = 0;
    for (rel, bytes) in &tree {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes.clone()).unwrap();
        for href in attr_values(&html, "href").into_iter().chain(attr_values(&html, "src")) {
            let href = if rel == "404.html" {
                // The 404 page is served at any depth, so it links from the base path.
                assert!(
                    href.starts_with(base_path) || href.contains(':') || href.starts_with('#'),
                    "404 link {href}"
                );
                href.strip_prefix(base_path).map_or(href.clone(), |h| format!("/{h}"))
            } else {
                assert!(
                    !href.starts_with('/'),
                    "{rel}: absolute link {href} breaks on file:// and sub-paths"
                );
                href
            };
            let Some((target, fragment)) = resolve(rel, &href) else {
                continue;
            };
            let file = tree
                .get(&target)
                .unwrap_or_else(|| panic!("{rel}: link {href} -> {target} does not exist"));
            if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                let ids = attr_values(std::str::from_utf8(file).unwrap(), "id");
                assert!(ids.contains(&f), "{rel}: link {href}: no id {f} in {target}");
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} links checked");
}

#[test]
fn content_cannot_inject_markup() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let r = build_good(&out);
    let html = page(&out, "aanbieders/unsafe/index.html").to_lowercase();
    for tag in tags(&html) {
        let name = tag.split_whitespace().next().unwrap_or_default();
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
        // Browsing needs no JavaScript; only the search page loads scripts, from the site.
        if rel != "zoeken/index.html" {
            assert!(!html.contains("<script"), "{rel}: browsing needs no JavaScript");
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
    let (ta, tb) = (read_tree(&a), read_tree(&b));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (k, v) in &ta {
        assert!(v == &tb[k], "{k} differs between builds");
    }
}

#[test]
fn check_reports_every_problem_with_its_location() {
    let r = run(&["check", "--root", "broken"]);
    assert_eq!(r.code, 1);
    let expected_path = fixture("broken.expected");
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(&expected_path, &r.stderr).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap();
    assert!(
        r.stderr == expected,
        "check output changed (UPDATE_EXPECTED=1 to accept):\n{}",
        r.stderr
    );
    // Spot checks, so a wrong golden file cannot pass silently.
    for line in [
        "broken/content/providers/bad-values.md:5:16: error: unknown life domain `woonen`\n",
        "  = hint: did you mean `wonen`?\n",
        "broken/content/providers/syntax.md:3:18: error: YAML syntax error",
        "broken/content/providers/unknown-key.md:2:1: error: unknown key `naam`\n",
        "broken/content/providers/latin1.md:2:10: error: this file is not valid UTF-8 text\n",
        "broken/content/providers/duplicate-key.md:6:1: error: the key `name` appears twice\n",
        "broken/content/providers/sub/missing.md:1:1: error: duplicate provider slug `missing`",
        "broken/content/providers/no-front-matter.md:1:1: error: missing front matter\n",
        "broken/content/providers/bad-values.md:17:16: error: `last_reviewed` is 2030-01-01, which is in the future\n",
        "broken/content/providers/empty-body.md:8:1: error: the text below the front matter is empty\n",
        "broken/content/providers/dead-link.md:9:6: error: the link `/nergens/` points to a page that does not exist\n",
        "broken/content/pages/aanbieders.md:1:1: error: `aanbieders` cannot be the name of a page",
    ] {
        assert!(r.stderr.contains(line), "missing: {line}");
    }
    let errors = r.stderr.lines().filter(|l| l.contains(": error: ")).count();
    assert!(
        r.stderr.ends_with(&format!("{errors} errors, 0 warnings\n"))
            || r.stderr.contains(&format!("{errors} errors, "))
    );
    let files: BTreeSet<&str> = r
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .filter_map(|l| l.split(':').next())
        .collect();
    assert!(files.len() >= 14, "errors in every broken file, got {files:?}");
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
fn bom_and_crlf_files_are_accepted() {
    let (tmp, site) = good_site();
    let text = "\u{feff}---\r\nname: Windows Bestand\r\nsummary: Opgeslagen in Kladblok.\r\nkind: union\r\nlife_domains: [werk]\r\nfree: true\r\nlast_reviewed: 2026-11-01\r\n---\r\nTekst met *nadruk*.\r\n";
    std::fs::write(site.join("content/providers/windows.md"), text).unwrap();
    std::fs::write(
        site.join("content/providers/broken-crlf.md"),
        "---\r\nname: X\r\nsummary: Y\r\nkind: union\r\nlife_domains: [werkk]\r\n---\r\nT\r\n",
    )
    .unwrap();
    let r = run_in(tmp.path(), &["check", "--root", "site"]);
    assert!(
        r.stderr
            .contains("site/content/providers/broken-crlf.md:5:16: error: unknown life domain `werkk`"),
        "{}",
        r.stderr
    );
    std::fs::remove_file(site.join("content/providers/broken-crlf.md")).unwrap();
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(site.join("public/aanbieders/windows/index.html")).unwrap();
    assert!(html.contains("<em>nadruk</em>"));
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
        .filter(|(k, _)| k.ends_with(".css"))
        .collect();
    assert_eq!(css.len(), 1, "one stylesheet");
    assert!(String::from_utf8_lossy(&css[0].1).starts_with(":root { --sw-color-primary: #123456; }"));
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
fn usage_errors_exit_with_2() {
    assert_eq!(run(&["build", "--no-such-flag"]).code, 2);
    assert_eq!(run(&["frobnicate"]).code, 2);
    let r = run(&["check", "--root", "does-not-exist"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("does not exist"));
    let help = run(&["build", "--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--output <DIR>") && help.stdout.contains("--base-url <URL>"));
}

#[test]
fn refuses_to_overwrite_the_sources() {
    let (tmp, site) = good_site();
    let r = run_in(tmp.path(), &["build", "--root", "site", "--output", "site"]);
    assert_eq!(r.code, 1);
    assert!(site.join("site.yaml").exists());
}

#[test]
fn check_passes_on_a_good_site() {
    let r = run(&["check", "--root", "good"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("no errors"));
    assert!(r.stderr.contains("0 errors, "));
}

/// The bundled Haarlem example is part of the product: it must build cleanly and cover
/// what the council's advice describes.
#[test]
fn the_haarlem_example_builds_and_is_complete() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let site = tmp.path().join("haarlem");
    for part in ["content", "themes"] {
        copy_dir(&repo_root().join(part), &site.join(part));
    }
    std::fs::copy(repo_root().join("site.yaml"), site.join("site.yaml")).unwrap();
    let r = run_in(
        tmp.path(),
        &["build", "--root", "haarlem", "--output", out.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains(": error: "), "{}", r.stderr);
    let providers: Vec<String> = std::fs::read_dir(out.join("aanbieders"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(providers.len() >= 40, "{} providers", providers.len());
    let sources = std::fs::read_dir(repo_root().join("content/providers")).unwrap();
    let mut kinds = BTreeSet::new();
    let mut domains = BTreeSet::new();
    for f in sources {
        let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some(k) = line.strip_prefix("kind: ") {
                kinds.insert(k.to_string());
            }
            if let Some(d) = line.strip_prefix("life_domains: ") {
                domains.extend(d.trim_matches(['[', ']']).split(", ").map(String::from));
            }
        }
        assert!(
            !text.contains("@") || text.contains(".example.org"),
            "example contact details only"
        );
    }
    assert_eq!(kinds.len(), 5, "every kind: {kinds:?}");
    assert_eq!(domains.len(), 9, "all nine life domains: {domains:?}");
    for p in ["over", "klachten", "toegankelijkheid", "privacy"] {
        assert!(out.join(p).join("index.html").is_file(), "page {p}");
    }
    check_links(&out, "/");
}
