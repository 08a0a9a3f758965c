//! The printed guide of the example site, read back with Debian's poppler-utils
//! (pdftotext, pdfinfo, pdffonts, pdftoppm) and zbar-tools (zbarimg), which
//! tests/run.sh installs: what a library prints and a resident reads, calls and scans.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::support::*;

/// The example site, built once for these tests: (its folder, the output). The temporary
/// folder lives as long as the test process.
fn example() -> &'static (PathBuf, PathBuf) {
    static BUILT: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap().keep();
        let site = tmp.join("haarlem");
        for part in ["content", "themes"] {
            copy_dir(&repo_root().join(part), &site.join(part));
        }
        std::fs::copy(repo_root().join("site.yaml"), site.join("site.yaml")).unwrap();
        let out = tmp.join("public");
        let r = run_in(&tmp, &["build", "--root", "haarlem", "--output", out.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        (site, out)
    })
}

/// The example's open data (`data/aanbieders.json`): its providers and life domains, to
/// compare the printed editions with.
fn open_data() -> serde_json::Value {
    let json = std::fs::read_to_string(example().1.join("data/aanbieders.json")).unwrap();
    serde_json::from_str(&json).unwrap()
}

fn guide() -> PathBuf {
    example().1.join("gids/haarlem-gids.pdf")
}

/// The page addresses of the example's providers whose `key` (`life_domains`,
/// `neighbourhoods`) in the open data names `slug`: what their QR codes must hold.
fn urls_where(key: &str, slug: &str) -> BTreeSet<String> {
    let data = open_data();
    data["providers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p[key].as_array().unwrap().iter().any(|v| v == slug))
        .map(|p| p["url"].as_str().unwrap().to_string())
        .collect()
}

/// The number of pages, from `pdfinfo`'s output.
fn page_count(info: &str) -> usize {
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// A life domain's leaflet, or its parts in order (`werk-1.pdf`, `werk-2.pdf`, …) when it
/// has more providers than one leaflet holds.
fn leaflet_parts(out: &Path, slug: &str) -> Vec<PathBuf> {
    let whole = out.join(format!("gids/{slug}.pdf"));
    if whole.exists() {
        return vec![whole];
    }
    (1..)
        .map(|n| out.join(format!("gids/{slug}-{n}.pdf")))
        .take_while(|p| p.exists())
        .collect()
}

/// Runs a poppler or zbar tool and returns its standard output.
fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed (tests/run.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every QR code on the pages of `pdf`, read as a phone's camera would (150 dpi, grey).
fn qr_codes(pdf: &Path) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    tool(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-gray",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    let mut found = Vec::new();
    for png in pages {
        let out = Command::new("zbarimg")
            .args(["--quiet", "--raw", "-Sqrcode.enable", png.to_str().unwrap()])
            .output()
            .expect("zbarimg is needed (tests/run.sh installs it)");
        // zbarimg exits with 4 on a page without codes.
        found.extend(String::from_utf8_lossy(&out.stdout).lines().map(String::from));
    }
    found
}

fn text_of(pdf: &Path) -> String {
    tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"])
}

/// `key: value` of the front matter of every example provider file.
fn providers() -> Vec<(String, String, Option<String>)> {
    let mut out = Vec::new();
    for f in std::fs::read_dir(repo_root().join("content/providers")).unwrap() {
        let path = f.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let field = |k: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{k}: ")))
                .map(|v| v.trim().trim_matches('"').to_string())
        };
        let phone = text.lines().find_map(|l| l.split("phone: ").nth(1)).map(|v| {
            v.trim_matches(|c| c == '"' || c == '}' || c == ' ' || c == ',')
                .to_string()
        });
        let slug = path.file_stem().unwrap().to_string_lossy().into_owned();
        out.push((slug, field("name").unwrap(), phone));
    }
    out.sort();
    out
}

#[test]
fn every_provider_is_in_the_guide_with_name_and_phone_number() {
    // pdftotext breaks lines where the page does: compare without line breaks and hyphens.
    let text = text_of(&guide()).replace("-\n", "").replace('\n', " ");
    let mut missing = Vec::new();
    for (slug, name, phone) in providers() {
        if !text.contains(&name) {
            missing.push(format!("{slug}: name {name}"));
        }
        if let Some(phone) = phone.filter(|p| p.starts_with('0'))
            && !text.contains(&phone)
        {
            missing.push(format!("{slug}: phone {phone}"));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
    for part in [
        "Inhoud",
        "Over deze website",
        "Een klacht indienen",
        "Alle aanbieders van A tot Z",
        "Contact met de redactie",
    ] {
        assert!(text.contains(part), "{part}");
    }
    assert!(
        text.contains("Editie 16 november 2026"),
        "the edition is the newest review date"
    );
}

#[test]
fn the_crisis_numbers_have_a_page_after_the_contents_and_a_line_on_every_leaflet() {
    let text = text_of(&guide()).replace('\u{2060}', "");
    let contents = text.find("Heeft u nu hulp nodig? .").expect("in the contents");
    let page = text.rfind("Heeft u nu hulp nodig?\n").expect("a page of its own");
    let first_domain = text.rfind("Maatschappelijke ondersteuning\n").unwrap();
    assert!(
        contents < page && page < first_domain,
        "after the contents, before the chapters"
    );
    let numbers = &text[page..first_domain];
    for line in [
        "Alarmnummer: 112",
        "113 Zelfmoordpreventie: 0800 0113",
        "Veilig Thuis: 0800 2000",
    ] {
        assert!(numbers.contains(line), "{line} on the page:\n{numbers}");
    }
    let (_, out) = example();
    let leaflet = text_of(&out.join("gids/inkomen-1.pdf"));
    assert!(
        leaflet
            .contains("Nood of gevaar? Alarmnummer: 112 · 113 Zelfmoordpreventie: 0800 0113 · Veilig Thuis: 0800 2000"),
        "{leaflet}"
    );
}

#[test]
fn an_unlisted_provider_is_not_in_the_guide() {
    let (tmp, site) = good_site();
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = text_of(&site.join("public/gids/teststad-gids.pdf"));
    assert!(text.contains("Alpha Steunpunt"), "{text}");
    assert!(
        !text.contains("uurtarief") && !text.contains("Betaald Bureau"),
        "the provider that is not free"
    );
}

#[test]
fn the_pdf_is_tagged_titled_in_dutch_with_embedded_fonts() {
    let info = tool("pdfinfo", &[guide().to_str().unwrap()]);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains("Title:           Steunwijzer Haarlem: de gids"), "{info}");
    let pages = page_count(&info);
    assert!((20..=80).contains(&pages), "{pages} pages for 44 providers");
    let meta = tool("pdfinfo", &["-meta", guide().to_str().unwrap()]);
    assert!(
        meta.contains("pdfuaid:part>1<") || meta.contains("pdfuaid:part=\"1\""),
        "PDF/UA-1: {meta}"
    );
    assert!(
        meta.contains("<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li>"),
        "document language: {meta}"
    );
    let fonts = tool("pdffonts", &[guide().to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cols[cols.len() - 5], "yes", "embedded: {row}");
    }
}

#[test]
fn the_structure_tree_has_headings_lists_and_tables_in_reading_order() {
    let tree = tool("pdfinfo", &["-struct-text", guide().to_str().unwrap()]);
    let at = |needle: &str| {
        tree.find(needle)
            .unwrap_or_else(|| panic!("{needle} not in the structure tree"))
    };
    // The cover, then the contents, the introduction, the chapters, the A–Z list.
    assert!(at("H1 \"Steunwijzer Haarlem\"") < at("H1 \"Inhoud\""));
    assert!(at("H1 \"Inhoud\"") < at("H1 \"Over deze website\""));
    assert!(at("H1 \"Over deze website\"") < at("H1 \"Maatschappelijke ondersteuning\""));
    assert!(at("H1 \"Inkomen\"") < at("H1 \"Alle aanbieders van A tot Z\""));
    assert!(tree.contains("H2 \"Raadsliedenwinkel aan het Spaarne\""));
    assert!(
        tree.contains("L (block):\n") && tree.contains("LI (block)"),
        "lists with their items"
    );
    assert!(tree.contains("Table"), "opening hours as tables");
    assert!(tree.contains("Link"), "links");
}

#[test]
fn every_qr_code_opens_its_providers_page() {
    let found: BTreeSet<String> = qr_codes(&guide()).into_iter().collect();
    let expected: BTreeSet<String> = providers()
        .into_iter()
        .map(|(slug, ..)| format!("https://steunwijzer.example.org/aanbieders/{slug}/"))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn the_large_print_edition_has_big_letters_and_every_leaflet_its_providers() {
    let (_, out) = example();
    let large = out.join("gids/haarlem-gids-groot.pdf");
    let mut heights: Vec<f64> = word_boxes(&large).into_iter().map(|w| w.3).collect();
    heights.sort_by(f64::total_cmp);
    let median = heights[heights.len() / 2];
    // pdftotext gives each word a box as high as its font size.
    assert!(median >= 15.99, "median word box {median} pt");
    let inkomen: String = leaflet_parts(out, "inkomen")
        .iter()
        .map(|pdf| text_of(pdf).replace('\n', " "))
        .collect();
    assert!(inkomen.contains("Budgetcoach Rond Komen") && inkomen.contains("Inkomen"));
    assert!(
        !inkomen.contains("Schoolmaatjes Haarlem"),
        "only the life domain's providers"
    );
}

#[test]
fn two_builds_give_the_same_pdfs_and_the_guide_can_be_turned_off() {
    let (tmp, site) = good_site();
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let first = read_tree(&site.join("public/gids"));
    assert!(first.len() >= 3, "{:?}", first.keys());
    std::fs::remove_dir_all(site.join("public")).unwrap();
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    assert_eq!(first, read_tree(&site.join("public/gids")), "byte for byte");
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(&site.join("site.yaml"), &format!("{yaml}print:\n  enabled: false\n"));
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    assert!(!site.join("public/gids").exists());
}

/// A content repository's workflow (docs/ci/steunwijzer.yml) restores the previous website
/// from its cache, a `tar --posix` archive as actions/cache makes it, into a fresh
/// checkout. The build takes it as its own and takes the printed documents again: a day
/// later they are byte for byte the ones made the day before. So it does with a copy.
#[test]
fn an_output_restored_from_a_ci_cache_is_built_on() {
    let (tmp, site) = good_site();
    assert_eq!(run_on(tmp.path(), &["build", "--root", "site"], "2026-11-24").code, 0);
    let first = read_tree(&site.join("public/gids"));
    // The sources anew in `folder` (files of a new time), then the output as `put` puts it
    // there; the build the next day takes every printed document again, unmade.
    let built_on = |folder: &str, put: &dyn Fn(&Path), today: &str| {
        let root = tmp.path().join(folder);
        copy_dir(&fixture("good"), &root);
        put(&root);
        let r = run_on(tmp.path(), &["build", "--root", folder], today);
        assert_eq!(r.code, 0, "{folder}: {}", r.stderr);
        assert_eq!(first, read_tree(&root.join("public/gids")), "{folder}: laid out again");
    };
    let sh = |line: &str| {
        assert!(
            Command::new("sh").args(["-c", line]).status().unwrap().success(),
            "{line}"
        );
    };
    let public = site.join("public");
    let archive = tmp.path().join("cache.tar");
    // A fresh checkout with the output from actions/cache (a `tar --posix` archive).
    sh(&format!(
        "tar --posix -cf '{}' -C '{}' public",
        archive.display(),
        site.display()
    ));
    let restore = |root: &Path| sh(&format!("tar -xf '{}' -C '{}'", archive.display(), root.display()));
    built_on("checkout", &restore, "2026-11-25");
    // A cache that keeps whole seconds (GitLab's zip), or a plain copy: new times, the
    // same contents.
    let copy = |root: &Path| sh(&format!("cp -r '{}' '{}'", public.display(), root.display()));
    built_on("copied", &copy, "2026-11-26");
}

/// An editor's change lays out again only the documents it is in. The others are taken
/// from the previous build as they are: a day later they still say the day they were made,
/// which a document laid out again would not.
#[test]
fn a_rebuild_lays_out_again_only_the_documents_whose_data_changed() {
    let (tmp, site) = good_site();
    let build = |today: &str| assert_eq!(run_on(tmp.path(), &["build", "--root", "site"], today).code, 0);
    build("2026-11-24");
    let first = read_tree(&site.join("public/gids"));
    build("2026-11-25");
    assert_eq!(
        first,
        read_tree(&site.join("public/gids")),
        "nothing changed: nothing laid out"
    );
    let marker = std::fs::read_to_string(site.join("public/.steunwijzer-output")).unwrap();
    let sourced = marker
        .lines()
        .filter(|l| l.split('\t').count() == 4 && l.contains("\tgids/"))
        .count();
    assert_eq!(sourced, first.len(), "every PDF's source is kept\n{marker}");

    // Beta (welzijn) says something new: its documents are made again, the rest are not.
    let beta = site.join("content/providers/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap();
    write(
        &beta,
        &text.replace("Een kleine groep vrijwilligers.", "Een groep vrijwilligers in de wijk."),
    );
    build("2026-11-25");
    let third = read_tree(&site.join("public/gids"));
    let again: BTreeSet<&str> = first
        .keys()
        .filter(|p| first.get(*p) != third.get(*p))
        .map(String::as_str)
        .collect();
    for made in [
        "welzijn.pdf",
        "teststad-gids.pdf",
        "teststad-gids-groot.pdf",
        "teststad-gids-a5.pdf",
    ] {
        assert!(again.contains(made), "{made} holds beta: {again:?}");
        let said = tool(
            "pdftotext",
            &[site.join("public/gids").join(made).to_str().unwrap(), "-"],
        );
        assert!(said.contains("in de wijk"), "{made}");
    }
    for kept in ["inkomen.pdf", "werk.pdf", "zo-vindt-u-hulp-nl.pdf"] {
        assert!(first.contains_key(kept) && !again.contains(kept), "{kept}: {again:?}");
        let said = tool(
            "pdftotext",
            &[site.join("public/gids").join(kept).to_str().unwrap(), "-"],
        );
        assert!(said.contains("24 november 2026"), "{kept} was made on the 24th");
    }
}

#[test]
fn a_broken_print_template_is_reported_at_its_line() {
    let (tmp, site) = good_site();
    write(
        &site.join("print/gids.typ"),
        "#let data = json(\"data.json\")\n\n#data.nothing\n",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("site/print/gids.typ:3:"), "{}", r.stderr);
    assert!(
        r.stderr.contains("error: print template error; typst says: "),
        "{}",
        r.stderr
    );
}

/// An accessible PDF's own checks (PDF/UA) are said in the site's language, with the fix.
#[test]
fn a_guide_without_a_title_is_named_in_dutch() {
    let (tmp, site) = good_site();
    write(&site.join("print/gids.typ"), "#set text(lang: \"nl\")\nHallo.\n");
    let r = run_in(tmp.path(), &["build", "--root", "site", "--lang", "nl"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("geeft het document geen titel"), "{}", r.stderr);
    assert!(r.stderr.contains("#set document(title: [...])"), "{}", r.stderr);
    assert!(english_lines(&r.stderr).is_empty(), "{}", r.stderr);
}

/// Run by the test command twice: with the default features, and built without `print`
/// (`cargo test --no-default-features --test cli without_printing`).
#[test]
fn without_printing_the_site_is_made_and_says_why() {
    let (tmp, site) = good_site();
    let printing = cfg!(feature = "print");
    let r = run_in(tmp.path(), &["check", "--root", "site", "--format", "json"]);
    assert_eq!(r.stdout.contains("\"print-unavailable\""), !printing, "{}", r.stdout);
    let r = run_in(tmp.path(), &["build", "--root", "site", "--lang", "nl"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr.contains("gemaakt zonder printen"), !printing, "{}", r.stderr);
    assert_eq!(site.join("public/gids").exists(), printing);
    // No page links a guide that is not there.
    let home = std::fs::read_to_string(site.join("public/index.html")).unwrap();
    assert_eq!(home.contains(".pdf\""), printing, "{home}");
}

/// "Zo vindt u hulp": one A4 page per interface language, titled and written in it, with the
/// crisis numbers as the editors translated them, and a QR code that opens that
/// language's start; the footer of each language's pages links its own.
#[test]
fn every_interface_language_has_its_one_page_leaflet_with_a_code_to_its_start() {
    let out = &example().1;
    let cases = [
        ("nl", "Zo vindt u hulp", "Alarmnummer: 112", ""),
        ("en", "How to find help", "Emergency number: 112", "en/"),
        ("tr", "Nasıl yardım bulursunuz", "Acil durum numarası: 112", "tr/"),
        ("ar", "كيف تجد المساعدة", "رقم الطوارئ", "ar/"),
        ("pl", "Jak znaleźć pomoc", "Numer alarmowy: 112", "pl/"),
        ("uk", "Як знайти допомогу", "Номер екстреної допомоги: 112", "uk/"),
    ];
    for (lang, title, crisis, tree) in cases {
        let pdf = out.join(format!("gids/zo-vindt-u-hulp-{lang}.pdf"));
        let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(info.contains("Pages:           1\n"), "{lang}: one page\n{info}");
        assert!(info.contains(&format!("Title:           {title}")), "{lang}: {info}");
        let text = text_of(&pdf);
        assert!(text.contains(crisis), "{lang}: {text}");
        assert!(text.contains("023 000 00 01"), "{lang}: the front door's number");
        assert_eq!(
            qr_codes(&pdf),
            [format!("https://steunwijzer.example.org/{tree}")],
            "{lang}"
        );
        let home = std::fs::read_to_string(out.join(tree).join("index.html")).unwrap();
        assert!(
            home.contains(&format!("gids/zo-vindt-u-hulp-{lang}.pdf\">")),
            "{lang}: the footer links it"
        );
    }
}

/// Paper tells the truth about age: every entry says when it was last checked, an entry
/// past `stale_after_months` says so in words, and every page says when it was printed
/// and "bel eerst" (the tests' today is 2026-11-24).
#[test]
fn every_printed_entry_says_when_it_was_checked_and_every_page_when_it_was_printed() {
    let (_, out) = example();
    let text = tool("pdftotext", &["-layout", guide().to_str().unwrap(), "-"]);
    let entries = text.matches("Telefoon:").count();
    let checked = text.matches("gecontroleerd op ").count();
    assert!(
        checked >= entries && entries > 40,
        "{checked} dates for {entries} entries"
    );
    // Vrijwillige Huisbezoekers Noord was checked on 2025-06-12, more than 12 months ago.
    let at = text.find("Vrijwillige Huisbezoekers Noord\n").expect("the entry");
    let entry = &text[at..at + 900];
    assert!(entry.contains("gecontroleerd op 12 juni 2025"), "{entry}");
    assert!(
        entry.contains("Let op: al lang niet gecontroleerd. Bel eerst of alles nog klopt."),
        "{entry}"
    );
    let pages = page_count(&tool("pdfinfo", &[guide().to_str().unwrap()]));
    let footers = text.matches("gedrukt op 24 november 2026 · bel eerst").count();
    assert_eq!(footers, pages - 2, "every page but the cover and the back cover");
    assert!(text.contains("Gedrukt op 24 november 2026. Gegevens kunnen veranderen: bel eerst"));
    let large = tool(
        "pdftotext",
        &[out.join("gids/haarlem-gids-groot.pdf").to_str().unwrap(), "-"],
    );
    assert!(large.matches("gecontroleerd op ").count() >= entries, "large print");
    let leaflet = tool("pdftotext", &[out.join("gids/inkomen-1.pdf").to_str().unwrap(), "-"]);
    assert!(
        leaflet.contains("gedrukt op 24 november 2026. Bel eerst voordat u gaat."),
        "{leaflet}"
    );
    for (lang, said) in [
        ("nl", "Gedrukt op 24 november 2026."),
        ("en", "Printed on 24 November 2026."),
    ] {
        let howto = out.join(format!("gids/zo-vindt-u-hulp-{lang}.pdf"));
        let text = tool("pdftotext", &[howto.to_str().unwrap(), "-"]).replace('\n', " ");
        assert!(text.contains(said), "{lang}: {text}");
    }
}

/// What libraries expect on paper: "Voor wie" with each entry that names its people, the
/// week's opening hours at a glance, and a back cover with room for the library's stamp that says where else the guide is.
#[test]
fn the_guide_says_for_whom_and_ends_with_a_back_cover_for_the_librarys_stamp() {
    let text = tool("pdftotext", &["-layout", guide().to_str().unwrap(), "-"]);
    assert!(
        text.contains("Voor wie: mensen met dementie, mantelzorgers"),
        "the target groups"
    );
    let last = text.rsplit('\u{c}').find(|p| !p.trim().is_empty()).unwrap();
    assert!(last.contains("Stempel of naam van de bibliotheek of balie:"), "{last}");
    let said = last.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.contains("ook in grote letters"), "{said}");
    assert!(
        said.contains("in het Nederlands, Engels, Turks, Arabisch, Pools en Oekraïens"),
        "{said}"
    );
    let large = example().1.join("gids/haarlem-gids-groot.pdf");
    let large = tool("pdftotext", &[large.to_str().unwrap(), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        large.contains("ook in gewone letters"),
        "the large print points to the other"
    );
}

/// An entry never splits across pages: each provider's phone number is on the page where
/// its name is, in the guide, the large print and a leaflet (read back per page).
#[test]
fn no_entry_is_split_across_pages() {
    let (_, out) = example();
    let data = open_data();
    let entries: Vec<(String, String)> = data["providers"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| {
            Some((
                p["name"].as_str()?.to_string(),
                p["contact"]["phone"].as_str()?.to_string(),
            ))
        })
        .collect();
    assert!(entries.len() > 30);
    for pdf in [
        "haarlem-gids.pdf",
        "haarlem-gids-groot.pdf",
        "inkomen-1.pdf",
        "welzijn.pdf",
    ] {
        let text = tool("pdftotext", &[out.join("gids").join(pdf).to_str().unwrap(), "-"]);
        // Every name and phone number, in reading order: (page, place on it, is a name, which).
        let mut seen = Vec::new();
        for (page, words) in text.split('\u{c}').enumerate() {
            let flat = words.split_whitespace().collect::<Vec<_>>().join(" ");
            for (i, (name, phone)) in entries.iter().enumerate() {
                seen.extend(flat.match_indices(name.as_str()).map(|(at, _)| (page, at, true, i)));
                seen.extend(flat.match_indices(phone.as_str()).map(|(at, _)| (page, at, false, i)));
            }
        }
        seen.sort_unstable();
        let mut split = Vec::new();
        for (k, &(page, _, is_name, i)) in seen.iter().enumerate() {
            // The A–Z list names providers without a phone number: the next phone number of
            // the same provider then belongs to a later entry, so only a name whose number
            // comes before its next name counts.
            let next = seen[k + 1..].iter().find(|e| e.3 == i);
            if let (true, Some(&(at, _, false, _))) = (is_name, next)
                && at != page
            {
                split.push(format!("{} (p. {} → {})", entries[i].0, page + 1, at + 1));
            }
        }
        assert!(split.is_empty(), "{pdf}: split entries {split:?}");
    }
}

/// Typeset as a booklet: in the guide every chapter starts on a right-hand (odd) page, a
/// chapter's later pages carry its name as a running head, the A–Z list has letter
/// headings, and no line ends at a hyphen (addresses break after / . @ only, one-word
/// labels such as "e-mailen" stay whole).
#[test]
fn the_guide_is_typeset_as_a_booklet() {
    let (_, out) = example();
    let pages: Vec<String> = tool("pdftotext", &["-layout", guide().to_str().unwrap(), "-"])
        .split('\u{c}')
        .map(String::from)
        .collect();
    let data = open_data();
    let domains: Vec<&str> = data["life_domains"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    // The contents (page 2): "Inkomen . . . 49".
    let mut starts = Vec::new();
    for line in pages[1].lines() {
        let name = line.split(" . ").next().unwrap_or_default().trim();
        let page: String = line.chars().rev().take_while(char::is_ascii_digit).collect();
        if domains.contains(&name) && !page.is_empty() {
            let page: usize = page.chars().rev().collect::<String>().parse().unwrap();
            assert_eq!(page % 2, 1, "{name} starts on page {page}, a left-hand page");
            starts.push((name.to_string(), page));
        }
    }
    assert!(starts.len() >= 8, "{starts:?}");
    for (name, page) in &starts {
        let next = &pages[*page]; // the page after the chapter's first (pages count from 1)
        let head = next.lines().find(|l| !l.trim().is_empty()).unwrap_or_default().trim();
        if next.contains("Telefoon:") {
            assert!(
                domains.contains(&head),
                "page {} has the running head `{head}` ({name} starts on {page})",
                page + 1
            );
        }
    }
    // The A–Z list's pages: from its heading (not the contents' line) to the end.
    let at = 2 + pages[2..]
        .iter()
        .position(|p| p.contains("Alle aanbieders van A tot Z"))
        .unwrap();
    let letters: Vec<&str> = pages[at..]
        .iter()
        .flat_map(|p| p.lines())
        .map(str::trim)
        .filter(|l| l.len() == 1)
        .collect();
    assert!(
        letters.contains(&"B") && letters.contains(&"S"),
        "letter headings: {letters:?}"
    );
    // A leaflet's column (5.5 cm beside its QR code) is narrower than some addresses'
    // parts ("studentenrechtswinkel-haarlem."): those still break at their hyphen there.
    for pdf in ["haarlem-gids.pdf", "haarlem-gids-groot.pdf"] {
        // -layout: the plain text mode joins a word broken at a hyphen back together.
        let text = tool(
            "pdftotext",
            &["-layout", out.join("gids").join(pdf).to_str().unwrap(), "-"],
        );
        let cut: Vec<&str> = text
            .lines()
            .map(str::trim_end)
            .filter(|l| l.ends_with('-') && l.chars().rev().nth(1).is_some_and(char::is_alphabetic))
            .collect();
        assert!(cut.is_empty(), "{pdf}: lines ending at a hyphen {cut:?}");
    }
}

/// Every leaflet's QR codes decode as a phone's camera reads them (150 dpi, grey) to
/// exactly the addresses of its life domain's providers (2.2 cm codes; at 1.8 cm only 18
/// of the 69 on five of the example's leaflets decoded). A life domain with more providers
/// than one folded sheet holds (12) has its leaflet in parts that together hold each
/// provider once.
#[test]
fn every_leaflets_codes_decode_at_150_dpi_to_its_providers() {
    let (_, out) = example();
    let data = open_data();
    let mut leaflets = 0;
    for domain in data["life_domains"].as_array().unwrap() {
        let slug = domain["slug"].as_str().unwrap();
        let expected = urls_where("life_domains", slug);
        let parts = leaflet_parts(out, slug);
        assert_eq!(parts.len(), expected.len().div_ceil(12), "{slug}: {parts:?}");
        let mut found = Vec::new();
        for pdf in &parts {
            let codes = qr_codes(pdf);
            assert!(codes.len() <= 12, "{pdf:?} holds {}", codes.len());
            found.extend(codes);
            leaflets += 1;
        }
        let once: BTreeSet<String> = found.iter().cloned().collect();
        assert_eq!(once.len(), found.len(), "{slug}: a provider in two parts");
        assert_eq!(once, expected, "{slug}");
    }
    assert!(leaflets >= 11, "{leaflets} leaflets");
}

/// A guide over its budget (`print.volume_entries`) comes as a volume per life domain, and
/// a life domain over it in parts A–Z: no document holds more than the budget, together
/// they hold every entry once, each cover says which part it is, and the web pages link
/// each with its letters and size.
#[test]
fn a_guide_over_its_budget_comes_in_volumes_per_life_domain() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("haarlem");
    copy_dir(&repo_root().join("content"), &site.join("content"));
    let yaml = std::fs::read_to_string(repo_root().join("site.yaml")).unwrap();
    write(
        &site.join("site.yaml"),
        &format!("{yaml}print:\n  volume_entries: 12\n"),
    );
    let out = tmp.path().join("public");
    let r = run_in(
        tmp.path(),
        &["build", "--root", "haarlem", "--output", out.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!out.join("gids/haarlem-gids.pdf").exists(), "not whole");
    assert!(!out.join("gids/haarlem-gids-groot.pdf").exists(), "not whole");
    let data = open_data();
    let mut parted = 0;
    for domain in data["life_domains"].as_array().unwrap() {
        let (slug, name) = (domain["slug"].as_str().unwrap(), domain["name"].as_str().unwrap());
        let count = urls_where("life_domains", slug).len();
        for edition in ["haarlem-gids", "haarlem-gids-groot"] {
            let parts = leaflet_parts(&out, &format!("{edition}-{slug}"));
            assert_eq!(parts.len(), count.div_ceil(12), "{edition} {slug}");
            let mut entries = 0;
            for pdf in &parts {
                let text = text_of(pdf).replace('\n', " ");
                let n = text.matches("gecontroleerd op ").count();
                assert!(n <= 12, "{pdf:?}: {n} entries");
                entries += n;
                assert!(text.contains(&format!("Deel: {name}")), "{pdf:?}");
            }
            assert_eq!(entries, count, "{edition} {slug}: every entry once");
            if parts.len() > 1 {
                parted += 1;
            }
        }
    }
    assert!(parted >= 2, "some life domains come in parts");
    let page = std::fs::read_to_string(out.join("levensgebieden/inkomen/index.html")).unwrap();
    assert!(
        page.contains("haarlem-gids-inkomen-1.pdf\">Print Inkomen uit de gids, B–Sc ("),
        "{page}"
    );
    assert!(page.contains("haarlem-gids-groot-inkomen-2.pdf\">Print Inkomen uit de gids in grote letters, Se–W ("));
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        home.contains("<a href=\"index.html#onderwerpen\">De gids om te printen: per onderwerp</a>"),
        "{home}"
    );
}

/// The word boxes of `pdf` (`pdftotext -bbox`): (page from 1, word, yMin, height in pt).
fn word_boxes(pdf: &Path) -> Vec<(usize, String, f64, f64)> {
    let xml = tool("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"]);
    let mut page = 0;
    let mut words = Vec::new();
    for l in xml.lines().map(str::trim_start) {
        if l.starts_with("<page") {
            page += 1;
        }
        if !l.starts_with("<word") {
            continue;
        }
        let num = |k: &str| -> f64 {
            l.split(&format!("{k}=\""))
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .parse()
                .unwrap()
        };
        let word = l
            .split('>')
            .nth(1)
            .unwrap_or("")
            .split('<')
            .next()
            .unwrap_or("")
            .to_string();
        words.push((page, word, num("yMin"), num("yMax") - num("yMin")));
    }
    words
}

/// The A5 booklet is laid out at A5, not shrunk from A4: every page 148 × 210 mm, the text
/// 11 pt, the footer 9 pt, the page count a multiple of four (one folded sheet holds four),
/// and its QR codes (2 cm) decode at 150 dpi to exactly its life domain's providers. The
/// example's 109 entries are over the booklet's budget (60), so it comes per life domain.
#[test]
fn the_a5_booklet_is_laid_out_at_a5_in_whole_sheets() {
    let (_, out) = example();
    let data = open_data();
    assert!(!out.join("gids/haarlem-gids-a5.pdf").exists());
    let mut booklets = 0;
    for domain in data["life_domains"].as_array().unwrap() {
        let slug = domain["slug"].as_str().unwrap();
        let pdf = out.join(format!("gids/haarlem-gids-a5-{slug}.pdf"));
        let expected = urls_where("life_domains", slug);
        if expected.is_empty() {
            continue;
        }
        booklets += 1;
        let info = tool("pdfinfo", &["-l", "999", pdf.to_str().unwrap()]);
        let pages = page_count(&info);
        assert_eq!(pages % 4, 0, "{slug}: {pages} pages");
        let sizes = info
            .lines()
            .filter(|l| l.starts_with("Page ") && l.contains(" size: "))
            .count();
        let a5 = info
            .lines()
            .filter(|l| l.contains(" size:  419.528 x 595.276 pts"))
            .count();
        assert_eq!((sizes, a5), (pages, pages), "{slug}: every page A5");
        let words = word_boxes(&pdf);
        let mut body: Vec<f64> = words.iter().filter(|w| w.2 < 530.0).map(|w| w.3).collect();
        body.sort_by(f64::total_cmp);
        assert!(
            body[body.len() / 2] >= 10.99,
            "{slug}: body {} pt",
            body[body.len() / 2]
        );
        let footer: Vec<&(usize, String, f64, f64)> = words.iter().filter(|w| w.2 >= 540.0).collect();
        assert!(footer.iter().any(|w| w.1 == "gedrukt"), "{slug}: a footer");
        assert!(footer.iter().all(|w| w.3 >= 8.99), "{slug}: footer at least 9 pt");
        let found: BTreeSet<String> = qr_codes(&pdf).into_iter().collect();
        assert_eq!(found, expected, "{slug}");
    }
    assert_eq!(booklets, 9);
    let page = std::fs::read_to_string(out.join("levensgebieden/werk/index.html")).unwrap();
    assert!(
        page.contains("haarlem-gids-a5-werk.pdf\">Print Werk als boekje (A5) (PDF, "),
        "{page}"
    );
}

/// An entry longer than a page (tests/fixtures/print: every field full, in large print)
/// breaks, and each page it goes on to names it in the running head with "(vervolg)".
/// Entries that fit are not marked.
#[test]
fn an_entry_longer_than_a_page_goes_on_under_its_name() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("haarlem");
    copy_dir(&repo_root().join("content"), &site.join("content"));
    std::fs::copy(repo_root().join("site.yaml"), site.join("site.yaml")).unwrap();
    let tall = "steunpunt-lange-lijst-voorbeeld.md";
    std::fs::copy(fixture("print").join(tall), site.join("content/providers").join(tall)).unwrap();
    let out = tmp.path().join("public");
    let r = run_in(
        tmp.path(),
        &["build", "--root", "haarlem", "--output", out.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let large = text_of(&out.join("gids/haarlem-gids-groot.pdf"));
    let pages: Vec<&str> = large.split('\u{c}').collect();
    let begins = pages
        .iter()
        .position(|p| p.contains("Steunpunt Lange Lijst Voorbeeld\n"))
        .expect("the entry");
    let goes_on: Vec<usize> = (0..pages.len()).filter(|&i| pages[i].contains("(vervolg)")).collect();
    assert_eq!(goes_on, vec![begins + 1], "the page after its start, and no other");
    assert!(
        pages[begins + 1].starts_with("Steunpunt Lange Lijst Voorbeeld (vervolg)"),
        "{}",
        pages[begins + 1]
    );
    assert!(pages[begins + 1].contains("Toegankelijkheid:"), "the rest of the entry");
    let guide = text_of(&out.join("gids/haarlem-gids.pdf"));
    assert!(!guide.contains("(vervolg)"), "it fits on a page of the guide");
}

/// No leaflet has a page without an entry: the crisis numbers and the address of the rest
/// stand under its title, where they cannot spill onto a page of their own (before, one of
/// the example's leaflets ended with a page holding only those lines).
#[test]
fn every_page_of_a_leaflet_holds_an_entry() {
    let (_, out) = example();
    let data = open_data();
    for domain in data["life_domains"].as_array().unwrap() {
        for pdf in leaflet_parts(out, domain["slug"].as_str().unwrap()) {
            let text = text_of(&pdf).replace('\n', " ");
            let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
            assert!(pages.len() <= 4, "{pdf:?}: one folded sheet");
            for (i, page) in pages.iter().enumerate() {
                assert!(page.contains("gecontroleerd op"), "{pdf:?} page {}: {page}", i + 1);
            }
            assert!(pages[0].contains("Nood of gevaar? Alarmnummer: 112"), "{pdf:?}");
        }
    }
}

/// A leaflet per neighbourhood for the library or community centre there: exactly the
/// providers that name the neighbourhood (read from its QR codes at 150 dpi), under "Hulp in
/// de wijk …", linked from the page that offers the offline copy.
#[test]
fn every_neighbourhood_has_a_leaflet_of_its_own_providers() {
    let (_, out) = example();
    let expected = urls_where("neighbourhoods", "oost");
    assert!(expected.len() >= 3 && expected.len() <= 12, "{expected:?}");
    let pdf = out.join("gids/wijk-oost.pdf");
    let found: BTreeSet<String> = qr_codes(&pdf).into_iter().collect();
    assert_eq!(found, expected);
    assert!(text_of(&pdf).starts_with("Hulp in de wijk Oost\n"), "{}", text_of(&pdf));
    let about = std::fs::read_to_string(out.join("over/index.html")).unwrap();
    for (slug, name) in [("centrum", "Centrum"), ("oost", "Oost"), ("spaarndam", "Spaarndam")] {
        let link = format!("<a href=\"../gids/wijk-{slug}.pdf\">Wijk {name} (PDF, ");
        assert!(about.contains(&link), "{link}");
    }
}

/// A region's guide comes per municipality (`gids/gemeente/<slug>/`), each with the
/// providers that serve it: a library in Oostzaan prints Oostzaan's, not the region's.
#[test]
fn a_region_prints_a_guide_per_municipality() {
    let (tmp, site) = region_site(true);
    let r = run_in(tmp.path(), &["build", "--root", "region"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = site.join("public");
    let gids = out.join("gids");
    assert!(
        !gids.join("zaanstreek-gids.pdf").exists(),
        "no guide of the whole region"
    );
    for town in ["zaanstad", "wormerland", "oostzaan"] {
        for edition in ["gids", "gids-groot", "gids-a5"] {
            let pdf = gids.join(format!("gemeente/{town}/{town}-{edition}.pdf"));
            assert!(pdf.exists(), "{}", pdf.display());
        }
    }
    let text = |pdf: &str| {
        text_of(&gids.join(pdf))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let zaanstad = text("gemeente/zaanstad/zaanstad-gids.pdf");
    assert!(zaanstad.contains("hulp in Zaanstad"), "{zaanstad}");
    assert!(zaanstad.contains("Schuldhulpmaatje Zaanstad") && zaanstad.contains("Buurtmaatjes Poelenburg"));
    assert!(
        zaanstad.contains("Formulierenhulp Zaanstreek"),
        "the whole region's provider"
    );
    assert!(!zaanstad.contains("Mantelzorgpunt Oostzaan") && !zaanstad.contains("Ouderenadvies Wormer"));
    // The leaflet of a life domain of one municipality says so, and holds only its own.
    let leaflet = text("gemeente/zaanstad/inkomen.pdf");
    assert!(leaflet.contains("Inkomen in Zaanstad"), "{leaflet}");
    let title = tool(
        "pdfinfo",
        &[gids.join("gemeente/oostzaan/oostzaan-gids-a5.pdf").to_str().unwrap()],
    );
    assert!(title.contains("de gids voor Oostzaan als boekje"), "{title}");
    // The municipality's page links its own; the footer of its part leads there, and
    // elsewhere to the municipalities.
    let page = std::fs::read_to_string(out.join("gemeente/zaanstad/index.html")).unwrap();
    assert!(
        page.contains("href=\"../../gids/gemeente/zaanstad/zaanstad-gids.pdf\""),
        "{page}"
    );
    assert!(page.contains("href=\"../../gids/gemeente/zaanstad/inkomen.pdf\""));
    assert!(!page.contains("gids/gemeente/oostzaan/"));
    let provider = std::fs::read_to_string(out.join("aanbieders/zaanstad-schuldhulpmaatje/index.html")).unwrap();
    assert!(
        provider.contains("href=\"../../gemeente/zaanstad/index.html#gids\""),
        "{provider}"
    );
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("href=\"index.html#gemeenten\""));
    check_links(&out, "/zaanstreek/");
}

/// A municipality's guide over its budget comes in volumes per life domain; its page folds
/// them under each life domain's name (a details element), with only that municipality's.
#[test]
fn a_municipalitys_guide_in_volumes_is_folded_per_life_domain_on_its_page() {
    let (tmp, site) = region_site(true);
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(
        &site.join("site.yaml"),
        &format!("{yaml}print:\n  volume_entries: 10\n"),
    );
    let own = std::fs::read_to_string(site.join("content/providers/zaanstad-schuldhulpmaatje.md")).unwrap();
    for i in 1..=10 {
        let copy = own.replace("Schuldhulpmaatje Zaanstad", &format!("Schuldhulpmaatje Zaanstad {i}"));
        write(&site.join(format!("content/providers/zaanstad-maatje-{i}.md")), &copy);
    }
    let r = run_in(tmp.path(), &["build", "--root", "region"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = site.join("public");
    let town = out.join("gids/gemeente/zaanstad");
    assert!(
        !town.join("zaanstad-gids.pdf").exists(),
        "Zaanstad's guide is in volumes"
    );
    let made: Vec<String> = std::fs::read_dir(&town)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(made.iter().any(|f| f.starts_with("zaanstad-gids-inkomen")), "{made:?}");
    assert!(
        out.join("gids/gemeente/oostzaan/oostzaan-gids.pdf").exists(),
        "Oostzaan's is one"
    );
    let page = std::fs::read_to_string(out.join("gemeente/zaanstad/index.html")).unwrap();
    let folds: Vec<&str> = page.split("<details class=\"prints\">").skip(1).collect();
    let names: Vec<&str> = folds
        .iter()
        .filter_map(|f| f.split("<summary>").nth(1)?.split("</summary>").next())
        .collect();
    assert!(names.contains(&"Inkomen") && names.contains(&"Welzijn"), "{names:?}");
    let inkomen = folds.iter().find(|f| f.contains("<summary>Inkomen</summary>")).unwrap();
    let inkomen = inkomen.split("</details>").next().unwrap();
    assert!(
        inkomen.contains("gids/gemeente/zaanstad/zaanstad-gids-inkomen-1.pdf")
            && inkomen.contains("gids/gemeente/zaanstad/zaanstad-gids-inkomen-2.pdf")
            && inkomen.contains("gids/gemeente/zaanstad/inkomen.pdf"),
        "its volumes and leaflet: {inkomen}"
    );
    assert!(!page.contains("gids/gemeente/oostzaan/"));
    assert!(
        !page.contains("gids/gemeente/zaanstad/zaanstad-gids.pdf"),
        "no whole guide to link"
    );
    check_links(&out, "/zaanstreek/");
}

/// When the whole region's providers are too many to repeat in each municipality's guide
/// (here 2 of 7, with 9 municipalities: 16 copies more than twice the site's 7), they get
/// a guide of their own, and each municipality's part says where they are.
#[test]
fn a_regions_many_whole_region_providers_get_a_guide_of_their_own() {
    let (tmp, site) = region_site(true);
    let places = site.join("content/neighbourhoods.yaml");
    let more: String = (1..=6)
        .map(|i| format!("- slug: gemeente-{i}\n  name: Gemeente {i}\n"))
        .collect();
    write(&places, &(std::fs::read_to_string(&places).unwrap() + &more));
    let wide = std::fs::read_to_string(site.join("content/providers/regio-formulierenhulp.md")).unwrap();
    write(
        &site.join("content/providers/regio-klussendienst.md"),
        &wide.replace("Formulierenhulp Zaanstreek", "Klussendienst Zaanstreek"),
    );
    let r = run_in(tmp.path(), &["build", "--root", "region"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = site.join("public");
    let text = |pdf: &str| {
        text_of(&out.join("gids").join(pdf))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let region = text("zaanstreek-gids.pdf");
    assert!(region.contains("hulp in heel Zaanstreek"), "{region}");
    assert!(region.contains("Formulierenhulp Zaanstreek") && region.contains("Klussendienst Zaanstreek"));
    assert!(!region.contains("Schuldhulpmaatje Zaanstad"));
    let zaanstad = text("gemeente/zaanstad/zaanstad-gids.pdf");
    assert!(!zaanstad.contains("Formulierenhulp Zaanstreek"), "not repeated");
    assert!(zaanstad.contains("staat in de gids voor heel Zaanstreek"), "{zaanstad}");
    let page = std::fs::read_to_string(out.join("gemeente/zaanstad/index.html")).unwrap();
    assert!(
        !page.contains("aanbieders/regio-formulierenhulp/"),
        "not on the municipality's list"
    );
    assert!(
        page.contains("Voor heel Zaanstreek") && page.contains("2 aanbieders helpen in heel Zaanstreek"),
        "{page}"
    );
    assert!(page.contains("href=\"../../gids/zaanstreek-gids.pdf\""));
    let data = std::fs::read_to_string(out.join("data/gemeente/zaanstad/aanbieders.json")).unwrap();
    assert!(
        !data.contains("regio-formulierenhulp"),
        "the open data follows the same rule"
    );
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("De gids voor heel Zaanstreek (PDF"), "the footer");
    // A life domain's page does not offer the whole region's leaflet as its list.
    let inkomen = std::fs::read_to_string(out.join("levensgebieden/inkomen/index.html")).unwrap();
    assert!(!inkomen.contains("gids/inkomen.pdf"));
    check_links(&out, "/zaanstreek/");
}
