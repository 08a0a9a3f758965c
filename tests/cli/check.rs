//! `steunwijzer check` on the `broken` and `good` fixtures, in its three formats.

use std::collections::BTreeSet;

use crate::support::*;

/// Messages for a Dutch site are in Dutch, by default; `--lang en` gives English.
#[test]
fn a_dutch_site_gets_dutch_messages() {
    let nl = run(&["check", "--root", "broken", "--lang", "nl"]);
    assert_eq!(nl.code, 1);
    insta::assert_snapshot!("broken_in_dutch", nl.stderr);
    for line in [
        "broken/content/providers/bad-values.md:5:16: fout: onbekend levensgebied `woonen`\n",
        "  = tip: bedoelt u `wonen`?\n",
        "broken/content/providers/unknown-key.md:2:1: fout: onbekende sleutel `naam`\n",
    ] {
        assert!(nl.stderr.contains(line), "missing: {line}");
    }
    // Without --lang and without STEUNWIJZER_LANG: the site's language, Dutch.
    let default = std::process::Command::new(env!("CARGO_BIN_EXE_steunwijzer"))
        .args(["check", "--root", "broken"])
        .current_dir(fixture(""))
        .env("STEUNWIJZER_TODAY", TODAY)
        .env_remove("STEUNWIJZER_LANG")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&default.stderr), nl.stderr);
    let en = run(&["check", "--root", "broken", "--lang", "en"]);
    assert!(en.stderr.contains(": error: unknown life domain `woonen`"));
}

/// Every message and hint of the broken fixture has its Dutch text.
#[test]
fn every_message_of_the_fixtures_is_in_dutch() {
    let json = |lang: &str| -> serde_json::Value {
        serde_json::from_str(&run(&["check", "--root", "broken", "--format", "json", "--lang", lang]).stdout).unwrap()
    };
    let (nl, en) = (json("nl"), json("en"));
    let untranslated = untranslated(&nl, &en);
    assert!(untranslated.is_empty(), "no Dutch for: {untranslated:#?}");
}

#[test]
fn check_reports_every_problem_with_its_location() {
    let r = run(&["check", "--root", "broken"]);
    assert_eq!(r.code, 1);
    // The whole output, as the editor sees it (snapshots/: review a change with
    // `cargo insta review`, or accept it with INSTA_UPDATE=always).
    insta::assert_snapshot!("broken_for_people", r.stderr);
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
    assert_eq!(woonen["code"], "unknown-life-domain");
    insta::assert_snapshot!("broken_as_json", r.stdout);
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
    insta::assert_snapshot!("broken_as_github", r.stdout);
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
fn check_passes_on_a_good_site() {
    let r = run(&["check", "--root", "good"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("no errors"));
    assert!(r.stderr.contains("0 errors, "));
}

/// Every bad item of a list is reported at its own place, also in a list inside a list,
/// not only the first (issue 15).
#[test]
fn every_bad_item_of_a_list_is_reported() {
    let (_tmp, site) = good_site();
    write(
        &site.join("content/providers/lijsten.md"),
        "---\nname: Lijsten\nsummary: Een aanbieder met lijsten.\nkind: volunteer-organisation\n\
         life_domains: [welzijn]\nfree: true\nlast_reviewed: 2026-11-01\n\
         contact_modes: [binnen, phone, fonen]\n\
         opening_hours:\n  hours:\n    - days: [mandag, tuesday, dinsdg]\n      opens: \"09:00\"\n      closes: \"12:00\"\n\
         \x20   - days: [woensdg]\n      opens: \"13:00\"\n      closes: \"16:00\"\n---\nTekst.\n",
    );
    let out = run_in(&site, &["check"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let at = |line_col: &str, value: &str| {
        let wanted = format!("content/providers/lijsten.md:{line_col}: error: ");
        assert!(
            out.stderr
                .lines()
                .any(|l| l.contains(&wanted) && l.contains(&format!("`{value}`"))),
            "no error for `{value}` at {line_col}:\n{}",
            out.stderr
        );
    };
    at("8:17", "binnen");
    at("8:32", "fonen");
    at("11:14", "mandag");
    at("11:31", "dinsdg");
    at("14:14", "woensdg");
    let errors = out
        .stderr
        .lines()
        .filter(|l| l.contains("lijsten.md:") && l.contains(": error: "))
        .count();
    assert_eq!(errors, 5, "{}", out.stderr);
}

#[test]
fn values_written_in_dutch_are_read_and_shown_in_dutch() {
    let (_tmp, site) = good_site();
    write(
        &site.join("content/providers/nederlands.md"),
        "---\nname: In Het Nederlands\nsummary: Alles in het Nederlands geschreven.\nkind: vakbond\n\
         life_domains: [werk]\nfree: true\nlast_reviewed: 2026-11-01\ncontact:\n  phone: \"023 000 00 00\"\n\
         contact_modes: [inloop, telefoon, huisbezoek]\naccessibility: [rolstoeltoegankelijk, ringleiding]\n\
         opening_hours:\n  hours:\n    - days: [maandag, dinsdag]\n      opens: \"09:00\"\n      closes: \"12:00\"\n\
         ---\nTekst.\n",
    );
    let out = run_in(&site, &["build"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("nederlands.md"), "{}", out.stderr);
    let page = std::fs::read_to_string(site.join("public/aanbieders/nederlands/index.html")).unwrap();
    for label in [
        "Vakbond",
        "Binnenlopen zonder afspraak",
        "Bellen",
        "Bezoek bij u thuis",
        "Toegankelijk met een rolstoel",
        "Ringleiding",
        "maandag",
        "dinsdag",
    ] {
        assert!(page.contains(label), "{label} is not on the page");
    }
}

#[test]
fn a_misspelt_required_key_gives_one_message_not_two() {
    let (_tmp, site) = good_site();
    write(
        &site.join("content/providers/naam.md"),
        "---\nnaam: Buurtkamer\nsummary: Een plek om binnen te lopen.\nkind: volunteer-organisation\n\
         life_domains: [welzijn]\nfree: true\nlast_reviewed: 2026-11-01\n---\nTekst.\n",
    );
    let out = run_in(&site, &["check"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let errors: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.contains("naam.md:") && l.contains(": error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{}", out.stderr);
    assert!(errors[0].contains("naam.md:2:1:"), "{}", out.stderr);
    assert!(out.stderr.contains("`name`"), "{}", out.stderr);
}

/// A provider that would be read, to copy into places where it would not be.
const STRAY: &str = "---\nname: Verdwaald\nsummary: Een aanbieder op de verkeerde plek.\n\
    kind: volunteer-organisation\nlife_domains: [welzijn]\nfree: true\n\
    last_reviewed: 2026-11-01\ncontact:\n  phone: \"023 000 00 00\"\n---\nTekst.\n";

#[test]
fn a_provider_saved_where_it_is_not_read_is_an_error_with_the_place_that_works() {
    let (_tmp, site) = good_site();
    write(&site.join("content/verdwaald.md"), STRAY);
    write(&site.join("content/providers/hoofdletters.MD"), STRAY);
    write(&site.join("content/providers/dubbel.md.txt"), STRAY);
    write(&site.join("content/providers/zonder-extensie"), STRAY);
    write(&site.join("content/providers/foto.jpg"), "niet echt een foto");
    let out = run_in(&site, &["check"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    for (file, fix) in [
        ("content/verdwaald.md", "content/providers/verdwaald.md"),
        ("content/providers/hoofdletters.MD", "hoofdletters.md"),
        ("content/providers/dubbel.md.txt", "dubbel.md"),
        ("content/providers/zonder-extensie", "zonder-extensie.md"),
    ] {
        let at = out
            .stderr
            .find(&format!("{file}:1:1: error: "))
            .unwrap_or_else(|| panic!("no error for {file}:\n{}", out.stderr));
        let hint = out.stderr[at..].lines().nth(1).unwrap_or("");
        assert!(hint.contains(&format!("`{fix}`")), "{file}: {hint}\n{}", out.stderr);
    }
    assert!(
        out.stderr.contains("content/providers/foto.jpg:1:1: warning: "),
        "{}",
        out.stderr
    );
}

/// The good fixture with the address of a published site instead of example.org.
fn published(site: &std::path::Path) {
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(
        &site.join("site.yaml"),
        &yaml.replace("https://example.org/gids/", "https://steunwijzer.teststad.nl/gids/"),
    );
}

/// `check --strict` (a site about to be published) fails on `base_url` still on an example
/// address; plain `check` and `build` do not mind (an example or a test site).
#[test]
fn strict_fails_on_an_example_address() {
    let (_tmp, site) = good_site();
    let strict = run_in(&site, &["check", "--strict", "--lang", "nl"]);
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert!(
        strict
            .stderr
            .contains("site.yaml:3:11: fout: `base_url` staat nog op het voorbeeldadres `example.org`"),
        "{}",
        strict.stderr
    );
    assert!(!run_in(&site, &["check"]).stderr.contains("base_url"));
    published(&site);
    let strict = run_in(&site, &["check", "--strict"]);
    assert!(!strict.stderr.contains("base_url"), "{}", strict.stderr);
}

#[test]
fn strict_fails_on_a_file_left_out_but_not_on_a_review_reminder() {
    let (_tmp, site) = good_site();
    published(&site);
    // Left: old.md, last reviewed long ago, a reminder that strict lets pass.
    std::fs::remove_dir_all(site.join("content/providers/gamma")).unwrap();
    for file in ["beta.md", "not-free.md"] {
        std::fs::remove_file(site.join("content/providers").join(file)).unwrap();
    }
    let reminder = run_in(&site, &["check", "--strict"]);
    assert_eq!(reminder.code, 0, "{}", reminder.stderr);
    assert!(
        reminder.stderr.contains("old.md:9:16: warning: "),
        "{}",
        reminder.stderr
    );
    write(&site.join("content/providers/foto.jpg"), "x");
    assert_eq!(run_in(&site, &["check"]).code, 0);
    let strict = run_in(&site, &["check", "--strict"]);
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert!(strict.stdout.contains("--strict"), "{}", strict.stdout);
}

#[test]
fn gitlab_format_is_a_code_quality_report() {
    let (_tmp, site) = good_site();
    write(&site.join("content/verdwaald.md"), STRAY);
    let out = run_in(&site, &["check", "--format", "gitlab"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let issues: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let issues = issues.as_array().expect("a list of issues");
    assert!(
        issues.iter().any(|i| i["severity"] == "minor"),
        "the fixture's warnings"
    );
    let issue = issues
        .iter()
        .find(|i| i["check_name"] == "misplaced-file")
        .unwrap_or_else(|| panic!("{}", out.stdout));
    assert_eq!(issue["severity"], "major");
    assert_eq!(issue["location"]["path"], "content/verdwaald.md");
    assert_eq!(issue["location"]["lines"]["begin"], 1);
    assert!(issue["description"].as_str().unwrap().contains("content/providers/"));
    assert_eq!(issue["fingerprint"].as_str().unwrap().len(), 16);
}

#[test]
fn hints_carry_the_fix_and_soft_problems_are_said() {
    let (_tmp, site) = good_site();
    let provider = |name: &str, rest: &str| {
        format!(
            "---\nname: {name}\nsummary: Hulp bij geld.\nkind: union\nlife_domains: [werk]\nfree: true\n{rest}---\nTekst.\n"
        )
    };
    write(
        &site.join("content/providers/fouten.md"),
        &provider(
            "Fouten",
            "last_reviewed: 25-11-2026\nneighbourhoods: [noord zuid]\ncontact:\n  website: www.voorbeeld.nl\n",
        ),
    );
    // Named as alpha.md, differing only in capitals and spaces.
    let alpha = std::fs::read_to_string(site.join("content/providers/alpha.md")).unwrap();
    let name = alpha
        .lines()
        .find_map(|l| l.strip_prefix("name: "))
        .unwrap()
        .to_string();
    write(
        &site.join("content/providers/zz-dubbel.md"),
        &provider(
            &format!("\"{}\"", name.to_uppercase().replace(' ', "  ")),
            "last_reviewed: 2026-11-01\ncontact:\n  website: http://voorbeeld.nl/\n",
        ),
    );
    let out = run_in(&site, &["check"]);
    let hint_after = |at: &str| {
        let i = out
            .stderr
            .find(at)
            .unwrap_or_else(|| panic!("nothing at {at}:\n{}", out.stderr));
        let rest = &out.stderr[i..];
        rest.lines().find(|l| l.contains("= hint: ")).unwrap_or("").to_string()
    };
    for (at, fix) in [
        ("fouten.md:7:16: error: ", "2026-11-25"),
        ("fouten.md:8:18: error: ", "`noord, zuid`"),
        ("fouten.md:10:12: error: ", "`https://www.voorbeeld.nl/`"),
        ("zz-dubbel.md:2:7: warning: ", "sets them apart"),
        ("zz-dubbel.md:9:12: warning: ", "`https://voorbeeld.nl/`"),
    ] {
        assert!(hint_after(at).contains(fix), "{at} {fix}:\n{}", out.stderr);
    }
}

#[test]
fn a_renamed_provider_keeps_its_old_address_with_aliases_and_check_warns_without() {
    let (tmp, site) = good_site();
    let built = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let alpha = site.join("content/providers/alpha.md");
    let text = std::fs::read_to_string(&alpha).unwrap();
    std::fs::remove_file(&alpha).unwrap();
    let over = site.join("content/pages/over.md");
    let page = std::fs::read_to_string(&over)
        .unwrap()
        .replace("(/aanbieders/alpha/)", "(/)");
    write(&over, &page);
    // Renamed without aliases: the published address is gone, and check says so.
    write(&site.join("content/providers/alpha-steunpunt.md"), &text);
    let out = run_in(&site, &["check", "--lang", "en"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("public/sitemap.xml:")
            && out
                .stderr
                .contains("warning: the published address aanbieders/alpha/ is gone")
            && out.stderr.contains("add `aliases: [alpha]` to that file"),
        "{}",
        out.stderr
    );
    // --previous may name the folder of an earlier publication as well as its sitemap.
    let out = run_in(&site, &["check", "--lang", "en", "--previous", "public"]);
    assert!(out.stderr.contains("public/sitemap.xml:"), "{}", out.stderr);
    assert!(out.stderr.contains("aanbieders/alpha/ is gone"), "{}", out.stderr);
    // With aliases: no warning, and the old address leads to the new page.
    let with_alias = text.replace("free: true", "free: true\naliases: [alpha]");
    write(&site.join("content/providers/alpha-steunpunt.md"), &with_alias);
    let out = run_in(&site, &["check", "--lang", "en"]);
    assert!(!out.stderr.contains("is gone"), "{}", out.stderr);
    let built = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let old = std::fs::read_to_string(site.join("public/aanbieders/alpha/index.html")).unwrap();
    assert!(
        old.contains("<meta http-equiv=\"refresh\" content=\"0; url=../alpha-steunpunt/index.html\">"),
        "{old}"
    );
    assert!(old.contains("<link rel=\"canonical\" href=\"https://example.org/gids/aanbieders/alpha-steunpunt/\">"));
    // --previous names another publication's sitemap; a missing one is an error.
    let out = run_in(&site, &["check", "--previous", "nergens.xml"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
}

#[test]
fn an_alias_must_be_an_address_no_other_page_has() {
    let (_tmp, site) = good_site();
    let alpha = std::fs::read_to_string(site.join("content/providers/alpha.md")).unwrap();
    write(
        &site.join("content/providers/alpha.md"),
        &alpha.replace("free: true", "free: true\naliases: [beta, Oude Naam, alpha]"),
    );
    let out = run_in(&site, &["check", "--lang", "en"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    for wanted in [
        "error: the address `beta` is taken: content/providers/beta.md has it",
        "error: `Oude Naam` is not an address",
        "error: `alpha` is this provider's own address",
    ] {
        assert!(out.stderr.contains(wanted), "{wanted}:\n{}", out.stderr);
    }
}

/// The crisis numbers and the front door of `site.yaml`: each problem at its line, in
/// `check` as in `build`; a number still to be filled in is on no page; the person to call
/// is on the home page with a link to call.
#[test]
fn crisis_numbers_and_the_front_door_are_checked_and_shown() {
    let (tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    let crisis = "crisis:\n  - name: Alarmnummer\n    phone: \"112\"\n    when: Bij direct gevaar.\n  - name: Huisartsenpost\n    phone: \"[VUL IN: nummer]\"\n    when: Als het niet kan wachten.\n  - name: Zonder uitleg\n    phone: \"0800 2000\"\n  - name: Fout nummer\n    phone: \"12345\"\n    when: Nooit.\nfront_door: [alpha, delta, onbekend]\n";
    let start = yaml.find("crisis:").unwrap();
    let end = yaml.find("front_door: [alpha]\n").unwrap() + "front_door: [alpha]\n".len();
    write(
        &site.join("site.yaml"),
        &format!("{}{crisis}{}", &yaml[..start], &yaml[end..]),
    );
    write(
        &site.join("content/providers/delta.md"),
        &std::fs::read_to_string(site.join("content/providers/alpha.md"))
            .unwrap()
            .replace("name: Alpha", "name: Delta")
            .replace("  phone: 023 000 11 22\n", ""),
    );
    let check = run_in(tmp.path(), &["check", "--root", "site", "--lang", "en"]);
    let build = run_in(tmp.path(), &["build", "--root", "site", "--lang", "en"]);
    let line =
        |needle: &str| yaml[..start].lines().count() + 1 + crisis.lines().position(|l| l.contains(needle)).unwrap();
    for (expected, at) in [
        ("warning: this crisis number is still to be filled in", line("[VUL IN")),
        ("error: this crisis number has no `when`", line("Zonder uitleg")),
        ("error:", line("12345")),
    ] {
        for (what, out) in [("check", &check.stderr), ("build", &build.stderr)] {
            assert!(
                out.lines()
                    .any(|l| l.starts_with(&format!("site/site.yaml:{at}:")) && l.contains(expected)),
                "{what} lacks `{expected}` at line {at}:\n{out}"
            );
        }
    }
    assert_eq!(check.code, 1, "{}", check.stderr);
    // Without the broken items (an error in site.yaml stops the content's checks) the
    // front door is checked, and the site builds; the placeholder is on no page.
    let fixed = crisis
        .replace("  - name: Zonder uitleg\n    phone: \"0800 2000\"\n", "")
        .replace("  - name: Fout nummer\n    phone: \"12345\"\n    when: Nooit.\n", "");
    write(
        &site.join("site.yaml"),
        &format!("{}{fixed}{}", &yaml[..start], &yaml[end..]),
    );
    let check = run_in(tmp.path(), &["check", "--root", "site", "--lang", "en"]);
    let build = run_in(tmp.path(), &["build", "--root", "site", "--lang", "en"]);
    let at = yaml[..start].lines().count() + 1 + fixed.lines().position(|l| l.contains("front_door")).unwrap();
    for expected in [
        "warning: `delta` in `front_door` has no phone number",
        "warning: `onbekend` in `front_door` is not a provider",
    ] {
        for (what, out) in [("check", &check.stderr), ("build", &build.stderr)] {
            assert!(
                out.lines()
                    .any(|l| l.starts_with(&format!("site/site.yaml:{at}:")) && l.contains(expected)),
                "{what} lacks `{expected}` at line {at}:\n{out}"
            );
        }
    }
    assert_eq!(build.code, 0, "{}", build.stderr);
    let home = std::fs::read_to_string(site.join("public/index.html")).unwrap();
    assert!(
        home.contains(
            "<span class=\"crisis-line__item\"><span>Alarmnummer</span>: <a class=\"phone\" href=\"tel:112\" dir=\"ltr\">112</a></span>"
        ),
        "{home}"
    );
    assert!(!home.contains("VUL IN") && !home.contains("Huisartsenpost"), "{home}");
    assert!(home.contains("Weet u niet waar u moet beginnen?"), "{home}");
    assert!(
        home.contains("Bel <a class=\"phone\" href=\"tel:"),
        "the front door's number is a link to call"
    );
    let kiosk = std::fs::read_to_string(site.join("public/kiosk/index.html")).unwrap();
    assert!(
        kiosk.contains("Alarmnummer</span>: <span class=\"phone\" dir=\"ltr\">112</span></span>")
            && !kiosk.contains("tel:"),
        "the kiosk cannot call"
    );
    // Without `crisis:` at all: one warning, and no line on the pages.
    write(&site.join("site.yaml"), &format!("{}{}", &yaml[..start], &yaml[end..]));
    let check = run_in(tmp.path(), &["check", "--root", "site", "--format", "json"]);
    assert!(check.stdout.contains("\"no-crisis-numbers\""), "{}", check.stdout);
}

#[test]
fn a_providers_summary_in_other_interface_languages() {
    let (_tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(&site.join("site.yaml"), &format!("{yaml}languages_ui: [nl, en, tr]\n"));
    let alpha = site.join("content/providers/alpha.md");
    let text = std::fs::read_to_string(&alpha).unwrap();
    let with = |translations: &str| {
        text.replacen(
            "kind: organisation\n",
            &format!("kind: organisation\n{translations}"),
            1,
        )
    };
    write(
        &alpha,
        &with(
            "translations:\n  en:\n    summary: Alpha helps with money and housing.\n  de:\n    summary: Hilfe.\n  xx:\n    summary: Nee.\n  tr: {}\n",
        ),
    );
    let check = run_in(&site, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let found: Vec<(String, String, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"].as_str().unwrap().ends_with("alpha.md"))
        .map(|d| {
            (
                d["severity"].as_str().unwrap().into(),
                d["message"].as_str().unwrap().into(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let says = |needle: &str, severity: &str, line: u64| {
        assert!(
            found
                .iter()
                .any(|(s, m, l)| s == severity && m.contains(needle) && *l == line),
            "{needle}: {found:?}"
        );
    };
    says("`xx` is not a language code", "error", 10);
    says(
        "the translation into `de` is not shown: it is not one of the interface languages",
        "warning",
        8,
    );
    says("the translation into `tr` has no `summary`", "error", 12);
    assert_eq!(check.code, 1);
    write(
        &alpha,
        &with("translations:\n  en:\n    summary: Alpha helps with money and housing.\n"),
    );
    let build = run_in(&site, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = |p: &str| std::fs::read_to_string(site.join("public").join(p)).unwrap();
    assert!(
        page("en/aanbieders/alpha/index.html").contains("<p class=\"lead\">Alpha helps with money and housing.</p>")
    );
    assert!(
        page("tr/aanbieders/alpha/index.html")
            .contains("<p class=\"lead\" lang=\"nl\">Alpha helpt met alles rond geld en wonen.</p>")
    );
    assert!(
        page("aanbieders/alpha/index.html").contains("<p class=\"lead\">Alpha helpt met alles rond geld en wonen.</p>")
    );
}

#[test]
fn a_sites_own_catalogue_replaces_messages_and_its_mistakes_are_located() {
    let (_tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(&site.join("site.yaml"), &format!("{yaml}languages_ui: [nl, en, fy]\n"));
    write(
        &site.join("locales/nl.ftl"),
        "search-button = Zoek nu\n\nmist het gelijkteken\n",
    );
    write(&site.join("content/pages/en.md"), "---\ntitle: English\n---\nHello.\n");
    let check = run_in(&site, &["check"]);
    // All in one run: the catalogues are checked also when a content file has an error.
    assert_eq!(check.code, 1);
    for expected in [
        "locales/nl.ftl:3:",
        "`=` is missing after the message's id",
        "there are no messages in Fries (`fy`)",
        "`en` cannot be the name of a page: it is a language code",
    ] {
        assert!(check.stderr.contains(expected), "{expected}:\n{}", check.stderr);
    }
    // Mended: the site's message replaces the theme's, on the Dutch pages only.
    write(&site.join("site.yaml"), &format!("{yaml}languages_ui: [nl, en]\n"));
    write(&site.join("locales/nl.ftl"), "search-button = Zoek nu\n");
    std::fs::remove_file(site.join("content/pages/en.md")).unwrap();
    let build = run_in(&site, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let page = |p: &str| std::fs::read_to_string(site.join("public").join(p)).unwrap();
    assert!(page("index.html").contains(">Zoek nu</button>"));
    assert!(page("en/index.html").contains(">Search</button>"));
}

/// Life domains, crisis numbers and free pages in other interface languages: every
/// mistake of a translation at its line in one run; then the pages in a language show the
/// translation unmarked, and the pages in a language without one the Dutch text marked as
/// Dutch, never half of each.
#[test]
fn life_domains_crisis_numbers_and_pages_in_other_interface_languages() {
    let (_tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    let crisis = "    when: Bij direct gevaar.\n";
    let yaml = yaml.replacen(
        crisis,
        &format!("{crisis}    translations:\n      en: {{name: Emergency number}}\n"),
        1,
    );
    write(&site.join("site.yaml"), &format!("{yaml}languages_ui: [nl, en, tr]\n"));
    let domains = site.join("content/life-domains.yaml");
    let list = std::fs::read_to_string(&domains).unwrap();
    let first = "  description: Hulp om thuis te blijven wonen en mee te doen, zoals hulp in huis, vervoer of een hulpmiddel.\n";
    let broken = "  translations:\n    en: {name: Support at home, description: Help to keep living at home., colour: red}\n    tr: {name: Günlük destek}\n    xx: {name: Nee, description: Nee}\n";
    write(&domains, &list.replacen(first, &format!("{first}{broken}"), 1));
    let over = site.join("content/pages/over.md");
    let page = std::fs::read_to_string(&over).unwrap();
    write(
        &over,
        &page.replacen("order: 1\n", "order: 1\ntranslations:\n  en:\n    text: About.\n", 1),
    );
    let yaml_ok = yaml.replacen(
        "{name: Emergency number}",
        "{name: Emergency number, when: In danger now.}",
        1,
    );
    write(
        &site.join("site.yaml"),
        &format!("{yaml_ok}languages_ui: [nl, en, tr]\n"),
    );
    let check = run_in(&site, &["check", "--format", "json"]);
    write(&site.join("site.yaml"), &format!("{yaml}languages_ui: [nl, en, tr]\n"));
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let found: Vec<(String, String, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let file = d["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
            (file, d["message"].as_str().unwrap().into(), d["line"].as_u64().unwrap())
        })
        .collect();
    let says = |file: &str, needle: &str, line: u64| {
        assert!(
            found
                .iter()
                .any(|(f, m, l)| f == file && m.contains(needle) && *l == line),
            "{file}:{line} {needle}: {found:?}"
        );
    };
    says("life-domains.yaml", "a translation has no field `colour`", 7);
    says("life-domains.yaml", "the translation into `tr` has no `description`", 8);
    says("life-domains.yaml", "`xx` is not a language code", 9);
    says("over.md", "the translation into `en` has no `title`", 5);
    assert_eq!(check.code, 1);
    // site.yaml is read before the content: its mistake shows once the content is set aside.
    let content = site.join("content");
    std::fs::rename(&content, site.join("later")).unwrap();
    let check = run_in(&site, &["check"]);
    assert!(check.stderr.contains("site.yaml:13:"), "{}", check.stderr);
    assert!(check.stderr.contains("has no `when`"), "{}", check.stderr);
    std::fs::rename(site.join("later"), &content).unwrap();

    let good = "  translations:\n    en: {name: Support at home, description: Help to keep living at home.}\n";
    write(&domains, &list.replacen(first, &format!("{first}{good}"), 1));
    let yaml = yaml.replacen(
        "{name: Emergency number}",
        "{name: Emergency number, when: In danger now.}",
        1,
    );
    write(&site.join("site.yaml"), &format!("{yaml}languages_ui: [nl, en, tr]\n"));
    write(
        &over,
        &page.replacen(
            "order: 1\n",
            "order: 1\ntranslations:\n  en:\n    title: About this guide\n    text: |\n      This is a **test** guide.\n",
            1,
        ),
    );
    let build = run_in(&site, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let read = |p: &str| std::fs::read_to_string(site.join("public").join(p)).unwrap();
    let en = read("en/levensgebieden/maatschappelijke-ondersteuning/index.html");
    assert!(en.contains("<h1>Support at home</h1>"), "translated, unmarked");
    assert!(en.contains("<p class=\"lead\">Help to keep living at home.</p>"));
    assert!(
        en.contains("<span lang=\"nl\">113 Zelfmoordpreventie</span>"),
        "untranslated, marked"
    );
    assert!(en.contains("<span>Emergency number</span>"));
    let tr = read("tr/levensgebieden/maatschappelijke-ondersteuning/index.html");
    assert!(tr.contains("<h1 lang=\"nl\">Maatschappelijke ondersteuning</h1>"));
    let about = read("en/over/index.html");
    assert!(about.contains("<h1>About this guide</h1>"));
    assert!(about.contains("<strong>test</strong> guide"), "the text is Markdown");
    assert!(!about.contains("Dit is een testgids"));
    assert!(
        read("over/index.html").contains("Dit is een testgids"),
        "the Dutch page keeps its text"
    );
}

/// A volunteer's file with the slips of someone who writes in Word (issue 29): every one
/// is reported in one run of `check`, after the missing closing `---` and the tab too,
/// and a Word file renamed `.md` is named as such.
#[test]
fn twelve_slips_in_one_file_are_reported_in_one_run() {
    let (_tmp, site) = good_site();
    let slips = "---\nname: Hulp bij Papieren\nsummary: “Wij helpen u met brieven en formulieren.”\n\
        kind: vrijwiliger\nlife_domains: [inkomen; wonen]\nlanguages: [nederlands, en]\ncontact:\n  \
        telefoon: \"023 000 11 22\"\n\tphone: \"023 000 11 22\"\n  email: info@\n  website: www.hulp.example.org\n\
        opening_hours:\n  hours:\n    - days: [monday]\n      opens: 9.30\n      closes: “17:00”\n\
        free: ja\nindependent: true\nlast_reviewed: 1-8-2026\n\nWij helpen u met brieven van de gemeente.\n";
    write(&site.join("content/providers/papieren.md"), slips);
    std::fs::write(
        site.join("content/providers/brief.md"),
        b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
    )
    .unwrap();
    let r = run_in(&site, &["check", "--lang", "nl"]);
    assert_eq!(r.code, 1);
    let at = "content/providers/papieren.md:";
    for (line, said) in [
        ("1:1: fout: ", "de gegevens bovenaan worden niet afgesloten"),
        (
            "3:10: waarschuwing: ",
            "deze tekst staat tussen gekrulde aanhalingstekens",
        ),
        ("4:7: fout: ", "`vrijwiliger` is geen geldige waarde voor `kind`"),
        ("5:16: fout: ", "onbekend levensgebied `inkomen; wonen`"),
        ("6:13: fout: ", "`nederlands` is geen taalcode"),
        ("8:3: fout: ", "onbekende sleutel `telefoon` in `contact`"),
        ("9:1: fout: ", "deze regel springt in met een tab"),
        ("10:10: fout: ", "`info@` is geen geldig e-mailadres"),
        ("11:12: fout: ", "`www.hulp.example.org` is geen webadres"),
        ("15:14: fout: ", "`opening_hours.hours[1].opens` moet een tijd"),
        (
            "16:15: fout: ",
            "`opening_hours.hours[1].closes`: `“17:00”` is geen tijd",
        ),
        (
            "16:15: waarschuwing: ",
            "deze tekst staat tussen gekrulde aanhalingstekens",
        ),
        ("17:7: fout: ", "`free` moet true of false zijn"),
        ("19:16: fout: ", "`last_reviewed`: `1-8-2026` is geen datum"),
    ] {
        let want = format!("{at}{line}{said}");
        assert!(r.stderr.contains(&want), "missing: {want}\n{}", r.stderr);
    }
    for hint in [
        "zet een regel `---` boven regel 21",
        "zet een komma tussen de onderdelen: `inkomen, wonen`",
        "vervang ze door rechte aanhalingstekens",
        "bedoelt u `phone`?",
    ] {
        assert!(r.stderr.contains(hint), "missing hint: {hint}\n{}", r.stderr);
    }
    // Nothing said twice, and nothing said about what the slips hid: the opening hours
    // still have their note-less `hours`, so no "no hours and no note".
    let errors = r
        .stderr
        .lines()
        .filter(|l| l.starts_with(at) && l.contains(": fout: "))
        .count();
    assert_eq!(errors, 12, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("content/providers/brief.md:1:1: fout: dit is een Word-bestand (.docx)"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("Platte tekst (.txt)"));
    // Nothing printed reads as English, in the terminal's form and GitHub's.
    let github = run_in(&site, &["check", "--format", "github", "--lang", "nl"]);
    for out in [&r.stderr, &r.stdout, &github.stdout, &github.stderr] {
        assert!(english_lines(out).is_empty(), "English: {:#?}", english_lines(out));
    }
    // The same in English is found: the test can fail.
    let english = run_in(&site, &["check", "--lang", "en"]);
    assert!(english_lines(&english.stderr).len() >= 12, "{}", english.stderr);
    // Every message and hint of them in Dutch: none the same as its English.
    let json = |lang: &str| -> serde_json::Value {
        serde_json::from_str(&run_in(&site, &["check", "--format", "json", "--lang", lang]).stdout).unwrap()
    };
    let untranslated = untranslated(&json("nl"), &json("en"));
    assert!(untranslated.is_empty(), "no Dutch for: {untranslated:#?}");
}

/// The problems a person reads, one line each (`file:line:col: severity: message`), in the
/// order printed.
fn problem_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains(": error: ") || l.contains(": warning: "))
        .collect()
}

/// `check` finds everything `build` would, in the same order (issue 29): the search words
/// no provider's text uses (said by the index stage of a build), stale entries and unsafe
/// HTML on the good site with search words, a text colour without contrast (an error, so
/// neither goes on to the index), and the example.
#[test]
fn check_says_what_build_says() {
    let (_tmp, site) = good_site();
    write(
        &site.join("content/zoekwoorden.yaml"),
        "- words: [geldzorgen]\n  means: [kwijtschelding, schulden]\n- words: [huisbaas]\n  means: [verhuurder]\n",
    );
    let same = |root: &std::path::Path| {
        let check = run_in(root, &["check"]);
        let out = tempfile::tempdir().unwrap();
        let build = run_in(
            root,
            &["build", "--output", out.path().join("public").to_str().unwrap()],
        );
        let (said, built) = (problem_lines(&check.stderr), problem_lines(&build.stderr));
        assert_eq!(said, built, "check:\n{}\nbuild:\n{}", check.stderr, build.stderr);
        said.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let said = same(&site);
    let about = |word: &str| said.iter().any(|l| l.contains("zoekwoorden.yaml") && l.contains(word));
    assert!(about("kwijtschelding") && about("verhuurder"), "{said:#?}");
    write(
        &site.join("static/css/00-tokens.css"),
        ":root { --sw-color-text: #bbbbbb; }\n",
    );
    let said = same(&site);
    assert!(
        said.iter().any(|l| l.contains(": error: ") && l.contains("contrast")),
        "{said:#?}"
    );
    same(&repo_root());
}
