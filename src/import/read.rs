//! Reading the HSDS files: a service, a list of services, or a page of the HSDS API
//! (`{"contents": [...]}`), in one JSON file or in every `.json` file of a folder.

use std::path::Path;

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};

/// A file larger than this is refused: the records are held in memory, at several
/// times the size of their text.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

pub(super) struct InputFile {
    /// The path as the user gave it, for messages.
    pub(super) display: String,
    text: String,
    pub(super) records: Vec<Value>,
}

impl InputFile {
    pub(super) fn text(&self) -> &str {
        &self.text
    }

    /// Where a record starts: the line of its `id`, which HSDS makes unique; the file's
    /// start when it has none.
    pub(super) fn span_of(&self, record: &Value) -> Span {
        let Some(id) = record.get("id").and_then(Value::as_str).filter(|id| !id.is_empty()) else {
            return Span::file_start();
        };
        let Ok(quoted) = serde_json::to_string(id) else {
            return Span::file_start();
        };
        // The key too: the same id also stands in `link_id` and `service_id`.
        let found = [format!("\"id\":{quoted}"), format!("\"id\": {quoted}")]
            .iter()
            .filter_map(|p| self.text.find(p.as_str()).map(|at| at + p.len() - quoted.len()))
            .min();
        match found {
            Some(at) => {
                let before = &self.text[..at];
                let line = before.matches('\n').count() + 1;
                let line_start = before.rfind('\n').map_or(0, |nl| nl + 1);
                let col = before[line_start..].chars().count() + 1;
                Span::new(line, col, quoted.len())
            }
            None => Span::file_start(),
        }
    }
}

/// The files of `input`, each with its records; a problem with a file is an error in
/// `diags`, and the other files are still read.
pub(super) fn files(input: &Path, diags: &mut Diagnostics) -> Vec<InputFile> {
    let paths = if input.is_dir() {
        match json_files(input) {
            Ok(p) => p,
            Err(e) => {
                diags.push(Diagnostic::file_error(
                    Code::Unreadable,
                    &input.display().to_string(),
                    format!("cannot read: {e}"),
                ));
                return Vec::new();
            }
        }
    } else {
        vec![input.to_path_buf()]
    };
    if paths.is_empty() {
        diags.push(
            Diagnostic::file_error(
                Code::NotHsds,
                &input.display().to_string(),
                "this folder has no .json files",
            )
            .with_hint("give the HSDS export's JSON file, or the folder that holds its .json files"),
        );
    }
    paths.iter().filter_map(|p| file(p, diags)).collect()
}

fn json_files(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

fn file(path: &Path, diags: &mut Diagnostics) -> Option<InputFile> {
    let display = path.display().to_string();
    let text = match read_limited(path) {
        Ok(t) => t,
        Err(e) => {
            diags.push(Diagnostic::file_error(
                Code::Unreadable,
                &display,
                format!("cannot read file: {e}"),
            ));
            return None;
        }
    };
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            let span = Span::new(e.line().max(1), e.column().max(1), 1);
            diags.push(
                Diagnostic::error(Code::NotHsds, &display, span, format!("this is not JSON: {e}"))
                    .with_hint("HSDS 3.0 exports are JSON files; a tabular export (CSV files) cannot be imported")
                    .with_source(&text),
            );
            return None;
        }
    };
    let Some(records) = records(value) else {
        diags.push(
            Diagnostic::file_error(
                Code::NotHsds,
                &display,
                "not HSDS 3.0 JSON: expected a service, a list of services or a page with `contents`",
            )
            .with_hint(
                "export the services from the other system as HSDS 3.0 compiled JSON (the API's /services?full=true)",
            ),
        );
        return None;
    };
    Some(InputFile { display, text, records })
}

fn read_limited(path: &Path) -> std::io::Result<String> {
    let size = std::fs::metadata(path)?.len();
    if size > MAX_BYTES {
        return Err(std::io::Error::other(format!(
            "it is {} MB; at most {} MB can be imported at once (split the export into several files in one folder)",
            size / 1_000_000,
            MAX_BYTES / 1_000_000
        )));
    }
    std::fs::read_to_string(path)
}

fn records(value: Value) -> Option<Vec<Value>> {
    let is_service = |v: &Value| v.is_object() && v.get("name").is_some();
    match value {
        Value::Array(items) if items.iter().all(is_service) => Some(items),
        Value::Object(mut page) if page.get("contents").is_some_and(Value::is_array) => match page.remove("contents") {
            Some(Value::Array(items)) if items.iter().all(is_service) => Some(items),
            _ => None,
        },
        v if is_service(&v) => Some(vec![v]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_page_a_list_and_a_single_service_are_read() {
        let s = json!({"id": "a", "name": "A", "status": "active"});
        assert_eq!(
            records(json!({"contents": [s.clone()], "total_items": 1})).map(|r| r.len()),
            Some(1)
        );
        assert_eq!(records(json!([s.clone(), s.clone()])).map(|r| r.len()), Some(2));
        assert_eq!(records(s).map(|r| r.len()), Some(1));
        assert!(records(json!({"organizations": []})).is_none());
        assert!(records(json!([1, 2])).is_none());
    }

    #[test]
    fn a_record_is_found_at_the_line_of_its_id() {
        let text = "{\"contents\": [\n  {\"id\": \"x-1\", \"name\": \"A\"},\n  {\"id\": \"x-2\", \"name\": \"B\"}\n]}";
        let f = InputFile {
            display: "e.json".into(),
            text: text.into(),
            records: Vec::new(),
        };
        let span = f.span_of(&json!({"id": "x-2"}));
        assert_eq!((span.line, span.col), (3, 10));
        assert_eq!(f.span_of(&json!({"name": "C"})).line, 1);
    }
}
