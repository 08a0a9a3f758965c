//! Themes: templates and static files, in layers.
//!
//! The default theme is built into the binary, so `steunwijzer` works on any content
//! folder. A site may bring its own theme in `themes/<name>/` (used instead of the
//! built-in one), and override single files in `templates/` and `static/` at its root.

use std::collections::BTreeMap;
use std::ops::Deref;
use std::path::Path;
use std::sync::Arc;
use steunwijzer_core::msg;

use steunwijzer_core::diagnostic::{Code, Diagnostic, Span, Staged, os_error, walk_error};
use steunwijzer_core::source;

include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

/// A file of the theme and where it came from (for error messages).
#[derive(Debug, Clone)]
pub struct ThemeFile {
    /// Where it comes from, for located problems (`themes/x/…` or the built-in theme).
    pub origin: String,
    /// The contents.
    pub bytes: Contents,
}

/// A theme file's contents. The built-in theme's point into the binary and a site's are
/// read once: no copy is made when a theme is loaded or a file handed on (the printed
/// guide's fonts are 11.5 MB, which a build held twice and then three times).
#[derive(Debug, Clone)]
pub enum Contents {
    /// A file of the built-in theme.
    BuiltIn(&'static [u8]),
    /// A file read from the site's folder.
    Read(Arc<[u8]>),
}

impl Deref for Contents {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Contents::BuiltIn(b) => b,
            Contents::Read(b) => b,
        }
    }
}

impl AsRef<[u8]> for Contents {
    fn as_ref(&self) -> &[u8] {
        self
    }
}

impl From<Vec<u8>> for Contents {
    fn from(bytes: Vec<u8>) -> Contents {
        Contents::Read(bytes.into())
    }
}

/// Templates by name (`provider.html`), static files by path (`css/10-base.css`) and the
/// printed guide's files by path (`gids.typ`, `fonts/DejaVuSans.ttf`).
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// The page templates, by path below `templates/`.
    pub templates: BTreeMap<String, ThemeFile>,
    /// The static files, by path below `static/`.
    pub statics: BTreeMap<String, ThemeFile>,
    /// The print template and its fonts and images, below `print/`.
    pub print: BTreeMap<String, ThemeFile>,
    /// The web fonts and their rules (`web.css`), below `fonts/`.
    pub fonts: BTreeMap<String, ThemeFile>,
    /// The message catalogues (`locales/<language>.ftl`): the theme's, then the site's,
    /// whose messages replace the theme's one by one.
    pub locales: Vec<Locale>,
}

/// A message catalogue of the theme or the site.
#[derive(Debug, Clone)]
pub struct Locale {
    /// The file name below `locales/` (`en.ftl`).
    pub name: String,
    /// Where it comes from, and the text.
    pub file: ThemeFile,
    /// Whether it is the site's (its messages replace the theme's).
    pub site: bool,
}

/// The themes a site can choose: the built-in one and the folders under `themes/`.
fn available(root: &Path) -> Vec<String> {
    let mut names = vec!["default".to_string()];
    if let Ok(entries) = std::fs::read_dir(root.join("themes")) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if e.path().is_dir() && !name.starts_with('.') && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names.sort();
    names
}

impl Theme {
    /// The theme `name` for the site at `root`, with the site's overrides applied. `at`
    /// is where site.yaml names it, for the message when there is no such theme.
    pub fn load(root: &Path, name: &str, at: Span) -> Staged<Theme> {
        match Theme::layers(root, name, at) {
            Ok(theme) => Staged::ok(theme),
            Err(d) => Staged::failed(d),
        }
    }

    fn layers(root: &Path, name: &str, at: Span) -> Result<Theme, Diagnostic> {
        let mut theme = Theme::default();
        let dir = root.join("themes").join(name);
        if let Some(link) = source::link_on_the_way(root, &Path::new("themes").join(name)) {
            return Err(link);
        }
        if dir.is_dir() {
            theme.add_dir(&dir.join("templates"), Layer::Templates, root)?;
            theme.add_dir(&dir.join("static"), Layer::Static, root)?;
            theme.add_dir(&dir.join("print"), Layer::Print, root)?;
            theme.add_dir(&dir.join("locales"), Layer::Locales, root)?;
            theme.add_dir(&dir.join("fonts"), Layer::Fonts, root)?;
        } else if name == "default" {
            theme.built_in();
        } else {
            let site_yaml = source::display_path(root, Path::new("site.yaml"));
            let text = std::fs::read_to_string(root.join("site.yaml")).unwrap_or_default();
            let themes = available(root);
            let hint = steunwijzer_core::suggest::did_you_mean(name, themes.iter().map(String::as_str)).map_or_else(
                || {
                    msg!(
                        "themes-there-are-make-folder",
                        themes = themes.join(", "),
                        dir = dir.display()
                    )
                },
                |t| msg!("did-you-mean", meant = t),
            );
            return Err(
                Diagnostic::error(Code::ThemeNotFound, &site_yaml, at, msg!("there-no-theme", name))
                    .with_hint(hint)
                    .with_source(&text),
            );
        }
        theme.add_dir(&root.join("templates"), Layer::Templates, root)?;
        theme.add_dir(&root.join("static"), Layer::Static, root)?;
        theme.add_dir(&root.join("print"), Layer::Print, root)?;
        theme.add_dir(&root.join("locales"), Layer::Locales, root)?;
        theme.add_dir(&root.join("fonts"), Layer::Fonts, root)?;
        Ok(theme)
    }

    /// The default theme as built into the binary.
    fn built_in(&mut self) {
        for (path, bytes) in DEFAULT_THEME {
            let origin = format!("(built-in) themes/default/{path}");
            let file = ThemeFile {
                origin,
                bytes: Contents::BuiltIn(bytes),
            };
            if let Some(t) = path.strip_prefix("templates/") {
                self.templates.insert(t.to_string(), file);
            } else if let Some(s) = path.strip_prefix("static/") {
                self.statics.insert(s.to_string(), file);
            } else if let Some(s) = path.strip_prefix("print/") {
                self.print.insert(s.to_string(), file);
            } else if let Some(s) = path.strip_prefix("fonts/") {
                self.fonts.insert(s.to_string(), file);
            } else if let Some(s) = path.strip_prefix("locales/") {
                self.locales.push(Locale {
                    name: s.to_string(),
                    file,
                    site: false,
                });
            }
        }
    }

    fn add_dir(&mut self, dir: &Path, layer: Layer, root: &Path) -> Result<(), Diagnostic> {
        if let Some(link) = source::link_on_the_way(root, dir.strip_prefix(root).unwrap_or(dir)) {
            return Err(link);
        }
        if !dir.is_dir() {
            return Ok(());
        }
        // Names that differ only in case are one file on Windows and macOS.
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for entry in source::walk(dir) {
            let entry = entry.map_err(|e| {
                Diagnostic::file_error(
                    Code::Unreadable,
                    &dir.display().to_string(),
                    msg!("cannot-read", error = walk_error(&e)),
                )
            })?;
            let origin = source::display_path(root, entry.path().strip_prefix(root).unwrap_or(entry.path()));
            if entry.path_is_symlink() {
                return Err(source::symbolic_link(&origin));
            }
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let name = rel.to_string_lossy().replace('\\', "/");
            if let Some(other) = seen.insert(name.to_lowercase(), origin.clone()) {
                return Err(Diagnostic::file_error(
                    Code::BadFileName,
                    &origin,
                    msg!("name-differs-from-only-capitals-windows", other),
                )
                .with_hint(msg!("rename-one-them")));
            }
            let bytes = Contents::from(read_bounded(entry.path(), &origin, layer.max_bytes())?);
            let map = match layer {
                Layer::Templates => &mut self.templates,
                Layer::Static => &mut self.statics,
                Layer::Print => &mut self.print,
                Layer::Fonts => &mut self.fonts,
                Layer::Locales => {
                    self.locales.push(Locale {
                        name,
                        file: ThemeFile { origin, bytes },
                        site: dir == root.join("locales"),
                    });
                    continue;
                }
            };
            // A site's tokens file goes after the theme's instead of replacing it: a house
            // style that sets a few colours keeps every other token defined.
            let name = if matches!(layer, Layer::Static) && name == TOKENS && map.contains_key(TOKENS) {
                SITE_TOKENS.to_string()
            } else {
                name
            };
            map.insert(name, ThemeFile { origin, bytes });
        }
        Ok(())
    }
}

/// The theme's design tokens, and where a site's own tokens file is kept: right after it,
/// in the name order in which the stylesheets are joined.
const TOKENS: &str = "css/00-tokens.css";
const SITE_TOKENS: &str = "css/00-tokens.site.css";

#[derive(Clone, Copy)]
enum Layer {
    Templates,
    Static,
    Print,
    Locales,
    Fonts,
}

impl Layer {
    /// The largest file of the layer: a template is text like a content file; a static
    /// file may be an image or a brochure; the print layer holds fonts, and a font for
    /// Chinese is large.
    fn max_bytes(self) -> u64 {
        match self {
            Layer::Templates | Layer::Locales => source::MAX_FILE_BYTES,
            Layer::Static | Layer::Fonts => MAX_STATIC_BYTES,
            Layer::Print => MAX_PRINT_BYTES,
        }
    }
}

/// The largest static file (an image, a font, a brochure), in bytes.
pub(crate) const MAX_STATIC_BYTES: u64 = 10 * 1024 * 1024;

/// The largest file of the print layer (a font), in bytes.
pub(crate) const MAX_PRINT_BYTES: u64 = 32 * 1024 * 1024;

/// The bytes of the theme file at `path` (shown as `origin`), refused past `limit`: no
/// more than that is read.
fn read_bounded(path: &Path, origin: &str, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read as _;
    let unreadable =
        |e: std::io::Error| Diagnostic::file_error(Code::Unreadable, origin, msg!("cannot-read", error = os_error(&e)));
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(Diagnostic::file_error(
            Code::TooLarge,
            origin,
            msg!("file-larger-than-mb-most-theme", max = limit >> 20),
        )
        .with_hint(msg!("make-image-smaller-logo-needs-few")));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_theme_has_the_page_templates() {
        let dir = tempfile::tempdir().unwrap();
        let t = Theme::load(dir.path(), "default", Span::file_start()).value.unwrap();
        for name in [
            "base.html",
            "index.html",
            "provider.html",
            "life_domain.html",
            "providers.html",
            "page.html",
            "404.html",
        ] {
            assert!(t.templates.contains_key(name), "{name} missing");
        }
        assert!(t.statics.keys().any(|k| k.starts_with("css/")));
    }

    #[test]
    fn site_templates_override_single_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/page.html"), "mine").unwrap();
        let t = Theme::load(dir.path(), "default", Span::file_start()).value.unwrap();
        assert_eq!(&*t.templates["page.html"].bytes, b"mine");
        assert!(t.templates["page.html"].origin.ends_with("templates/page.html"));
        assert!(t.templates["base.html"].origin.starts_with("(built-in)"));
    }

    #[test]
    fn names_that_differ_only_in_case_are_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("static/css")).unwrap();
        std::fs::write(dir.path().join("static/css/site.css"), "a").unwrap();
        std::fs::write(dir.path().join("static/css/Site.css"), "b").unwrap();
        let t = Theme::load(dir.path(), "default", Span::file_start());
        assert!(t.value.is_none());
        assert!(
            t.diagnostics
                .iter()
                .any(|d| d.message.english().contains("only in capitals"))
        );
    }

    #[test]
    fn unknown_theme_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(
            Theme::load(dir.path(), "gemeente", Span::file_start())
                .diagnostics
                .iter()
                .any(|d| d.message.english().contains("there is no theme `gemeente`")
                    && d.hint
                        .as_ref()
                        .map(steunwijzer_core::diagnostic::Msg::english)
                        .as_deref()
                        .is_some_and(|h| h.contains("default")))
        );
    }
}
