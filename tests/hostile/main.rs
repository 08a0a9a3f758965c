//! The hostile corpus: every case under `tests/fixtures/hostile/` is a change to a copy
//! of the good fixture (files laid over it, files removed, files generated, links made)
//! and a command, with its expected outcome in `case.yaml`. Each case is a test of its
//! own (libtest-mimic), so they run in parallel, fail one by one and can be chosen by
//! name: `cargo test --test hostile -- yaml-bomb`.
//!
//! Beside what each case expects, every case is held to the same rules: the command ends
//! within its memory limit (1 GiB of address space), prints a bounded amount of text with
//! no control characters, leaves every source file as it was, leaves the previous site
//! as it was when it fails, and no page it writes holds active content (checked by
//! parsing the HTML, not by searching its text).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};
use serde::Deserialize;

// The helpers the integration tests share; not all of them are needed here.
#[allow(dead_code, unreachable_pub)]
#[path = "../cli/support.rs"]
mod support;

use libtest_mimic::{Arguments, Failed, Trial};
use support::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    about: String,
    category: Category,
    #[serde(default = "check")]
    args: Vec<String>,
    exit: i32,
    /// Texts that must appear in standard error (a located message, a word of the hint).
    #[serde(default)]
    stderr: Vec<String>,
    /// Texts that must appear in standard output.
    #[serde(default)]
    stdout: Vec<String>,
    /// Codes that `check --format json` must report.
    #[serde(default)]
    codes: Vec<String>,
    /// Files of the good fixture to remove first.
    #[serde(default)]
    remove: Vec<String>,
    #[serde(default)]
    generate: Vec<Generated>,
    /// Symbolic links to make: path → target.
    #[serde(default)]
    links: BTreeMap<String, String>,
    /// `STEUNWIJZER_TODAY`, when not the fixtures' day.
    today: Option<String>,
    /// Paths that must not exist after the run.
    #[serde(default)]
    absent: Vec<String>,
    /// Paths that must still exist after the run (files of someone else's in an output).
    #[serde(default)]
    present: Vec<String>,
    /// Paths, or folders ending in `/`, the command is expected to make among the sources
    /// (`import` writes provider files).
    #[serde(default)]
    made: Vec<String>,
    /// Texts that must not be in a file after the run: path → texts.
    #[serde(default)]
    lacks: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
enum Category {
    MalformedYaml,
    ResourceBombs,
    NamesAndPaths,
    HostileContent,
    SiteConfig,
    OutputPaths,
}

/// A file made by the harness: too large, or too repetitive, to keep in git.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Generated {
    path: String,
    #[serde(default)]
    before: String,
    repeat: String,
    times: usize,
    #[serde(default)]
    after: String,
}

fn check() -> Vec<String> {
    vec!["check".into()]
}

fn corpus() -> Vec<(String, PathBuf)> {
    let dir = fixture("hostile");
    let mut cases: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("case.yaml").is_file())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    cases.sort();
    cases
}

/// The site's files but the build output, by relative path.
fn sources(site: &Path) -> BTreeMap<String, Vec<u8>> {
    read_tree(site)
        .into_iter()
        .filter(|(p, _)| {
            !["public/", "search-index/", ".public.", "report"]
                .iter()
                .any(|prefix| p.starts_with(prefix))
        })
        .collect()
}

/// Runs steunwijzer with at most 1 GiB of address space, so a case that would take
/// gigabytes fails instead of taking the machine.
fn run_bounded(site: &Path, args: &[String], today: &str) -> Run {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -v 1048576 && exec \"$@\"")
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_steunwijzer"))
        .args(args);
    finish(command, site, today)
}

/// The good fixture, built by the first case that needs it.
static BUILT: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();

/// The good fixture, built once for all cases (each case gets a copy).
fn built_good() -> &'static Path {
    BUILT
        .get_or_init(|| {
            let tmp = tempfile::tempdir().unwrap();
            let site = tmp.path().join("site");
            copy_dir(&fixture("good"), &site);
            let built = run_in(&site, &["build"]);
            assert_eq!(built.code, 0, "the good fixture builds: {}", built.stderr);
            tmp
        })
        .path()
}

/// A copy of the built good fixture, with the case laid over it.
fn prepare(case: &Case, dir: &Path, site: &Path) {
    copy_dir(&built_good().join("site"), site);
    for rel in &case.remove {
        let p = site.join(rel);
        if p.is_dir() {
            std::fs::remove_dir_all(&p).unwrap();
        } else {
            std::fs::remove_file(&p).unwrap_or_else(|e| panic!("remove {rel}: {e}"));
        }
    }
    let files = dir.join("files");
    if files.is_dir() {
        copy_dir(&files, site);
    }
    for g in &case.generate {
        let text = format!("{}{}{}", g.before, g.repeat.repeat(g.times), g.after);
        write(&site.join(&g.path), &text);
    }
    for (path, target) in &case.links {
        let p = site.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(target, &p).unwrap();
    }
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = vec![
        Trial::test("the corpus covers every category", corpus_covers_every_category),
        Trial::test("the active content check can fail", the_active_content_check_can_fail),
    ];
    for (name, dir) in corpus() {
        trials.push(Trial::test(name, move || {
            let case = read_case(&dir)?;
            run_case(&case, &dir).map_err(|why| Failed::from(format!("{}: {why}", case.about)))
        }));
    }
    let conclusion = libtest_mimic::run(&args, trials);
    // A static is never dropped: the built fixture's folder is removed here.
    if let Some(dir) = BUILT.get() {
        let _ = std::fs::remove_dir_all(dir.path());
    }
    conclusion.exit();
}

fn read_case(dir: &Path) -> Result<Case, Failed> {
    let text = std::fs::read_to_string(dir.join("case.yaml")).map_err(|e| format!("case.yaml: {e}"))?;
    serde_yaml::from_str(&text).map_err(|e| format!("case.yaml: {e}").into())
}

fn corpus_covers_every_category() -> Result<(), Failed> {
    let cases = corpus();
    if cases.len() < 140 {
        return Err(format!("the corpus has {} cases", cases.len()).into());
    }
    let mut categories = std::collections::BTreeSet::new();
    for (_, dir) in &cases {
        categories.insert(read_case(dir)?.category);
    }
    if categories.len() < 6 {
        return Err(format!("not every category has cases: {categories:?}").into());
    }
    Ok(())
}

fn run_case(case: &Case, dir: &Path) -> Result<(), String> {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    prepare(case, dir, &site);
    let before = sources(&site);
    let public_before = read_tree(&site.join("public"));
    let today = case.today.as_deref().unwrap_or(TODAY);
    let r = run_bounded(&site, &case.args, today);
    let mut why = Vec::new();
    if r.code != case.exit {
        why.push(format!("exit {} instead of {}", r.code, case.exit));
    }
    for want in &case.stderr {
        if !r.stderr.contains(want.as_str()) {
            why.push(format!("stderr lacks {want:?}"));
        }
    }
    for want in &case.stdout {
        if !r.stdout.contains(want.as_str()) {
            why.push(format!("stdout lacks {want:?}"));
        }
    }
    if !case.codes.is_empty() {
        why.extend(code_problems(case, &site, today)?);
    }
    for path in &case.absent {
        if std::fs::symlink_metadata(site.join(path)).is_ok() {
            why.push(format!("{path} is still there"));
        }
    }
    for path in &case.present {
        if std::fs::symlink_metadata(site.join(path)).is_err() {
            why.push(format!("{path} is gone"));
        }
    }
    why.extend(terminal_rules(&r));
    why.extend(source_rules(&site, &before, &case.made));
    for (path, texts) in &case.lacks {
        let text = std::fs::read_to_string(site.join(path)).unwrap_or_default();
        for t in texts.iter().filter(|t| text.contains(t.as_str())) {
            why.push(format!("{path} holds {t:?}"));
        }
    }
    if r.code != 0 && read_tree(&site.join("public")) != public_before {
        why.push("the previous site was changed by a failed run".into());
    }
    why.extend(active_content(&site.join("public")));
    why.extend(check_and_build_agree(case, &site, today, &r));
    why.extend(dutch_only(case, dir, today));
    if why.is_empty() {
        Ok(())
    } else {
        let errors: Vec<&str> = r.stderr.lines().filter(|l| l.contains("error")).take(5).collect();
        Err(format!("{}\n    errors: {errors:#?}", why.join("; ")))
    }
}

/// The case run again on a fresh copy with the site's own language (Dutch): every line it
/// prints must be Dutch.
fn dutch_only(case: &Case, dir: &Path, today: &str) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    prepare(case, dir, &site);
    let mut args = vec!["--lang".to_string(), "nl".to_string()];
    args.extend(case.args.iter().cloned());
    let r = run_bounded(&site, &args, today);
    english_lines(&format!("{}\n{}", r.stdout, r.stderr))
        .into_iter()
        .map(|l| format!("English on a Dutch site: {l:?}"))
        .collect()
}

/// The codes `check --format json` must report, and a Dutch text for each message.
fn code_problems(case: &Case, site: &Path, today: &str) -> Result<Vec<String>, String> {
    let mut why = Vec::new();
    let json = run_bounded(site, &["check".into(), "--format".into(), "json".into()], today);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).map_err(|e| format!("check json: {e}"))?;
    let dutch = run_bounded(
        site,
        &[
            "check".into(),
            "--format".into(),
            "json".into(),
            "--lang".into(),
            "nl".into(),
        ],
        today,
    );
    let nl: serde_json::Value = serde_json::from_str(&dutch.stdout).map_err(|e| format!("check json nl: {e}"))?;
    for text in untranslated(&nl, &v) {
        why.push(format!("no Dutch for {text:?}"));
    }
    let codes: Vec<&str> = v["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["code"].as_str())
        .collect();
    for want in &case.codes {
        if !codes.contains(&want.as_str()) {
            why.push(format!("no `{want}` diagnostic (got {codes:?})"));
        }
    }
    Ok(why)
}

/// `check` finds everything `build` would: for a case run with one of them (not about the
/// output folder), the other is run too, and both must fail or pass together, with the
/// same problems (errors and warnings) in the same order.
fn check_and_build_agree(case: &Case, site: &Path, today: &str, first: &Run) -> Vec<String> {
    let other = match case.args.first().map(String::as_str) {
        _ if case.category == Category::OutputPaths || case.args.len() != 1 => return Vec::new(),
        Some("check") => "build",
        Some("build") => "check",
        _ => return Vec::new(),
    };
    let second = run_bounded(site, &[other.to_string()], today);
    // Every problem a person reads (`file:line:col: severity: message`), in order.
    let problems = |r: &Run| -> Vec<String> {
        r.stderr
            .lines()
            .filter(|l| l.contains(": error: ") || l.contains(": warning: "))
            .map(str::to_string)
            .collect()
    };
    let mut why = Vec::new();
    if (first.code == 0) != (second.code == 0) {
        why.push(format!(
            "{} exits {} but {other} exits {}: {:?}",
            case.args[0],
            first.code,
            second.code,
            second
                .stderr
                .lines()
                .filter(|l| l.contains("error"))
                .take(3)
                .collect::<Vec<_>>()
        ));
    } else if problems(first) != problems(&second) {
        why.push(format!(
            "{} and {other} report different problems: {:#?} and {:#?}",
            case.args[0],
            problems(first),
            problems(&second)
        ));
    }
    why
}

/// Bounded output, and nothing a terminal would act on.
fn terminal_rules(r: &Run) -> Vec<String> {
    let mut why = Vec::new();
    for (name, text) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
        if text.len() > 256 * 1024 {
            why.push(format!("{name} is {} bytes", text.len()));
        }
        if let Some(c) = text.chars().find(|c| c.is_control() && *c != '\n') {
            why.push(format!("{name} holds the control character U+{:04X}", u32::from(c)));
        }
        if let Some(c) = text
            .chars()
            .find(|c| ('\u{202a}'..='\u{202e}').contains(c) || ('\u{2066}'..='\u{2069}').contains(c))
        {
            why.push(format!("{name} holds the direction character U+{:04X}", u32::from(c)));
        }
        if text.contains("panicked") {
            why.push(format!("{name} shows a panic"));
        }
    }
    why
}

/// Every source file is still there, byte for byte; nothing but the output (and what the
/// case says the command makes) was made.
fn source_rules(site: &Path, before: &BTreeMap<String, Vec<u8>>, allowed: &[String]) -> Vec<String> {
    let after = sources(site);
    let mut why = Vec::new();
    for (path, bytes) in before {
        match after.get(path) {
            None => why.push(format!("the source {path} is gone")),
            Some(b) if b != bytes => why.push(format!("the source {path} was changed")),
            Some(_) => {}
        }
    }
    let expected = |p: &str| {
        allowed
            .iter()
            .any(|a| p == a || (a.ends_with('/') && p.starts_with(a.as_str())))
    };
    let made: Vec<&String> = after
        .keys()
        .filter(|p| !before.contains_key(*p) && !expected(p))
        .collect();
    if !made.is_empty() {
        why.push(format!("files were made among the sources: {made:?}"));
    }
    why
}

/// Active content in any page: scripts other than the site's own files and JSON-LD,
/// event handler and style attributes, links and sources with a script or data scheme,
/// frames, objects and forms that post elsewhere.
fn active_content(out: &Path) -> Vec<String> {
    let mut why = Vec::new();
    if !out.is_dir() {
        return why;
    }
    let all = Selector::parse("*").unwrap();
    for (path, bytes) in read_tree(out) {
        if !path.ends_with(".html") {
            continue;
        }
        let doc = Html::parse_document(&String::from_utf8_lossy(&bytes));
        for el in doc.select(&all) {
            let name = el.value().name();
            if let Some(problem) = element_problem(name, el.value()) {
                why.push(format!("{path}: {problem}"));
            }
        }
    }
    why
}

fn element_problem(name: &str, el: &scraper::node::Element) -> Option<String> {
    match name {
        "script" => {
            let own = el.attr("src").is_some_and(|s| !s.contains(':') && !s.starts_with("//"));
            // Data blocks are never run: the search engines' JSON-LD and the scripts'
            // messages (`sw-messages`), both written through `seo::script_json`.
            let data = matches!(el.attr("type"), Some("application/ld+json" | "application/json"));
            if !own && !data {
                return Some("an inline or foreign <script>".into());
            }
        }
        "iframe" | "frame" | "object" | "embed" | "applet" | "base" | "svg" | "math" => {
            return Some(format!("a <{name}> element"));
        }
        "meta" if el.attr("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("refresh")) => {
            return Some("a meta refresh".into());
        }
        _ => {}
    }
    for (attr, value) in el.attrs() {
        let lower = attr.to_ascii_lowercase();
        if lower.starts_with("on") || lower == "style" || lower == "srcdoc" {
            return Some(format!("<{name} {attr}=…>"));
        }
        if matches!(
            lower.as_str(),
            "href" | "src" | "action" | "formaction" | "xlink:href" | "data"
        ) {
            let scheme: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .take_while(|c| *c != ':')
                .collect::<String>()
                .to_ascii_lowercase();
            if value.contains(':') && matches!(scheme.as_str(), "javascript" | "vbscript" | "data" | "file") {
                return Some(format!("<{name} {attr}=\"{value}\">"));
            }
            if value.starts_with("//") || value.starts_with("\\\\") {
                return Some(format!("<{name} {attr}=\"{value}\"> leaves the site without a scheme"));
            }
        }
    }
    None
}

fn the_active_content_check_can_fail() -> Result<(), Failed> {
    let tmp = tempfile::tempdir().unwrap();
    for (page, bad) in [
        ("a.html", "<p onclick=\"x()\">x</p>"),
        ("b.html", "<script>alert(1)</script>"),
        ("c.html", "<a href=\" JaVa\tScRiPt:alert(1)\">x</a>"),
        ("d.html", "<iframe src=\"https://e.example\"></iframe>"),
        ("e.html", "<p style=\"color:red\">x</p>"),
        ("f.html", "<a href=\"//evil.example/\">x</a>"),
    ] {
        write(&tmp.path().join(page), &format!("<!doctype html><title>t</title>{bad}"));
    }
    write(
        &tmp.path().join("ok.html"),
        "<!doctype html><title>t</title><script src=\"js/a.js\" defer></script>\
         <script type=\"application/ld+json\">{}</script><a href=\"https://x.example/\">x</a>",
    );
    let found = active_content(tmp.path());
    if found.len() != 6 {
        return Err(format!("six pages with active content, found {found:#?}").into());
    }
    Ok(())
}
