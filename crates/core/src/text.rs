//! Text as residents and editors write it: folding diacritics, slugs, the A–Z sort key,
//! and escaping for HTML and URLs.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds a lowercased text to letters without diacritics: compatibility decomposition
/// (NFKD), combining marks removed, and the few letters that do not decompose mapped by
/// hand ("cliënt" → "client", "straße" → "strasse", "ĳs" → "ijs"). Slugs, the A–Z order
/// and search all fold this one way.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'đ' | 'ð' => out.push('d'),
            'ł' => out.push('l'),
            'ħ' => out.push('h'),
            'ı' => out.push('i'),
            'þ' => out.push_str("th"),
            // Lowercasing letter by letter never produces the final sigma; JavaScript's
            // toLowerCase does. Both become σ here.
            'ς' => out.push('σ'),
            _ => out.push(c),
        }
    }
    out
}

/// A key for sorting names the way a Dutch reader expects: case and diacritics ignored.
/// What marks a sentence a person must still fill in, in the files `init` writes.
pub const FILL_IN: &str = "[VUL IN";

/// The key that sorts names as people expect (folded, without leading articles).
pub fn sort_key(name: &str) -> String {
    fold_lowercase(name)
}

/// `text` lowercased and folded: how the search compares a resident's word with a known one.
pub fn fold_lowercase(text: &str) -> String {
    fold(&text.to_lowercase())
}

/// Lowercase ASCII letters and digits in groups joined by single hyphens.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Turns a name into a slug: diacritics folded, lowercase, other characters as hyphens.
/// Hand-written over `deunicode` rather than the `slug` crate: a slug is a published
/// address and must stay what it was, so it keeps the folding the search shares (`fold`)
/// before `deunicode`, instead of rules a crate update could change.
/// Letters of other scripts are written in Latin letters (`deunicode`: `Київ` → `kiiv`,
/// `الرباط` → `lrbt`), so every name has an address.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    let push = |c: char, out: &mut String| {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    };
    for c in fold(&name.to_lowercase()).chars() {
        if c.is_ascii() || !c.is_alphanumeric() {
            push(c, &mut out);
        } else {
            for t in deunicode::deunicode_char(c).unwrap_or("").chars() {
                push(t, &mut out);
            }
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The longest slug: a file name and a part of an address, short enough for every file
/// system and for Windows' paths of 260 characters, long enough for any name.
pub(crate) const MAX_SLUG: usize = 80;

/// Whether `s` can be a file name and an address on every system: a slug (no leading or
/// double hyphen, not empty), not a Windows device name, at most [`MAX_SLUG`] long.
pub fn is_portable_slug(s: &str) -> bool {
    is_slug(s) && !is_windows_reserved(s) && s.len() <= MAX_SLUG
}

/// A portable slug (see [`is_portable_slug`]) for `name`: its slug, cut at a hyphen to
/// fit, with `-1` after a Windows device name; `fallback` when it has no letter or digit.
/// `import`, `new provider`, `init` and the names of the guide and the offline copy all
/// make their file names here.
pub fn portable_slug(name: &str, fallback: &str) -> String {
    let mut slug = slugify(name);
    if slug.len() > MAX_SLUG {
        let cut = slug[..=MAX_SLUG].rfind('-').filter(|i| *i > 0).unwrap_or(MAX_SLUG);
        slug.truncate(cut);
        slug = slug.trim_end_matches('-').to_string();
    }
    if slug.is_empty() {
        return fallback.to_string();
    }
    if is_windows_reserved(&slug) {
        slug.push_str("-1");
    }
    slug
}

/// The longest name (of a provider, a municipality), in characters.
pub(crate) const MAX_NAME_CHARS: usize = 200;

/// Why a text cannot be a name, if it cannot: the one rule for the name of a provider and
/// of a municipality (`init`, `site.yaml`). Any script is welcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// No name at all.
    Empty,
    /// A line break of any kind (also U+2028, U+2029, NEL, vertical tab, form feed).
    Lines,
    /// A control, bidi or invisible character.
    Hidden(char),
    /// Longer than [`MAX_NAME_CHARS`].
    TooLong(usize),
    /// No letter or digit at all (`???`).
    NoLetter,
}

/// What keeps `name` from being a name, if anything.
pub fn name_problem(name: &str) -> Option<NameProblem> {
    let name = name.trim();
    if name.is_empty() {
        return Some(NameProblem::Empty);
    }
    if name.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}', '\u{b}', '\u{c}']) {
        return Some(NameProblem::Lines);
    }
    if let Some(c) = name.chars().find(|c| is_hidden_control(*c)) {
        return Some(NameProblem::Hidden(c));
    }
    let n = name.chars().count();
    if n > MAX_NAME_CHARS {
        return Some(NameProblem::TooLong(n));
    }
    if !name.chars().any(char::is_alphanumeric) {
        return Some(NameProblem::NoLetter);
    }
    None
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay as they are).
pub fn url_encode(s: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Escapes text for HTML content and quoted attributes. Unlike Tera's default it leaves
/// `/` alone, so URLs stay readable in the source (escaping it adds no safety).
pub fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Characters that are invisible or change how the text around them is shown: controls
/// (but tab and newline), bidi embeddings, overrides and isolates, and zero-width spaces
/// and joiners other than ZWJ and ZWNJ (which Persian, Indic scripts and emoji need).
pub fn is_hidden_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// `U+202E`, with a name for the characters editors are most likely to meet.
pub(crate) fn char_name(c: char) -> String {
    let name = match c {
        '\u{0}' => "NUL",
        '\u{1b}' => "ESC",
        '\u{d}' => "carriage return",
        '\u{200b}' => "zero-width space",
        '\u{200e}' | '\u{200f}' => "direction mark",
        '\u{202a}'..='\u{202e}' => "direction override",
        '\u{2066}'..='\u{2069}' => "direction isolate",
        '\u{2060}' | '\u{feff}' => "word joiner",
        _ => "control character",
    };
    format!("U+{:04X}, {name}", u32::from(c))
}

/// Names Windows reserves for devices (`con`, `nul`, `com1`, ...), with or without an
/// extension: a file so named cannot be checked out on Windows.
pub(crate) fn is_windows_reserved(stem: &str) -> bool {
    let base = stem.split('.').next().unwrap_or(stem).to_ascii_lowercase();
    let numbered = |prefix: &str| {
        base.strip_prefix(prefix)
            .is_some_and(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit() && n != "0")
    };
    matches!(base.as_str(), "con" | "prn" | "aux" | "nul") || numbered("com") || numbered("lpt")
}

/// "240 kB", "1,3 MB": the size in a link text, in Dutch notation.
pub fn size_words(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{} kB", bytes.div_ceil(1000))
    } else {
        let tenths = bytes.div_ceil(100_000);
        format!("{},{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics() {
        assert_eq!(fold("cliënt"), "client");
        assert_eq!(fold("financiële"), "financiele");
        assert_eq!(fold("straße"), "strasse");
        assert_eq!(fold("ĳs"), "ijs");
        assert_eq!(fold("øre"), "ore");
    }

    #[test]
    fn slugs() {
        assert!(is_slug("wonen"));
        assert!(is_slug("zuid-west"));
        assert!(!is_slug("Zuid-West"));
        assert!(!is_slug("zuid--west"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
        assert_eq!(
            slugify("Cliëntsteun  Haarlem & Omstreken!"),
            "clientsteun-haarlem-omstreken"
        );
        assert_eq!(slugify("Ĳsselmeer Straße"), "ijsselmeer-strasse");
        assert_eq!(slugify("Øresund Æble"), "oresund-aeble");
        assert_eq!(slugify("Київ"), "kiiv");
        assert!(!slugify("الرباط").is_empty());
        assert!(!slugify("ሰላም").is_empty());
    }

    #[test]
    fn portable_names_for_every_system() {
        assert_eq!(portable_slug("Con", "x"), "con-1");
        assert_eq!(portable_slug("LPT1", "x"), "lpt1-1");
        assert_eq!(portable_slug("???", "aanbieder"), "aanbieder");
        assert_eq!(portable_slug("- a -- b -", "x"), "a-b");
        let long = portable_slug(&"woord ".repeat(40), "x");
        assert!(long.len() <= MAX_SLUG && is_portable_slug(&long), "{long}");
        for bad in ["con", "nul", "-", "a--b", "", "-a", &"a".repeat(81)] {
            assert!(!is_portable_slug(bad), "{bad}");
        }
        assert!(is_portable_slug("buurtmaatjes-schalkwijk"));
    }

    #[test]
    fn one_rule_for_names_in_any_script() {
        for ok in ["Haarlem", "الرباط", "Київ", "ትግርኛ", "தமிழ்", "北京", "'s-Hertogenbosch"]
        {
            assert_eq!(name_problem(ok), None, "{ok}");
        }
        assert_eq!(name_problem("  "), Some(NameProblem::Empty));
        assert_eq!(name_problem("Haar\u{2028}lem"), Some(NameProblem::Lines));
        assert_eq!(name_problem("Haar\u{85}lem"), Some(NameProblem::Lines));
        assert_eq!(name_problem("Haar\u{202e}lem"), Some(NameProblem::Hidden('\u{202e}')));
        assert_eq!(name_problem("Haar\u{1b}lem"), Some(NameProblem::Hidden('\u{1b}')));
        assert_eq!(name_problem(&"a".repeat(10_000)), Some(NameProblem::TooLong(10_000)));
        assert_eq!(name_problem("???"), Some(NameProblem::NoLetter));
    }

    #[test]
    fn sort_keys_fold() {
        assert!(sort_key("Émile") < sort_key("Frank"));
        assert_eq!(sort_key("Ölçek"), "olcek");
    }

    #[test]
    fn url_encoding() {
        assert_eq!(
            url_encode("Grote Markt 2, 2011 RD Haarlem"),
            "Grote%20Markt%202%2C%202011%20RD%20Haarlem"
        );
    }

    #[test]
    fn escapes_markup_but_not_slashes() {
        assert_eq!(
            escape_html("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape_html("https://e.org/a/"), "https://e.org/a/");
    }
}
