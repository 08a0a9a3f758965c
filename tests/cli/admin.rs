//! The editors' form (`admin/`): its configuration is made from the content model, with
//! the site's choices and Dutch labels, and it stays out of everything residents get.

use crate::support::*;

/// A copy of the good fixture with `admin:` in site.yaml.
fn site_with_admin(admin: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(&site.join("site.yaml"), &format!("{yaml}\nadmin:\n{admin}"));
    (tmp, site)
}

fn config(site: &std::path::Path) -> serde_yaml::Value {
    serde_yaml::from_str(&std::fs::read_to_string(site.join("public/admin/config.yml")).unwrap()).unwrap()
}

/// The field `name` among `fields`.
fn field<'v>(fields: &'v serde_yaml::Value, name: &str) -> &'v serde_yaml::Value {
    fields
        .as_sequence()
        .unwrap()
        .iter()
        .find(|f| f["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("no field {name}"))
}

#[test]
fn the_form_is_made_from_the_content_model_in_dutch() {
    let (_tmp, site) = site_with_admin("  repo: gemeente-voorbeeld/gids\n");
    let r = run_in(&site, &["build"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let c = config(&site);
    assert_eq!(c["backend"]["name"].as_str(), Some("github"));
    assert_eq!(c["backend"]["repo"].as_str(), Some("gemeente-voorbeeld/gids"));
    assert_eq!(c["publish_mode"].as_str(), Some("editorial_workflow"));
    assert_eq!(c["locale"].as_str(), Some("nl"));
    let providers = &c["collections"][0];
    assert_eq!(providers["folder"].as_str(), Some("content/providers"));
    let fields = &providers["fields"];
    // Every key of the provider schema is a field (but the earlier addresses), and more.
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("public/schema/provider.schema.json")).unwrap())
            .unwrap();
    // (A site in one language has nothing to translate.)
    for key in schema["properties"].as_object().unwrap().keys() {
        if key != "aliases" && key != "translations" {
            field(fields, key);
        }
    }
    let names: Vec<&str> = fields
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert!(!names.contains(&"translations"), "{names:?}");
    assert_eq!(field(fields, "name")["label"].as_str(), Some("Naam"));
    assert_eq!(field(fields, "name")["required"].as_bool(), Some(true));
    assert_eq!(field(fields, "keywords")["required"].as_bool(), Some(false));
    assert_eq!(field(fields, "last_reviewed")["widget"].as_str(), Some("datetime"));
    let kind = field(fields, "kind");
    assert_eq!(kind["widget"].as_str(), Some("select"));
    let kinds: Vec<&str> = kind["options"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|o| o["label"].as_str())
        .collect();
    assert!(kinds.contains(&"Vrijwilligersorganisatie"), "{kinds:?}");
    // The site's own life domains, by name.
    let domains = field(fields, "life_domains");
    assert_eq!(domains["multiple"].as_bool(), Some(true));
    let first = &domains["options"][0];
    assert!(
        first["value"].as_str().is_some() && first["label"] != first["value"],
        "{first:?}"
    );
    let days = field(
        &field(&field(fields, "opening_hours")["fields"], "hours")["fields"],
        "days",
    );
    assert_eq!(days["options"][0]["label"].as_str(), Some("maandag"));
    assert_eq!(field(fields, "body")["widget"].as_str(), Some("markdown"));
    // The list files, each a list of items.
    let lists = &c["collections"][2]["files"];
    let names: Vec<&str> = lists
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert_eq!(names, ["life-domains", "neighbourhoods", "situations", "search-words"]);
    // The page itself: Dutch, its own policy, the CMS pinned by its hash.
    let page = std::fs::read_to_string(site.join("public/admin/index.html")).unwrap();
    assert!(
        page.contains("<html lang=\"nl\">") && page.contains("Redactie"),
        "{page}"
    );
    assert!(page.contains("integrity=\"sha384-"), "{page}");
    assert!(page.contains("Content-Security-Policy"), "{page}");
}

#[test]
fn the_form_stays_out_of_what_residents_get() {
    let (_tmp, site) = site_with_admin("  repo: gemeente-voorbeeld/gids\n");
    assert_eq!(run_in(&site, &["build"]).code, 0);
    let sitemap = std::fs::read_to_string(site.join("public/sitemap.xml")).unwrap();
    assert!(!sitemap.contains("admin"), "{sitemap}");
    let robots = std::fs::read_to_string(site.join("public/robots.txt")).unwrap();
    assert!(robots.contains("Disallow: /gids/admin/"), "{robots}");
    let zip = std::fs::read_dir(site.join("public/downloads"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "zip"))
        .unwrap();
    let archive = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
    let names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert!(names.iter().all(|n| !n.starts_with("admin/")), "{names:?}");
    assert!(names.iter().any(|n| n == "index.html"));
    // No other page links to it or loads anything from elsewhere.
    for (rel, bytes) in read_tree(&site.join("public")) {
        if rel.ends_with(".html") && !rel.starts_with("admin/") {
            let html = String::from_utf8_lossy(&bytes);
            assert!(!html.contains("unpkg.com") && !html.contains("/admin/"), "{rel}");
        }
    }
    // Without `admin:`, no form.
    let (_tmp, plain) = good_site();
    assert_eq!(run_in(&plain, &["build"]).code, 0);
    assert!(!plain.join("public/admin").exists());
}

#[test]
fn a_wrong_admin_setting_is_located_and_strict_wants_the_repository() {
    let (_tmp, site) = site_with_admin("  backend: bitbucket\n");
    let r = run_in(&site, &["check"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("`bitbucket` is not a place the editors' form can save to"),
        "{}",
        r.stderr
    );
    let (_tmp, site) = site_with_admin("  repo: gids\n");
    let r = run_in(&site, &["check"]);
    assert!(r.stderr.contains("`gids` is not `owner/name`"), "{}", r.stderr);
    let (_tmp, site) = site_with_admin("  repo: \"[VUL IN: eigenaar/naam]\"\n");
    assert_eq!(run_in(&site, &["check"]).code, 0);
    let strict = run_in(&site, &["check", "--strict"]);
    assert_eq!(strict.code, 1);
    assert!(
        strict
            .stderr
            .contains("the editors' form's repository is still to be filled in"),
        "{}",
        strict.stderr
    );
}

/// The editors' form writes a list file's items under `items:`: the site reads it as
/// the list, with its problems at their lines.
#[test]
fn a_list_file_written_by_the_form_is_read() {
    let (_tmp, site) = good_site();
    let path = site.join("content/neighbourhoods.yaml");
    let list = std::fs::read_to_string(&path).unwrap();
    let under: String = list
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("  {l}\n"))
        .collect();
    write(&path, &format!("items:\n{under}"));
    let r = run_in(&site, &["check"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    write(&path, &format!("items:\n{under}  - slug: Fout Adres\n    name: Fout\n"));
    let r = run_in(&site, &["check"]);
    assert_eq!(r.code, 1);
    let line = under.lines().count() + 2;
    assert!(
        r.stderr.contains(&format!("content/neighbourhoods.yaml:{line}:")),
        "{}",
        r.stderr
    );
}

/// "Aanmelden als ondersteuner": linked from every page's footer and the Over page, in the
/// web site only, its answers sent to the team's address.
#[test]
fn the_signup_page_is_linked_from_every_page_and_sends_to_the_editors() {
    let (_tmp, site) = good_site();
    assert_eq!(run_in(&site, &["build"]).code, 0);
    let page = std::fs::read_to_string(site.join("public/aanmelden/index.html")).unwrap();
    assert!(
        page.contains("<h1 tabindex=\"-1\">Aanmelden als ondersteuner</h1>"),
        "{page}"
    );
    assert!(page.contains("action=\"mailto:"), "{page}");
    assert!(page.contains("name=\"life_domains\""), "{page}");
    for rel in ["index.html", "over/index.html", "aanbieders/index.html"] {
        let html = std::fs::read_to_string(site.join("public").join(rel)).unwrap();
        assert!(html.contains("aanmelden/index.html"), "{rel}");
    }
    assert!(!site.join("public/kiosk/aanmelden").exists());
    let kiosk = std::fs::read_to_string(site.join("public/kiosk/index.html")).unwrap();
    assert!(!kiosk.contains("aanmelden/"), "the kiosk has no sign-up");
}
