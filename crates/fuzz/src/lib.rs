//! Entry points for the fuzz targets (`tests/fuzz.rs`): the stages a hostile file goes
//! through, from bytes in memory, with nothing written. Not part of the stable API.

use steunwijzer_core::config;
use steunwijzer_core::content;
use steunwijzer_core::date::Date;
use steunwijzer_core::diagnostic::Diagnostics;
use steunwijzer_core::markdown::{self, Target};
use steunwijzer_core::source::SourceFile;
use steunwijzer_core::validate;
use steunwijzer_search::analyser::OwnTerms;
use steunwijzer_search::query::{self, Dictionary};

const SITE: &str = "title: Fuzzgids\nmunicipality: Teststad\nbase_url: https://example.org/gids/\n";
const DOMAINS: &str = "- slug: wonen\n  name: Wonen\n  description: Een huis.\n\
                       - slug: inkomen\n  name: Inkomen\n  description: Geld.\n";
const HOODS: &str = "- slug: noord\n  name: Noord\n";

/// A provider file (`bytes`) through load and validate on a small site, with every
/// problem rendered for people as `check` prints them. Returns that text.
pub fn provider_file(bytes: &[u8]) -> String {
    let mut diags = Diagnostics::new();
    small_site(&[("fuzz", bytes)], &mut diags);
    diags.render(steunwijzer_core::diagnostic::Language::DUTCH)
}

/// The small site the fuzz targets work on, with `providers`; its problems in `diags`.
fn small_site(providers: &[(&str, &[u8])], diags: &mut Diagnostics) -> Option<steunwijzer_core::model::Site> {
    let src = SourceFile::from_bytes("site.yaml".into(), SITE.as_bytes().to_vec()).ok()?;
    let config = diags.absorb(config::from_source(&src, None));
    let loaded = diags.absorb(content::from_memory(DOMAINS, HOODS, providers));
    let (config, loaded, today) = (config?, loaded?, Date::new(2026, 11, 24)?);
    diags.absorb(validate::validate(
        config,
        &loaded,
        today,
        &mut validate::Memo::default(),
        None,
    ))
}

/// An HSDS export (`bytes`) read and mapped as `import hsds` does, nothing written: the
/// provider files it would write as (name, text), and every problem rendered for people.
pub fn hsds_export(bytes: &[u8]) -> (Vec<(String, String)>, String) {
    let Some(site) = small_site(&[], &mut Diagnostics::new()) else {
        return (Vec::new(), String::new());
    };
    let (files, diags) = steunwijzer::import_dry_run(bytes, &site);
    (files, diags.render(steunwijzer_core::diagnostic::Language::DUTCH))
}

/// A site's tokens file (`bytes`) through the house-style check as `check` runs it: the
/// problems rendered for people.
pub fn stylesheet(bytes: &[u8]) -> String {
    steunwijzer_render::house_style_of(bytes).render(steunwijzer_core::diagnostic::Language::DUTCH)
}

/// The most blocks of an intro page the size check lets through.
pub const INTRO_BLOCKS: usize = steunwijzer_core::validate::MAX_INTRO_BLOCKS;
/// The most characters of an intro page the size check lets through.
pub const INTRO_CHARS: usize = steunwijzer_core::validate::MAX_INTRO_CHARS;

/// An intro page of the printed guide (its Markdown): whether the size check lets it
/// through, and the blocks and characters the guide would then lay out.
pub fn print_intro(text: &str) -> (bool, usize, usize) {
    let blocks = steunwijzer_print::intro_blocks(text);
    (
        steunwijzer_core::validate::intro_too_large(text).is_none(),
        blocks.0,
        blocks.1,
    )
}

/// A Markdown text as it becomes HTML on a provider's page.
pub fn markdown_html(text: &str) -> String {
    markdown::to_html(
        text,
        &Target {
            root: "../../",
            top_heading: 2,
            links_out: true,
        },
    )
}

/// A query as the search plans it over a small dictionary: the words and their terms.
pub fn query_words(text: &str) -> usize {
    let mut dict = Dictionary::default();
    for (term, n) in [
        ("schuld", 3),
        ("schulden", 2),
        ("huur", 4),
        ("huurtoeslag", 1),
        ("mantelzorg", 2),
        ("geld", 5),
    ] {
        dict.terms.insert(term.to_string(), n);
    }
    query::plan(text, &dict, &OwnTerms::default()).len()
}

/// The most words a query is planned with.
pub const MAX_QUERY_WORDS: usize = query::MAX_WORDS;
