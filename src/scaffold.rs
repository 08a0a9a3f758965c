//! `steunwijzer new provider`: a new content file from the theme's template.

use std::path::{Path, PathBuf};

use crate::config;
use crate::content::PROVIDERS_DIR;
use crate::date::Date;
use crate::formats;
use crate::render::theme::DEFAULT_THEME;

const TEMPLATE: &str = "scaffold/provider.md";

/// Writes `content/providers/<slug>.md` for `name` and returns its path. Never overwrites.
pub fn new_provider(root: &Path, name: &str, today: Date) -> Result<PathBuf, String> {
    let name = name.trim();
    let slug = formats::slugify(name);
    if slug.is_empty() {
        return Err(format!(
            "cannot make a file name from \"{name}\"; use letters or digits"
        ));
    }
    let config = config::load(root, None).map_err(|ds| {
        let first = ds.first().map(|d| d.render()).unwrap_or_default();
        format!("site.yaml has errors; fix them first:\n{first}")
    })?;
    let rel = Path::new(PROVIDERS_DIR).join(format!("{slug}.md"));
    let path = root.join(&rel);
    if path.exists() {
        return Err(format!(
            "{} exists already; edit that file, or choose another name",
            path.display()
        ));
    }
    let template = template(root, &config.theme)?;
    let text = template
        .replace("{{name}}", &name.replace('\\', "\\\\").replace('"', "\\\""))
        .replace("{{today}}", &today.iso())
        .replace("{{schema}}", &format!("{}schema/provider.schema.json", config.base_url));
    std::fs::create_dir_all(root.join(PROVIDERS_DIR)).map_err(|e| format!("cannot create {PROVIDERS_DIR}: {e}"))?;
    // create_new: a file made in the meantime is not overwritten either.
    use std::io::Write as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    file.write_all(text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// The site's theme's template, or the built-in one.
fn template(root: &Path, theme: &str) -> Result<String, String> {
    let own = root.join("themes").join(theme).join(TEMPLATE);
    if own.is_file() {
        return std::fs::read_to_string(&own).map_err(|e| format!("cannot read {}: {e}", own.display()));
    }
    DEFAULT_THEME
        .iter()
        .find(|(p, _)| *p == TEMPLATE)
        .and_then(|(_, b)| std::str::from_utf8(b).ok())
        .map(String::from)
        .ok_or_else(|| "the built-in provider template is missing".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_built_in() {
        assert!(
            template(Path::new("/nonexistent"), "default")
                .unwrap()
                .contains("name: \"{{name}}\"")
        );
    }
}
