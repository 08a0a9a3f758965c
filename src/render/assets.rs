//! The theme's static files as they are published: one stylesheet, scripts and other
//! files, with content hashes in the names of the stylesheet and the scripts so browsers
//! may cache them for good.

use std::collections::BTreeMap;

use super::theme::Theme;
use crate::artifact::{Artifact, content_hash};

pub(super) struct Assets {
    pub(super) css_path: String,
    /// Script paths by their name in the theme (`js/search.js`), with a content hash.
    pub(super) scripts: BTreeMap<String, String>,
    pub(super) files: Vec<Artifact>,
}

/// Joins `css/*.css` in name order into one file; gives scripts a hashed name too;
/// copies every other static file to `assets/` as it is.
pub(super) fn assets(theme: &Theme) -> Assets {
    let mut css = Vec::new();
    let mut files = Vec::new();
    let mut scripts = BTreeMap::new();
    for (path, file) in &theme.statics {
        if path.starts_with("css/") && path.ends_with(".css") && !path[4..].contains('/') {
            css.extend_from_slice(&file.bytes);
            if !css.ends_with(b"\n") {
                css.push(b'\n');
            }
        } else if let Some(stem) = path.strip_suffix(".js") {
            let hashed = format!("assets/{stem}-{}.js", content_hash(&file.bytes));
            scripts.insert(path.clone(), hashed.clone());
            files.push(Artifact::new(hashed, file.bytes.clone()));
        } else {
            files.push(Artifact::new(format!("assets/{path}"), file.bytes.clone()));
        }
    }
    let css_path = format!("assets/style-{}.css", content_hash(&css));
    files.push(Artifact::new(css_path.clone(), css));
    Assets {
        css_path,
        scripts,
        files,
    }
}
