//! Free pages (`content/pages/<slug>.md`).

use std::collections::BTreeMap;

use super::body;
use crate::content::ContentFile;
use crate::content::raw::RawPage;
use crate::diagnostic::{Code, Diagnostics};
use crate::model::Page;
use crate::paths;
use crate::translations::{self, Fields, Langs};

pub(super) fn page(
    file: &ContentFile<RawPage>,
    seen: &mut BTreeMap<String, String>,
    langs: Langs<'_>,
    diags: &mut Diagnostics,
) -> Option<Page> {
    let doc = &file.doc;
    if paths::RESERVED.contains(&file.slug.as_str()) {
        diags.push(
            doc.error(
                Code::ReservedName,
                doc.start_span(),
                format!(
                    "`{}` cannot be the name of a page: the site uses that address itself",
                    file.slug
                ),
            )
            .with_hint("rename the file"),
        );
        return None;
    }
    if crate::languages::name(&file.slug).is_some() {
        diags.push(
            doc.error(
                Code::ReservedName,
                doc.start_span(),
                format!(
                    "`{}` cannot be the name of a page: it is a language code, the address of the pages in that language",
                    file.slug
                ),
            )
            .with_hint("rename the file"),
        );
        return None;
    }
    if !body::unique_slug(file, seen, "page", diags) {
        return None;
    }
    let title = body::required_text(doc, "title", file.raw.title.as_deref(), "Over deze site", diags);
    let body = body::non_empty(file, diags);
    let fields = Fields {
        required: if file.raw.summary.is_some() {
            &["title", "summary"]
        } else {
            &["title"]
        },
        optional: &["summary", "text"],
    };
    let translations = translations::check(doc, &[], &file.raw.translations, &fields, langs, diags);
    if file.had_errors {
        return None;
    }
    Some(Page {
        slug: file.slug.clone(),
        title: title?,
        summary: file
            .raw
            .summary
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from),
        order: file.raw.order.unwrap_or(100),
        body: body?,
        translations,
    })
}
