//! "Did you mean …?" for misspelt keys, slugs and values.

use crate::diagnostic::Msg;
use crate::msg;

/// Edit distance with transpositions (optimal string alignment), over characters:
/// `strsim`'s, which the browser's `search-engine.js` computes the same way.
pub fn distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// The closest candidate if it is close enough to be a likely typo: at most a third of
/// the word's letters changed, rounded up (at least one, at most three). Ties go to the first
/// candidate, so the answer is stable.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input_lower = input.to_lowercase();
    let limit = (input.chars().count().div_ceil(3)).clamp(1, 3);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = distance(&input_lower, &c.to_lowercase());
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// What the hint lists when no candidate is close: the message id of "choose from: a, b"
/// and its kin, which name the candidates in `{ $list }`.
#[derive(Debug, Clone, Copy)]
pub enum Otherwise {
    /// "choose from: …"
    ChooseFrom,
    /// "choose one of: …"
    ChooseOneOf,
    /// "allowed keys here: …"
    AllowedKeys,
    /// "the providers are: …"
    Providers,
    /// "the free pages are: …"
    FreePages,
}

/// A hint for a value that is not one of `candidates`: "did you mean `x`?" when one is
/// close, else the candidates listed after `otherwise` ("choose from: a, b, c").
pub fn hint<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str> + Clone, otherwise: Otherwise) -> Msg {
    if let Some(h) = missing_comma(input, candidates.clone()) {
        return h;
    }
    if let Some(meant) = did_you_mean(input, candidates.clone()) {
        return msg!("did-you-mean", meant);
    }
    let list = candidates.into_iter().collect::<Vec<_>>().join(", ");
    match otherwise {
        Otherwise::ChooseFrom => msg!("choose-from", list),
        Otherwise::ChooseOneOf => msg!("choose-one-of", list),
        Otherwise::AllowedKeys => msg!("allowed-keys-here", list),
        Otherwise::Providers => msg!("the-providers-are", list),
        Otherwise::FreePages => msg!("the-free-pages-are", list),
    }
}

/// "add a comma" when `input` is two or more allowed values with only spaces, semicolons
/// or slashes between them (`[inkomen wonen]` and `[inkomen; wonen]` are one item to
/// YAML).
fn missing_comma<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<Msg> {
    let words: Vec<&str> = input
        .split(|c: char| c.is_whitespace() || matches!(c, ';' | '/' | '|'))
        .filter(|w| !w.is_empty())
        .collect();
    let allowed: Vec<&str> = candidates.into_iter().collect();
    (words.len() > 1 && words.iter().all(|w| allowed.contains(w)))
        .then(|| msg!("put-comma-between-items", words = words.join(", ")))
}

/// Words editors write for keys and values, in Dutch or in other places than the format
/// puts them, and what the format calls them (with the full path of nested keys). Typos
/// are handled by [`did_you_mean`]; this is for words that look nothing like the key.
const GLOSSARY: &[(&str, &str)] = &[
    // Keys of a provider.
    ("naam", "name"),
    ("samenvatting", "summary"),
    ("omschrijving", "summary"),
    ("soort", "kind"),
    ("type", "kind"),
    ("levensgebieden", "life_domains"),
    ("levensgebied", "life_domains"),
    ("domeinen", "life_domains"),
    ("wijken", "neighbourhoods"),
    ("wijk", "neighbourhoods"),
    ("doelgroepen", "target_groups"),
    ("doelgroep", "target_groups"),
    ("talen", "languages"),
    ("taal", "languages"),
    ("telefoon", "contact.phone"),
    ("telefoonnummer", "contact.phone"),
    ("tel", "contact.phone"),
    ("phone", "contact.phone"),
    ("mail", "contact.email"),
    ("e-mail", "contact.email"),
    ("email", "contact.email"),
    ("website", "contact.website"),
    ("url", "contact.website"),
    ("adres", "contact.address"),
    ("address", "contact.address"),
    ("straat", "contact.address.street"),
    ("postcode", "contact.address.postcode"),
    ("plaats", "contact.address.city"),
    ("openingstijden", "opening_hours"),
    ("bereikbaarheid", "contact_modes"),
    ("toegankelijkheid", "accessibility"),
    ("gratis", "free"),
    ("onafhankelijk", "independent"),
    ("klachten", "complaints"),
    ("klachtenregeling", "complaints"),
    ("gecontroleerd", "last_reviewed"),
    ("laatst_gecontroleerd", "last_reviewed"),
    ("datum", "last_reviewed"),
    // Keys of site.yaml.
    ("titel", "title"),
    ("gemeente", "municipality"),
    ("adres_website", "base_url"),
    // Values of `kind`.
    ("vakbond", "union"),
    ("organisatie", "organisation"),
    ("vrijwilligers", "volunteer-organisation"),
    ("vrijwilligersorganisatie", "volunteer-organisation"),
    ("zzp", "self-employed"),
    ("zzp-er", "self-employed"),
    ("zelfstandige", "self-employed"),
    ("belangenorganisatie", "interest-group"),
    ("ouderenbond", "interest-group"),
    ("mantelzorgvereniging", "interest-group"),
];

/// What the format calls the word `input`, if the glossary knows it (`naam` → `name`).
pub fn meaning(input: &str) -> Option<&'static str> {
    let word = input.trim().to_lowercase();
    GLOSSARY.iter().find(|(w, _)| *w == word).map(|(_, meant)| *meant)
}

/// What the format calls `input`, if the glossary knows the word (`telefoon` →
/// `contact.phone`), as a hint. `here` are the keys or values allowed where `input`
/// stands: a glossary entry that is allowed here is given as is, one that belongs
/// elsewhere is given with its full path.
pub(crate) fn glossary_hint<'a>(input: &str, here: impl IntoIterator<Item = &'a str>) -> Option<Msg> {
    let word = input.trim().to_lowercase();
    let (_, meant) = GLOSSARY.iter().find(|(w, _)| *w == word)?;
    let here: Vec<&str> = here.into_iter().collect();
    if here.contains(meant) {
        return Some(msg!("did-you-mean", meant));
    }
    let (parent, key) = meant.rsplit_once('.')?;
    if here.contains(&key) {
        return Some(msg!("did-you-mean", meant = key));
    }
    Some(msg!("did-you-mean-under", key, parent, meant))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_values_without_a_comma_get_the_comma() {
        let domains = ["wonen", "werk", "inkomen"];
        assert_eq!(
            hint("inkomen wonen", domains, Otherwise::ChooseFrom),
            "put a comma between the items: `inkomen, wonen`"
        );
        assert_eq!(
            hint("inkomen; wonen", domains, Otherwise::ChooseFrom),
            "put a comma between the items: `inkomen, wonen`"
        );
        assert_eq!(
            hint("inkomen woonen", domains, Otherwise::ChooseFrom),
            "choose from: wonen, werk, inkomen"
        );
        assert_eq!(hint("woonen", domains, Otherwise::ChooseFrom), "did you mean `wonen`?");
    }

    #[test]
    fn the_glossary_crosses_languages_and_nesting() {
        let top = ["name", "summary", "kind", "contact"];
        assert_eq!(
            glossary_hint("telefoon", top).unwrap(),
            "did you mean `phone` under `contact:`? (`contact.phone`)"
        );
        assert_eq!(glossary_hint("Naam", top).unwrap(), "did you mean `name`?");
        assert_eq!(
            glossary_hint("telefoon", ["phone", "email"]).unwrap(),
            "did you mean `phone`?"
        );
        assert_eq!(
            glossary_hint("vakbond", ["union", "organisation"]).unwrap(),
            "did you mean `union`?"
        );
        assert_eq!(glossary_hint("fiets", top), None);
    }

    #[test]
    fn distances() {
        assert_eq!(distance("woonen", "wonen"), 1);
        assert_eq!(distance("wnoen", "wonen"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggests_close_words_only() {
        let domains = ["zorg", "wonen", "werk", "inkomen"];
        assert_eq!(did_you_mean("woonen", domains), Some("wonen"));
        assert_eq!(did_you_mean("Wonen", domains), Some("wonen"));
        assert_eq!(did_you_mean("inkommen", domains), Some("inkomen"));
        assert_eq!(did_you_mean("geld", domains), None);
        assert_eq!(did_you_mean("naam", ["name", "summary"]), Some("name"));
        assert_eq!(hint("woonen", domains, Otherwise::ChooseFrom), "did you mean `wonen`?");
        assert_eq!(
            hint("geld", domains, Otherwise::ChooseFrom),
            "choose from: zorg, wonen, werk, inkomen"
        );
    }
}
