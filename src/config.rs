//! `site.yaml`: the settings of one directory site.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::formats::{self, Phone};
use crate::source::SourceFile;
use crate::yaml::{self, Document, Seg};

pub const FILE_NAME: &str = "site.yaml";

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<String>,
    municipality: Option<String>,
    base_url: Option<String>,
    language: Option<String>,
    description: Option<String>,
    notice: Option<String>,
    contact: Option<RawTeamContact>,
    stale_after_months: Option<u32>,
    theme: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTeamContact {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    website: Option<String>,
}

/// The directory team's own contact details, shown in every page footer.
#[derive(Debug, Clone, Serialize, Default)]
pub struct TeamContact {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<Phone>,
    pub website: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Config {
    pub title: String,
    pub municipality: String,
    /// Absolute, always ending in `/`.
    pub base_url: String,
    pub language: String,
    pub description: String,
    /// A line shown on every page, for example that the content is example data.
    pub notice: Option<String>,
    pub contact: TeamContact,
    pub stale_after_months: u32,
    pub theme: String,
}

impl Config {
    /// The path part of `base_url` (`/` or `/haarlem/`), for pages that cannot use
    /// relative links because they are served at any depth (404).
    pub fn base_path(&self) -> String {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, r)| r);
        match after_scheme.find('/') {
            Some(i) => after_scheme[i..].to_string(),
            None => "/".to_string(),
        }
    }
}

/// Reads and checks `site.yaml`; `base_url_override` is the `--base-url` option.
pub fn load(root: &Path, base_url_override: Option<&str>) -> Result<Config, Vec<Diagnostic>> {
    let src = SourceFile::read(root, Path::new(FILE_NAME)).map_err(|d| {
        vec![d.with_hint("every site needs a site.yaml with at least title, municipality and base_url")]
    })?;
    let doc = yaml::parse(&src.display, &src.text, &src.text, 1)?;
    let mut out = Vec::new();
    let raw: RawConfig = doc.decode(&[], "site.yaml", &mut out).unwrap_or_default();
    let config = check(&doc, raw, base_url_override, &mut out);
    if out.iter().any(Diagnostic::is_error) {
        return Err(out);
    }
    // Without errors every required value was present, so check() returned a config.
    config.ok_or(out)
}

fn key(name: &str) -> Vec<Seg> {
    vec![Seg::Key(name.to_string())]
}

fn required(
    doc: &Document,
    value: Option<String>,
    name: &str,
    example: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<String> {
    match value.map(|v| v.trim().to_string()) {
        Some(v) if !v.is_empty() => Some(v),
        Some(_) => {
            out.push(
                doc.error(doc.value_span(&key(name)), format!("`{name}` is empty"))
                    .with_hint(format!("for example `{name}: {example}`")),
            );
            None
        }
        None => {
            out.push(
                doc.error(doc.start_span(), format!("site.yaml is missing `{name}`"))
                    .with_hint(format!("add a line `{name}: {example}`")),
            );
            None
        }
    }
}

fn check(doc: &Document, raw: RawConfig, base_url_override: Option<&str>, out: &mut Vec<Diagnostic>) -> Option<Config> {
    let title = required(doc, raw.title, "title", "Steunwijzer Haarlem", out);
    let municipality = required(doc, raw.municipality, "municipality", "Haarlem", out);
    let base_url = match base_url_override {
        Some(url) => match formats::site_url(url) {
            Ok(u) => Some(u),
            Err(e) => {
                out.push(Diagnostic::error("--base-url", Default::default(), e.message).with_hint(e.hint));
                None
            }
        },
        None => required(doc, raw.base_url, "base_url", "https://steunwijzer.example.org/", out).and_then(|u| {
            formats::site_url(&u)
                .map_err(|e| out.push(doc.error(doc.value_span(&key("base_url")), e.message).with_hint(e.hint)))
                .ok()
        }),
    };
    let base_url = base_url.map(|u| if u.ends_with('/') { u } else { format!("{u}/") });
    let language = raw.language.unwrap_or_else(|| "nl".to_string());
    if language != "nl" {
        out.push(
            doc.error(
                doc.value_span(&key("language")),
                format!("language `{language}` is not supported yet"),
            )
            .with_hint("the default theme is written in Dutch; use `language: nl`"),
        );
    }
    let stale_after_months = raw.stale_after_months.unwrap_or(12);
    if stale_after_months == 0 {
        out.push(
            doc.error(
                doc.value_span(&key("stale_after_months")),
                "`stale_after_months` must be at least 1",
            )
            .with_hint("12 means an entry should be checked once a year"),
        );
    }
    let contact = check_contact(doc, raw.contact.unwrap_or_default(), out);
    let theme = raw.theme.unwrap_or_else(|| "default".to_string());
    if !formats::is_slug(&theme) {
        out.push(
            doc.error(doc.value_span(&key("theme")), format!("`{theme}` is not a theme name"))
                .with_hint("a theme is a folder under themes/ with a lowercase name, such as `default`"),
        );
    }
    let municipality = municipality?;
    Some(Config {
        description: raw
            .description
            .unwrap_or_else(|| format!("Gratis, onafhankelijke cliëntondersteuning in {municipality}.")),
        title: title?,
        municipality,
        base_url: base_url?,
        language,
        notice: raw.notice.filter(|n| !n.trim().is_empty()),
        contact,
        stale_after_months,
        theme,
    })
}

fn check_contact(doc: &Document, raw: RawTeamContact, out: &mut Vec<Diagnostic>) -> TeamContact {
    let at = |k: &str| vec![Seg::Key("contact".into()), Seg::Key(k.into())];
    let mut report =
        |k: &str, e: formats::Invalid| out.push(doc.error(doc.value_span(&at(k)), e.message).with_hint(e.hint));
    TeamContact {
        name: raw.name.unwrap_or_default(),
        email: raw
            .email
            .and_then(|e| formats::email(&e).map_err(|e| report("email", e)).ok()),
        phone: raw
            .phone
            .and_then(|p| formats::phone(&p).map_err(|e| report("phone", e)).ok()),
        website: raw
            .website
            .and_then(|w| formats::web_url(&w).map_err(|e| report("website", e)).ok()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_site(yaml: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), yaml).unwrap();
        dir
    }

    #[test]
    fn loads_a_minimal_config() {
        let dir = write_site("title: T\nmunicipality: Haarlem\nbase_url: https://example.org/haarlem\n");
        let c = load(dir.path(), None).unwrap();
        assert_eq!(c.base_url, "https://example.org/haarlem/");
        assert_eq!(c.base_path(), "/haarlem/");
        assert_eq!(c.stale_after_months, 12);
        assert_eq!(c.language, "nl");
    }

    #[test]
    fn reports_all_problems() {
        let dir = write_site("title: T\nbase_url: example.org\ncolour: red\ncontact:\n  email: nope\n");
        let errs = load(dir.path(), None).unwrap_err();
        let msgs: Vec<&str> = errs.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(errs.len(), 4, "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("unknown key `colour`")));
        assert!(msgs.iter().any(|m| m.contains("missing `municipality`")));
        assert!(msgs.iter().any(|m| m.contains("starting with https://")));
        assert!(msgs.iter().any(|m| m.contains("not an e-mail address")));
    }

    #[test]
    fn base_url_option_wins() {
        let dir = write_site("title: T\nmunicipality: H\nbase_url: https://a.example.org/\n");
        let c = load(dir.path(), Some("https://b.example.org/x")).unwrap();
        assert_eq!(c.base_url, "https://b.example.org/x/");
    }
}
