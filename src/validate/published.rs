//! Addresses that were published before and are gone now. A provider whose file was renamed
//! without `aliases:` leaves every link, bookmark and printed QR code to its old address
//! dead; `check` compares with the previous publication's sitemap and says so.

use std::collections::HashSet;

use crate::diagnostic::{Code, Diagnostic, Diagnostics, Span};
use crate::model::Site;
use crate::paths;

/// A warning for every provider address in `sitemap` (the text of an earlier build's
/// `sitemap.xml`, shown as `shown`) that is no provider's address or alias now.
pub(crate) fn vanished(site: &Site, shown: &str, sitemap: &str) -> Diagnostics {
    let mut now: HashSet<&str> = site.providers.iter().map(|p| p.slug.as_str()).collect();
    now.extend(site.providers.iter().flat_map(|p| p.aliases.iter().map(String::as_str)));
    let mut out = Diagnostics::new();
    for (line, slug) in provider_addresses(sitemap) {
        if now.contains(slug) {
            continue;
        }
        let address = paths::provider(slug).trim_end_matches("index.html").to_string();
        out.push(
            Diagnostic::warning(
                Code::AddressGone,
                shown,
                Span::new(line, 1, 1),
                format!("the published address {address} is gone: no provider has it now"),
            )
            .with_hint(format!(
                "if the provider has a new file name, add `aliases: [{slug}]` to that file; if it stopped, this goes away after the next publication"
            )),
        );
    }
    out
}

/// The provider slugs of a sitemap's `<loc>` addresses, with their line: whatever the
/// host and base path were (a site may have moved).
fn provider_addresses(sitemap: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    for (i, line) in sitemap.lines().enumerate() {
        for loc in line.split("<loc>").skip(1) {
            let url = loc.split("</loc>").next().unwrap_or("");
            let Some((_, rest)) = url.rsplit_once("/aanbieders/") else {
                continue;
            };
            let slug = rest.split('/').next().unwrap_or("");
            if crate::text::is_slug(slug) {
                found.push((i + 1, slug));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_addresses_are_read_from_any_host() {
        let sitemap = "<urlset>\n<url><loc>https://a.example/gids/aanbieders/oud/</loc></url>\n\
            <url><loc>https://a.example/gids/levensgebieden/wonen/</loc></url>\n\
            <url><loc>https://b.example/aanbieders/nieuw/</loc></url><url><loc>https://b.example/aanbieders/</loc></url>\n</urlset>";
        assert_eq!(provider_addresses(sitemap), [(2, "oud"), (4, "nieuw")]);
    }
}
