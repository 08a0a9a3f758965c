//! The JSON Schema of provider front matter, generated from the Rust types (so it cannot
//! drift from what `check` accepts) and completed with the site's own lists, so an
//! editor's IDE can check and complete fields while typing.

use serde_json::{Value, json};

use steunwijzer_core::artifact::Artifact;
use steunwijzer_core::content::raw::RawProvider;
use steunwijzer_core::languages;
use steunwijzer_core::model::Site;
use steunwijzer_core::validate::SUMMARY_MAX_CHARS;

/// Where `build` writes the schema in the output.
const PATH: &str = "schema/provider.schema.json";

const REQUIRED: [&str; 5] = ["name", "summary", "life_domains", "kind", "last_reviewed"];

pub(crate) fn provider_schema(site: &Site) -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(RawProvider)).unwrap_or(Value::Null);
    let Some(obj) = schema.as_object_mut() else {
        return schema;
    };
    obj.insert("$id".into(), json!(format!("{}{PATH}", site.config.base_url)));
    obj.insert("required".into(), json!(REQUIRED));
    let props = obj.get_mut("properties").and_then(Value::as_object_mut);
    if let Some(props) = props {
        // Required keys must have a value; the types allow null only for optional ones.
        for key in REQUIRED {
            if let Some(p) = props.get_mut(key) {
                strip_null(p);
            }
        }
        let slugs = |v: Vec<&str>| json!(v);
        set_items_enum(
            props,
            "life_domains",
            slugs(site.life_domains.iter().map(|d| d.slug.as_str()).collect()),
        );
        set_items_enum(
            props,
            "neighbourhoods",
            slugs(site.neighbourhoods.iter().map(|n| n.slug.as_str()).collect()),
        );
        set_items_enum(props, "languages", json!(languages::codes().collect::<Vec<_>>()));
        if let Some(life) = props.get_mut("life_domains").and_then(Value::as_object_mut) {
            life.insert("minItems".into(), json!(1));
        }
        if let Some(summary) = props.get_mut("summary").and_then(Value::as_object_mut) {
            summary.insert("maxLength".into(), json!(SUMMARY_MAX_CHARS));
            summary.insert("minLength".into(), json!(1));
        }
    }
    schema
}

/// `{"type": ["string", "null"]}` → `{"type": "string"}`, and the same inside `anyOf`.
fn strip_null(v: &mut Value) {
    if let Some(o) = v.as_object_mut() {
        if let Some(Value::Array(types)) = o.get("type") {
            let kept: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
            o.insert(
                "type".into(),
                if kept.len() == 1 {
                    kept[0].clone()
                } else {
                    Value::Array(kept)
                },
            );
        }
        if let Some(Value::Array(any)) = o.get_mut("anyOf") {
            any.retain(|s| s.get("type") != Some(&json!("null")));
        }
    }
}

fn set_items_enum(props: &mut serde_json::Map<String, Value>, key: &str, values: Value) {
    if let Some(items) = props
        .get_mut(key)
        .and_then(|p| p.get_mut("items"))
        .and_then(Value::as_object_mut)
    {
        items.insert("enum".into(), values);
    }
}

/// The schema as a file of the site.
pub(crate) fn file(site: &Site) -> Artifact {
    let text = serde_json::to_string_pretty(&provider_schema(site)).unwrap_or_default() + "\n";
    Artifact::new(PATH, text)
}
