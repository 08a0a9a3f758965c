//! The open data files a partner downloads: `data/aanbieders.json` and
//! `data/aanbieders.csv`, read back with `serde_json` and the `csv` crate.

use serde_json::Value;

use crate::support::*;

#[test]
fn the_json_and_csv_hold_every_listed_provider_and_nothing_else() {
    let (tmp, site) = good_site();
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = site.join("public");
    let listed: Vec<String> = read_tree(&out.join("aanbieders"))
        .into_keys()
        .filter_map(|k| k.strip_suffix("/index.html").map(str::to_string))
        .collect();
    assert!(listed.len() >= 3, "{listed:?}");

    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("data/aanbieders.json")).unwrap()).unwrap();
    assert_eq!(json["format"], "steunwijzer-aanbieders");
    assert_eq!(json["version"], 1);
    assert_eq!(json["licence"]["id"], "CC0-1.0");
    let providers = json["providers"].as_array().unwrap();
    let mut slugs: Vec<String> = providers
        .iter()
        .map(|p| p["slug"].as_str().unwrap().to_string())
        .collect();
    slugs.sort();
    assert_eq!(slugs, listed);
    let alpha = providers.iter().find(|p| p["slug"] == "alpha").unwrap();
    assert_eq!(alpha["url"], "https://example.org/gids/aanbieders/alpha/");
    assert_eq!(alpha["contact"]["address"]["postcode"], "2011 AB");
    assert_eq!(alpha["opening_hours"]["hours"][0]["days"][0], "monday");
    assert!(alpha["description"].as_str().unwrap().contains("Alpha helpt u gratis"));
    assert!(
        alpha.get("keywords").is_none(),
        "search words are never shown, nor exported"
    );

    let bytes = std::fs::read(out.join("data/aanbieders.csv")).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "a byte order mark for Excel");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.ends_with("\r\n"), "CRLF");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[2], "naam");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), listed.len(), "one row per listed provider");
    assert!(rows.iter().all(|r| r.len() == headers.len()));
    let alpha = rows.iter().find(|r| &r[0] == "alpha").unwrap();
    assert_eq!(&alpha[2], "Alpha Steunpunt");
    assert_eq!(&alpha[5], "wonen, inkomen", "in the order of life-domains.yaml");

    // The unlisted provider is nowhere in the data files.
    let unlisted = std::fs::read_to_string(site.join("content/providers/not-free.md")).unwrap();
    let name = unlisted
        .lines()
        .find_map(|l| l.strip_prefix("name: "))
        .unwrap()
        .trim_matches('"');
    for (path, bytes) in read_tree(&out.join("data")) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(name),
            "data/{path} holds {name}"
        );
    }
    // The Over page links both, with the licence.
    let over = std::fs::read_to_string(out.join("over/index.html")).unwrap();
    assert!(over.contains("href=\"../data/aanbieders.json\"") && over.contains("href=\"../data/aanbieders.csv\""));
    assert!(over.contains("href=\"../data/hsds/services.json\""));
    assert!(over.contains("href=\"https://creativecommons.org/publicdomain/zero/1.0/\">CC0-1.0</a>"));
}

#[test]
fn an_unknown_licence_needs_its_address_and_the_files_can_be_turned_off() {
    let (tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(
        &site.join("site.yaml"),
        &format!("{yaml}open_data:\n  licence: Eigen-1.0\n"),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("error: `Eigen-1.0` is not a licence steunwijzer knows"),
        "{}",
        r.stderr
    );
    write(
        &site.join("site.yaml"),
        &format!("{yaml}open_data:\n  licence: Eigen-1.0\n  licence_url: https://example.org/licentie\n"),
    );
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let json = std::fs::read_to_string(site.join("public/data/aanbieders.json")).unwrap();
    assert!(json.contains("https://example.org/licentie"));
    write(
        &site.join("site.yaml"),
        &format!("{yaml}open_data:\n  enabled: false\n"),
    );
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    assert!(!site.join("public/data").exists());
}
