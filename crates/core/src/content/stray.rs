//! Files an editor meant as content but that are not read: a provider saved in `content/`
//! instead of `content/providers/`, `buurtkamer.MD`, `buurtkamer.md.txt` or a name without
//! an extension. Each would quietly be left off the site; here it becomes an error at the
//! file, with the name or place that would work.

use crate::msg;
use std::path::Path;

use super::{LIFE_DOMAINS, NEIGHBOURHOODS, PAGES_DIR, PROVIDERS_DIR, SITUATIONS, VOCABULARY};
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};
use crate::source;
use crate::suggest;

/// The list files `content/` may hold itself.
const LIST_FILES: [&str; 4] = [LIFE_DOMAINS, NEIGHBOURHOODS, VOCABULARY, SITUATIONS];

/// The name a file in a content folder should have to be read, when its name says it was
/// meant as Markdown (`a.MD`, `a.markdown`, `a.md.txt`, `a.txt`, `a`); None for other files
/// (a photo, a PDF), which are ignored with a warning.
pub(super) fn meant_as_markdown(file_name: &str) -> Option<String> {
    let lower = file_name.to_lowercase();
    if let Some(i) = lower.find(".md.") {
        return Some(format!("{}.md", &file_name[..i]));
    }
    let Some((stem, ext)) = file_name.rsplit_once('.') else {
        return Some(format!("{file_name}.md"));
    };
    matches!(
        ext.to_lowercase().as_str(),
        "md" | "markdown" | "mdown" | "mkd" | "txt" | "text"
    )
    .then(|| format!("{stem}.md"))
}

/// The diagnostic for a file in a content folder whose name does not end in `.md`.
pub(super) fn not_markdown(display: &str, file_name: &str) -> Diagnostic {
    match meant_as_markdown(file_name) {
        Some(fixed) => Diagnostic::file_error(Code::NotMarkdown, display, msg!("file-not-read-name-does-not"))
            .with_hint(msg!("rename-to", fixed)),
        None => Diagnostic::warning(
            Code::NotMarkdown,
            display,
            Span::file_start(),
            msg!("ignored-not-markdown-file"),
        )
        .with_hint(msg!("only-files-ending-md-are-read")),
    }
}

/// Reports the files of `content/` outside `providers/` and `pages/` that are not one of
/// the list files: Markdown there is an error (it is never published), a YAML file a
/// warning (a misspelt list file name is read as no file at all).
pub(super) fn report(root: &Path, out: &mut Diagnostics) {
    let content = root.join("content");
    if !content.is_dir() {
        return;
    }
    // Unreadable entries are reported where they matter: in the content folders.
    let skipped = vec![root.join(PROVIDERS_DIR), root.join(PAGES_DIR)];
    for entry in source::walk_skipping(&content, skipped).flatten() {
        let rel = source::rel_path(root, entry.path());
        if !entry.file_type().is_file() || LIST_FILES.contains(&rel.as_str()) {
            continue;
        }
        let display = source::display_path(root, Path::new(&rel));
        let name = entry.file_name().to_string_lossy();
        out.extend(misplaced(&display, &name, || front_matter_kind(entry.path())));
    }
}

/// What a file in the wrong place of `content/` is told, if anything.
fn misplaced(display: &str, name: &str, kind: impl FnOnce() -> Folder) -> Option<Diagnostic> {
    let lower = name.to_lowercase();
    if lower.ends_with(".yaml") || lower.ends_with(".yml") {
        let known = LIST_FILES.map(|f| f.trim_start_matches("content/"));
        let hint = match suggest::did_you_mean(&lower, known) {
            Some(meant) => msg!("did-you-mean-content", meant),
            None => msg!("files-read-here-are", known = known.join(", ")),
        };
        let d = Diagnostic::file_warning(Code::MisplacedFile, display, msg!("ignored-file-not-read"));
        return Some(d.with_hint(hint));
    }
    if !lower.ends_with(".md") && meant_as_markdown(name).is_none() {
        return None;
    }
    let folder = match kind() {
        Folder::Providers => PROVIDERS_DIR,
        Folder::Pages => PAGES_DIR,
    };
    let fixed = meant_as_markdown(name).unwrap_or_else(|| name.to_string());
    Some(
        Diagnostic::file_error(
            Code::MisplacedFile,
            display,
            msg!("file-not-published-provider-files-go"),
        )
        .with_hint(msg!("move", folder, fixed)),
    )
}

/// Which content folder a file most likely belongs in.
#[derive(Debug, PartialEq)]
enum Folder {
    Providers,
    Pages,
}

/// A provider when the file's front matter names provider keys, a free page otherwise.
fn front_matter_kind(path: &Path) -> Folder {
    use std::io::Read as _;
    // A provider's keys come early: the first few KB tell, however large the file is.
    let mut bytes = Vec::new();
    if let Ok(file) = std::fs::File::open(path) {
        let _ = file.take(4096).read_to_end(&mut bytes);
    }
    let head = String::from_utf8_lossy(&bytes);
    let provider = head.lines().any(|l| {
        ["kind:", "life_domains:", "last_reviewed:"]
            .iter()
            .any(|k| l.starts_with(k))
    });
    if provider { Folder::Providers } else { Folder::Pages }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    #[test]
    fn names_meant_as_markdown_get_the_name_that_works() {
        let cases = [
            ("buurtkamer.MD", Some("buurtkamer.md")),
            ("buurtkamer.md.txt", Some("buurtkamer.md")),
            ("buurtkamer.Markdown", Some("buurtkamer.md")),
            ("buurtkamer.txt", Some("buurtkamer.md")),
            ("buurtkamer", Some("buurtkamer.md")),
            ("foto.jpg", None),
            ("folder.pdf", None),
        ];
        for (name, fixed) in cases {
            assert_eq!(meant_as_markdown(name).as_deref(), fixed, "{name}");
        }
    }

    #[test]
    fn a_misplaced_file_is_told_where_it_belongs() {
        let provider = misplaced("content/a.md", "a.md", || Folder::Providers).unwrap();
        assert_eq!(provider.code, Code::MisplacedFile);
        assert_eq!(provider.severity, Severity::Error);
        assert_eq!(
            provider.hint.as_ref().map(crate::diagnostic::Msg::english).as_deref(),
            Some("move it to `content/providers/a.md`")
        );
        let page = misplaced("content/x/over.MD", "over.MD", || Folder::Pages).unwrap();
        assert_eq!(
            page.hint.as_ref().map(crate::diagnostic::Msg::english).as_deref(),
            Some("move it to `content/pages/over.md`")
        );
        let yaml = misplaced("content/life-domain.yaml", "life-domain.yaml", || Folder::Pages).unwrap();
        assert_eq!(yaml.severity, Severity::Warning);
        assert_eq!(
            yaml.hint.as_ref().map(crate::diagnostic::Msg::english).as_deref(),
            Some("did you mean `content/life-domains.yaml`?")
        );
        assert!(misplaced("content/logo.png", "logo.png", || Folder::Pages).is_none());
    }
}
