//! Tools for editors: `check --format`, `new provider`, the JSON Schema and `report`.

mod common;

use common::*;

#[test]
fn check_as_json_lists_every_problem_with_its_place() {
    let r = run(&["check", "--root", "broken", "--format", "json"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.is_empty(), "JSON goes to standard output only");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let items = v["diagnostics"].as_array().unwrap();
    assert_eq!(
        v["errors"].as_u64().unwrap() as usize,
        items.iter().filter(|d| d["severity"] == "error").count()
    );
    let woonen = items
        .iter()
        .find(|d| d["message"] == "unknown life domain `woonen`")
        .unwrap();
    assert_eq!(woonen["path"], "broken/content/providers/bad-values.md");
    assert_eq!((woonen["line"].as_u64(), woonen["col"].as_u64()), (Some(5), Some(16)));
    assert_eq!(woonen["hint"], "did you mean `wonen`?");
    let good = run(&["check", "--root", "good", "--format", "json"]);
    assert_eq!(good.code, 0);
    let v: serde_json::Value = serde_json::from_str(&good.stdout).unwrap();
    assert_eq!(v["errors"], 0);
}

#[test]
fn check_as_github_annotations() {
    let r = run(&["check", "--root", "broken", "--format", "github"]);
    assert_eq!(r.code, 1);
    let line = r.stdout.lines().find(|l| l.contains("woonen")).unwrap();
    assert_eq!(
        line,
        "::error file=broken/content/providers/bad-values.md,line=5,col=16,title=steunwijzer::unknown life domain `woonen`%0AHint: did you mean `wonen`?"
    );
    assert!(
        r.stdout
            .lines()
            .all(|l| l.starts_with("::error ") || l.starts_with("::warning "))
    );
}

#[test]
fn new_provider_writes_a_complete_template_and_never_overwrites() {
    let (tmp, site) = good_site();
    let r = run_in(
        tmp.path(),
        &["new", "provider", "Stichting Cliënt & Zorg", "--root", "site"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.trim(), "site/content/providers/stichting-client-zorg.md");
    let text = std::fs::read_to_string(site.join("content/providers/stichting-client-zorg.md")).unwrap();
    assert!(text.contains("name: \"Stichting Cliënt & Zorg\""));
    assert!(text.contains(&format!("last_reviewed: {TODAY}")));
    assert!(text.contains("# yaml-language-server: $schema=https://example.org/gids/schema/provider.schema.json"));
    // Every field of the front matter is in the template.
    for key in [
        "name:",
        "summary:",
        "life_domains:",
        "kind:",
        "last_reviewed:",
        "neighbourhoods:",
        "target_groups:",
        "languages:",
        "contact:",
        "phone:",
        "email:",
        "website:",
        "address:",
        "opening_hours:",
        "contact_modes:",
        "accessibility:",
        "free:",
        "independent:",
        "complaints:",
        "helps_with_complaints:",
    ] {
        assert!(text.contains(key), "{key} missing");
    }
    // Until filled in, check says exactly what is missing.
    let check = run_in(tmp.path(), &["check", "--root", "site"]);
    assert_eq!(check.code, 1);
    let errors: Vec<&str> = check
        .stderr
        .lines()
        .filter(|l| l.contains("stichting-client-zorg.md") && l.contains(": error: "))
        .collect();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("`summary` is empty")));
    assert!(errors.iter().any(|e| e.contains("`life_domains` is empty")));
    assert!(errors.iter().any(|e| e.contains("`kind` has no value")));
    // Filled in, it passes.
    let filled = text
        .replace("summary: \"\"", "summary: \"Wij helpen u gratis.\"")
        .replace("life_domains: []", "life_domains: [zorg]")
        .replace("kind:\n", "kind: organisation\n");
    std::fs::write(site.join("content/providers/stichting-client-zorg.md"), filled).unwrap();
    assert_eq!(run_in(tmp.path(), &["check", "--root", "site"]).code, 0);
    // Never overwrites.
    let again = run_in(
        tmp.path(),
        &["new", "provider", "Stichting Cliënt & Zorg", "--root", "site"],
    );
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("exists already"));
    assert!(
        std::fs::read_to_string(site.join("content/providers/stichting-client-zorg.md"))
            .unwrap()
            .contains("Wij helpen u gratis.")
    );
    assert_eq!(
        run_in(tmp.path(), &["new", "provider", "!!!", "--root", "site"]).code,
        1
    );
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
fn report_in_three_forms() {
    let r = run(&["report", "--root", "good"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("Not reviewed for more than 6 months (oldest first): 1"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("2025-01-15   22 months  Oude Gegevens"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("No phone, e-mail, website or address: 1\n  Beta Vrijwilligers"),
        "{}",
        r.stdout
    );

    let j = run(&["report", "--root", "good", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&j.stdout).unwrap();
    assert_eq!(v["providers"], 4);
    assert_eq!(v["neighbourhoods"], serde_json::json!(["Noord", "Zuid"]));
    // Inkomen: Alpha (Noord only); nobody for the whole city.
    let inkomen = v["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["life_domain"] == "inkomen")
        .unwrap();
    assert_eq!(inkomen["per_neighbourhood"], serde_json::json!([1, 0]));
    assert_eq!(inkomen["whole_municipality"], 0);
    let welzijn = v["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["life_domain"] == "welzijn")
        .unwrap();
    assert_eq!(
        welzijn["per_neighbourhood"],
        serde_json::json!([1, 1]),
        "whole-city providers count everywhere"
    );
    assert_eq!(v["no_walk_in"].as_array().unwrap().len(), 3);
    assert_eq!(v["no_accessibility"].as_array().unwrap().len(), 3);

    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("rapport.html");
    let h = run(&[
        "report",
        "--root",
        "good",
        "--format",
        "html",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(h.code, 0, "{}", h.stderr);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"nl\">"));
    assert!(html.contains("<td class=\"num thin\">0</td>"), "thin cells marked");
    assert!(html.contains("Oude Gegevens"));

    let broken = run(&["report", "--root", "broken"]);
    assert_eq!(broken.code, 1);
    assert!(broken.stdout.is_empty());
}
