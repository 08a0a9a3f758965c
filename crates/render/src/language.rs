//! A language as pages show it, by code and Dutch name: in a provider's view, on its card
//! and among the filters' choices (so `views` and `filters` both name it, and neither
//! needs the other for it).

use serde::Serialize;

use steunwijzer_core::languages;

/// A language, by code and Dutch name.
#[derive(Serialize, Clone)]
pub struct Language {
    code: String,
    name: String,
}

impl Language {
    pub fn new(code: &str) -> Self {
        Language {
            code: code.to_string(),
            name: languages::name_or_code(code).to_string(),
        }
    }
}
