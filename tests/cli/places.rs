//! Places within places (`part_of` in content/neighbourhoods.yaml): a provider serving a
//! town serves its wijken and buurten, and one serving a buurt is found under its wijk and
//! town; a wrong `part_of` is a located error.

use std::path::Path;

use crate::support::*;

const PLACES: &str = "\
- slug: noord
  name: Noord
  part_of: stad
- slug: zuid
  name: Zuid
  part_of: stad
- slug: stad
  name: De Stad
- slug: dorp
  name: Het Dorp
- slug: molenbuurt
  name: Molenbuurt
  part_of: noord
";

/// The good fixture with a town of two wijken and a buurt, and a village: alpha serves the
/// buurt, beta the town, old the village; unsafe serves the whole municipality.
fn site_of_places() -> tempfile::TempDir {
    let (tmp, site) = good_site();
    write(&site.join("content/neighbourhoods.yaml"), PLACES);
    let serve = |file: &str, places: &str| {
        let path = site.join("content/providers").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.replace("neighbourhoods: [noord]\n", "");
        write(
            &path,
            &text.replacen("\nkind:", &format!("\nneighbourhoods: [{places}]\nkind:"), 1),
        );
    };
    serve("alpha.md", "molenbuurt");
    serve("beta.md", "stad");
    serve("old.md", "dorp");
    tmp
}

fn found(dir: &Path, place: &str) -> Vec<String> {
    let r = run_in(
        dir,
        &["search", "", "--neighbourhood", place, "--json", "--root", "site"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let mut slugs: Vec<String> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["slug"].as_str().unwrap().to_string())
        .collect();
    slugs.sort();
    slugs
}

#[test]
fn a_provider_of_a_place_serves_the_places_in_it_and_is_found_under_those_around_it() {
    let tmp = site_of_places();
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dir = tmp.path();
    assert_eq!(
        found(dir, "molenbuurt"),
        ["alpha", "beta", "unsafe"],
        "the buurt, its wijk's town, everyone"
    );
    assert_eq!(
        found(dir, "noord"),
        ["alpha", "beta", "unsafe"],
        "the wijk has the buurt's provider"
    );
    assert_eq!(found(dir, "zuid"), ["beta", "unsafe"], "not the other wijk's buurt");
    assert_eq!(found(dir, "stad"), ["alpha", "beta", "unsafe"]);
    assert_eq!(found(dir, "dorp"), ["old", "unsafe"]);

    // The open data says what the editors wrote, and the places with their `part_of`.
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("site/public/data/aanbieders.json")).unwrap())
            .unwrap();
    let beta = data["providers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "beta")
        .unwrap();
    assert_eq!(beta["neighbourhoods"], serde_json::json!(["stad"]));
    assert_eq!(data["neighbourhoods"][4]["part_of"], "noord");
}

#[test]
fn a_part_of_that_names_no_place_or_goes_round_is_an_error_at_its_line() {
    let tmp = site_of_places();
    let places = PLACES
        .replace("  part_of: stad\n- slug: zuid", "  part_of: sta\n- slug: zuid")
        .replace(
            "- slug: dorp\n  name: Het Dorp\n",
            "- slug: dorp\n  name: Het Dorp\n  part_of: molenbuurt\n",
        )
        .replace("  part_of: noord\n", "  part_of: dorp\n");
    write(&tmp.path().join("site/content/neighbourhoods.yaml"), &places);
    let r = run_in(tmp.path(), &["--lang", "nl", "check", "--root", "site"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("content/neighbourhoods.yaml:3:12: fout: `part_of: sta` is geen andere plaats in deze lijst"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("bedoelt u `stad`?"), "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "content/neighbourhoods.yaml:11:12: fout: deze plaatsen liggen in elkaar, in een kring: `dorp` → `molenbuurt` → `dorp`"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr.matches("in een kring").count(),
        1,
        "one circle, said once:\n{}",
        r.stderr
    );
}

/// The example with Schalkwijk's Boerhaavewijk as a place in it: a provider of Schalkwijk
/// is shown for the Boerhaavewijk on the list pages' filter (which works without
/// JavaScript's index), and so in the search.
#[test]
fn the_list_pages_filter_by_the_places_within_places() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    for part in ["content", "themes"] {
        copy_dir(&repo_root().join(part), &site.join(part));
    }
    std::fs::copy(repo_root().join("site.yaml"), site.join("site.yaml")).unwrap();
    let places = site.join("content/neighbourhoods.yaml");
    let text = std::fs::read_to_string(&places).unwrap();
    write(
        &places,
        &format!("{text}- slug: boerhaavewijk\n  name: Boerhaavewijk\n  part_of: schalkwijk\n"),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let page = std::fs::read_to_string(site.join("public/levensgebieden/inkomen/index.html")).unwrap();
    // The cards say where they work, the choice of the Boerhaavewijk where it lies, and
    // the stylesheet keeps a card of Schalkwijk for it (and filters.js does the same).
    let wijken = attr_values(&page, "data-wijk");
    assert!(wijken.iter().any(|w| w == "schalkwijk"), "{wijken:?}");
    assert!(
        attr_values(&page, "data-up").contains(&"schalkwijk".to_string()),
        "{page}"
    );
    assert!(
        page.contains(">Boerhaavewijk <span class=\"place__in\">(Schalkwijk)</span><"),
        "a choice of the filter, with the place it lies in"
    );
    // A town's few places: the rules end the one stylesheet.
    let css = crate::build::sheet(&site.join("public/assets"), "style-");
    assert!(!page.contains("assets/filters-"), "no second sheet for a few places");
    assert!(
        css.contains(
            ".filterable:has(#f-wijk-boerhaavewijk:checked) .card:not([data-in~=\"boerhaavewijk\"],[data-wijk~=\"schalkwijk\"],[data-wijk=\"*\"])"
        ),
        "{css}"
    );
}

/// A region's hundreds of places: the filter rules are a sheet of their own, linked only by
/// the list pages that show filters, so the other pages stay light.
#[test]
fn hundreds_of_places_get_a_filter_sheet_of_their_own() {
    let tmp = tempfile::tempdir().unwrap();
    let args = [
        "generate",
        "--providers",
        "60",
        "--out",
        "site",
        "--neighbourhoods",
        "300",
        "--words",
        "20-60",
    ];
    assert_eq!(run_in(tmp.path(), &args).code, 0);
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let public = tmp.path().join("site/public");
    let rules = crate::build::sheet(&public.join("assets"), "filters-");
    assert!(rules.contains("#f-wijk-buurt-18:checked"), "{}", &rules[..200]);
    let style = crate::build::sheet(&public.join("assets"), "style-");
    assert!(!style.contains(".filterable:has(#f-"), "not on every page");
    let home = std::fs::read_to_string(public.join("index.html")).unwrap();
    assert!(!home.contains("assets/filters-"));
    let linked = std::fs::read_dir(public.join("levensgebieden"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path().join("index.html")).unwrap())
        .filter(|page| page.contains("assets/filters-"))
        .count();
    assert!(linked > 0, "a list page with filters links it");
}
