//! Dutch compound words: "huurschuld" is "huur" + "schuld", "arbeidsmarkt" is "arbeid" +
//! "s" + "markt". The index's own dictionary decides what a part is, so the split follows
//! the words the providers use. The browser engine (`search-engine.js`, `split`) has the
//! same rules; the parity tests hold them together.
//!
//! A folded word splits into two parts, or else three, each of at least
//! [`MIN_PART_CHARS`] letters, each a *known* part (its term is in the dictionary). A part
//! that is followed by another may end in a linking "s" that is not part of it. Of the
//! possible splits the first is taken: two parts before three, then the longest first
//! part, then the first part with its "s" before the one without.

/// The shortest part: "huur", "geld", "zorg", "werk" (three letters split too much:
/// "ing", "ter").
pub(crate) const MIN_PART_CHARS: usize = 4;

/// The parts of `word`, or None when it does not split. `known` says whether a folded
/// part's term is in the dictionary.
pub(crate) fn split(word: &str, known: &dyn Fn(&str) -> bool) -> Option<Vec<String>> {
    let chars: Vec<char> = word.chars().collect();
    if let Some((left, right)) = split_two(&chars, known) {
        return Some(vec![left, right]);
    }
    let n = chars.len();
    if n < 3 * MIN_PART_CHARS {
        return None;
    }
    for i in (MIN_PART_CHARS..=n - 2 * MIN_PART_CHARS).rev() {
        if let Some(first) = head(&chars[..i], known)
            && let Some((second, third)) = split_two(&chars[i..], known)
        {
            return Some(vec![first, second, third]);
        }
    }
    None
}

/// The split into two parts with the longest first part.
fn split_two(chars: &[char], known: &dyn Fn(&str) -> bool) -> Option<(String, String)> {
    let n = chars.len();
    if n < 2 * MIN_PART_CHARS {
        return None;
    }
    for i in (MIN_PART_CHARS..=n - MIN_PART_CHARS).rev() {
        let right: String = chars[i..].iter().collect();
        if known(&right)
            && let Some(left) = head(&chars[..i], known)
        {
            return Some((left, right));
        }
    }
    None
}

/// A part that another follows: as it is, or without a linking "s".
fn head(chars: &[char], known: &dyn Fn(&str) -> bool) -> Option<String> {
    let whole: String = chars.iter().collect();
    if known(&whole) {
        return Some(whole);
    }
    match chars.split_last() {
        Some(('s', rest)) if rest.len() >= MIN_PART_CHARS => {
            let rest: String = rest.iter().collect();
            known(&rest).then_some(rest)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_with(word: &str, parts: &[&str]) -> Option<Vec<String>> {
        split(word, &|p| parts.contains(&p))
    }

    #[test]
    fn two_parts() {
        assert_eq!(
            split_with("huurschuld", &["huur", "schuld"]).unwrap(),
            ["huur", "schuld"]
        );
        assert_eq!(split_with("huurschuld", &["huur"]), None, "both parts must be known");
        assert_eq!(split_with("geldzorg", &["geld", "zorg"]).unwrap(), ["geld", "zorg"]);
    }

    #[test]
    fn linking_s() {
        assert_eq!(
            split_with("arbeidsmarkt", &["arbeid", "markt"]).unwrap(),
            ["arbeid", "markt"]
        );
        assert_eq!(
            split_with("arbeidsmarkt", &["arbeids", "arbeid", "markt"]).unwrap(),
            ["arbeids", "markt"],
            "the part with its s first"
        );
    }

    #[test]
    fn three_parts_only_when_two_do_not_split() {
        let known = ["schuld", "hulp", "verlening"];
        assert_eq!(
            split_with("schuldhulpverlening", &known).unwrap(),
            ["schuld", "hulp", "verlening"]
        );
        let known = ["schuld", "hulp", "verlening", "hulpverlening"];
        assert_eq!(
            split_with("schuldhulpverlening", &known).unwrap(),
            ["schuld", "hulpverlening"]
        );
    }

    #[test]
    fn the_longest_first_part_wins() {
        assert_eq!(
            split_with("thuiszorgwinkel", &["thuiszorg", "thuis", "zorgwinkel", "winkel"]).unwrap(),
            ["thuiszorg", "winkel"]
        );
    }

    #[test]
    fn short_parts_and_short_words_do_not_split() {
        assert_eq!(split_with("wmohulp", &["wmo", "hulp"]), None);
        assert_eq!(split_with("zorg", &["zo", "rg"]), None);
        assert_eq!(split_with("", &[]), None);
        assert_eq!(split_with("ééééé", &["éééé"]), None);
    }
}
