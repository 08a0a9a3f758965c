//! Fuzzing on stable Rust: a mutation fuzzer over six targets, run for a bounded time
//! by `cargo test` (a 5 s smoke run per target; `FUZZ_SECONDS` makes it longer): provider files,
//! Markdown, search queries, HSDS exports for `import hsds`, a site's stylesheet for the
//! house-style check, and intro pages for the printed guide.
//!
//! cargo-fuzz needs a nightly toolchain, which this project's machines do not have. This
//! driver is the equivalent that runs on stable: it is not coverage-guided, so it leans on
//! seeds (every Markdown file in the fixtures and the example site, the hostile corpus
//! among them) and on a dictionary of the tokens that matter to YAML, Markdown and HTML.
//! Each input is checked for
//! - no panic (caught per input),
//! - no more than [`ALLOC_LIMIT`] bytes live at once while it runs (a counting allocator),
//! - the target's own promise: diagnostics without control characters and of bounded
//!   length; HTML with only the elements and attributes the sanitiser allows; queries of
//!   at most the planned number of words.
//!
//! Inputs that break a rule are written to `target/fuzz-crashes/` and fail the run. Each
//! one then belongs in `crates/fuzz/tests/regressions/<target>/`, which is replayed first on
//! every run, so a crash once found stays tested.

use std::alloc::{GlobalAlloc, Layout, System};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use steunwijzer_fuzz as fuzzing;

/// The most memory one input may have live at once.
const ALLOC_LIMIT: usize = 256 * 1024 * 1024;
/// The largest input the mutator makes: larger than any size limit of the format.
const MAX_INPUT: usize = 1536 * 1024;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only counted.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        // SAFETY: the caller's layout is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: ptr was allocated by System with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: as for dealloc and alloc.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A small, seeded generator: the same seed gives the same run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const TOKENS: &[&str] = &[
    "---\n",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "\"",
    "'",
    "&a ",
    "*a",
    "!!str ",
    "|\n",
    ">\n",
    "\n",
    "\t",
    "  ",
    "#",
    "name: ",
    "life_domains: [",
    "contact:\n  phone: ",
    "last_reviewed: ",
    "0000-01-01",
    "2026-13-40",
    "99999999999",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "](javascript:alert(1))",
    "](//evil.example/)",
    "[x](",
    "<a href=\"",
    "&colon;",
    "&#106;",
    "\\",
    "`",
    "***",
    "| a | b |\n|---|---|\n",
    "<!--",
    "-->",
    "\u{202e}",
    "\u{200b}",
    "\u{0}",
    "\u{1b}[2J",
    "\u{feff}",
    "\r\n",
    "é",
    "ق",
    "👩‍👧",
    // JSON (HSDS exports) and CSS (stylesheets).
    "{\"name\": \"",
    "\\u202e",
    "\\u0000",
    "\"contents\": [",
    "[[[[[[[[",
    ":root { --sw-color-text: ",
    "@media (prefers-color-scheme: dark) {",
    "var(--sw-color-",
    "}",
    "/*",
    "url(",
    "!important",
    "- - - - - ",
    "> > > > ",
];

fn mutate(rng: &mut Rng, input: &[u8], seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(7) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => out
                .splice(at..at, TOKENS[rng.below(TOKENS.len())].bytes())
                .for_each(drop),
            2 if !out.is_empty() => {
                let end = (at + rng.below(64)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 if !out.is_empty() => {
                // Repeat a piece many times: the shape of a resource bomb.
                let start = rng.below(out.len());
                let end = (start + 1 + rng.below(16)).min(out.len());
                let piece = out[start..end].to_vec();
                let most = if rng.below(8) == 0 { 20_000 } else { 64 };
                let times = 1 + rng.below(most);
                let repeated: Vec<u8> = piece.iter().copied().cycle().take(piece.len() * times).collect();
                out.splice(at..at, repeated).for_each(drop);
            }
            4 if !seeds.is_empty() => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                let end = (from + rng.below(256)).min(other.len());
                out.splice(at..at, other[from..end].iter().copied()).for_each(drop);
            }
            5 => out.insert(at, rng.below(256) as u8),
            _ => out.truncate(at),
        }
    }
    out.truncate(MAX_INPUT);
    out
}

/// The problem with one input, if any.
type Check = fn(&[u8]) -> Result<(), String>;

fn check_provider(input: &[u8]) -> Result<(), String> {
    let text = fuzzing::provider_file(input);
    if let Some(c) = text.chars().find(|c| c.is_control() && *c != '\n') {
        return Err(format!("the diagnostics hold U+{:04X}", u32::from(c)));
    }
    // 20 problems shown, each a message, a quoted cut of a line and a hint.
    if text.len() > 64 * 1024 {
        return Err(format!("{} bytes of diagnostics", text.len()));
    }
    Ok(())
}

const ALLOWED_TAGS: &[&str] = &[
    "p",
    "a",
    "em",
    "strong",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];
const ALLOWED_ATTRIBUTES: &[&str] = &["href", "title", "start", "style", "class", "align"];

fn check_markdown(input: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(input);
    let html = fuzzing::markdown_html(&text);
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        let (name, attributes) = parse_tag(tag);
        if !ALLOWED_TAGS.contains(&name.as_str()) {
            return Err(format!("the element <{name}>"));
        }
        for (attr, value) in attributes {
            if !ALLOWED_ATTRIBUTES.contains(&attr.as_str()) {
                return Err(format!("the attribute {attr} in <{tag}>"));
            }
            // pulldown-cmark writes `style="text-align: …"` on table cells only.
            if attr == "style" && !value.starts_with("text-align:") {
                return Err(format!("a style attribute in <{tag}>"));
            }
            let value = value.to_ascii_lowercase();
            let safe = ["https:", "http:", "mailto:", "tel:", "#", "../"]
                .iter()
                .any(|p| value.starts_with(p));
            if attr == "href" && !safe {
                return Err(format!("the link {value:?}"));
            }
        }
    }
    Ok(())
}

/// The element name and attributes of a tag's text (between `<` and `>`), as the HTML
/// the renderer writes has them: `name="value"`, values escaped.
fn parse_tag(tag: &str) -> (String, Vec<(String, String)>) {
    let tag = tag.trim_start_matches('/');
    let name_len = tag.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(tag.len());
    let name = tag[..name_len].to_ascii_lowercase();
    let mut rest = &tag[name_len..];
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start().trim_start_matches('/');
        if rest.is_empty() {
            break;
        }
        let end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        let attr = rest[..end].to_ascii_lowercase();
        rest = &rest[end..];
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix("=\"") {
            let close = after.find('"').unwrap_or(after.len());
            value = after[..close].to_string();
            rest = after.get(close + 1..).unwrap_or("");
        }
        attributes.push((attr, value));
    }
    (name, attributes)
}

/// Text for people (diagnostics) holds no control character and is bounded.
fn clean_and_bounded(what: &str, text: &str, most: usize) -> Result<(), String> {
    if let Some(c) = text.chars().find(|c| c.is_control() && *c != '\n') {
        return Err(format!("{what} hold U+{:04X}", u32::from(c)));
    }
    if text.len() > most {
        return Err(format!("{} bytes of {what}", text.len()));
    }
    Ok(())
}

/// An HSDS export: every file it would write is a portable name and text the site reads
/// (no invisible characters, within the content limit), and the messages are clean.
fn check_hsds(input: &[u8]) -> Result<(), String> {
    let (files, diags) = fuzzing::hsds_export(input);
    for (slug, text) in &files {
        let portable = !slug.is_empty()
            && slug.len() <= 80
            && !slug.starts_with('-')
            && !slug.contains("--")
            && slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !portable {
            return Err(format!("the file name {slug:?}"));
        }
        if let Some(c) = text
            .chars()
            .find(|c| c.is_control() && *c != '\n' || ('\u{202a}'..='\u{202e}').contains(c))
        {
            return Err(format!("{slug}.md holds U+{:04X}", u32::from(c)));
        }
        if text.len() > 1024 * 1024 {
            return Err(format!("{slug}.md is {} bytes", text.len()));
        }
    }
    // Each record gives at most a few notes; the rendering shows 20 per file.
    clean_and_bounded("the diagnostics", &diags, 128 * 1024)
}

/// A site's tokens file through the CSS reader and the contrast check.
fn check_stylesheet(input: &[u8]) -> Result<(), String> {
    clean_and_bounded("the diagnostics", &fuzzing::stylesheet(input), 128 * 1024)
}

/// An intro page: what the size check lets through is what the guide can lay out.
fn check_print(input: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(input);
    let (accepted, blocks, chars) = fuzzing::print_intro(&text);
    if accepted && (blocks > fuzzing::INTRO_BLOCKS || chars > fuzzing::INTRO_CHARS) {
        return Err(format!(
            "accepted, but {blocks} blocks and {chars} characters go to the layout"
        ));
    }
    Ok(())
}

fn check_query(input: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(input);
    let words = fuzzing::query_words(&text);
    if words > fuzzing::MAX_QUERY_WORDS {
        return Err(format!("{words} words planned"));
    }
    let _ = steunwijzer::analyse(&text);
    Ok(())
}

/// Runs `check` on `input`; the problem, a panic or too much memory is a failure.
fn run_one(check: Check, input: &[u8]) -> Result<(), String> {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let result = catch_unwind(AssertUnwindSafe(|| check(input)));
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    match result {
        Err(_) => Err("panicked".into()),
        Ok(Err(why)) => Err(why),
        Ok(Ok(())) if peak > ALLOC_LIMIT => Err(format!("{} MB live at once", peak / (1024 * 1024))),
        Ok(Ok(())) => Ok(()),
    }
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() && !p.is_symlink() {
            markdown_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "md") {
            out.push(p);
        }
    }
}

/// The files below `dir` whose names end in `.{ext}`, in name order.
fn files_in(dir: &Path, ext: &str) -> Vec<Vec<u8>> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() && !p.is_symlink() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == ext) {
                found.push(p);
            }
        }
    }
    found.sort();
    found.iter().filter_map(|f| std::fs::read(f).ok()).collect()
}

/// The repository: the seeds are its fixtures and its example content.
const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let repo = Path::new(REPO);
    let mut files = Vec::new();
    markdown_files(&repo.join("tests/fixtures"), &mut files);
    markdown_files(&repo.join("content"), &mut files);
    files.sort();
    let mut out: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    match target {
        "markdown" | "print" => {
            out = out
                .iter()
                .map(|f| {
                    let text = String::from_utf8_lossy(f);
                    text.splitn(3, "---\n").last().unwrap_or("").as_bytes().to_vec()
                })
                .collect();
        }
        "hsds" => out = files_in(&repo.join("tests/fixtures/hsds"), "json"),
        "stylesheet" => {
            out = files_in(&repo.join("themes/default/static/css"), "css");
            out.extend(files_in(&repo.join("tests/fixtures/hostile"), "css"));
        }
        "query" => {
            out = [
                "schulden",
                "hulp bij huur",
                "ik kan mijn rekeningen niet betalen",
                "é ü ß",
                "\"a\" OR b -c",
                "",
            ]
            .iter()
            .map(|q| q.as_bytes().to_vec())
            .collect();
        }
        _ => {}
    }
    out
}

fn regressions(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect()
}

/// Fuzzes one target for `budget`; returns (inputs run, failures with where they were saved).
fn fuzz(target: &str, check: Check, budget: Duration, seed: u64) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let record = |failures: &mut Vec<String>, input: &[u8], why: String| {
        let crashes = Path::new(REPO).join("target/fuzz-crashes");
        let _ = std::fs::create_dir_all(&crashes);
        let name = format!("{target}-{:016x}", hash(input));
        let _ = std::fs::write(crashes.join(&name), input);
        failures.push(format!("{target}: {why} (input in target/fuzz-crashes/{name})"));
    };
    for (path, input) in regressions(target) {
        if let Err(why) = run_one(check, &input) {
            record(
                &mut failures,
                &input,
                format!("regression {} fails again: {why}", path.display()),
            );
        }
    }
    let seeds = seeds(target);
    let mut rng = Rng(seed | 1);
    let start = Instant::now();
    let mut runs = 0;
    for s in &seeds {
        runs += 1;
        if let Err(why) = run_one(check, s) {
            record(&mut failures, s, why);
        }
    }
    while start.elapsed() < budget && failures.len() < 10 {
        let base = if seeds.is_empty() {
            Vec::new()
        } else {
            seeds[rng.below(seeds.len())].clone()
        };
        let input = mutate(&mut rng, &base, &seeds);
        runs += 1;
        if let Err(why) = run_one(check, &input) {
            record(&mut failures, &input, why);
        }
    }
    (runs, failures)
}

fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}

fn main() {
    // The panics are caught and reported per input; their messages would drown the report.
    std::panic::set_hook(Box::new(|_| {}));
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_130);
    let targets: [(&str, Check); 6] = [
        ("provider", check_provider),
        ("markdown", check_markdown),
        ("query", check_query),
        ("hsds", check_hsds),
        ("stylesheet", check_stylesheet),
        ("print", check_print),
    ];
    let mut all = Vec::new();
    for (name, check) in targets {
        let (runs, failures) = fuzz(name, check, Duration::from_secs(seconds), seed);
        println!("fuzz {name}: {runs} inputs in {seconds} s, {} failures", failures.len());
        all.extend(failures);
    }
    if !all.is_empty() {
        eprintln!("{}", all.join("\n"));
        std::process::exit(1);
    }
}
