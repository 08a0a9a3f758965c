//! The command line itself: wrong options, unknown commands, a missing site, help, and a
//! wrong environment.

use crate::support::*;

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&["build", "--no-such-flag"]).code, 2);
    assert_eq!(run(&["frobnicate"]).code, 2);
    let r = run(&["check", "--root", "does-not-exist"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("does not exist"));
    // In the editor's language, as every other line.
    let nl = run(&["check", "--root", "does-not-exist", "--lang", "nl"]);
    assert_eq!(nl.stderr, "fout: de map van de site, does-not-exist, bestaat niet\n");
    let wrong = run(&["check", "--lang", "xx"]);
    assert_eq!(wrong.code, 2);
    assert!(
        wrong
            .stderr
            .contains("`xx` is not a language this program speaks: use nl, en"),
        "{}",
        wrong.stderr
    );
    let help = run(&["build", "--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--output <DIR>") && help.stdout.contains("--base-url <URL>"));
}

/// The help and clap's errors are in the site's language: a Dutch editor who mistypes an
/// option reads Dutch, with the option meant.
#[test]
fn help_and_wrong_options_are_said_in_dutch() {
    let help = run(&["--lang", "nl", "--help"]);
    assert_eq!(help.code, 0);
    assert!(
        help.stdout.contains("Gebruik: steunwijzer [OPTIES] <OPDRACHT>"),
        "{}",
        help.stdout
    );
    assert!(
        help.stdout.contains("Opdrachten:") && help.stdout.contains("Toon de uitleg"),
        "{}",
        help.stdout
    );
    for args in [
        &["--lang", "nl", "check", "--help"][..],
        &["--lang", "nl", "report", "--help"],
        &["--lang", "nl", "import", "hsds", "--help"],
        &["--lang", "nl", "help", "new"],
    ] {
        let r = run(args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(
            english_lines(&r.stdout).is_empty(),
            "{args:?}: {:#?}",
            english_lines(&r.stdout)
        );
    }
    let wrong = run(&["--lang", "nl", "check", "--fromat", "json"]);
    assert_eq!(wrong.code, 2);
    assert_eq!(
        wrong.stderr,
        "fout: `--fromat` kent deze opdracht niet; bedoelt u `--format`?\nMeer uitleg: voeg --help toe aan de opdracht.\n"
    );
    for args in [
        &["--lang", "nl", "chek"][..],
        &["--lang", "nl", "report", "--format", "pdf"],
        &["--lang", "nl"],
    ] {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(english_lines(&r.stderr).is_empty(), "{args:?}: {}", r.stderr);
    }
    // The English help is found English: the check can fail.
    assert!(!english_lines(&run(&["--lang", "en", "check", "--help"]).stdout).is_empty());
}

#[test]
fn a_wrong_today_is_reported_as_such() {
    let dir = fixture("");
    let check = run_on(&dir, &["check", "--root", "good"], "morgen");
    assert_eq!(check.code, 1);
    assert!(
        check
            .stderr
            .starts_with("(environment):1:1: error: STEUNWIJZER_TODAY: `morgen` is not a date written as YYYY-MM-DD\n"),
        "{}",
        check.stderr
    );
    let json = run_on(&dir, &["check", "--root", "good", "--format", "json"], "morgen");
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["diagnostics"][0]["code"], "bad-environment");
    // `new provider` writes nothing and says the command's environment is wrong.
    let new = run_on(&dir, &["new", "provider", "Iemand", "--root", "good"], "morgen");
    assert_eq!(new.code, 2);
    assert_eq!(
        new.stderr,
        "error: STEUNWIJZER_TODAY: `morgen` is not a date written as YYYY-MM-DD\n"
    );
    assert!(!dir.join("good/content/providers/iemand.md").exists());
}

/// `SOURCE_DATE_EPOCH` dates the editions of a reproducible build; a value that is not a
/// number of seconds is an error (as reproducible-builds.org asks), found by `check` too.
#[test]
fn source_date_epoch_dates_the_editions_and_a_wrong_one_is_reported() {
    let (_tmp, site) = good_site();
    let with = |value: &str, args: &[&str]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_steunwijzer"));
        command.args(args).env("SOURCE_DATE_EPOCH", value);
        finish(command, &site, TODAY)
    };
    let check = with("gisteren", &["check", "--root", "."]);
    assert_eq!(check.code, 1);
    assert!(
        check.stderr.starts_with(
            "(environment):1:1: error: SOURCE_DATE_EPOCH: `gisteren` is not a number of seconds since 1970\n"
        ),
        "{}",
        check.stderr
    );
    assert_eq!(with("gisteren", &["build", "--root", "."]).code, 1);
    assert!(!site.join("public").exists(), "nothing is written");
    // 31 December 2025, 23:30 UTC is New Year's Day in the municipality's time zone.
    let built = with("1767223800", &["build", "--root", "."]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let kiosk = std::fs::read_to_string(site.join("public/kiosk/index.html")).unwrap();
    assert!(
        kiosk.contains("Gegevens van 1 januari 2026."),
        "the kiosk's edition date"
    );
}
