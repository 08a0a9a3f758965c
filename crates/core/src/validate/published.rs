//! Addresses that were published before and are gone now. A provider whose file was renamed
//! without `aliases:` leaves every link, bookmark and printed QR code to its old address
//! dead; `check` compares with the previous publication's sitemap and says so.

use crate::msg;
use std::collections::HashSet;

use crate::diagnostic::{Code, Diagnostic, Diagnostics, Msg, Span};
use crate::model::Site;
use crate::paths;

/// The most addresses named one by one; the rest are counted in one more warning.
const SHOWN: usize = 50;

/// A warning for every provider address in `sitemap` (an earlier build's `sitemap.xml`,
/// read as a stream, shown as `shown`) that is no provider's address or alias now: at
/// most [`SHOWN`] by name, then their number. An error when it cannot be read as XML.
pub fn vanished(site: &Site, shown: &str, sitemap: impl std::io::BufRead) -> Diagnostics {
    let mut now: HashSet<&str> = site.providers.iter().map(|p| p.slug.as_str()).collect();
    now.extend(site.providers.iter().flat_map(|p| p.aliases.iter().map(String::as_str)));
    let mut out = Diagnostics::new();
    let mut seen = HashSet::new();
    let mut more = 0usize;
    let read = provider_addresses(sitemap, &mut |line, slug| {
        if now.contains(slug) || !seen.insert(slug.to_string()) {
            return;
        }
        if seen.len() > SHOWN {
            more += 1;
            return;
        }
        out.push(gone(shown, line, slug));
    });
    if more > 0 {
        out.push(Diagnostic::file_warning(
            Code::AddressGone,
            shown,
            msg!("more-published-addresses-are-gone", more),
        ));
    }
    if let Err(e) = read {
        out.push(Diagnostic::file_error(
            Code::Unreadable,
            shown,
            msg!("cannot-read", error = e),
        ));
    }
    out
}

fn gone(shown: &str, line: usize, slug: &str) -> Diagnostic {
    let address = paths::provider(slug).trim_end_matches("index.html").to_string();
    Diagnostic::warning(
        Code::AddressGone,
        shown,
        Span::new(line, 1, 1),
        msg!("published-address-gone-no-provider-has", address),
    )
    .with_hint(msg!("if-provider-has-new-file-name", slug))
}

/// Hands the provider slug of each `<loc>` address of a sitemap to `each`, with its line:
/// whatever the host and base path were (a site may have moved). The sitemap is read as
/// XML events (quick-xml), so memory holds one event, not the file.
fn provider_addresses(sitemap: impl std::io::BufRead, each: &mut dyn FnMut(usize, &str)) -> Result<(), Msg> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(sitemap);
    let mut buf = Vec::new();
    let (mut line, mut in_loc) = (1usize, false);
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| match e {
            quick_xml::Error::Io(io) => crate::diagnostic::os_error(&io),
            _ => msg!("xml-not-valid"),
        })?;
        let newlines = match &event {
            Event::Text(t) => t.iter().filter(|b| **b == b'\n').count(),
            Event::Start(e) | Event::Empty(e) => e.iter().filter(|b| **b == b'\n').count(),
            _ => 0,
        };
        match event {
            Event::Eof => return Ok(()),
            Event::Start(e) if e.local_name().as_ref() == b"loc" => in_loc = true,
            Event::End(e) if e.local_name().as_ref() == b"loc" => in_loc = false,
            Event::Text(t) if in_loc => {
                let url = String::from_utf8_lossy(&t);
                if let Some((_, rest)) = url.trim().rsplit_once("/aanbieders/") {
                    let slug = rest.split('/').next().unwrap_or("");
                    if crate::text::is_slug(slug) {
                        each(line, slug);
                    }
                }
            }
            _ => {}
        }
        line += newlines;
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addresses(sitemap: &str) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        provider_addresses(sitemap.as_bytes(), &mut |line, slug| {
            found.push((line, slug.to_string()));
        })
        .unwrap();
        found
    }

    #[test]
    fn provider_addresses_are_read_from_any_host() {
        let sitemap = "<urlset>\n<url><loc>https://a.example/gids/aanbieders/oud/</loc></url>\n\
            <url><loc>https://a.example/gids/levensgebieden/wonen/</loc></url>\n\
            <url><loc>https://b.example/aanbieders/nieuw/</loc></url><url><loc>https://b.example/aanbieders/</loc></url>\n</urlset>";
        assert_eq!(addresses(sitemap), [(2, "oud".into()), (4, "nieuw".into())]);
    }
}
