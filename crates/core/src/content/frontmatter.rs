//! Splitting a content file into YAML front matter and a Markdown body.

use crate::diagnostic::{Code, Diagnostic, Span};
use crate::msg;
use crate::source::SourceFile;

/// The two parts of a content file, with the lines they start on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parts<'a> {
    pub front: &'a str,
    pub(crate) front_line: usize,
    pub body: &'a str,
    pub(crate) body_line: usize,
}

/// Front matter sits between a first line `---` and the next line `---`.
pub(crate) fn split(src: &SourceFile) -> Result<Parts<'_>, Diagnostic> {
    let text = src.text.as_str();
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Err(Diagnostic::error(
            Code::MissingFrontMatter,
            &src.display,
            Span::new(1, 1, 3),
            msg!("missing-front-matter"),
        )
        .with_hint(msg!("start-file-with-line-then-key"))
        .with_source(text));
    }
    let front_start = (first_end + 1).min(text.len());
    let mut offset = front_start;
    for (line, l) in (2..).zip(text[front_start..].split_inclusive('\n')) {
        let trimmed = l.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let body_start = offset + l.len();
            return Ok(Parts {
                front: &text[front_start..offset],
                front_line: 2,
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        offset += l.len();
    }
    Err(Diagnostic::error(
        Code::UnclosedFrontMatter,
        &src.display,
        Span::new(1, 1, 3),
        msg!("front-matter-not-closed"),
    )
    .with_hint(msg!("add-line-after-last-key-value"))
    .with_source(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> SourceFile {
        SourceFile {
            display: "p.md".into(),
            text: text.into(),
        }
    }

    #[test]
    fn splits_front_matter_and_body() {
        let s = src("---\nname: x\nkind: union\n---\nHallo\n");
        let p = split(&s).unwrap();
        assert_eq!(p.front, "name: x\nkind: union\n");
        assert_eq!((p.front_line, p.body_line), (2, 5));
        assert_eq!(p.body, "Hallo\n");
    }

    #[test]
    fn empty_front_matter_and_trailing_spaces() {
        let s = src("--- \n---\n");
        let p = split(&s).unwrap();
        assert_eq!(p.front, "");
        assert_eq!(p.body, "");
    }

    #[test]
    fn missing_and_unclosed() {
        assert!(
            split(&src("name: x\n"))
                .unwrap_err()
                .message
                .english()
                .contains("missing front matter")
        );
        assert!(
            split(&src("---\nname: x\n"))
                .unwrap_err()
                .message
                .english()
                .contains("not closed")
        );
        assert!(split(&src("")).is_err());
    }
}
