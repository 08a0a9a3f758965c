//! Text as residents and editors write it: folding diacritics, slugs, the A–Z sort key,
//! and escaping for HTML and URLs.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds a lowercased text to letters without diacritics: compatibility decomposition
/// (NFKD), combining marks removed, and the few letters that do not decompose mapped by
/// hand ("cliënt" → "client", "straße" → "strasse", "ĳs" → "ijs"). Slugs, the A–Z order
/// and search all fold this one way.
pub(crate) fn fold(text: &str) -> String {
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
pub(crate) fn sort_key(name: &str) -> String {
    fold(&name.to_lowercase())
}

/// Lowercase ASCII letters and digits in groups joined by single hyphens.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Turns a name into a slug: diacritics folded, lowercase, other characters as hyphens.
pub(crate) fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in fold(&name.to_lowercase()).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay as they are).
pub(crate) fn url_encode(s: &str) -> String {
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
pub(crate) fn escape_html(input: &str) -> String {
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
