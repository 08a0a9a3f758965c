//! What every content file shares: a unique slug, a required title-like text, and a
//! Markdown body that is not empty and links only to pages that exist.

use crate::msg;
use std::collections::BTreeMap;

use crate::content::ContentFile;
use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::markdown::{self, Body};
use crate::source::span_of_range;
use crate::suggest;
use crate::yaml::{Document, key};

/// Reports a slug used by two files (slugs of files already seen are in `seen`, with
/// their paths); false for the second. `page` for free pages, else providers.
pub(super) fn unique_slug<T>(
    file: &ContentFile<T>,
    seen: &mut BTreeMap<String, String>,
    page: bool,
    diags: &mut Diagnostics,
) -> bool {
    let path = file.doc.display().to_string();
    if let Some(first) = seen.get(&file.slug) {
        diags.push(
            file.doc
                .error(
                    Code::DuplicateSlug,
                    file.doc.start_span(),
                    if page {
                        msg!("duplicate-page-slug", slug = file.slug, first)
                    } else {
                        msg!("duplicate-provider-slug", slug = file.slug, first)
                    },
                )
                .with_hint(msg!("every-file-name-must-unique-also")),
        );
        return false;
    }
    seen.insert(file.slug.clone(), path);
    true
}

/// The error for a required key that is absent, or present without a value. None when
/// the front matter has the key misspelt (`naam:`): its own error already says `name`.
pub(super) fn missing(doc: &Document, name: &str) -> Option<Diagnostic> {
    let path = key(name);
    if doc.get(&path).is_some() {
        return Some(doc.error(Code::NoValue, doc.key_span(&path), msg!("has-no-value", name)));
    }
    if misspelt(doc, name) {
        return None;
    }
    Some(doc.error(Code::MissingKey, doc.start_span(), msg!("missing-required-key", name)))
}

/// Whether another top-level key of `doc` is `name` misspelt or in Dutch (`naam`, `nmae`).
fn misspelt(doc: &Document, name: &str) -> bool {
    let Some(serde_yaml::Value::Mapping(top)) = doc.get(&[]) else {
        return false;
    };
    top.keys()
        .filter_map(serde_yaml::Value::as_str)
        .filter(|k| *k != name)
        .any(|k| suggest::meaning(k) == Some(name) || suggest::did_you_mean(k, [name]).is_some())
}

/// A required, non-blank text of the front matter.
pub(super) fn required_text(
    doc: &Document,
    name: &str,
    value: Option<&str>,
    example: &str,
    diags: &mut Diagnostics,
) -> Option<String> {
    let path = key(name);
    doc.required_text(&path, value, example, diags, || {
        // Present but undecodable: that error is already reported.
        if doc.has_value(&path) {
            return None;
        }
        missing(doc, name).map(|d| d.with_hint(msg!("add-line-front-matter", name, example)))
    })
}

/// `value` of the key `name`, when it can be a name (`text::name_problem`, the rule `init`
/// uses too); an error at the value otherwise.
pub(super) fn name_rule(doc: &Document, name: &str, value: Option<String>, diags: &mut Diagnostics) -> Option<String> {
    let value = value?;
    match crate::text::name_problem(&value) {
        None => Some(value),
        Some(problem) => {
            diags.push(
                doc.error(
                    Code::InvalidValue,
                    doc.value_span(&key(name)),
                    msg!(
                        "cannot-be-a-name",
                        key = name,
                        problem = crate::formats::name_problem(&problem)
                    ),
                )
                .with_hint(msg!("write-name-as-residents-know-one")),
            );
            None
        }
    }
}

/// The body, when it is not empty (reported otherwise).
pub(super) fn non_empty<T>(file: &ContentFile<T>, diags: &mut Diagnostics) -> Option<Body> {
    if file.body.markdown.trim().is_empty() {
        diags.push(
            file.doc
                .error(Code::EmptyBody, file.body_span, msg!("text-below-front-matter-empty"))
                .with_hint(msg!("write-below-closing-what-offered-how")),
        );
        return None;
    }
    Some(file.body.clone())
}

/// Reports what rendering the body would change or drop, and links to pages that
/// `known` does not know.
pub(super) fn lint<T>(file: &ContentFile<T>, known: &dyn Fn(&str) -> bool, diags: &mut Diagnostics) {
    let text = &file.body.markdown;
    for f in markdown::lint(text, known) {
        let span = span_of_range(text, f.range.start, f.range.end, file.body.first_line);
        let d = if f.error {
            file.doc.error(f.code, span, f.message)
        } else {
            file.doc.warning(f.code, span, f.message)
        };
        diags.push(d.with_hint(f.hint));
    }
}
