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
}
