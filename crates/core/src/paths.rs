//! Where each page of the site is written, relative to the output folder. Every page is
//! `DIR/index.html` so the site works from a domain root, a sub-path and from disk; the
//! A–Z list's later pages are files beside its first, so no provider's folder can take
//! their address.

/// The home page.
pub const HOME: &str = "index.html";
/// All providers, A to Z.
pub const PROVIDERS: &str = "aanbieders/index.html";
/// The A–Z list's page `n` (from 1): the first is [`PROVIDERS`].
pub fn providers_page(n: usize) -> String {
    if n <= 1 {
        PROVIDERS.to_string()
    } else {
        format!("aanbieders/pagina-{n}.html")
    }
}

/// The page a host shows for an unknown address.
pub const NOT_FOUND: &str = "404.html";
/// The search page.
pub const SEARCH: &str = "zoeken/index.html";
/// A resident's own list of providers ("Mijn lijst"), kept on their device.
pub const MY_LIST: &str = "mijn-lijst/index.html";

/// "Aanmelden als ondersteuner": a provider signs up, through a form.
pub const SIGNUP: &str = "aanmelden/index.html";

/// The file of the list entries of the providers in shard `n` of "Mijn lijst".
pub fn my_list_shard(n: usize) -> String {
    format!("mijn-lijst/aanbieders-{n}.js")
}

/// First path segments that free pages cannot use, because the site's own pages,
/// assets or later features live there.
pub(crate) const RESERVED: &[&str] = &[
    "aanbieders",
    "levensgebieden",
    "zoeken",
    "assets",
    "search",
    "schema",
    "404",
    "index",
    "kiosk",
    "downloads",
    "gids",
    "data",
    "situaties",
    "mijn-lijst",
    "aanmelden",
    "admin",
    "gemeente",
];

/// A provider's page.
pub fn provider(slug: &str) -> String {
    format!("aanbieders/{slug}/index.html")
}

/// A life domain's page.
pub fn life_domain(slug: &str) -> String {
    format!("levensgebieden/{slug}/index.html")
}

/// A life situation's page.
pub fn situation(slug: &str) -> String {
    format!("situaties/{slug}/index.html")
}

/// The page of a municipality of a region or the country: its front door.
pub fn municipality(slug: &str) -> String {
    format!("gemeente/{slug}/index.html")
}

/// A free page.
pub fn page(slug: &str) -> String {
    format!("{slug}/index.html")
}

/// The relative prefix from a page at `path` back to the site root.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// The address a search engine should see: `base_url` plus the path without `index.html`.
pub fn canonical(base_url: &str, path: &str) -> String {
    format!("{base_url}{}", path.strip_suffix("index.html").unwrap_or(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_and_canonicals() {
        assert_eq!(root_of(HOME), "");
        assert_eq!(root_of(PROVIDERS), "../");
        assert_eq!(root_of(&provider("x")), "../../");
        assert_eq!(
            canonical("https://e.org/h/", &provider("x")),
            "https://e.org/h/aanbieders/x/"
        );
        assert_eq!(canonical("https://e.org/", HOME), "https://e.org/");
        assert_eq!(providers_page(1), PROVIDERS);
        assert_eq!(root_of(&providers_page(3)), "../");
        assert_eq!(
            canonical("https://e.org/", &providers_page(3)),
            "https://e.org/aanbieders/pagina-3.html"
        );
    }
}
