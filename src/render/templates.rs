//! The theme's templates, loaded into Tera, and template errors located at their file.

use tera::Tera;

use super::theme::Theme;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, error_chain};
use crate::text;

/// Every template of the theme, ready to render; every file that cannot be read or parsed
/// is reported.
pub(super) fn load(theme: &Theme) -> Result<Tera, Diagnostics> {
    let mut tera = Tera::default();
    tera.set_escape_fn(text::escape_html);
    refuse_unsafe_functions(&mut tera);
    let mut errors = Diagnostics::new();
    let mut sources = Vec::new();
    for (name, file) in &theme.templates {
        match std::str::from_utf8(&file.bytes) {
            Ok(text) => sources.push((name.clone(), text.to_string())),
            Err(_) => errors.push(Diagnostic::file_error(
                Code::NotUtf8,
                &file.origin,
                "template is not UTF-8 text",
            )),
        }
    }
    if let Err(e) = tera.add_raw_templates(sources) {
        errors.push(error(theme, None, &e));
    }
    if errors.is_empty() { Ok(tera) } else { Err(errors) }
}

/// Tera's built-in filters and functions are there for site templates (`urlencode`,
/// `date`, `slugify`, …), except three: `get_env` could publish a CI secret, and `now` and
/// `get_random` would make two builds of the same content differ.
fn refuse_unsafe_functions(tera: &mut Tera) {
    let refused: [(&str, &str); 3] = [
        (
            "get_env",
            "a template may not read the environment: it could publish a secret",
        ),
        (
            "now",
            "the same content must give the same site; use `edition` (the date of the data) instead",
        ),
        ("get_random", "the same content must give the same site"),
    ];
    for (name, why) in refused {
        tera.register_function(name, move |_: &std::collections::HashMap<String, tera::Value>| {
            Err(tera::Error::msg(format!("`{name}()` is not available: {why}")))
        });
    }
}

/// Tera's error and its causes on one line, located at the template file when known.
pub(super) fn error(theme: &Theme, template: Option<&str>, e: &tera::Error) -> Diagnostic {
    let message = error_chain(e);
    let named = template.or_else(|| message.split('\'').nth(1));
    let origin = named
        .and_then(|n| theme.templates.get(n))
        .map_or_else(|| "templates".to_string(), |f| f.origin.clone());
    Diagnostic::file_error(Code::TemplateError, &origin, format!("template error: {message}"))
        .with_hint("fix the template, or remove the site's override of it to use the theme's version")
}
