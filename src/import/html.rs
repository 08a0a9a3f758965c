//! Other systems often keep a description as HTML (`<p>`, `<ul>`, `<a href>`, `<strong>`).
//! Read as plain text it would be published with its tags (`\<p\>`); here it becomes the
//! Markdown of a provider file with htmd (a port of turndown, made for this), so headings,
//! lists, links and emphasis stay what they were. What a provider's page never shows
//! (scripts, styles, frames, forms, images from elsewhere) is left out with its content.

use steunwijzer_core::markdown::HTML_TAGS as TAGS;

/// Left out with everything in them.
const SKIPPED: &[&str] = &[
    "script", "style", "iframe", "object", "embed", "form", "noscript", "template", "svg", "img", "video", "audio",
    "canvas", "head", "title",
];

/// Deeper than this, the HTML is read as text with its tags taken out: htmd walks the tree
/// by recursion, and a record may nest ten thousand `<div>`s.
const MAX_DEPTH: usize = 64;

/// Character references another system's HTML leaves in a text without tags.
const ENTITIES: &[&str] = &[
    "&amp;", "&nbsp;", "&quot;", "&#39;", "&apos;", "&lt;", "&gt;", "&euro;", "&eacute;", "&euml;",
];

/// Whether `text` is HTML: it has a whole opening or closing tag of [`TAGS`] (a lone
/// `<` or `a < b` is plain text), or a character reference (`Hulp &amp; advies`).
pub(super) fn is_html(text: &str) -> bool {
    ENTITIES.iter().any(|e| text.contains(e)) || has_tag(text)
}

fn has_tag(text: &str) -> bool {
    text.match_indices('<').any(|(i, _)| {
        let rest = text[i + 1..].trim_start_matches('/');
        let name: String = rest
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let after = &rest[name.len()..];
        let closed = after.find('>').is_some_and(|end| !after[..end].contains('<'));
        TAGS.contains(&name.as_str()) && closed && after.starts_with(['>', ' ', '/', '\n', '\t'])
    })
}

/// The Markdown for an HTML description.
pub(super) fn to_markdown(html: &str) -> String {
    if depth(html) > MAX_DEPTH {
        return steunwijzer_core::markdown::from_plain_text(&without_tags(html));
    }
    let converter = htmd::HtmlToMarkdown::builder().skip_tags(SKIPPED.to_vec()).build();
    match converter.convert(html) {
        Ok(md) => md.trim().to_string(),
        Err(_) => steunwijzer_core::markdown::from_plain_text(&without_tags(html)),
    }
}

/// The deepest nesting of elements, counted from the tags (an upper bound: a tag left open
/// counts as open to the end).
fn depth(html: &str) -> usize {
    const VOID: &[&str] = &[
        "br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source",
    ];
    let (mut now, mut most) = (0usize, 0usize);
    for (i, _) in html.match_indices('<') {
        let rest = &html[i + 1..];
        let closing = rest.starts_with('/');
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() || VOID.contains(&name.as_str()) {
            continue;
        }
        if closing {
            now = now.saturating_sub(1);
        } else {
            now += 1;
            most = most.max(now);
        }
    }
    most
}

/// The text with every `<…>` taken out.
fn without_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_told_from_text_with_a_less_than_sign() {
        assert!(is_html("<p>Wij helpen.</p>"));
        assert!(is_html("Bel ons.<br/>Of mail."));
        assert!(is_html("Hulp <STRONG>gratis</STRONG>"));
        assert!(!is_html("Voor wie jonger is dan 18 (< 18 jaar)."));
        assert!(!is_html("a <b and c"));
        assert!(!is_html("<geen tag>"));
        assert!(is_html("Hulp &amp; advies"));
        assert!(!is_html("Hulp & advies"));
    }

    #[test]
    fn word_s_html_and_character_references_become_plain_markdown() {
        let md = to_markdown(
            "<p class=MsoNormal>Hulp&nbsp;bij <b>formulieren</b> &amp; brieven<o:p></o:p></p>\
             <p class=MsoNormal><span style='font-size:11pt'>Kosten: &euro;&nbsp;0</span></p>",
        );
        assert_eq!(md, "Hulp\u{a0}bij **formulieren** & brieven\n\nKosten: €\u{a0}0");
    }

    #[test]
    fn headings_lists_links_and_emphasis_stay_what_they_were() {
        let md = to_markdown(
            "<h2>Wat wij doen</h2><p>Wij helpen bij <strong>schulden</strong> en post.</p>\
             <ul><li>Formulieren</li><li>Brieven</li></ul>\
             <p>Zie <a href=\"https://voorbeeld.example.org/\">onze site</a>.</p>\
             <script>alert(1)</script><img src=\"https://tracker.example.org/p.gif\" alt=\"\">",
        );
        for part in [
            "## Wat wij doen",
            "Wij helpen bij **schulden** en post.",
            "Formulieren",
            "Brieven",
            "[onze site](https://voorbeeld.example.org/)",
        ] {
            assert!(md.contains(part), "no `{part}` in:\n{md}");
        }
        assert!(
            !md.contains("alert") && !md.contains("tracker") && !md.contains('<'),
            "{md}"
        );
    }

    #[test]
    fn html_nested_too_deep_is_read_as_text() {
        let deep = format!("{}diep{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
        assert_eq!(depth(&deep), 10_000);
        assert_eq!(to_markdown(&deep), "diep");
        let unclosed = format!("{}diep", "<b>".repeat(5_000));
        assert_eq!(to_markdown(&unclosed), "diep");
    }
}
