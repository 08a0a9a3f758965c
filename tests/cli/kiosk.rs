//! The kiosk edition and the offline copy, read from the files a build writes: what a
//! library puts on a public computer. The browser tests (tests/browser/kiosk.test.mjs)
//! check what a visitor sees and does.

use std::io::Read as _;
use std::path::Path;

use crate::support::*;

/// Every `href`, `src` and `action` of a page.
fn addresses(html: &str) -> Vec<String> {
    ["href", "src", "action"]
        .iter()
        .flat_map(|a| attr_values(html, a))
        .collect()
}

fn html_files(dir: &Path) -> Vec<String> {
    read_tree(dir).into_keys().filter(|k| k.ends_with(".html")).collect()
}

#[test]
fn every_page_has_a_kiosk_twin_that_never_leads_outside() {
    let (tmp, site) = good_site();
    write(
        &site.join("content/providers/extra-links.md"),
        &(std::fs::read_to_string(site.join("content/providers/alpha.md"))
            .unwrap()
            .replace("name: Alpha Steunpunt", "name: Extra Links")
            + "\nZie [onze site](https://extra.example.org/) of mail [ons](mailto:a@extra.example.org).\n"),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = site.join("public");
    let web: Vec<String> = html_files(&out)
        .into_iter()
        // The sign-up form is for providers at their own computer, not the library's kiosk.
        .filter(|p| !p.starts_with("kiosk/") && p != "404.html" && p != "aanmelden/index.html")
        .collect();
    let kiosk = html_files(&out.join("kiosk"));
    assert_eq!(web, kiosk, "the same pages, under kiosk/");
    // Each edition has its own stylesheet; the Over page, made again with the zip's link
    // after the kiosk pages, once had the kiosk's.
    for page in &web {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        assert!(!html.contains("assets/kiosk-"), "{page} has the kiosk's stylesheet");
        assert!(html.contains("assets/style-"), "{page} has no stylesheet");
    }
    assert!(
        std::fs::read_to_string(out.join("over/index.html"))
            .unwrap()
            .contains("downloads/")
    );
    for page in &kiosk {
        let html = std::fs::read_to_string(out.join("kiosk").join(page)).unwrap();
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"), "{page}");
        assert!(html.contains(">Begin opnieuw</a>"), "{page}: no Begin opnieuw");
        for a in addresses(&html) {
            let lower = a.to_ascii_lowercase();
            assert!(
                !["http:", "https:", "tel:", "mailto:", "//"]
                    .iter()
                    .any(|s| lower.starts_with(s)),
                "kiosk/{page} leads outside: {a}"
            );
        }
    }
    let extra = std::fs::read_to_string(out.join("kiosk/aanbieders/extra-links/index.html")).unwrap();
    assert!(
        extra.contains("onze site (extra.example.org)"),
        "links in the text are spelled out"
    );
    assert!(extra.contains("ons (a@extra.example.org)"));
    let codes: Vec<String> = attr_values(&extra, "src")
        .into_iter()
        .filter(|s| s.contains("assets/qr/"))
        .collect();
    assert!(codes.len() >= 4, "page, website, e-mail and map: {codes:?}");
    for c in &codes {
        let file = out.join("kiosk/aanbieders/extra-links").join(c);
        assert!(std::fs::read_to_string(&file).unwrap().starts_with("<svg"), "{c}");
    }
    assert!(extra.contains("class=\"slip\""), "the slip to print");
    assert!(
        extra.contains("href=\"../../aanbieders/index.html\" data-back>"),
        "without JavaScript, Terug leads to the A–Z list"
    );
    let web_page = std::fs::read_to_string(out.join("aanbieders/extra-links/index.html")).unwrap();
    assert!(
        web_page.contains("href=\"https://extra.example.org/\""),
        "the web edition keeps its links"
    );
}

#[test]
fn the_offline_copy_holds_the_whole_site_and_the_over_page_links_to_it() {
    let (tmp, site) = good_site();
    write(
        &site.join("content/pages/over.md"),
        "---\ntitle: Over deze website\n---\nWie we zijn.\n",
    );
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let out = site.join("public");
    let tree = read_tree(&out);
    let zips: Vec<&String> = tree.keys().filter(|k| k.starts_with("downloads/")).collect();
    assert_eq!(zips.len(), 1, "{zips:?}");
    let bytes = &tree[zips[0]];
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let names: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries in path order");
    // All but the zip itself and the output folder's marker (which `build` writes).
    let expected: Vec<&String> = tree
        .keys()
        .filter(|k| !k.starts_with("downloads/") && !k.starts_with('.'))
        .collect();
    assert_eq!(
        sorted.iter().collect::<Vec<_>>(),
        expected,
        "every file of the site but the zip"
    );
    let mut home = Vec::new();
    archive.by_name("index.html").unwrap().read_to_end(&mut home).unwrap();
    assert_eq!(home, tree["index.html"]);
    for i in 0..archive.len() {
        let f = archive.by_index(i).unwrap();
        let t = f.last_modified().unwrap();
        assert!(
            t.year() >= 2020 && (t.hour(), t.minute()) == (0, 0),
            "{:?}: fixed date",
            f.name()
        );
    }
    // The page offers the zip with its size; the copy of that page inside the zip does not
    // (the copy does not hold itself).
    let over = String::from_utf8(tree["over/index.html"].clone()).unwrap();
    let link = format!(
        "href=\"../{}\" download>Download de hele website (zip-bestand, ",
        zips[0]
    );
    assert!(over.contains(&link), "{over}");
    let mut inside = String::new();
    archive
        .by_name("over/index.html")
        .unwrap()
        .read_to_string(&mut inside)
        .unwrap();
    assert!(!inside.contains("downloads/"), "{inside}");
}

/// A rebuild copies the entries of unchanged files from the previous zip as they were
/// packed: the zip is byte for byte the one a build from nothing makes, with a changed
/// file's new text.
#[test]
fn a_rebuilt_offline_copy_is_the_one_a_build_from_nothing_makes() {
    let (tmp, site) = good_site();
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let beta = site.join("content/providers/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap();
    write(
        &beta,
        &text.replace("Een kleine groep vrijwilligers.", "Een groep vrijwilligers in de wijk."),
    );
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let fresh = tmp.path().join("fresh");
    let r = run_in(
        tmp.path(),
        &["build", "--root", "site", "--output", fresh.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let zip_of = |out: &Path| {
        let tree = read_tree(out);
        let (_, bytes) = tree.into_iter().find(|(k, _)| k.starts_with("downloads/")).unwrap();
        bytes
    };
    let again = zip_of(&site.join("public"));
    assert!(again == zip_of(&fresh), "the same bytes");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(again)).unwrap();
    let mut page = String::new();
    archive
        .by_name("aanbieders/beta/index.html")
        .unwrap()
        .read_to_string(&mut page)
        .unwrap();
    assert!(page.contains("in de wijk"), "the changed page is new in the zip");
}

/// The kiosk's QR code files by name, with each file's inode (the same inode: the
/// previous output's file, kept).
fn qr_files(out: &Path) -> std::collections::BTreeMap<String, (u64, Vec<u8>)> {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::read_dir(out.join("assets/qr"))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let ino = e.metadata().unwrap().ino();
            (
                e.file_name().into_string().unwrap(),
                (ino, std::fs::read(e.path()).unwrap()),
            )
        })
        .collect()
}

/// A rebuild keeps the QR code files of the addresses it had (that they are taken, not
/// made again, the render crate's unit tests show); a new address gets a new code, one no
/// longer shown is gone, and the files are the ones a build from nothing makes.
#[test]
fn a_rebuild_keeps_the_kiosks_qr_codes_and_adds_only_new_ones() {
    let (tmp, site) = good_site();
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let before = qr_files(&site.join("public"));
    assert!(before.len() >= 4, "{before:?}");
    let beta = site.join("content/providers/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap();
    edit(
        &beta,
        "free: true\n",
        "free: true\ncontact:\n  website: https://beta.example.org/\n",
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let after = qr_files(&site.join("public"));
    let kept = after
        .iter()
        .filter(|(name, (ino, _))| before.get(*name).is_some_and(|b| b.0 == *ino));
    let new: Vec<&String> = after.keys().filter(|name| !before.contains_key(*name)).collect();
    assert_eq!(kept.count(), before.len(), "every code of before is kept");
    assert_eq!(new.len(), 1, "one new address, one new code: {new:?}");
    let fresh = tmp.path().join("fresh");
    let r = run_in(
        tmp.path(),
        &["build", "--root", "site", "--output", fresh.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let contents = |m: &std::collections::BTreeMap<String, (u64, Vec<u8>)>| {
        m.iter().map(|(k, (_, b))| (k.clone(), b.clone())).collect::<Vec<_>>()
    };
    assert!(
        contents(&after) == contents(&qr_files(&fresh)),
        "as a build from nothing makes them"
    );
    write(&beta, &text);
    assert_eq!(run_in(tmp.path(), &["build", "--root", "site"]).code, 0);
    let back = qr_files(&site.join("public"));
    assert_eq!(
        back.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>(),
        "the new code is gone again"
    );
}

#[test]
fn the_kiosk_and_the_copy_can_be_turned_off_and_bad_settings_are_located() {
    let (tmp, site) = good_site();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    write(
        &site.join("site.yaml"),
        &format!("{yaml}kiosk:\n  idle_seconds: 1\n  countdown_seconds: 9000\n"),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let line = yaml.lines().count() + 2;
    assert!(
        r.stderr.contains(&format!(
            "site.yaml:{line}:17: error: `idle_seconds` must be from 2 to 3600 seconds"
        )),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("`countdown_seconds` must be from 2 to 300 seconds"),
        "{}",
        r.stderr
    );
    write(
        &site.join("site.yaml"),
        &format!("{yaml}kiosk:\n  enabled: false\noffline:\n  enabled: false\n"),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!site.join("public/kiosk").exists());
    assert!(!site.join("public/downloads").exists());
    write(
        &site.join("site.yaml"),
        &format!("{yaml}kiosk:\n  idle_seconds: 60\noffline:\n  page: ovr\n"),
    );
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = yaml.lines().count() + 4;
    assert!(
        r.stderr
            .contains(&format!("site.yaml:{line}:9: warning: there is no free page `ovr`")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("did you mean `over`?"), "{}", r.stderr);
    let home = std::fs::read_to_string(site.join("public/kiosk/index.html")).unwrap();
    assert!(home.contains("data-idle=\"60\" data-countdown=\"30\""), "{home}");
}
