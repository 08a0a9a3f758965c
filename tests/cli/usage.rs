//! The command line itself: wrong options, unknown commands, a missing site, help.

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
