//! Holds the code to the layers of the workspace, where Cargo cannot: a crate depends only
//! on the crates of the stages below it (Cargo forbids a cycle, not an upward dependency);
//! inside a crate, every `crate::` path in a module names a module of the same layer or a
//! lower one (the tables in each crate's `lib.rs`), no two modules need each other, and
//! no module re-exports another's items; and no library code reads the clock or the
//! environment.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The crates, in the order of the flow: a crate depends only on crates before it.
const CRATES: &[&str] = &[
    "steunwijzer-core",
    "steunwijzer-search",
    "steunwijzer-render",
    "steunwijzer-print",
    "steunwijzer-output",
    "steunwijzer-synth",
    "steunwijzer",
    "steunwijzer-fuzz",
];

/// One crate's folder (from the repository) and its layers, lowest first.
struct Layers {
    dir: &'static str,
    layers: &'static [(&'static str, &'static [&'static str])],
}

/// The crates whose modules form layers; in the others every module is one layer, and
/// only cycles count.
const LAYERED: &[Layers] = &[
    Layers {
        dir: "crates/core",
        layers: &[
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
                    "i18n",
                    "translations",
                ],
            ),
            ("load", &["config", "content"]),
            ("validate", &["validate", "model"]),
        ],
    },
    Layers {
        dir: ".",
        layers: &[
            ("printer", &["press"]),
            ("pipeline", &["pipeline"]),
            ("commands", &["serve", "scaffold", "import", "init", "search"]),
        ],
    },
];

/// The library crates with their modules in one layer each.
const FLAT: &[&str] = &[
    "crates/search",
    "crates/render",
    "crates/print",
    "crates/output",
    "crates/synth",
    "crates/fuzz",
];

/// Files of the binary and of this test: not part of the library's layers.
const OUTSIDE: &[&str] = &["lib.rs", "main.rs", "cli.rs", "cmd", "layering.rs"];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn layer_of(layers: &Layers, module: &str) -> Option<usize> {
    layers.layers.iter().position(|(_, modules)| modules.contains(&module))
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
/// `use crate::{a, b::c}` groups); names of items of the crate root come too, and are
/// left out by the caller.
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group_end(group);
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

/// Where the `{…}` group that `group` starts inside ends.
fn group_end(group: &str) -> usize {
    let mut depth = 0;
    group
        .find(|c| {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => return true,
                '}' => depth -= 1,
                _ => {}
            }
            false
        })
        .unwrap_or(group.len())
}

fn first_ident(s: &str) -> String {
    s.trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The top-level module a file below `src` belongs to, or `None` for the crate root and
/// the files [`OUTSIDE`] the layers.
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_string_lossy().into_owned();
    (!OUTSIDE.contains(&first.as_str())).then(|| first.trim_end_matches(".rs").to_string())
}

/// Every module of the crate in `dir` and the modules of the same crate it names.
fn imports(dir: &str) -> BTreeMap<String, BTreeSet<String>> {
    let src = repo().join(dir).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut named = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let Some(module) = module_of(rel) else { continue };
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines().filter(|l| l.trim_start().starts_with("pub")) {
            if line.contains(" use crate::") {
                panic!("{dir}/src/{}: re-exports another module's item: {line}", rel.display());
            }
        }
        graph.entry(module.clone()).or_default();
        let mut names = named_modules(&text);
        // In a top-level module `super::` is the crate root.
        let top = rel.components().count() == 1 || rel.ends_with("mod.rs") && rel.components().count() == 2;
        if top {
            names.extend(named_modules(&text.replace("super::", "crate::")));
        }
        named.push((module, names));
    }
    for (module, names) in named {
        let own: Vec<String> = names
            .into_iter()
            .filter(|m| *m != module && graph.contains_key(m))
            .collect();
        graph.entry(module).or_default().extend(own);
    }
    graph
}

#[test]
fn every_module_has_a_layer() {
    for layers in LAYERED {
        for module in imports(layers.dir).keys() {
            assert!(
                layer_of(layers, module).is_some(),
                "module `{module}` of {} is missing from the layer table",
                layers.dir
            );
        }
    }
}

/// Every import in `graph` that goes against `layers`.
fn upward(layers: &Layers, graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut found = Vec::new();
    for (module, named) in graph {
        let own = layer_of(layers, module).unwrap_or(0);
        for target in named {
            let Some(theirs) = layer_of(layers, target) else {
                found.push(format!("{module} names `crate::{target}`, which has no layer"));
                continue;
            };
            if theirs > own {
                found.push(format!(
                    "{module} ({}) imports {target} ({})",
                    layers.layers[own].0, layers.layers[theirs].0
                ));
            }
        }
    }
    found
}

#[test]
fn no_module_imports_upward() {
    let upward: Vec<String> = LAYERED.iter().flat_map(|l| upward(l, &imports(l.dir))).collect();
    assert!(upward.is_empty(), "imports against the flow:\n{}", upward.join("\n"));
}

/// A cycle of imports in `graph`, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<String> {
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| find_cycle(m, graph, &mut Vec::new(), &mut done))
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
    let dirs = LAYERED.iter().map(|l| l.dir).chain(FLAT.iter().copied());
    for dir in dirs {
        if let Some(cycle) = cycle(&imports(dir)) {
            panic!("a cycle of imports in {dir}: {cycle}");
        }
    }
}

/// Each workspace crate and the workspace crates among its normal dependencies (not its
/// dev- or build-dependencies), as `cargo metadata` reads the manifests.
fn workspace_dependencies() -> Vec<(String, Vec<String>)> {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(repo())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ours = |name: &str| name == "steunwijzer" || name.starts_with("steunwijzer-");
    meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let deps = p["dependencies"].as_array().unwrap().iter();
            let normal = deps.filter(|d| d["kind"].is_null()).filter_map(|d| d["name"].as_str());
            let name = p["name"].as_str().unwrap().to_string();
            (name, normal.filter(|d| ours(d)).map(String::from).collect())
        })
        .collect()
}

/// The dependencies of `crates` (crate, its workspace dependencies) that go against
/// [`CRATES`], and the crates missing from it.
fn upward_crates(crates: &[(String, Vec<String>)]) -> Vec<String> {
    let rank = |name: &str| CRATES.iter().position(|c| *c == name);
    let mut found = Vec::new();
    for (name, deps) in crates {
        if rank(name).is_none() {
            found.push(format!("{name} is missing from CRATES"));
        }
        for dep in deps {
            match (rank(name), rank(dep)) {
                (Some(own), Some(theirs)) if theirs < own => {}
                _ => found.push(format!("{name} depends on {dep}")),
            }
        }
    }
    found
}

#[test]
fn crates_depend_only_on_the_stages_below() {
    let crates = workspace_dependencies();
    assert_eq!(crates.len(), CRATES.len(), "{crates:?}");
    let upward = upward_crates(&crates);
    assert!(
        upward.is_empty(),
        "dependencies against the flow:\n{}",
        upward.join("\n")
    );
    let bad = [("steunwijzer-core".to_string(), vec!["steunwijzer-render".to_string()])];
    assert_eq!(upward_crates(&bad), ["steunwijzer-core depends on steunwijzer-render"]);
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
    let mut found = Vec::new();
    let dirs = LAYERED.iter().map(|l| l.dir).chain(FLAT.iter().copied());
    for dir in dirs.filter(|d| *d != "crates/fuzz") {
        let src = repo().join(dir).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for path in files {
            let rel = path.strip_prefix(&src).unwrap();
            if dir == "." && module_of(rel).is_none() {
                continue;
            }
            let reads = ambient_reads(&std::fs::read_to_string(&path).unwrap());
            if !reads.is_empty() {
                found.push(format!("{dir}/src/{}: {reads:?}", rel.display()));
            }
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
    let core = &LAYERED[0];
    let down = graph(&[("validate", "content"), ("content", "text")]);
    assert!(upward(core, &down).is_empty());
    assert_eq!(cycle(&down), None);
    assert_eq!(
        upward(core, &graph(&[("text", "config")])),
        ["text (base) imports config (load)"]
    );
    assert_eq!(
        upward(core, &graph(&[("text", "nowhere")]))[0],
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
