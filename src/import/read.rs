//! Reading the HSDS files: a service, a list of services, or a page of the HSDS API
//! (`{"contents": [...]}`), in one JSON file or in every `.json` file of a folder.
//!
//! A file is read as a stream, one record at a time (serde's `DeserializeSeed` over a
//! counting reader): memory holds one record, not the file, and a hard limit counts the
//! bytes actually read, so neither a 100 MB export nor `/dev/zero` can take the machine.
//! A record is located at the line of its opening brace.

use std::cell::Cell;
use std::fmt;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::rc::Rc;
use steunwijzer_core::msg;

use serde::Deserializer as _;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, Span, json_error, os_error};

/// The most read of one file; more is refused where it begins.
pub(super) const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The most one record may be: a provider file may be 1 MB (`source::MAX_FILE_BYTES`),
/// and a record larger than that cannot become one.
pub(super) const MAX_RECORD_BYTES: u64 = 1024 * 1024;

/// A record and where it starts.
pub(super) struct Record {
    pub(super) value: Value,
    pub(super) at: Span,
}

/// The JSON files of `input` (the file itself, or a folder's `.json` files), in name
/// order; a problem is an error in `diags`.
pub(super) fn files(input: &Path, diags: &mut Diagnostics) -> Vec<std::path::PathBuf> {
    if !input.is_dir() {
        return vec![input.to_path_buf()];
    }
    match json_files(input) {
        Ok(paths) if paths.is_empty() => {
            diags.push(
                Diagnostic::file_error(
                    Code::NotHsds,
                    &input.display().to_string(),
                    msg!("folder-has-no-json-files"),
                )
                .with_hint(msg!("give-hsds-export-s-json-file")),
            );
            Vec::new()
        }
        Ok(paths) => paths,
        Err(e) => {
            diags.push(Diagnostic::file_error(
                Code::Unreadable,
                &input.display().to_string(),
                msg!("cannot-read", error = os_error(&e)),
            ));
            Vec::new()
        }
    }
}

fn json_files(dir: &Path) -> io::Result<Vec<std::path::PathBuf>> {
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

/// Hands each record of the file at `path` to `each`, as it is read. A file that cannot
/// be read, is not JSON or not HSDS, or goes over a limit, is an error in `diags` at the
/// place it went wrong; the records before it have been handed on.
pub(super) fn each_record(path: &Path, diags: &mut Diagnostics, each: &mut dyn FnMut(Record)) {
    let display = path.display().to_string();
    match std::fs::File::open(path) {
        Ok(file) => each_record_in(file, &display, diags, each),
        Err(e) => diags.push(Diagnostic::file_error(
            Code::Unreadable,
            &display,
            msg!("cannot-read-file", error = os_error(&e)),
        )),
    }
}

/// As [`each_record`], from any reader (shown as `display`).
pub(crate) fn each_record_in(input: impl Read, display: &str, diags: &mut Diagnostics, each: &mut dyn FnMut(Record)) {
    let mut buffered = BufReader::new(input);
    // A byte order mark (Windows editors write one) is not part of the JSON.
    if buffered.fill_buf().is_ok_and(|b| b.starts_with(b"\xef\xbb\xbf")) {
        buffered.consume(3);
    }
    let place = Rc::new(Place::default());
    let reader = Counting {
        inner: buffered.take(MAX_BYTES + 1),
        place: place.clone(),
    };
    let mut de = serde_json::Deserializer::from_reader(reader);
    let mut top = Top {
        place: &place,
        each,
        records: 0,
    };
    let result = (&mut de).deserialize_any(&mut top).and_then(|found| {
        de.end()?;
        Ok(found)
    });
    match result {
        Ok(true) => {}
        Ok(false) => diags.push(not_hsds(display)),
        Err(e) => diags.push(stopped(display, &e, &place, top.records)),
    }
}

fn not_hsds(display: &str) -> Diagnostic {
    Diagnostic::file_error(Code::NotHsds, display, msg!("not-hsds-3-0-json-expected"))
        .with_hint(msg!("export-services-from-other-system-as"))
}

/// The error that stopped reading, at its place, with how many records came before it.
fn stopped(display: &str, e: &serde_json::Error, place: &Place, records: usize) -> Diagnostic {
    let span = Span::new(e.line().max(1), e.column().max(1), 1);
    let (message, hint) = match place.over.get() {
        Some(Over::File) => (
            msg!("file-larger-than-mb-reading-stopped", max = MAX_BYTES >> 20, records),
            msg!("split-export-into-several-files-one"),
        ),
        Some(Over::Record) => (
            msg!(
                "record-that-starts-line-larger-than",
                line = place.record_line.get(),
                max = MAX_RECORD_BYTES >> 20,
                records
            ),
            msg!("leave-record-out-export-shorten-texts"),
        ),
        None if e.is_io() => (
            msg!(
                "cannot-read-file",
                error = e.io_error_kind().map_or_else(|| json_error(e), |k| os_error(&k.into()))
            ),
            msg!("check-that-file-not-device-folder"),
        ),
        None => (
            msg!("not-json", error = json_error(e)),
            msg!("hsds-3-0-exports-are-json"),
        ),
    };
    Diagnostic::error(Code::NotHsds, display, span, message).with_hint(hint)
}

/// Which limit reading went over.
#[derive(Clone, Copy, Debug)]
enum Over {
    File,
    Record,
}

/// Where the reader is: shared between the reader and the record seeds.
#[derive(Default)]
struct Place {
    bytes: Cell<u64>,
    line: Cell<usize>,
    col: Cell<usize>,
    /// Where the record being read started (bytes), if one is.
    record_start: Cell<Option<u64>>,
    record_line: Cell<usize>,
    over: Cell<Option<Over>>,
}

/// A reader that counts bytes and lines, and refuses to go past
/// the file limit or, inside a record, the record limit.
struct Counting<R> {
    inner: R,
    place: Rc<Place>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // serde_json reads one byte at a time; the buffer below it makes that cheap.
        let n = self.inner.read(buf)?;
        let p = &self.place;
        for &b in &buf[..n] {
            if b == b'\n' {
                p.line.set(p.line.get() + 1);
                p.col.set(0);
            } else {
                p.col.set(p.col.get() + 1);
            }
        }
        p.bytes.set(p.bytes.get() + n as u64);
        if p.bytes.get() > MAX_BYTES {
            p.over.set(Some(Over::File));
            return Err(io::Error::other("file too large"));
        }
        if p.record_start
            .get()
            .is_some_and(|s| p.bytes.get() - s > MAX_RECORD_BYTES)
        {
            p.over.set(Some(Over::Record));
            return Err(io::Error::other("record too large"));
        }
        Ok(n)
    }
}

impl Place {
    /// The place of what was just read (the opening brace `serde_json` looked at).
    fn span(&self) -> Span {
        Span::new(self.line.get() + 1, self.col.get().max(1), 1)
    }
}

/// The file's top level: a list of services, a page with `contents`, or one service.
struct Top<'a> {
    place: &'a Place,
    each: &'a mut dyn FnMut(Record),
    records: usize,
}

impl Top<'_> {
    fn record(&mut self, value: Value, at: Span) {
        self.records += 1;
        (self.each)(Record { value, at });
    }
}

impl<'de> Visitor<'de> for &mut Top<'_> {
    /// Whether the file was HSDS.
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an HSDS service, a list of services or a page with contents")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while let Some((value, at)) = seq.next_element_seed(RecordSeed(self.place))? {
            self.record(value, at);
        }
        Ok(true)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let at = self.place.span();
        // One service is one record: the record limit holds for it as a whole.
        self.place.record_start.set(Some(self.place.bytes.get()));
        self.place.record_line.set(at.line);
        let mut fields = Map::new();
        let mut page = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "contents" {
                page = true;
                self.place.record_start.set(None);
                map.next_value_seed(Contents(self))?;
            } else if page {
                map.next_value::<IgnoredAny>()?;
            } else {
                fields.insert(key, map.next_value()?);
            }
        }
        self.place.record_start.set(None);
        if page {
            return Ok(true);
        }
        let is_service = fields.get("name").is_some();
        if is_service {
            self.record(Value::Object(fields), at);
        }
        Ok(is_service)
    }

    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_str<E>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }
}

/// The `contents` of a page: its records, streamed.
struct Contents<'t, 'a>(&'t mut Top<'a>);

impl<'de> DeserializeSeed<'de> for Contents<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Contents<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of services")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some((value, at)) = seq.next_element_seed(RecordSeed(self.0.place))? {
            self.0.record(value, at);
        }
        Ok(())
    }
}

/// One record: read whole (it is at most [`MAX_RECORD_BYTES`]), with where it stands:
/// its `id` (which HSDS makes unique), or else its opening brace.
struct RecordSeed<'a>(&'a Place);

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = (Value, Span);
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(Value, Span), D::Error> {
        let at = self.0.span();
        self.0.record_start.set(Some(self.0.bytes.get()));
        self.0.record_line.set(at.line);
        let read = d.deserialize_any(RecordVisitor { place: self.0, at });
        self.0.record_start.set(None);
        read
    }
}

struct RecordVisitor<'a> {
    place: &'a Place,
    at: Span,
}

impl<'de> Visitor<'de> for RecordVisitor<'_> {
    type Value = (Value, Span);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an HSDS service")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(Value, Span), A::Error> {
        let mut fields = Map::new();
        let mut at = self.at;
        while let Some(key) = map.next_key::<String>()? {
            let value: Value = map.next_value()?;
            if let (true, Some(id)) = (key == "id" && at == self.at, value.as_str()) {
                // Read up to the id's closing quote: it ends here, on this line.
                let len = serde_json::to_string(id).map_or(1, |q| q.chars().count());
                let end = self.place.col.get();
                at = Span::new(self.place.line.get() + 1, (end + 1).saturating_sub(len).max(1), len);
            }
            fields.insert(key, value);
        }
        Ok((Value::Object(fields), at))
    }

    // Anything else is kept as it is, to be reported as not a service.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(Value, Span), A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element()? {
            items.push(v);
        }
        Ok((Value::Array(items), self.at))
    }
    fn visit_str<E>(self, v: &str) -> Result<(Value, Span), E> {
        Ok((Value::String(v.to_string()), self.at))
    }
    fn visit_bool<E>(self, v: bool) -> Result<(Value, Span), E> {
        Ok((Value::Bool(v), self.at))
    }
    fn visit_i64<E>(self, v: i64) -> Result<(Value, Span), E> {
        Ok((Value::from(v), self.at))
    }
    fn visit_u64<E>(self, v: u64) -> Result<(Value, Span), E> {
        Ok((Value::from(v), self.at))
    }
    fn visit_f64<E>(self, v: f64) -> Result<(Value, Span), E> {
        Ok((Value::from(v), self.at))
    }
    fn visit_unit<E>(self) -> Result<(Value, Span), E> {
        Ok((Value::Null, self.at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &[u8]) -> (Vec<(String, usize)>, Diagnostics) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.json");
        std::fs::write(&path, text).unwrap();
        let mut diags = Diagnostics::new();
        let mut seen = Vec::new();
        each_record(&path, &mut diags, &mut |r| {
            seen.push((r.value["name"].as_str().unwrap_or("?").to_string(), r.at.line));
        });
        (seen, diags)
    }

    #[test]
    fn a_page_a_list_and_a_single_service_are_read_at_their_lines() {
        let page = b"{\"total_items\": 2, \"contents\": [\n  {\"id\": \"x-1\", \"name\": \"A\"},\n  {\"id\": \"x-2\", \"name\": \"B\"}\n], \"page\": 1}";
        assert_eq!(read(page).0, [("A".into(), 2), ("B".into(), 3)]);
        let pretty = b"[\n  {\n    \"name\": \"A\",\n    \"id\": \"x-1\"\n  }\n]";
        assert_eq!(read(pretty).0, [("A".into(), 4)], "at the line of its id");
        assert_eq!(read(b"[{\"name\": \"A\"}, {\"name\": \"B\"}]").0.len(), 2);
        assert_eq!(
            read(b"\xef\xbb\xbf{\"name\": \"A\", \"id\": \"1\"}").0,
            [("A".into(), 1)]
        );
        let (none, diags) = read(b"{\"organizations\": []}");
        assert!(none.is_empty());
        assert_eq!(diags.iter().next().unwrap().code, Code::NotHsds);
        let (_, diags) = read(b"[{\"name\": \"A\"},");
        assert!(diags.iter().next().unwrap().message.english().contains("not JSON"));
    }

    #[test]
    fn a_record_over_the_limit_stops_reading_there_with_what_came_before() {
        let mut text = b"[{\"name\": \"A\"},\n{\"name\": \"".to_vec();
        text.extend(std::iter::repeat_n(b'x', 2 * 1024 * 1024));
        text.extend(b"\"}]");
        let (seen, diags) = read(&text);
        assert_eq!(seen, [("A".into(), 1)]);
        let message = diags.iter().next().unwrap().message.english();
        assert!(
            message.contains("starts on line 2") && message.contains("after 1 records"),
            "{message}"
        );
    }
}
