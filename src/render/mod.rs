//! Stage 3, render: turn the validated site into files, through the theme's templates.
//!
//! Templates get plain view structs with everything precomputed (paths, `tel:` targets,
//! map links), so they contain layout and words, not logic.

pub mod markdown;
pub mod theme;
mod views;

use std::collections::BTreeMap;

use tera::{Context, Tera};

use crate::diagnostic::{Diagnostic, Span};
use crate::model::Site;
pub use crate::output::{OutputFile, short_hash};
use crate::paths;
use crate::search::SearchExport;

pub use theme::Theme;
use views::{PageLink, SiteView};

/// Which provider pages to render. Every other page lists or counts providers and is
/// always rendered.
#[derive(Debug, Clone)]
pub enum Scope {
    All,
    /// Only the pages of these providers (the others are unchanged).
    Providers(std::collections::BTreeSet<String>),
}

impl Scope {
    fn includes(&self, slug: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Providers(set) => set.contains(slug),
        }
    }
}

/// Renders the pages in `scope` and collects the theme's static files.
pub fn render_scoped(
    site: &Site,
    theme: &Theme,
    search: &SearchExport,
    scope: &Scope,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let tera = templates(theme)?;
    let assets = assets(theme);
    // What every page shows, serialised once.
    let mut base = Context::new();
    base.insert("site", &SiteView::new(&site.config));
    base.insert("life_domains", &views::life_domains(site));
    let footer: Vec<PageLink> = site
        .pages
        .iter()
        .map(|p| PageLink {
            title: &p.title,
            path: paths::page(&p.slug),
        })
        .collect();
    base.insert("footer_pages", &footer);
    let mut r = Renderer {
        site,
        theme,
        tera,
        base,
        scope: scope.clone(),
        scripts: assets.scripts.clone(),
        search_meta: search.meta_path.clone(),
        css: assets.css_path.clone(),
        files: Vec::new(),
        errors: Vec::new(),
    };
    r.all_pages();
    if !r.errors.is_empty() {
        return Err(r.errors);
    }
    let mut files = r.files;
    files.extend(assets.files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn templates(theme: &Theme) -> Result<Tera, Vec<Diagnostic>> {
    let mut tera = Tera::default();
    tera.set_escape_fn(escape_html);
    let mut errors = Vec::new();
    let mut sources = Vec::new();
    for (name, file) in &theme.templates {
        match std::str::from_utf8(&file.bytes) {
            Ok(text) => sources.push((name.clone(), text.to_string())),
            Err(_) => errors.push(Diagnostic::error(
                &file.origin,
                Span::file_start(),
                "template is not UTF-8 text",
            )),
        }
    }
    if let Err(e) = tera.add_raw_templates(sources) {
        errors.push(template_error(theme, None, &e));
    }
    if errors.is_empty() { Ok(tera) } else { Err(errors) }
}

/// Tera's error and its causes on one line, located at the template file when known.
fn template_error(theme: &Theme, template: Option<&str>, e: &tera::Error) -> Diagnostic {
    let message = crate::diagnostic::error_chain(e);
    let named = template.or_else(|| message.split('\'').nth(1));
    let origin = named
        .and_then(|n| theme.templates.get(n))
        .map_or_else(|| "templates".to_string(), |f| f.origin.clone());
    Diagnostic::error(&origin, Span::file_start(), format!("template error: {message}"))
        .with_hint("fix the template, or remove the site's override of it to use the theme's version")
}

/// Escapes text for HTML content and quoted attributes. Unlike Tera's default it leaves
/// `/` alone, so URLs stay readable in the source (escaping it adds no safety).
fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

struct Assets {
    css_path: String,
    /// Script paths by their name in the theme (`js/search.js`), with a content hash.
    scripts: BTreeMap<String, String>,
    files: Vec<OutputFile>,
}

/// Joins `css/*.css` in name order into one file with a content hash in its name, so
/// browsers can cache it for good; gives scripts a hashed name too; copies every other
/// static file to `assets/` as it is.
fn assets(theme: &Theme) -> Assets {
    let mut css = Vec::new();
    let mut files = Vec::new();
    let mut scripts = BTreeMap::new();
    for (path, file) in &theme.statics {
        if path.starts_with("css/") && path.ends_with(".css") && !path[4..].contains('/') {
            css.extend_from_slice(&file.bytes);
            if !css.ends_with(b"\n") {
                css.push(b'\n');
            }
        } else if let Some(stem) = path.strip_suffix(".js") {
            let hashed = format!("assets/{stem}-{}.js", short_hash(&file.bytes));
            scripts.insert(path.clone(), hashed.clone());
            files.push(OutputFile {
                path: hashed,
                bytes: file.bytes.clone(),
            });
        } else {
            files.push(OutputFile {
                path: format!("assets/{path}"),
                bytes: file.bytes.clone(),
            });
        }
    }
    let css_path = format!("assets/style-{}.css", short_hash(&css));
    files.push(OutputFile {
        path: css_path.clone(),
        bytes: css,
    });
    Assets {
        css_path,
        scripts,
        files,
    }
}

struct Renderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    tera: Tera,
    base: Context,
    scope: Scope,
    css: String,
    scripts: BTreeMap<String, String>,
    search_meta: String,
    files: Vec<OutputFile>,
    errors: Vec<Diagnostic>,
}

impl Renderer<'_> {
    fn all_pages(&mut self) {
        let site = self.site;
        let domains = views::life_domains(site);
        let cards: BTreeMap<&str, views::ProviderCard> = site
            .providers
            .iter()
            .map(|p| (p.slug.as_str(), views::card(site, p)))
            .collect();

        let mut ctx = Context::new();
        ctx.insert("provider_count", &site.providers.len());
        self.page(paths::HOME, "index.html", "", None, ctx);

        for d in &site.life_domains {
            let list: Vec<&views::ProviderCard> = site
                .providers
                .iter()
                .filter(|p| p.life_domains.contains(&d.slug))
                .filter_map(|p| cards.get(p.slug.as_str()))
                .collect();
            let mut ctx = Context::new();
            ctx.insert("domain", &domains.iter().find(|v| v.slug == d.slug));
            ctx.insert("providers", &list);
            self.page(
                &paths::life_domain(&d.slug),
                "life_domain.html",
                &d.name,
                Some(&d.description),
                ctx,
            );
        }

        let scope = self.scope.clone();
        for p in site.providers.iter().filter(|p| scope.includes(&p.slug)) {
            let path = paths::provider(&p.slug);
            let view = views::provider(site, p, &paths::root_of(&path));
            let mut ctx = Context::new();
            ctx.insert("provider", &view);
            self.page(&path, "provider.html", &p.name, Some(&p.summary), ctx);
        }

        let mut ctx = Context::new();
        ctx.insert(
            "groups",
            &views::alphabet(site.providers.iter().filter_map(|p| cards.get(p.slug.as_str()))),
        );
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
            let root = paths::root_of(&path);
            let body = markdown::to_html(
                &pg.body.markdown,
                &markdown::Target {
                    root: &root,
                    top_heading: 2,
                },
            );
            let mut ctx = Context::new();
            ctx.insert(
                "page",
                &views::PageView {
                    slug: &pg.slug,
                    title: &pg.title,
                    summary: pg.summary.as_deref(),
                    body_html: body,
                },
            );
            self.page(&path, "page.html", &pg.title, pg.summary.as_deref(), ctx);
        }

        let mut ctx = Context::new();
        ctx.insert(
            "search_meta",
            &format!("{}{}", paths::root_of(paths::SEARCH), self.search_meta),
        );
        ctx.insert("languages", &views::languages(site));
        ctx.insert("neighbourhoods", &site.neighbourhoods);
        self.page(paths::SEARCH, "search.html", "Zoeken", None, ctx);

        // Served for any missing address at any depth, so its links start from the site's
        // base path instead of being relative.
        let base = site.config.base_path();
        let mut ctx = Context::new();
        ctx.insert("root", &base);
        self.page_at(paths::NOT_FOUND, "404.html", "Pagina niet gevonden", None, ctx, &base);
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
            Ok(html) => self.files.push(OutputFile {
                path: path.to_string(),
                bytes: html.into_bytes(),
            }),
            Err(e) => {
                let d = template_error(self.theme, Some(template), &e);
                if !self.errors.contains(&d) {
                    self.errors.push(d);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_but_not_slashes() {
        assert_eq!(
            escape_html("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape_html("https://e.org/a/"), "https://e.org/a/");
    }
}
