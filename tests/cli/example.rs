//! The bundled Haarlem example site is part of the product: it must build cleanly and
//! cover what the council's advice describes.

use std::collections::BTreeSet;

use crate::support::*;

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
        .filter_map(std::result::Result::ok)
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
            !text.contains('@') || text.contains(".example.org"),
            "example contact details only"
        );
    }
    assert_eq!(kinds.len(), 5, "every kind: {kinds:?}");
    assert_eq!(domains.len(), 9, "all nine life domains: {domains:?}");
    for p in ["over", "klachten", "toegankelijkheid", "privacy"] {
        assert!(out.join(p).join("index.html").is_file(), "page {p}");
    }
    check_links(&out, "/");
    other_languages_are_kept_apart(&out);
    // Search engines find every language: hreflang in the page and the sitemap, and the
    // structured data once, on the Dutch page.
    let page = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let en = page("en/aanbieders/buurtmaatjes-schalkwijk/index.html");
    assert!(en.contains(
        "<link rel=\"alternate\" hreflang=\"ar\" href=\"https://steunwijzer.example.org/ar/aanbieders/buurtmaatjes-schalkwijk/\">"
    ));
    assert!(!en.contains("application/ld+json"));
    assert!(page("aanbieders/buurtmaatjes-schalkwijk/index.html").contains("application/ld+json"));
    // What the editors translated is shown in the page's language, unmarked: this
    // provider's text, the life domains, the crisis numbers, a situation, a free page.
    assert!(
        en.contains("<div class=\"prose__text\"><p>Do you feel alone?"),
        "the provider's own text"
    );
    let tr = page("tr/index.html");
    assert!(tr.contains("<span class=\"domain__name\">Gelir</span>"));
    assert!(tr.contains("<span>Acil durum numarası</span>"));
    assert!(
        tr.contains("<p class=\"wrap\">Örnek: buradaki tüm kuruluşlar uydurmadır.</p>"),
        "the notice"
    );
    assert!(page("ar/situaties/geldzorgen/index.html").contains("<h1>عندي مشاكل مالية</h1>"));
    assert!(page("en/over/index.html").contains("<h1>About this website</h1>"));
    // What they did not is shown in Dutch, marked as Dutch.
    assert!(tr.contains("<span class=\"domain__name\" lang=\"nl\">Ik voel me alleen</span>"));
    assert!(page("pl/over/index.html").contains("<h1 lang=\"nl\">Over deze website</h1>"));
    // On a right-to-left page, Dutch also keeps its own direction.
    assert!(page("ar/over/index.html").contains("<h1 lang=\"nl\" dir=\"ltr\">Over deze website</h1>"));
    let sitemap = page("sitemap.xml");
    assert_eq!(
        sitemap
            .matches("<loc>https://steunwijzer.example.org/uk/aanbieders/")
            .count(),
        45 + 1
    );
    assert!(
        sitemap
            .contains("<xhtml:link rel=\"alternate\" hreflang=\"tr\" href=\"https://steunwijzer.example.org/tr/\"/>")
    );
    // One address serves the 404 page for every language: it says so in each.
    let not_found = std::fs::read_to_string(out.join("404.html")).unwrap();
    assert!(
        not_found
            .contains("<li lang=\"ar\" dir=\"rtl\">هذه الصفحة غير موجودة. <a href=\"/ar/index.html\" hreflang=\"ar\">"),
        "{not_found}"
    );
}

/// The sentences of the site's language's catalogue whose translation into `lang` differs:
/// one of them on a `lang` page, outside content, is Dutch where it should not be.
fn dutch_interface_sentences(lang: &str) -> Vec<String> {
    let simple = |lang: &str| -> std::collections::BTreeMap<String, String> {
        let path = repo_root().join(format!("themes/default/locales/{lang}.ftl"));
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" = "))
            .filter(|(_, v)| !v.contains('{') && v.split(' ').count() >= 2)
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let other = simple(lang);
    simple("nl")
        .into_iter()
        .filter(|(k, v)| other.get(k) != Some(v))
        .map(|(_, v)| v)
        .collect()
}

/// The text a page shows and reads out in its own language: every text node and
/// `aria-label`/`alt`/`title` outside an element that says it is in another language
/// (and outside `<title>`, which names a free page by its title, content).
fn interface_text(html: &str, lang: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let mut out = String::new();
    for node in doc.tree.nodes() {
        let in_other = node.ancestors().chain(std::iter::once(node)).find_map(|a| {
            let e = a.value().as_element()?;
            if matches!(e.name(), "script" | "style" | "title") {
                return Some(true);
            }
            e.attr("lang").map(|l| l != lang)
        });
        if in_other == Some(true) {
            continue;
        }
        match node.value() {
            scraper::Node::Text(t) => out.push_str(t),
            scraper::Node::Element(e) => {
                for a in ["aria-label", "alt", "title"] {
                    out.extend(e.attr(a));
                }
            }
            _ => {}
        }
        out.push(' ');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every page in another interface language is marked as such, and no sentence of the
/// Dutch interface reaches it outside the content (which says it is Dutch).
fn other_languages_are_kept_apart(out: &std::path::Path) {
    let mut pages = 0;
    for lang in ["en", "tr", "ar", "pl", "uk"] {
        let dutch = dutch_interface_sentences(lang);
        assert!(dutch.len() > 100, "{lang}: {} sentences", dutch.len());
        // The web site's tree and the kiosk's.
        for tree in [lang.to_string(), format!("kiosk/{lang}")] {
            for (path, bytes) in read_tree(&out.join(&tree)) {
                if !path.ends_with(".html") {
                    continue;
                }
                let html = String::from_utf8(bytes).unwrap();
                let dir = if lang == "ar" { "rtl" } else { "ltr" };
                assert!(
                    html.contains(&format!("lang=\"{lang}\" dir=\"{dir}\"")),
                    "{tree}/{path}"
                );
                let text = interface_text(&html, lang);
                let found: Vec<&String> = dutch.iter().filter(|s| text.contains(s.as_str())).collect();
                assert!(found.is_empty(), "{tree}/{path}: Dutch {found:?}");
                pages += 1;
            }
        }
    }
    assert!(pages > 600, "{pages} pages");
}
