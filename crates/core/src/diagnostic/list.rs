//! The problems of one run, and the one result type every stage returns.

use super::Diagnostic;

/// How many problems are shown per file.
pub(crate) const MAX_PER_FILE: usize = 20;

/// All problems found in one run, shown in a stable order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// None yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Adds these.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// Moves every problem of `other` into this list.
    pub fn append(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Takes a stage's problems into this run's and hands on what the stage made.
    pub fn absorb<T>(&mut self, staged: Staged<T>) -> Option<T> {
        self.append(staged.diagnostics);
        staged.value
    }

    /// True when something must be fixed before the site can be built.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// True when `check --strict` fails: an error, or a warning that is not a reminder.
    pub fn fails_strict(&self) -> bool {
        self.items.iter().any(|d| d.is_error() || !d.code.is_reminder())
    }

    pub(crate) fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub(crate) fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// False when a failed run left its output half replaced (the new search index with
    /// the old site); true for every other failure, which leaves the previous output as it was.
    pub fn left_output_unchanged(&self) -> bool {
        !self.items.iter().any(|d| d.code == super::Code::PartlyWritten)
    }

    /// True when there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Each, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Only the errors: what must be fixed before the site builds.
    pub fn errors(&self) -> Diagnostics {
        Diagnostics {
            items: self.items.iter().filter(|d| d.is_error()).cloned().collect(),
        }
    }

    /// Sorted by file, then position, at most [`MAX_PER_FILE`] per file: after that many,
    /// more of the same help nobody, and a hostile file could fill a terminal.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut shown = self.all_sorted();
        let mut run = 0;
        let mut last: Option<&str> = None;
        shown.retain(|d| {
            if last == Some(d.path.as_str()) {
                run += 1;
            } else {
                (last, run) = (Some(d.path.as_str()), 1);
            }
            run <= MAX_PER_FILE
        });
        shown
    }

    /// Per file, how many problems [`Diagnostics::sorted`] leaves out.
    pub fn hidden(&self) -> Vec<(&str, usize)> {
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for d in self.all_sorted() {
            match counts.last_mut() {
                Some((p, n)) if *p == d.path => *n += 1,
                _ => counts.push((&d.path, 1)),
            }
        }
        counts
            .into_iter()
            .filter(|(_, n)| *n > MAX_PER_FILE)
            .map(|(p, n)| (p, n - MAX_PER_FILE))
            .collect()
    }

    /// Sorted by file, then position, so output does not depend on discovery order.
    pub(crate) fn all_sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by_cached_key(|d| (d.path.clone(), d.span.line, d.span.col, d.severity, d.message.english()));
        v.dedup_by(|a, b| a == b);
        v
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics { items: vec![d] }
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics {
            items: iter.into_iter().collect(),
        }
    }
}

/// What a stage made, and every problem it found on the way: the result of every stage
/// (load, validate, index, render, write) and of the pipeline as a whole.
///
/// `value` is `None` when the stage could make nothing usable. A stage may hand on a
/// partial value together with errors when the next stage can still find more problems in
/// it (loading does, so one run reports a YAML error in one file and a validation error in
/// another); the pipeline writes nothing from a run whose diagnostics hold an error.
#[derive(Debug)]
#[must_use]
pub struct Staged<T> {
    /// What the stage made; see above for when it is `None`.
    pub value: Option<T>,
    /// Every problem found, warnings included.
    pub diagnostics: Diagnostics,
}

impl<T> Staged<T> {
    /// A value with the problems found while making it. The value is kept even when there
    /// are errors: only for partial results the next stage checks further.
    pub fn partial(value: T, diagnostics: Diagnostics) -> Self {
        Staged {
            value: Some(value),
            diagnostics,
        }
    }

    /// The value when `diagnostics` has no errors, else nothing.
    pub fn checked(value: Option<T>, diagnostics: Diagnostics) -> Self {
        let value = if diagnostics.has_errors() { None } else { value };
        Staged { value, diagnostics }
    }

    /// A value and no problems.
    pub fn ok(value: T) -> Self {
        Staged::partial(value, Diagnostics::new())
    }

    /// Nothing usable, and why.
    pub fn failed(diagnostics: impl Into<Diagnostics>) -> Self {
        Staged {
            value: None,
            diagnostics: diagnostics.into(),
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::diagnostic::{Code, Span};

    /// Two errors and a warning, out of order.
    pub(in crate::diagnostic) fn three_problems() -> Diagnostics {
        let mut ds = Diagnostics::new();
        ds.push(Diagnostic::warning(Code::Stale, "b.md", Span::new(1, 1, 1), "w"));
        ds.push(Diagnostic::error(Code::EmptyBody, "a.md", Span::new(9, 1, 1), "late"));
        ds.push(Diagnostic::error(Code::EmptyBody, "a.md", Span::new(2, 5, 1), "early"));
        ds
    }

    #[test]
    fn sorts_by_path_and_position_and_counts() {
        let ds = three_problems();
        let order: Vec<String> = ds.sorted().iter().map(|d| d.message.english()).collect();
        assert_eq!(order, ["early", "late", "w"]);
        assert!(ds.has_errors());
        assert_eq!((ds.error_count(), ds.warning_count()), (2, 1));
        assert_eq!(ds.errors().warning_count(), 0);
    }

    #[test]
    fn checked_results_drop_the_value_on_errors() {
        let warning = Diagnostic::warning(Code::Stale, "a.md", Span::file_start(), "old");
        let s = Staged::checked(Some(1), Diagnostics::from(warning));
        assert_eq!(s.value, Some(1), "warnings never stop a stage");
        let error = Diagnostic::error(Code::EmptyBody, "a.md", Span::file_start(), "empty");
        let s = Staged::checked(Some(1), Diagnostics::from(error.clone()));
        assert_eq!(s.value, None);
        let s = Staged::partial(1, Diagnostics::from(error));
        assert_eq!(s.value, Some(1), "a partial result is handed on");
        let mut run = Diagnostics::new();
        assert_eq!(run.absorb(s), Some(1));
        assert!(run.has_errors());
    }
}
