//! What a document is made from, as one fingerprint: the binary that lays it out, the
//! theme's print files, the template's inputs, the document's path, its edition date and
//! its data. A document whose fingerprint is the one the previous build recorded is taken
//! from that build unmade ([`steunwijzer_core::artifact::Sink::again`]): at 10,000
//! providers typst takes minutes for the 3,000 documents, and an editor's change touches a
//! few of them.
//!
//! The day of making ("gedrukt op") is left out, unless it is a reproducible build's
//! (`SOURCE_DATE_EPOCH`): a document made on an earlier day from the same data is the same
//! document, and says the day it was made.

use serde_json::Value;
use steunwijzer_core::artifact::{Fingerprint, this_binary};
use steunwijzer_core::date::Date;

/// What every document of a build is made by.
pub(crate) struct Maker(String);

impl Maker {
    /// This binary (its version, size and time: a rebuilt binary may lay out otherwise)
    /// and the theme's print files, fingerprinted as `files`. `None` when the binary
    /// cannot be found: then nothing is taken again.
    pub(crate) fn new(files: &str) -> Option<Maker> {
        Some(Maker(format!("{}/{files}", this_binary()?)))
    }

    /// The fingerprint of a document made from `data` with the template `main`, `inputs`,
    /// at `path`, dated `edition`. With `keep_day` false the day of making is left out of
    /// `data` (it is put back).
    pub(crate) fn source(&self, data: &mut Value, how: &[&str], edition: Date, keep_day: bool) -> String {
        let mut h = Fingerprint::default();
        h.part(self.0.as_bytes());
        for part in how {
            h.part(part.as_bytes());
        }
        h.part(edition.iso().as_bytes());
        let taken = if keep_day { Vec::new() } else { take_days(data) };
        h.part(&serde_json::to_vec(data).unwrap_or_default());
        for (at, day) in taken {
            if let Some(slot) = data.pointer_mut(&at) {
                *slot = day;
            }
        }
        h.hex()
    }
}

/// The days of making in a document's data, taken out (replaced by `null`) with where they
/// were: the document's own, and the one of "Zo vindt u hulp" in each language.
fn take_days(data: &mut Value) -> Vec<(String, Value)> {
    let mut at = vec!["/printed".to_string()];
    if let Some(Value::Object(langs)) = data.get("howto") {
        at.extend(langs.keys().map(|l| format!("/howto/{l}/words/printed")));
    }
    at.into_iter()
        .filter_map(|p| data.pointer_mut(&p).map(|v| (p, v.take())))
        .collect()
}

/// The fingerprint of a value, as JSON.
pub(crate) fn of_value(value: &Value) -> String {
    let mut h = Fingerprint::default();
    h.part(&serde_json::to_vec(value).unwrap_or_default());
    h.hex()
}

/// The fingerprint of a theme's print files, by path and contents.
pub(crate) fn of_files<'a>(files: impl Iterator<Item = (&'a str, &'a [u8])>) -> String {
    let mut h = Fingerprint::default();
    for (path, bytes) in files {
        h.part(path.as_bytes());
        h.part(bytes);
    }
    h.hex()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(d: u32) -> Date {
        Date::new(2026, 12, d).unwrap()
    }

    #[test]
    fn the_day_of_making_counts_only_in_a_reproducible_build() {
        let maker = Maker("m".into());
        let mut a = json!({"printed": "3 dec", "providers": {"x": 1}, "howto": {"nl": {"words": {"printed": "3"}}}});
        let mut b = json!({"printed": "4 dec", "providers": {"x": 1}, "howto": {"nl": {"words": {"printed": "4"}}}});
        let how = ["gids.typ", "guide", "gids/haarlem-gids.pdf"];
        let sa = maker.source(&mut a, &how, day(1), false);
        assert_eq!(sa, maker.source(&mut b, &how, day(1), false));
        assert_eq!(a["printed"], "3 dec", "the day is put back");
        assert_eq!(a["howto"]["nl"]["words"]["printed"], "3");
        assert_ne!(
            maker.source(&mut a, &how, day(1), true),
            maker.source(&mut b, &how, day(1), true)
        );
        assert_ne!(sa, maker.source(&mut a, &how, day(2), false), "the edition counts");
        let mut c = json!({"printed": "3 dec", "providers": {"x": 2}});
        assert_ne!(sa, maker.source(&mut c, &how, day(1), false), "the data counts");
        let other = ["gids.typ", "large", "gids/haarlem-gids.pdf"];
        assert_ne!(sa, maker.source(&mut a, &other, day(1), false), "the inputs count");
        assert_ne!(
            sa,
            Maker("n".into()).source(&mut a, &how, day(1), false),
            "the maker counts"
        );
    }

    #[test]
    fn parts_are_told_apart_by_their_lengths() {
        assert_ne!(
            of_files([("ab", &b"c"[..])].into_iter()),
            of_files([("a", &b"bc"[..])].into_iter())
        );
    }
}
