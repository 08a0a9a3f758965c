//! The three ways diagnostics are shown: for people (`path:line:col: error: message`, the
//! quoted line and a hint), as JSON for tools, and as GitHub workflow annotations.

use std::fmt::Write as _;

use serde::Serialize;

use super::{Diagnostic, Diagnostics, Language, Severity, cut};
use crate::msg;

impl Diagnostic {
    /// `path:line:col: severity: message`, followed by the quoted line and the hint.
    /// Nothing a file holds reaches the terminal as a control character: those in the
    /// quoted line show as `�` (one column, so the underline stays in place), those in
    /// messages as `\u{1b}`.
    pub fn render(&self, lang: Language) -> String {
        let mut out = format!(
            "{}:{}:{}: {}: {}\n",
            terminal_safe(&self.path),
            self.span.line,
            self.span.col,
            self.severity.word(lang),
            terminal_safe(&self.message_in(lang))
        );
        if let Some(quote) = &self.source_line {
            let number = self.span.line.to_string();
            let pad = " ".repeat(number.len());
            let shown: String = quote
                .text
                .chars()
                .map(|c| match c {
                    '\t' => ' ',
                    c if crate::text::is_hidden_control(c) => '\u{fffd}',
                    c => c,
                })
                .collect();
            let width = shown.chars().count();
            let start = quote.start.min(width);
            let len = self.span.len.max(1).min(width.saturating_sub(start).max(1));
            let _ = writeln!(out, " {pad} |");
            let _ = writeln!(out, " {number} | {shown}");
            let _ = writeln!(out, " {pad} | {}{}", " ".repeat(start), "^".repeat(len));
        }
        if let Some(hint) = &self.hint {
            let word = super::words::say(lang, "hint", &[]);
            let _ = writeln!(out, "  = {word}: {}", terminal_safe(&cut(hint.say(lang))));
        }
        out
    }

    /// The message in `lang`, cut to [`MAX_MESSAGE_CHARS`](super::MAX_MESSAGE_CHARS): it
    /// quotes values from the file, and a value can be as long as the file.
    pub fn message_in(&self, lang: Language) -> String {
        cut(self.message.say(lang))
    }

    /// This diagnostic with its message and hint said in `lang`.
    fn in_language(&self, lang: Language) -> Shown<'_> {
        Shown {
            severity: self.severity,
            code: self.code,
            path: &self.path,
            span: self.span,
            message: self.message_in(lang),
            hint: self.hint.as_ref().map(|h| cut(h.say(lang))),
        }
    }
}

/// A diagnostic as it is shown: its message and hint said in one language. Serialised as
/// `check --format json` prints it.
#[derive(Serialize)]
struct Shown<'a> {
    severity: Severity,
    code: super::Code,
    path: &'a str,
    #[serde(flatten)]
    span: super::Span,
    message: String,
    hint: Option<String>,
}

/// `text` with every control, bidi and invisible formatting character written as
/// `\u{..}`, so a file cannot move the cursor, recolour or clear an editor's terminal.
pub(crate) fn terminal_safe(text: &str) -> String {
    escape_unsafe(text, &['\n'], |c| format!("\\u{{{:x}}}", u32::from(c)))
}

/// What the commands print, made safe for a terminal: names, addresses and paths come from
/// files, and a file could hold an escape sequence. Every control, bidi and invisible
/// character but line breaks and tabs (the commands' own separators) is written as
/// `\uXXXX`, which reads the same in a terminal and is the same character again inside a
/// JSON string (`check --format json`). Every such character is in the Basic Multilingual
/// Plane, so four digits hold it.
pub fn for_terminal(text: &str) -> String {
    escape_unsafe(text, &['\n', '\t'], |c| format!("\\u{:04x}", u32::from(c)))
}

/// `text` with each control, bidi and invisible character but `kept` written by `escape`.
fn escape_unsafe(text: &str, kept: &[char], escape: impl Fn(char) -> String) -> String {
    let unsafe_char = |c: char| !kept.contains(&c) && (c.is_control() || crate::text::is_hidden_control(c));
    if !text.chars().any(unsafe_char) {
        return text.to_string();
    }
    text.chars()
        .map(|c| if unsafe_char(c) { escape(c) } else { c.to_string() })
        .collect()
}

/// The document `check --format json` prints.
#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    diagnostics: Vec<Shown<'a>>,
}

impl Diagnostics {
    /// Every diagnostic for people, then a closing count line.
    pub fn render(&self, lang: Language) -> String {
        let mut out = String::new();
        for d in self.sorted() {
            out.push_str(&d.render(lang));
            out.push('\n');
        }
        for (path, n) in self.hidden() {
            let more = msg!("more-problems-are-not-shown-fix", count = n);
            let _ = writeln!(out, "{}: {}\n", terminal_safe(path), more.say(lang));
        }
        let (e, w) = (self.error_count(), self.warning_count());
        if e + w > 0 {
            let _ = writeln!(out, "{}", counts(e, w, lang));
        }
        out
    }

    /// Every diagnostic, however many a file has, for a report file a command was asked
    /// to write (`import hsds --report`), then the count line.
    pub fn render_all(&self, lang: Language) -> String {
        let mut out = String::new();
        for d in self.all_sorted() {
            out.push_str(&d.render(lang));
            out.push('\n');
        }
        let (e, w) = (self.error_count(), self.warning_count());
        if e + w > 0 {
            let _ = writeln!(out, "{}", counts(e, w, lang));
        }
        out
    }

    /// `{"errors": n, "warnings": n, "diagnostics": [...]}`, for tools. Keys are in
    /// alphabetical order (`serde_json`'s own map order), so the output is stable.
    pub fn render_json(&self, lang: Language) -> String {
        let report = JsonReport {
            errors: self.error_count(),
            warnings: self.warning_count(),
            diagnostics: self.sorted().into_iter().map(|d| d.in_language(lang)).collect(),
        };
        serde_json::to_value(&report)
            .and_then(|v| serde_json::to_string_pretty(&v))
            .unwrap_or_default()
            + "\n"
    }

    /// A GitLab Code Quality report (a JSON list of issues), which GitLab shows in a merge
    /// request when a CI job stores it as `artifacts: reports: codequality`.
    pub fn render_gitlab(&self, lang: Language) -> String {
        let shown: Vec<Shown> = self.sorted().into_iter().map(|d| d.in_language(lang)).collect();
        let issues: Vec<CodeQuality> = shown
            .iter()
            .map(|d| CodeQuality {
                description: match &d.hint {
                    Some(h) => format!("{} ({h})", d.message),
                    None => d.message.clone(),
                },
                check_name: d.code.as_str(),
                fingerprint: fingerprint(d),
                severity: if d.severity == Severity::Error {
                    "major"
                } else {
                    "minor"
                },
                location: CodeQualityLocation {
                    path: d.path,
                    lines: CodeQualityLines {
                        begin: d.span.line.max(1),
                    },
                },
            })
            .collect();
        serde_json::to_string_pretty(&issues).unwrap_or_default() + "\n"
    }

    /// GitHub Actions workflow commands, so a forge shows each problem on its line.
    pub fn render_github(&self, lang: Language) -> String {
        let mut out = String::new();
        for d in self.sorted().into_iter().map(|d| d.in_language(lang)) {
            let text = match &d.hint {
                Some(h) => format!("{}\n{}: {h}", d.message, super::words::say(lang, "hint-title", &[])),
                None => d.message.clone(),
            };
            let _ = writeln!(
                out,
                "::{} file={},line={},col={},title=steunwijzer::{}",
                d.severity,
                escape_property(&terminal_safe(d.path)),
                d.span.line,
                d.span.col,
                escape_data(&terminal_safe(&text))
            );
        }
        out
    }
}

/// One issue of a GitLab Code Quality report, the JSON GitLab shows in a merge request.
#[derive(Serialize)]
struct CodeQuality<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: CodeQualityLocation<'a>,
}

#[derive(Serialize)]
struct CodeQualityLocation<'a> {
    path: &'a str,
    lines: CodeQualityLines,
}

#[derive(Serialize)]
struct CodeQualityLines {
    begin: usize,
}

/// A fingerprint that stays the same while the problem does (GitLab compares reports of
/// two commits by it): FNV-1a over the code, the file, the position and the message.
fn fingerprint(d: &Shown) -> String {
    let text = format!(
        "{}|{}|{}|{}|{}",
        d.code.as_str(),
        d.path,
        d.span.line,
        d.span.col,
        d.message
    );
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Escaping of a workflow command's message (GitHub's rules).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escaping of a workflow command's property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// "2 errors, 1 warning", or "2 fouten, 1 waarschuwing".
fn counts(errors: usize, warnings: usize, lang: Language) -> String {
    #[allow(clippy::cast_precision_loss, reason = "counts of problems, far below 2^52")]
    let args = [
        ("errors", super::words::Arg::Number(errors as f64)),
        ("warnings", super::words::Arg::Number(warnings as f64)),
    ];
    super::words::say(lang, "diagnostics-count", &args)
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
        let r = d.render(Language::english());
        assert!(r.starts_with("p.md:2:23: error: unknown life domain `woonen`\n"));
        assert!(r.contains(" 2 | life_domains: [wonen, woonen]\n"));
        assert!(r.contains("   |                       ^^^^^^\n"), "{r}");
        assert!(r.contains("= hint: did you mean `wonen`?"));
    }

    #[test]
    fn counts_close_the_list() {
        let ds = crate::diagnostic::list::tests::three_problems();
        assert!(ds.render(Language::english()).ends_with("2 errors, 1 warning\n"));
        assert_eq!(Diagnostics::new().render(Language::english()), "");
    }

    #[test]
    fn machine_formats() {
        let mut ds = Diagnostics::new();
        ds.push(Diagnostic::error(Code::InvalidPhone, "a,b.md", Span::new(3, 7, 2), "50% wrong").with_hint("fix: it"));
        let gh = ds.render_github(Language::english());
        assert_eq!(
            gh,
            "::error file=a%2Cb.md,line=3,col=7,title=steunwijzer::50%25 wrong%0AHint: fix: it\n"
        );
        let json = ds.render_json(Language::english());
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
    fn dutch_for_a_dutch_site() {
        let text = "---\nlife_domains: [wonen, woonen]\n---\n";
        let mut ds = Diagnostics::new();
        ds.push(
            Diagnostic::error(
                Code::UnknownLifeDomain,
                "p.md",
                Span::new(2, 23, 6),
                msg!("unknown-life-domain", slug = "woonen"),
            )
            .with_hint(msg!("did-you-mean", meant = "wonen"))
            .with_source(text),
        );
        let r = ds.render(Language::DUTCH);
        assert!(
            r.starts_with("p.md:2:23: fout: onbekend levensgebied `woonen`\n"),
            "{r}"
        );
        assert!(r.contains("= tip: bedoelt u `wonen`?"), "{r}");
        assert!(r.ends_with("1 fout, 0 waarschuwingen\n"), "{r}");
        let json: serde_json::Value = serde_json::from_str(&ds.render_json(Language::DUTCH)).unwrap();
        assert_eq!(json["diagnostics"][0]["message"], "onbekend levensgebied `woonen`");
        assert_eq!(
            json["diagnostics"][0]["severity"], "error",
            "the severity is a code for tools"
        );
    }

    #[test]
    fn at_most_twenty_problems_per_file_are_shown() {
        let mut ds = Diagnostics::new();
        for i in 1..=500 {
            ds.push(Diagnostic::error(Code::UnknownKey, "a.md", Span::new(i, 1, 1), "m"));
        }
        ds.push(Diagnostic::error(Code::UnknownKey, "b.md", Span::new(1, 1, 1), "m"));
        let r = ds.render(Language::english());
        assert_eq!(r.matches("a.md:").count(), 21, "{r}");
        assert!(r.contains("a.md: 480 more problems are not shown"));
        assert!(r.contains("b.md:1:1"));
        assert!(r.ends_with("501 errors, 0 warnings\n"));
    }

    #[test]
    fn long_lines_are_quoted_around_the_column() {
        let line = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let d = Diagnostic::error(Code::TooLarge, "x", Span::new(1, 5001, 1), "m").with_source(&line);
        let r = d.render(Language::english());
        assert!(r.len() < 400, "{} bytes", r.len());
        let quoted = r.lines().nth(2).unwrap();
        let caret = r.lines().nth(3).unwrap();
        let at = caret.find('^').unwrap();
        assert_eq!(quoted.chars().nth(at), Some('X'), "{r}");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let text = "name: \u{1b}[2Jweg\u{202e}x\u{0}";
        let d = Diagnostic::error(Code::InvalidValue, "a\u{1b}.md", Span::new(1, 8, 3), "bad `\u{1b}[2J`")
            .with_hint("\u{7}")
            .with_source(text);
        let r = d.render(Language::english());
        assert!(!r.chars().any(|c| c.is_control() && c != '\n'), "{r:?}");
        assert!(!r.contains('\u{202e}'));
        assert!(r.contains("a\\u{1b}.md") && r.contains("bad `\\u{1b}[2J`"), "{r}");
        assert!(r.contains("name: �[2Jweg�x�"), "{r}");
    }

    #[test]
    fn underline_is_clamped_to_the_line() {
        let d = Diagnostic::error(Code::EmptyBody, "x", Span::new(1, 50, 10), "m").with_source("short");
        let r = d.render(Language::english());
        assert!(r.contains("|      ^\n"), "{r}");
    }
}
