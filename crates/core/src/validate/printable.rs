//! What the printed guide can set, checked where the text was written. typst stops a
//! whole build at a letter no print font has ("could not be displayed with font …",
//! blamed on the template); here every text the guide prints is held to the fonts'
//! letters first, and one it cannot set is an error at its own file and line. The intro
//! pages are held to a size, so no page under the file limits makes the layout take
//! gigabytes.

use crate::config::Config;
use crate::content::{ContentFile, Loaded};
use crate::diagnostic::Msg;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};
use crate::msg;
use crate::source::span_of_range;
use crate::yaml::{Document, KeyPath, Seg, keys};

/// What the print fonts have: whether a letter can be set.
pub type Letters<'a> = &'a (dyn Fn(char) -> bool + Sync);

/// The most blocks (headings, paragraphs, list items) the intro pages of the guide may
/// have together: the layout's memory grows with them (400 take about 200 MB in all).
pub const MAX_INTRO_BLOCKS: usize = 400;
/// The most characters of text the intro pages of the guide may have together.
pub const MAX_INTRO_CHARS: usize = 60_000;

/// The fields of a provider file that the guide prints as they are written.
const PROVIDER_FIELDS: &[&[&str]] = &[
    &["name"],
    &["summary"],
    &["contact", "email"],
    &["contact", "website"],
    &["contact", "address", "street"],
    &["contact", "address", "postcode"],
    &["contact", "address", "city"],
    &["opening_hours", "note"],
];

/// Every printed text that a print font cannot set, and every intro page too large to lay
/// out, as an error at its place.
pub(super) fn check(loaded: &Loaded, config: &Config, letters: Letters, diags: &mut Diagnostics) {
    for file in &loaded.providers {
        for path in PROVIDER_FIELDS {
            field(&file.doc, &keys(path), letters, diags);
        }
    }
    for (list, fields) in [
        (
            loaded.life_domains.as_ref().map(|l| &l.doc),
            &["name", "description"][..],
        ),
        (loaded.neighbourhoods.as_ref().map(|l| &l.doc), &["name"][..]),
    ] {
        let Some(doc) = list else { continue };
        let count = doc
            .get(&[])
            .and_then(serde_yaml::Value::as_sequence)
            .map_or(0, Vec::len);
        for i in 0..count {
            for f in fields {
                field(doc, &vec![Seg::Index(i), Seg::Key((*f).to_string())], letters, diags);
            }
        }
    }
    for (key, at, value) in config.printed() {
        if let Some(c) = missing(value, letters) {
            diags.push(unprintable(&config.path, at, c, &msg!("in-key", key)));
        }
    }
    for (key, at, value) in config.crisis.iter().flat_map(|h| &h.printed) {
        if let Some(c) = missing(value, letters) {
            diags.push(unprintable(&config.path, *at, c, &Msg::verbatim(key.as_str())));
        }
    }
    let mut used = (0, 0);
    for slug in &config.print_intro {
        let Some(file) = loaded.pages.iter().find(|p| &p.slug == slug) else {
            continue;
        };
        field(&file.doc, &keys(&["title"]), letters, diags);
        intro_body(file, letters, &mut used, diags);
    }
}

/// The first letter of `text` no print font has.
fn missing(text: &str, letters: Letters) -> Option<char> {
    text.chars().find(|c| !letters(*c))
}

fn field(doc: &Document, path: &KeyPath, letters: Letters, diags: &mut Diagnostics) {
    let Some(text) = doc.get(path).and_then(serde_yaml::Value::as_str) else {
        return;
    };
    if let Some(c) = missing(text, letters) {
        let key = msg!("in-key", key = crate::yaml::path_to_string(path));
        let d = unprintable(doc.display(), doc.value_span(path), c, &key);
        diags.push(doc.error(d.code, d.span, d.message).with_hint_opt(d.hint));
    }
}

fn unprintable(file: &str, at: Span, c: char, key: &Msg) -> Diagnostic {
    Diagnostic::error(
        Code::Unprintable,
        file,
        at,
        msg!(
            "printed-guide-has-no-letter-for",
            char = c,
            code = format!("{:04X}", u32::from(c)),
            key = *key
        ),
    )
    .with_hint(msg!("guide-s-fonts-have-latin-greek"))
}

/// An intro page's text, as the guide sets it: each letter printable, and not more than
/// the guide lays out on a few pages.
fn intro_body(
    file: &ContentFile<crate::content::raw::RawPage>,
    letters: Letters,
    used: &mut (usize, usize),
    diags: &mut Diagnostics,
) {
    use pulldown_cmark::{Event, Parser};
    let md = &file.body.markdown;
    let at = |range: std::ops::Range<usize>| span_of_range(md, range.start, range.end, file.body.first_line);
    for (event, range) in Parser::new(md).into_offset_iter() {
        if let Event::Text(t) | Event::Code(t) = &event
            && let Some(c) = missing(t, letters)
        {
            let d = unprintable(file.doc.display(), at(range.clone()), c, &msg!("this-intro-page"));
            diags.push(file.doc.error(d.code, d.span, d.message).with_hint_opt(d.hint));
        }
    }
    if let Some(range) = intro_over(md, used) {
        let d = file.doc.error(
            Code::TooLarge,
            at(range),
            msg!(
                "page-opens-printed-guide-from-here",
                max_intro_blocks = MAX_INTRO_BLOCKS,
                max_intro_chars = MAX_INTRO_CHARS
            ),
        );
        diags.push(d.with_hint(msg!("shorten-page-choose-shorter-intro-pages")));
    }
}

/// Where an intro page's Markdown alone goes over what the guide lays out (more than
/// [`MAX_INTRO_BLOCKS`] headings, paragraphs and list items, or [`MAX_INTRO_CHARS`]
/// characters of text), if it does.
pub fn intro_too_large(md: &str) -> Option<std::ops::Range<usize>> {
    intro_over(md, &mut (0, 0))
}

/// As [`intro_too_large`], with `used` (blocks, characters) taken by the intro pages
/// before this one, and counted on.
fn intro_over(md: &str, used: &mut (usize, usize)) -> Option<std::ops::Range<usize>> {
    use pulldown_cmark::{Event, Parser, Tag};
    let (blocks, chars) = (&mut used.0, &mut used.1);
    for (event, range) in Parser::new(md).into_offset_iter() {
        match &event {
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::Item) => *blocks += 1,
            Event::Text(t) | Event::Code(t) => *chars += t.chars().count(),
            // A break becomes a space, and a link to another site its address.
            Event::SoftBreak | Event::HardBreak => *chars += 1,
            Event::Start(Tag::Link { dest_url, .. }) => *chars += dest_url.chars().count() + 3,
            _ => continue,
        }
        if *blocks > MAX_INTRO_BLOCKS || *chars > MAX_INTRO_CHARS {
            return Some(range);
        }
    }
    None
}
