//! Writing the provider files: front matter in the order of the example's files, the
//! description as the body. A file that exists is never overwritten.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use steunwijzer_core::msg;

use steunwijzer_core::content::PROVIDERS_DIR;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Span, os_error};
use steunwijzer_core::values::{self, Accessibility, ContactMode, Kind, Weekday};

/// A provider file's front matter, as `import` fills it.
#[derive(Debug)]
pub(super) struct Front {
    pub(super) name: String,
    pub(super) summary: String,
    pub(super) kind: Kind,
    pub(super) life_domains: Vec<String>,
    pub(super) neighbourhoods: Vec<String>,
    pub(super) target_groups: Vec<String>,
    pub(super) languages: Vec<String>,
    pub(super) contact: Contact,
    pub(super) opening_hours: Option<Hours>,
    pub(super) contact_modes: Vec<ContactMode>,
    pub(super) accessibility: Vec<Accessibility>,
    pub(super) free: Option<bool>,
    pub(super) independent: Option<bool>,
    pub(super) complaints: Option<String>,
    pub(super) helps_with_complaints: bool,
    pub(super) last_reviewed: Option<String>,
}

#[derive(Debug, Default)]
pub(super) struct Contact {
    pub(super) phone: Option<String>,
    pub(super) email: Option<String>,
    pub(super) website: Option<String>,
    pub(super) address: Option<Address>,
}

impl Contact {
    fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.website.is_none() && self.address.is_none()
    }
}

#[derive(Debug)]
pub(super) struct Address {
    pub(super) street: String,
    pub(super) postcode: String,
    pub(super) city: String,
}

#[derive(Debug, Default)]
pub(super) struct Hours {
    pub(super) hours: Vec<Slot>,
    pub(super) note: Option<String>,
}

#[derive(Debug)]
pub(super) struct Slot {
    pub(super) days: Vec<Weekday>,
    pub(super) opens: String,
    pub(super) closes: String,
}

/// One record, ready to write.
#[derive(Debug)]
pub(super) struct Mapped {
    pub(super) slug: String,
    pub(super) front: Front,
    /// Markdown.
    pub(super) body: String,
}

/// Why a file was not written.
pub(super) enum Problem {
    Exists(String),
    /// The file would be larger than the site reads.
    TooLarge(String),
    Failed(String, std::io::Error),
}

impl Problem {
    pub(super) fn at(self, input: &str, span: Span, name: &str) -> Diagnostic {
        match self {
            Problem::Exists(path) => Diagnostic::warning(
                Code::RecordSkipped,
                input,
                span,
                msg!("already-exists-so-was-not-written", name, path),
            )
            .with_hint(msg!("existing-file-never-overwritten-move-away")),
            Problem::TooLarge(path) => Diagnostic::warning(
                Code::RecordSkipped,
                input,
                span,
                msg!("would-larger-than-provider-file-may", name, path),
            )
            .with_hint(msg!("provider-page-needs-few-kb-shorten")),
            Problem::Failed(path, e) => Diagnostic::error(
                Code::Unreadable,
                input,
                span,
                msg!("cannot-written", name, path, error = os_error(&e)),
            ),
        }
    }
}

/// The file's text: front matter, then the body.
pub(super) fn text(m: &Mapped) -> String {
    let mut out = format!("---\n{}---\n", yaml(&m.front));
    if !m.body.is_empty() {
        out.push_str(&m.body);
        out.push('\n');
    }
    out
}

/// The front matter as an editor would write it (the example's files): short lists on one
/// line, phone numbers, postcodes and times in quotes, other text in quotes only when YAML
/// needs them.
fn yaml(f: &Front) -> String {
    let mut y = Yaml::default();
    y.line(0, "name", &scalar(&f.name));
    y.line(0, "summary", &scalar(&f.summary));
    y.line(0, "kind", &values::yaml_name(&f.kind));
    y.line(0, "life_domains", &flow(f.life_domains.iter().cloned()));
    y.list(0, "neighbourhoods", f.neighbourhoods.iter().cloned());
    y.list(0, "target_groups", f.target_groups.iter().cloned());
    y.list(0, "languages", f.languages.iter().cloned());
    contact(&mut y, &f.contact);
    if let Some(h) = &f.opening_hours {
        y.out.push_str("opening_hours:\n");
        if !h.hours.is_empty() {
            y.out.push_str("  hours:\n");
            for slot in &h.hours {
                let days = flow(slot.days.iter().map(values::yaml_name));
                y.out.push_str(&format!(
                    "    - days: {days}\n      opens: \"{}\"\n      closes: \"{}\"\n",
                    slot.opens, slot.closes
                ));
            }
        }
        y.opt(1, "note", h.note.as_deref());
    }
    y.list(0, "contact_modes", f.contact_modes.iter().map(values::yaml_name));
    y.list(0, "accessibility", f.accessibility.iter().map(values::yaml_name));
    y.opt(0, "free", f.free.map(|b| b.to_string()).as_deref());
    y.opt(0, "independent", f.independent.map(|b| b.to_string()).as_deref());
    y.opt(0, "complaints", f.complaints.as_deref());
    y.line(0, "helps_with_complaints", &f.helps_with_complaints.to_string());
    if let Some(d) = &f.last_reviewed {
        y.line(0, "last_reviewed", d);
    }
    y.out
}

fn contact(y: &mut Yaml, c: &Contact) {
    if c.is_empty() {
        return;
    }
    y.out.push_str("contact:\n");
    if let Some(p) = &c.phone {
        y.line(1, "phone", &quoted(p));
    }
    y.opt(1, "email", c.email.as_deref());
    y.opt(1, "website", c.website.as_deref());
    if let Some(a) = &c.address {
        y.out.push_str("  address:\n");
        y.line(2, "street", &scalar(&a.street));
        y.line(2, "postcode", &quoted(&a.postcode));
        y.line(2, "city", &scalar(&a.city));
    }
}

#[derive(Default)]
struct Yaml {
    out: String,
}

impl Yaml {
    /// `key: value` at `depth` (two spaces each); `value` is written as given.
    fn line(&mut self, depth: usize, key: &str, value: &str) {
        self.out.push_str(&format!("{}{key}: {value}\n", "  ".repeat(depth)));
    }

    fn opt(&mut self, depth: usize, key: &str, value: Option<&str>) {
        if let Some(v) = value {
            let v = if v == "true" || v == "false" {
                v.to_string()
            } else {
                scalar(v)
            };
            self.line(depth, key, &v);
        }
    }

    fn list(&mut self, depth: usize, key: &str, items: impl Iterator<Item = String>) {
        let items: Vec<String> = items.collect();
        if !items.is_empty() {
            self.line(depth, key, &flow(items.into_iter()));
        }
    }
}

fn flow(items: impl Iterator<Item = String>) -> String {
    format!("[{}]", items.map(|i| scalar(&i)).collect::<Vec<_>>().join(", "))
}

/// A JSON string is a YAML double-quoted scalar, escapes and all.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// Plain when YAML reads it back as this same text in any position (also inside
/// `[…]`), quoted otherwise.
fn scalar(s: &str) -> String {
    const WORDS: &[&str] = &["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"];
    let plain = s.chars().next().is_some_and(char::is_alphabetic)
        && s.trim() == s
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !s.chars().any(|c| c.is_control() || "{}[],|>'\"`#".contains(c))
        && !WORDS.contains(&s.to_lowercase().as_str());
    if plain { s.to_string() } else { quoted(s) }
}

/// The slugs written by one import, and for each slug the next number to try: finding a
/// free name takes one step, however many records share a name.
#[derive(Default)]
pub(super) struct Taken {
    slugs: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

impl Taken {
    /// A free name for `base` (see [`Taken::free`]), taken.
    pub(super) fn claim(&mut self, base: &str) -> String {
        let slug = self.free(base);
        self.slugs.insert(slug.clone());
        slug
    }

    /// `base`, or `base-2`, `base-3`, … : the first that no record of this import has.
    fn free(&mut self, base: &str) -> String {
        if !self.slugs.contains(base) {
            return base.to_string();
        }
        let n = self.next.entry(base.to_string()).or_insert(2);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if !self.slugs.contains(&candidate) {
                return candidate;
            }
        }
    }
}

/// Writes `content/providers/<slug>.md` and returns its path relative to `root`. Two
/// records with one slug in the same import get `-2`, `-3`. A file the site would refuse
/// (front matter over the YAML limit, a file over the content limit) is not written.
/// The provider file of `m`, written (unless `dry_run`) under a name no file and no
/// record of this import has.
pub(super) fn provider(root: &Path, m: &Mapped, taken: &mut Taken, dry_run: bool) -> Result<PathBuf, Problem> {
    let slug = taken.free(&m.slug);
    let relative = PathBuf::from(PROVIDERS_DIR).join(format!("{slug}.md"));
    let shown = relative.display().to_string();
    let path = root.join(&relative);
    if path.exists() {
        return Err(Problem::Exists(shown));
    }
    let front = yaml(&m.front);
    let text = text(m);
    if front.len() > steunwijzer_core::yaml::MAX_BYTES || text.len() as u64 > steunwijzer_core::source::MAX_FILE_BYTES {
        return Err(Problem::TooLarge(shown));
    }
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(root.join(PROVIDERS_DIR))?;
        // create_new: a file made in the meantime is not overwritten either.
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path)?;
        file.write_all(text.as_bytes())
    };
    if !dry_run {
        write().map_err(|e| Problem::Failed(shown, e))?;
    }
    taken.slugs.insert(slug);
    Ok(relative)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_free_name_takes_one_step_however_many_share_it() {
        let mut t = Taken::default();
        let mut got = Vec::new();
        for _ in 0..4 {
            let s = t.free("hulp");
            t.slugs.insert(s.clone());
            got.push(s);
        }
        assert_eq!(got, ["hulp", "hulp-2", "hulp-3", "hulp-4"]);
        t.slugs.insert("werk-2".into());
        t.slugs.insert("werk".into());
        assert_eq!(t.free("werk"), "werk-3");
    }

    #[test]
    fn scalars_are_quoted_only_when_yaml_needs_it() {
        assert_eq!(scalar("Buurtmaatjes Schalkwijk"), "Buurtmaatjes Schalkwijk");
        assert_eq!(scalar("Let op: gratis"), "\"Let op: gratis\"");
        assert_eq!(scalar("no"), "\"no\"");
        assert_eq!(scalar("- lijst"), "\"- lijst\"");
        assert_eq!(scalar("Hulp, en zo"), "\"Hulp, en zo\"");
        assert_eq!(scalar("zeg \"ja\"\nen"), "\"zeg \\\"ja\\\"\\nen\"");
        assert_eq!(scalar("2026"), "\"2026\"");
        assert_eq!(scalar("info@x.nl"), "info@x.nl");
        for s in [
            "Let op: gratis",
            "no",
            "- lijst",
            "Hulp, en zo",
            "zeg \"ja\"\nen",
            "Öz",
            "https://x.nl/a#b",
            "a # b",
            "[x]",
            "info@x.nl",
            "A&B *ster* !",
        ] {
            let doc = format!("k: {}\nl: [{}]\n", scalar(s), scalar(s));
            let v: serde_yaml::Value = serde_yaml::from_str(&doc).unwrap();
            assert_eq!(v["k"].as_str(), Some(s), "{doc}");
            assert_eq!(v["l"][0].as_str(), Some(s), "{doc}");
        }
    }
}
