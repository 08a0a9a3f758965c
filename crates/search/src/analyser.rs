//! The Dutch text analysis shared by the index, the `search` command and (function for
//! function) the browser client in `themes/default/static/js/search-engine.js`, whose
//! Dutch stemmer (`stem-nl.js`) is the same Snowball algorithm, generated.
//!
//! A text becomes terms in five steps:
//! 1. split into words: runs of letters and digits (`char::is_alphanumeric`);
//!    words longer than 40 bytes are dropped (they are never words a resident types);
//! 2. lowercase;
//! 3. fold: compatibility decomposition (NFKD), combining marks removed, and a few
//!    letters that do not decompose mapped by hand (ß → ss, ø → o, …), so
//!    "cliënt" = "client" and "financiële" = "financiele";
//! 4. drop Dutch stop words;
//! 5. stem with the Snowball (Porter) Dutch stemmer of rust-stemmers 1.2.0, pinned; words
//!    that are not plain ASCII after folding are kept as they are. A word the site's
//!    vocabulary gives a term of its own ([`OwnTerms`], `own_term:` in
//!    `content/zoekwoorden.yaml`) gets that term instead: the stemmer makes "ouderen"
//!    (elderly) and "ouders" (parents) one word, the vocabulary keeps them apart.
//!
//! tantivy 0.27's built-in Dutch stemmer is not used: it strips a leading "ge-"
//! (gemeente → meen, gezondheid → zon), which merges unrelated words.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::mem;
use std::sync::Arc;

use rust_stemmers::{Algorithm, Stemmer};
use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, TextAnalyzerBuilder, Token, TokenFilter, TokenStream,
    Tokenizer, WhitespaceTokenizer,
};

use steunwijzer_core::text;

/// The name the analyser is registered under in the index.
pub(crate) const ANALYSER: &str = "nl_steunwijzer";
/// The tokenizer of the text fields the index is given as terms already analysed, with a
/// space between them (`FieldTerms::joined` in `postings`): a term is letters and
/// digits only, so splitting at spaces gives them back.
pub(crate) const TERMS: &str = "steunwijzer_terms";

/// Longest word kept, in bytes (tantivy's `RemoveLongFilter` counts bytes).
pub(crate) const MAX_WORD_BYTES: usize = 40;

/// Dutch stop words (the Snowball list). They are dropped from texts and queries.
pub(crate) const STOP_WORDS: &[&str] = &[
    "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der", "deze", "die",
    "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had", "heb",
    "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je",
    "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets",
    "nog", "nu", "of", "om", "omdat", "onder", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen",
    "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "werd", "wezen", "wie", "wil",
    "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou",
];

pub(crate) fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// Words (folded) that carry no meaning on their own in a resident's question: "net",
/// "steeds", "eigen", "hulp", "vraag", the verbs and pronouns around the words that
/// matter, in Dutch, English, Turkish, Polish, Arabic and Ukrainian, and the pieces of an
/// English contraction ("don't" is "don" and "t"). A query drops them, and every word of
/// a single letter, when it holds another word; only then do they count. (No stop word and
/// no single letter is listed: those never reach this list.) Texts keep them:
/// "eigen" in "Steunpunt Eigen Kracht" is still found by "eigen kracht".
pub(crate) const WEAK_WORDS: &[&str] = &[
    "about",
    "allemaal",
    "alstublieft",
    "always",
    "am",
    "an",
    "and",
    "ander",
    "anders",
    "any",
    "anymore",
    "are",
    "at",
    "be",
    "been",
    "beetje",
    "bent",
    "bir",
    "biri",
    "bu",
    "but",
    "by",
    "can",
    "cannot",
    "cant",
    "co",
    "cok",
    "da",
    "did",
    "didn",
    "do",
    "doe",
    "does",
    "doesn",
    "doet",
    "don",
    "echt",
    "eigen",
    "erg",
    "even",
    "for",
    "from",
    "ga",
    "gaan",
    "gaat",
    "get",
    "gewoon",
    "ging",
    "gisteren",
    "goed",
    "got",
    "graag",
    "has",
    "have",
    "he",
    "hebt",
    "heel",
    "help",
    "helpen",
    "helpt",
    "her",
    "here",
    "his",
    "how",
    "hulp",
    "icin",
    "iedereen",
    "ile",
    "it",
    "its",
    "jak",
    "jest",
    "just",
    "kom",
    "komen",
    "komt",
    "kreeg",
    "krijg",
    "krijgen",
    "krijgt",
    "kun",
    "kunt",
    "kwam",
    "ll",
    "lukken",
    "lukt",
    "mag",
    "mam",
    "mensen",
    "mi",
    "mine",
    "moeten",
    "mogen",
    "moj",
    "moja",
    "morgen",
    "mu",
    "my",
    "myself",
    "nasil",
    "ne",
    "need",
    "net",
    "never",
    "nie",
    "niemand",
    "no",
    "nodig",
    "nooit",
    "not",
    "on",
    "or",
    "our",
    "paar",
    "people",
    "person",
    "persoon",
    "please",
    "po",
    "pomoc",
    "probleem",
    "problem",
    "problemen",
    "problems",
    "prosze",
    "re",
    "really",
    "she",
    "sie",
    "snel",
    "some",
    "somebody",
    "someone",
    "soms",
    "staan",
    "staat",
    "steeds",
    "still",
    "su",
    "that",
    "the",
    "their",
    "them",
    "there",
    "they",
    "this",
    "to",
    "us",
    "vaak",
    "vandaag",
    "var",
    "ve",
    "very",
    "vind",
    "vindt",
    "vraag",
    "vragen",
    "we",
    "weer",
    "weet",
    "wel",
    "were",
    "weten",
    "what",
    "when",
    "where",
    "which",
    "who",
    "why",
    "willen",
    "wilt",
    "with",
    "won",
    "word",
    "yardim",
    "yes",
    "yok",
    "you",
    "your",
    "zit",
    "zitten",
    "zoek",
    "zoeken",
    "zoekt",
    "zouden",
    "допомога",
    "мені",
    "моя",
    "міи",
    "на",
    "не",
    "та",
    "الى",
    "انا",
    "على",
    "عن",
    "عندي",
    "في",
    "مساعدة",
    "من",
];

/// Whether a folded query word says nothing on its own (see [`WEAK_WORDS`]).
pub(crate) fn is_weak(folded: &str) -> bool {
    folded.chars().nth(1).is_none() || WEAK_WORDS.binary_search(&folded).is_ok()
}

/// The Dutch stem of a folded word; words that are not plain ASCII stay as they are.
pub fn stem(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        Cow::Owned(STEMS.with_borrow_mut(|memo| memo.stem(word)))
    } else {
        Cow::Borrowed(word)
    }
}

/// The stems each thread has made: a site's texts use a few ten thousand words over and
/// over, and looking one up takes a fraction of stemming it again (at 10,000 providers
/// stemming was 7 % of a build's samples).
#[derive(Default)]
struct Stems(std::collections::HashMap<Box<str>, Box<str>>);

/// Words kept at most per thread (a few megabytes); then it starts again.
const MAX_STEMS: usize = 1 << 16;

impl Stems {
    fn stem(&mut self, word: &str) -> String {
        if let Some(stem) = self.0.get(word) {
            return stem.to_string();
        }
        let stem = stemmer().stem(word).into_owned();
        if self.0.len() >= MAX_STEMS {
            self.0.clear();
        }
        self.0.insert(word.into(), stem.as_str().into());
        stem
    }
}

thread_local! {
    static STEMS: std::cell::RefCell<Stems> = std::cell::RefCell::default();
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: std::sync::OnceLock<Stemmer> = std::sync::OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::Dutch))
}

/// Folded words and the term each gets instead of its stem. Every word of one
/// `own_term:` list gets the first word of the list, folded and unstemmed, as its term.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnTerms(Arc<BTreeMap<String, String>>);

impl OwnTerms {
    /// From folded word to its own term.
    pub fn new(map: BTreeMap<String, String>) -> OwnTerms {
        OwnTerms(Arc::new(map))
    }

    /// The term of a folded word: its own term, or its stem.
    pub fn term<'a>(&'a self, folded: &'a str) -> Cow<'a, str> {
        match self.0.get(folded) {
            Some(own) => Cow::Borrowed(own.as_str()),
            None => stem(folded),
        }
    }

    /// The words and their terms.
    pub fn map(&self) -> &BTreeMap<String, String> {
        &self.0
    }
}

/// One word of a text, before and after stemming.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lowercased and folded, not stemmed (used for prefix matching).
    pub folded: String,
    /// The term as it is in the index.
    pub term: String,
}

/// Splits `text` into words (steps 1-4) and stems them (step 5), the same way the index
/// analyser does. Stop words are left out.
pub fn words(text: &str, own: &OwnTerms) -> Vec<Word> {
    collect(&mut until_stemming().build(), text, own)
}

/// As [`words`], stop words kept: a phrase ("wil niet meer leven") is more than the words
/// that carry meaning on their own.
pub fn all_words(text: &str, own: &OwnTerms) -> Vec<Word> {
    collect(&mut until_stop_words().build(), text, own)
}

fn collect(analyser: &mut TextAnalyzer, text: &str, own: &OwnTerms) -> Vec<Word> {
    let mut stream = analyser.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let folded = stream.token().text.clone();
        let term = own.term(&folded).into_owned();
        out.push(Word { folded, term });
    }
    out
}

/// The tokenizer of the fields the index is given as terms (see [`TERMS`]).
pub(crate) fn terms() -> TextAnalyzer {
    TextAnalyzer::from(WhitespaceTokenizer::default())
}

/// The analyser the index uses for its text fields.
pub fn analyser(own: &OwnTerms) -> TextAnalyzer {
    until_stemming().filter(DutchStemmer(own.clone())).build()
}

/// Steps 1 to 4, shared by the index analyser and [`words`].
fn until_stemming() -> TextAnalyzerBuilder<impl Tokenizer> {
    until_stop_words().filter(StopWords)
}

fn until_stop_words() -> TextAnalyzerBuilder<impl Tokenizer> {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES + 1))
        .filter(LowerCaser)
        .filter(Fold)
}

/// A token filter applying a function to each token's text, or dropping the token.
macro_rules! token_filter {
    ($(#[$doc:meta])* $name:ident, $stream:ident, |$text:ident| $body:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default)]
        pub struct $name;

        impl TokenFilter for $name {
            type Tokenizer<T: Tokenizer> = Wrapped<$name, T>;
            fn transform<T: Tokenizer>(self, tokenizer: T) -> Wrapped<$name, T> {
                Wrapped { filter: self, inner: tokenizer }
            }
        }

        impl $name {
            /// The new text of a token, or None to drop it.
            // One signature for all filters: some drop tokens, some never do.
            #[allow(clippy::unnecessary_wraps)]
            fn apply($text: &str) -> Option<Cow<'_, str>> {
                $body
            }
        }

        impl<T: Tokenizer> Tokenizer for Wrapped<$name, T> {
            type TokenStream<'a> = $stream<T::TokenStream<'a>>;
            fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
                $stream { inner: self.inner.token_stream(text) }
            }
        }

        /// The token stream of the filter.
        pub struct $stream<S> {
            inner: S,
        }

        impl<S: TokenStream> TokenStream for $stream<S> {
            fn advance(&mut self) -> bool {
                while self.inner.advance() {
                    let token = self.inner.token_mut();
                    match $name::apply(&token.text) {
                        None => continue,
                        Some(Cow::Borrowed(_)) => return true,
                        Some(Cow::Owned(new)) => {
                            let _ = mem::replace(&mut token.text, new);
                            return true;
                        }
                    }
                }
                false
            }
            fn token(&self) -> &Token {
                self.inner.token()
            }
            fn token_mut(&mut self) -> &mut Token {
                self.inner.token_mut()
            }
        }
    };
}

/// A tokenizer wrapped by one of the filters below.
#[derive(Clone)]
pub struct Wrapped<F, T> {
    // Most filters are stateless; they are kept to name the type.
    #[allow(dead_code)]
    filter: F,
    inner: T,
}

token_filter!(
    /// Step 3: fold diacritics.
    Fold,
    FoldStream,
    |text| if text.is_ascii() { Some(Cow::Borrowed(text)) } else { Some(Cow::Owned(text::fold(text))) }
);

token_filter!(
    /// Step 4: drop stop words.
    StopWords,
    StopWordStream,
    |text| if is_stop_word(text) { None } else { Some(Cow::Borrowed(text)) }
);

/// Step 5: the site's own terms, else the pinned Snowball Dutch stemmer.
#[derive(Clone, Debug)]
pub(crate) struct DutchStemmer(OwnTerms);

impl TokenFilter for DutchStemmer {
    type Tokenizer<T: Tokenizer> = Wrapped<DutchStemmer, T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> Wrapped<DutchStemmer, T> {
        Wrapped {
            filter: self,
            inner: tokenizer,
        }
    }
}

impl<T: Tokenizer> Tokenizer for Wrapped<DutchStemmer, T> {
    type TokenStream<'a> = DutchStemStream<'a, T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        DutchStemStream {
            own: &self.filter.0,
            inner: self.inner.token_stream(text),
        }
    }
}

pub(crate) struct DutchStemStream<'a, S> {
    own: &'a OwnTerms,
    inner: S,
}

impl<S: TokenStream> TokenStream for DutchStemStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.inner.advance() {
            return false;
        }
        let token = self.inner.token_mut();
        let new = match self.own.0.get(&token.text) {
            Some(own) => Some(own.clone()),
            None => match stem(&token.text) {
                Cow::Owned(stemmed) => Some(stemmed),
                Cow::Borrowed(_) => None,
            },
        };
        if let Some(new) = new {
            token.text = new;
        }
        true
    }
    fn token(&self) -> &Token {
        self.inner.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        let mut a = analyser(&OwnTerms::default());
        let mut s = a.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push(s.token().text.clone());
        }
        out
    }

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(
            WEAK_WORDS.windows(2).all(|w| w[0] < w[1]),
            "sorted, for the binary search"
        );
        assert!(WEAK_WORDS.iter().all(|w| text::fold(&w.to_lowercase()) == *w), "folded");
        assert!(
            WEAK_WORDS
                .iter()
                .all(|w| !is_stop_word(w) && w.chars().nth(1).is_some()),
            "a stop word or a single letter never reaches the list"
        );
    }

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(text::fold("cliënt"), "client");
        assert_eq!(text::fold("financiële"), "financiele");
        assert_eq!(text::fold("café"), "cafe");
        assert_eq!(text::fold("straße"), "strasse");
        assert_eq!(text::fold("ĳs"), "ijs");
        assert_eq!(text::fold("øre"), "ore");
        assert_eq!(terms("Cliënt"), terms("client"));
        assert_eq!(terms("Financiële hulp"), terms("financiele HULP"));
    }

    #[test]
    fn splits_on_punctuation_and_drops_stop_words_and_long_words() {
        assert_eq!(terms("Hulp bij schulden, en bij de huur!"), ["hulp", "schuld", "hur"]);
        assert_eq!(terms("auto's"), ["auto", "s"]);
        assert!(terms(&"a".repeat(41)).is_empty());
        assert_eq!(terms(&"a".repeat(40)).len(), 1);
        assert!(terms("🙂 \" * <script>").iter().all(|t| t == "script"));
    }

    #[test]
    fn non_latin_words_are_kept_unstemmed() {
        assert_eq!(terms("مساعدة"), ["مساعدة"]);
        assert_eq!(terms("Ölçek"), ["olcek"]);
    }

    /// Stems of social-domain words, pinned: a change of stemmer or version shows here.
    /// Words that begin with "ge-" keep it (gemeente, gezondheid, begeleiding).
    const SOCIAL_DOMAIN_STEMS: &[(&str, &str)] = &[
        ("schulden", "schuld"),
        ("schuld", "schuld"),
        ("schuldhulpverlening", "schuldhulpverlen"),
        ("gemeente", "gemeent"),
        ("gemeenten", "gemeent"),
        ("gezondheid", "gezond"),
        ("begeleiding", "begeleid"),
        ("mogelijkheden", "mogelijk"),
        ("mantelzorg", "mantelzorg"),
        ("mantelzorgers", "mantelzorger"),
        ("ondersteuning", "ondersteun"),
        ("ondersteuner", "ondersteuner"),
        ("clientondersteuning", "clientondersteun"),
        ("uitkering", "uitker"),
        ("uitkeringen", "uitker"),
        ("toeslagen", "toeslag"),
        ("huurtoeslag", "huurtoeslag"),
        ("zorgtoeslag", "zorgtoeslag"),
        ("wonen", "won"),
        ("woning", "woning"),
        ("woningen", "woning"),
        ("werk", "werk"),
        ("werken", "werk"),
        ("werkloos", "werklos"),
        ("inkomen", "inkom"),
        ("onderwijs", "onderwijs"),
        ("jeugdhulp", "jeugdhulp"),
        ("jongeren", "jonger"),
        ("kinderen", "kinder"),
        ("ouders", "ouder"),
        ("ouderen", "ouder"),
        ("welzijn", "welzijn"),
        ("eenzaamheid", "eenzam"),
        ("vrijwilligers", "vrijwilliger"),
        ("vrijwilliger", "vrijwilliger"),
        ("vakbond", "vakbond"),
        ("klachten", "klacht"),
        ("klachtenregeling", "klachtenregel"),
        ("bezwaar", "bezwar"),
        ("formulieren", "formulier"),
        ("aanvragen", "aanvrag"),
        ("huisbezoek", "huisbezoek"),
        ("dementie", "dementie"),
        ("beperking", "beperk"),
        ("beperkingen", "beperk"),
        ("verslaving", "verslav"),
        ("dagbesteding", "dagbested"),
        ("huishoudelijke", "huishoud"),
        ("rolstoel", "rolstoel"),
        ("hulpmiddelen", "hulpmiddel"),
        ("budgetcoach", "budgetcoach"),
        ("financiele", "financiel"),
        ("gratis", "gratis"),
        ("onafhankelijke", "onafhank"),
        ("scheiding", "scheiding"),
        ("statushouders", "statushouder"),
        ("inburgering", "inburger"),
        ("zorgverzekering", "zorgverzeker"),
        ("huisarts", "huisart"),
        ("wijkteam", "wijkteam"),
    ];

    #[test]
    fn stems_of_social_domain_words() {
        assert!(SOCIAL_DOMAIN_STEMS.len() >= 50);
        let wrong: Vec<String> = SOCIAL_DOMAIN_STEMS
            .iter()
            .filter(|(w, s)| stem(w) != *s)
            .map(|(w, s)| format!("{w}: expected {s}, got {}", stem(w)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn a_kept_stem_is_the_stemmer_s() {
        let mut memo = Stems::default();
        for word in ["ouderen", "wonen", "ouderen", "schulden", "wonen"] {
            assert_eq!(memo.stem(word), stemmer().stem(word));
        }
        assert_eq!(memo.0.len(), 3);
    }

    #[test]
    fn words_keep_the_unstemmed_form() {
        let w = words("Schulden Mantelzorgers", &OwnTerms::default());
        assert_eq!(
            w[0],
            Word {
                folded: "schulden".into(),
                term: "schuld".into()
            }
        );
        assert_eq!(w[1].term, "mantelzorger");
    }
}

#[cfg(test)]
mod own_term_tests {
    use super::*;

    #[test]
    fn own_terms_keep_words_apart_and_join_them() {
        let own = OwnTerms::new(BTreeMap::from([
            ("ouderen".to_string(), "ouderen".to_string()),
            ("oudere".to_string(), "ouderen".to_string()),
        ]));
        let terms = |text: &str| -> Vec<String> { words(text, &own).into_iter().map(|w| w.term).collect() };
        assert_eq!(terms("Ouderen, oudere ouders"), ["ouderen", "ouderen", "ouder"]);
        let mut a = analyser(&own);
        let mut s = a.token_stream("ouderen en ouders");
        let mut indexed = Vec::new();
        while s.advance() {
            indexed.push(s.token().text.clone());
        }
        assert_eq!(indexed, ["ouderen", "ouder"], "the index and the query agree");
    }
}
