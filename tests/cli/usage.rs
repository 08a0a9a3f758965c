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
    let help = run(&["build", "--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--output <DIR>") && help.stdout.contains("--base-url <URL>"));
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
