//! YAML files that hold a list of items (`life-domains.yaml`, `neighbourhoods.yaml`).

use crate::msg;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_yaml::Value;

use super::ListFile;
use crate::diagnostic::{Code, Diagnostics};
use crate::source::SourceFile;
use crate::yaml::{self, Seg};

/// The one key a list file may hold its items under instead of at the top.
pub const ITEMS: &str = "items";

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
    // The editors' form (Decap CMS) writes the list under one key, `items:`.
    let doc = doc.below(ITEMS).unwrap_or(doc);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::raw::RawNeighbourhood;

    fn read(text: &str) -> (Option<ListFile<RawNeighbourhood>>, Diagnostics) {
        let src = SourceFile::from_bytes("content/neighbourhoods.yaml".into(), text.as_bytes().to_vec()).unwrap();
        let mut out = Diagnostics::new();
        (from_source(&src, "content/neighbourhoods.yaml", &mut out), out)
    }

    /// The editors' form writes `items:` above the list: the same items, at their lines.
    #[test]
    fn a_list_under_items_is_the_same_list_at_its_lines() {
        let (top, _) = read("- slug: noord\n  name: Noord\n- slug: oost\n  name: Oost\n");
        let (below, out) = read("items:\n  - slug: noord\n    name: Noord\n  - slug: oost\n    name: Oost\n");
        assert!(out.is_empty(), "{out:?}");
        let (top, below) = (top.unwrap(), below.unwrap());
        assert_eq!(top.items.len(), 2);
        assert_eq!(below.items.len(), 2);
        assert_eq!(below.items[1].1.slug.as_deref(), Some("oost"));
        let at = below.doc.value_span(&[Seg::Index(1), Seg::Key("slug".into())]);
        assert_eq!((at.line, at.col), (4, 11));
        // Another key beside it is not a list file.
        let (other, out) = read("items:\n  - slug: noord\nextra: 1\n");
        assert!(other.is_none() && !out.is_empty());
    }
}
