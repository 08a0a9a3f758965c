//! Holds the code to the layer table in the crate documentation (`lib.rs`): every
//! `crate::` path in a module names a module of the same layer or a lower one, no two
//! modules need each other, and no module re-exports another's items.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first, and their modules: the table in `lib.rs`.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "base",
        &[
            "diagnostic",
            "source",
            "yaml",
            "markdown",
            "text",
            "formats",
            "languages",
            "date",
            "values",
            "paths",
            "artifact",
            "suggest",
            "par",
        ],
    ),
    ("load", &["config", "content"]),
    ("validate", &["validate", "model"]),
    ("index", &["search"]),
    ("render", &["render", "review"]),
    ("write", &["output"]),
    (
        "commands",
        &["pipeline", "serve", "scaffold", "synth", "fuzzing", "import", "init"],
    ),
];

/// Files of the binary and of this test: not part of the library's layers.
const OUTSIDE: &[&str] = &["lib.rs", "main.rs", "cli.rs", "cmd", "layering.rs"];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, modules)| modules.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules a source text names through `crate::` (also in
/// `use crate::{a, b::c}` groups).
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let end = group
                .find(|c| {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => return true,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    false
                })
                .unwrap_or(group.len());
            let mut depth = 0;
            let mut start = 0;
            for (j, c) in group[..end].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.insert(first_ident(&group[start..j]));
                        start = j + 1;
                    }
                    _ => {}
                }
            }
            found.insert(first_ident(&group[start..end]));
        } else {
            found.insert(first_ident(rest));
        }
    }
    found.retain(|m| !m.is_empty());
    found
}

fn first_ident(s: &str) -> String {
    s.trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Every library module and the modules it names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .into_owned();
        if OUTSIDE.contains(&first.as_str()) {
            continue;
        }
        let module = first.trim_end_matches(".rs").to_string();
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines().filter(|l| l.trim_start().starts_with("pub")) {
            if line.contains(" use crate::") {
                panic!("{}: re-exports another module's item: {line}", rel.display());
            }
        }
        graph
            .entry(module.clone())
            .or_default()
            .extend(named_modules(&text).into_iter().filter(|m| *m != module && m != "self"));
    }
    graph
}

#[test]
fn every_module_has_a_layer() {
    for module in imports().keys() {
        assert!(
            layer_of(module).is_some(),
            "module `{module}` is missing from the layer table"
        );
    }
}

/// Every import in `graph` that goes against the layers.
fn upward(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut found = Vec::new();
    for (module, named) in graph {
        let own = layer_of(module).unwrap_or(0);
        for target in named {
            let Some(theirs) = layer_of(target) else {
                found.push(format!("{module} names `crate::{target}`, which has no layer"));
                continue;
            };
            if theirs > own {
                found.push(format!(
                    "{module} ({}) imports {target} ({})",
                    LAYERS[own].0, LAYERS[theirs].0
                ));
            }
        }
    }
    found
}

/// A cycle of imports in `graph`, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<String> {
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| find_cycle(m, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_imports_upward() {
    let upward = upward(&imports());
    assert!(upward.is_empty(), "imports against the flow:\n{}", upward.join("\n"));
}

/// Depth-first search from `m` for a chain of imports back to a module on `path`.
fn find_cycle<'a>(
    m: &'a str,
    graph: &'a BTreeMap<String, BTreeSet<String>>,
    path: &mut Vec<&'a str>,
    done: &mut BTreeSet<&'a str>,
) -> Option<String> {
    if let Some(i) = path.iter().position(|p| *p == m) {
        return Some(format!("{} -> {m}", path[i..].join(" -> ")));
    }
    if !done.insert(m) {
        return None;
    }
    path.push(m);
    for next in graph.get(m).into_iter().flatten() {
        if let Some(cycle) = find_cycle(next, graph, path, done) {
            return Some(cycle);
        }
    }
    path.pop();
    None
}

#[test]
fn modules_do_not_need_each_other() {
    if let Some(cycle) = cycle(&imports()) {
        panic!("a cycle of imports: {cycle}");
    }
}

/// What reads the clock or the environment: only the commands do (`cmd::clock`); the
/// library gets the time in its options, so a test or a reproducible build can give any.
const AMBIENT: &[&str] = &["env::var", "SystemTime::now", "Timestamp::now", "Zoned::now"];

/// The ambient reads in `text`, outside its unit tests.
fn ambient_reads(text: &str) -> Vec<&'static str> {
    let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    AMBIENT.iter().copied().filter(|a| code.contains(a)).collect()
}

#[test]
fn the_library_reads_no_clock_and_no_environment() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for path in files {
        let rel = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        if OUTSIDE.iter().any(|o| rel == *o || rel.starts_with(&format!("{o}/"))) {
            continue;
        }
        let reads = ambient_reads(&std::fs::read_to_string(&path).unwrap());
        if !reads.is_empty() {
            found.push(format!("{rel}: {reads:?}"));
        }
    }
    assert!(found.is_empty(), "read in the commands and pass it down: {found:#?}");
    assert_eq!(
        ambient_reads("let t = std::env::var(\"X\");"),
        ["env::var"],
        "the check can fail"
    );
    assert!(ambient_reads("#[cfg(test)]\nmod tests { std::env::var(\"X\"); }").is_empty());
}

/// The checks themselves, on a made-up graph: they must be able to fail.
#[test]
fn the_checks_find_upward_imports_and_cycles() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in edges {
            g.entry((*from).to_string()).or_default().insert((*to).to_string());
            g.entry((*to).to_string()).or_default();
        }
        g
    };
    let down = graph(&[("pipeline", "render"), ("render", "search"), ("search", "text")]);
    assert!(upward(&down).is_empty());
    assert_eq!(cycle(&down), None);
    assert_eq!(
        upward(&graph(&[("text", "render")])),
        ["text (base) imports render (render)"]
    );
    assert_eq!(
        upward(&graph(&[("text", "nowhere")]))[0],
        "text names `crate::nowhere`, which has no layer"
    );
    let round = graph(&[("text", "languages"), ("languages", "text")]);
    assert_eq!(cycle(&round).as_deref(), Some("languages -> text -> languages"));
}

#[test]
fn the_reader_finds_grouped_and_plain_paths() {
    let text = "use crate::{a::{B, C}, d};\nuse crate::e::F;\nlet x = crate::g::h();";
    let found: Vec<String> = named_modules(text).into_iter().collect();
    assert_eq!(found, ["a", "d", "e", "g"]);
}
