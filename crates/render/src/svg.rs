//! SVG files of a theme or site (a logo, an icon) hold no active content. An SVG is a
//! document: opened on its own (`assets/logo.svg`), its scripts and event handlers run
//! with the site's origin, and the pages' Content-Security-Policy, a meta element, does
//! not reach it. So every SVG is read as XML, and one that holds a script, an event
//! handler, a `foreignObject`, an animation that sets a link or a handler, or a reference
//! to anything outside the file is refused with an error at its line: refused rather than
//! cleaned, because a logo changed behind the editor's back is a logo nobody checked.

use crate::theme::Theme;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, Msg, Span};
use steunwijzer_core::msg;

/// Elements that run code or embed another document.
const ACTIVE_ELEMENTS: &[&str] = &[
    "script",
    "foreignObject",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
    "audio",
    "video",
];

/// Animation elements: they can set any attribute, a link or a handler among them.
const ANIMATIONS: &[&str] = &["set", "animate", "animateTransform", "animateMotion", "animateColor"];

/// The most elements and attributes read from one SVG: a logo has a few hundred.
const MAX_NODES: u32 = 200_000;

/// Every SVG among the theme's static files, checked.
pub(crate) fn check(theme: &Theme) -> Diagnostics {
    let mut out = Diagnostics::new();
    for (path, file) in &theme.statics {
        if path.to_ascii_lowercase().ends_with(".svg")
            && let Some(d) = problem(&file.origin, &file.bytes)
        {
            out.push(d);
        }
    }
    out
}

/// The first active or outside part of the SVG `bytes` (shown as `origin`), if any.
pub(crate) fn problem(origin: &str, bytes: &[u8]) -> Option<Diagnostic> {
    let hint = msg!("save-image-again-as-plain-svg");
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Some(refused(origin, Span::file_start(), msg!("svg-not-utf-8-text")).with_hint(hint.clone()));
    };
    if let Some(i) = text.find("<!ENTITY") {
        let at = steunwijzer_core::source::span_at_end_of(&text[..i]);
        return Some(refused(origin, at, msg!("svg-declares-entities-which-can-hide")).with_hint(hint.clone()));
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: MAX_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = match roxmltree::Document::parse_with_options(text, options) {
        Ok(d) => d,
        Err(e) => {
            let pos = e.pos();
            let at = Span::new(pos.row as usize, pos.col as usize, 1);
            return Some(refused(origin, at, msg!("svg-cannot-read-as-xml")).with_hint(hint.clone()));
        }
    };
    for node in doc.descendants() {
        let why = match node.node_type() {
            roxmltree::NodeType::Element => element_problem(node),
            roxmltree::NodeType::PI => node
                .pi()
                .filter(|pi| pi.target == "xml-stylesheet")
                .map(|_| msg!("svg-loads-style-sheet-from-elsewhere")),
            _ => None,
        };
        if let Some(why) = why {
            let pos = doc.text_pos_at(node.range().start);
            let at = Span::new(pos.row as usize, pos.col as usize, 1);
            return Some(refused(origin, at, why).with_hint(hint.clone()).with_source(text));
        }
    }
    None
}

fn refused(origin: &str, at: Span, message: Msg) -> Diagnostic {
    Diagnostic::error(Code::ActiveContent, origin, at, message)
}

/// Why the element `node` is active or reaches outside the file, if it does.
fn element_problem(node: roxmltree::Node) -> Option<Msg> {
    let name = node.tag_name().name();
    if ACTIVE_ELEMENTS.iter().any(|a| a.eq_ignore_ascii_case(name)) {
        return Some(msg!("svg-holds-element-which-can-run", name));
    }
    if ANIMATIONS.contains(&name) {
        let target = node.attribute("attributeName").unwrap_or("");
        if is_handler(target) || target.ends_with("href") {
            return Some(msg!("svg-animates-which-can-turn-link", target));
        }
    }
    for attr in node.attributes() {
        let local = attr.name();
        if is_handler(local) {
            return Some(msg!("svg-has-event-handler-which-runs", local));
        }
        if local == "href" && !is_inside(attr.value()) {
            return Some(msg!(
                "svg-refers-something-outside-file-which",
                target = shorten(attr.value())
            ));
        }
        if local == "style" && outside_in_css(attr.value()) {
            return Some(msg!("svg-s-style-loads-something-from"));
        }
    }
    if name == "style" && node.text().is_some_and(outside_in_css) {
        return Some(msg!("svg-s-style-loads-something-from"));
    }
    None
}

fn is_handler(name: &str) -> bool {
    name.len() > 2 && name[..2].eq_ignore_ascii_case("on")
}

/// A reference that stays inside the file: a fragment, or an embedded raster image.
fn is_inside(href: &str) -> bool {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    href.starts_with('#')
        || ["png", "jpeg", "gif", "webp"]
            .iter()
            .any(|kind| lower.starts_with(&format!("data:image/{kind};base64,")))
}

/// CSS that loads from elsewhere: `@import`, or a `url()` other than a fragment.
fn outside_in_css(css: &str) -> bool {
    let lower = css.to_ascii_lowercase();
    if lower.contains("@import") {
        return true;
    }
    lower.match_indices("url(").any(|(i, _)| {
        let rest = lower[i + 4..].trim_start_matches([' ', '"', '\'']);
        !rest.starts_with('#')
    })
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(svg: &str) -> Option<String> {
        problem("static/logo.svg", svg.as_bytes()).map(|d| d.message.english())
    }

    #[test]
    fn plain_logos_pass() {
        assert_eq!(
            why(
                r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#005a3c"/></svg>"##
            ),
            None
        );
        let illustrator = r##"<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<defs><linearGradient id="g"/><style>.a{fill:url(#g)}</style></defs>
<use xlink:href="#g"/><image href="data:image/png;base64,iVBORw0KGgo="/></svg>"##;
        assert_eq!(why(illustrator), None);
    }

    #[test]
    fn active_and_outside_content_is_refused_where_it_is() {
        for (svg, word) in [
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#,
                "onload",
            ),
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
                "<script>",
            ),
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT>alert(1)</SCRIPT></svg>"#,
                "<SCRIPT>",
            ),
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>"#,
                "foreignObject",
            ),
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><a x:href="javascript:alert(1)"><text>x</text></a></svg>"#,
                "javascript:",
            ),
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/p.png"/></svg>"#,
                "tracker",
            ),
            (
                r##"<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a></svg>"##,
                "animates",
            ),
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css);</style></svg>"#,
                "style",
            ),
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg" style="background:url(https://x.example/a.png)"/>"#,
                "style",
            ),
            (
                r#"<?xml-stylesheet href="https://x.example/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>"#,
                "xml-stylesheet",
            ),
            (
                r#"<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>"#,
                "entities",
            ),
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zz4="/></svg>"#,
                "outside",
            ),
            ("<svg><unclosed></svg>", "XML"),
        ] {
            let message = why(svg).unwrap_or_else(|| panic!("passed: {svg}"));
            assert!(message.contains(word), "{svg}: {message}");
        }
        let d = problem(
            "static/logo.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <g>\n    <script/>\n</g></svg>",
        )
        .unwrap();
        assert_eq!((d.span.line, d.span.col), (3, 5));
    }
}
