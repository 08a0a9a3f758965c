//! Languages providers speak, as ISO 639-1 codes with their Dutch names.

const TABLE: &str = include_str!("data/iso-639-1.tsv");

fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// The Dutch name of an ISO 639-1 language code, if the code exists.
pub(crate) fn name(code: &str) -> Option<&'static str> {
    entries().find(|(c, _)| *c == code).map(|(_, name)| name)
}

/// The Dutch name of a code, or the code itself when it is unknown.
pub(crate) fn name_or_code(code: &str) -> &str {
    name(code).unwrap_or(code)
}

/// Every ISO 639-1 code, in the order of the table.
pub(crate) fn codes() -> impl Iterator<Item = &'static str> {
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
