//! `steunwijzer new provider`: a new content file from the theme's template.

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use steunwijzer_core::config;
use steunwijzer_core::content::PROVIDERS_DIR;
use steunwijzer_core::date::{Clock, TodayError};
use steunwijzer_core::diagnostic::{Diagnostics, Msg, os_error};
use steunwijzer_core::msg;
use steunwijzer_core::text;
use steunwijzer_render::theme::DEFAULT_THEME;

const TEMPLATE: &str = "scaffold/provider.md";

/// Why no provider file was made.
#[derive(Debug)]
pub enum NewProviderError {
    /// Today's date is not known (`STEUNWIJZER_TODAY` is wrong).
    Today(TodayError),
    /// The name has no letters or digits to make a file name of.
    NoName(String),
    /// `site.yaml` has errors; the first, as shown to an editor.
    SiteConfig(Diagnostics),
    /// The file exists already.
    Exists(PathBuf),
    /// The theme's template is missing or cannot be read.
    Template(Msg),
    /// The file or its folder could not be created.
    Create(PathBuf, std::io::Error),
    /// The file could not be written.
    Write(PathBuf, std::io::Error),
}

impl NewProviderError {
    /// True when the command line or environment is wrong, not the site.
    pub fn is_usage(&self) -> bool {
        matches!(self, NewProviderError::Today(_))
    }
}

impl NewProviderError {
    /// What is wrong, in the command line's catalogues.
    pub fn message(&self) -> Msg {
        match self {
            NewProviderError::Today(e) => e.message(),
            NewProviderError::NoName(name) => msg!("new-no-file-name", name),
            NewProviderError::SiteConfig(_) => msg!("new-site-has-errors"),
            NewProviderError::Exists(path) => msg!("new-exists", path = path.display()),
            NewProviderError::Template(e) => e.clone(),
            NewProviderError::Create(path, error) => {
                msg!("path-cannot-create", path = path.display(), error = os_error(error))
            }
            NewProviderError::Write(path, error) => {
                msg!("path-cannot-write", path = path.display(), error = os_error(error))
            }
        }
    }
}

impl fmt::Display for NewProviderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for NewProviderError {}

/// Writes `content/providers/<slug>.md` for `name`, reviewed today, and returns its path.
/// Never overwrites.
pub fn new_provider(root: &Path, name: &str, clock: &Clock) -> Result<PathBuf, NewProviderError> {
    let name = name.trim();
    let slug = text::portable_slug(name, "");
    if slug.is_empty() {
        return Err(NewProviderError::NoName(name.to_string()));
    }
    let config = config::load(root, None);
    let Some(config) = config.value else {
        return Err(NewProviderError::SiteConfig(config.diagnostics));
    };
    let today = clock.today(&config.time_zone).map_err(NewProviderError::Today)?;
    let path = root.join(PROVIDERS_DIR).join(format!("{slug}.md"));
    if path.exists() {
        return Err(NewProviderError::Exists(path));
    }
    let text = template(root, &config.theme)?
        .replace("{{name}}", &name.replace('\\', "\\\\").replace('"', "\\\""))
        .replace("{{today}}", &today.iso())
        .replace("{{municipality}}", &config.municipality)
        .replace("{{schema}}", &format!("{}schema/provider.schema.json", config.base_url));
    std::fs::create_dir_all(root.join(PROVIDERS_DIR))
        .map_err(|e| NewProviderError::Create(PathBuf::from(PROVIDERS_DIR), e))?;
    // create_new: a file made in the meantime is not overwritten either.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| NewProviderError::Create(path.clone(), e))?;
    file.write_all(text.as_bytes())
        .map_err(|e| NewProviderError::Write(path.clone(), e))?;
    Ok(path)
}

/// The site's theme's template, or the built-in one.
fn template(root: &Path, theme: &str) -> Result<String, NewProviderError> {
    let own = root.join("themes").join(theme).join(TEMPLATE);
    if own.is_file() {
        return std::fs::read_to_string(&own).map_err(|e| {
            NewProviderError::Template(msg!("path-cannot-read", path = own.display(), error = os_error(&e)))
        });
    }
    DEFAULT_THEME
        .iter()
        .find(|(p, _)| *p == TEMPLATE)
        .and_then(|(_, b)| std::str::from_utf8(b).ok())
        .map(String::from)
        .ok_or_else(|| NewProviderError::Template(msg!("new-template-missing")))
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
