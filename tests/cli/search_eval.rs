//! The search's evaluation set (`tests/eval/search.yaml`): residents' questions with the
//! providers a good answer puts first or in the top five, run through `steunwijzer search`
//! on the Haarlem example. Prints the rates; fails only when one drops below its floor
//! (never on a timing). The browser engine runs the same set in
//! `tests/browser/search-eval.test.mjs`.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::support::*;

#[derive(Deserialize)]
struct Set {
    floors: BTreeMap<String, f64>,
    questions: Vec<Question>,
}

#[derive(Deserialize)]
struct Question {
    q: String,
    first: Vec<String>,
    #[serde(default)]
    top5: Vec<String>,
}

#[test]
fn the_evaluation_set_stays_above_its_floors() {
    let text = std::fs::read_to_string(repo_root().join("tests/eval/search.yaml")).unwrap();
    let set: Set = serde_yaml::from_str(&text).unwrap();
    assert!(set.questions.len() >= 80, "{} questions", set.questions.len());
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("haarlem");
    for part in ["content", "themes"] {
        copy_dir(&repo_root().join(part), &site.join(part));
    }
    std::fs::copy(repo_root().join("site.yaml"), site.join("site.yaml")).unwrap();
    let out = tmp.path().join("public");
    let r = run_in(
        tmp.path(),
        &["build", "--root", "haarlem", "--output", out.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (mut top1, mut top5) = (0usize, 0usize);
    let mut misses = Vec::new();
    for question in &set.questions {
        let r = run_in(
            tmp.path(),
            &["search", &question.q, "--json", "--limit", "5", "--root", "haarlem"],
        );
        assert_eq!(r.code, 0, "{}: {}", question.q, r.stderr);
        let answer: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let got: Vec<&str> = answer["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|h| h["slug"].as_str())
            .collect();
        let first = got.first().is_some_and(|s| question.first.iter().any(|f| f == s));
        let five = got
            .iter()
            .any(|s| question.first.iter().chain(&question.top5).any(|f| f == s));
        top1 += usize::from(first);
        top5 += usize::from(five);
        if !first {
            misses.push(format!(
                "  {}{}: {}",
                if five { "" } else { "(not in top 5) " },
                question.q,
                got.join(", ")
            ));
        }
    }
    let n = set.questions.len() as f64;
    let (rate1, rate5) = (top1 as f64 / n, top5 as f64 / n);
    println!(
        "search evaluation (steunwijzer search): top-1 {top1}/{} = {rate1:.2}, top-5 {top5}/{} = {rate5:.2}",
        set.questions.len(),
        set.questions.len()
    );
    println!("not first:\n{}", misses.join("\n"));
    assert!(
        rate1 >= set.floors["top1"],
        "top-1 {rate1:.2} is below its floor {}",
        set.floors["top1"]
    );
    assert!(
        rate5 >= set.floors["top5"],
        "top-5 {rate5:.2} is below its floor {}",
        set.floors["top5"]
    );
}
