//! The theme's static files as they are published: one stylesheet, scripts and other
//! files, with content hashes in the names of the stylesheet and the scripts so browsers
//! may cache them for good.

use std::collections::BTreeMap;

use super::fonts::WebFonts;
use super::theme::Theme;
use steunwijzer_core::artifact::{Artifact, content_hash};

pub(crate) struct Assets {
    pub(crate) css_path: String,
    /// The kiosk's stylesheet: the site's, then the theme's `kiosk/*.css`. None when the
    /// theme has no kiosk styles.
    pub(crate) kiosk_css_path: Option<String>,
    /// The list filters' rules, made for the site's places, languages and ways of contact:
    /// only the list pages that show filters link it. None when there are none.
    pub(crate) filters_css_path: Option<String>,
    /// Script paths by their name in the theme (`js/search.js`), with a content hash.
    pub scripts: BTreeMap<String, String>,
    pub files: Vec<Artifact>,
}

/// A script without its comment lines, blank lines and indentation: a fifth fewer bytes
/// on the wire for the search client. Only whole lines go, so a line that is code stays
/// code; a script with a backtick in its code (a template literal may span lines) is
/// left as it is. Hand-written rather than a minifier crate: `minify-js` 0.6 panicked on
/// every one of the theme's scripts (tried 2026-12-05), and a site's own script must never
/// stop a build; this cannot break a script.
fn compact_script(bytes: &[u8]) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return bytes.to_vec();
    };
    let mut out = String::with_capacity(text.len());
    let mut in_comment = false;
    for line in text.lines() {
        let t = line.trim();
        if in_comment {
            in_comment = !t.ends_with("*/");
            continue;
        }
        if t.starts_with("/*") {
            in_comment = !t.ends_with("*/") || t == "/*/";
            continue;
        }
        if t.is_empty() || t.starts_with("//") {
            continue;
        }
        if t.contains('`') {
            return bytes.to_vec();
        }
        out.push_str(t);
        out.push('\n');
    }
    out.into_bytes()
}

/// Whether `path` is a stylesheet directly in the folder `dir` (`css/`).
fn stylesheet_in(path: &str, dir: &str) -> bool {
    path.strip_prefix(dir)
        .is_some_and(|name| name.ends_with(".css") && !name.contains('/'))
}

fn append(css: &mut Vec<u8>, bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(text) => css.extend_from_slice(super::css::compact(text).as_bytes()),
        Err(_) => css.extend_from_slice(bytes),
    }
    if !css.ends_with(b"\n") {
        css.push(b'\n');
    }
}

/// The scripts every page loads, joined in name order into [`SITE_SCRIPT`] (one request):
/// the messages' reader (`10-say.js`) and "Mijn lijst" (`20-my-list.js`). A site replaces
/// one by a file of the same name.
const SITE_SCRIPT_DIR: &str = "js/site/";
/// The joined script's name, as templates ask for it (`scripts["js/site.js"]`).
const SITE_SCRIPT: &str = "js/site.js";

/// The theme's scripts, compacted, with their published names by theme path; those of
/// [`SITE_SCRIPT_DIR`] joined into one.
fn scripts(theme: &Theme, named: &dyn Fn(&str, &str, &[u8]) -> String) -> (BTreeMap<String, String>, Vec<Artifact>) {
    let mut scripts = BTreeMap::new();
    let mut files = Vec::new();
    let mut site_script = Vec::new();
    for (path, file) in &theme.statics {
        let Some(stem) = path.strip_suffix(".js") else {
            continue;
        };
        if path.starts_with(SITE_SCRIPT_DIR) {
            site_script.extend_from_slice(&compact_script(&file.bytes));
            continue;
        }
        let bytes = compact_script(&file.bytes);
        let name = named(stem, "js", &bytes);
        scripts.insert(path.clone(), name.clone());
        files.push(Artifact::new(name, bytes));
    }
    if !site_script.is_empty() {
        let name = named("js/site", "js", &site_script);
        scripts.insert(SITE_SCRIPT.to_string(), name.clone());
        files.push(Artifact::new(name, site_script));
    }
    (scripts, files)
}

/// Joins `css/*.css` in name order into one file (and those with `kiosk/*.css` after
/// them into the kiosk's, where a `kiosk/` file replaces the `css/` file of its name); gives scripts a hashed name too, joining `js/site/*.js` into `js/site.js`; copies every other static
/// file to `assets/` as it is. Without `hashed` (the live preview, which tells browsers
/// to keep nothing) the names have no hash, so a stylesheet saved changes no page.
/// `generated` (the list filters' rules, made for the site's values: one rule a place) ends
/// the web sheet; over [`OWN_FILTER_SHEET_FROM`] bytes (a region's hundreds of places) it
/// is a sheet of its own that only the web's list pages with filters link. The kiosk, a
/// browser the library runs with JavaScript, filters with its script. The web fonts' rules end both sheets, and their
/// files go with the rest.
/// Filter rules longer than this (about 60 places) get a sheet of their own.
pub(crate) const OWN_FILTER_SHEET_FROM: usize = 8 * 1024;

pub(crate) fn assets(theme: &Theme, hashed: bool, generated: &str, fonts: WebFonts) -> Assets {
    let named = |stem: &str, ext: &str, bytes: &[u8]| {
        if hashed {
            format!("assets/{stem}-{}.{ext}", content_hash(bytes))
        } else {
            format!("assets/{stem}.{ext}")
        }
    };
    let mut css = Vec::new();
    // The kiosk's sheet: the web's files but those a kiosk/ file of the same name replaces
    // (its print rules: a kiosk prints only the slip), then the kiosk's own.
    let mut kiosk_base = Vec::new();
    let mut kiosk = Vec::new();
    let (scripts, mut files) = scripts(theme, &named);
    for (path, file) in &theme.statics {
        if stylesheet_in(path, "css/") {
            append(&mut css, &file.bytes);
            let replaced = path
                .strip_prefix("css/")
                .is_some_and(|name| theme.statics.contains_key(&format!("kiosk/{name}")));
            if !replaced {
                append(&mut kiosk_base, &file.bytes);
            }
        } else if stylesheet_in(path, "kiosk/") {
            append(&mut kiosk, &file.bytes);
        } else if path.ends_with(".js") {
            // The scripts: made above.
        } else {
            files.push(Artifact::new(format!("assets/{path}"), file.bytes.to_vec()));
        }
    }
    // A town's few rules cost less in the one sheet than a second request and a second
    // render-blocking sheet on its list pages; a region's hundreds go in a sheet of their own.
    let filters_css_path = if generated.len() > OWN_FILTER_SHEET_FROM {
        let path = named("filters", "css", generated.as_bytes());
        files.push(Artifact::new(path.clone(), generated.as_bytes().to_vec()));
        Some(path)
    } else {
        append(&mut css, generated.as_bytes());
        None
    };
    if !fonts.css.is_empty() {
        append(&mut css, fonts.css.as_bytes());
        if !kiosk.is_empty() {
            append(&mut kiosk, fonts.css.as_bytes());
        }
    }
    files.extend(fonts.files);
    let kiosk_css_path = (!kiosk.is_empty()).then(|| {
        let mut joined = kiosk_base;
        joined.extend_from_slice(&kiosk);
        let path = named("kiosk", "css", &joined);
        files.push(Artifact::new(path.clone(), joined));
        path
    });
    let css_path = named("style", "css", &css);
    files.push(Artifact::new(css_path.clone(), css));
    Assets {
        css_path,
        kiosk_css_path,
        filters_css_path,
        scripts,
        files,
    }
}

#[cfg(test)]
mod tests {
    use super::{Theme, compact_script, scripts};
    use crate::theme::ThemeFile;

    #[test]
    fn the_site_scripts_are_joined_in_name_order_and_the_others_stay_apart() {
        let mut theme = Theme::default();
        for (path, text) in [
            ("js/site/20-b.js", "var b = 2;\n"),
            ("js/site/10-a.js", "var a = 1;\n"),
            ("js/search.js", "var s = 3;\n"),
        ] {
            let file = ThemeFile {
                origin: path.to_string(),
                bytes: text.as_bytes().to_vec().into(),
            };
            theme.statics.insert(path.to_string(), file);
        }
        let named = |stem: &str, ext: &str, _: &[u8]| format!("assets/{stem}.{ext}");
        let (names, files) = scripts(&theme, &named);
        let keys: Vec<&str> = names.keys().map(String::as_str).collect();
        assert_eq!(keys, ["js/search.js", "js/site.js"]);
        let site = files.iter().find(|f| f.path == "assets/js/site.js").expect("joined");
        assert_eq!(site.bytes, b"var a = 1;\nvar b = 2;\n");
    }

    #[test]
    fn scripts_lose_comment_lines_and_indentation_only() {
        let js = "/* head\n   `comment` */\n(function () {\n  // why `this`\n  var a = 1; // kept\n\n  /** one line */\n  return a / 2;\n})();\n";
        let out = String::from_utf8(compact_script(js.as_bytes())).unwrap();
        assert_eq!(out, "(function () {\nvar a = 1; // kept\nreturn a / 2;\n})();\n");
        let literal = "var s = `\n  // not a comment\n`;\n";
        assert_eq!(compact_script(literal.as_bytes()), literal.as_bytes());
    }
}
