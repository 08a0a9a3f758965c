//! Free pages (`content/pages/<slug>.md`).

use crate::msg;
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
                msg!("cannot-name-page-site-uses-that", slug = file.slug),
            )
            .with_hint(msg!("rename-file")),
        );
        return None;
    }
    if crate::languages::name(&file.slug).is_some() {
        diags.push(
            doc.error(
                Code::ReservedName,
                doc.start_span(),
                msg!("cannot-name-page-language-code-address", slug = file.slug),
            )
            .with_hint(msg!("rename-file")),
        );
        return None;
    }
    if !body::unique_slug(file, seen, true, diags) {
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
        optional: &crate::translations::PAGE_FIELDS[1..],
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
