//! The theme's templates, loaded into Tera, and template errors located at their file.

use std::fmt::Write as _;
use steunwijzer_core::msg;
use tera::Tera;

use super::theme::Theme;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, error_chain};
use steunwijzer_core::text;

/// Every template of the theme, ready to render; every file that cannot be read or parsed
/// is reported.
pub(crate) fn load(theme: &Theme) -> Result<Tera, Diagnostics> {
    let mut tera = Tera::default();
    tera.set_escape_fn(text::escape_html);
    refuse_unsafe_functions(&mut tera);
    own_filters(&mut tera);
    let mut errors = Diagnostics::new();
    let mut sources = Vec::new();
    for (name, file) in &theme.templates {
        match std::str::from_utf8(&file.bytes) {
            Ok(text) => sources.push((name.clone(), text.to_string())),
            Err(_) => errors.push(Diagnostic::file_error(
                Code::NotUtf8,
                &file.origin,
                msg!("template-not-utf-8"),
            )),
        }
    }
    if let Err(e) = tera.add_raw_templates(sources) {
        errors.push(error(theme, None, &e));
    }
    if errors.is_empty() { Ok(tera) } else { Err(errors) }
}

/// Tera's filters are built without its optional `builtins` (chrono, chrono-tz, rand,
/// humansize: a second time-zone database for two filters); of those, `slugify` and
/// `filesizeformat` are this site's own, so a site template keeps them: slugs as the
/// site makes them, sizes in Dutch as the download links give them ("241 kB"). `date`
/// is refused with the way to write a date.
fn own_filters(tera: &mut Tera) {
    tera.register_filter(
        "slugify",
        |v: &tera::Value, _: &std::collections::HashMap<String, tera::Value>| {
            let s = tera::try_get_value!("slugify", "value", String, v);
            Ok(tera::Value::String(text::slugify(&s)))
        },
    );
    tera.register_filter(
        "filesizeformat",
        |v: &tera::Value, _: &std::collections::HashMap<String, tera::Value>| {
            let n = tera::try_get_value!("filesizeformat", "value", u64, v);
            Ok(tera::Value::String(text::size_words(
                usize::try_from(n).unwrap_or(usize::MAX),
            )))
        },
    );
    tera.register_filter(
        "mail_field",
        |v: &tera::Value, _: &std::collections::HashMap<String, tera::Value>| {
            let s = tera::try_get_value!("mail_field", "value", String, v);
            Ok(tera::Value::String(mail_field(&s)))
        },
    );
    tera.register_filter(
        "date",
        |_: &tera::Value, _: &std::collections::HashMap<String, tera::Value>| {
            Err(tera::Error::msg(
                "the filter `date` is not available: write a view's date with `labels::date(d=…)`",
            ))
        },
    );
}

/// A `mailto:` link's subject or body: the ASCII that is not a letter, digit or `-._~` as
/// `%XX`, and every other letter as it is (an IRI, RFC 3987), which the browser encodes
/// when the link is followed. A subject in Ukrainian or Arabic then takes two bytes a
/// letter instead of six: `urlencode_strict` (and the `percent-encoding` crate) always
/// encode them.
fn mail_field(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !c.is_ascii() || c.is_ascii_alphanumeric() || "-._~".contains(c) {
            out.push(c);
        } else {
            let _ = write!(out, "%{:02X}", u32::from(c));
        }
    }
    out
}

/// Tera's functions are there for site templates, except three: `get_env` could publish a CI secret, and `now` and
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
pub(crate) fn error(theme: &Theme, template: Option<&str>, e: &tera::Error) -> Diagnostic {
    let message = error_chain(e);
    let named = template.or_else(|| message.split('\'').nth(1));
    let origin = named
        .and_then(|n| theme.templates.get(n))
        .map_or_else(|| "templates".to_string(), |f| f.origin.clone());
    Diagnostic::file_error(Code::TemplateError, &origin, msg!("template-error", message))
        .with_hint(msg!("template-error-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mail_field_keeps_letters_and_encodes_what_a_url_reserves() {
        assert_eq!(
            mail_field("Vraag over Steunwijzer & co?"),
            "Vraag%20over%20Steunwijzer%20%26%20co%3F"
        );
        assert_eq!(mail_field("Питання #1"), "Питання%20%231");
        assert_eq!(mail_field("a\nb%"), "a%0Ab%25");
    }
}
