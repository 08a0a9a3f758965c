//! `steunwijzer new provider`: a complete template that check explains, never overwriting.

use crate::support::*;

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
