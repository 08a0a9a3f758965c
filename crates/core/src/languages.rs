//! Languages providers speak, as ISO 639-1 codes with their Dutch names.

const TABLE: &str = include_str!("data/iso-639-1.tsv");

fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// The Dutch name of an ISO 639-1 language code, if the code exists.
pub fn name(code: &str) -> Option<&'static str> {
    // Read from the table once: looked up for every provider's languages on every build
    // (reading the table each time was 6% of a live-preview rebuild at 10,000 providers).
    static NAMES: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| entries().collect()).get(code).copied()
}

/// The Dutch name of a code, or the code itself when it is unknown.
pub fn name_or_code(code: &str) -> &str {
    name(code).unwrap_or(code)
}

/// Every ISO 639-1 code, in the order of the table.
pub fn codes() -> impl Iterator<Item = &'static str> {
    entries().map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names() {
        assert_eq!(name("nl"), Some("Nederlands"));
        assert_eq!(name("tr"), Some("Turks"));
        assert_eq!(name("xx"), None);
        assert_eq!(name_or_code("xx"), "xx");
        assert_eq!(codes().count(), 183);
    }
}
