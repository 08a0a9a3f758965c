//! The A–Z list of a large site: pages of 100 providers, each reaching every letter and
//! the pages beside it, in the site, the kiosk and the sitemap.

use std::path::Path;

use crate::support::*;

/// The `href`s of the letters' navigation of an A–Z page.
fn letter_links(page: &str) -> Vec<String> {
    let start = page.find("class=\"letters").expect("the letters");
    let list = &page[start..start + page[start..].find("</ul>").unwrap()];
    list.split("href=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].to_string())
        .collect()
}

fn cards(page: &str) -> usize {
    page.matches("<li class=\"card").count()
}

#[test]
fn a_long_a_to_z_list_has_pages_that_reach_every_letter_and_each_other() {
    let tmp = tempfile::tempdir().unwrap();
    let args = ["generate", "--providers", "230", "--out", "site", "--words", "20-60"];
    assert_eq!(run_in(tmp.path(), &args).code, 0);
    let yaml = tmp.path().join("site/site.yaml");
    let mut text = std::fs::read_to_string(&yaml).unwrap();
    text.push_str("print:\n  enabled: false\noffline:\n  enabled: false\nopen_data:\n  enabled: false\n");
    std::fs::write(&yaml, text).unwrap();
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let public = tmp.path().join("site/public");
    let read = |dir: &Path, name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let dir = public.join("aanbieders");
    let names = ["index.html", "pagina-2.html", "pagina-3.html"];
    let pages: Vec<String> = names.iter().map(|n| read(&dir, n)).collect();
    assert!(!dir.join("pagina-4.html").exists());
    assert_eq!(pages.iter().map(|p| cards(p)).collect::<Vec<_>>(), [100, 100, 30]);
    // Each page its own title, and where it is in the list.
    assert!(
        pages[1].contains("<title>Alle aanbieders van A tot Z, pagina 2 van 3"),
        "{}",
        &pages[1][..600]
    );
    assert!(pages[1].contains("Dit is pagina 2 van 3: aanbieder 101 tot en met 200."));
    assert!(pages[1].contains(r#"href="index.html" rel="prev""#));
    assert!(pages[1].contains(r#"href="pagina-3.html" rel="next""#));
    assert!(pages[1].contains(r#"aria-label="Pagina 2" aria-current="page">2</a>"#));
    assert!(!pages[0].contains("rel=\"prev\"") && !pages[2].contains("rel=\"next\""));
    // Every letter on every page leads to the page and the heading where it starts.
    for page in &pages {
        let links = letter_links(page);
        assert!(links.len() > 5, "{links:?}");
        for link in links {
            let (file, anchor) = link.split_once('#').unwrap();
            let target = if file.is_empty() {
                page.clone()
            } else {
                read(&dir, file)
            };
            assert!(target.contains(&format!("<h2 id=\"{anchor}\"")), "{link}");
        }
    }
    // The kiosk's list has the same pages, with large targets; the sitemap names them.
    let kiosk = read(&public.join("kiosk/aanbieders"), "pagina-3.html");
    assert_eq!(cards(&kiosk), 30);
    assert!(kiosk.contains("kiosk-pagination"));
    let sitemap = read(&public, "sitemap.xml");
    assert!(sitemap.contains("aanbieders/pagina-3.html</loc>"));
}
