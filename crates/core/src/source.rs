//! Reading the site's files the way editors write them (UTF-8, perhaps with a byte order
//! mark, perhaps with Windows line endings), walking its folders, and turning byte
//! positions into the lines and columns an editor shows.

use crate::msg;
use std::path::Path;

use walkdir::{DirEntry, WalkDir};

use crate::diagnostic::{Code, Diagnostic, Span};
use crate::text;

/// The largest content or list file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// A text file of the site, normalised to `\n` line endings and without a BOM.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as shown in messages: the site root joined with the relative path.
    pub display: String,
    /// The text (UTF-8, without a byte order mark).
    pub text: String,
}

impl SourceFile {
    /// Reads `root/rel`. Fails with a located diagnostic when the file is not UTF-8 or
    /// larger than [`MAX_FILE_BYTES`]; no more than that is ever read.
    pub fn read(root: &Path, rel: &Path) -> Result<SourceFile, Diagnostic> {
        use std::io::Read as _;
        if let Some(link) = link_on_the_way(root, rel) {
            return Err(link);
        }
        let display = display_path(root, rel);
        let unreadable = |e: std::io::Error| {
            Diagnostic::file_error(
                Code::Unreadable,
                &display,
                msg!("cannot-read-file", error = crate::diagnostic::os_error(&e)),
            )
        };
        let file = std::fs::File::open(root.join(rel)).map_err(unreadable)?;
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Diagnostic::file_error(
                Code::TooLarge,
                &display,
                msg!("file-larger-than-kb-most-content", max = MAX_FILE_BYTES / 1024),
            )
            .with_hint(msg!("provider-page-needs-few-kb-remove")));
        }
        Self::from_bytes(display, bytes)
    }

    /// A file read as `display`: an error when it is not UTF-8 text, which names a Word
    /// or RTF file as such (a `.docx` renamed to `.md` is a volunteer's likely slip).
    pub fn from_bytes(display: String, bytes: Vec<u8>) -> Result<Self, Diagnostic> {
        if let Some(kind) = word_processor_file(&bytes) {
            return Err(
                Diagnostic::file_error(Code::NotUtf8, &display, msg!("file-is-word-document", kind))
                    .with_hint(msg!("save-as-plain-text")),
            );
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                // The valid prefix is UTF-8 by definition, so this cannot fail.
                let prefix = std::str::from_utf8(valid).unwrap_or_default();
                let span = span_at_end_of(prefix);
                return Err(
                    Diagnostic::error(Code::NotUtf8, &display, span, msg!("file-not-valid-utf-8-text"))
                        .with_hint(msg!("save-file-as-utf-8-most")),
                );
            }
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let text = text.replace("\r\n", "\n");
        Ok(SourceFile { display, text })
    }
}

impl SourceFile {
    /// An error for each line that holds a control, bidi or invisible character (see
    /// [`text::is_hidden_control`]): such characters can reverse or hide the site's own
    /// sentences around a name and reach editors' terminals. At most one per line.
    pub(crate) fn hidden_characters(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (i, line) in self.text.lines().enumerate() {
            let Some((col, c)) = line.chars().enumerate().find(|(_, c)| text::is_hidden_control(*c)) else {
                continue;
            };
            let message = msg!(
                "line-holds-invisible-character-that-can",
                char_name = text::char_name(c)
            );
            out.push(
                Diagnostic::error(
                    Code::HiddenCharacter,
                    &self.display,
                    Span::new(i + 1, col + 1, 1),
                    message,
                )
                .with_hint(msg!("delete-retype-text-around-paste-as"))
                .with_source(&self.text),
            );
        }
        out
    }
}

/// An error when `rel`, or a folder on the way to it from `root`, is a symbolic link: a
/// site's files are read where they are, never through a link that could lead out of the
/// site (to `.git/`, to a home folder) and publish what lies there. The root itself may
/// be a link.
pub fn link_on_the_way(root: &Path, rel: &Path) -> Option<Diagnostic> {
    let mut at = std::path::PathBuf::new();
    for part in rel.components() {
        at.push(part);
        let is_link = std::fs::symlink_metadata(root.join(&at)).is_ok_and(|m| m.file_type().is_symlink());
        if is_link {
            return Some(symbolic_link(&display_path(root, &at)));
        }
    }
    None
}

/// The error for a symbolic link among the site's files, shown as `display`.
pub fn symbolic_link(display: &str) -> Diagnostic {
    Diagnostic::file_error(
        Code::SymbolicLink,
        display,
        msg!("symbolic-link-links-are-not-followed"),
    )
    .with_hint(msg!("put-file-folder-itself-here-instead"))
}

/// `root/rel` without a leading `./`, the form an editor can click on.
pub fn display_path(root: &Path, rel: &Path) -> String {
    let joined = if root == Path::new(".") || root.as_os_str().is_empty() {
        rel.to_path_buf()
    } else {
        root.join(rel)
    };
    let s = joined.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// `path` relative to `root`, with forward slashes.
pub(crate) fn rel_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Everything below `dir`, in name order, without hidden files and folders (`.git`, editor
/// swap files): they are never part of a site.
pub fn walk(dir: &Path) -> impl Iterator<Item = walkdir::Result<DirEntry>> {
    walk_skipping(dir, Vec::new())
}

/// As [`walk`], without the folders `skipped` and what they hold.
pub(crate) fn walk_skipping(
    dir: &Path,
    skipped: Vec<std::path::PathBuf>,
) -> impl Iterator<Item = walkdir::Result<DirEntry>> {
    WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| {
            e.depth() == 0
                || !(e.file_name().to_string_lossy().starts_with('.') || skipped.iter().any(|s| e.path() == s))
        })
}

/// The position just after `prefix`, as 1-based line and character column.
pub fn span_at_end_of(prefix: &str) -> Span {
    let line = prefix.matches('\n').count() + 1;
    let col = prefix.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Span::new(line, col, 1)
}

/// The span of the byte range `start..end` of `text`, shifted by `first_line - 1` lines.
pub(crate) fn span_of_range(text: &str, start: usize, end: usize, first_line: usize) -> Span {
    let start = floor_char_boundary(text, start);
    let end = floor_char_boundary(text, end.max(start));
    let before = &text[..start];
    let mut span = span_at_end_of(before);
    span.line += first_line - 1;
    let covered = &text[start..end];
    span.len = covered.split('\n').next().unwrap_or("").chars().count().max(1);
    span
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// What a word processor's file starts with: a `.docx` or `.odt` (a zip), an old `.doc`
/// and an RTF file.
fn word_processor_file(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"PK\x03\x04") {
        Some(if bytes.windows(8).take(200).any(|w| w == b"opendocu") {
            ".odt"
        } else {
            ".docx"
        })
    } else if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        Some(".doc")
    } else if bytes.starts_with(b"{\\rtf") {
        Some(".rtf")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn links_on_the_way_to_a_file_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("real/css")).unwrap();
        std::fs::write(root.join("real/css/a.css"), "a").unwrap();
        std::os::unix::fs::symlink(root.join("real"), root.join("static")).unwrap();
        std::os::unix::fs::symlink(root.join("real/css/a.css"), root.join("real/b.css")).unwrap();
        assert!(link_on_the_way(root, Path::new("real/css/a.css")).is_none());
        let d = link_on_the_way(root, Path::new("static/css/a.css")).unwrap();
        assert_eq!(
            (d.code, d.path.as_str()),
            (Code::SymbolicLink, root.join("static").to_str().unwrap())
        );
        assert!(link_on_the_way(root, Path::new("real/b.css")).is_some());
        assert!(SourceFile::read(root, Path::new("static/css/a.css")).is_err());
    }

    #[test]
    fn strips_bom_and_crlf() {
        let f = SourceFile::from_bytes("x".into(), b"\xef\xbb\xbfa\r\nb\r\n".to_vec()).unwrap();
        assert_eq!(f.text, "a\nb\n");
    }

    #[test]
    fn reports_position_of_invalid_utf8() {
        let err = SourceFile::from_bytes("x.md".into(), b"ok\nca\xe9\n".to_vec()).unwrap_err();
        assert_eq!(err.span, Span::new(2, 3, 1));
        assert_eq!(err.code, Code::NotUtf8);
    }

    #[test]
    fn a_word_file_is_named_as_such() {
        for (bytes, kind) in [
            (&b"PK\x03\x04\x14\x00word/document.xml"[..], ".docx"),
            (&[0xd0, 0xcf, 0x11, 0xe0, 0xa1][..], ".doc"),
            (&b"{\\rtf1\\ansi Hallo"[..], ".rtf"),
        ] {
            let err = SourceFile::from_bytes("x.md".into(), bytes.to_vec()).unwrap_err();
            let said = err.message.english();
            assert!(said.contains(kind), "{said}");
            assert!(err.hint.unwrap().english().contains("Plain text"));
        }
    }

    #[test]
    fn display_path_drops_dot() {
        assert_eq!(display_path(Path::new("."), Path::new("content/a.md")), "content/a.md");
        assert_eq!(display_path(Path::new("site"), Path::new("a.md")), "site/a.md");
    }

    #[test]
    fn range_to_span_counts_characters() {
        let text = "één\ntwee drie";
        assert_eq!(span_of_range(text, 11, 15, 5), Span::new(6, 6, 4));
    }

    #[test]
    fn walks_in_name_order_without_hidden_files() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["b.md", "a/c.md", ".git/x", "a/.d.swp"] {
            let p = dir.path().join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "").unwrap();
        }
        let found: Vec<String> = walk(dir.path())
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| rel_path(dir.path(), e.path()))
            .collect();
        assert_eq!(found, ["a/c.md", "b.md"]);
    }
}
