//! `steunwijzer init`: a second municipality starts a site of its own, without Haarlem.

use crate::support::*;

#[test]
fn a_site_made_by_init_builds_and_no_output_file_mentions_haarlem() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("zaanstad");
    let made = run_in(tmp.path(), &["init", "zaanstad", "--municipality", "Zaanstad"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    for file in [
        "site.yaml",
        ".gitignore",
        ".github/workflows/steunwijzer.yml",
        "content/pages/toegankelijkheid.md",
    ] {
        assert!(made.stdout.contains(file), "{file} not listed:\n{}", made.stdout);
        assert!(site.join(file).is_file(), "{file}");
    }
    // It says what to fill in, with file and line.
    assert!(
        made.stdout.contains("content/pages/over.md:10: [VUL IN"),
        "{}",
        made.stdout
    );
    assert!(made.stdout.contains("site.yaml:4:"), "{}", made.stdout);
    // The workflow's own values too: where steunwijzer's releases are and the checksum.
    for key in ["STEUNWIJZER_REPO", "STEUNWIJZER_SHA256"] {
        let listed = made
            .stdout
            .lines()
            .any(|l| l.contains(".github/workflows/steunwijzer.yml:") && l.contains(key) && l.contains("[VUL IN"));
        assert!(listed, "{key} not listed:\n{}", made.stdout);
    }
    // And the editors' form's repository.
    let repo = made
        .stdout
        .lines()
        .any(|l| l.starts_with("  site.yaml:") && l.contains("repo: \"[VUL IN"));
    assert!(repo, "the form's repository not listed:\n{}", made.stdout);
    // It builds as it is, without a word about search words that no provider can match yet.
    let empty = run_in(&site, &["build"]);
    assert_eq!(empty.code, 0, "{}", empty.stderr);
    assert!(site.join("public/admin/config.yml").is_file());
    assert!(!empty.stderr.contains("zoekwoorden.yaml"), "{}", empty.stderr);
    // A new provider at once; then the site builds.
    let new = run_in(&site, &["new", "provider", "Buurtkamer Zaandam"]);
    assert_eq!(new.code, 0, "{}", new.stderr);
    let provider = std::fs::read_to_string(site.join("content/providers/buurtkamer-zaandam.md")).unwrap();
    assert!(provider.contains("city: Zaanstad"), "{provider}");
    let filled = provider
        .replace("summary: \"\"", "summary: Een plek om binnen te lopen.")
        .replace("life_domains: []", "life_domains: [welzijn]")
        .replace("kind:\n", "kind: volunteer-organisation\n");
    write(&site.join("content/providers/buurtkamer-zaandam.md"), &filled);
    let built = run_in(&site, &["build"]);
    assert_eq!(built.code, 0, "{}{}", built.stdout, built.stderr);
    // The parts to fill in are warned about until they are filled in.
    assert!(
        built
            .stderr
            .contains("content/pages/over.md:10:1: warning: this page still has a part to fill in"),
        "{}",
        built.stderr
    );
    for (path, bytes) in read_tree(&site.join("public")) {
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        assert!(!text.contains("haarlem"), "{path} mentions Haarlem");
    }
    let home = std::fs::read_to_string(site.join("public/index.html")).unwrap();
    assert!(home.contains("Steunwijzer Zaanstad"));
    // Never over an existing site: nothing is written, and it says which files are there.
    let again = run_in(tmp.path(), &["init", "zaanstad", "--municipality", "Zaanstad"]);
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(
        again.stderr.contains("site.yaml") && again.stderr.contains("nothing was written"),
        "{}",
        again.stderr
    );
}

#[test]
fn init_for_gitlab_writes_the_gitlab_template_and_check_wants_the_legal_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let made = run_in(
        tmp.path(),
        &["init", "--municipality", "Súdwest-Fryslân", "--forge", "gitlab"],
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(tmp.path().join(".gitlab-ci.yml").is_file());
    assert!(!tmp.path().join(".github").exists());
    let yaml = std::fs::read_to_string(tmp.path().join("site.yaml")).unwrap();
    assert!(
        yaml.contains("https://steunwijzer.example.org/sudwest-fryslan/"),
        "{yaml}"
    );
    std::fs::remove_file(tmp.path().join("content/pages/privacy.md")).unwrap();
    std::fs::remove_file(tmp.path().join("content/pages/toegankelijkheid.md")).unwrap();
    let out = run_in(tmp.path(), &["check"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("content/pages/toegankelijkheid.md:1:1: warning: there is no accessibility statement"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("content/pages/privacy.md:1:1: warning: there is no privacy page"),
        "{}",
        out.stderr
    );
    assert_eq!(run_in(tmp.path(), &["check", "--strict"]).code, 1);
}

/// `init` takes a name in any script a provider's name may have (the one rule in
/// `text::name_problem`), and refuses what no system can store or show as one name.
#[test]
fn init_takes_a_name_in_any_script_and_refuses_what_is_no_name() {
    let tmp = tempfile::tempdir().unwrap();
    let made = run_in(tmp.path(), &["init", "rabat", "--municipality", "الرباط"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let site_yaml = std::fs::read_to_string(tmp.path().join("rabat/site.yaml")).unwrap();
    assert!(site_yaml.contains("municipality: \"الرباط\""), "{site_yaml}");
    // It builds as it is, and its guide and offline copy get names every system stores.
    let built = run_in(&tmp.path().join("rabat"), &["build"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let downloads: Vec<String> = std::fs::read_dir(tmp.path().join("rabat/public/downloads"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        downloads.iter().all(|n| n.is_ascii() && n.len() > ".zip".len()),
        "{downloads:?}"
    );
    for (dir, name, why) in [
        ("a", "Haar\u{2028}lem", "more than one line"),
        ("b", "Haar\u{85}lem", "more than one line"),
        ("c", "Haar\u{1b}]0;x\u{7}lem", "invisible character"),
        ("d", &"a".repeat(10_000), "10000 characters long"),
        ("e", "???", "no letter"),
    ] {
        let r = run_in(tmp.path(), &["init", dir, "--municipality", name]);
        assert_eq!(r.code, 2, "{name:?}: {}", r.stderr);
        assert!(r.stderr.contains(why), "{name:?}: {}", r.stderr);
        assert!(
            !tmp.path().join(dir).join("site.yaml").exists(),
            "nothing written for {name:?}"
        );
        assert!(!r.stderr.contains('\u{1b}'), "no escape reaches the terminal");
    }
}
