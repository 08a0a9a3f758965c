//! HSDS 3.0: the export under `data/hsds/` and `import hsds`. The round trip (export →
//! import into an empty site → export) gives the same records; records of another system
//! are mapped where they can be and everything else is reported at its line. (The
//! records are validated against Open Referral's schemas in tests/browser/hsds.test.mjs.)

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::*;

/// The example site, with `providers` false: without its provider files.
fn example(at: &Path, providers: bool) -> PathBuf {
    for part in ["content", "themes"] {
        copy_dir(&repo_root().join(part), &at.join(part));
    }
    std::fs::copy(repo_root().join("site.yaml"), at.join("site.yaml")).unwrap();
    if !providers {
        std::fs::remove_dir_all(at.join("content/providers")).unwrap();
        std::fs::create_dir(at.join("content/providers")).unwrap();
        // The example's situations name its providers.
        std::fs::remove_file(at.join("content/situaties.yaml")).unwrap();
    }
    at.to_path_buf()
}

fn build(dir: &Path, root: &str) -> PathBuf {
    let r = run_in(dir, &["build", "--root", root]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    dir.join(root).join("public")
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_example_round_trips_through_hsds() {
    let tmp = tempfile::tempdir().unwrap();
    example(&tmp.path().join("haarlem"), true);
    let first = build(tmp.path(), "haarlem");
    let services = first.join("data/hsds/services.json");
    let records = json(&services);
    let n = records["total_items"].as_u64().unwrap() as usize;
    assert!(n >= 40, "{n} records");
    assert_eq!(records["contents"].as_array().unwrap().len(), n);

    example(&tmp.path().join("nieuw"), false);
    let r = run_in(
        tmp.path(),
        &["import", "hsds", services.to_str().unwrap(), "--root", "nieuw"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "our own export maps without a note:\n{}", r.stderr);
    assert!(
        r.stdout
            .contains(&format!("{n} records read, {n} provider files written")),
        "{}",
        r.stdout
    );
    // The files keep the example's names, also where a name and its slug differ.
    assert!(
        tmp.path()
            .join("nieuw/content/providers/vakbond-zorgmedewerkers-haarlem.md")
            .exists()
    );
    let huurteam = std::fs::read_to_string(tmp.path().join("nieuw/content/providers/huurteam-schalkwijk.md")).unwrap();
    assert!(
        huurteam.contains("life_domains: [wonen]\n") && huurteam.contains("  phone: \"023 000 52 34\"\n"),
        "{huurteam}"
    );

    let second = build(tmp.path(), "nieuw");
    for file in [
        "data/hsds/services.json",
        "data/hsds/taxonomy_terms.json",
        "data/aanbieders.json",
    ] {
        assert!(
            std::fs::read(first.join(file)).unwrap() == std::fs::read(second.join(file)).unwrap(),
            "{file} differs after the round trip"
        );
    }

    // Importing again writes nothing and overwrites nothing.
    let before = read_tree(&tmp.path().join("nieuw/content"));
    let r = run_in(
        tmp.path(),
        &["import", "hsds", services.to_str().unwrap(), "--root", "nieuw"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains(&format!("{n} records read, 0 provider files written")),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr.contains("already exists, so it was not written"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains(&format!("0 errors, {n} warnings")), "{}", r.stderr);
    assert_eq!(read_tree(&tmp.path().join("nieuw/content")), before);
}

#[test]
fn records_of_another_system_are_mapped_and_the_rest_is_reported_at_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    example(&tmp.path().join("zaanstad"), false);
    let input = fixture("hsds/ander-systeem.json");
    let r = run_in(
        tmp.path(),
        &["import", "hsds", input.to_str().unwrap(), "--root", "zaanstad"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("4 records read, 3 provider files written"),
        "{}",
        r.stdout
    );
    let at = |line: u32| format!("ander-systeem.json:{line}:13: warning: ");
    for (line, message) in [
        (
            11,
            "\"Schuldhulp Voorbeeldstad\": `application_process` was not imported",
        ),
        (
            11,
            "\"Schuldhulp Voorbeeldstad\": `organization.legal_status` was not imported",
        ),
        (
            11,
            "the service area `Zaandam-Oost` is not a place of this site: it is written as `zaandam-oost`",
        ),
        (11, "the language `Kurmanji` was not imported"),
        (11, "the taxonomy term `Schuldhulpverlening` of `AIRS` was not imported"),
        (11, "schedule 2 (Eerste dinsdag van de maand) was not imported"),
        (11, "the accessibility `Trapleuning` was not imported"),
        (11, "a second phone number was not imported"),
        (11, "the summary was cut to 200 characters"),
        (
            81,
            "\"Taalcafé Voorbeeld\": `free: true` was not set: the record names a cost",
        ),
        (81, "`last_reviewed` is the date the record was last changed"),
        (99, "\"Oude dienst\": the status is `defunct`, so it was left out"),
        (
            104,
            "\"Buurthulp Noord\": no life domain of this site matches its taxonomy terms",
        ),
        (
            104,
            "the website `https://buurthulp/` was not imported: it is not a valid web address",
        ),
    ] {
        let found = r.stderr.lines().any(|l| l.contains(&at(line)) && l.contains(message));
        assert!(found, "no `{message}` at line {line} in:\n{}", r.stderr);
    }
    let dir = tmp.path().join("zaanstad/content/providers");
    let schuld = std::fs::read_to_string(dir.join("schuldhulp-voorbeeldstad.md")).unwrap();
    for line in [
        "life_domains: [inkomen]",
        // A place the site does not know is kept, for `check` to ask about.
        "neighbourhoods: [schalkwijk, zaandam-oost]",
        "languages: [nl]",
        "  phone: \"+31 75 000 12 34\"",
        "  website: https://schuldhulp.example.org/",
        "    postcode: \"2011 AA\"",
        "    - days: [monday, wednesday]",
        "      opens: \"09:00\"",
        "  note: Ook op afspraak.",
        "contact_modes: [walk-in]",
        "accessibility: [wheelchair-accessible]",
        "free: true",
        "last_reviewed: 2026-05-01",
    ] {
        assert!(schuld.lines().any(|l| l == line), "no `{line}` in:\n{schuld}");
    }
    assert!(schuld.ends_with("Wij helpen bij schulden en post.\n\nBel ons of loop binnen.\n"));
    let taal = std::fs::read_to_string(dir.join("taalcafe-voorbeeld.md")).unwrap();
    assert!(!taal.contains("free:"), "not marked free: it costs money\n{taal}");
    assert!(!dir.join("oude-dienst.md").exists());

    // What is still missing is what `check` reports.
    let c = run_in(tmp.path(), &["check", "--root", "zaanstad"]);
    assert_eq!(c.code, 1);
    assert!(
        c.stderr
            .contains("buurthulp-noord.md:5:1: error: `life_domains` is empty"),
        "{}",
        c.stderr
    );
    assert!(
        c.stderr
            .contains("schuldhulp-voorbeeldstad.md:6:30: error: unknown neighbourhood `zaandam-oost`"),
        "{}",
        c.stderr
    );

    // For a Dutch site, in Dutch.
    std::fs::remove_dir_all(&dir).unwrap();
    let r = run_in(
        tmp.path(),
        &[
            "--lang",
            "nl",
            "import",
            "hsds",
            input.to_str().unwrap(),
            "--root",
            "zaanstad",
        ],
    );
    assert!(
        r.stderr
            .contains("het werkgebied `Zaandam-Oost` is geen plaats van deze site: het staat als `zaandam-oost` onder `neighbourhoods:`"),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.contains("4 records gelezen, 3 aanbiedersbestanden gemaakt"),
        "{}",
        r.stdout
    );
}

#[test]
fn input_that_is_not_hsds_is_a_located_error_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    example(&tmp.path().join("site"), false);
    write(&tmp.path().join("in/kapot.json"), "{\n  \"contents\": [1,\n}\n");
    write(&tmp.path().join("in/anders.json"), "{\"organizations\": []}\n");
    let r = run_in(tmp.path(), &["import", "hsds", "in", "--root", "site"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("in/kapot.json:3:1: error: this is not JSON"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("in/anders.json:1:1: error: not HSDS 3.0 JSON: expected a service, a list of services or a page with `contents`"),
        "{}",
        r.stderr
    );
    std::fs::create_dir(tmp.path().join("leeg")).unwrap();
    let r = run_in(tmp.path(), &["import", "hsds", "leeg", "--root", "site"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("leeg:1:1: error: this folder has no .json files"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_dir(tmp.path().join("site/content/providers"))
            .unwrap()
            .count(),
        0
    );
}

/// An import never publishes a wrong fact: a neighbourhood team is not independent, and
/// "gratis eerste gesprek" is not free.
#[test]
fn a_neighbourhood_team_and_a_free_first_talk_are_imported_unlisted_with_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    example(&tmp.path().join("zaanstad"), false);
    let record = |id: &str, name: &str, org: &str, fees: &str| {
        serde_json::json!({
            "id": id, "name": name, "status": "active",
            "description": "Hulp bij vragen over geld, wonen en zorg.",
            "fees_description": fees,
            "organization": {"id": format!("org-{id}"), "name": org},
            "phones": [{"number": "075 000 12 34"}],
        })
    };
    let input = tmp.path().join("export.json");
    let records = serde_json::json!([
        record("1", "Sociaal Wijkteam Zaandam-Oost", "Gemeente Zaanstad", "Gratis"),
        record(
            "2",
            "Budgetadvies De Rekening",
            "Stichting De Rekening",
            "Gratis eerste gesprek, daarna € 25 per uur"
        ),
        record("3", "Formulierenhulp Noord", "Stichting Noord", "Gratis"),
    ]);
    std::fs::write(&input, serde_json::to_string_pretty(&records).unwrap()).unwrap();
    let r = run_in(tmp.path(), &["import", "hsds", "export.json", "--root", "zaanstad"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "imported as `independent: false` (not in the guide): `Sociaal Wijkteam Zaandam-Oost` is a sociaal wijkteam"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("and `eerste` makes it free under a condition"),
        "{}",
        r.stderr
    );
    let dir = tmp.path().join("zaanstad/content/providers");
    let team = std::fs::read_to_string(dir.join("sociaal-wijkteam-zaandam-oost.md")).unwrap();
    assert!(team.contains("independent: false"), "{team}");
    let budget = std::fs::read_to_string(dir.join("budgetadvies-de-rekening.md")).unwrap();
    assert!(!budget.contains("free: true"), "{budget}");
    let plain = std::fs::read_to_string(dir.join("formulierenhulp-noord.md")).unwrap();
    assert!(
        plain.contains("free: true") && !plain.contains("independent: false"),
        "{plain}"
    );
}

/// Every problem can be seen: the terminal shows the first 20 of a file and says how to
/// see the rest; `--dry-run` writes no provider file and `--report` writes them all to a
/// new file (never over one that exists).
#[test]
fn every_problem_is_shown_in_a_report_and_a_dry_run_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    example(&tmp.path().join("zaanstad"), false);
    let records: Vec<serde_json::Value> = (0..30)
        .map(|i| serde_json::json!({"id": format!("r{i}"), "name": format!("Dienst {i}"), "status": "active"}))
        .collect();
    std::fs::write(
        tmp.path().join("export.json"),
        serde_json::to_string_pretty(&records).unwrap(),
    )
    .unwrap();
    let providers = tmp.path().join("zaanstad/content/providers");
    let count = |dir: &std::path::Path| std::fs::read_dir(dir).map_or(0, Iterator::count);
    let before = count(&providers);
    let args = ["import", "hsds", "export.json", "--root", "zaanstad", "--dry-run"];
    let r = run_in(tmp.path(), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("more problems are not shown above"), "{}", r.stderr);
    assert!(
        r.stdout.contains("30 records read; 30 provider files would be written"),
        "{}",
        r.stdout
    );
    assert_eq!(count(&providers), before, "nothing written");
    let r = run_in(tmp.path(), &[&args[..], &["--report", "alles.txt"]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let all = std::fs::read_to_string(tmp.path().join("alles.txt")).unwrap();
    let shown = r.stderr.lines().filter(|l| l.contains(": warning: ")).count();
    let reported = all.lines().filter(|l| l.contains(": warning: ")).count();
    assert!(reported > shown && reported >= 60, "{shown} shown, {reported} reported");
    // An existing report is never overwritten.
    let again = run_in(tmp.path(), &[&args[..], &["--report", "alles.txt"]].concat());
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert_eq!(std::fs::read_to_string(tmp.path().join("alles.txt")).unwrap(), all);
}

/// `--map`: another system's taxonomy means what the map says; a map naming a life domain
/// the site lacks is a located error and nothing is written.
#[test]
fn a_map_gives_another_taxonomys_terms_their_meaning_here() {
    let tmp = tempfile::tempdir().unwrap();
    example(&tmp.path().join("zaanstad"), false);
    let input = fixture("hsds/ander-systeem.json");
    write(
        &tmp.path().join("map.yaml"),
        "terms:\n  - {taxonomy: AIRS, term: \"BH-18*\", life_domains: [wonen], kind: volunteer-organisation}\n",
    );
    // The example map reads as it is.
    let example_map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/airs-211-map.yaml");
    let dry = [
        "import",
        "hsds",
        input.to_str().unwrap(),
        "--root",
        "zaanstad",
        "--dry-run",
        "--map",
        example_map.to_str().unwrap(),
    ];
    let r = run_in(tmp.path(), &dry);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // A life domain the site does not have.
    write(
        &tmp.path().join("fout.yaml"),
        "terms:\n  - {term: X, life_domains: [geluk]}\n",
    );
    let bad = [
        "import",
        "hsds",
        input.to_str().unwrap(),
        "--root",
        "zaanstad",
        "--map",
        "fout.yaml",
    ];
    let r = run_in(tmp.path(), &bad);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("fout.yaml:2:1: error: unknown life domain `geluk`"),
        "{}",
        r.stderr
    );
    let args = [
        "import",
        "hsds",
        input.to_str().unwrap(),
        "--root",
        "zaanstad",
        "--map",
        "map.yaml",
    ];
    let r = run_in(tmp.path(), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        !r.stderr
            .contains("the taxonomy term `Schuldhulpverlening` of `AIRS` was not imported"),
        "{}",
        r.stderr
    );
    let file = std::fs::read_to_string(
        tmp.path()
            .join("zaanstad/content/providers/schuldhulp-voorbeeldstad.md"),
    )
    .unwrap();
    assert!(
        file.contains("life_domains: [wonen, inkomen]") && file.contains("kind: volunteer-organisation"),
        "{file}"
    );
}

/// The information manager's export: one service at two places, a schedule that starts
/// next year and one that has ended, and a description in HTML. Each place becomes its own
/// provider file with only its own address, accessibility and hours; the schedules that do
/// not hold today are named and left out; the HTML becomes Markdown that `check` accepts.
#[test]
fn two_places_schedules_of_another_time_and_html_are_imported_without_mixing() {
    let tmp = tempfile::tempdir().unwrap();
    example(&tmp.path().join("site"), false);
    let place = |id: &str, name: &str, street: &str, postcode: &str, access: &str, day: &str| {
        serde_json::json!({
            "id": format!("sal-{id}"),
            "location": {
                "id": format!("loc-{id}"), "name": name, "location_type": "physical",
                "addresses": [{"address_1": street, "postal_code": postcode, "city": "Haarlem", "address_type": "physical"}],
                "accessibility": [{"description": access}],
                "schedules": [{"freq": "WEEKLY", "byday": day, "opens_at": "10:00", "closes_at": "12:00"}],
            }
        })
    };
    let record = serde_json::json!({
        "id": "1", "name": "Formulierenhulp Voorbeeld", "status": "active",
        "description": "<h2>Wat wij doen</h2><p>Wij helpen met <strong>formulieren</strong> en brieven.</p>\
            <ul><li>Toeslagen</li><li>Kwijtschelding</li></ul><script>alert(1)</script>",
        "fees_description": "Gratis",
        "assured_date": "2026-11-01",
        "attributes": [
            {"taxonomy_term": {"name": "Inkomen"}},
            {"taxonomy_term": {"code": "organisation"}},
            {"taxonomy_term": {"code": "onafhankelijk", "taxonomy": "kenmerken"}},
        ],
        "organization": {"id": "org-1", "name": "Formulierenhulp Voorbeeld"},
        "phones": [{"number": "023 000 12 34"}],
        "schedules": [
            {"freq": "WEEKLY", "byday": "FR", "opens_at": "13:00", "closes_at": "15:00", "valid_from": "2027-03-01"},
            {"freq": "WEEKLY", "byday": "SA", "opens_at": "10:00", "closes_at": "11:00", "until": "20260101T000000Z"},
        ],
        "service_at_locations": [
            place("a", "Bibliotheek Voorbeeld", "Voorbeeldplein 1", "2011 AA", "rolstoeltoegankelijk", "TH"),
            place("b", "Buurthuis Voorbeeld", "Voorbeeldweg 2", "2033 BB", "ringleiding", "TU"),
        ],
    });
    std::fs::write(tmp.path().join("export.json"), record.to_string()).unwrap();
    let r = run_in(
        tmp.path(),
        &["--lang", "nl", "import", "hsds", "export.json", "--root", "site"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    for said in [
        "wordt op 2 plaatsen gegeven (`Bibliotheek Voorbeeld`, `Buurthuis Voorbeeld`): er is één aanbiedersbestand per plaats gemaakt",
        "rooster 1 (geen beschrijving) is niet overgenomen: het geldt pas vanaf 2027-03-01",
        "rooster 2 (geen beschrijving) is niet overgenomen: het gold tot en met 2026-01-01",
    ] {
        assert_eq!(r.stderr.matches(said).count(), 1, "`{said}` once in:\n{}", r.stderr);
    }
    let dir = tmp.path().join("site/content/providers");
    let library = std::fs::read_to_string(dir.join("formulierenhulp-voorbeeld-bibliotheek-voorbeeld.md")).unwrap();
    let house = std::fs::read_to_string(dir.join("formulierenhulp-voorbeeld-buurthuis-voorbeeld.md")).unwrap();
    for (file, own, other) in [
        (
            &library,
            ["Voorbeeldplein 1", "[thursday]", "wheelchair-accessible"],
            ["Voorbeeldweg 2", "[tuesday]", "hearing-loop"],
        ),
        (
            &house,
            ["Voorbeeldweg 2", "[tuesday]", "hearing-loop"],
            ["Voorbeeldplein 1", "[thursday]", "wheelchair-accessible"],
        ),
    ] {
        for line in own {
            assert!(file.contains(line), "no `{line}` in:\n{file}");
        }
        for line in other.into_iter().chain(["[friday]", "[saturday]", "<", "alert"]) {
            assert!(!file.contains(line), "`{line}` of another place or time in:\n{file}");
        }
        assert!(
            file.contains("## Wat wij doen") && file.contains("**formulieren**") && file.contains("Toeslagen"),
            "{file}"
        );
    }
    assert!(
        library.contains("name: Formulierenhulp Voorbeeld (Bibliotheek Voorbeeld)"),
        "{library}"
    );
    let c = run_in(
        tmp.path(),
        &["--lang", "nl", "check", "--root", "site", "--format", "json"],
    );
    let found: Value = serde_json::from_str(&c.stdout).unwrap();
    let about_them: Vec<&Value> = found["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"].as_str().is_some_and(|f| f.contains("formulierenhulp")))
        .collect();
    assert!(about_them.is_empty(), "{about_them:#?}");
}

/// Service areas are matched with the site's own places at every level: a town of the
/// site ("Zaandam", with its wijken `part_of` it), the country (the whole municipality),
/// and a place the site does not know is kept for `check` to ask about, never widened to
/// the whole municipality.
#[test]
fn service_areas_are_matched_with_the_sites_own_places_at_every_level() {
    let tmp = tempfile::tempdir().unwrap();
    let site = example(&tmp.path().join("site"), false);
    let places = site.join("content/neighbourhoods.yaml");
    let text = std::fs::read_to_string(&places).unwrap();
    write(
        &places,
        &format!("{text}- slug: zaandam\n  name: Zaandam\n- slug: kogerveld\n  name: Kogerveld\n  part_of: zaandam\n"),
    );
    let record = |id: &str, name: &str, area: &str| {
        serde_json::json!({
            "id": id, "name": name, "status": "active", "description": "Hulp bij formulieren.",
            "fees_description": "Gratis", "phones": [{"number": "075 000 12 34"}],
            "service_areas": [{"name": area}],
        })
    };
    let records = serde_json::json!([
        record("1", "Hulp Zaandam", "Zaandam"),
        record("2", "Hulp Landelijk", "Heel Nederland"),
        record("3", "Hulp Westzaan", "Westzaan"),
        // A region's municipalities are places of its site, written however the other
        // system writes them.
        record("4", "Hulp Gemeente", "Gemeente Zaandam"),
    ]);
    std::fs::write(tmp.path().join("export.json"), records.to_string()).unwrap();
    let r = run_in(tmp.path(), &["import", "hsds", "export.json", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let file = |slug: &str| std::fs::read_to_string(site.join(format!("content/providers/{slug}.md"))).unwrap();
    assert!(
        file("hulp-zaandam").contains("neighbourhoods: [zaandam]\n"),
        "{}",
        file("hulp-zaandam")
    );
    assert!(
        !file("hulp-landelijk").contains("neighbourhoods:"),
        "{}",
        file("hulp-landelijk")
    );
    assert!(
        file("hulp-westzaan").contains("neighbourhoods: [westzaan]\n"),
        "{}",
        file("hulp-westzaan")
    );
    assert!(
        file("hulp-gemeente").contains("neighbourhoods: [zaandam]\n"),
        "{}",
        file("hulp-gemeente")
    );
    assert_eq!(
        r.stderr.matches("is not a place of this site").count(),
        1,
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("the service area `Westzaan` is not a place of this site"),
        "{}",
        r.stderr
    );
}
