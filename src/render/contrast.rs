//! The house style's contrast, checked at build time. A municipality sets its colours as
//! the `--sw-color-*` custom properties of the stylesheets in `static/css/`; here every
//! text colour is measured on its background in the light and the dark scheme (WCAG 2.2
//! AA: 4.5:1 for text, 3:1 for borders), and a pair that fails is an error at the
//! declaration that made it. A light colour declared outside the dark `@media` block also
//! applies in dark mode, which is the usual way a house style breaks there.

use std::collections::BTreeMap;

use super::theme::Theme;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};

/// Foreground, background, the least contrast WCAG AA allows.
const PAIRS: &[(&str, &str, f64)] = &[
    ("text", "background", 4.5),
    ("text-muted", "background", 4.5),
    ("text", "surface", 4.5),
    ("text-muted", "surface", 4.5),
    ("link", "background", 4.5),
    ("link-visited", "background", 4.5),
    ("link-hover", "background", 4.5),
    ("link", "surface", 4.5),
    ("primary-text", "primary", 4.5),
    ("primary-text", "primary-hover", 4.5),
    ("text", "notice-background", 4.5),
    ("text", "warning-background", 4.5),
    ("border", "background", 3.0),
];

/// Where a custom property was set, and to what.
#[derive(Clone, Debug)]
struct Declared {
    value: String,
    origin: String,
    line: usize,
    built_in: bool,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Scheme {
    Both,
    Light,
    Dark,
}

/// Every pair of the house style that fails WCAG AA, in the light or the dark scheme.
pub(super) fn check(theme: &Theme) -> Diagnostics {
    let mut light: BTreeMap<String, Declared> = BTreeMap::new();
    let mut dark = light.clone();
    for (path, file) in &theme.statics {
        let is_css = path
            .strip_prefix("css/")
            .is_some_and(|n| n.ends_with(".css") && !n.contains('/'));
        if !is_css {
            continue;
        }
        let text = String::from_utf8_lossy(&file.bytes);
        let built_in = file.origin.starts_with("(built-in)");
        for (scheme, name, value, line) in declarations(&text) {
            let d = Declared {
                value,
                origin: file.origin.clone(),
                line,
                built_in,
            };
            if scheme != Scheme::Dark {
                light.insert(name.clone(), d.clone());
            }
            if scheme != Scheme::Light {
                dark.insert(name, d);
            }
        }
    }
    let mut out = Diagnostics::new();
    for (scheme, tokens) in [("light", &light), ("dark", &dark)] {
        for &(fg, bg, least) in PAIRS {
            if let Some(d) = pair(scheme, tokens, fg, bg, least) {
                out.push(d);
            }
        }
    }
    out
}

/// The error for `fg` on `bg` in `scheme`, if both are known colours and fail.
fn pair(scheme: &str, tokens: &BTreeMap<String, Declared>, fg: &str, bg: &str, least: f64) -> Option<Diagnostic> {
    let (f, b) = (tokens.get(fg)?, tokens.get(bg)?);
    let ratio = contrast(colour(&resolve(tokens, &f.value))?, colour(&resolve(tokens, &b.value))?);
    if ratio >= least {
        return None;
    }
    // Blame the site's own declaration: the built-in colours pass together.
    let at = if f.built_in && !b.built_in { b } else { f };
    let what = if least < 4.5 { "a border" } else { "text" };
    let change = if std::ptr::eq(at, f) { fg } else { bg };
    let hint = if scheme == "dark" {
        format!(
            "set a colour for dark mode too: `@media (prefers-color-scheme: dark) {{ :root {{ --sw-color-{change}: …; }} }}`"
        )
    } else {
        format!("choose a darker or lighter `--sw-color-{change}`")
    };
    Some(
        Diagnostic::error(
            Code::LowContrast,
            &at.origin,
            Span::new(at.line, 1, 1),
            format!(
                "in the {scheme} scheme, `--sw-color-{fg}` ({}) on `--sw-color-{bg}` ({}) has a contrast of {ratio:.2}:1; {what} needs at least {least}:1 (WCAG AA)",
                f.value, b.value
            ),
        )
        .with_hint(hint),
    )
}

/// `var(--sw-color-x)` as the value of x (a few steps deep), other values as they are.
fn resolve(tokens: &BTreeMap<String, Declared>, value: &str) -> String {
    let mut v = value.trim().to_string();
    for _ in 0..4 {
        let Some(name) = v
            .strip_prefix("var(--sw-color-")
            .and_then(|r| r.split([')', ',']).next())
        else {
            break;
        };
        match tokens.get(name) {
            Some(d) => v = d.value.trim().to_string(),
            None => break,
        }
    }
    v
}

/// The `--sw-color-*` declarations of `:root` rules, with their scheme and line: outside
/// any `@media`, or inside one for a colour scheme. Others (print, forced colours) are
/// not a scheme residents read the site in, and are left out.
fn declarations(css: &str) -> Vec<(Scheme, String, String, usize)> {
    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut prelude = String::new();
    let mut line = 1;
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    line += usize::from(c == '\n');
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '{' => stack.push(std::mem::take(&mut prelude).trim().to_string()),
            '}' => {
                // The last declaration of a rule may end without `;`.
                let decl = std::mem::take(&mut prelude);
                out.extend(declaration(&stack, &decl, line));
                stack.pop();
            }
            ';' => {
                let decl = std::mem::take(&mut prelude);
                out.extend(declaration(&stack, &decl, line));
            }
            c => {
                line += usize::from(c == '\n');
                prelude.push(c);
            }
        }
    }
    out
}

fn declaration(stack: &[String], decl: &str, end_line: usize) -> Option<(Scheme, String, String, usize)> {
    let (name, value) = decl.split_once(':')?;
    let name = name.trim().strip_prefix("--sw-color-")?.to_string();
    let (rule, media) = stack.split_last()?;
    if !rule.split(',').any(|s| s.trim() == ":root") {
        return None;
    }
    let mut scheme = Scheme::Both;
    for m in media {
        let m = m.to_lowercase().replace(' ', "");
        if m.contains("prefers-color-scheme:dark") {
            scheme = Scheme::Dark;
        } else if m.contains("prefers-color-scheme:light") {
            scheme = Scheme::Light;
        } else {
            return None;
        }
    }
    // The line of its name: the declaration ends on `end_line`, after its own line breaks.
    let line = end_line.saturating_sub(decl.trim().matches('\n').count());
    Some((scheme, name, value.trim().to_string(), line.max(1)))
}

/// An opaque colour written as `#rgb`, `#rrggbb`, `rgb(r, g, b)`, `white` or `black`.
fn colour(value: &str) -> Option<[f64; 3]> {
    let v = value.trim().trim_end_matches("!important").trim().to_lowercase();
    match v.as_str() {
        "white" => return Some([255.0; 3]),
        "black" => return Some([0.0; 3]),
        _ => {}
    }
    if let Some(hex) = v.strip_prefix('#') {
        let digits: Vec<u32> = hex.chars().map(|c| c.to_digit(16)).collect::<Option<_>>()?;
        let channel = |i: usize, n: usize| -> f64 {
            let x = digits[i * n..(i + 1) * n].iter().fold(0, |a, d| a * 16 + d);
            f64::from(if n == 1 { x * 17 } else { x })
        };
        return match digits.len() {
            3 => Some([channel(0, 1), channel(1, 1), channel(2, 1)]),
            6 => Some([channel(0, 2), channel(1, 2), channel(2, 2)]),
            _ => None,
        };
    }
    let inner = v.strip_prefix("rgb(")?.strip_suffix(')')?;
    let parts: Vec<f64> = inner
        .split([',', ' '])
        .filter(|p| !p.is_empty())
        .map(|p| p.parse::<f64>().ok())
        .collect::<Option<_>>()?;
    match parts[..] {
        [r, g, b] => Some([r, g, b]),
        _ => None,
    }
}

/// The WCAG contrast ratio of two colours.
fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let luminance = |c: [f64; 3]| {
        let lin = |v: f64| {
            let s = v / 255.0;
            if s <= 0.040_45 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::theme::ThemeFile;

    fn theme(site_css: &str) -> Theme {
        let mut t = Theme::load(std::path::Path::new("/nonexistent"), "default", Span::file_start())
            .value
            .unwrap();
        t.statics.insert(
            "css/00-tokens.site.css".into(),
            ThemeFile {
                origin: "static/css/00-tokens.css".into(),
                bytes: site_css.as_bytes().to_vec(),
            },
        );
        t
    }

    #[test]
    fn contrast_is_measured_as_wcag_does() {
        assert!((contrast([0.0; 3], [255.0; 3]) - 21.0).abs() < 1e-9);
        let ratio = contrast(colour("#005a3c").unwrap(), colour("#111416").unwrap());
        assert!((ratio - 2.23).abs() < 0.01, "{ratio}");
        assert_eq!(colour("rgb(255, 255, 255)"), Some([255.0; 3]));
        assert_eq!(colour("#fff"), Some([255.0; 3]));
        assert_eq!(colour("hsl(0 0% 0%)"), None);
    }

    #[test]
    fn the_default_theme_passes_in_both_schemes() {
        let diags = check(&theme(""));
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn a_light_link_colour_that_leaks_into_dark_mode_is_an_error_at_its_line() {
        let diags = check(&theme("/* Huisstijl */\n:root {\n  --sw-color-link: #005a3c;\n}\n"));
        let msgs: Vec<String> = diags
            .iter()
            .map(|d| format!("{}:{} {}", d.path, d.span.line, d.message))
            .collect();
        assert_eq!(msgs.len(), 2, "{msgs:?}");
        assert!(
            msgs[0].starts_with("static/css/00-tokens.css:3 in the dark scheme, `--sw-color-link` (#005a3c) on `--sw-color-background` (#111416) has a contrast of 2.23:1"),
            "{msgs:?}"
        );
        // Given a dark colour too, both schemes pass.
        let fixed = "\n:root { --sw-color-link: #005a3c; }\n@media (prefers-color-scheme: dark) { :root { --sw-color-link: #7fe0b8; } }\n";
        assert!(check(&theme(fixed)).is_empty());
    }
}
