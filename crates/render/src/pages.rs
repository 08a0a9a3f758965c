//! The pages of the site, in each edition: the web site and the kiosk. Both come from
//! the same views through the theme's templates; the kiosk's templates are the same names
//! under `kiosk/`, and its pages are written under `kiosk/`.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;
use tera::{Context, Tera};

use super::assets::Assets;
use super::{Scope, Theme, filters, kiosk, messages, seo, templates, towns, views};
use steunwijzer_core::artifact::{Artifact, Sink};
use steunwijzer_core::diagnostic::{Diagnostic, Diagnostics};
use steunwijzer_core::i18n::Catalogue;
use steunwijzer_core::model::{Page, Provider, Site};
use steunwijzer_core::par;
use steunwijzer_core::paths;

/// Which set of pages is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edition {
    /// The public web site.
    Web,
    /// For a public touch screen: nothing leads out of it.
    Kiosk,
}

impl Edition {
    /// The folder of its pages below the site root.
    fn dir(self) -> &'static str {
        match self {
            Edition::Web => "",
            Edition::Kiosk => kiosk::DIR,
        }
    }

    fn template(self, name: &str) -> String {
        format!("{}{name}", self.dir())
    }
}

/// The link to the offline copy, on the page that offers it.
#[derive(Serialize)]
pub(crate) struct Download {
    pub path: String,
    pub size: String,
}

pub(crate) struct Renderer<'a> {
    pub site: &'a Site,
    pub(crate) theme: &'a Theme,
    pub(crate) tera: Tera,
    base: Context,
    css: String,
    /// The web site's stylesheet, for a page made again after the kiosk's.
    web_css: String,
    /// The list filters' rules (`assets::Assets::filters_css_path`).
    filters_css: Option<String>,
    scripts: BTreeMap<String, String>,
    edition: Edition,
    /// What a free page of the web site shows besides its text, by slug: the links to the
    /// open data files and to the offline copy (on the Over page).
    extras: BTreeMap<String, Context>,
    /// `print` on each life domain's page, by its slug: with its own volumes and leaflets
    /// (`printer::Printed::of_domain`; other pages have `on_every_page`).
    pub(crate) domain_print: BTreeMap<String, serde_json::Value>,
    /// A region's or the country's municipalities, and which provider's page is whose.
    pub(crate) towns: towns::Towns<'a>,
    /// Where each page goes once made.
    pub sink: &'a dyn Sink,
    /// The kiosk's QR code files, made before its pages.
    pub qr: kiosk::QrFiles,
    /// When set, no more pages are made (`Kept::stop_on`).
    pub(crate) stop: Option<Arc<std::sync::atomic::AtomicBool>>,
    pub errors: Diagnostics,
    /// The messages, and the language of the pages being made.
    catalogue: Arc<Catalogue>,
    lang: String,
    /// The template engine of each interface language (its `t()` speaks that language).
    teras: BTreeMap<String, Tera>,
    /// The interface languages, each with its name in itself, the site's language first.
    languages: Vec<(String, String)>,
    /// The messages of the browser's scripts in the pages' language (JSON): all of them
    /// (the search page, the kiosk), and those every web page's scripts need.
    browser_messages: String,
    page_messages: String,
    /// The attributes of a text in the site's language on these pages (` lang="nl"
    /// dir="ltr"`; empty on the site's own pages).
    mark: String,
}

/// A page that lists providers, made with the others on all cores.
#[derive(Debug, Clone, Copy)]
enum ListPage {
    /// Page `n` (from 1) of all providers A–Z.
    Providers(usize),
    Home,
    /// The life domain of this index.
    Domain(usize),
    /// The life situation of this index.
    Situation(usize),
    /// The page of the municipality of this index in `Renderer::towns`.
    Town(usize),
}

/// What the list pages are made from, once for all of them: each provider's card, and the
/// cards A–Z by letter.
struct Lists<'a> {
    cards: &'a BTreeMap<&'a str, views::ProviderCard>,
    alphabet: Vec<views::LetterGroup<'a>>,
}

/// A page in another interface language, for the language switcher and `hreflang`.
#[derive(Serialize)]
struct Alternate {
    /// The language code.
    lang: String,
    /// The language's name in itself ("Türkçe").
    name: String,
    /// `ltr` or `rtl`.
    dir: &'static str,
    /// The page in that language, relative to this one.
    href: String,
    /// Its address for search engines.
    url: String,
}

impl<'a> Renderer<'a> {
    pub(crate) fn new(
        site: &'a Site,
        theme: &'a Theme,
        tera: Tera,
        base: Context,
        assets: &Assets,
        sink: &'a dyn Sink,
        catalogue: Arc<Catalogue>,
    ) -> Self {
        let languages: Vec<(String, String)> = site
            .config
            .languages_ui
            .iter()
            .map(|l| {
                let name = catalogue.format(l, "language-self", &[]).unwrap_or_else(|_| l.clone());
                (l.clone(), name)
            })
            .collect();
        let teras = languages
            .iter()
            .map(|(l, _)| {
                let mut t = tera.clone();
                messages::Say::register(&mut t, &catalogue, l);
                (l.clone(), t)
            })
            .collect();
        Renderer {
            site,
            theme,
            tera,
            base,
            css: assets.css_path.clone(),
            web_css: assets.css_path.clone(),
            filters_css: assets.filters_css_path.clone(),
            scripts: assets.scripts.clone(),
            edition: Edition::Web,
            extras: BTreeMap::new(),
            domain_print: BTreeMap::new(),
            towns: towns::Towns::default(),
            sink,
            qr: kiosk::QrFiles::default(),
            stop: None,
            errors: Diagnostics::new(),
            lang: site.config.language.clone(),
            browser_messages: messages::browser(&catalogue, &site.config.language, messages::Scripts::All),
            page_messages: messages::browser(&catalogue, &site.config.language, messages::Scripts::Page),
            mark: String::new(),
            catalogue,
            teras,
            languages,
        }
    }

    /// The interface languages, the site's first.
    pub(crate) fn languages(&self) -> Vec<String> {
        self.languages.iter().map(|(l, _)| l.clone()).collect()
    }

    /// Makes the next pages in `lang`, one of the interface languages.
    pub(crate) fn use_language(&mut self, lang: &str) {
        if let Some(tera) = self.teras.get(lang) {
            self.tera = tera.clone();
            self.lang = lang.to_string();
            self.browser_messages = messages::browser(&self.catalogue, lang, messages::Scripts::All);
            self.page_messages = messages::browser(&self.catalogue, lang, messages::Scripts::Page);
            let site = &self.site.config.language;
            // The direction only where it differs from the page's (Dutch on an Arabic page).
            let direction = steunwijzer_core::i18n::direction(site);
            self.mark = if lang == site {
                String::new()
            } else if direction == steunwijzer_core::i18n::direction(lang) {
                format!(" lang=\"{site}\"")
            } else {
                format!(" lang=\"{site}\" dir=\"{direction}\"")
            };
            // What every page shows of the content, in this language where the editors
            // translated it.
            let (code, mark) = (self.lang.clone(), self.mark.clone());
            let in_lang = views::Lang {
                code: &code,
                mark: &mark,
            };
            let site = self.site;
            self.base.insert("site", &views::SiteView::new(&site.config, in_lang));
            self.base.insert("life_domains", &views::life_domains(site, in_lang));
            self.base.insert("situations", &views::situations(site, in_lang));
            self.base.insert("footer_pages", &views::footer(site, in_lang));
        }
    }

    /// Whether the pages being made are in the site's language (at the root of their
    /// edition).
    /// The edition being made.
    pub(crate) fn edition(&self) -> Edition {
        self.edition
    }

    /// Whether the pages' language's own catalogue has the message `id`.
    pub(crate) fn says(&self, id: &str) -> bool {
        self.catalogue.has_own(&self.lang, id)
    }

    fn in_site_language(&self) -> bool {
        self.lang == self.site.config.language
    }

    /// The folder of the pages being made below the site root: the edition's, then the
    /// language's (`kiosk/`, `en/`, `kiosk/en/`).
    pub(crate) fn tree(&self) -> String {
        tree(self.edition, &self.lang, &self.site.config.language)
    }

    /// The message `id` in the pages' language (a title the code gives a page).
    pub(crate) fn say(&self, id: &str) -> String {
        self.catalogue
            .format(&self.lang, id, &[])
            .unwrap_or_else(|_| id.to_string())
    }

    /// The language of the pages being made, for the views.
    pub(crate) fn in_lang(&self) -> views::Lang<'_> {
        views::Lang {
            code: &self.lang,
            mark: &self.mark,
        }
    }

    /// The name of the current edition's template `name`.
    pub(crate) fn edition_template(&self, name: &str) -> String {
        self.edition.template(name)
    }

    /// What a piece of a page (not a page) rendered in the current edition and language
    /// gets: the site, the language and the way from the page it goes into (`root`).
    pub(crate) fn fragment_context(&self, root: &str) -> Context {
        let mut ctx = Context::new();
        for key in ["site", "edition"] {
            if let Some(value) = self.base.get(key) {
                ctx.insert(key, value);
            }
        }
        let assets = format!("{root}{}", "../".repeat(self.tree().matches('/').count()));
        ctx.insert("root", root);
        ctx.insert("site_root", &assets);
        ctx.insert("lang", &self.lang);
        ctx.insert("content_lang", &self.mark);
        ctx.insert("dir", steunwijzer_core::i18n::direction(&self.lang));
        ctx
    }

    /// Whether the pass was told to stop (`Kept::stop_on`).
    fn stopped(&self) -> bool {
        self.stop
            .as_ref()
            .is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// The stylesheet of the next edition's pages.
    pub(crate) fn use_edition_css(&mut self, css: &str) {
        self.css = css.to_string();
    }

    pub(crate) fn all_pages(&mut self, scope: &Scope, search_meta: &str, edition: Edition) {
        self.edition = edition;
        let site = self.site;
        let web = edition == Edition::Web;
        let providers: Vec<&Provider> = site
            .providers
            .iter()
            .filter(|p| scope.includes(&p.slug))
            .map(|p| &**p)
            .collect();
        let (home, all) = (self.say("breadcrumb-home"), self.say("nav-all-providers"));
        let crumbs = seo::Crumbs {
            home: &home,
            providers: &all,
        };
        // Most of the work at scale, so on all cores.
        let pages = par::map(&providers, |p| {
            if self.stopped() {
                return Ok(());
            }
            let path = paths::provider(&p.slug);
            let mut ctx = Context::new();
            let view = views::provider(site, p, &paths::root_of(&path), web, self.in_lang());
            ctx.insert("provider", &view);
            if let Some(town) = self.towns.of_provider(&p.slug) {
                ctx.insert("part", &town.part);
                if let Some(door) = &town.front_door {
                    ctx.insert("front_door", door);
                }
            }
            // The structured data describes the provider once, on its page in the site's
            // language; the other languages' pages point to it (hreflang).
            if !web {
                ctx.insert("qr", &kiosk::codes(site, p, &self.qr, &self.lang));
            } else if self.in_site_language() {
                ctx.insert("json_ld", &seo::script_json(&seo::provider(site, p, crumbs)));
            }
            let root = paths::root_of(&path);
            // Written by the worker that made it: the site is never all in memory.
            self.render_at(&path, "provider.html", (&p.name, Some(&p.summary)), ctx, &root)
                .map(|page| self.sink.put(page))
        });
        for failed in pages.into_iter().filter_map(Result::err) {
            self.keep(Err(failed));
        }
        if self.stopped() {
            return;
        }
        if web && self.in_site_language() {
            for p in &providers {
                self.redirects(p);
            }
        }
        self.search_page(search_meta);
        self.my_list(scope);
        if scope.lists() {
            self.signup_page();
        }
        if scope.lists() {
            self.list_pages();
        }
        for pg in site.pages.iter().filter(|pg| scope.includes_page(&pg.slug)) {
            self.free_page(pg);
        }
    }

    /// A page at each of the provider's earlier addresses that leads to the page at its
    /// address now: from a server and from disk (a relative link), for people and for
    /// search engines (the canonical address).
    fn redirects(&mut self, p: &Provider) {
        let target = format!("../{}/index.html", p.slug);
        let canonical = paths::canonical(&self.site.config.base_url, &paths::provider(&p.slug));
        for alias in &p.aliases {
            let path = paths::provider(alias);
            let mut ctx = Context::new();
            ctx.insert("target", &target);
            ctx.insert("canonical", &canonical);
            ctx.insert("alternates", &Vec::<Alternate>::new());
            let root = paths::root_of(&path);
            let page = self.render_at(&path, "redirect.html", (&p.name, None), ctx, &root);
            self.keep(page);
        }
    }

    /// The pages that list or count providers, and the 404 page.
    fn list_pages(&mut self) {
        let site = self.site;
        let cards: BTreeMap<&str, views::ProviderCard> = site
            .providers
            .iter()
            .map(|p| (p.slug.as_str(), views::card(site, p, self.in_lang())))
            .collect();
        // On all cores, each core taking the next page when it is done. Each page's data is
        // made by the core that renders it: at most one page's cards per core are held.
        let mut pages: Vec<ListPage> = (1..=views::a_to_z_pages(site.providers.len()))
            .map(ListPage::Providers)
            .collect();
        pages.push(ListPage::Home);
        pages.extend((0..site.life_domains.len()).map(ListPage::Domain));
        pages.extend((0..site.situations.len()).map(ListPage::Situation));
        // The kiosk stands in one library: its visitors start at its own start page.
        if self.edition == Edition::Web {
            pages.extend((0..self.towns.list.len()).map(ListPage::Town));
        }
        let all = site.providers.iter().filter_map(|p| cards.get(p.slug.as_str()));
        let lists = Lists {
            cards: &cards,
            alphabet: views::alphabet(all),
        };
        let made = par::map_heavy(&pages, |pg| self.list_page(*pg, &lists));
        made.into_iter().for_each(|page| self.keep(page));
        if self.edition == Edition::Web && self.in_site_language() {
            // Served for any missing address at any depth, so its links start from the
            // site's base path instead of being relative.
            let base = site.config.base_path();
            let mut ctx = Context::new();
            ctx.insert("root", &base);
            ctx.insert("elsewhere", &self.not_found_elsewhere());
            let title = self.say("not-found-title");
            self.page_at(paths::NOT_FOUND, "404.html", &title, None, ctx, &base);
        }
    }

    /// Adds `value` as `key` to what the web edition of the free page `slug` shows.
    pub(crate) fn add_to_page<T: Serialize + ?Sized>(&mut self, slug: &str, key: &str, value: &T) {
        self.extras.entry(slug.to_string()).or_default().insert(key, value);
    }

    fn free_page(&mut self, pg: &Page) {
        let path = paths::page(&pg.slug);
        let mut ctx = Context::new();
        let web = self.edition == Edition::Web;
        let view = views::page(pg, &paths::root_of(&path), web, self.in_lang());
        let (title, summary) = (view.title.to_string(), view.summary.map(String::from));
        ctx.insert("page", &view);
        if let (true, Some(extra)) = (web, self.extras.get(&pg.slug)) {
            ctx.extend(extra.clone());
        }
        self.page(&path, "page.html", &title, summary.as_deref(), ctx);
    }

    /// The web edition of `pg` again, with what was added to it since, in place of the
    /// one made before.
    pub(crate) fn render_again(&mut self, pg: &Page) {
        self.edition = Edition::Web;
        let lang = self.lang.clone();
        self.use_language(&self.site.config.language.clone());
        // The kiosk's pages were made last; this page is the web site's again.
        let edition_css = std::mem::replace(&mut self.css, self.web_css.clone());
        self.free_page(pg);
        self.css = edition_css;
        self.use_language(&lang);
    }

    /// A list page: where it goes, its template, title and description, and its data.
    fn list_page(&self, page: ListPage, lists: &Lists<'_>) -> Result<Artifact, Diagnostic> {
        let cards = lists.cards;
        let site = self.site;
        let mut ctx = Context::new();
        let (path, template, title, description) = match page {
            ListPage::Providers(n) => return self.a_to_z_page(n, &lists.alphabet),
            ListPage::Home => {
                ctx.insert("provider_count", &site.providers.len());
                ctx.insert("municipalities", &self.towns.parts());
                if self.edition == Edition::Web && self.in_site_language() {
                    ctx.insert("json_ld", &seo::script_json(&seo::home(site)));
                }
                (paths::HOME.to_string(), "index.html", String::new(), None)
            }
            ListPage::Domain(i) => {
                let d = &site.life_domains[i];
                let view = views::life_domains(site, self.in_lang()).swap_remove(i);
                let of: Vec<&Provider> = site
                    .providers
                    .iter()
                    .filter(|p| p.life_domains.contains(&d.slug))
                    .map(|p| &**p)
                    .collect();
                ctx = listing(site, cards, &of);
                ctx.insert("domain", &view);
                if let Some(print) = self.domain_print.get(&d.slug) {
                    ctx.insert("print", print);
                }
                (
                    paths::life_domain(&d.slug),
                    "life_domain.html",
                    view.name,
                    Some(view.description),
                )
            }
            ListPage::Situation(i) => return self.situation_page(i, cards),
            ListPage::Town(k) => return self.town_page(k, cards),
        };
        self.render_at(
            &path,
            template,
            (&title, description.as_deref()),
            ctx,
            &paths::root_of(&path),
        )
    }

    /// Page `n` of the A–Z list: a title that tells the pages apart, and a breadcrumb to
    /// the first page from the others.
    fn a_to_z_page(&self, n: usize, alphabet: &[views::LetterGroup<'_>]) -> Result<Artifact, Diagnostic> {
        let site = self.site;
        let page = views::a_to_z_page(alphabet, n);
        let pages = views::a_to_z_pages(site.providers.len());
        let mut ctx = Context::new();
        ctx.insert("provider_count", &site.providers.len());
        ctx.insert("a_to_z", &page);
        // This page's letters, as a site's own template from before the pages knows them;
        // the default theme shows `a_to_z`.
        ctx.insert("groups", &page.groups());
        let mut title = self.say("providers-title");
        if pages > 1 {
            let number = |n: usize| steunwijzer_core::diagnostic::Arg::Number(n as f64);
            let args = [
                ("title", steunwijzer_core::diagnostic::Arg::Text(title.clone())),
                ("page", number(n)),
                ("pages", number(pages)),
            ];
            title = self
                .catalogue
                .format(&self.lang, "providers-page-title", &args)
                .unwrap_or(title);
        }
        let path = paths::providers_page(n);
        self.render_at(&path, "providers.html", (&title, None), ctx, &paths::root_of(&path))
    }

    /// The page of life situation `i`: its text, the person to call, the providers that fit
    /// (those the editors named first) and the words that lead to it.
    fn situation_page(&self, i: usize, cards: &BTreeMap<&str, views::ProviderCard>) -> Result<Artifact, Diagnostic> {
        let site = self.site;
        let s = &site.situations[i];
        let in_lang = views::Lang {
            code: &self.lang,
            mark: &self.mark,
        };
        let views = views::situations(site, in_lang);
        let view = &views[i];
        let mut ctx = listing(site, cards, &site.situation_providers(s));
        ctx.insert("situation", view);
        let path = paths::situation(&s.slug);
        let root = paths::root_of(&path);
        self.render_at(&path, "situation.html", (view.title, Some(view.text)), ctx, &root)
    }

    /// The page of the municipality `k` of a region: its front door, its printed guide,
    /// its open data and the providers that serve it, in its own house style.
    fn town_page(&self, k: usize, cards: &BTreeMap<&str, views::ProviderCard>) -> Result<Artifact, Diagnostic> {
        let site = self.site;
        let town = &self.towns.list[k];
        let of: Vec<&Provider> = town.providers.iter().map(|&i| &*site.providers[i]).collect();
        let mut ctx = listing(site, cards, &of);
        ctx.insert("part", &town.part);
        ctx.insert("town_print", &town.print);
        if let Some(wide) = &self.towns.region_wide {
            ctx.insert("region_wide", wide);
        }
        if let Some(door) = &town.front_door {
            ctx.insert("front_door", door);
        }
        let args = [(
            "name",
            steunwijzer_core::diagnostic::Arg::Text(town.part.name.to_string()),
        )];
        let title = self
            .catalogue
            .format(&self.lang, "town-title", &args)
            .unwrap_or_else(|_| town.part.name.to_string());
        let path = &town.part.path;
        self.render_at(path, "municipality.html", (&title, None), ctx, &paths::root_of(path))
    }

    fn search_page(&mut self, search_meta: &str) {
        let mut ctx = Context::new();
        let out = format!("{}{}", self.tree(), paths::SEARCH);
        ctx.insert("search_meta", &format!("{}{search_meta}", paths::root_of(&out)));
        ctx.insert("languages", &views::languages(self.site));
        ctx.insert("neighbourhoods", &filters::place_choices(&self.site.neighbourhoods));
        ctx.insert("contact_modes", &filters::contact_modes(&self.site.providers));
        // The situations' titles the editors translated into the page's language, for the
        // script's links (the index holds the site's).
        let titles: BTreeMap<&str, &str> = self
            .site
            .situations
            .iter()
            .filter_map(|s| Some((s.slug.as_str(), s.translations.get(&self.lang)?.get("title")?.as_str())))
            .collect();
        if !titles.is_empty() {
            ctx.insert("situation_titles", &seo::script_json(&serde_json::json!(titles)));
        }
        let title = self.say("search-title");
        self.page(paths::SEARCH, "search.html", &title, None, ctx);
    }

    pub(crate) fn page(&mut self, path: &str, template: &str, title: &str, description: Option<&str>, ctx: Context) {
        let root = paths::root_of(path);
        self.page_at(path, template, title, description, ctx, &root);
    }

    /// Renders `template` to `path` of the current edition; `root` leads from the page to
    /// the edition's start (links), the stylesheet and scripts are found from the site's.
    fn page_at(
        &mut self,
        path: &str,
        template: &str,
        title: &str,
        description: Option<&str>,
        page: Context,
        root: &str,
    ) {
        let page = self.render_at(path, template, (title, description), page, root);
        self.keep(page);
    }

    /// Keeps a rendered page, or its error (once).
    pub(crate) fn keep(&mut self, page: Result<Artifact, Diagnostic>) {
        match page {
            Ok(file) => self.sink.put(file),
            Err(d) => {
                if !self.errors.iter().any(|known| *known == d) {
                    self.errors.push(d);
                }
            }
        }
    }

    /// [`Self::page_at`]'s page, without keeping it.
    fn render_at(
        &self,
        path: &str,
        template: &str,
        (title, description): (&str, Option<&str>),
        page: Context,
        root: &str,
    ) -> Result<Artifact, Diagnostic> {
        let site = self.site;
        let dir = self.tree();
        let out = format!("{dir}{path}");
        // The 404 page's root is the site's base path; the kiosk's and another
        // language's are one or two folders down.
        let assets = format!("{root}{}", "../".repeat(dir.matches('/').count()));
        let mut ctx = self.base.clone();
        ctx.extend(page);
        ctx.insert("root", root);
        ctx.insert("site_root", &assets);
        ctx.insert("css", &format!("{assets}{}", self.css));
        // The filters' rules, for a web page whose list shows filters.
        let shows_filters = ctx.get("filters").is_some_and(|f| f["shown"] == true);
        if let (true, true, Some(sheet)) = (shows_filters, self.css == self.web_css, &self.filters_css) {
            ctx.insert("filters_css", &format!("{assets}{sheet}"));
        }
        let scripts: BTreeMap<&String, String> =
            self.scripts.iter().map(|(k, v)| (k, format!("{assets}{v}"))).collect();
        ctx.insert("scripts", &scripts);
        ctx.insert("page_path", path);
        ctx.insert("signup_link", &self.has_signup());
        ctx.insert("is_home", &(path == paths::HOME));
        ctx.insert("is_search", &(path == paths::SEARCH));
        let in_language = format!("{}{path}", seo::language_dir(&self.lang, &site.config.language));
        // A page at an earlier address names the page it leads to as canonical.
        if !ctx.contains_key("canonical") {
            ctx.insert("canonical", &paths::canonical(&site.config.base_url, &in_language));
        }
        ctx.insert("lang", &self.lang);
        // The content is in the site's language: on another language's pages each piece
        // of it says so, and keeps its own direction (a translated piece has its own mark).
        ctx.insert("content_lang", &self.mark);
        ctx.insert("site_language", &site.config.language);
        let every_script = path == paths::SEARCH || self.edition == Edition::Kiosk;
        if path == paths::SIGNUP {
            let signup = messages::browser(&self.catalogue, &self.lang, messages::Scripts::Signup);
            ctx.insert("browser_messages", &signup);
        } else if every_script {
            ctx.insert("browser_messages", &self.browser_messages);
        } else {
            ctx.insert("browser_messages", &self.page_messages);
        }
        ctx.insert("dir", steunwijzer_core::i18n::direction(&self.lang));
        // An earlier address is only in the site's language.
        if !ctx.contains_key("alternates") {
            ctx.insert("alternates", &self.alternates(path, &assets));
        }
        ctx.insert("title", title);
        let own = site
            .config
            .translations
            .get(&self.lang)
            .and_then(|t| t.get("description"));
        ctx.insert(
            "description",
            description.unwrap_or(own.unwrap_or(&site.config.description)),
        );
        let template = self.edition.template(template);
        match self.tera.render(&template, &ctx) {
            Ok(html) => Ok(Artifact::new(out, html)),
            Err(e) => Err(templates::error(self.theme, Some(&template), &e)),
        }
    }
}

/// The 404 page's way home in another interface language: the page says, in that
/// language, that it does not exist, and leads to that language's start.
#[derive(Serialize)]
struct Elsewhere {
    lang: String,
    dir: &'static str,
    /// "This page does not exist" in that language.
    text: String,
    /// "Go to the home page" in that language.
    home: String,
    /// That language's start, from the site's base path.
    href: String,
}

impl Renderer<'_> {
    /// For the 404 page, which one address serves for every language: the other
    /// languages' words and starts, so nobody who does not read Dutch is left there.
    fn not_found_elsewhere(&self) -> Vec<Elsewhere> {
        let site = &self.site.config;
        let say = |lang: &str, id: &str| self.catalogue.format(lang, id, &[]).unwrap_or_default();
        self.languages
            .iter()
            .filter(|(lang, _)| *lang != site.language)
            .map(|(lang, _)| Elsewhere {
                lang: lang.clone(),
                dir: steunwijzer_core::i18n::direction(lang),
                text: say(lang, "not-found-heading"),
                home: say(lang, "to-home"),
                href: format!("{}{lang}/index.html", site.base_path()),
            })
            .collect()
    }

    /// The page at `path` in every interface language, when there is more than one;
    /// `site_root` leads from this page to the site root.
    fn alternates(&self, path: &str, site_root: &str) -> Vec<Alternate> {
        if self.languages.len() < 2 || path == paths::NOT_FOUND {
            return Vec::new();
        }
        let site = &self.site.config;
        // The sign-up page is only in the languages that have its words.
        let has_page = |lang: &str| path != paths::SIGNUP || self.catalogue.has_own(lang, "signup-title");
        self.languages
            .iter()
            .filter(|(lang, _)| has_page(lang))
            .map(|(lang, name)| Alternate {
                lang: lang.clone(),
                name: name.clone(),
                dir: steunwijzer_core::i18n::direction(lang),
                href: format!("{site_root}{}{path}", tree(self.edition, lang, &site.language)),
                url: paths::canonical(
                    &site.base_url,
                    &format!("{}{path}", seo::language_dir(lang, &site.language)),
                ),
            })
            .collect()
    }
}

/// The folder of an edition's pages in `lang` below the site root.
fn tree(edition: Edition, lang: &str, site_language: &str) -> String {
    format!("{}{}", edition.dir(), seo::language_dir(lang, site_language))
}

/// What a page that lists providers gets: their cards, in the order of `of`, and the
/// filters that split them.
fn listing(site: &Site, cards: &BTreeMap<&str, views::ProviderCard>, of: &[&Provider]) -> Context {
    let list: Vec<&views::ProviderCard> = of.iter().filter_map(|p| cards.get(p.slug.as_str())).collect();
    let mut ctx = Context::new();
    ctx.insert("providers", &list);
    ctx.insert("filters", &filters::list_filters(&site.neighbourhoods, of));
    ctx
}
