//! Where each key and value of a YAML document stands, read from yaml-rust2's event
//! parser, and which keys are given twice.

use std::collections::{BTreeMap, HashSet};

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use super::{KeyPath, Seg};
use crate::diagnostic::Span;

/// Where a node stands: its key (for mapping values) and its value.
#[derive(Debug, Clone, Copy)]
pub(super) struct Node {
    pub(super) key: Option<Span>,
    pub(super) value: Span,
}

/// How deep lists and mappings may be nested. The formats need three levels; the limit
/// stops a hostile file before anything grows with its depth.
pub(super) const MAX_DEPTH: usize = 16;

/// How many values (keys, items, scalars) one document may hold.
pub(super) const MAX_NODES: usize = 20_000;

/// The positions of a document, and the keys given twice (with where the second stands).
pub(super) struct Positions {
    pub(super) nodes: BTreeMap<KeyPath, Node>,
    pub(super) duplicates: Vec<(String, Span)>,
    /// Where the document went over [`MAX_DEPTH`] or [`MAX_NODES`], if it did.
    pub(super) over_limit: Option<(Limit, Span)>,
    /// Values that hold a control, bidi or invisible character once their escapes are
    /// decoded (`"\u202e"`, `"\e"`), with the character.
    pub(super) hidden: Vec<(Span, char)>,
}

/// A limit of the document's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Limit {
    Depth,
    Nodes,
}

/// Reads the positions of `yaml`, which starts on line `first_line` of its file. A syntax
/// error stops the reading early; `serde_yaml` reports it. So does going over a limit:
/// the events are pulled one by one, so the reading stops there, before the cost of a
/// deeper or larger document is paid.
pub(super) fn read(yaml: &str, first_line: usize) -> Positions {
    let mut index = Indexer::new(first_line);
    let mut parser = Parser::new_from_str(yaml);
    let mut count = 0usize;
    let mut over_limit = None;
    while let Ok((event, mark)) = parser.next_token() {
        if matches!(event, Event::StreamEnd) {
            break;
        }
        count += 1;
        let opens = matches!(event, Event::SequenceStart(..) | Event::MappingStart(..));
        if opens && index.stack.len() >= MAX_DEPTH {
            over_limit = Some((Limit::Depth, index.span(mark, 1)));
            break;
        }
        if count > MAX_NODES {
            over_limit = Some((Limit::Nodes, index.span(mark, 1)));
            break;
        }
        index.on_event(event, mark);
    }
    Positions {
        nodes: index.nodes,
        duplicates: index.duplicates,
        over_limit,
        hidden: index.hidden,
    }
}

enum Frame {
    Map {
        path: KeyPath,
        key: Option<(String, Span)>,
        seen: HashSet<String>,
    },
    Seq {
        path: KeyPath,
        next: usize,
    },
}

struct Indexer {
    first_line: usize,
    stack: Vec<Frame>,
    nodes: BTreeMap<KeyPath, Node>,
    duplicates: Vec<(String, Span)>,
    hidden: Vec<(Span, char)>,
}

impl Indexer {
    fn new(first_line: usize) -> Self {
        Indexer {
            first_line,
            stack: Vec::new(),
            nodes: BTreeMap::new(),
            duplicates: Vec::new(),
            hidden: Vec::new(),
        }
    }

    fn span(&self, mark: Marker, len: usize) -> Span {
        Span::new(mark.line() + self.first_line - 1, mark.col() + 1, len)
    }

    /// Places a node (scalar or the start of a collection); returns its path if it is a
    /// value, or None if it is a mapping key.
    fn place(&mut self, span: Span, scalar: Option<&str>) -> Option<KeyPath> {
        match self.stack.last_mut() {
            None => {
                self.nodes.insert(Vec::new(), Node { key: None, value: span });
                Some(Vec::new())
            }
            Some(Frame::Seq { path, next }) => {
                let mut p = path.clone();
                p.push(Seg::Index(*next));
                *next += 1;
                self.nodes.insert(p.clone(), Node { key: None, value: span });
                Some(p)
            }
            Some(Frame::Map { path, key, seen }) => match key.take() {
                None => {
                    let name = scalar.unwrap_or("?").to_string();
                    if !seen.insert(name.clone()) {
                        self.duplicates.push((name.clone(), span));
                    }
                    *key = Some((name, span));
                    None
                }
                Some((name, key_span)) => {
                    let mut p = path.clone();
                    p.push(Seg::Key(name));
                    // A nested mapping's own marker points past its first key, so its key
                    // stands for it.
                    let value = if scalar.is_some() { span } else { key_span };
                    self.nodes.insert(
                        p.clone(),
                        Node {
                            key: Some(key_span),
                            value,
                        },
                    );
                    Some(p)
                }
            },
        }
    }
}

impl Indexer {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, style, _, _) => {
                let quotes = match style {
                    TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted => 2,
                    _ => 0,
                };
                let len = value.lines().next().unwrap_or("").chars().count() + quotes;
                let span = self.span(mark, len);
                if let Some(c) = value.chars().find(|c| crate::text::is_hidden_control(*c)) {
                    self.hidden.push((span, c));
                }
                self.place(span, Some(&value));
            }
            Event::Alias(_) => {
                let span = self.span(mark, 1);
                self.place(span, Some("*"));
            }
            Event::SequenceStart(..) => {
                let span = self.span(mark, 1);
                let path = self.place(span, None).unwrap_or_else(|| vec![Seg::Key("?".into())]);
                self.stack.push(Frame::Seq { path, next: 0 });
            }
            Event::MappingStart(..) => {
                let span = self.span(mark, 1);
                let path = self.place(span, None).unwrap_or_else(|| vec![Seg::Key("?".into())]);
                self.stack.push(Frame::Map {
                    path,
                    key: None,
                    seen: HashSet::new(),
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}
