//! "Aanmelden als ondersteuner": a page where a provider signs up through a form in plain
//! words. The browser checks the answers by the rules `check` uses (js/signup.js; a
//! browser test holds the two to the same verdicts) and makes a provider file of them,
//! which goes to the editors as an e-mail (`contact.signup`, by default the team's
//! address), to a form's address, or as a new file on the forge (with `admin:`). Nothing
//! is stored and there is no server. Without JavaScript the form is sent as it is.

use serde::Serialize;
use tera::Context;

use steunwijzer_core::config::Backend;
use steunwijzer_core::paths;
use steunwijzer_core::validate::SUMMARY_MAX_CHARS;
use steunwijzer_core::values::{Accessibility, ContactMode, Kind};

use crate::pages::{Edition, Renderer};

/// One answer to choose.
#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
}

impl Renderer<'_> {
    /// Whether the pages being made have a sign-up page: the web site's, in a language
    /// whose catalogue has its words.
    pub(crate) fn has_signup(&self) -> bool {
        self.edition() == Edition::Web && self.says("signup-title")
    }
}

/// What the page offers and where the answers go.
#[derive(Serialize)]
struct Signup {
    email: Option<String>,
    form: Option<String>,
    /// The forge's page for a new provider file, when the site has the editors' form.
    forge_new: Option<String>,
    summary_max: usize,
    kinds: Vec<Choice>,
    neighbourhoods: Vec<super::filters::PlaceChoice>,
    contact_modes: Vec<Choice>,
    accessibility: Vec<Choice>,
    languages: Vec<Choice>,
}

impl Renderer<'_> {
    /// The sign-up page of the web site, in the current language.
    pub(crate) fn signup_page(&mut self) {
        if !self.has_signup() {
            return;
        }
        let site = self.site;
        let choices = |ids: Vec<(String, String)>| -> Vec<Choice> {
            ids.into_iter()
                .map(|(value, id)| Choice {
                    label: self.say(&id),
                    value,
                })
                .collect()
        };
        let named = |values: Vec<String>, prefix: &str| -> Vec<(String, String)> {
            values
                .into_iter()
                .map(|v| (v.clone(), format!("{prefix}-{v}")))
                .collect()
        };
        let kinds = choices(named(values::<Kind>(), "kind"));
        let modes = named(values::<ContactMode>(), "contact-mode");
        let access = named(values::<Accessibility>(), "accessibility");
        let languages = choices(
            spoken(site)
                .into_iter()
                .map(|c| (c.clone(), format!("language-{c}")))
                .collect(),
        );
        let forge_new = forge_new(site);
        let view = Signup {
            email: site.config.contact.signup_email.clone(),
            form: site.config.contact.signup_form.clone(),
            forge_new,
            summary_max: SUMMARY_MAX_CHARS,
            kinds,
            neighbourhoods: super::filters::place_choices(&site.neighbourhoods),
            contact_modes: choices(modes),
            accessibility: choices(access),
            languages,
        };
        let mut ctx = Context::new();
        ctx.insert("signup", &view);
        let title = self.say("signup-title");
        let description = self.say("signup-lead");
        self.page(paths::SIGNUP, "signup.html", &title, Some(&description), ctx);
    }
}

/// The values of a closed set, as the front matter writes them (from its schema, so a new
/// value is offered at once).
fn values<T: schemars::JsonSchema>() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
    schema["enum"]
        .as_array()
        .map(|v| v.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// The languages to offer: the interface's, then those the providers speak, each once.
fn spoken(site: &steunwijzer_core::model::Site) -> Vec<String> {
    let mut codes: Vec<String> = site.config.languages_ui.clone();
    codes.extend(site.languages().into_iter().map(str::to_string));
    let mut seen = std::collections::BTreeSet::new();
    codes.retain(|c| seen.insert(c.clone()));
    codes
}

/// The forge's page for a new file on the site's branch, when the editors' form names a
/// repository on GitHub or GitLab.
fn forge_new(site: &steunwijzer_core::model::Site) -> Option<String> {
    let a = site.config.admin.as_ref()?;
    match a.backend {
        _ if a.repo.contains(steunwijzer_core::text::FILL_IN) => None,
        Backend::Github => Some(format!("https://github.com/{}/new/{}", a.repo, a.branch)),
        Backend::Gitlab => Some(format!("https://gitlab.com/{}/-/new/{}", a.repo, a.branch)),
        Backend::Local => None,
    }
}
