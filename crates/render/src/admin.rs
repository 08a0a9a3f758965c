//! The editors' form: `admin/index.html`, which loads a git-based CMS (Decap CMS; Sveltia
//! CMS reads the same configuration), and `admin/config.yml`, generated from the content
//! model so it cannot drift from what `check` accepts. The fields come from the JSON
//! Schemas of the raw content types (the ones `schema/provider.schema.json` publishes),
//! the choices from the site's own lists, every label from the theme's catalogue
//! (`admin-…`, in the site's language). The page is not linked, not in the sitemap, the
//! kiosk or the offline copy, and it is the only page that loads anything from elsewhere:
//! its own policy (in the template) allows the CMS's script and the forge's API.

use serde_json::{Map, Value, json};

use steunwijzer_core::artifact::Artifact;
use steunwijzer_core::config::{Admin, Backend};
use steunwijzer_core::content::raw::{RawLifeDomain, RawNeighbourhood, RawPage, RawSearchWord, RawSituation};
use steunwijzer_core::content::{LIST_ITEMS, PAGES_DIR, PROVIDERS_DIR};
use steunwijzer_core::languages;
use steunwijzer_core::translations::{LIFE_DOMAIN_FIELDS, PAGE_FIELDS, SITUATION_FIELDS};

use crate::pages::Renderer;

/// Where the form lives, below the site's root; the offline copy leaves it out.
pub(crate) const DIR: &str = "admin";

/// The order of the fields in the form, wherever they stand (the schemas' properties come
/// in the order of their names); a field not named here comes after these.
const ORDER: &[&str] = &[
    "slug",
    "name",
    "title",
    "summary",
    "text",
    "description",
    "kind",
    "life_domains",
    "neighbourhoods",
    "target_groups",
    "languages",
    "contact",
    "phone",
    "email",
    "website",
    "address",
    "street",
    "postcode",
    "city",
    "opening_hours",
    "hours",
    "days",
    "opens",
    "closes",
    "note",
    "contact_modes",
    "accessibility",
    "free",
    "independent",
    "complaints",
    "helps_with_complaints",
    "words",
    "means",
    "providers",
    "kinds",
    "own_term",
    "suggest",
    "crisis",
    "keywords",
    "order",
    "last_reviewed",
    "translations",
];

/// The keys of a provider's front matter that must have a value.
const REQUIRED: [&str; 5] = ["name", "summary", "life_domains", "kind", "last_reviewed"];

impl Renderer<'_> {
    /// The form's page and configuration, in the site's language.
    pub(crate) fn admin(&mut self, admin: &Admin) {
        let site = &self.site.config;
        self.use_language(&site.language);
        let config = Model { r: self }.config(admin);
        let yaml = serde_yaml::to_string(&config).unwrap_or_default();
        let head = format!("# {}\n", self.say("admin-config-generated"));
        self.sink.put(Artifact::new(format!("{DIR}/config.yml"), head + &yaml));
        let mut ctx = tera::Context::new();
        ctx.insert("lang", &site.language);
        ctx.insert("title", &self.say("admin-title"));
        ctx.insert("local_port", &admin.local_port);
        ctx.insert("noscript", &self.say("admin-noscript"));
        let page = match self.tera.render("admin.html", &ctx) {
            Ok(html) => Ok(Artifact::new(format!("{DIR}/index.html"), html)),
            Err(e) => Err(crate::templates::error(self.theme, Some("admin.html"), &e)),
        };
        self.keep(page);
    }
}

/// The configuration's parts, with the renderer's words and the site's lists.
struct Model<'r, 'a> {
    r: &'r Renderer<'a>,
}

impl Model<'_, '_> {
    fn say(&self, id: &str) -> String {
        self.r.say(id)
    }

    /// A label from the catalogue, or the key itself when the theme has none.
    fn label(&self, id: &str, fallback: &str) -> String {
        let said = self.r.say(id);
        if said == id { fallback.to_string() } else { said }
    }

    fn config(&self, admin: &Admin) -> Value {
        let site = &self.r.site.config;
        let local = format!("http://127.0.0.1:{}/api/v1", admin.local_port);
        let backend = match admin.backend {
            Backend::Github => json!({"name": "github", "repo": admin.repo, "branch": admin.branch}),
            Backend::Gitlab => json!({"name": "gitlab", "repo": admin.repo, "branch": admin.branch}),
            Backend::Local => json!({"name": "proxy", "proxy_url": local, "branch": admin.branch}),
        };
        json!({
            "backend": backend,
            "local_backend": {"url": local, "allowed_hosts": ["localhost", "127.0.0.1"]},
            "publish_mode": "editorial_workflow",
            "locale": site.language,
            "site_url": site.base_url,
            "logo_url": "",
            "media_folder": "static/afbeeldingen",
            "public_folder": "/afbeeldingen",
            "slug": {"encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-"},
            "collections": [self.providers(), self.pages(), self.lists()],
        })
    }

    fn providers(&self) -> Value {
        let schema = crate::schema::provider_schema(self.r.site);
        let mut fields = object_fields(self, &schema, &schema, "", &REQUIRED);
        fields.push(self.body("body"));
        let mut c = self.folder("providers", PROVIDERS_DIR, "name", &fields);
        c["label_singular"] = json!(self.say("admin-provider"));
        c["summary"] = json!("{{name}}");
        c["sortable_fields"] = json!(["name", "last_reviewed"]);
        c
    }

    fn pages(&self) -> Value {
        let schema = to_value(schemars::schema_for!(RawPage));
        let mut fields = object_fields(self, &schema, &schema, "page", &["title"]);
        fields.retain(|f| f["name"] != "translations");
        fields.extend(self.translations("page", PAGE_FIELDS));
        fields.push(self.body("body"));
        let mut c = self.folder("pages", PAGES_DIR, "title", &fields);
        c["label_singular"] = json!(self.say("admin-page"));
        c
    }

    /// A collection of Markdown files with front matter, one per entry, named after the
    /// entry's `identifier` field.
    fn folder(&self, name: &str, folder: &str, identifier: &str, fields: &[Value]) -> Value {
        json!({
            "name": name,
            "label": self.say(&format!("admin-{name}")),
            "folder": folder,
            "create": true,
            "extension": "md",
            "format": "frontmatter",
            "identifier_field": identifier,
            "slug": "{{slug}}",
            "fields": fields,
        })
    }

    /// The list files as one collection of files, each a list of items (`items:`, which
    /// the loader reads as the list; Sveltia CMS writes the list itself, `root: true`).
    fn lists(&self) -> Value {
        let files: Vec<Value> = [
            (
                "life-domains",
                "content/life-domains.yaml",
                to_value(schemars::schema_for!(RawLifeDomain)),
                Some(LIFE_DOMAIN_FIELDS),
                &["slug", "name", "description"][..],
            ),
            (
                "neighbourhoods",
                "content/neighbourhoods.yaml",
                to_value(schemars::schema_for!(RawNeighbourhood)),
                None,
                &["slug", "name"][..],
            ),
            (
                "situations",
                "content/situaties.yaml",
                to_value(schemars::schema_for!(RawSituation)),
                Some(SITUATION_FIELDS),
                &["slug", "title", "text"][..],
            ),
            (
                "search-words",
                "content/zoekwoorden.yaml",
                to_value(schemars::schema_for!(RawSearchWord)),
                None,
                &["words"][..],
            ),
        ]
        .into_iter()
        .map(|(name, file, schema, translated, required)| {
            let prefix = format!("list-{name}");
            let mut fields = object_fields(self, &schema, &schema, &prefix, required);
            fields.retain(|f| f["name"] != "translations");
            if let Some(t) = translated {
                fields.extend(self.translations(&prefix, t));
            }
            json!({
                "name": name,
                "label": self.say(&format!("admin-{name}")),
                "file": file,
                "format": "yaml",
                "fields": [{
                    "name": LIST_ITEMS,
                    "label": self.say(&format!("admin-{name}")),
                    "widget": "list",
                    "root": true,
                    "fields": fields,
                }],
            })
        })
        .collect();
        json!({
            "name": "lists",
            "label": self.say("admin-lists"),
            "files": files,
        })
    }

    /// The text below the front matter, in the rich-text editor without images (the site
    /// shows none).
    fn body(&self, name: &str) -> Value {
        json!({
            "name": name,
            "label": self.say("admin-field-body"),
            "hint": self.say("admin-hint-body"),
            "widget": "markdown",
            "buttons": ["bold", "italic", "link", "heading-two", "heading-three", "bulleted-list", "numbered-list"],
            "editor_components": [],
        })
    }

    /// `translations:` as one group per interface language but the site's, each with the
    /// fields a translation may give.
    fn translations(&self, prefix: &str, fields: &[&str]) -> Option<Value> {
        let site = &self.r.site.config;
        let languages: Vec<Value> = site
            .languages_ui
            .iter()
            .filter(|l| **l != site.language)
            .map(|lang| {
                let inner: Vec<Value> = fields
                    .iter()
                    .map(|f| {
                        let widget = if *f == "text" || *f == "description" {
                            "text"
                        } else {
                            "string"
                        };
                        let id = format!("admin-field-{prefix}-{f}");
                        json!({"name": f, "label": self.label(&id, f), "widget": widget, "required": false})
                    })
                    .collect();
                json!({
                    "name": lang,
                    "label": self.label(&format!("language-{lang}"), lang),
                    "widget": "object",
                    "collapsed": true,
                    "required": false,
                    "fields": inner,
                })
            })
            .collect();
        // A site in one language has nothing to translate.
        (!languages.is_empty()).then(|| {
            json!({
                "name": "translations",
                "label": self.say("admin-field-translations"),
                "widget": "object",
                "collapsed": true,
                "required": false,
                "fields": languages,
            })
        })
    }

    /// The choices for a list of values: each value with its words in the site's language.
    fn options(&self, field: &str, items: &Value, root: &Value) -> Option<Vec<Value>> {
        let site = self.r.site;
        if field == "life_domains" {
            return Some(
                site.life_domains
                    .iter()
                    .map(|d| json!({"label": d.name, "value": d.slug}))
                    .collect(),
            );
        }
        if field == "neighbourhoods" {
            return Some(
                site.neighbourhoods
                    .iter()
                    .map(|n| json!({"label": n.name, "value": n.slug}))
                    .collect(),
            );
        }
        if field == "languages" {
            let codes = languages::codes();
            return Some(
                codes
                    .map(|c| json!({"label": self.label(&format!("language-{c}"), c), "value": c}))
                    .collect(),
            );
        }
        let (name, def) = resolve(items, root);
        let values = def.get("enum")?.as_array()?;
        let prefix = match name.as_deref() {
            Some("Kind") => "kind",
            Some("ContactMode") => "contact-mode",
            Some("Accessibility") => "accessibility",
            Some("Weekday") => "day",
            _ => return Some(values.iter().map(|v| json!({"label": v, "value": v})).collect()),
        };
        Some(
            values
                .iter()
                .filter_map(Value::as_str)
                .map(|v| json!({"label": self.label(&format!("{prefix}-{v}"), v), "value": v}))
                .collect(),
        )
    }
}

fn to_value(schema: schemars::Schema) -> Value {
    serde_json::to_value(schema).unwrap_or(Value::Null)
}

/// A schema's `$ref` followed and its `anyOf` with null left out: the definition's name
/// (when it was a reference) and the schema.
fn resolve<'v>(schema: &'v Value, root: &'v Value) -> (Option<String>, &'v Value) {
    let one = schema
        .get("anyOf")
        .and_then(Value::as_array)
        .and_then(|any| any.iter().find(|s| s.get("type") != Some(&json!("null"))))
        .unwrap_or(schema);
    match one.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap_or_default().to_string();
            let def = root.pointer(&format!("/$defs/{name}")).unwrap_or(one);
            (Some(name), def)
        }
        None => (None, one),
    }
}

/// The schema's main type, null left out.
fn kind(schema: &Value) -> &str {
    match schema.get("type") {
        Some(Value::String(t)) => t,
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null").unwrap_or(""),
        _ => "",
    }
}

/// The CMS fields of an object schema's properties, in [`ORDER`]. The schema's own
/// required keys are required only in an object that is there (`optional` false): the
/// form would refuse to save a provider without an address's street otherwise.
fn object_fields(m: &Model, schema: &Value, root: &Value, prefix: &str, required: &[&str]) -> Vec<Value> {
    nested_fields(m, schema, root, prefix, required, false)
}

fn nested_fields(
    m: &Model,
    schema: &Value,
    root: &Value,
    prefix: &str,
    required: &[&str],
    optional: bool,
) -> Vec<Value> {
    let Some(props) = schema.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    let inner_required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .filter(|_| !optional)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let required: Vec<&str> = required.iter().copied().chain(inner_required).collect();
    let mut names: Vec<&String> = props.keys().filter(|name| name.as_str() != "aliases").collect();
    names.sort_by_key(|name| ORDER.iter().position(|o| o == name).unwrap_or(ORDER.len()));
    names
        .into_iter()
        .map(|name| field(m, name, &props[name], root, prefix, required.contains(&name.as_str())))
        .filter(|f| !f.is_null())
        .collect()
}

/// One CMS field for the property `name`.
fn field(m: &Model, name: &str, prop: &Value, root: &Value, prefix: &str, required: bool) -> Value {
    let path = if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}-{name}")
    };
    let mut f = Map::new();
    f.insert("name".into(), json!(name));
    f.insert("label".into(), json!(m.label(&format!("admin-field-{path}"), name)));
    let hint = m.say(&format!("admin-hint-{path}"));
    if !hint.starts_with("admin-hint-") {
        f.insert("hint".into(), json!(hint));
    }
    f.insert("required".into(), json!(required));
    let (_, s) = resolve(prop, root);
    match kind(s) {
        "boolean" => {
            f.insert("widget".into(), json!("boolean"));
        }
        "integer" | "number" => {
            f.insert("widget".into(), json!("number"));
            f.insert("value_type".into(), json!("int"));
        }
        "object" if name == "translations" => {
            return m.translations(&path, &["summary", "text"]).unwrap_or(Value::Null);
        }
        "object" => {
            f.insert("widget".into(), json!("object"));
            f.insert("collapsed".into(), json!(false));
            f.insert("fields".into(), json!(nested_fields(m, s, root, &path, &[], !required)));
        }
        "array" => array(m, name, s, root, &path, &mut f),
        _ => scalar(m, name, prop, s, root, &mut f),
    }
    Value::Object(f)
}

/// A list: choices from a set of values, a list of objects, or words.
fn array(m: &Model, name: &str, s: &Value, root: &Value, path: &str, f: &mut Map<String, Value>) {
    let items = s.get("items").unwrap_or(&Value::Null);
    if name == "providers" {
        // A situation's providers: chosen by name from the providers.
        f.insert("widget".into(), json!("relation"));
        f.insert("collection".into(), json!("providers"));
        f.insert("search_fields".into(), json!(["name"]));
        f.insert("display_fields".into(), json!(["name"]));
        f.insert("value_field".into(), json!("{{slug}}"));
        f.insert("multiple".into(), json!(true));
        return;
    }
    if let Some(options) = m.options(name, items, root) {
        f.insert("widget".into(), json!("select"));
        f.insert("multiple".into(), json!(true));
        f.insert("options".into(), json!(options));
        if f["required"] == json!(true) {
            f.insert("min".into(), json!(1));
        }
        return;
    }
    let (_, item) = resolve(items, root);
    f.insert("widget".into(), json!("list"));
    if kind(item) == "object" {
        f.insert("fields".into(), json!(object_fields(m, item, root, path, &[])));
    }
}

/// A single value: a choice, a date, a time or a text.
fn scalar(m: &Model, name: &str, prop: &Value, s: &Value, root: &Value, f: &mut Map<String, Value>) {
    if let Some(options) = s.get("enum").and(m.options(name, prop, root)) {
        f.insert("widget".into(), json!("select"));
        f.insert("options".into(), json!(options));
        return;
    }
    if s.get("format") == Some(&json!("date")) {
        f.insert("widget".into(), json!("datetime"));
        f.insert("format".into(), json!("YYYY-MM-DD"));
        f.insert("date_format".into(), json!("D-M-YYYY"));
        f.insert("time_format".into(), json!(false));
        f.insert("picker_utc".into(), json!(true));
        return;
    }
    let long = name == "summary" || name == "description" || name == "text";
    f.insert("widget".into(), json!(if long { "text" } else { "string" }));
    if let Some(pattern) = s.get("pattern").and_then(Value::as_str) {
        f.insert(
            "pattern".into(),
            json!([pattern, m.say(&format!("admin-pattern-{name}"))]),
        );
    }
}
