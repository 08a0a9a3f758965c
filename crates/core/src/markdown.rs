//! Markdown to safe HTML.
//!
//! Provider pages are edited by many hands, so the body may only produce plain, safe
//! markup. Instead of cleaning HTML after the fact, nothing unsafe is produced at all:
//! raw HTML in the Markdown is shown as text, links may only use http, https, mailto and
//! tel (or point inside the site), and images are replaced by their description (the
//! site makes no requests to other servers, and a picture needs a local copy to be
//! safe). The same pass reports each of these to the editor with its position.

use crate::msg;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::diagnostic::{Code, Msg};

/// Markdown text and the line of the file it starts on (for messages).
#[derive(Debug, Clone)]
pub struct Body {
    /// The text.
    pub markdown: String,
    /// Its first line in the file, for located problems.
    pub first_line: usize,
}

/// Something in the Markdown the editor should know about.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Finding {
    /// Byte range in the Markdown text.
    pub range: Range<usize>,
    pub code: Code,
    /// True for an error (a dead link); everything else is made safe and is a warning.
    pub error: bool,
    pub message: Msg,
    pub hint: Msg,
}

/// What the renderer needs to know about the page the Markdown lands on.
pub struct Target<'a> {
    /// Relative path from the page to the site root (`""`, `"../"`, `"../../"`).
    pub root: &'a str,
    /// The level the body's highest heading becomes (2 under a page's `h1`).
    pub top_heading: u8,
    /// False on a kiosk: web, e-mail and phone links become their text with the address
    /// after it, so a visitor can copy it but never leaves the directory.
    pub links_out: bool,
}

/// What happens at the end of a link.
enum LinkEnd {
    Close,
    /// The link was dropped; its text stays.
    Drop,
    /// The link became its text; this address follows it.
    Spell(String),
    /// An autolink (`<https://…>`) became its address, without `https://`.
    Bare(String),
}

/// An outside address as a visitor would type or dial it.
fn spelled(url: &str) -> String {
    let lower = url.to_ascii_lowercase();
    let bare = ["mailto:", "tel:", "https://", "http://"]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map_or(url, |p| &url[p.len()..]);
    bare.strip_suffix('/').unwrap_or(bare).to_string()
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// The scheme of a URL as a browser would read it, lowercased; None if relative.
fn scheme(url: &str) -> Option<String> {
    // Browsers drop tabs and newlines inside URLs, so "java\tscript:" is "javascript:".
    let cleaned: String = url.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
    let colon = cleaned.find(':')?;
    if cleaned[..colon].contains(['/', '?', '#']) {
        return None;
    }
    Some(cleaned[..colon].to_ascii_lowercase())
}

/// Web, e-mail and phone links, and links to a place on the same page (`#hours`). Links
/// to pages of the site start with `/` and are handled by [`internal_target`]; any other
/// relative link (`folder/page`, `../x`, `//host/x`) would depend on where the page is
/// published, or leave the site without saying so.
fn is_safe_url(url: &str) -> bool {
    match scheme(url) {
        None => url.starts_with('#'),
        Some(s) => matches!(s.as_str(), "http" | "https" | "mailto" | "tel"),
    }
}

/// A link to `/path/` inside the site, as a path relative to the site root
/// (`path/index.html`), so it works from a sub-path and from disk.
pub(crate) fn internal_target(url: &str) -> Option<String> {
    let rest = url.strip_prefix('/')?;
    if rest.starts_with('/') {
        return None;
    }
    let (path, fragment) = match rest.find('#') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let path = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else if path.ends_with(".html") {
        path.to_string()
    } else {
        format!("{path}/index.html")
    };
    Some(format!("{path}{fragment}"))
}

/// The pass over a Markdown text that makes it safe: it turns the parser's events into
/// the events that are rendered, and notes every change as a finding.
struct Transform<'a, 'k> {
    target: &'a Target<'a>,
    /// Whether an internal path (as [`internal_target`] gives it, without fragment) exists.
    known: &'k dyn Fn(&str) -> bool,
    /// The highest heading level in the text, which becomes `target.top_heading`.
    min_level: u8,
    events: Vec<Event<'a>>,
    findings: Vec<Finding>,
    /// For each open link, what its end becomes.
    link_ends: Vec<LinkEnd>,
    /// The text inside the innermost link spelled out so far (to skip the address when
    /// the text already is it).
    link_text: String,
    /// Depth of images being read: inside one only the description's text survives.
    in_image: usize,
    /// Text of a raw HTML block, shown as a paragraph of text when the block ends.
    html_block: Option<String>,
    /// How deep quotes, lists and items are nested here.
    nesting: usize,
}

/// How deep quotes and lists may be nested: a page needs two or three levels; deeper ones
/// are laid flat (and reported), so no text makes a page a browser must descend for ever.
pub(crate) const MAX_NESTING: usize = 16;

impl<'a> Transform<'a, '_> {
    fn event(&mut self, event: Event<'a>, range: Range<usize>) {
        self.hidden(&event, &range);
        if self.too_deep(&event, &range) {
            return;
        }
        match event {
            Event::Start(Tag::HtmlBlock) => self.html_block = Some(String::new()),
            Event::End(TagEnd::HtmlBlock) => self.end_html_block(),
            Event::Html(html) | Event::InlineHtml(html) => self.html(html, range),
            Event::Start(Tag::Image { dest_url, .. }) => {
                self.note(
                    range,
                    Code::ImageRemoved,
                    msg!("images-are-not-shown-only-description", dest_url),
                    msg!("describe-what-picture-shows-words"),
                );
                self.in_image += 1;
            }
            Event::End(TagEnd::Image) => self.in_image = self.in_image.saturating_sub(1),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => self.link(link_type, dest_url, title, id, range),
            Event::End(TagEnd::Link) => self.end_link(),
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let level = self.shift(level);
                self.events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                let level = self.shift(level);
                self.events.push(Event::End(TagEnd::Heading(level)));
            }
            // Inside an image only the description's text survives.
            other if self.in_image > 0 => {
                if let Event::Text(t) | Event::Code(t) = other {
                    self.events.push(Event::Text(t));
                }
            }
            other => self.pass(other),
        }
    }

    fn end_link(&mut self) {
        match self.link_ends.pop() {
            Some(LinkEnd::Close) | None => self.events.push(Event::End(TagEnd::Link)),
            Some(LinkEnd::Drop) => {}
            Some(LinkEnd::Spell(address)) => {
                if spelled(&self.link_text) != address {
                    self.events.push(Event::Text(CowStr::from(format!(" ({address})"))));
                }
            }
            Some(LinkEnd::Bare(address)) => self.events.push(Event::Text(CowStr::from(address))),
        }
    }

    /// An event that stays as it is, unless it is the text of a link being spelled out.
    /// Reports a control, bidi or invisible character that `event` has after decoding.
    fn hidden(&mut self, event: &Event, range: &Range<usize>) {
        if let Some(c) = decoded_hidden(event) {
            self.findings.push(Finding {
                range: range.clone(),
                code: Code::HiddenCharacter,
                error: true,
                message: msg!(
                    "text-holds-invisible-character-written-as",
                    char_name = crate::text::char_name(c)
                ),
                hint: msg!("remove-code-that-starts-with-backslash"),
            });
        }
    }

    /// Whether `event` opens or closes a quote, list or item nested deeper than
    /// [`MAX_NESTING`]: it is left out (its text stays), and the first is reported.
    fn too_deep(&mut self, event: &Event, range: &Range<usize>) -> bool {
        let opens = matches!(event, Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Item));
        let closes = matches!(
            event,
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item)
        );
        if opens {
            self.nesting += 1;
            if self.nesting == MAX_NESTING + 1 {
                self.findings.push(Finding {
                    range: range.start..range.start + 1,
                    code: Code::TooLarge,
                    error: true,
                    message: msg!("quotes-lists-are-nested-more-than", max_nesting = MAX_NESTING),
                    hint: msg!("page-needs-two-three-levels-check"),
                });
            }
            return self.nesting > MAX_NESTING;
        }
        if closes {
            let deep = self.nesting > MAX_NESTING;
            self.nesting = self.nesting.saturating_sub(1);
            return deep;
        }
        false
    }

    fn pass(&mut self, event: Event<'a>) {
        match (&event, self.link_ends.last()) {
            (Event::Text(_) | Event::Code(_), Some(LinkEnd::Bare(_))) => {}
            (Event::Text(t) | Event::Code(t), Some(LinkEnd::Spell(_))) => {
                self.link_text.push_str(t);
                self.events.push(event);
            }
            _ => self.events.push(event),
        }
    }

    /// A warning about something that was made safe.
    fn note(&mut self, range: Range<usize>, code: Code, message: Msg, hint: Msg) {
        self.findings.push(Finding {
            range,
            code,
            error: false,
            message,
            hint,
        });
    }

    fn html(&mut self, html: CowStr<'a>, range: Range<usize>) {
        // Comments are notes for editors; they are dropped quietly.
        if html.trim().is_empty() || html.trim_start().starts_with("<!--") {
            return;
        }
        self.note(
            range,
            Code::RawHtml,
            msg!("html-text-shown-as-plain-text"),
            msg!("use-markdown-instead-bold-link-https"),
        );
        match self.html_block.as_mut() {
            Some(block) => block.push_str(&html),
            None => self.events.push(Event::Text(html)),
        }
    }

    fn end_html_block(&mut self) {
        let text = self.html_block.take().unwrap_or_default();
        let text = text.trim_end();
        if !text.is_empty() {
            self.events.push(Event::Start(Tag::Paragraph));
            self.events.push(Event::Text(CowStr::from(text.to_string())));
            self.events.push(Event::End(TagEnd::Paragraph));
        }
    }

    fn link(
        &mut self,
        link_type: LinkType,
        dest_url: CowStr<'a>,
        title: CowStr<'a>,
        id: CowStr<'a>,
        range: Range<usize>,
    ) {
        let dest_url = if let Some(path) = internal_target(&dest_url) {
            let file = path.split('#').next().unwrap_or(&path);
            if !(self.known)(file) {
                self.findings.push(Finding {
                    range,
                    code: Code::DeadLink,
                    error: true,
                    message: msg!("link-points-page-that-does-not", dest_url),
                    hint: msg!("link-pages-site-as-aanbieders-slug"),
                });
            }
            CowStr::from(format!("{}{}", self.target.root, path))
        } else if is_safe_url(&dest_url) {
            if !self.target.links_out && !dest_url.starts_with('#') {
                self.link_text.clear();
                let address = spelled(&dest_url);
                self.link_ends.push(match link_type {
                    LinkType::Autolink | LinkType::Email => LinkEnd::Bare(address),
                    _ => LinkEnd::Spell(address),
                });
                return;
            }
            dest_url
        } else {
            self.note(
                range,
                Code::UnsafeLink,
                msg!("link-was-removed-only-web-e", dest_url),
                msg!("start-link-with-https-mailto-tel"),
            );
            self.link_ends.push(LinkEnd::Drop);
            return;
        };
        self.link_ends.push(LinkEnd::Close);
        self.events.push(Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }));
    }

    /// The level a heading gets so that the text's highest heading is `top_heading`.
    fn shift(&self, level: HeadingLevel) -> HeadingLevel {
        let n = (i32::from(level as u8) - i32::from(self.min_level) + i32::from(self.target.top_heading)).clamp(1, 6);
        HeadingLevel::try_from(n as usize).unwrap_or(HeadingLevel::H6)
    }
}

/// Transforms the event stream; `known` says whether an internal path (as returned by
/// [`internal_target`], without fragment) exists.
fn transform<'a>(md: &'a str, target: &'a Target<'a>, known: &dyn Fn(&str) -> bool) -> (Vec<Event<'a>>, Vec<Finding>) {
    let parsed: Vec<(Event, Range<usize>)> = Parser::new_ext(md, options()).into_offset_iter().collect();
    let min_level = parsed
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as u8),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let mut t = Transform {
        target,
        known,
        min_level,
        events: Vec::new(),
        findings: Vec::new(),
        link_ends: Vec::new(),
        link_text: String::new(),
        in_image: 0,
        html_block: None,
        nesting: 0,
    };
    for (event, range) in parsed {
        t.event(event, range);
    }
    (t.events, t.findings)
}

/// A control, bidi or invisible character that an event's text has only after decoding
/// (an entity such as `&#x202e;`): the raw file was checked for them already.
fn decoded_hidden(event: &Event) -> Option<char> {
    let hidden = |t: &str| t.chars().find(|c| crate::text::is_hidden_control(*c));
    match event {
        Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => hidden(t),
        Event::Start(Tag::Link { dest_url, title, .. } | Tag::Image { dest_url, title, .. }) => {
            hidden(dest_url).or_else(|| hidden(title))
        }
        _ => None,
    }
}

/// Renders Markdown to HTML that is safe to put in a page as it is; quotes and lists
/// nested deeper than [`MAX_NESTING`] are laid flat.
pub fn to_html(md: &str, target: &Target) -> String {
    let (events, _) = transform(md, target, &|_| true);
    let mut html = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

/// Tags by which a text shows it is HTML (`<p>`, `</strong>`): other systems keep
/// descriptions so. A lone `<` or `a < b` is no tag.
pub const HTML_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "span",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "img",
    "script",
    "style",
    "iframe",
    "font",
    "small",
];

/// HTML whose signs were escaped (`\<p\>`, as an import of another system's text once
/// wrote it): it is published with its tags as text.
fn escaped_tags(md: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, _) in md.match_indices("\\<") {
        let rest = &md[i + 2..];
        let name_at = usize::from(rest.starts_with('/'));
        let name: String = rest[name_at..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let after = &rest[name_at + name.len()..];
        let Some(end) = after.find('>').filter(|e| !after[..*e].contains(['<', '\n'])) else {
            continue;
        };
        if HTML_TAGS.contains(&name.as_str()) && after.starts_with(['>', ' ', '/', '\\']) {
            out.push(Finding {
                range: i..i + 2 + name_at + name.len() + end + 1,
                code: Code::RawHtml,
                error: false,
                message: msg!("html-text-shown-as-plain-text"),
                hint: msg!("use-markdown-instead-bold-link-https"),
            });
        }
    }
    out
}

/// Everything `to_html` would change or drop, and links inside the site that lead
/// nowhere.
pub(crate) fn lint(md: &str, known: &dyn Fn(&str) -> bool) -> Vec<Finding> {
    let mut findings = transform(
        md,
        &Target {
            root: "",
            top_heading: 2,
            links_out: true,
        },
        known,
    )
    .1;
    findings.extend(escaped_tags(md));
    findings.sort_by_key(|f| f.range.start);
    // `<b>x</b>` is one mistake to an editor, not two: join findings of the same kind
    // on the same line.
    let mut merged: Vec<Finding> = Vec::new();
    for f in findings {
        if let Some(last) = merged.last_mut() {
            let between = md.get(last.range.end..f.range.start).unwrap_or("\n");
            if last.message == f.message && !between.contains('\n') {
                last.range.end = f.range.end;
                continue;
            }
        }
        merged.push(f);
    }
    merged
}

/// The text without markup, for a description or a search index.
pub fn plain_text(md: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(md, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell | TagEnd::BlockQuote(_),
                // Runs of spaces are folded below.
            ) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text as plain paragraphs for other systems (HSDS descriptions): blocks separated
/// by an empty line, list items on lines of their own (`- `), links followed by their
/// outside address. `from_plain_text` reads it back into Markdown that gives this text again.
pub fn plain_blocks(md: &str) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_item = 0usize;
    let mut link: Option<String> = None;
    let flush = |current: &mut String, blocks: &mut Vec<String>, sep_line: bool| {
        let line = current.split_whitespace().collect::<Vec<_>>().join(" ");
        current.clear();
        if line.is_empty() || line == "-" {
            return;
        }
        match blocks.last_mut() {
            Some(last) if sep_line => {
                last.push('\n');
                last.push_str(&line);
            }
            _ => blocks.push(line),
        }
    };
    let mut list_open = false;
    for event in Parser::new_ext(md, options()) {
        match event {
            // Raw HTML is shown as text on the site, so it is text here too.
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::Start(Tag::Item) => {
                flush(&mut current, &mut blocks, list_open);
                in_item += 1;
                current.push_str("- ");
            }
            Event::End(TagEnd::Item) => {
                flush(&mut current, &mut blocks, list_open);
                list_open = true;
                in_item = in_item.saturating_sub(1);
            }
            Event::End(TagEnd::List(_)) if in_item == 0 => list_open = false,
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.take().filter(|u| scheme(u).is_some()) {
                    let shown = spelled(&url);
                    if !current.trim_end().ends_with(&shown) {
                        current.push_str(&format!(" ({shown})"));
                    }
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::BlockQuote(_) | TagEnd::TableRow)
                if in_item == 0 =>
            {
                flush(&mut current, &mut blocks, false);
            }
            Event::End(TagEnd::TableCell) => current.push(' '),
            _ => {}
        }
    }
    flush(&mut current, &mut blocks, false);
    blocks.join("\n\n")
}

/// Markdown for plain text of the form `plain_blocks` writes (or any plain text): lines
/// starting with `- ` stay list items; everything Markdown would read as markup is
/// escaped, so the text reads back as it was written.
pub fn from_plain_text(text: &str) -> String {
    let mut out = String::new();
    // Two lists in a row are one list to Markdown unless their bullets differ.
    let mut bullet = "* ";
    let mut last_was_list = false;
    let text = text.replace("\r\n", "\n");
    for (i, lines) in blocks(&text).iter().enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        let list = lines[0].starts_with("- ");
        bullet = match (list, last_was_list, bullet) {
            (true, true, "- ") => "* ",
            _ => "- ",
        };
        last_was_list = list;
        for (j, line) in lines.iter().enumerate() {
            if j > 0 {
                out.push_str(if list { "\n" } else { " " });
            }
            match line.strip_prefix("- ").filter(|_| list) {
                Some(item) => {
                    out.push_str(bullet);
                    out.push_str(&escape_inline(item));
                }
                None => out.push_str(&escape_line_start(&escape_inline(line))),
            }
        }
    }
    out
}

/// The non-empty lines of `text` in blocks: split at empty lines, and where lines that
/// start with `- ` begin or end (other systems put a list right under a sentence).
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    for para in text.split("\n\n") {
        let mut current: Vec<&str> = Vec::new();
        for line in para.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let kind_changes = current
                .last()
                .is_some_and(|l: &&str| l.starts_with("- ") != line.starts_with("- "));
            if kind_changes {
                out.push(std::mem::take(&mut current));
            }
            current.push(line);
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out
}

/// Backslashes before the characters that start inline markup.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '~' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A line that Markdown would read as a heading, list or quote, made plain text.
fn escape_line_start(line: &str) -> String {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let after = &line[digits..];
    if line.starts_with(['#', '-', '+', '=']) {
        format!("\\{line}")
    } else if digits > 0 && (after.starts_with(". ") || after.starts_with(") ") || after == "." || after == ")") {
        format!("{}\\{}", &line[..digits], after)
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_lists_nested_too_deep_are_laid_flat_and_reported() {
        let md = format!("{}diep\n", ">".repeat(10_000));
        let html = to_html(
            &md,
            &Target {
                root: "",
                top_heading: 2,
                links_out: true,
            },
        );
        assert_eq!(html.matches("<blockquote>").count(), MAX_NESTING, "{}", &html[..200]);
        assert!(html.contains("diep"));
        let found = lint(&md, &|_| true);
        assert_eq!(found.iter().filter(|f| f.code == Code::TooLarge && f.error).count(), 1);
        let list = "- a\n".to_string() + &(1..40).map(|i| format!("{}- a\n", "  ".repeat(i))).collect::<String>();
        let html = to_html(
            &list,
            &Target {
                root: "",
                top_heading: 2,
                links_out: true,
            },
        );
        assert!(html.matches("<ul>").count() <= MAX_NESTING, "{html}");
        assert_eq!(html.matches("<ul>").count(), html.matches("</ul>").count());
    }

    fn html(md: &str) -> String {
        to_html(
            md,
            &Target {
                root: "../../",
                top_heading: 2,
                links_out: true,
            },
        )
    }

    #[test]
    fn kiosk_links_out_become_their_text_and_address() {
        let kiosk = |md: &str| {
            to_html(
                md,
                &Target {
                    root: "../",
                    top_heading: 2,
                    links_out: false,
                },
            )
        };
        let out = kiosk(
            "Zie [de site](https://voorbeeld.nl/), <https://voorbeeld.nl/a> of [mail](mailto:a@b.nl) en [over](/over/).",
        );
        assert!(!out.contains("https:") && !out.contains("mailto:"), "{out}");
        assert!(out.contains("de site (voorbeeld.nl)"), "{out}");
        assert!(
            out.contains("voorbeeld.nl/a of"),
            "the address is not said twice: {out}"
        );
        assert!(out.contains("mail (a@b.nl)"), "{out}");
        assert!(out.contains("<a href=\"../over/index.html\">over</a>"), "{out}");
    }

    #[test]
    fn renders_plain_markdown() {
        assert_eq!(html("Hallo **wereld**"), "<p>Hallo <strong>wereld</strong></p>\n");
        assert!(html("- een\n- twee").contains("<li>een</li>"));
    }

    #[test]
    fn raw_html_becomes_text() {
        let out = html("<script>alert(1)</script>\n\nTekst <iframe src=x></iframe> en <b onclick=\"x()\">b</b>");
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("<iframe"), "{out}");
        assert!(!out.contains("<b "), "{out}");
        assert!(out.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), "{out}");
    }

    #[test]
    fn comments_are_dropped() {
        assert_eq!(html("<!-- notitie -->\n\nTekst"), "<p>Tekst</p>\n");
    }

    #[test]
    fn unsafe_links_are_dropped_but_text_kept() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:x",
            "data:text/html,x",
            "vbscript:x",
            "//evil.example/x",
            "\\\\evil.example/x",
            "../site.yaml",
            "andere-pagina.html",
            "?q=1",
        ] {
            let out = html(&format!("[klik hier](<{url}>)"));
            assert!(!out.to_lowercase().contains("script:"), "{url}: {out}");
            assert!(!out.contains("<a"), "{url}: {out}");
            assert!(out.contains("klik hier"), "{url}: {out}");
        }
        assert!(html("[x](https://example.org)").contains("<a href=\"https://example.org\">"));
        assert!(html("[x](mailto:a@example.org)").contains("href=\"mailto:a@example.org\""));
        assert!(html("<https://example.org>").contains("href=\"https://example.org\""));
        assert!(html("[open](#tijden)").contains("href=\"#tijden\""));
    }

    #[test]
    fn autolinks_with_bad_schemes_are_dropped() {
        let out = html("<javascript:alert(1)>");
        assert!(!out.contains("href=\"javascript"), "{out}");
    }

    #[test]
    fn images_become_their_description() {
        let out = html("![Een kaart van de wijk](https://tracker.example.com/x.png)");
        assert!(!out.contains("<img"), "{out}");
        assert!(!out.contains("tracker"), "{out}");
        assert!(out.contains("Een kaart van de wijk"), "{out}");
    }

    #[test]
    fn headings_are_shifted_below_the_page_title() {
        let out = html("# Wat wij doen\n\n## Kosten\n");
        assert!(out.contains("<h2>Wat wij doen</h2>"), "{out}");
        assert!(out.contains("<h3>Kosten</h3>"), "{out}");
        let out = html("### Alleen klein\n");
        assert!(out.contains("<h2>Alleen klein</h2>"), "{out}");
    }

    #[test]
    fn internal_links_become_relative() {
        let out = html("[Klachten](/klachten/) en [MEE](/aanbieders/x/#contact)");
        assert!(out.contains("href=\"../../klachten/index.html\""), "{out}");
        assert!(out.contains("href=\"../../aanbieders/x/index.html#contact\""), "{out}");
    }

    #[test]
    fn escaped_html_of_an_old_import_is_found_where_it_is() {
        let md = "Inleiding\n\n\\<p\\>Wij helpen.\\</p\\> En \\<br/\\> ook.\n\nVoor wie \\< 18 is, of \\<geen tag\\>.";
        let found = lint(md, &|_| true);
        assert_eq!(found.len(), 1, "the first line's three tags are one finding: {found:?}");
        assert_eq!(found[0].code, Code::RawHtml);
        assert!(!found[0].error);
        assert!(md[found[0].range.clone()].starts_with("\\<p\\>"));
        assert!(lint("Geen HTML \\< hier.", &|_| true).is_empty());
    }

    #[test]
    fn lint_reports_positions_and_dead_links() {
        let md = "Tekst\n\n<div>x</div>\n\n[a](/nergens/) [b](/klachten/)";
        let found = lint(md, &|p| p == "klachten/index.html");
        assert_eq!(found.len(), 2, "{found:?}");
        let joined = lint("a <b>x</b> c <i>y</i>\n\n<u>z</u>", &|_| true);
        assert_eq!(joined.len(), 2, "one per line: {joined:?}");
        assert_eq!(&md[found[0].range.clone()][..5], "<div>");
        assert!(found[1].error && found[1].message.english().contains("/nergens/"));
    }

    #[test]
    fn plain_text_strips_markup() {
        assert_eq!(
            plain_text("# Kop\n\nEen **vet** [link](https://x.nl).\n\n- a\n- b"),
            "Kop Een vet link. a b"
        );
    }

    #[test]
    fn plain_blocks_read_back_as_the_same_text() {
        let md = "## Wat wij doen\n\nWij helpen *u* met [formulieren](https://voorbeeld.nl/).\nOok thuis.\n\n- Huur\n- Schulden en `geld`\n\n1. Bellen\n2. Langskomen\n\n# Kop\n\n> Citaat met 1+1 = 2 & <b>vet</b>\n";
        let plain = plain_blocks(md);
        assert_eq!(
            plain,
            "Wat wij doen\n\nWij helpen u met formulieren (voorbeeld.nl). Ook thuis.\n\n- Huur\n- Schulden en geld\n\n- Bellen\n- Langskomen\n\nKop\n\nCitaat met 1+1 = 2 & <b>vet</b>"
        );
        assert_eq!(plain_blocks(&from_plain_text(&plain)), plain);
        for odd in [
            "# geen kop",
            "1. geen lijst",
            "- één punt",
            "*geen* _nadruk_ [link](x) \\ `code`",
            "+ - =",
            "2024.",
        ] {
            assert_eq!(plain_blocks(&from_plain_text(odd)), odd, "{odd}");
        }
    }
}
