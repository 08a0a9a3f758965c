//! The house style's contrast, checked before anything is written (by `check` too). A
//! municipality sets its colours as the `--sw-color-*` custom properties in `static/css/`;
//! here every text colour is measured on its background in the light and the dark scheme
//! (WCAG 2.2 AA: 4.5:1 for text, 3:1 for borders), and a pair that fails is an error at
//! the declaration that made it.
//!
//! Nothing is taken on trust: the stylesheets are read with a real CSS parser
//! ([`super::css`]), so a declaration counts wherever it stands (any selector, inside
//! `@media` or `@supports`, with `!important`), a colour in any CSS notation is measured
//! (`hsl()`, `oklch()`, a colour name; channels out of range are clamped as browsers do),
//! a colour that cannot be read is an error rather than a pass, and a file that is not CSS
//! is an error at its line. The pairs measured are the pairs the stylesheets make: the
//! table below (text on the backgrounds it stands on) and every rule that sets a text
//! colour and a background together.

use std::collections::BTreeMap;
use steunwijzer_core::msg;

use super::css::{self, Declaration, Rule};
use super::theme::Theme;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, Msg, Span};

/// Foreground, background, the least contrast WCAG AA allows: what the page layout puts
/// on what, beyond the rules that set both.
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
    ("focus-outline", "focus", 4.5),
    ("border", "background", 3.0),
];

/// The prefix of the house style's colour tokens.
const PREFIX: &str = "--sw-color-";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    /// "the light scheme" or "the dark scheme", as a message's argument.
    fn name(self) -> Msg {
        match self {
            Scheme::Light => msg!("scheme-light"),
            Scheme::Dark => msg!("scheme-dark"),
        }
    }
}

/// A declaration of a colour token, where it stands and when it applies.
#[derive(Clone, Debug)]
struct Token {
    name: String,
    value: String,
    important: bool,
    /// The rule's selector, or "" for rules that style the root element.
    group: String,
    /// The schemes it may apply in.
    light: bool,
    dark: bool,
    /// Whether it always applies in those schemes (no other condition around it).
    certain: bool,
    at: Place,
    order: usize,
}

/// Where a declaration stands.
#[derive(Clone, Debug)]
struct Place {
    origin: String,
    line: usize,
    col: usize,
    built_in: bool,
}

/// A stylesheet of the theme, read.
struct Read {
    origin: String,
    built_in: bool,
    rules: Vec<Rule>,
}

/// Every house-style problem: CSS that cannot be read, colours that cannot be measured,
/// and pairs under WCAG AA in the light or the dark scheme.
pub(crate) fn check(theme: &Theme) -> Diagnostics {
    let mut out = Diagnostics::new();
    let mut sheets = Vec::new();
    for (path, file) in &theme.statics {
        if !path.ends_with(".css") {
            continue;
        }
        let text = String::from_utf8_lossy(&file.bytes);
        let sheet = css::parse(&text);
        for e in &sheet.errors {
            out.push(
                Diagnostic::error(
                    Code::InvalidCss,
                    &file.origin,
                    Span::new(e.line, e.col, 1),
                    e.message.clone(),
                )
                .with_hint(msg!("correct-css-here-until-then-browser"))
                .with_source(&text),
            );
        }
        sheets.push(Read {
            origin: file.origin.clone(),
            built_in: file.origin.starts_with("(built-in)"),
            rules: sheet.rules,
        });
    }
    let tokens = tokens(&sheets);
    // One error per declaration and scheme, the worst pair it is part of: a text colour
    // too dark for the dark scheme fails on every dark background, for one reason.
    let mut found: BTreeMap<(String, usize, usize, bool), (f64, Diagnostic)> = BTreeMap::new();
    for scheme in [Scheme::Light, Scheme::Dark] {
        let palette = Palette {
            tokens: &tokens,
            scheme,
        };
        let mut all = derived(&sheets, &palette);
        for group in palette.groups() {
            for &(fg, bg, least) in PAIRS {
                all.extend(palette.pair(&group, fg, bg, least));
            }
        }
        for (ratio, d) in all {
            let key = (d.path.clone(), d.span.line, d.span.col, scheme == Scheme::Dark);
            match found.get(&key) {
                Some((worst, _)) if *worst <= ratio => {}
                _ => {
                    found.insert(key, (ratio, d));
                }
            }
        }
    }
    out.extend(found.into_values().map(|(_, d)| d));
    out
}

/// Every colour token declared, in the order the stylesheets are joined.
fn tokens(sheets: &[Read]) -> Vec<Token> {
    let mut out = Vec::new();
    for sheet in sheets {
        for rule in &sheet.rules {
            let (light, dark, certain) = schemes(&rule.conditions);
            let group = if styles_root(&rule.selector) {
                String::new()
            } else {
                rule.selector.clone()
            };
            for d in rule.declarations.iter().filter(|d| d.name.starts_with(PREFIX)) {
                out.push(Token {
                    name: d.name[PREFIX.len()..].to_string(),
                    value: d.value.clone(),
                    important: d.important,
                    group: group.clone(),
                    light,
                    dark,
                    certain,
                    at: place(sheet, d),
                    order: out.len(),
                });
            }
        }
    }
    out
}

fn place(sheet: &Read, d: &Declaration) -> Place {
    Place {
        origin: sheet.origin.clone(),
        line: d.line,
        col: d.col,
        built_in: sheet.built_in,
    }
}

/// The schemes a rule under `conditions` may apply in, and whether it surely does.
fn schemes(conditions: &[String]) -> (bool, bool, bool) {
    let (mut light, mut dark, mut certain) = (true, true, true);
    for c in conditions {
        let c = c.to_ascii_lowercase().replace(' ', "");
        if c.contains("prefers-color-scheme:dark") {
            light = false;
        } else if c.contains("prefers-color-scheme:light") {
            dark = false;
        }
        // Any other condition (a width, print, a @supports) may or may not hold.
        let other = c
            .replace("prefers-color-scheme:dark", "")
            .replace("prefers-color-scheme:light", "")
            .replace(['(', ')'], "");
        if !(other == "@media" || other == "@mediascreen" || other == "@mediaall") {
            certain = false;
        }
    }
    (light, dark, certain)
}

/// Whether a selector styles the root element itself (`:root`, `html`, `*`, and their
/// spellings such as `:root:root` or `html:root`): its tokens are every element's.
fn styles_root(selector: &str) -> bool {
    selector.split(',').any(|part| {
        let p = part.trim();
        let combinator = p.contains([' ', '>', '+', '~', '&']);
        !combinator && (p.contains(":root") || p == "*" || p.starts_with("html"))
    })
}

/// The tokens as they apply in one scheme.
struct Palette<'t> {
    tokens: &'t [Token],
    scheme: Scheme,
}

impl Palette<'_> {
    /// The selectors that set colour tokens, the root's ("") first.
    fn groups(&self) -> Vec<String> {
        let mut groups = vec![String::new()];
        for t in self.tokens {
            if !groups.contains(&t.group) {
                groups.push(t.group.clone());
            }
        }
        groups
    }

    fn applies(&self, t: &Token) -> bool {
        match self.scheme {
            Scheme::Light => t.light,
            Scheme::Dark => t.dark,
        }
    }

    /// The declarations of `name` that can be in force for elements styled by `group`:
    /// the last that surely applies (`!important` first), and every later one that may.
    fn candidates(&self, group: &str, name: &str) -> Vec<&Token> {
        let mut own: Vec<&Token> = self
            .tokens
            .iter()
            .filter(|t| t.group == group && t.name == name && self.applies(t))
            .collect();
        own.sort_by_key(|t| (t.important, t.order));
        match own.iter().rposition(|t| t.certain) {
            Some(i) => own.split_off(i),
            // Nothing surely applies: the root's value may be in force too.
            None if !group.is_empty() => {
                own.extend(self.candidates("", name));
                own
            }
            None => own,
        }
    }

    /// `name` for `group`: its own declarations, else the root's.
    fn effective(&self, group: &str, name: &str) -> Vec<&Token> {
        let own = self.candidates(group, name);
        if own.is_empty() && !group.is_empty() {
            self.candidates("", name)
        } else {
            own
        }
    }

    /// The colour `value` stands for in `group`: `var(--sw-color-x)` followed (a few steps).
    fn colour_of(&self, group: &str, value: &str) -> Option<Rgba> {
        let mut v = value.trim().to_string();
        for _ in 0..8 {
            let Some(inner) = v.strip_prefix("var(").and_then(|r| r.strip_suffix(')')) else {
                break;
            };
            let (name, fallback) = inner.split_once(',').unwrap_or((inner, ""));
            let found = name
                .trim()
                .strip_prefix(PREFIX)
                .and_then(|n| self.effective(group, n).last().map(|t| t.value.clone()));
            v = match found {
                Some(next) => next,
                None if !fallback.trim().is_empty() => fallback.trim().to_string(),
                None => return None,
            };
        }
        Rgba::parse(&v)
    }

    /// The errors of `fg` on `bg` in `group`, with their contrast (0 when it cannot be measured).
    fn pair(&self, group: &str, fg: &str, bg: &str, least: f64) -> Vec<(f64, Diagnostic)> {
        let fgs = self.effective(group, fg);
        let bgs = self.effective(group, bg);
        // A selector that sets neither repeats the root's values.
        let own = |ts: &[&Token]| ts.iter().any(|t| t.group == group);
        if !group.is_empty() && !own(&fgs) && !own(&bgs) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for f in &fgs {
            for b in &bgs {
                let blamed = if f.at.built_in && !b.at.built_in { b } else { f };
                let (Some(fc), Some(bc)) = (self.colour_of(group, &f.value), self.colour_of(group, &b.value)) else {
                    if !blamed.at.built_in {
                        out.extend(unreadable(self, group, [f, b]).into_iter().map(|d| (0.0, d)));
                    }
                    continue;
                };
                let ratio = fc.contrast_on(bc, self.scheme);
                if ratio < least {
                    let change = if std::ptr::eq(*blamed, *f) { fg } else { bg };
                    let names = Names { fg, bg, change };
                    out.push((
                        ratio,
                        low(self.scheme, &blamed.at, &names, (&f.value, &b.value), ratio, least),
                    ));
                }
            }
        }
        out
    }
}

/// An error for each of `tokens` whose colour cannot be read.
fn unreadable(palette: &Palette, group: &str, tokens: [&&Token; 2]) -> Vec<Diagnostic> {
    tokens
        .iter()
        .filter(|t| !t.at.built_in && palette.colour_of(group, &t.value).is_none())
        .map(|t| {
            Diagnostic::error(
                Code::LowContrast,
                &t.at.origin,
                Span::new(t.at.line, t.at.col, 1),
                msg!(
                    "colour-cannot-measured-so-contrast-cannot",
                    value = t.value,
                    prefix = PREFIX,
                    name = t.name
                ),
            )
            .with_hint(msg!("write-as-rrggbb-rgb-hsl-oklch"))
        })
        .collect()
}

/// The tokens of a pair, and which of them the editor should change.
struct Names<'a> {
    fg: &'a str,
    bg: &'a str,
    change: &'a str,
}

fn low(scheme: Scheme, at: &Place, names: &Names, values: (&str, &str), ratio: f64, least: f64) -> Diagnostic {
    let change = names.change;
    let hint = if scheme == Scheme::Dark {
        msg!("set-colour-for-dark-mode-too", prefix = PREFIX, change)
    } else {
        msg!("choose-darker-lighter", prefix = PREFIX, change)
    };
    Diagnostic::error(
        Code::LowContrast,
        &at.origin,
        Span::new(at.line, at.col, 1),
        msg!(
            "contrast-low",
            scheme = scheme.name(),
            fg = format!("{PREFIX}{}", names.fg),
            fg_value = values.0,
            bg = format!("{PREFIX}{}", names.bg),
            bg_value = values.1,
            ratio = format!("{ratio:.2}"),
            least = if least < 4.5 {
                msg!("contrast-border-needs")
            } else {
                msg!("contrast-text-needs")
            }
        ),
    )
    .with_hint(hint)
}

/// The pairs of rules that set a text colour and a background together that fail, with
/// their contrast.
fn derived(sheets: &[Read], palette: &Palette) -> Vec<(f64, Diagnostic)> {
    let mut out = Vec::new();
    for sheet in sheets {
        for rule in &sheet.rules {
            let (light, dark, _) = schemes(&rule.conditions);
            if (palette.scheme == Scheme::Light && !light) || (palette.scheme == Scheme::Dark && !dark) {
                continue;
            }
            let find = |names: &[&str]| {
                rule.declarations
                    .iter()
                    .rev()
                    .find(|d| names.contains(&d.name.as_str()))
            };
            let (Some(fg), Some(bg)) = (find(&["color"]), find(&["background-color", "background"])) else {
                continue;
            };
            let Some(bg_value) = background_colour(&bg.value) else {
                continue;
            };
            let (Some(fc), Some(bc)) = (palette.colour_of("", &fg.value), palette.colour_of("", bg_value)) else {
                continue;
            };
            let ratio = fc.contrast_on(bc, palette.scheme);
            if ratio < 4.5 {
                out.push((ratio, derived_error(sheet, rule, (fg, bg), palette, ratio)));
            }
        }
    }
    out
}

/// The colour part of a `background` value: a `var()`, or the first word that is a colour.
fn background_colour(value: &str) -> Option<&str> {
    let v = value.trim();
    if v.starts_with("var(") || Rgba::parse(v).is_some() {
        return Some(v);
    }
    v.split_whitespace().find(|w| Rgba::parse(w).is_some())
}

/// The error for a rule whose text colour fails on its own background: at the site's token
/// that made it when there is one, else at the rule's `color`.
fn derived_error(
    sheet: &Read,
    rule: &Rule,
    (fg, bg): (&Declaration, &Declaration),
    palette: &Palette,
    ratio: f64,
) -> Diagnostic {
    let token_of = |value: &str| {
        let name = value
            .trim()
            .strip_prefix("var(")?
            .split([')', ','])
            .next()?
            .trim()
            .strip_prefix(PREFIX)?;
        palette.effective("", name).last().map(|t| (*t).clone())
    };
    let site_token = [token_of(&fg.value), token_of(&bg.value)]
        .into_iter()
        .flatten()
        .find(|t| !t.at.built_in);
    let at = site_token.map_or_else(|| place(sheet, fg), |t| t.at);
    Diagnostic::error(
        Code::LowContrast,
        &at.origin,
        Span::new(at.line, at.col, 1),
        msg!(
            "contrast-low-rule",
            scheme = palette.scheme.name(),
            selector = rule.selector,
            fg = fg.value,
            bg = bg.value,
            ratio = format!("{ratio:.2}")
        ),
    )
    .with_hint(msg!("choose-colours-for-rule-tokens-uses"))
}

/// A colour with its opacity, channels 0–1.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Rgba([f64; 4]);

impl Rgba {
    /// A colour in any CSS notation `csscolorparser` reads; channels clamped to their range.
    fn parse(value: &str) -> Option<Rgba> {
        let c = csscolorparser::parse(value.trim()).ok()?;
        let clamp = |v: f32| f64::from(v).clamp(0.0, 1.0);
        Some(Rgba([clamp(c.r), clamp(c.g), clamp(c.b), clamp(c.a)]))
    }

    /// `self` laid over `under`.
    fn over(self, under: [f64; 3]) -> [f64; 3] {
        let a = self.0[3];
        [0, 1, 2].map(|i| self.0[i] * a + under[i] * (1.0 - a))
    }

    /// The contrast of this text colour on the background `bg`; a see-through background
    /// lies on the page (white in the light scheme, black in the dark).
    fn contrast_on(self, bg: Rgba, scheme: Scheme) -> f64 {
        let page = match scheme {
            Scheme::Light => [1.0; 3],
            Scheme::Dark => [0.0; 3],
        };
        let b = bg.over(page);
        contrast(self.over(b), b)
    }
}

/// The WCAG contrast ratio of two opaque colours, channels 0–1.
fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let luminance = |c: [f64; 3]| {
        let lin = |s: f64| {
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
    use crate::theme::ThemeFile;

    fn theme(site_css: &str) -> Theme {
        let mut t = Theme::load(std::path::Path::new("/nonexistent"), "default", Span::file_start())
            .value
            .unwrap();
        t.statics.insert(
            "css/00-tokens.site.css".into(),
            ThemeFile {
                origin: "static/css/00-tokens.css".into(),
                bytes: site_css.as_bytes().to_vec().into(),
            },
        );
        t
    }

    fn rgb(v: &str) -> [f64; 3] {
        Rgba::parse(v).unwrap().over([1.0; 3])
    }

    #[test]
    fn contrast_is_measured_as_wcag_does() {
        assert!((contrast([0.0; 3], [1.0; 3]) - 21.0).abs() < 1e-9);
        let ratio = contrast(rgb("#005a3c"), rgb("#111416"));
        assert!((ratio - 2.23).abs() < 0.01, "{ratio}");
        assert_eq!(rgb("rgb(255, 255, 255)"), [1.0; 3]);
        assert_eq!(rgb("rgb(255,255,99999)"), [1.0; 3], "clamped as browsers do");
        assert_eq!(rgb("hsl(0 0% 100%)"), [1.0; 3]);
        assert_eq!(rgb("white"), [1.0; 3]);
        assert!(contrast(rgb("oklch(1 0 0)"), [1.0; 3]) < 1.01);
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
            .map(|d| format!("{}:{}:{} {}", d.path, d.span.line, d.span.col, d.message.english()))
            .collect();
        assert!(
            msgs.len() == 1
                && msgs[0].starts_with("static/css/00-tokens.css:3:3 in the dark scheme, `--sw-color-link` (#005a3c) on `--sw-color-surface` (#1c2125) has a contrast of 1.95:1"),
            "one error, the worst pair: {msgs:#?}"
        );
        // Given a dark colour too, both schemes pass.
        let fixed = "\n:root { --sw-color-link: #005a3c; }\n@media (prefers-color-scheme: dark) { :root { --sw-color-link: #7fe0b8; } }\n";
        assert!(check(&theme(fixed)).is_empty(), "{:?}", check(&theme(fixed)));
    }

    /// Every way the attacker wrote white text on white: each is caught.
    #[test]
    fn white_on_white_is_found_however_it_is_written() {
        for css in [
            ":root { --sw-color-text: #fff; }",
            "body { --sw-color-text: #fff; }",
            ":root:root { --sw-color-text: #fff; }",
            "html:root { --sw-color-text: #fff; }",
            "@media (min-width: 1px) { :root { --sw-color-text: #fff; } }",
            "@supports (color: red) { :root { --sw-color-text: #fff; } }",
            ":root { --sw-color-text: #fff !important; }",
            ":root { --sw-color-text: rgb(255,255,99999); }",
            ":root { --sw-color-text: hsl(0, 0%, 100%); }",
            ":root { --sw-color-text: white; }",
            ":root { --sw-color-text: oklch(100% 0 0); }",
            ".card { color: #fafafa; background: #fff; }",
        ] {
            let diags = check(&theme(css));
            assert!(
                diags
                    .iter()
                    .any(|d| d.code == Code::LowContrast && d.message.english().contains("light scheme")),
                "passed: {css}"
            );
        }
    }

    #[test]
    fn a_colour_that_cannot_be_measured_and_css_that_cannot_be_read_are_errors() {
        let diags = check(&theme(":root { --sw-color-text: currentColor; }"));
        assert!(
            diags.iter().any(|d| d.message.english().contains("cannot be measured")),
            "{diags:?}"
        );
        let diags = check(&theme(":root {\n  --sw-color-link: #00527a;\n"));
        assert!(
            diags.iter().any(|d| d.code == Code::InvalidCss && d.span.line == 1),
            "{diags:?}"
        );
    }

    /// The table is the theme's own: every token the default theme uses as a text colour
    /// without a background in the same rule stands on a background in [`PAIRS`], and
    /// every background it uses without a text colour carries the text it inherits.
    #[test]
    fn the_pairs_cover_every_colour_the_theme_uses() {
        let t = theme("");
        let token = |v: &str| {
            v.trim()
                .strip_prefix("var(")
                .and_then(|r| r.split([')', ',']).next())
                .and_then(|n| n.trim().strip_prefix(PREFIX))
                .map(str::to_string)
        };
        let mut missing = Vec::new();
        for (path, file) in &t.statics {
            if !path.ends_with(".css") {
                continue;
            }
            for rule in css::parse(&String::from_utf8_lossy(&file.bytes)).rules {
                let get = |names: &[&str]| rule.declarations.iter().find(|d| names.contains(&d.name.as_str()));
                let fg = get(&["color"]).and_then(|d| token(&d.value));
                let bg = get(&["background", "background-color"]).and_then(|d| token(&d.value));
                match (fg, bg) {
                    (Some(f), None) if !PAIRS.iter().any(|p| p.0 == f) => {
                        missing.push(format!("{path}: {} color {f}", rule.selector));
                    }
                    (None, Some(b)) if !PAIRS.iter().any(|p| p.1 == b) => {
                        missing.push(format!("{path}: {} background {b}", rule.selector));
                    }
                    _ => {}
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }

    /// A scoped palette (a dark band with its own text and background) is measured on its
    /// own, not mixed with the page's colours.
    #[test]
    fn a_scoped_palette_is_measured_as_a_whole() {
        let css = ".band { --sw-color-text: #fff; --sw-color-background: #00527a; --sw-color-text-muted: #e0e0e0; --sw-color-link: #fff; --sw-color-link-visited: #fff; --sw-color-link-hover: #fff; }";
        let diags = check(&theme(css));
        assert!(
            diags.iter().all(|d| !d
                .message
                .english()
                .contains("`--sw-color-text` (#fff) on `--sw-color-background`")),
            "{diags:?}"
        );
    }
}
