//! The theme's and the site's message catalogues, and the template functions that read
//! them: `t(id="…", name=…)` gives a message as text (escaped like any value), and
//! `t_html(id="…", link_html=…)` a message with HTML in its arguments whose names end in
//! `_html` (the rest of the message is escaped).

use std::collections::HashMap;
use std::sync::Arc;
use steunwijzer_core::msg;

use steunwijzer_core::config::Config;
use steunwijzer_core::diagnostic::Arg;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics};
use steunwijzer_core::i18n::{Catalogue, CatalogueFile};
use steunwijzer_core::languages;
use steunwijzer_core::model::Site;
use steunwijzer_core::text;

use super::theme::Theme;

/// The catalogues of the theme and the site, with the site's language as the fallback;
/// every file that cannot be read is reported.
pub(crate) fn catalogue(theme: &Theme, fallback: &str) -> (Arc<Catalogue>, Diagnostics) {
    let mut found = Diagnostics::new();
    let mut files = Vec::new();
    for locale in &theme.locales {
        // The command line's catalogues (`cli/nl.ftl`) are its own, built into the program.
        if locale.name.contains('/') {
            continue;
        }
        // `en.ftl`, and the generated `en.languages.ftl` (the spoken languages' names).
        let Some(lang) = locale.name.strip_suffix(".ftl").and_then(|stem| stem.split('.').next()) else {
            continue;
        };
        match std::str::from_utf8(&locale.file.bytes) {
            Ok(text) => files.push(CatalogueFile {
                origin: locale.file.origin.clone(),
                lang: lang.to_string(),
                text: text.to_string(),
                overrides: locale.site,
            }),
            Err(_) => found.push(
                Diagnostic::file_error(Code::NotUtf8, &locale.file.origin, msg!("catalogue-not-utf-8-text"))
                    .with_hint(msg!("save-as-utf-8-text")),
            ),
        }
    }
    let (catalogue, problems) = Catalogue::load(&files, fallback);
    found.append(problems);
    if !catalogue.has_language(fallback) {
        found.push(Diagnostic::file_error(
            Code::CatalogueError,
            "locales",
            msg!("there-no-message-catalogue-for-site", fallback),
        ));
    }
    (Arc::new(catalogue), found)
}

/// The catalogue when it can be used for every interface language, with its warnings.
pub(crate) fn ready(site: &Site, theme: &Theme) -> Result<(Arc<Catalogue>, Diagnostics), Diagnostics> {
    let (catalogue, mut found) = catalogue(theme, &site.config.language);
    found.append(languages(&site.config, &catalogue));
    if found.has_errors() {
        Err(found)
    } else {
        Ok((catalogue, found))
    }
}

/// The interface languages' problems: one without a catalogue (an error at site.yaml),
/// one whose catalogue lacks messages (a warning).
pub(crate) fn languages(c: &Config, catalogue: &Catalogue) -> Diagnostics {
    let mut found = Diagnostics::new();
    for (lang, at) in c.languages_ui.iter().zip(&c.languages_ui_at) {
        if !catalogue.has_language(lang) {
            found.push(
                Diagnostic::error(
                    Code::CatalogueError,
                    &c.path,
                    *at,
                    msg!(
                        "there-are-no-messages-no-catalogue",
                        name_or_code = languages::name_or_code(lang),
                        lang
                    ),
                )
                .with_hint(msg!("add-catalogue-site-s-locales-folder")),
            );
        }
    }
    found.append(catalogue.untranslated(&c.languages_ui, |l| languages::name_or_code(l).to_string()));
    found
}

/// Which scripts a page runs, for the messages it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scripts {
    /// Every script's (the search page, the kiosk's pages).
    All,
    /// Those of every web page: "Mijn lijst" and a list's filters.
    Page,
    /// Those of every web page and the sign-up form's (`js-signup-…`), on its page only.
    Signup,
}

/// The sign-up form's messages: on its own page, not in the search page's or the kiosk's.
const SIGNUP_SCRIPT: &str = "js-signup-";

/// The messages of the scripts every web page may run ([`Scripts::Page`]): a page carries
/// only these, not the search's, which would add 1.7 KB to each of 10,000 provider pages.
const PAGE_SCRIPTS: [&str; 2] = ["js-mylist-", "js-list-"];

/// The messages the browser's scripts show (search, filters, the kiosk's reset), as
/// JSON for the page's `<script type="application/json" id="sw-messages">`: every
/// message whose id starts with `js-` and the words of a card ([`Scripts::All`]), or only
/// those every web page's scripts need ([`Scripts::Page`]).
pub(crate) fn browser(catalogue: &Catalogue, lang: &str, scripts: Scripts) -> String {
    const CARD: [&str; 4] = ["card-walk-in", "card-also-in", "card-whole", "card-phone"];
    let fallback = catalogue.fallback().to_string();
    let ids = catalogue.ids(&fallback);
    let chosen = ids.iter().filter(|id| match scripts {
        Scripts::All => (id.starts_with("js-") && !id.starts_with(SIGNUP_SCRIPT)) || CARD.contains(id),
        Scripts::Page => PAGE_SCRIPTS.iter().any(|prefix| id.starts_with(prefix)),
        Scripts::Signup => id.starts_with(SIGNUP_SCRIPT) || PAGE_SCRIPTS.iter().any(|prefix| id.starts_with(prefix)),
    });
    let map: serde_json::Map<String, serde_json::Value> = chosen
        .filter_map(|id| Some(((*id).to_string(), catalogue.browser_message(lang, id)?)))
        .collect();
    super::seo::script_json(&serde_json::Value::Object(map))
}

/// `t()` and `t_html()` for one language.
pub(crate) struct Say {
    catalogue: Arc<Catalogue>,
    lang: String,
    html: bool,
}

impl Say {
    /// Registers `t` and `t_html` for `lang` in `tera`.
    pub(crate) fn register(tera: &mut tera::Tera, catalogue: &Arc<Catalogue>, lang: &str) {
        tera.register_function("element", Element);
        for (name, html) in [("t", false), ("t_html", true)] {
            let say = Say {
                catalogue: Arc::clone(catalogue),
                lang: lang.to_string(),
                html,
            };
            tera.register_function(name, say);
        }
    }
}

/// Where an argument's HTML goes in the message, while the rest is escaped: characters
/// of Unicode's private use area, which no message holds.
fn placeholder(i: usize) -> String {
    format!("\u{E000}{i}\u{E001}")
}

impl tera::Function for Say {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let Some(id) = args.get("id").and_then(tera::Value::as_str) else {
            return Err(tera::Error::msg("`t()` needs the message's id: `t(id=\"…\")`"));
        };
        let mut list = Vec::new();
        let mut html = Vec::new();
        for (name, value) in args.iter().filter(|(n, _)| *n != "id") {
            let arg = if self.html && name.ends_with("_html") {
                let mark = placeholder(html.len());
                html.push((mark.clone(), value.as_str().unwrap_or_default().to_string()));
                Arg::Text(mark)
            } else {
                match value {
                    tera::Value::Number(n) => Arg::Number(n.as_f64().unwrap_or_default()),
                    tera::Value::String(s) => Arg::Text(s.clone()),
                    tera::Value::Null => Arg::Text(String::new()),
                    other => Arg::Text(other.to_string()),
                }
            };
            list.push((name.as_str(), arg));
        }
        let said = self.catalogue.format(&self.lang, id, &list).map_err(tera::Error::msg)?;
        if !self.html {
            return Ok(tera::Value::String(said));
        }
        let mut out = text::escape_html(&said);
        for (mark, markup) in html {
            out = out.replace(&mark, &markup);
        }
        Ok(tera::Value::String(out))
    }

    fn is_safe(&self) -> bool {
        self.html
    }
}

/// `element(tag="a", text="…", href="…")`: an element with its text and attributes
/// (in name order), all escaped; for an element inside a message (`t_html`'s `…_html`
/// arguments).
pub(crate) fn element(args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let text_of = |v: &tera::Value| match v {
        tera::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let Some(tag) = args.get("tag").and_then(tera::Value::as_str) else {
        return Err(tera::Error::msg(
            "`element()` needs the element's name: `element(tag=\"a\", …)`",
        ));
    };
    let mut attributes: Vec<(&String, &tera::Value)> =
        args.iter().filter(|(k, _)| *k != "tag" && *k != "text").collect();
    attributes.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = format!("<{tag}");
    for (name, value) in attributes {
        out.push_str(&format!(" {name}=\"{}\"", text::escape_html(&text_of(value))));
    }
    let inner = args.get("text").map(text_of).unwrap_or_default();
    out.push_str(&format!(">{}</{tag}>", text::escape_html(&inner)));
    Ok(tera::Value::String(out))
}

/// [`element`] as a Tera function whose output is HTML.
pub(crate) struct Element;

impl tera::Function for Element {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        element(args)
    }

    fn is_safe(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in theme, as a site without a theme of its own gets it.
    fn default_theme() -> Theme {
        Theme::load(
            std::path::Path::new("/nonexistent"),
            "default",
            steunwijzer_core::diagnostic::Span::file_start(),
        )
        .value
        .unwrap()
    }

    /// A web page other than the search carries only its own scripts' messages.
    #[test]
    fn a_page_carries_only_the_messages_of_its_scripts() {
        let theme = default_theme();
        let (catalogue, _) = catalogue(&theme, "nl");
        let page = browser(&catalogue, "nl", Scripts::Page);
        let all = browser(&catalogue, "nl", Scripts::All);
        for id in ["js-mylist-add", "js-mylist-added", "js-list-fits"] {
            assert!(
                page.contains(&format!("\"{id}\"")) && all.contains(&format!("\"{id}\"")),
                "{id}"
            );
        }
        for id in ["js-found", "card-phone", "js-kiosk-idle"] {
            assert!(
                !page.contains(&format!("\"{id}\"")) && all.contains(&format!("\"{id}\"")),
                "{id}"
            );
        }
        assert!(page.len() * 2 < all.len(), "{} of {} bytes", page.len(), all.len());
    }

    /// Every catalogue of the default theme has exactly the Dutch one's messages, and
    /// none is empty.
    #[test]
    fn the_default_catalogues_have_the_same_messages() {
        let theme = default_theme();
        let (catalogue, found) = catalogue(&theme, "nl");
        assert!(found.is_empty(), "{found:?}");
        let dutch = catalogue.ids("nl");
        let langs: std::collections::BTreeSet<String> = theme
            .locales
            .iter()
            .filter(|l| !l.name.contains('/'))
            .map(|l| l.name.split('.').next().unwrap().to_string())
            .collect();
        assert!(langs.len() >= 2, "{langs:?}");
        for lang in &langs {
            let ids = catalogue.ids(lang);
            // The editors' form speaks the site's language: the languages a site is made in
            // (nl, en) have its words, an interface language need not.
            let form_optional = |id: &&&str| lang != "en" && id.starts_with("admin-");
            let missing: Vec<_> = dutch.difference(&ids).filter(|id| !form_optional(id)).collect();
            let extra: Vec<_> = ids.difference(&dutch).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: missing {missing:?}, not in nl.ftl {extra:?}"
            );
            for id in ids.iter().filter(|id| id.starts_with("js-")) {
                assert!(
                    catalogue.browser_message(lang, id).is_some(),
                    "{lang} {id}: too rich for js/site/10-say.js"
                );
            }
            for id in &ids {
                if *id == "list-comma" {
                    continue;
                }
                let args = [("count", Arg::Number(2.0)), ("month", Arg::Number(3.0))];
                let said = catalogue.format(lang, id, &args);
                assert!(
                    said.as_ref().is_ok_and(|s| !s.trim().is_empty())
                        || said.as_ref().is_err_and(|e| e.contains("Unknown variable")),
                    "{lang} {id}: {said:?}"
                );
            }
        }
    }

    #[test]
    fn text_and_html_messages() {
        let file = CatalogueFile {
            origin: "nl.ftl".into(),
            lang: "nl".into(),
            text:
                "a = Lees de { $link_html } & { $name }.\nb = { $count ->\n [one] één\n *[other] { $count } stuks\n}\n"
                    .into(),
            overrides: false,
        };
        let (c, _) = Catalogue::load(&[file], "nl");
        let mut tera = tera::Tera::default();
        Say::register(&mut tera, &Arc::new(c), "nl");
        let out = tera
            .render_str(
                r#"{{ t_html(id="a", link_html='<a href="x">regeling</a>', name="<b>") }}|{{ t(id="b", count=3) }}|{{ t(id="b", count=1) }}"#,
                &tera::Context::new(),
            )
            .unwrap();
        assert_eq!(out, r#"Lees de <a href="x">regeling</a> &amp; &lt;b&gt;.|3 stuks|één"#);
        let missing = tera.render_str(r#"{{ t(id="nowhere") }}"#, &tera::Context::new());
        assert!(format!("{:?}", missing.unwrap_err()).contains("no message `nowhere`"));
    }
}
