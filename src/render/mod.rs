//! The render stage: turn the validated site into files, through the theme's templates.
//!
//! Templates get plain view structs with everything precomputed (paths, `tel:` targets,
//! map links), so they contain layout and words, not logic. From the index stage the
//! renderer needs only the path of the search export's entry file, which the search page
//! names.

mod assets;
mod print;
mod schema;
mod templates;
pub(crate) mod theme;
mod views;

use std::collections::{BTreeMap, BTreeSet};

use tera::{Context, Tera};

use crate::artifact::Artifact;
use crate::diagnostic::{Diagnostics, Staged};
use crate::model::Site;
use crate::paths;
pub(crate) use theme::Theme;
use views::SiteView;

/// The Content-Security-Policy of every page, as a `<meta>` element (hosts that can send
/// headers should send it as one too, with `frame-ancestors 'none'`, which a meta element
/// cannot carry; see docs/website.md). Everything comes from the site itself: no inline
/// scripts, styles or event handlers, nothing from other hosts. `connect-src 'self'` is
/// for the live preview's event stream.
pub(crate) const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
     form-action 'self'; base-uri 'none'";

/// Which provider pages to render. Every other page lists or counts providers and is
/// always rendered.
#[derive(Debug, Clone)]
pub(crate) enum Scope {
    All,
    /// Only the pages of these providers (the others are unchanged).
    Providers(BTreeSet<String>),
}

impl Scope {
    fn includes(&self, slug: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Providers(set) => set.contains(slug),
        }
    }
}

/// Renders the pages in `scope`, and adds the theme's static files and the JSON Schema
/// of provider files. `search_meta` is the path of the search export's entry file. With
/// `printed`, and when the site has not turned it off, the printed guide is made too and
/// the pages link to it (the live preview leaves it out: it takes seconds).
pub(crate) fn render(
    site: &Site,
    theme: &Theme,
    search_meta: &str,
    scope: &Scope,
    printed: bool,
) -> Staged<Vec<Artifact>> {
    let tera = match templates::load(theme) {
        Ok(t) => t,
        Err(ds) => return Staged::failed(ds),
    };
    let edition = print::edition_date(site);
    let print = if printed && site.config.print {
        match print::print(site, theme, edition) {
            Ok(p) => p,
            Err(ds) => return Staged::failed(ds),
        }
    } else {
        print::Printed::default()
    };
    let assets = assets::assets(theme);
    // What every page shows, serialised once.
    let mut base = Context::new();
    base.insert("site", &SiteView::new(&site.config));
    base.insert("life_domains", &views::life_domains(site));
    base.insert("footer_pages", &views::footer(site));
    base.insert("content_security_policy", CONTENT_SECURITY_POLICY);
    base.insert("print", &print);
    base.insert("edition", &views::DateView::from(edition));
    let mut r = Renderer {
        site,
        theme,
        tera,
        base,
        css: assets.css_path,
        scripts: assets.scripts,
        files: Vec::new(),
        errors: Diagnostics::new(),
    };
    r.all_pages(scope, search_meta);
    if !r.errors.is_empty() {
        return Staged::failed(r.errors);
    }
    let mut files = r.files;
    files.extend(assets.files);
    files.extend(print.files);
    files.push(schema::file(site));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Staged::ok(files)
}

struct Renderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    tera: Tera,
    base: Context,
    css: String,
    scripts: BTreeMap<String, String>,
    files: Vec<Artifact>,
    errors: Diagnostics,
}

impl Renderer<'_> {
    fn all_pages(&mut self, scope: &Scope, search_meta: &str) {
        let site = self.site;
        let cards: BTreeMap<&str, views::ProviderCard> = site
            .providers
            .iter()
            .map(|p| (p.slug.as_str(), views::card(site, p)))
            .collect();
        let mut ctx = Context::new();
        ctx.insert("provider_count", &site.providers.len());
        self.page(paths::HOME, "index.html", "", None, ctx);
        self.life_domain_pages(&cards);
        for p in site.providers.iter().filter(|p| scope.includes(&p.slug)) {
            let path = paths::provider(&p.slug);
            let mut ctx = Context::new();
            ctx.insert("provider", &views::provider(site, p, &paths::root_of(&path)));
            self.page(&path, "provider.html", &p.name, Some(&p.summary), ctx);
        }
        let mut ctx = Context::new();
        let all = site.providers.iter().filter_map(|p| cards.get(p.slug.as_str()));
        ctx.insert("groups", &views::alphabet(all));
        ctx.insert("provider_count", &site.providers.len());
        self.page(
            paths::PROVIDERS,
            "providers.html",
            "Alle aanbieders van A tot Z",
            None,
            ctx,
        );
        for pg in &site.pages {
            let path = paths::page(&pg.slug);
            let mut ctx = Context::new();
            ctx.insert("page", &views::page(pg, &paths::root_of(&path)));
            self.page(&path, "page.html", &pg.title, pg.summary.as_deref(), ctx);
        }
        self.search_page(search_meta);
        // Served for any missing address at any depth, so its links start from the site's
        // base path instead of being relative.
        let base = site.config.base_path();
        let mut ctx = Context::new();
        ctx.insert("root", &base);
        self.page_at(paths::NOT_FOUND, "404.html", "Pagina niet gevonden", None, ctx, &base);
    }

    fn life_domain_pages(&mut self, cards: &BTreeMap<&str, views::ProviderCard>) {
        let site = self.site;
        for (d, view) in site.life_domains.iter().zip(views::life_domains(site)) {
            let list: Vec<&views::ProviderCard> = site
                .providers
                .iter()
                .filter(|p| p.life_domains.contains(&d.slug))
                .filter_map(|p| cards.get(p.slug.as_str()))
                .collect();
            let mut ctx = Context::new();
            ctx.insert("domain", &view);
            ctx.insert("providers", &list);
            let path = paths::life_domain(&d.slug);
            self.page(&path, "life_domain.html", &d.name, Some(&d.description), ctx);
        }
    }

    fn search_page(&mut self, search_meta: &str) {
        let mut ctx = Context::new();
        ctx.insert(
            "search_meta",
            &format!("{}{search_meta}", paths::root_of(paths::SEARCH)),
        );
        ctx.insert("languages", &views::languages(self.site));
        ctx.insert("neighbourhoods", &self.site.neighbourhoods);
        self.page(paths::SEARCH, "search.html", "Zoeken", None, ctx);
    }

    fn page(&mut self, path: &str, template: &str, title: &str, description: Option<&str>, ctx: Context) {
        let root = paths::root_of(path);
        self.page_at(path, template, title, description, ctx, &root);
    }

    fn page_at(
        &mut self,
        path: &str,
        template: &str,
        title: &str,
        description: Option<&str>,
        page: Context,
        root: &str,
    ) {
        let site = self.site;
        let mut ctx = self.base.clone();
        ctx.extend(page);
        ctx.insert("root", root);
        ctx.insert("css", &format!("{root}{}", self.css));
        let scripts: BTreeMap<&String, String> = self.scripts.iter().map(|(k, v)| (k, format!("{root}{v}"))).collect();
        ctx.insert("scripts", &scripts);
        ctx.insert("page_path", path);
        ctx.insert("is_home", &(path == paths::HOME));
        ctx.insert("is_search", &(path == paths::SEARCH));
        ctx.insert("canonical", &paths::canonical(&site.config.base_url, path));
        ctx.insert("title", title);
        ctx.insert("description", description.unwrap_or(&site.config.description));
        match self.tera.render(template, &ctx) {
            Ok(html) => self.files.push(Artifact::new(path, html)),
            Err(e) => {
                let d = templates::error(self.theme, Some(template), &e);
                if !self.errors.iter().any(|known| *known == d) {
                    self.errors.push(d);
                }
            }
        }
    }
}
