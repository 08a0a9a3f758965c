//! The list files: life domains and neighbourhoods, each item with a unique slug.

use crate::diagnostic::Msg;
use crate::msg;
use std::collections::HashSet;

use crate::content::ListFile;
use crate::content::raw::{RawLifeDomain, RawNeighbourhood};
use crate::diagnostic::{Code, Diagnostics, Span};
use crate::model::{LifeDomain, MAX_FILTER_VALUES, MAX_PLACES, Neighbourhood};
use crate::text;
use crate::translations::{self, Fields, Langs};
use crate::yaml::{Document, KeyPath, Seg};

pub(super) fn life_domains(
    file: &ListFile<RawLifeDomain>,
    langs: Langs<'_>,
    diags: &mut Diagnostics,
) -> Vec<LifeDomain> {
    if too_many(file, MAX_FILTER_VALUES, &msg!("what-life-domains"), diags) {
        return Vec::new();
    }
    let out = items(file, diags, |item, raw| {
        let slug = item.slug(&raw.slug);
        let name = item.text("name", &raw.name);
        let description = item.text("description", &raw.description);
        let fields = Fields {
            required: crate::translations::LIFE_DOMAIN_FIELDS,
            optional: &[],
        };
        let translations = translations::check(
            item.doc,
            &[Seg::Index(item.index)],
            &raw.translations,
            &fields,
            langs,
            item.diags,
        );
        Some(LifeDomain {
            slug: slug?,
            name: name?,
            description: description?,
            translations,
        })
    });
    if file.items.is_empty() {
        diags.push(
            file.doc
                .error(Code::NoLifeDomains, file.doc.start_span(), msg!("no-life-domains"))
                .with_hint(msg!("list-the-life-domains")),
        );
    }
    out
}

pub(super) fn neighbourhoods(file: &ListFile<RawNeighbourhood>, diags: &mut Diagnostics) -> Vec<Neighbourhood> {
    if too_many(file, MAX_PLACES, &msg!("what-neighbourhoods"), diags) {
        return Vec::new();
    }
    let places = items(file, diags, |item, raw| {
        let slug = item.slug(&raw.slug);
        let name = item.text("name", &raw.name);
        let part_of = raw.part_of.as_deref().map(str::trim).filter(|p| !p.is_empty());
        Some((
            item.index,
            Neighbourhood {
                slug: slug?,
                name: name?,
                part_of: part_of.map(String::from),
                parent: None,
            },
        ))
    });
    hierarchy(&file.doc, places, diags)
}

/// Checks each `part_of`: it names another place of the list, and no place lies in itself
/// (`a` in `b` in `a`). A wrong one is reported at its value and left out.
fn hierarchy(doc: &Document, places: Vec<(usize, Neighbourhood)>, diags: &mut Diagnostics) -> Vec<Neighbourhood> {
    let slugs: Vec<&str> = places.iter().map(|(_, n)| n.slug.as_str()).collect();
    let at = |index: usize| doc.value_span(&[Seg::Index(index), Seg::Key("part_of".into())]);
    let mut wrong: Vec<usize> = Vec::new();
    for (i, (index, n)) in places.iter().enumerate() {
        let Some(parent) = n.part_of.as_deref() else { continue };
        if parent == n.slug || !slugs.contains(&parent) {
            let others = slugs.iter().copied().filter(|s| *s != n.slug);
            let hint = crate::suggest::hint(parent, others, crate::suggest::Otherwise::ChooseFrom);
            diags.push(
                doc.error(Code::UnknownNeighbourhood, at(*index), msg!("part-of-unknown", parent))
                    .with_hint(hint),
            );
            wrong.push(i);
        }
    }
    let up = |i: usize| -> Option<usize> {
        let parent = places[i].1.part_of.as_deref()?;
        slugs.iter().position(|s| *s == parent).filter(|_| !wrong.contains(&i))
    };
    let mut circles: Vec<usize> = Vec::new();
    for i in 0..places.len() {
        let chain: Vec<usize> = std::iter::successors(up(i), |j| up(*j)).take(places.len()).collect();
        if chain.contains(&i) && !circles.contains(&i) {
            let round: Vec<usize> = std::iter::once(i)
                .chain(chain.iter().copied().take_while(|j| *j != i))
                .collect();
            let path = round
                .iter()
                .chain([&i])
                .map(|j| format!("`{}`", slugs[*j]))
                .collect::<Vec<_>>();
            diags.push(
                doc.error(
                    Code::UnknownNeighbourhood,
                    at(places[i].0),
                    msg!("part-of-circle", path = path.join(" → ")),
                )
                .with_hint(msg!("part-of-circle-hint")),
            );
            circles.extend(round);
        }
    }
    let slugs: Vec<String> = slugs.iter().map(|s| (*s).to_string()).collect();
    places
        .into_iter()
        .enumerate()
        .map(|(i, (_, mut n))| {
            if wrong.contains(&i) || circles.contains(&i) {
                n.part_of = None;
            }
            n.parent = n.part_of.as_deref().and_then(|p| slugs.iter().position(|s| s == p));
            n
        })
        .collect()
}

/// Reports a list longer than the search filters can hold, at the first item too many.
/// Checked before the items, so a list of thousands costs one message.
fn too_many<R>(file: &ListFile<R>, max: usize, what: &Msg, diags: &mut Diagnostics) -> bool {
    let Some((index, _)) = file.items.get(max) else {
        return false;
    };
    let span = file.doc.key_span(&[Seg::Index(*index)]);
    diags.push(
        file.doc
            .error(
                Code::TooMany,
                span,
                msg!("more-than-the-search-filters", max, what = *what),
            )
            .with_hint(msg!("combine-items-list-fewer")),
    );
    true
}

/// Where item `index` of a list file starts: its first key (a list item's own position is
/// past it).
pub(super) fn item_start(doc: &Document, index: usize) -> Span {
    let first = doc
        .get(&[Seg::Index(index)])
        .and_then(serde_yaml::Value::as_mapping)
        .and_then(|m| m.keys().next())
        .and_then(serde_yaml::Value::as_str);
    match first {
        Some(key) => doc.key_span(&[Seg::Index(index), Seg::Key(key.to_string())]),
        None => doc.key_span(&[Seg::Index(index)]),
    }
}

/// One item of a list file being checked.
pub(super) struct Item<'a> {
    pub(super) doc: &'a Document,
    pub(super) index: usize,
    seen: &'a mut HashSet<String>,
    pub(super) diags: &'a mut Diagnostics,
}

/// Checks every item with `check`; keeps those that pass.
pub(super) fn items<R, T>(
    file: &ListFile<R>,
    diags: &mut Diagnostics,
    check: impl Fn(&mut Item<'_>, &R) -> Option<T>,
) -> Vec<T> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (index, raw) in &file.items {
        let mut item = Item {
            doc: &file.doc,
            index: *index,
            seen: &mut seen,
            diags,
        };
        out.extend(check(&mut item, raw));
    }
    out
}

impl Item<'_> {
    pub(super) fn at(&self, key: &str) -> KeyPath {
        vec![Seg::Index(self.index), Seg::Key(key.to_string())]
    }

    /// Where the item starts: its first key (a list item's own position is past it).
    pub(super) fn start(&self) -> Span {
        item_start(self.doc, self.index)
    }

    /// A required text of the item.
    pub(super) fn text(&mut self, key: &str, value: &Option<String>) -> Option<String> {
        match value.as_deref().map(str::trim) {
            Some(v) if !v.is_empty() => Some(v.to_string()),
            _ => {
                self.diags.push(
                    self.doc
                        .error(
                            Code::MissingKey,
                            self.start(),
                            msg!("item-has-no", number = self.index + 1, key),
                        )
                        .with_hint(msg!("add-item", key)),
                );
                None
            }
        }
    }

    /// The item's slug: required, well formed and not used by an earlier item.
    pub(super) fn slug(&mut self, value: &Option<String>) -> Option<String> {
        let slug = self.text("slug", value)?;
        let span = self.doc.value_span(&self.at("slug"));
        if !text::is_slug(&slug) {
            self.diags.push(
                self.doc
                    .error(Code::InvalidSlug, span, msg!("not-a-valid-slug", slug))
                    .with_hint(msg!("slug-hint", example = text::slugify(&slug))),
            );
            return None;
        }
        if !self.seen.insert(slug.clone()) {
            self.diags.push(
                self.doc
                    .error(Code::DuplicateSlug, span, msg!("slug-used-twice", slug))
                    .with_hint(msg!("every-slug-must-unique")),
            );
            return None;
        }
        Some(slug)
    }
}
