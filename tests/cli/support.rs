//! Helpers for the integration tests: run the real binary on fixture sites, and read
//! what it wrote.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Output};

/// The fixed "today" of the fixtures, so staleness and future dates do not drift.
pub(crate) const TODAY: &str = "2026-11-24";

pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

pub(crate) fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

pub(crate) fn run_in(dir: &Path, args: &[&str]) -> Run {
    run_on(dir, args, TODAY)
}

/// Runs in `dir` with `today` as `STEUNWIJZER_TODAY` (which need not be a date).
pub(crate) fn run_on(dir: &Path, args: &[&str], today: &str) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_steunwijzer"));
    command.args(args);
    finish(command, dir, today)
}

/// Runs `command` (steunwijzer, perhaps wrapped) in `dir` the way every test does: a
/// fixed "today" and messages in English, as the tests read them (tests of Dutch pass
/// --lang nl).
pub(crate) fn finish(mut command: Command, dir: &Path, today: &str) -> Run {
    let out: Output = command
        .current_dir(dir)
        .env("STEUNWIJZER_TODAY", today)
        .env("STEUNWIJZER_LANG", "en")
        .output()
        .expect("run steunwijzer");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs with the fixtures folder as working directory, so paths in messages are short.
pub(crate) fn run(args: &[&str]) -> Run {
    run_in(&fixture(""), args)
}

/// A copy of the `good` fixture in a temporary folder, as `<tmp>/site`. Tests that build
/// or change a site work on a copy: a build writes the search index into the site.
pub(crate) fn good_site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_dir(&fixture("good"), &site);
    (tmp, site)
}

/// A copy of the region fixture (three municipalities) as `<tmp>/region`, with its printed
/// guide on when `print` (the fixture has it off, to build quickly).
pub(crate) fn region_site(print: bool) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("region");
    copy_dir(&fixture("region"), &site);
    if print {
        edit(&site.join("site.yaml"), "print:\n  enabled: false\n", "");
    }
    (tmp, site)
}

/// Replaces `from` with `to` in the file at `path`; `from` must be there (a test whose
/// edit matched nothing would test the file unchanged).
pub(crate) fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    write(path, &text.replacen(from, to, 1));
}

/// Writes `text` to `path`, making its folder first.
pub(crate) fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Copies the tree `from` to `to`, with the files' times: a built output folder's record
/// of its own files holds them, and a later build must know its files in the copy.
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
            let modified = entry.metadata().unwrap().modified().unwrap();
            let file = std::fs::File::options().write(true).open(&target).unwrap();
            file.set_modified(modified).unwrap();
        }
    }
}

/// Every file below `dir`, by relative path.
pub(crate) fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Symbolic links are read as `-> target`, not followed.
fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let entry = entry.unwrap();
        let kind = entry.file_type().unwrap();
        if kind.is_dir() {
            walk(base, &entry.path(), out);
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(base)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = if kind.is_symlink() {
            format!("-> {}", std::fs::read_link(entry.path()).unwrap().display()).into_bytes()
        } else {
            std::fs::read(entry.path()).unwrap()
        };
        out.insert(rel, bytes);
    }
}

/// The start tags of an HTML page (`<a href="..">`), without the angle brackets. Text
/// never contains a raw `<` (it is escaped), so this finds real tags only.
pub(crate) fn tags(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let end = rest.find('>').unwrap_or(rest.len());
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out
}

/// Values of an attribute (`href`, `src`, `id`) in the tags of a page.
pub(crate) fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    for tag in tags(html) {
        let mut rest = tag;
        while let Some(i) = rest.find(&needle) {
            rest = &rest[i + needle.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].replace("&amp;", "&"));
                rest = &rest[end..];
            }
        }
    }
    out
}

/// Resolves `href` from the page at `page` (both relative to the output root), the way a
/// browser does for file:// URLs. None for links that leave the site.
pub(crate) fn resolve(page: &str, href: &str) -> Option<(String, Option<String>)> {
    if href.starts_with("http:")
        || href.starts_with("https:")
        || href.starts_with("mailto:")
        || href.starts_with("tel:")
    {
        return None;
    }
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (href, None),
    };
    let mut parts: Vec<String> = if path.is_empty() {
        return Some((page.to_string(), fragment));
    } else if path.starts_with('/') {
        Vec::new()
    } else {
        let mut p: Vec<String> = page.split('/').map(String::from).collect();
        p.pop();
        p
    };
    for c in Path::new(path.trim_start_matches('/')).components() {
        match c {
            Component::ParentDir => {
                assert!(parts.pop().is_some(), "{page}: link {href} goes above the site root");
            }
            Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    Some((parts.join("/"), fragment))
}

/// Every relative link and asset points to a file (not a folder: file:// shows folders
/// as listings) and every fragment to an id on that page.
pub(crate) fn check_links(out: &Path, base_path: &str) {
    let tree = read_tree(out);
    let mut checked = 0;
    for (rel, bytes) in &tree {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes.clone()).unwrap();
        for href in attr_values(&html, "href").into_iter().chain(attr_values(&html, "src")) {
            let href = if rel == "404.html" {
                // The 404 page is served at any depth, so it links from the base path.
                assert!(
                    href.starts_with(base_path) || href.contains(':') || href.starts_with('#'),
                    "404 link {href}"
                );
                href.strip_prefix(base_path).map_or(href.clone(), |h| format!("/{h}"))
            } else {
                assert!(
                    !href.starts_with('/'),
                    "{rel}: absolute link {href} breaks on file:// and sub-paths"
                );
                href
            };
            let Some((target, fragment)) = resolve(rel, &href) else {
                continue;
            };
            let file = tree
                .get(&target)
                .unwrap_or_else(|| panic!("{rel}: link {href} -> {target} does not exist"));
            if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                let ids = attr_values(std::str::from_utf8(file).unwrap(), "id");
                assert!(ids.contains(&f), "{rel}: link {href}: no id {f} in {target}");
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} links checked");
}

/// The messages and hints that are the same in `nl` as in `en` (check --format json).
pub(crate) fn untranslated(nl: &serde_json::Value, en: &serde_json::Value) -> Vec<String> {
    let items = |v: &serde_json::Value| v["diagnostics"].as_array().cloned().unwrap_or_default();
    let mut same = Vec::new();
    for (n, e) in items(nl).iter().zip(items(en).iter()) {
        for key in ["message", "hint"] {
            if let (Some(a), Some(b)) = (n[key].as_str(), e[key].as_str())
                && a == b
            {
                same.push(b.to_string());
            }
        }
    }
    same
}

/// Words that are English and never Dutch: two of them in one line of output make it an
/// English sentence. Quoted text (`…`, "…"), paths and source lines are left out first,
/// since they are the site's own words.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "not",
    "must",
    "cannot",
    "can't",
    "should",
    "with",
    "without",
    "from",
    "this",
    "that",
    "which",
    "file",
    "files",
    "found",
    "expected",
    "missing",
    "invalid",
    "unknown",
    "error",
    "warning",
    "only",
    "too",
    "large",
    "than",
    "please",
    "use",
    "line",
    "column",
    "failed",
    "could",
    "would",
    "does",
    "there",
    "are",
    "were",
    "has",
    "have",
    "been",
    "into",
    "for",
    "page",
    "pages",
    "no",
    "any",
    "every",
    "you",
    "your",
    "must",
    "while",
    "after",
    "before",
    "because",
    "cannot",
    "found",
    "written",
    "wrote",
    "read",
    "key",
    "value",
    "field",
    "allowed",
    "request",
    "server",
    "headers",
    "answers",
    "close",
    "reload",
    "open",
    "some",
    "many",
    "description",
    "unexpected",
    "argument",
    "usage",
    "more",
    "information",
    "try",
    "help",
    "print",
    "version",
    "title",
    "document",
];

/// The lines of `output` that read as English sentences (see [`ENGLISH`]).
pub(crate) fn english_lines(output: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in output.lines() {
        let trimmed = line.trim_start();
        // A quoted source line (` 12 | text`) or its marker line (`   | ^^^`).
        let body = trimmed.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
        if body.starts_with('|') {
            continue;
        }
        // A GitHub annotation: its syntax (`::warning file=…,title=…::`) is not a sentence.
        let said = match line.strip_prefix("::") {
            Some(rest) => rest.split_once("::").map_or(rest, |(_, m)| m),
            None => line,
        };
        let mut plain = String::new();
        let mut quote: Option<char> = None;
        for c in said.chars() {
            match (quote, c) {
                (None, '`' | '"' | '“') => quote = Some(closing(c)),
                (Some(q), c) if c == q => quote = None,
                (None, c) => plain.push(c),
                _ => {}
            }
        }
        let hits = plain
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '/' || c == '.' || c == ':'))
            .filter(|w| !w.contains(['/', '.', ':']))
            .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
            .count();
        if hits >= 2 {
            found.push(line.to_string());
        }
    }
    found
}

fn closing(open: char) -> char {
    match open {
        '“' => '”',
        c => c,
    }
}

/// The `key` of each object in the JSON array `list`, as text.
pub(crate) fn texts<'a>(list: &'a serde_json::Value, key: &str) -> Vec<&'a str> {
    list.as_array()
        .expect("an array")
        .iter()
        .map(|item| item[key].as_str().expect("a text"))
        .collect()
}
