//! The three ways diagnostics are shown: for people (`path:line:col: error: message`, the
//! quoted line and a hint), as JSON for tools, and as GitHub workflow annotations.

use std::fmt::Write as _;

use serde::Serialize;

use super::{Diagnostic, Diagnostics};

impl Diagnostic {
    /// `path:line:col: severity: message`, followed by the quoted line and the hint.
    pub(crate) fn render(&self) -> String {
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

/// The document `check --format json` prints.
#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    diagnostics: Vec<&'a Diagnostic>,
}

impl Diagnostics {
    /// Every diagnostic for people, then a closing count line.
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

    /// `{"errors": n, "warnings": n, "diagnostics": [...]}`, for tools. Keys are in
    /// alphabetical order (`serde_json`'s own map order), so the output is stable.
    pub fn render_json(&self) -> String {
        let report = JsonReport {
            errors: self.error_count(),
            warnings: self.warning_count(),
            diagnostics: self.sorted(),
        };
        serde_json::to_value(&report)
            .and_then(|v| serde_json::to_string_pretty(&v))
            .unwrap_or_default()
            + "\n"
    }

    /// GitHub Actions workflow commands, so a forge shows each problem on its line.
    pub fn render_github(&self) -> String {
        let mut out = String::new();
        for d in self.sorted() {
            let text = match &d.hint {
                Some(h) => format!("{}\nHint: {h}", d.message),
                None => d.message.clone(),
            };
            let _ = writeln!(
                out,
                "::{} file={},line={},col={},title=steunwijzer::{}",
                d.severity,
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
    use crate::diagnostic::{Code, Span};

    #[test]
    fn renders_location_quote_and_hint() {
        let text = "---\nlife_domains: [wonen, woonen]\n---\n";
        let d = Diagnostic::error(
            Code::UnknownLifeDomain,
            "p.md",
            Span::new(2, 23, 6),
            "unknown life domain `woonen`",
        )
        .with_hint("did you mean `wonen`?")
        .with_source(text);
        let r = d.render();
        assert!(r.starts_with("p.md:2:23: error: unknown life domain `woonen`\n"));
        assert!(r.contains(" 2 | life_domains: [wonen, woonen]\n"));
        assert!(r.contains("   |                       ^^^^^^\n"), "{r}");
        assert!(r.contains("= hint: did you mean `wonen`?"));
    }

    #[test]
    fn counts_close_the_list() {
        let ds = crate::diagnostic::list::tests::three_problems();
        assert!(ds.render().ends_with("2 errors, 1 warning\n"));
        assert_eq!(Diagnostics::new().render(), "");
    }

    #[test]
    fn machine_formats() {
        let mut ds = Diagnostics::new();
        ds.push(Diagnostic::error(Code::InvalidPhone, "a,b.md", Span::new(3, 7, 2), "50% wrong").with_hint("fix: it"));
        let gh = ds.render_github();
        assert_eq!(
            gh,
            "::error file=a%2Cb.md,line=3,col=7,title=steunwijzer::50%25 wrong%0AHint: fix: it\n"
        );
        let json = ds.render_json();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["errors"], 1);
        assert_eq!(v["diagnostics"][0]["line"], 3);
        assert_eq!(v["diagnostics"][0]["hint"], "fix: it");
        assert_eq!(v["diagnostics"][0]["code"], "invalid-phone");
        let keys: Vec<&str> = json.lines().filter_map(|l| l.trim().split('"').nth(1)).collect();
        assert_eq!(
            keys,
            [
                "diagnostics",
                "code",
                "col",
                "hint",
                "len",
                "line",
                "message",
                "path",
                "severity",
                "errors",
                "warnings"
            ],
            "alphabetical keys"
        );
    }

    #[test]
    fn underline_is_clamped_to_the_line() {
        let d = Diagnostic::error(Code::EmptyBody, "x", Span::new(1, 50, 10), "m").with_source("short");
        let r = d.render();
        assert!(r.contains("|      ^\n"), "{r}");
    }
}
