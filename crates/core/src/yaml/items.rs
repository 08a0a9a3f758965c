//! Every bad item of a list, not only the first. serde stops at the first problem in a
//! value, so the item it names is taken out and the value decoded again, until it decodes
//! or a problem is not in a list item; positions are counted in the list as written.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_yaml::{Mapping, Value};

use super::{Document, KeyPath, Seg};
use crate::diagnostic::Diagnostic;

/// At most this many problems for one key: a list of a thousand bad items needs no
/// thousand messages, and the loop must end on any input.
const MAX_PER_KEY: usize = 20;

impl Document {
    /// The problems of `key: value`, one key of the mapping at `base` decoded as a part
    /// of `T`: each bad list item (at any depth) once.
    pub(super) fn key_errors<T: DeserializeOwned>(&self, base: &[Seg], key: &Value, value: &Value) -> Vec<Diagnostic> {
        let mut value = value.clone();
        // The items taken out, by the list they were in (its path as written).
        let mut removed: BTreeMap<KeyPath, Vec<usize>> = BTreeMap::new();
        let mut found = Vec::new();
        while found.len() < MAX_PER_KEY {
            let mut single = Mapping::new();
            single.insert(key.clone(), value.clone());
            let Err(e) = serde_path_to_error::deserialize::<_, T>(Value::Mapping(single)) else {
                break;
            };
            let now = relative_path(&e);
            let written = as_written(&now, &removed);
            let mut at: KeyPath = base.to_vec();
            at.extend(written.iter().cloned());
            found.push(self.serde_error_at(&at, &e));
            // The deepest list item on the way to the problem goes; the first step is the key.
            let Some(last) = now.iter().rposition(|s| matches!(s, Seg::Index(_))) else {
                break;
            };
            let (Seg::Index(i), Seg::Index(was)) = (&now[last], &written[last]) else {
                break;
            };
            if last == 0 || !remove_item(&mut value, &now[1..last], *i) {
                break;
            }
            removed.entry(written[..last].to_vec()).or_default().push(*was);
        }
        found
    }
}

/// The path serde gives, as our segments.
fn relative_path(e: &serde_path_to_error::Error<serde_yaml::Error>) -> KeyPath {
    e.path()
        .iter()
        .filter_map(|seg| match seg {
            serde_path_to_error::Segment::Map { key } => Some(Seg::Key(key.clone())),
            serde_path_to_error::Segment::Seq { index } => Some(Seg::Index(*index)),
            _ => None,
        })
        .collect()
}

/// `path` in the value with items taken out, as a path in the value as written.
fn as_written(path: &[Seg], removed: &BTreeMap<KeyPath, Vec<usize>>) -> KeyPath {
    let mut out: KeyPath = Vec::new();
    for seg in path {
        let step = match seg {
            Seg::Index(j) => {
                let gone = removed.get(&out).map_or(&[][..], Vec::as_slice);
                let index = (0..).filter(|i| !gone.contains(i)).nth(*j).unwrap_or(*j);
                Seg::Index(index)
            }
            key @ Seg::Key(_) => key.clone(),
        };
        out.push(step);
    }
    out
}

/// Takes item `index` out of the list at `path` in `value`; false when there is none.
fn remove_item(value: &mut Value, path: &[Seg], index: usize) -> bool {
    let mut at = value;
    for seg in path {
        let next = match (seg, at) {
            (Seg::Key(k), Value::Mapping(m)) => m.get_mut(k.as_str()),
            (Seg::Index(i), Value::Sequence(s)) => s.get_mut(*i),
            _ => None,
        };
        match next {
            Some(v) => at = v,
            None => return false,
        }
    }
    match at {
        Value::Sequence(items) if index < items.len() => {
            items.remove(index);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_the_items_taken_out() {
        let list = vec![Seg::Key("a".into())];
        let mut removed = BTreeMap::new();
        removed.insert(list.clone(), vec![0, 2]);
        let now = [Seg::Key("a".into()), Seg::Index(1)];
        assert_eq!(as_written(&now, &removed), [Seg::Key("a".into()), Seg::Index(3)]);
        let mut v: Value = serde_yaml::from_str("b: [[1, 2], [3]]").unwrap();
        assert!(remove_item(&mut v, &[Seg::Key("b".into()), Seg::Index(0)], 1));
        assert_eq!(v, serde_yaml::from_str::<Value>("b: [[1], [3]]").unwrap());
        assert!(!remove_item(&mut v, &[Seg::Key("c".into())], 0));
    }
}
