//! The stable codes of diagnostics.
//!
//! A code names the kind of problem. Tools may match on it (`check --format json` prints
//! it as `code`); the wording of messages and hints may change, the codes do not. Every
//! code is explained in `docs/diagnostics.md` (a test holds the two together).

use serde::Serialize;

macro_rules! codes {
    ($($(#[$doc:meta])* $name:ident = $text:literal,)*) => {
        /// What kind of problem a diagnostic is.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[$doc])* $name,)*
        }

        impl Code {
            /// Every code, in the order of `docs/diagnostics.md`.
            #[cfg(test)]
            pub const ALL: &[Code] = &[$(Code::$name,)*];

            /// The code as tools see it: lowercase words joined by hyphens.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$name => $text,)*
                }
            }
        }
    };
}

codes! {
    // Files and folders.
    /// A file or folder could not be read.
    Unreadable = "unreadable",
    /// A file is not UTF-8 text.
    NotUtf8 = "not-utf8",
    /// A file in a content folder is not a Markdown file and is ignored.
    NotMarkdown = "not-markdown",
    /// A content file outside `content/providers/` and `content/pages/`, which is not read.
    MisplacedFile = "misplaced-file",
    /// A file name cannot be used as a page address.
    BadFileName = "bad-file-name",
    /// A file or folder that is a symbolic link, which is not followed.
    SymbolicLink = "symbolic-link",
    /// A control, bidi or invisible character in a file.
    HiddenCharacter = "hidden-character",
    /// A content file does not start with front matter.
    MissingFrontMatter = "missing-front-matter",
    /// The front matter has no closing `---` line.
    UnclosedFrontMatter = "unclosed-front-matter",
    /// `check --strict`: `base_url` is still on a name reserved for examples.
    PlaceholderAddress = "placeholder-address",
    /// A file, line or document over a size limit, or nested too deep.
    TooLarge = "too-large",
    // YAML.
    /// The YAML cannot be read at all.
    YamlSyntax = "yaml-syntax",
    /// A key is given twice in one mapping.
    DuplicateKey = "duplicate-key",
    /// A value wrapped in curly quotes (“…”), as a word processor writes them.
    SmartQuotes = "smart-quotes",
    /// A key that is not part of the format.
    UnknownKey = "unknown-key",
    /// A value outside a fixed list (such as `kind`).
    UnknownValue = "unknown-value",
    /// A value of the wrong type (text where a list belongs, and so on).
    WrongType = "wrong-type",
    /// A value of the right type in the wrong form (a date that does not exist).
    InvalidValue = "invalid-value",
    /// A required key is absent.
    MissingKey = "missing-key",
    /// A key is present without a value.
    NoValue = "no-value",
    /// A value, list or list item is empty.
    EmptyValue = "empty-value",
    /// A text the printed guide sets has a letter no print font has.
    Unprintable = "unprintable",
    // Meaning.
    /// A life domain slug that `life-domains.yaml` does not list.
    UnknownLifeDomain = "unknown-life-domain",
    /// A provider named in `content/situaties.yaml` that has no file (left out).
    UnknownProvider = "unknown-provider",
    /// A neighbourhood slug that `neighbourhoods.yaml` does not list.
    UnknownNeighbourhood = "unknown-neighbourhood",
    /// A life domain or neighbourhood is listed twice for one provider.
    ListedTwice = "listed-twice",
    /// `life-domains.yaml` lists no life domains.
    NoLifeDomains = "no-life-domains",
    /// A slug in a list file is not a valid slug.
    InvalidSlug = "invalid-slug",
    /// Two files or list items have the same slug.
    DuplicateSlug = "duplicate-slug",
    /// Two listed providers with the same name.
    DuplicateName = "duplicate-name",
    /// More life domains, neighbourhoods or languages than the search filters hold.
    TooMany = "too-many",
    /// A free page has a name the site uses itself.
    ReservedName = "reserved-name",
    /// A summary over the length limit.
    SummaryTooLong = "summary-too-long",
    /// A review date in the future.
    FutureDate = "future-date",
    /// An entry not reviewed within `stale_after_months`.
    Stale = "stale",
    /// The text below the front matter is empty.
    EmptyBody = "empty-body",
    /// A language that is not an ISO 639-1 code.
    InvalidLanguage = "invalid-language",
    /// A phone number that is not a Dutch number.
    InvalidPhone = "invalid-phone",
    /// A malformed e-mail address.
    InvalidEmail = "invalid-email",
    /// A malformed web address.
    InvalidUrl = "invalid-url",
    /// A web address with http://, accepted with a warning.
    PlainHttp = "plain-http",
    /// A malformed Dutch postcode.
    InvalidPostcode = "invalid-postcode",
    /// `opening_hours` has neither hours nor a note.
    NoOpeningHours = "no-opening-hours",
    /// A closing time that is not after the opening time.
    ClosesBeforeOpens = "closes-before-opens",
    /// A site language the theme does not support.
    UnsupportedLanguage = "unsupported-language",
    /// A setting in `site.yaml` with a value that cannot work.
    InvalidSetting = "invalid-setting",
    /// A provider with no phone, e-mail, website or address.
    Unreachable = "unreachable",
    /// A provider that is not free, and so not listed.
    NotFree = "not-free",
    /// A provider that is part of a neighbourhood team, and so not listed.
    NotIndependent = "not-independent",
    /// The accessibility statement or the privacy page is missing.
    MissingPage = "missing-page",
    /// A free page or a crisis number still holds a part marked `[VUL IN` to fill in.
    FillIn = "fill-in",
    /// `site.yaml` names no crisis numbers (`crisis:`).
    NoCrisisNumbers = "no-crisis-numbers",
    /// The site prints a guide, and this binary was built without printing.
    PrintUnavailable = "print-unavailable",
    /// A provider address of the previous publication that no provider has now.
    AddressGone = "address-gone",
    /// A `means` phrase of the vocabulary that no listed provider's text holds.
    UnmatchedSearchWord = "unmatched-search-word",
    // Import.
    /// A file given to `import hsds` that is not HSDS 3.0 JSON.
    NotHsds = "not-hsds",
    /// Something in an HSDS record that `import hsds` could not put in a provider file.
    NotImported = "not-imported",
    /// An HSDS record `import hsds` left out: inactive, without a name, or its file exists.
    RecordSkipped = "record-skipped",
    // Markdown.
    /// HTML in a text, shown as plain text.
    RawHtml = "raw-html",
    /// An image in a text, replaced by its description.
    ImageRemoved = "image-removed",
    /// A link with a scheme that is not allowed, removed.
    UnsafeLink = "unsafe-link",
    /// A link to a page of the site that does not exist.
    DeadLink = "dead-link",
    // Theme and build.
    /// The theme named in `site.yaml` does not exist.
    ThemeNotFound = "theme-not-found",
    /// A house-style colour pair under WCAG AA contrast, in the light or dark scheme.
    LowContrast = "low-contrast",
    /// A stylesheet of the theme or site that cannot be read as CSS (a block never closed).
    InvalidCss = "invalid-css",
    /// An SVG of the theme or site with a script, an event handler or a reference outside the file.
    ActiveContent = "active-content",
    /// A template cannot be read or rendered.
    TemplateError = "template-error",
    /// A message catalogue (`locales/<language>.ftl`) cannot be read, or a message is missing in it.
    CatalogueError = "catalogue-error",
    /// A message of the site's language has no translation in another interface language; the site's language is shown.
    Untranslated = "untranslated",
    /// The environment cannot be used (`STEUNWIJZER_TODAY`, `SOURCE_DATE_EPOCH`).
    BadEnvironment = "bad-environment",
    /// The output is a source, holds the site, or was not made by steunwijzer, so it is not replaced.
    UnsafeOutput = "unsafe-output",
    /// The site or the search index could not be written; the previous output is unchanged.
    WriteFailed = "write-failed",
    /// The site could not be swapped in and the new search index could not be taken back.
    PartlyWritten = "partly-written",
    /// The search index could not be built.
    IndexFailed = "index-failed",
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Code {
    /// A warning that is a reminder or a decision, not a mistake in what was written: an
    /// entry due for review, a provider deliberately not listed. `check --strict` lets them
    /// pass, so one entry growing old does not block every other change.
    pub(crate) fn is_reminder(self) -> bool {
        matches!(
            self,
            Code::Stale | Code::NotFree | Code::NotIndependent | Code::AddressGone
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_readable() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            let text = code.as_str();
            assert!(crate::text::is_slug(text), "{text}");
            assert!(seen.insert(text), "{text} twice");
        }
    }

    /// Each code has a section in docs/diagnostics.md, in the same order.
    #[test]
    fn every_code_is_documented() {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/diagnostics.md"))
            .expect("docs/diagnostics.md");
        let documented: Vec<&str> = doc
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .collect();
        let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(documented, codes, "docs/diagnostics.md lists every code, in order");
    }
}
