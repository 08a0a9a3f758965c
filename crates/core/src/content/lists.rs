//! YAML files that hold a list of items (`life-domains.yaml`, `neighbourhoods.yaml`).

use crate::msg;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_yaml::Value;

use super::ListFile;
use crate::diagnostic::{Code, Diagnostics};
use crate::source::SourceFile;
use crate::yaml::{self, Seg};

/// Reads the list file `root/rel`, decoding each item on its own; None (reported) when the
/// file is missing, unreadable or not a list.
pub(super) fn load<T: DeserializeOwned>(root: &Path, rel: &str, out: &mut Diagnostics) -> Option<ListFile<T>> {
    let src = match SourceFile::read(root, Path::new(rel)) {
        Ok(s) => s,
        Err(d) => {
            out.push(d.with_hint(msg!("site-needs-docs-content-md-shows", rel)));
            return None;
        }
    };
    from_source(&src, rel, out)
}

/// Decodes the list file `src` (shown as `rel` in messages about its shape).
pub(super) fn from_source<T: DeserializeOwned>(
    src: &SourceFile,
    rel: &str,
    out: &mut Diagnostics,
) -> Option<ListFile<T>> {
    let hidden = src.hidden_characters();
    if !hidden.is_empty() {
        out.extend(hidden);
        return None;
    }
    let doc = match yaml::parse(&src.display, &src.text, &src.text, 1) {
        Ok(d) => d,
        Err(ds) => {
            out.append(ds);
            return None;
        }
    };
    let count = match &doc.value {
        Value::Sequence(items) => items.len(),
        other => {
            out.push(
                doc.error(
                    Code::WrongType,
                    doc.value_span(&[]),
                    msg!("must-be-a-list", file = rel, kind = yaml::kind_of(other)),
                )
                .with_hint(msg!("start-each-item-with-slug")),
            );
            return None;
        }
    };
    let items = (0..count)
        .filter_map(|i| {
            doc.decode::<T>(&[Seg::Index(i)], &msg!("what-a-list-item"), out)
                .map(|t| (i, t))
        })
        .collect();
    Some(ListFile { doc, items })
}
