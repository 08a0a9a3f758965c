//! Markdown as plain blocks for the printed guide: headings, paragraphs and lists of
//! text. The print template sets them as text, so nothing in the content can act as
//! typst markup; emphasis is dropped, a link keeps its words (and its address when it
//! leads off the site, since paper cannot follow it).

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde::Serialize;

#[derive(Debug, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub(crate) enum Block {
    Heading { level: u8, text: String },
    Paragraph { text: String },
    List { items: Vec<String> },
}

pub(crate) fn blocks(md: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut items: Vec<String> = Vec::new();
    let mut depth = 0usize;
    let mut link: Option<String> = None;
    for event in Parser::new(md) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.take().filter(|u| u.starts_with("http")) {
                    text.push_str(&format!(" ({url})"));
                }
            }
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => {
                depth = depth.saturating_sub(1);
                if depth == 0 && !items.is_empty() {
                    out.push(Block::List {
                        items: std::mem::take(&mut items),
                    });
                }
            }
            // An empty heading, paragraph or item has nothing to set (typst refuses an
            // empty heading): it is left out.
            Event::End(TagEnd::Item) => items.extend(Some(take(&mut text)).filter(|t| !t.is_empty())),
            Event::End(TagEnd::Heading(level)) => {
                let text = take(&mut text);
                if !text.is_empty() {
                    out.push(Block::Heading {
                        level: heading_level(level),
                        text,
                    });
                }
            }
            Event::End(TagEnd::Paragraph) if depth == 0 => {
                out.extend(
                    Some(take(&mut text))
                        .filter(|t| !t.is_empty())
                        .map(|text| Block::Paragraph { text }),
                );
            }
            Event::End(TagEnd::Paragraph) => text.push(' '),
            _ => {}
        }
    }
    out
}

fn take(text: &mut String) -> String {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    text.clear();
    t
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_headings_items_and_lists_are_left_out() {
        assert_eq!(
            blocks("##\n\n## \n\n- \n-\n\nTekst.\n"),
            vec![Block::Paragraph { text: "Tekst.".into() }]
        );
    }

    #[test]
    fn headings_paragraphs_and_lists_as_text() {
        let md = "## Wie?\n\nIedereen *hier*:\n\n- helpt **gratis**;\n- werkt [apart](/over/).\n\nZie [de gemeente](https://example.org/).\n";
        assert_eq!(
            blocks(md),
            vec![
                Block::Heading {
                    level: 2,
                    text: "Wie?".into()
                },
                Block::Paragraph {
                    text: "Iedereen hier:".into()
                },
                Block::List {
                    items: vec!["helpt gratis;".into(), "werkt apart.".into()]
                },
                Block::Paragraph {
                    text: "Zie de gemeente (https://example.org/).".into()
                },
            ]
        );
    }
}
