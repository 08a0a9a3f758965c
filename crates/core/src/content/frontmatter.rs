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

/// Front matter sits between a first line `---` and the next line `---`. Without the
/// closing line, the error says where the front matter seems to end (before the first
/// line that cannot be YAML) and the file is split there, so that its other problems are
/// found in the same run.
pub(crate) fn split(src: &SourceFile) -> Result<(Parts<'_>, Option<Diagnostic>), Diagnostic> {
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
    let mut guess = None;
    for (line, l) in (2..).zip(text[front_start..].split_inclusive('\n')) {
        let trimmed = l.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let body_start = offset + l.len();
            let parts = Parts {
                front: &text[front_start..offset],
                front_line: 2,
                body: &text[body_start..],
                body_line: line + 1,
            };
            return Ok((parts, None));
        }
        if guess.is_none() && !could_be_yaml(trimmed) {
            guess = Some((line, offset));
        }
        offset += l.len();
    }
    let (line, at) = guess.unwrap_or((2 + text[front_start..].split_inclusive('\n').count(), text.len()));
    let unclosed = Diagnostic::error(
        Code::UnclosedFrontMatter,
        &src.display,
        Span::new(1, 1, 3),
        msg!("front-matter-not-closed"),
    )
    .with_hint(msg!("add-line-before-line", line))
    .with_source(text);
    let parts = Parts {
        front: &text[front_start..at],
        front_line: 2,
        body: &text[at..],
        body_line: line,
    };
    Ok((parts, Some(unclosed)))
}

/// Whether a line can be part of front matter: empty, a comment, indented, a list item or
/// `key:` with a key of letters, digits, `_` and `-` (a sentence has spaces before its
/// first colon).
fn could_be_yaml(line: &str) -> bool {
    if line.is_empty() || line.starts_with([' ', '\t', '#', '-']) {
        return true;
    }
    line.split_once(':').is_some_and(|(key, rest)| {
        !key.is_empty()
            && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            && (rest.is_empty() || rest.starts_with([' ', '\t']))
    })
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
        let p = split(&s).unwrap().0;
        assert_eq!(p.front, "name: x\nkind: union\n");
        assert_eq!((p.front_line, p.body_line), (2, 5));
        assert_eq!(p.body, "Hallo\n");
    }

    #[test]
    fn empty_front_matter_and_trailing_spaces() {
        let s = src("--- \n---\n");
        let p = split(&s).unwrap().0;
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
        let s = src("---\nname: x\n");
        let (parts, unclosed) = split(&s).unwrap();
        assert!(unclosed.unwrap().message.english().contains("not closed"));
        assert_eq!((parts.front, parts.body), ("name: x\n", ""));
        assert!(split(&src("")).is_err());
    }

    #[test]
    fn an_unclosed_front_matter_ends_before_the_first_line_that_cannot_be_yaml() {
        let text = "---\nname: x\ncontact:\n  phone: \"1\"\n# note\nlife_domains:\n  - wonen\n\nWij helpen u: gratis.\nlast_reviewed: 2026-01-01\n";
        let s = src(text);
        let (parts, unclosed) = split(&s).unwrap();
        assert_eq!(
            parts.front,
            "name: x\ncontact:\n  phone: \"1\"\n# note\nlife_domains:\n  - wonen\n\n"
        );
        assert_eq!(parts.body, "Wij helpen u: gratis.\nlast_reviewed: 2026-01-01\n");
        assert_eq!(parts.body_line, 9);
        let hint = unclosed.unwrap().hint.unwrap().english();
        assert!(hint.contains("above line 9"), "{hint}");
    }
}
