//! Every bad item of a list and every bad key of a nested mapping, not only the first.
//! serde stops at the first problem in a value, so the key or item it names is taken out
//! and the value decoded again, until it decodes or a problem is neither; positions are
//! counted in the list as written.

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
    /// of `T`: each bad list item (at any depth) and each bad key below the first once.
    /// With them, the value without what was bad, when that decodes: an unknown key under
    /// `contact` then hides neither its e-mail nor its website.
    pub(super) fn key_errors<T: DeserializeOwned>(
        &self,
        base: &[Seg],
        key: &Value,
        value: &Value,
    ) -> (Vec<Diagnostic>, Option<Value>) {
        let mut value = value.clone();
        // The items taken out, by the list they were in (its path as written).
        let mut removed: BTreeMap<KeyPath, Vec<usize>> = BTreeMap::new();
        // The keys taken out of the item being read: its value is missing them now.
        let mut taken: Vec<KeyPath> = Vec::new();
        let mut found = Vec::new();
        for _ in 0..4 * MAX_PER_KEY {
            let mut single = Mapping::new();
            single.insert(key.clone(), value.clone());
            let Err(e) = serde_path_to_error::deserialize::<_, T>(Value::Mapping(single)) else {
                return (found, Some(value));
            };
            let now = relative_path(&e);
            let written = as_written(&now, &removed);
            // "missing `opens`" after `opens` was taken out for its own problem is no news.
            let news = !missing_field(&e).is_some_and(|f| taken.contains(&[&now[..], &[Seg::Key(f)]].concat()));
            if news {
                if found.len() == MAX_PER_KEY {
                    break;
                }
                let mut at: KeyPath = base.to_vec();
                at.extend(written.iter().cloned());
                found.push(self.serde_error_at(&at, &e));
                // A bad key below the first goes; the rest of its mapping stays.
                if now.len() > 1 && matches!(now.last(), Some(Seg::Key(_))) && remove_key(&mut value, &now[1..]) {
                    taken.push(now);
                    continue;
                }
            }
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
            taken.clear();
            // A list left empty goes too, so that its item is not "empty" but missing what
            // was taken out: `days: [woensdg]` is one problem, not two.
            let list = &now[..last];
            if list.len() > 1 && is_empty_list(&mut value, &list[1..]) && remove_key(&mut value, &list[1..]) {
                taken.push(list.to_vec());
            }
        }
        (found, None)
    }
}

/// The field serde says is missing ("missing field `opens`").
fn missing_field(e: &serde_path_to_error::Error<serde_yaml::Error>) -> Option<String> {
    let raw = e.inner().to_string();
    let rest = raw.strip_prefix("missing field `")?;
    Some(rest.split('`').next()?.to_string())
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

/// The value at `path` in `value`.
fn walk<'v>(value: &'v mut Value, path: &[Seg]) -> Option<&'v mut Value> {
    let mut at = value;
    for seg in path {
        at = match (seg, at) {
            (Seg::Key(k), Value::Mapping(m)) => m.get_mut(k.as_str())?,
            (Seg::Index(i), Value::Sequence(s)) => s.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(at)
}

/// Whether the value at `path` in `value` is an empty list.
fn is_empty_list(value: &mut Value, path: &[Seg]) -> bool {
    matches!(walk(value, path), Some(Value::Sequence(s)) if s.is_empty())
}

/// Takes the key `path` ends in out of its mapping in `value`; false when there is none.
fn remove_key(value: &mut Value, path: &[Seg]) -> bool {
    let Some((Seg::Key(key), parents)) = path.split_last() else {
        return false;
    };
    match walk(value, parents) {
        Some(Value::Mapping(m)) => m.remove(key.as_str()).is_some(),
        _ => false,
    }
}

/// Takes item `index` out of the list at `path` in `value`; false when there is none.
fn remove_item(value: &mut Value, path: &[Seg], index: usize) -> bool {
    match walk(value, path) {
        Some(Value::Sequence(items)) if index < items.len() => {
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
