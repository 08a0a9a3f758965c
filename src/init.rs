//! `steunwijzer init`: a complete new site for a municipality, from the theme's
//! `scaffold/site/` and the forge templates in `docs/ci/`: settings, the nine life
//! domains, residents' search words, the four free pages without anyone's history, an
//! empty neighbourhood list, `.gitignore` and the CI workflow. It builds at once; what a
//! person must still fill in is marked `[VUL IN` and listed.

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use steunwijzer_core::date::{Clock, Date, TodayError};
use steunwijzer_core::diagnostic::{Msg, os_error};
use steunwijzer_core::msg;
use steunwijzer_core::text;
use steunwijzer_render::theme::DEFAULT_THEME;

const SCAFFOLD: &str = "scaffold/site/";
const GITHUB_WORKFLOW: &str = include_str!("../docs/ci/steunwijzer.yml");
const GITLAB_CI: &str = include_str!("../docs/ci/gitlab-ci.yml");

/// Which forge's CI file to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forge {
    /// `.github/workflows/steunwijzer.yml` (docs/ci/steunwijzer.yml).
    GitHub,
    /// `.gitlab-ci.yml` (docs/ci/gitlab-ci.yml).
    GitLab,
    /// No CI file.
    None,
}

/// What `init` wrote.
#[derive(Debug)]
pub struct Initialised {
    /// Every file written, relative to the site folder, in order.
    pub written: Vec<String>,
    /// `file:line` and the line's text, for every place marked `[VUL IN`.
    pub fill_in: Vec<(String, String)>,
}

/// Why no site was made.
#[derive(Debug)]
pub enum InitError {
    /// Today's date is not known (`STEUNWIJZER_TODAY` is wrong).
    Today(TodayError),
    /// The name cannot be a name (`text::name_problem`: the rule for providers too).
    BadName(String, Msg),
    /// These files exist already; nothing was written.
    Exists(Vec<String>),
    /// A file or folder could not be written.
    Write(PathBuf, std::io::Error),
}

impl InitError {
    /// What is wrong, in the command line's catalogues.
    pub fn message(&self) -> Msg {
        match self {
            InitError::Today(e) => e.message(),
            InitError::BadName(name, why) => msg!("init-bad-name", name, why = *why),
            InitError::Exists(files) => msg!("init-exists", files = files.join(", ")),
            InitError::Write(path, error) => msg!("path-cannot-write", path = path.display(), error = os_error(error)),
        }
    }
}

impl fmt::Display for InitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for InitError {}

/// Writes a new site for `municipality` into `dir` (made when missing). Refuses, writing
/// nothing, when any of its files exists.
pub fn init(dir: &Path, municipality: &str, forge: Forge, clock: &Clock) -> Result<Initialised, InitError> {
    let name = municipality.trim();
    if let Some(problem) = text::name_problem(name) {
        let shown: String = municipality.chars().take(60).collect();
        return Err(InitError::BadName(
            shown,
            steunwijzer_core::formats::name_problem(&problem),
        ));
    }
    let today = clock
        .today(steunwijzer_core::date::DEFAULT_TIME_ZONE)
        .map_err(InitError::Today)?;
    let files = files(name, &today, forge);
    let existing: Vec<String> = files
        .iter()
        .filter(|(rel, _)| dir.join(rel).exists())
        .map(|(rel, _)| rel.clone())
        .collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    for (rel, text) in &files {
        write_new(&dir.join(rel), text)?;
    }
    let providers = dir.join(steunwijzer_core::content::PROVIDERS_DIR);
    std::fs::create_dir_all(&providers).map_err(|e| InitError::Write(providers, e))?;
    Ok(Initialised {
        fill_in: to_fill_in(&files),
        written: files.into_iter().map(|(rel, _)| rel).collect(),
    })
}

/// The files of a new site, with the municipality's name put in.
fn files(name: &str, today: &Date, forge: Forge) -> Vec<(String, String)> {
    let quoted = name.replace('\\', "\\\\").replace('"', "\\\"");
    let admin = match forge {
        Forge::GitHub => "  backend: github\n  repo: \"[VUL IN: eigenaar/naam van de repository]\"\n  branch: main",
        Forge::GitLab => "  backend: gitlab\n  repo: \"[VUL IN: groep/naam van de repository]\"\n  branch: main",
        Forge::None => "  backend: local",
    };
    let mut out: Vec<(String, String)> = DEFAULT_THEME
        .iter()
        .filter_map(|(path, bytes)| Some((path.strip_prefix(SCAFFOLD)?, std::str::from_utf8(bytes).ok()?)))
        .map(|(rel, text)| {
            // site.yaml has the name between double quotes; the pages have it as text.
            let value = if rel == "site.yaml" { quoted.as_str() } else { name };
            let filled = text
                .replace("{{municipality}}", value)
                .replace("{{title}}", &format!("Steunwijzer {name}"))
                .replace("{{slug}}", &text::portable_slug(name, "gemeente"))
                .replace("{{today}}", &today.dutch())
                .replace("{{admin}}", admin);
            let rel = if rel == "gitignore" { ".gitignore" } else { rel };
            (rel.to_string(), filled)
        })
        .collect();
    match forge {
        Forge::GitHub => out.push((".github/workflows/steunwijzer.yml".into(), GITHUB_WORKFLOW.into())),
        Forge::GitLab => out.push((".gitlab-ci.yml".into(), GITLAB_CI.into())),
        Forge::None => {}
    }
    out
}

fn to_fill_in(files: &[(String, String)]) -> Vec<(String, String)> {
    files
        .iter()
        .flat_map(|(rel, text)| {
            text.lines()
                .enumerate()
                .filter(|(_, l)| l.contains(text::FILL_IN))
                .map(move |(i, l)| {
                    (
                        format!("{rel}:{}", i + 1),
                        l.trim().trim_start_matches("# ").to_string(),
                    )
                })
        })
        .collect()
}

fn write_new(path: &Path, text: &str) -> Result<(), InitError> {
    let fail = |e| InitError::Write(path.to_path_buf(), e);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    // create_new: a file made in the meantime is not overwritten either.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(fail)?;
    file.write_all(text.as_bytes()).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_with_quotes_stays_valid_yaml_and_nothing_names_haarlem() {
        let today = Date::new(2026, 12, 1).unwrap();
        let files = files("Bergen (NH) \"test\"", &today, Forge::GitHub);
        let site = &files.iter().find(|(r, _)| r == "site.yaml").unwrap().1;
        let parsed: serde_yaml::Value = serde_yaml::from_str(site).unwrap();
        assert_eq!(parsed["municipality"].as_str(), Some("Bergen (NH) \"test\""));
        for (rel, text) in &files {
            assert!(!text.to_lowercase().contains("haarlem"), "{rel}");
        }
        let rels: Vec<&str> = files.iter().map(|(r, _)| r.as_str()).collect();
        for wanted in [
            "site.yaml",
            ".gitignore",
            "content/pages/privacy.md",
            ".github/workflows/steunwijzer.yml",
        ] {
            assert!(rels.contains(&wanted), "{wanted}: {rels:?}");
        }
        assert_eq!(today.dutch(), "1 december 2026");
    }
}
