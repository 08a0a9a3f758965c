//! What typst sees when it lays out the guide: the theme's print files (the template and
//! its fonts), the site's data as `data.json`, and nothing else: no file system, no
//! packages, no clock. That keeps the PDFs the same for the same content.

use std::collections::BTreeMap;
use std::sync::Arc;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Dict, Duration, Str, Value};
use typst::syntax::{DiagSpanKind, FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};

use steunwijzer_render::theme::Theme;

/// The print files of a theme, parsed once for all the PDFs of a build.
pub(crate) struct Files {
    files: BTreeMap<String, Bytes>,
    origins: BTreeMap<String, String>,
    fonts: Arc<Vec<Font>>,
    book: Arc<LazyHash<FontBook>>,
    /// The fingerprint of every print file, by path and contents.
    pub(crate) fingerprint: String,
}

impl Files {
    /// The theme's print files.
    pub(crate) fn new(theme: &Theme) -> Files {
        let mut files = BTreeMap::new();
        let mut origins = BTreeMap::new();
        let mut fonts = Vec::new();
        for (path, file) in &theme.print {
            let bytes = Bytes::new(file.bytes.clone());
            if path.ends_with(".ttf") || path.ends_with(".otf") {
                fonts.extend(Font::iter(bytes.clone()));
            }
            files.insert(format!("/{path}"), bytes);
            origins.insert(format!("/{path}"), file.origin.clone());
        }
        let book = FontBook::from_fonts(&fonts);
        let fingerprint = crate::source::of_files(theme.print.iter().map(|(p, f)| (p.as_str(), &*f.bytes)));
        Files {
            fingerprint,
            files,
            origins,
            fonts: Arc::new(fonts),
            book: Arc::new(LazyHash::new(book)),
        }
    }

    pub(crate) fn has(&self, path: &str) -> bool {
        self.files.contains_key(&format!("/{path}"))
    }

    /// A world that compiles `main` with `inputs` as `sys.inputs` and `data` as
    /// `/data.json`.
    pub(crate) fn world(&self, main: &str, inputs: &[(&str, &str)], data: Vec<u8>) -> Option<PrintWorld<'_>> {
        let mut dict = Dict::new();
        for (k, v) in inputs {
            dict.insert(Str::from(*k), Value::Str(Str::from(*v)));
        }
        Some(PrintWorld {
            files: self,
            library: LazyHash::new(Library::builder().with_inputs(dict).build()),
            main: file_id(main)?,
            data: Bytes::new(data),
        })
    }

    /// Where a typst diagnostic points: the theme file, its line and column, and its text.
    pub(crate) fn locate(&self, world: &PrintWorld, d: &SourceDiagnostic) -> (String, Option<(usize, usize, String)>) {
        let id = match d.span.get() {
            DiagSpanKind::Number { id, .. } | DiagSpanKind::Range { id, .. } => Some(id),
            DiagSpanKind::Detached => None,
        };
        let Some(id) = id else {
            return ("print".to_string(), None);
        };
        let path = id.vpath().get_with_slash().to_string();
        let origin = self.origins.get(&path).cloned().unwrap_or_else(|| path.clone());
        let at = world.range(d.span).and_then(|range| {
            let source = world.source(id).ok()?;
            let (line, col) = source.lines().byte_to_line_column(range.start)?;
            Some((line + 1, col + 1, source.text().to_string()))
        });
        (origin, at)
    }
}

fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// One compilation's view of [`Files`].
pub(crate) struct PrintWorld<'a> {
    files: &'a Files,
    library: LazyHash<Library>,
    main: FileId,
    data: Bytes,
}

impl PrintWorld<'_> {
    fn bytes(&self, id: FileId) -> FileResult<&Bytes> {
        if matches!(id.root(), VirtualRoot::Package(_)) {
            return Err(FileError::AccessDenied);
        }
        let path = id.vpath().get_with_slash();
        if path == "/data.json" {
            return Ok(&self.data);
        }
        self.files
            .files
            .get(path)
            .ok_or_else(|| FileError::NotFound(path.into()))
    }
}

impl World for PrintWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.files.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let bytes = self.bytes(id)?;
        let text = std::str::from_utf8(bytes.as_slice()).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Source::new(id, text.to_string()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.bytes(id).cloned()
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.files.fonts.get(index).cloned()
    }

    /// No clock: the template takes the edition date from the data.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
