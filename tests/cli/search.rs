//! The `search` and `analyse` commands and the index and export that `build` writes.

use std::path::{Path, PathBuf};

use crate::support::*;

/// A built copy of the `good` fixture: (temp dir, site root).
fn built() -> (tempfile::TempDir, PathBuf) {
    let (tmp, site) = good_site();
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    (tmp, site)
}

fn search(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["search"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--root", "site"]);
    run_in(dir, &all)
}

fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.push("--json");
    let r = search(dir, &all);
    assert_eq!(r.code, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

fn slugs(v: &serde_json::Value) -> Vec<String> {
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["slug"].as_str().unwrap().to_string())
        .collect()
}

/// FNV-1a, 32 bits, in hex: the content hash in the export's file names, written out here
/// independently of the library's.
fn fnv1a(bytes: &[u8]) -> String {
    let hash = bytes
        .iter()
        .fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193));
    format!("{hash:08x}")
}

#[test]
fn build_writes_a_single_segment_index_and_the_export() {
    let (_tmp, site) = built();
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("search-index/meta.json")).unwrap()).unwrap();
    assert_eq!(meta["segments"].as_array().unwrap().len(), 1, "merged to one segment");
    let files: Vec<String> = std::fs::read_dir(site.join("public/search"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        files.iter().filter(|f| f.starts_with("m-")).count(),
        1,
        "one entry file"
    );
    for f in &files {
        // Names carry the hash of their content: `p-3-1a2b3c4d.js`.
        let text = std::fs::read_to_string(site.join("public/search").join(f)).unwrap();
        let name = f.strip_suffix(".js").unwrap();
        let json = text
            .strip_prefix(&format!("__sw(\"{name}\","))
            .and_then(|t| t.strip_suffix(");\n"))
            .unwrap();
        assert!(name.ends_with(&fnv1a(json.as_bytes())), "{f}");
    }
    let page = std::fs::read_to_string(site.join("public/zoeken/index.html")).unwrap();
    assert!(
        page.contains("data-index=\"../search/m-"),
        "the search page names the entry file"
    );
}

#[test]
fn finds_by_words_with_folding_stemming_prefix_and_typos() {
    let (tmp, _) = built();
    let dir = tmp.path();
    assert_eq!(slugs(&json(dir, &["wonen"])), ["alpha"]);
    assert_eq!(slugs(&json(dir, &["Emile"])), ["unsafe"], "É folded");
    assert_eq!(slugs(&json(dir, &["vrijwilliger"])), ["beta"], "stemmed");
    let prefix = json(dir, &["vrijw"]);
    assert_eq!(slugs(&prefix), ["beta"]);
    assert_eq!(prefix["words"][0]["terms"][0]["match"], "prefix");
    let typo = json(dir, &["gegvens "]);
    assert_eq!(slugs(&typo), ["old"]);
    assert_eq!(typo["words"][0]["terms"][0]["match"], "fuzzy");
    assert!(
        slugs(&json(dir, &["vrijw "])).is_empty(),
        "a finished short word is not a prefix"
    );
}

#[test]
fn filters_combine_and_empty_query_lists_by_name() {
    let (tmp, _) = built();
    let dir = tmp.path();
    assert_eq!(slugs(&json(dir, &["", "--domain", "werk"])), ["old"]);
    assert_eq!(
        slugs(&json(dir, &["", "--domain", "werk", "--domain", "welzijn"])),
        ["beta", "old"],
        "OR within a kind"
    );
    assert!(
        slugs(&json(dir, &["", "--domain", "welzijn", "--language", "tr"])).is_empty(),
        "AND across kinds"
    );
    assert_eq!(slugs(&json(dir, &["", "--language", "tr"])), ["alpha"]);
    // A way of contact: a provider offering any of those chosen.
    assert_eq!(slugs(&json(dir, &["", "--contact", "walk-in"])), ["alpha"]);
    assert_eq!(
        slugs(&json(dir, &["", "--contact", "video", "--contact", "phone"])),
        ["alpha"]
    );
    assert!(slugs(&json(dir, &["", "--contact", "chat"])).is_empty());
    // Providers for the whole municipality count for every neighbourhood.
    assert_eq!(
        slugs(&json(dir, &["", "--neighbourhood", "zuid"])),
        ["beta", "unsafe", "old"]
    );
    assert_eq!(
        slugs(&json(dir, &["", "--neighbourhood", "noord"])),
        ["alpha", "beta", "unsafe", "old"]
    );
    let all = json(dir, &["", "--neighbourhood", "noord", "--limit", "2"]);
    assert_eq!(all["total"], 4);
    assert_eq!(slugs(&all).len(), 2);
    assert!(slugs(&json(dir, &[""])).is_empty(), "no words and no filters: nothing");
}

#[test]
fn json_is_stable() {
    let (tmp, _) = built();
    let v = json(tmp.path(), &["wonen"]);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "all_words",
            "crisis",
            "life_domain_counts",
            "query",
            "results",
            "total",
            "words"
        ]
    );
    assert_eq!(v["crisis"], false);
    let hit = &v["results"][0];
    assert_eq!(hit["rank"], 1);
    assert_eq!(hit["name"], "Alpha Steunpunt");
    assert!(hit["score"].as_f64().unwrap() > 0.0);
    assert_eq!(v["life_domain_counts"][0]["slug"], "maatschappelijke-ondersteuning");
}

#[test]
fn bad_queries_give_a_friendly_empty_answer() {
    let (tmp, _) = built();
    for q in [
        "",
        "  ",
        "de het een",
        "🙂",
        "\"",
        "*",
        "<script>alert(1)</script>",
        &"x".repeat(2000),
    ] {
        let r = search(tmp.path(), &[q]);
        assert_eq!(r.code, 0, "{q}: {}", r.stderr);
        // Words that found nothing get the crisis numbers first: never a dead end.
        let help = "Do you need help now?\n  Alarmnummer: 112. Bij direct gevaar.\n";
        if q.trim().is_empty() {
            assert!(r.stdout.starts_with("no providers found"), "{q}: {}", r.stdout);
        } else {
            assert!(r.stdout.starts_with(help), "{q}: {}", r.stdout);
            assert!(r.stdout.contains("\nno providers found"), "{q}: {}", r.stdout);
        }
    }
}

/// A crisis word of the vocabulary shows the crisis numbers before any provider, in the
/// CLI as on the search page; an everyday word does not.
#[test]
fn a_crisis_word_puts_the_crisis_numbers_first() {
    let (tmp, site) = built();
    write(
        &site.join("content/zoekwoorden.yaml"),
        "- words: [zelfmoord, wil niet meer leven, slaat me]\n  crisis: true\n- words: [geldzorgen]\n  life_domains: [inkomen]\n",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for q in ["zelfmoord", "ik wil niet meer leven", "mijn man slaat me", "Zelfmoord?"] {
        let v = json(tmp.path(), &[q]);
        assert_eq!(v["crisis"], true, "{q}");
        assert_eq!(v["help"][1]["phone"], "0800 0113", "{q}: {v}");
        let text = search(tmp.path(), &[q]).stdout;
        assert!(
            text.starts_with("Do you need help now?\n  Alarmnummer: 112."),
            "{q}: {text}"
        );
    }
    for q in ["geldzorgen", "wonen", "leven"] {
        let v = json(tmp.path(), &[q]);
        assert_eq!(v["crisis"], false, "{q}");
    }
}

#[test]
fn wrong_filters_and_a_missing_index_are_reported() {
    let (tmp, site) = built();
    let r = search(tmp.path(), &["x", "--domain", "woonen"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("unknown life domain `woonen`; did you mean `wonen`?"),
        "{}",
        r.stderr
    );
    let r = search(tmp.path(), &["x", "--contact", "walkin"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("unknown way of contact `walkin`; did you mean `walk-in`?"),
        "{}",
        r.stderr
    );
    let r = search(tmp.path(), &["x", "--domain", "woonen", "--lang", "nl"]);
    assert_eq!(r.stderr, "fout: onbekend levensgebied `woonen`; bedoelt u `wonen`?\n");
    std::fs::remove_dir_all(site.join("search-index")).unwrap();
    let r = search(tmp.path(), &["x"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("run `steunwijzer build` first"), "{}", r.stderr);
}

/// `--lang-ui` answers as the search page in that interface language: the same results,
/// the page's words.
#[test]
fn search_answers_in_an_interface_language_with_the_same_results() {
    let (tmp, site) = good_site();
    let config = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(
        &site.join("site.yaml"),
        &format!("{config}\nlanguages_ui: [nl, ar, pl]\n"),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for q in ["schulden", "huur", "zzzzzz"] {
        let own = json(tmp.path(), &[q]);
        let ar = json(tmp.path(), &[q, "--lang-ui", "ar"]);
        assert_eq!(slugs(&own), slugs(&ar), "{q}: one index for every language");
    }
    let said = search(tmp.path(), &["schulden", "--lang-ui", "ar"]);
    assert_eq!(said.code, 0, "{}", said.stderr);
    assert!(said.stdout.contains("تم العثور على"), "{}", said.stdout);
    assert!(
        !said.stdout.contains("gevonden") && !said.stdout.contains('\u{2068}'),
        "{}",
        said.stdout
    );
    let pl = search(tmp.path(), &["zzzzzz", "--lang-ui", "pl"]);
    assert!(pl.stdout.contains("\n\nNie znaleziono organizacji"), "{}", pl.stdout);
    let wrong = search(tmp.path(), &["x", "--lang-ui", "ra", "--lang", "nl"]);
    assert_eq!(wrong.code, 2);
    assert_eq!(
        wrong.stderr,
        "fout: de pagina's van de site zijn er niet in de taal `ra`; bedoelt u `ar`?\n"
    );
}

#[test]
fn the_index_follows_the_content_on_every_build() {
    let (tmp, site) = built();
    assert!(slugs(&json(tmp.path(), &["koffie"])).contains(&"beta".to_string()));
    let beta = site.join("content/providers/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap().replace("koffie", "thee");
    std::fs::write(&beta, text).unwrap();
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0);
    assert!(slugs(&json(tmp.path(), &["koffie"])).is_empty());
    assert_eq!(slugs(&json(tmp.path(), &["thee"])), ["beta"]);
}

#[test]
fn prints_results_for_people() {
    let (tmp, _) = built();
    let r = search(tmp.path(), &["vrijwilligers koffie"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!("koffie_for_people", r.stdout);
    let some = search(tmp.path(), &["koffie wonen"]);
    assert!(
        some.stdout.starts_with("Do you need help now?\n")
            && some
                .stdout
                .contains("\nno provider matches every word for \"koffie wonen\"; 2 match some of them\n"),
        "{}",
        some.stdout
    );
}

#[test]
fn analyse_shows_terms() {
    let r = run(&["analyse", "Cliënten met financiële zorgen"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "clienten\tclient\nfinanciele\tfinanciel\nzorgen\tzorg\n");
}

/// Residents' words from `content/zoekwoorden.yaml` and a provider's `keywords` find
/// providers whose own text does not hold them; a word that finds nobody is reported.
#[test]
fn residents_words_and_keywords_find_providers() {
    let (tmp, site) = good_site();
    write(
        &site.join("content/zoekwoorden.yaml"),
        "- words: [geldzorgen, debt, borç]\n  means: [geld]\n\
         - words: [rolstoel]\n  accessibility: [wheelchair-accessible]\n\
         - words: [vakbondje]\n  kinds: [union]\n\
         - words: [budgetcoach]\n  means: [nergensvoorkomend]\n",
    );
    let beta = site.join("content/providers/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap();
    write(&beta, &text.replacen("---\n", "---\nkeywords: [koffieochtend]\n", 1));
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "site/content/zoekwoorden.yaml:8:11: warning: `nergensvoorkomend` is in no listed provider's text"
        ),
        "{}",
        r.stderr
    );
    for (query, slug) in [
        ("geldzorgen", "alpha"),
        ("debt", "alpha"),
        ("borç", "alpha"),
        ("rolstoel", "alpha"),
        ("koffieochtend", "beta"),
    ] {
        let found = slugs(&json(tmp.path(), &[query]));
        assert_eq!(found.first().map(String::as_str), Some(slug), "{query}: {found:?}");
    }
    // The keyword is searched, never shown.
    let page = std::fs::read_to_string(site.join("public/aanbieders/beta/index.html")).unwrap();
    assert!(!page.contains("koffieochtend"));
}

#[test]
fn a_wrong_vocabulary_is_reported_at_its_place() {
    let (_tmp, site) = good_site();
    write(
        &site.join("content/zoekwoorden.yaml"),
        "- words: [geldzorgen]\n  life_domains: [inkomenn]\n- words: [x]\n- means: [geld]\n- words: [y]\n  soort: z\n",
    );
    let r = run_in(&site, &["check"]);
    assert_eq!(r.code, 1);
    for line in [
        "content/zoekwoorden.yaml:2:18: error: unknown life domain `inkomenn`",
        "= hint: did you mean `inkomen`?",
        "content/zoekwoorden.yaml:3:3: error: these words find nothing: the item has no target",
        "content/zoekwoorden.yaml:4:3: error: this item has no `words`",
        "content/zoekwoorden.yaml:6:3: error: unknown key `soort`",
    ] {
        assert!(r.stderr.contains(line), "missing {line}:\n{}", r.stderr);
    }
}

/// Appends `text` to the body of provider `slug`.
fn add_to_body(site: &std::path::Path, slug: &str, text: &str) {
    let path = site.join(format!("content/providers/{slug}.md"));
    let body = std::fs::read_to_string(&path).unwrap();
    write(&path, &format!("{body}\n{text}\n"));
}

#[test]
fn own_terms_keep_ouderen_apart_from_ouders() {
    let (tmp, site) = good_site();
    add_to_body(&site, "alpha", "Wij helpen ouderen.");
    add_to_body(&site, "beta", "Wij helpen ouders.");
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    assert_eq!(
        slugs(&json(tmp.path(), &["ouderen"])).len(),
        2,
        "one stem without own terms"
    );
    write(
        &site.join("content/zoekwoorden.yaml"),
        "- own_term: [ouderen, oudere]\n",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(slugs(&json(tmp.path(), &["ouderen"])), ["alpha"]);
    assert_eq!(slugs(&json(tmp.path(), &["oudere "])), ["alpha"], "joined");
    assert_eq!(slugs(&json(tmp.path(), &["ouders"])), ["beta"]);
    let v = json(tmp.path(), &["ouderen"]);
    assert_eq!(v["words"][0]["terms"][0]["term"], "ouderen");
}

#[test]
fn own_terms_must_be_single_words_each_in_one_list() {
    let (_tmp, site) = good_site();
    write(
        &site.join("content/zoekwoorden.yaml"),
        "- own_term: [ouderen, twee woorden]\n- own_term: [Ouderen]\n",
    );
    let r = run_in(&site, &["check"]);
    assert_eq!(r.code, 1);
    for line in [
        "content/zoekwoorden.yaml:1:23: error: `twee woorden` is not one word",
        "content/zoekwoorden.yaml:2:14: error: `Ouderen` already has its own term (line 1)",
    ] {
        assert!(r.stderr.contains(line), "missing {line}:\n{}", r.stderr);
    }
}

#[test]
fn compound_words_are_found_by_their_parts() {
    let (tmp, site) = good_site();
    add_to_body(&site, "alpha", "Hulp bij schulden en bij de huur.");
    add_to_body(&site, "beta", "Een maatje voor schuldhulpverlening en hulpverlening.");
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    // The query word splits: both parts must be there.
    let v = json(tmp.path(), &["huurschulden"]);
    assert_eq!(slugs(&v), ["alpha"]);
    assert_eq!(v["words"][0]["part_of"], "huurschulden");
    assert_eq!(v["words"][0]["terms"][0]["match"], "part");
    assert_eq!(v["words"][1]["word"], "schulden");
    // An index word splits: "schuldhulpverlening" is found by its part "schuld".
    let found = slugs(&json(tmp.path(), &["schuld"]));
    assert_eq!(found, ["alpha", "beta"], "the whole word weighs more than the part");
}

#[test]
fn an_empty_answer_offers_ways_on() {
    let (tmp, site) = good_site();
    write(
        &site.join("content/zoekwoorden.yaml"),
        "- words: [geldzorgen, huisbaas]\n  life_domains: [inkomen]\n\
         - words: [geldzorgn]\n  life_domains: [inkomen]\n  suggest: false\n",
    );
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let v = json(tmp.path(), &["xeldzorgen"]);
    assert_eq!(v["total"], 0);
    assert_eq!(
        v["suggestions"]["words"],
        serde_json::json!(["geldzorgen"]),
        "not the misspelling"
    );
    assert_eq!(v["suggestions"]["life_domains"][0]["slug"], "inkomen");
    assert!(v["suggestions"].get("without_filters").is_none());
    // Known words found nothing because of a filter: the count without it.
    let v = json(tmp.path(), &["geldzorgen", "--domain", "welzijn"]);
    assert_eq!(v["total"], 0);
    assert_eq!(v["suggestions"]["without_filters"], 1);
    assert_eq!(v["suggestions"]["words"], serde_json::json!([]), "the word is known");
    let r = search(tmp.path(), &["xeldzorgen"]);
    assert!(r.stdout.contains("did you mean: geldzorgen"), "{}", r.stdout);
    assert!(
        json(tmp.path(), &["geldzorgen"]).get("suggestions").is_none(),
        "only when empty"
    );
    // A known word inside a longer one, after the close ones.
    let v = json(tmp.path(), &["huisbaasgedoe"]);
    assert_eq!(v["suggestions"]["words"], serde_json::json!(["huisbaas"]));
}

#[test]
fn a_reader_that_goes_away_ends_the_command_quietly() {
    use std::io::Write;
    // `steunwijzer analyse < words | head -1`: the pipe closes long before the output ends.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_steunwijzer"))
        .arg("analyse")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all("schulden huur werk ".repeat(200_000).as_bytes());
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// A provider whose summary carries the word ranks above one whose text mentions it more
/// often (a higher score); a partial answer names the words it matched.
#[test]
fn the_provider_about_the_word_comes_first_and_a_partial_answer_names_its_words() {
    let (tmp, site) = built();
    let alpha = std::fs::read_to_string(site.join("content/providers/alpha.md")).unwrap();
    let body_at = alpha.rfind("---\n").unwrap() + 4;
    let provider = |name: &str, summary: &str, body: &str| {
        format!("{}{body}\n", &alpha[..body_at])
            .replace("name: Alpha Steunpunt", &format!("name: {name}"))
            .replace(
                "summary: Alpha helpt met alles rond geld en wonen.",
                &format!("summary: {summary}"),
            )
    };
    write(
        &site.join("content/providers/noemer.md"),
        &provider(
            "Noemer",
            "Hulp in huis.",
            "Traplift? Traplift! Traplift, traplift, traplift.",
        ),
    );
    write(
        &site.join("content/providers/kenner.md"),
        &provider(
            "Kenner",
            "Advies over een traplift.",
            &"Wij helpen met aanvragen bij de gemeente. ".repeat(20),
        ),
    );
    // The vocabulary gives the mentioning one the word a second time (a weak field).
    write(
        &site.join("content/zoekwoorden.yaml"),
        "- words: [traplift, trapliften]\n  contact_modes: [home-visit]\n",
    );
    let noemer = std::fs::read_to_string(site.join("content/providers/noemer.md")).unwrap();
    write(
        &site.join("content/providers/noemer.md"),
        &noemer.replace(
            "contact_modes: [walk-in, phone]",
            "contact_modes: [walk-in, phone, home-visit]",
        ),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(tmp.path(), &["traplift"]);
    assert_eq!(slugs(&v)[..2], ["kenner", "noemer"], "{v}");
    assert!(
        v["results"][0]["score"].as_f64() < v["results"][1]["score"].as_f64(),
        "the order is not the score's: {v}"
    );
    assert!(v.get("matched_words").is_none(), "an answer with every word names none");
    let v = json(tmp.path(), &["traplift qqqq"]);
    assert_eq!(v["all_words"], false);
    assert_eq!(v["matched_words"], serde_json::json!(["traplift"]), "{v}");
}
