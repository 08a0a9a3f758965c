//! The render stage: turn the validated site into files, through the theme's templates.
//!
//! Templates get plain view structs with everything precomputed (paths, `tel:` targets,
//! map links), so they contain layout and words, not logic. From the index stage the
//! renderer needs only the path of the search export's entry file, which the search page
//! names.

// The library returns data and never prints; outside tests, nothing a user can influence
// is unwrapped.
#![forbid(unsafe_code)]
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![allow(clippy::result_large_err)]

mod admin;
mod assets;
mod contrast;
mod css;
mod filters;
mod fonts;
pub mod hsds;
mod kiosk;
mod language;
mod messages;
mod my_list;
mod offline;
mod opendata;
mod pages;
mod printer;
pub mod qr;
pub mod review;
mod schema;
mod seo;
mod signup;
mod svg;
mod templates;
pub mod theme;
mod towns;
pub mod views;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use steunwijzer_core::msg;

use tera::Context;

use pages::{Edition, Renderer};
pub use printer::{AreaLeaflets, Editions, MAIN, PdfLink, Printed, Printer};
use steunwijzer_core::artifact::Sink;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, Staged};
use steunwijzer_core::model::Site;
use steunwijzer_core::text;
pub use theme::Theme;
use views::SiteView;

/// The Content-Security-Policy of every page, as a `<meta>` element (hosts that can send
/// headers should send it as one too, with `frame-ancestors 'none'`, which a meta element
/// cannot carry; see docs/website.md). Everything comes from the site itself: no inline
/// scripts, styles or event handlers, nothing from other hosts. `connect-src 'self'` is
/// for the live preview's event stream.
pub(crate) const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
     form-action 'self'; base-uri 'none'";

/// What is made: a build to a folder, or the live preview (with what it made before).
pub enum Mode<'a> {
    /// A build to a folder: every output.
    Build,
    /// The live preview, with what it made before, making the editions' pages `Pass`
    /// says.
    Preview(&'a mut Kept, Pass),
}

/// Which editions' pages one pass of the live preview makes. After a change that renders
/// every page (a template), the web edition comes first and the kiosk's follows: at
/// 10,000 providers each edition is half of a template save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// Both editions, with the theme's static files and the files about the site.
    Both,
    /// The web edition with the static files and the files about the site; the kiosk's
    /// pages are left to a [`Pass::Kiosk`].
    Web,
    /// Only the kiosk edition's pages and QR codes (the rest was made by a [`Pass::Web`]
    /// with the same site and theme); stopped early by [`Kept::stop_on`]'s flag.
    Kiosk,
}

/// What the live preview keeps between saves: the kiosk's QR codes, and the theme's
/// templates, compiled and checked (at 10,000 providers a tenth of a provider's save),
/// with the theme they were made from.
#[derive(Default)]
pub struct Kept {
    qr: kiosk::QrMemo,
    letters: fonts::LettersMemo,
    templates: Option<(String, tera::Tera, Diagnostics)>,
    /// Set when a source file changed (by the live preview's watcher): a [`Pass::Kiosk`]
    /// then stops early.
    stop: Option<Arc<AtomicBool>>,
}

impl Kept {
    /// Lets `flag` stop a [`Pass::Kiosk`]: once it is set, the pass makes no more pages,
    /// so what it made is incomplete and [`Kept::stopped`] says so.
    pub fn stop_on(&mut self, flag: Arc<AtomicBool>) {
        self.stop = Some(flag);
    }

    /// Whether the flag of [`Kept::stop_on`] is set.
    #[must_use]
    pub fn stopped(&self) -> bool {
        self.stop.as_ref().is_some_and(|f| f.load(Ordering::Relaxed))
    }
}

#[cfg(any(test, feature = "test-support"))]
impl Kept {
    /// How many QR codes are kept.
    #[must_use]
    pub fn qr_codes(&self) -> usize {
        self.qr.kept()
    }
}

/// Which pages to render.
#[derive(Debug, Clone, PartialEq)]
pub enum Scope {
    /// Every page.
    All,
    /// The pages of these providers and every page that lists or counts providers (the
    /// other providers' pages are unchanged).
    Providers(BTreeSet<String>),
    /// Only the pages of these providers and free pages, and the search page: what the
    /// lists and the menus show of them is unchanged.
    Pages {
        /// The providers (slugs).
        providers: BTreeSet<String>,
        /// The free pages (slugs).
        pages: BTreeSet<String>,
    },
}

impl Scope {
    /// What to render again after the provider files `providers` and the free page files
    /// `pages` changed (and nothing else), from the site before (`old`) and after (`new`):
    /// a change the lists do not show (an edit of the text, say) renders only the changed
    /// pages; a change of what every page shows (the life domains' counts, the free pages
    /// in the footer) renders everything.
    pub fn after(old: &Site, new: &Site, providers: BTreeSet<String>, pages: BTreeSet<String>) -> Scope {
        // Every language's texts are compared, each as its pages show it.
        let langs = &new.config.languages_ui;
        let changed = |f: &dyn Fn(&Site, views::Lang<'_>) -> String| {
            langs.iter().any(|code| {
                let l = views::Lang { code, mark: "" };
                f(old, l) != f(new, l)
            })
        };
        if changed(&|s, l| json(&views::life_domains(s, l))) || changed(&|s, l| json(&views::footer(s, l))) {
            return Scope::All;
        }
        let same_list = old.providers.len() == new.providers.len()
            && old.providers.iter().zip(&new.providers).all(|(a, b)| a.slug == b.slug);
        let card = |site: &Site, slug: &String| {
            let p = site.providers.iter().find(|p| &p.slug == slug);
            p.map(|p| {
                let all: Vec<_> = site
                    .config
                    .languages_ui
                    .iter()
                    .map(|l| views::card(site, p, views::Lang { code: l, mark: "" }))
                    .collect();
                json(&all)
            })
        };
        if same_list && providers.iter().all(|slug| card(old, slug) == card(new, slug)) {
            Scope::Pages { providers, pages }
        } else {
            Scope::Providers(providers)
        }
    }

    /// Whether the page of the provider `slug` is rendered.
    pub(crate) fn includes(&self, slug: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Providers(set) | Scope::Pages { providers: set, .. } => set.contains(slug),
        }
    }

    /// Whether the pages that list or count providers are rendered.
    pub(crate) fn lists(&self) -> bool {
        !matches!(self, Scope::Pages { .. })
    }

    /// Whether the free page `slug` is rendered.
    pub(crate) fn includes_page(&self, slug: &str) -> bool {
        match self {
            Scope::Pages { pages, .. } => pages.contains(slug),
            _ => true,
        }
    }
}

/// A view as JSON, to compare two.
fn json<T: serde::Serialize>(view: &T) -> String {
    serde_json::to_string(view).unwrap_or_default()
}

/// Everything that would stop the render stage and can be known without rendering: the
/// templates, the house style, active content in SVGs, and what the printed guide cannot
/// set. `check` runs it too, so it finds what `build` would.
pub fn preflight(site: &Site, theme: &Theme, printer: Option<&dyn Printer>) -> Diagnostics {
    let mut found = Diagnostics::new();
    match templates::load(theme) {
        // The filters' stylesheet is made from the site's values alone: made here too, so
        // `check` finds what would stop `build` in a site's own `filters.css`.
        Ok(tera) => {
            if let Err(ds) = filters::stylesheet(&tera, theme, site) {
                found.append(ds);
            }
        }
        Err(ds) => found.append(ds),
    }
    found.append(theme_checks(site, theme));
    found.extend(printer::unavailable(site, theme, printer));
    found
}

/// The site's messages: the theme's catalogues with the site's own (for the words of the
/// printed leaflets).
pub fn messages(site: &Site, theme: &Theme) -> std::sync::Arc<steunwijzer_core::i18n::Catalogue> {
    messages::catalogue(theme, &site.config.language).0
}

/// The words of the site's pages: the theme's catalogues with the site's own, for
/// `config` (the search command's `--lang-ui`).
pub fn page_words(
    config: &steunwijzer_core::config::Config,
    theme: &Theme,
) -> std::sync::Arc<steunwijzer_core::i18n::Catalogue> {
    messages::catalogue(theme, &config.language).0
}

/// The message catalogues' problems for the interface languages of `config`: needs only
/// site.yaml and the theme, so `check` reports them also when content files have errors.
pub fn catalogues(config: &steunwijzer_core::config::Config, theme: &Theme) -> Diagnostics {
    let (catalogue, mut found) = messages::catalogue(theme, &config.language);
    found.append(messages::languages(config, &catalogue));
    found
}

/// The templates, loaded once, when [`preflight`] finds nothing wrong (the same checks,
/// without loading the templates twice); the warnings found.
/// [`checked_templates`], taken from `memo` when it was made from the same theme and logo
/// (and, with `keep`, kept there for the next save).
fn kept_templates(
    site: &Site,
    theme: &Theme,
    memo: &mut Option<(String, tera::Tera, Diagnostics)>,
    keep: bool,
) -> Result<(tera::Tera, Diagnostics), Diagnostics> {
    let key = keep.then(|| templates_source(site, theme));
    if let (Some(key), Some((made_from, tera, ready))) = (&key, memo.as_ref())
        && made_from == key
    {
        return Ok((tera.clone(), ready.clone()));
    }
    let made = checked_templates(site, theme)?;
    *memo = key.map(|k| (k, made.0.clone(), made.1.clone()));
    Ok(made)
}

/// What [`checked_templates`] reads: the theme's templates and static files, and the logo.
fn templates_source(site: &Site, theme: &Theme) -> String {
    let mut f = steunwijzer_core::artifact::Fingerprint::default();
    for (path, file) in theme.templates.iter().chain(&theme.statics) {
        f.part(path.as_bytes());
        f.part(file.origin.as_bytes());
        f.part(&file.bytes);
    }
    f.part(site.config.logo.as_deref().unwrap_or_default().as_bytes());
    f.hex()
}

fn checked_templates(site: &Site, theme: &Theme) -> Result<(tera::Tera, Diagnostics), Diagnostics> {
    let ready = theme_checks(site, theme);
    match templates::load(theme) {
        Ok(t) if !ready.has_errors() => Ok((t, ready)),
        Ok(_) => Err(ready),
        Err(mut ds) => {
            ds.append(ready);
            Err(ds)
        }
    }
}

/// The theme's own problems: house style and active content in its SVGs.
fn theme_checks(site: &Site, theme: &Theme) -> Diagnostics {
    let mut found = house_style(site, theme);
    found.append(svg::check(theme));
    found
}

/// The house-style check of the default theme with `tokens` as the site's tokens file
/// (the fuzz target for the CSS reader and the contrast check).
pub fn house_style_of(tokens: &[u8]) -> Diagnostics {
    let Some(mut theme) = Theme::load(
        std::path::Path::new("/nonexistent"),
        "default",
        steunwijzer_core::diagnostic::Span::file_start(),
    )
    .value
    else {
        return Diagnostics::new();
    };
    theme.statics.insert(
        "css/00-tokens.site.css".into(),
        theme::ThemeFile {
            origin: "static/css/00-tokens.css".into(),
            bytes: tokens.to_vec().into(),
        },
    );
    contrast::check(&theme)
}

/// The house style's problems: colours under WCAG AA contrast, a logo that is not there.
fn house_style(site: &Site, theme: &Theme) -> Diagnostics {
    let mut style = contrast::check(theme);
    let c = &site.config;
    let logos = std::iter::once((c.logo.as_deref(), c.logo_at))
        .chain(c.municipalities.iter().map(|m| (m.logo.as_deref(), m.logo_at)))
        .filter_map(|(logo, at)| logo.map(|l| (l, at)));
    for (logo, at) in logos.filter(|(l, _)| !theme.statics.contains_key(*l)) {
        style.push(
            Diagnostic::error(
                Code::InvalidSetting,
                &site.config.path,
                at,
                msg!("there-no-file-static", logo),
            )
            .with_hint(msg!("put-logo-site-s-static-folder")),
        );
    }
    style
}

/// What the render stage makes besides the web pages (always made), chosen from the
/// settings, the theme and the mode in this one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Outputs {
    /// The printed guide and its editions (`print:`); not in the live preview.
    print: bool,
    /// The open data files and the HSDS export (`open_data:`); not in the live preview.
    open_data: bool,
    /// The kiosk edition (`kiosk:`), when the theme has its start page and styles.
    kiosk: bool,
    /// The offline copy (`offline:`), made last from everything else; not in the preview.
    offline: bool,
}

impl Outputs {
    /// With `complete` (a build to a folder), what takes time on every save is made too:
    /// at 10,000 providers the open data files alone take a third of a second.
    fn chosen(site: &Site, theme: &Theme, assets: &assets::Assets, complete: bool) -> Outputs {
        let c = &site.config;
        Outputs {
            print: complete && c.print,
            open_data: complete && c.open_data.is_some(),
            kiosk: c.kiosk.is_some() && assets.kiosk_css_path.is_some() && theme.templates.contains_key(KIOSK_HOME),
            offline: complete && c.offline_page.is_some(),
        }
    }
}

/// Renders the pages in `scope`, in the web edition and the other [`Outputs`], and adds
/// the theme's static files and the JSON Schema of provider files; each file goes to
/// `sink` as soon as it is made. `search` is the search export's entry file, already in
/// `sink`. A build to a folder ([`Mode::Build`]) makes every output; the live preview
/// leaves out what takes time on every save.
pub fn render(
    site: &Site,
    theme: &Theme,
    search: Search,
    scope: &Scope,
    mode: Mode,
    sink: &dyn Sink,
    printer: Option<&dyn Printer>,
) -> Staged<()> {
    let mut own = Kept::default();
    let (complete, kept, pass) = match mode {
        Mode::Build => (true, &mut own, Pass::Both),
        Mode::Preview(kept, pass) => (false, kept, pass),
    };
    let (tera, catalogue, ready) = match templates_and_words(site, theme, &mut kept.templates, complete, printer) {
        Ok(t) => t,
        Err(ds) => return Staged::failed(ds),
    };
    let assets = match filters::stylesheet(&tera, theme, site) {
        Ok(filter_css) => {
            let letters = fonts::letters(site, theme, (!complete).then_some(&mut kept.letters));
            let fonts = fonts::web(theme, &letters, complete);
            assets::assets(theme, complete, &filter_css, fonts)
        }
        Err(ds) => return Staged::failed(ds),
    };
    let outputs = Outputs::chosen(site, theme, &assets, complete);
    let edition = printer::edition_date(site);
    let print = match printer.filter(|_| outputs.print) {
        Some(printer) => match printer.print(site, theme, edition, sink) {
            Ok(p) => p,
            Err(ds) => return Staged::failed(ds),
        },
        None => Printed::default(),
    };
    let base = base_context(site, &print, edition);
    let mut r = Renderer::new(site, theme, tera, base, &assets, sink, catalogue);
    if pass != Pass::Kiosk {
        assets.files.into_iter().for_each(|f| sink.put(f));
    }
    if outputs.open_data {
        open_data(&mut r, edition);
    }
    print_links(&mut r, &print);
    r.towns = towns::Towns::of(site, &print, outputs.open_data);
    let kiosk_css = assets.kiosk_css_path.as_deref().filter(|_| outputs.kiosk);
    if pass == Pass::Kiosk {
        r.stop.clone_from(&kept.stop);
    }
    editions(
        &mut r,
        scope,
        search,
        (pass, kiosk_css),
        (!complete).then_some(&mut kept.qr),
    );
    if pass != Pass::Kiosk {
        site_files(&mut r, site);
    }
    if !r.errors.is_empty() {
        return Staged::failed(r.errors);
    }
    if outputs.offline
        && let Err(ds) = offline_copy(&mut r, edition)
    {
        return Staged::failed(ds);
    }
    Staged::checked(Some(()), ready)
}

/// The templates (kept between the live preview's saves unless `complete`) with the
/// message catalogue registered, the catalogue, and the warnings about both.
fn templates_and_words(
    site: &Site,
    theme: &Theme,
    kept: &mut Option<(String, tera::Tera, Diagnostics)>,
    complete: bool,
    printer: Option<&dyn Printer>,
) -> Result<
    (
        tera::Tera,
        std::sync::Arc<steunwijzer_core::i18n::Catalogue>,
        Diagnostics,
    ),
    Diagnostics,
> {
    let (mut tera, mut ready) = kept_templates(site, theme, kept, !complete)?;
    let (catalogue, warnings) = messages::ready(site, theme)?;
    ready.append(warnings);
    messages::Say::register(&mut tera, &catalogue, &site.config.language);
    ready.extend(printer::unavailable(site, theme, printer));
    Ok((tera, catalogue, ready))
}

/// The open data files and the HSDS export, linked from the page `open_data:` names.
fn open_data(r: &mut Renderer, edition: steunwijzer_core::date::Date) {
    let site = r.site;
    if let Some(settings) = &site.config.open_data {
        let (files, links) = opendata::files(site, settings, edition);
        files.into_iter().for_each(|f| r.sink.put(f));
        hsds::files(site, settings).into_iter().for_each(|f| r.sink.put(f));
        r.add_to_page(&settings.page, "open_data", &links);
    }
}

/// The files about the site rather than pages of it: the provider schema, the editors'
/// form (with `admin:`), the sitemap and robots.txt.
fn site_files(r: &mut Renderer, site: &Site) {
    r.sink.put(schema::file(site));
    if let Some(admin) = &site.config.admin {
        r.admin(admin);
    }
    for file in seo::sitemaps(site) {
        r.sink.put(file);
    }
    r.sink.put(seo::robots(site));
}

/// Where the pages link the printed editions beyond `print`: each life domain's page its
/// own volumes and leaflets, the page that offers the offline copy the neighbourhoods'
/// leaflets (they are for libraries and community centres).
fn print_links(r: &mut Renderer, print: &Printed) {
    let site = r.site;
    r.domain_print = site
        .life_domains
        .iter()
        .map(|d| {
            let view = serde_json::to_value(print.of_domain(&d.slug)).unwrap_or_default();
            (d.slug.clone(), view)
        })
        .collect();
    if let (false, Some(slug)) = (print.areas.is_empty(), site.config.offline_page.as_deref()) {
        r.add_to_page(slug, "area_leaflets", &print.areas);
    }
}

/// The pages of the web site in every interface language, then the kiosk's (with
/// `kiosk_css`, when it is made), also in every interface language; those `pass` makes.
fn editions(
    r: &mut Renderer,
    scope: &Scope,
    search: Search,
    (pass, kiosk_css): (Pass, Option<&str>),
    qr_memo: Option<&mut kiosk::QrMemo>,
) {
    if pass != Pass::Kiosk {
        for lang in r.languages() {
            r.use_language(&lang);
            r.all_pages(scope, search.meta_path, Edition::Web);
        }
    }
    if let Some(css) = kiosk_css.filter(|_| pass != Pass::Web) {
        let site = r.site;
        r.use_edition_css(css);
        let whole = *scope == Scope::All;
        r.qr = kiosk::QrFiles::make(site, |p| scope.includes(&p.slug), qr_memo, whole, r.sink);
        for lang in r.languages() {
            r.use_language(&lang);
            r.all_pages(scope, search.meta_path, Edition::Kiosk);
        }
    }
}

/// What every page shows, serialised once.
fn base_context(site: &Site, print: &Printed, edition: steunwijzer_core::date::Date) -> Context {
    let mut base = Context::new();
    let in_site = views::Lang::site(&site.config);
    base.insert("site", &SiteView::new(&site.config, in_site));
    base.insert("life_domains", &views::life_domains(site, in_site));
    base.insert("situations", &views::situations(site, in_site));
    base.insert("footer_pages", &views::footer(site, in_site));
    base.insert("front_door", &views::front_door(site));
    base.insert("content_security_policy", CONTENT_SECURITY_POLICY);
    base.insert("print", &print.on_every_page());
    base.insert("edition", &views::DateView::from(edition));
    // Places of more than one level (a region's municipalities, a town's wijken and
    // buurten) are "plaatsen" in the filters, not "wijken".
    base.insert("places_kind", if site.places_nested() { "nested" } else { "flat" });
    if let Some(k) = site.config.kiosk {
        base.insert("kiosk", &k);
    }
    base
}

/// Whether `path` is a page of the web site (not of the kiosk edition, which has the
/// same pages again).
pub fn is_web_page(path: &str) -> bool {
    path.ends_with(".html") && !path.starts_with(kiosk::DIR)
}

/// Whether `path` is made by [`Pass::Kiosk`]: a page of the kiosk edition or one of its
/// QR codes.
pub fn is_kiosk_file(path: &str) -> bool {
    path.starts_with(kiosk::DIR) || path.starts_with(kiosk::QR_DIR)
}

/// The kiosk edition is made when the theme has its start page.
const KIOSK_HOME: &str = "kiosk/index.html";

/// The search export, as the renderer needs it.
#[derive(Clone, Copy)]
pub struct Search<'a> {
    /// The entry file, relative to the site root; the search pages name it.
    pub meta_path: &'a str,
}

/// Adds the zip of the whole site, and renders the page that offers it (site.yaml's
/// `offline.page`) again with a link to it and its size. In the zip that page has no
/// link: the copy does not hold itself.
fn offline_copy(r: &mut Renderer, edition: steunwijzer_core::date::Date) -> Result<(), Diagnostics> {
    let site = r.site;
    let Some(slug) = site.config.offline_page.as_deref() else {
        return Ok(());
    };
    let path = format!(
        "{}/{}.zip",
        offline::DIR,
        text::portable_slug(&site.config.municipality, "gemeente")
    );
    let size = offline::zip(r.sink, &path, edition).map_err(|e| {
        let d = Diagnostic::file_error(
            Code::WriteFailed,
            offline::DIR,
            msg!(
                "cannot-make-offline-copy",
                error = steunwijzer_core::diagnostic::os_error(&e)
            ),
        );
        std::iter::once(d).collect::<Diagnostics>()
    })?;
    if let Some(page) = site.pages.iter().find(|p| p.slug == slug) {
        let link = pages::Download {
            path,
            size: text::size_words(usize::try_from(size).unwrap_or(usize::MAX)),
        };
        r.add_to_page(slug, "download", &link);
        r.render_again(page);
        if !r.errors.is_empty() {
            return Err(std::mem::take(&mut r.errors));
        }
    }
    Ok(())
}
