//! `import hsds --map FILE`: another system's taxonomy (AIRS/211 codes, a Wegwijzer list)
//! mapped to this site's life domains, kinds, contact modes and accessibility. A term the
//! map names means what the map says; other terms are matched by code or name as before.
//! An example for AIRS/211: docs/examples/airs-211-map.yaml.

use std::path::Path;

use serde::Deserialize;

use steunwijzer_core::diagnostic::{Code, Diagnostic, Span, os_error};
use steunwijzer_core::model::Site;
use steunwijzer_core::msg;
use steunwijzer_core::values::{Accessibility, ContactMode, Kind};

/// The map file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMap {
    terms: Vec<Rule>,
}

/// What one term (or, with `*` at its end, every code that starts so) means here.
#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct Rule {
    /// The taxonomy the term is in; any when left out.
    #[serde(default)]
    taxonomy: Option<String>,
    /// The term's code or name; `BH-18*` for every code that starts with `BH-18`.
    term: String,
    #[serde(default)]
    pub(crate) life_domains: Vec<String>,
    #[serde(default)]
    pub(crate) kind: Option<Kind>,
    #[serde(default)]
    pub(crate) contact_modes: Vec<ContactMode>,
    #[serde(default)]
    pub(crate) accessibility: Vec<Accessibility>,
}

/// The rules of a map file, in its order: the first that fits a term is used.
#[derive(Debug, Default, Clone)]
pub struct TermMap {
    rules: Vec<Rule>,
}

impl TermMap {
    /// Reads `path`, and checks that its life domains are this site's.
    pub fn read(path: &Path, site: &Site) -> Result<TermMap, Diagnostic> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            Diagnostic::file_error(Code::Unreadable, &shown, msg!("cannot-read-file", error = os_error(&e)))
        })?;
        let raw: RawMap = serde_yaml::from_str(&text).map_err(|e| {
            let at = e
                .location()
                .map_or(Span::file_start(), |l| Span::new(l.line(), l.column(), 1));
            Diagnostic::error(Code::WrongType, &shown, at, msg!("import-map-not-readable"))
                .with_hint(msg!("import-map-shape"))
                .with_source(&text)
        })?;
        for rule in &raw.terms {
            if let Some(unknown) = rule
                .life_domains
                .iter()
                .find(|d| !site.life_domains.iter().any(|l| &l.slug == *d))
            {
                let line = text
                    .lines()
                    .position(|l| l.contains(unknown.as_str()))
                    .map_or(1, |i| i + 1);
                return Err(Diagnostic::error(
                    Code::UnknownLifeDomain,
                    &shown,
                    Span::new(line, 1, 1),
                    msg!("unknown-life-domain", slug = unknown),
                )
                .with_source(&text));
            }
        }
        Ok(TermMap { rules: raw.terms })
    }

    /// The rule for a term of `taxonomy` with `code` and `name`, if the map has one.
    pub(crate) fn find(&self, taxonomy: &str, code: &str, name: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| {
            let in_taxonomy = r.taxonomy.as_deref().is_none_or(|t| t.eq_ignore_ascii_case(taxonomy));
            let fits = |s: &str| match r.term.strip_suffix('*') {
                Some(start) => !s.is_empty() && s.to_lowercase().starts_with(&start.to_lowercase()),
                None => s.eq_ignore_ascii_case(&r.term),
            };
            in_taxonomy && (fits(code) || fits(name))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(yaml: &str) -> TermMap {
        TermMap {
            rules: serde_yaml::from_str::<RawMap>(yaml).unwrap().terms,
        }
    }

    #[test]
    fn a_term_is_found_by_code_name_or_the_start_of_its_code() {
        let m = map(
            "terms:\n  - {taxonomy: AIRS, term: BH-18*, life_domains: [wonen]}\n  - {term: Schuldhulp, life_domains: [inkomen]}\n",
        );
        assert_eq!(
            m.find("AIRS", "BH-1800.8500", "Rent Payment Assistance")
                .unwrap()
                .life_domains,
            ["wonen"]
        );
        assert!(m.find("Other", "BH-1800", "").is_none(), "another taxonomy");
        assert_eq!(m.find("", "", "schuldhulp").unwrap().life_domains, ["inkomen"]);
        assert!(m.find("AIRS", "BH-19", "").is_none());
    }
}
