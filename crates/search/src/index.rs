//! The tantivy index of the listed providers, one document per provider, in the site's
//! (name) order, merged into a single segment.

use std::path::Path;

use tantivy::schema::{FacetOptions, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, IndexWriter, TantivyDocument};

use crate::analyser::{self, ANALYSER, OwnTerms, TERMS};
use steunwijzer_core::languages;
use steunwijzer_core::model::{Provider, Site};
use steunwijzer_core::values::yaml_name;

/// A searchable text field and the weight of a match in it.
pub(crate) struct TextField {
    pub name: &'static str,
    pub(crate) boost: f32,
    /// A match here says the provider is about the word (its name, summary, topics or
    /// keywords), not that it mentions it: such matches rank first (see `query`).
    pub strong: bool,
}

/// The text fields, in the order the export and the browser client number them.
/// A match in the name weighs most; `topics` holds the names of the provider's life
/// domains, neighbourhoods, languages and target groups, so "turks" or "schalkwijk" finds
/// providers too; `words` holds what residents may search for that the page does not
/// say in those words: the residents' words of the vocabulary that match the provider, its
/// keywords, and its life domains' descriptions (see `vocabulary`); `parts` holds the parts
/// of its compound words (see `compound`), so "schuld" finds "huurschuld" at half weight;
/// `keywords` holds its keywords and the residents' words of the vocabulary items whose
/// `means` its name, summary or topics say (see `vocabulary`).
pub(crate) const TEXT_FIELDS: [TextField; 7] = [
    TextField {
        name: "name",
        boost: 3.0,
        strong: true,
    },
    TextField {
        name: "summary",
        boost: 2.0,
        strong: true,
    },
    TextField {
        name: "topics",
        boost: 1.5,
        strong: true,
    },
    TextField {
        name: "body",
        boost: 1.0,
        strong: false,
    },
    TextField {
        name: "words",
        boost: 1.0,
        strong: false,
    },
    TextField {
        name: "parts",
        boost: 0.5,
        strong: false,
    },
    TextField {
        name: "keywords",
        boost: 1.5,
        strong: true,
    },
];

/// The value indexed in `neighbourhood` for providers that serve the whole municipality.
pub(crate) const WHOLE_MUNICIPALITY: &str = "*";

/// The fields of the schema.
#[derive(Clone, Copy, Debug)]
pub struct Fields {
    /// The provider's slug.
    pub slug: Field,
    /// The text fields, from name to body.
    pub text: [Field; 7],
    /// Facet `/<slug>` per life domain.
    pub life_domain: Field,
    /// Neighbourhoods, for the filter.
    pub neighbourhood: Field,
    /// Those places and the places they lie in: a provider of a buurt lies within its wijk.
    pub within: Field,
    /// Spoken languages, for the filter.
    pub language: Field,
    /// The kind of provider, for the filter.
    pub kind: Field,
    pub(crate) contact_mode: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text_options = |tokenizer| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let slug = b.add_text_field("slug", STRING | STORED);
    // The name goes in as text, analysed by tantivy, and is stored for the `search`
    // command's output; the other fields go in as their terms (see `build`).
    let text = TEXT_FIELDS.map(|f| {
        let options = if f.name == "name" {
            text_options(ANALYSER).set_stored()
        } else {
            text_options(TERMS)
        };
        b.add_text_field(f.name, options)
    });
    let life_domain = b.add_facet_field("life_domain", FacetOptions::default());
    let neighbourhood = b.add_text_field("neighbourhood", STRING);
    let within = b.add_text_field("within", STRING);
    let language = b.add_text_field("language", STRING);
    let kind = b.add_text_field("kind", STRING);
    let contact_mode = b.add_text_field("contact_mode", STRING);
    (
        b.build(),
        Fields {
            slug,
            text,
            life_domain,
            neighbourhood,
            within,
            language,
            kind,
            contact_mode,
        },
    )
}

/// The fields of an index written by this version.
pub fn fields(index: &Index) -> tantivy::Result<Fields> {
    let s = index.schema();
    let text = [
        s.get_field("name")?,
        s.get_field("summary")?,
        s.get_field("topics")?,
        s.get_field("body")?,
        s.get_field("words")?,
        s.get_field("parts")?,
        s.get_field("keywords")?,
    ];
    Ok(Fields {
        slug: s.get_field("slug")?,
        text,
        life_domain: s.get_field("life_domain")?,
        neighbourhood: s.get_field("neighbourhood")?,
        within: s.get_field("within")?,
        language: s.get_field("language")?,
        kind: s.get_field("kind")?,
        contact_mode: s.get_field("contact_mode")?,
    })
}

/// Opens an index written by `build`, with its tokenizers registered.
pub fn open(dir: &Path, own: &OwnTerms) -> tantivy::Result<Index> {
    let index = Index::open_in_dir(dir)?;
    register(&index, own);
    Ok(index)
}

/// Builds the index of `site` in the empty folder `dir`, or in memory when `dir` is None.
/// `terms(doc, field)` gives the terms of the site's `doc`th listed provider in text field
/// `field` as the export has them, a space between: tantivy is given those instead of
/// analysing every text a second time (at 10,000 providers that analysis was an eighth of
/// a build's CPU). Only the name, which the `search` command shows, goes in as text
/// through the analyser.
pub(crate) fn build(
    site: &Site,
    dir: Option<&Path>,
    terms: &dyn Fn(usize, usize) -> String,
    own: &OwnTerms,
) -> tantivy::Result<Index> {
    let (schema, f) = schema();
    let index = match dir {
        Some(dir) => Index::create_in_dir(dir, schema)?,
        None => Index::create_in_ram(schema),
    };
    register(&index, own);
    // One thread keeps documents in insertion order, so document ids follow the site's
    // name order: that order breaks ties between equal scores.
    let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, 20_000_000)?;
    // Only the one merge below: a merge of tantivy's own still running then fails it
    // ("the segments that were merged could not be found"), as it did at 100,000 providers.
    writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    for (i, p) in site.providers.iter().enumerate() {
        writer.add_document(document(site, p, &f, |field| terms(i, field)))?;
    }
    writer.commit()?;
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        // Exact BM25 statistics need one segment (and the export numbers documents in it).
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    Ok(index)
}

fn register(index: &Index, own: &OwnTerms) {
    index.tokenizers().register(ANALYSER, analyser::analyser(own));
    index.tokenizers().register(TERMS, analyser::terms());
}

/// The document of one provider, whose text field `field`'s terms are `terms(field)`.
fn document(site: &Site, p: &Provider, f: &Fields, terms: impl Fn(usize) -> String) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.slug, &p.slug);
    doc.add_text(f.text[0], &p.name);
    for (i, field) in f.text.iter().enumerate().skip(1) {
        doc.add_text(*field, terms(i));
    }
    for d in &p.life_domains {
        doc.add_facet(f.life_domain, tantivy::schema::Facet::from_path([d.as_str()]));
    }
    if p.neighbourhoods.is_empty() {
        doc.add_text(f.neighbourhood, WHOLE_MUNICIPALITY);
    }
    for n in &p.neighbourhoods {
        doc.add_text(f.neighbourhood, n);
    }
    for n in site.places_within(&p.neighbourhoods) {
        doc.add_text(f.within, n);
    }
    for l in &p.languages {
        doc.add_text(f.language, l);
    }
    doc.add_text(f.kind, yaml_name(&p.kind));
    for m in &p.contact_modes {
        doc.add_text(f.contact_mode, yaml_name(m));
    }
    doc
}

/// Words that describe the provider without being in its own text.
pub fn topics(site: &Site, p: &Provider) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(
        p.life_domains
            .iter()
            .filter_map(|s| site.life_domains.iter().find(|d| &d.slug == s))
            .map(|d| d.name.clone()),
    );
    if p.neighbourhoods.is_empty() {
        parts.push(site.config.municipality.clone());
    }
    parts.extend(
        p.neighbourhoods
            .iter()
            .filter_map(|s| site.neighbourhoods.iter().find(|n| &n.slug == s))
            .map(|n| n.name.clone()),
    );
    parts.extend(p.languages.iter().filter_map(|c| languages::name(c)).map(String::from));
    parts.extend(p.target_groups.iter().cloned());
    parts.join(". ")
}
