//! Located problems in the content, and how they are shown to an editor.
//!
//! Every problem carries the file, line and column it is about, so an editor can jump
//! straight to it, and the offending source line, so the message makes sense on its own
//! (for example in a CI log).

use std::fmt::{self, Write as _};

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A place in a source file. Lines and columns count from 1; columns count characters,
/// not bytes, because that is what an editor shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    pub line: usize,
    pub col: usize,
    /// Number of characters to underline; at least one is shown.
    pub len: usize,
}

impl Span {
    pub fn new(line: usize, col: usize, len: usize) -> Span {
        Span { line, col, len }
    }

    /// The start of a file, for problems that are about the file as a whole.
    pub fn file_start() -> Span {
        Span::new(1, 1, 0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The path as the editor should see it (relative to where the command ran).
    pub path: String,
    #[serde(flatten)]
    pub span: Span,
    pub message: String,
    pub hint: Option<String>,
    /// The source line the span points into, captured when the diagnostic is made.
    #[serde(skip)]
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, path: &str, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            path: path.to_string(),
            span,
            message: message.into(),
            hint: None,
            source_line: None,
        }
    }

    pub fn error(path: &str, span: Span, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Error, path, span, message)
    }

    pub fn warning(path: &str, span: Span, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Warning, path, span, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_hint_opt(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }

    /// Attaches the source line the span points at, so the rendering can quote it.
    pub fn with_source(mut self, text: &str) -> Self {
        if self.span.line > 0 {
            self.source_line = text.lines().nth(self.span.line - 1).map(str::to_string);
        }
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col: severity: message`, followed by the quoted line and the hint.
    pub fn render(&self) -> String {
        let mut out = format!(
            "{}:{}:{}: {}: {}\n",
            self.path, self.span.line, self.span.col, self.severity, self.message
        );
        if let Some(line) = &self.source_line {
            let number = self.span.line.to_string();
            let pad = " ".repeat(number.len());
            let shown: String = line.replace('\t', " ");
            let width = shown.chars().count();
            let start = self.span.col.saturating_sub(1).min(width);
            let len = self.span.len.max(1).min(width.saturating_sub(start).max(1));
            let _ = writeln!(out, " {pad} |");
            let _ = writeln!(out, " {number} | {shown}");
            let _ = writeln!(out, " {pad} | {}{}", " ".repeat(start), "^".repeat(len));
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "  = hint: {hint}");
        }
        out
    }
}

/// All problems found in one run, in a stable order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sorted by file, then position, so output does not depend on discovery order.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| {
            (&a.path, a.span.line, a.span.col, a.severity, &a.message).cmp(&(
                &b.path,
                b.span.line,
                b.span.col,
                b.severity,
                &b.message,
            ))
        });
        v.dedup_by(|a, b| a == b);
        v
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }

    /// Only the errors, with their count: what must be fixed before the site builds.
    pub fn render_errors(&self) -> String {
        let mut errors = Diagnostics::new();
        errors.extend(self.items.iter().filter(|d| d.is_error()).cloned());
        errors.render()
    }

    /// Every diagnostic, then a closing count line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for d in self.sorted() {
            out.push_str(&d.render());
            out.push('\n');
        }
        let (e, w) = (self.error_count(), self.warning_count());
        if e + w > 0 {
            let _ = writeln!(out, "{}, {}", plural(e, "error"), plural(w, "warning"));
        }
        out
    }
}

impl Diagnostics {
    /// `{"errors": n, "warnings": n, "diagnostics": [...]}`, for tools.
    pub fn render_json(&self) -> String {
        let items: Vec<serde_json::Value> = self
            .sorted()
            .into_iter()
            .map(|d| {
                serde_json::json!({
                    "severity": d.severity,
                    "path": d.path,
                    "line": d.span.line,
                    "col": d.span.col,
                    "len": d.span.len,
                    "message": d.message,
                    "hint": d.hint,
                })
            })
            .collect();
        let doc = serde_json::json!({
            "errors": self.error_count(),
            "warnings": self.warning_count(),
            "diagnostics": items,
        });
        serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
    }

    /// GitHub Actions workflow commands, so a forge shows each problem on its line.
    pub fn render_github(&self) -> String {
        let mut out = String::new();
        for d in self.sorted() {
            let kind = if d.is_error() { "error" } else { "warning" };
            let text = match &d.hint {
                Some(h) => format!("{}\nHint: {h}", d.message),
                None => d.message.clone(),
            };
            let _ = writeln!(
                out,
                "::{kind} file={},line={},col={},title=steunwijzer::{}",
                escape_property(&d.path),
                d.span.line,
                d.span.col,
                escape_data(&text)
            );
        }
        out
    }
}

/// Escaping of a workflow command's message (GitHub's rules).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escaping of a workflow command's property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
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

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_quote_and_hint() {
        let text = "---\nlife_domains: [wonen, woonen]\n---\n";
        let d = Diagnostic::error("p.md", Span::new(2, 23, 6), "unknown life domain `woonen`")
            .with_hint("did you mean `wonen`?")
            .with_source(text);
        let r = d.render();
        assert!(r.starts_with("p.md:2:23: error: unknown life domain `woonen`\n"));
        assert!(r.contains(" 2 | life_domains: [wonen, woonen]\n"));
        assert!(r.contains("   |                       ^^^^^^\n"), "{r}");
        assert!(r.contains("= hint: did you mean `wonen`?"));
    }

    #[test]
    fn sorts_by_path_and_position_and_counts() {
        let mut ds = Diagnostics::new();
        ds.push(Diagnostic::warning("b.md", Span::new(1, 1, 1), "w"));
        ds.push(Diagnostic::error("a.md", Span::new(9, 1, 1), "late"));
        ds.push(Diagnostic::error("a.md", Span::new(2, 5, 1), "early"));
        let order: Vec<&str> = ds.sorted().iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["early", "late", "w"]);
        assert!(ds.has_errors());
        assert!(ds.render().ends_with("2 errors, 1 warning\n"));
    }

    #[test]
    fn machine_formats() {
        let mut ds = Diagnostics::new();
        ds.push(Diagnostic::error("a,b.md", Span::new(3, 7, 2), "50% wrong").with_hint("fix: it"));
        let gh = ds.render_github();
        assert_eq!(
            gh,
            "::error file=a%2Cb.md,line=3,col=7,title=steunwijzer::50%25 wrong%0AHint: fix: it\n"
        );
        let v: serde_json::Value = serde_json::from_str(&ds.render_json()).unwrap();
        assert_eq!(v["errors"], 1);
        assert_eq!(v["diagnostics"][0]["line"], 3);
        assert_eq!(v["diagnostics"][0]["hint"], "fix: it");
    }

    #[test]
    fn underline_is_clamped_to_the_line() {
        let d = Diagnostic::error("x", Span::new(1, 50, 10), "m").with_source("short");
        let r = d.render();
        assert!(r.contains("|      ^\n"), "{r}");
    }
}
