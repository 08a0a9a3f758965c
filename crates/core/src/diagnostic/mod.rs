//! Located problems, and how they are shown to an editor.
//!
//! Every problem carries the file, line and column it is about, so an editor can jump
//! straight to it, the offending source line, so the message makes sense on its own (for
//! example in a CI log), and a stable [`Code`] for tools.

mod code;
mod list;
mod os;
mod render;
mod words;

use std::fmt;

use serde::Serialize;

pub use code::Code;
pub use list::{Diagnostics, Staged};
pub use os::{json_error, os_error, walk_error};
pub use render::for_terminal;
pub use words::{Arg, IntoArg, Msg, has_message, say};

/// How bad a problem is: errors stop a build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// "fout" or "waarschuwing" (in `lang`), from the command line's catalogues.
    pub(crate) fn word(self, lang: Language) -> String {
        let id = match self {
            Severity::Error => "severity-error",
            Severity::Warning => "severity-warning",
        };
        words::say(lang, id, &[])
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.word(Language::english()))
    }
}

/// The language problems are shown in: the site's own by default, when the command line
/// has catalogues in it (`themes/default/locales/cli/<code>.ftl`), else Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Language(usize);

impl Language {
    /// The language of the site at `root`: its `language:` in site.yaml, Dutch when it
    /// has none or site.yaml cannot be read.
    pub fn of_site(root: &std::path::Path) -> Language {
        let text = std::fs::read_to_string(root.join("site.yaml")).unwrap_or_default();
        text.lines()
            .find_map(|l| l.strip_prefix("language:"))
            .and_then(|v| Language::parse(v.trim().trim_matches(['"', '\''])))
            .unwrap_or_default()
    }
}

/// A place in a source file. Lines and columns count from 1; columns count characters,
/// not bytes, because that is what an editor shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    /// From 1.
    pub line: usize,
    /// From 1, in characters.
    pub col: usize,
    /// Number of characters to underline; at least one is shown.
    pub len: usize,
}

impl Span {
    /// `len` characters from `col` on `line`.
    pub fn new(line: usize, col: usize, len: usize) -> Span {
        Span { line, col, len }
    }

    /// The start of a file, for problems that are about the file as a whole.
    pub fn file_start() -> Span {
        Span::new(1, 1, 0)
    }
}

/// One problem.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Error or warning.
    pub(crate) severity: Severity,
    /// The stable code.
    pub code: Code,
    /// The path as the editor should see it (relative to where the command ran).
    pub path: String,
    /// Where in the file.
    pub span: Span,
    /// What is wrong: a message of the command line's catalogues, said in the editor's
    /// language when it is shown.
    pub message: Msg,
    /// How to put it right.
    pub hint: Option<Msg>,
    /// The part of the source line the span points into, captured when the diagnostic is
    /// made: at most [`QUOTE_CHARS`] characters around the column, so a huge line costs
    /// no more than a short one.
    pub(crate) source_line: Option<Quote>,
}

/// The longest message or hint, in characters: they quote values from the file, and a
/// value can be as long as the file.
pub(crate) const MAX_MESSAGE_CHARS: usize = 300;

pub(crate) fn cut(text: String) -> String {
    match text.char_indices().nth(MAX_MESSAGE_CHARS) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
}

/// How many characters of a source line a diagnostic quotes.
pub(crate) const QUOTE_CHARS: usize = 100;

/// A cut of a source line: its text (with `…` where it was cut) and the character
/// column, within that text, the span starts at (0-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Quote {
    pub text: String,
    pub start: usize,
}

impl Quote {
    /// The cut of `line` around the 1-based character column `col`.
    pub(crate) fn of(line: &str, col: usize) -> Quote {
        let col = col.saturating_sub(1);
        let total = line.chars().count();
        if total <= QUOTE_CHARS {
            return Quote {
                text: line.to_string(),
                start: col.min(total),
            };
        }
        let from = col.saturating_sub(QUOTE_CHARS / 3).min(total - QUOTE_CHARS);
        let mut text: String = line.chars().skip(from).take(QUOTE_CHARS).collect();
        let mut start = col.min(total) - from;
        if from > 0 {
            text.insert(0, '…');
            start += 1;
        }
        if from + QUOTE_CHARS < total {
            text.push('…');
        }
        Quote { text, start }
    }
}

impl Diagnostic {
    fn new(severity: Severity, code: Code, path: &str, span: Span, message: impl Into<Msg>) -> Self {
        Diagnostic {
            severity,
            code,
            path: path.to_string(),
            span,
            message: message.into(),
            hint: None,
            source_line: None,
        }
    }

    /// An error at `span` of `path`.
    pub fn error(code: Code, path: &str, span: Span, message: impl Into<Msg>) -> Self {
        Diagnostic::new(Severity::Error, code, path, span, message)
    }

    /// A warning at `span` of `path`.
    pub fn warning(code: Code, path: &str, span: Span, message: impl Into<Msg>) -> Self {
        Diagnostic::new(Severity::Warning, code, path, span, message)
    }

    /// An error about a whole file or folder (`path:1:1`).
    pub fn file_error(code: Code, path: &str, message: impl Into<Msg>) -> Self {
        Diagnostic::error(code, path, Span::file_start(), message)
    }

    /// A warning about a whole file or folder (`path:1:1`).
    pub fn file_warning(code: Code, path: &str, message: impl Into<Msg>) -> Self {
        Diagnostic::warning(code, path, Span::file_start(), message)
    }

    /// With a hint.
    pub fn with_hint(mut self, hint: impl Into<Msg>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub(crate) fn with_hint_opt(mut self, hint: Option<Msg>) -> Self {
        self.hint = hint;
        self
    }

    /// Attaches the source line the span points at, so the rendering can quote it.
    pub fn with_source(mut self, text: &str) -> Self {
        if self.span.line > 0 {
            self.source_line = text
                .lines()
                .nth(self.span.line - 1)
                .map(|l| Quote::of(l, self.span.col));
        }
        self
    }

    pub(crate) fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// An error and its causes on one line ("a: b: c"), for errors from libraries.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}
