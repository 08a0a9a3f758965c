//! The validate stage: check what was loaded for meaning and build the `model`. Every
//! problem in every file is reported in one run; a site is made only when there are no
//! errors. Warnings never stop a build.

mod body;
mod fields;
mod lists;
mod page;
mod printable;
mod provider;
mod published;
mod situations;
mod vocabulary;

use crate::msg;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::config::Config;
use std::sync::Arc;

use crate::content::raw::RawProvider;
use crate::content::{ContentFile, Loaded};
use crate::date::Date;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Staged};
use crate::model::{Page, Provider, Site};
use crate::par;
use crate::paths;
use crate::text;
use crate::translations::Langs;

/// The longest summary allowed, in characters.
pub const SUMMARY_MAX_CHARS: usize = 200;

/// Checks everything that was loaded and returns the site if there were no errors.
/// The free pages, and every address a link in a text may point to.
fn pages_and_addresses(
    loaded: &Loaded,
    life_domains: &[crate::model::LifeDomain],
    langs: Langs<'_>,
    diags: &mut Diagnostics,
) -> (Vec<Page>, HashSet<String>) {
    let mut seen = BTreeMap::new();
    let pages: Vec<Page> = loaded
        .pages
        .iter()
        .filter_map(|f| page::page(f, &mut seen, langs, diags))
        .collect();
    let mut known: HashSet<String> = [paths::HOME, paths::PROVIDERS, paths::NOT_FOUND]
        .map(String::from)
        .into();
    known.extend(loaded.providers.iter().map(|p| paths::provider(&p.slug)));
    // An earlier address leads to the provider's page, so a link to it works.
    let aliases = loaded.providers.iter().flat_map(|p| p.raw.aliases.iter().flatten());
    known.extend(aliases.map(|a| paths::provider(a.trim())));
    known.extend(life_domains.iter().map(|d| paths::life_domain(&d.slug)));
    known.extend(pages.iter().map(|p| paths::page(&p.slug)));
    (pages, known)
}

/// Each provider file's result, kept between rebuilds of the live preview: a file that
/// is as it was (the same parsed file), checked against the same lists and addresses on
/// the same day, gives the same provider and the same messages. At 10,000 providers
/// checking them all again took half of each rebuild.
#[derive(Default)]
pub struct Memo {
    context: u64,
    by_file: HashMap<usize, Checked>,
}

type Checked = (Arc<ContentFile<RawProvider>>, Option<Arc<Provider>>, Diagnostics);

impl Memo {
    /// Forgets every result when what all files are checked against changed.
    fn start(&mut self, ctx: &provider::Context, known: &HashSet<String>) {
        let mut known: Vec<&String> = known.iter().collect();
        known.sort_unstable();
        let mut h = DefaultHasher::new();
        (
            &ctx.domains,
            &ctx.neighbourhoods,
            ctx.places_nested,
            ctx.today,
            ctx.stale_before,
            ctx.stale_after_months,
            known,
        )
            .hash(&mut h);
        let context = h.finish();
        if context != self.context {
            self.by_file.clear();
            self.context = context;
        }
    }

    /// The result of each file (`check`ed with whether its name is unique), from the kept
    /// ones or checked now, on all cores.
    fn providers(
        &mut self,
        files: &[(bool, &Arc<ContentFile<RawProvider>>)],
        check: impl Fn(&ContentFile<RawProvider>, bool) -> (Option<Provider>, Diagnostics) + Sync,
    ) -> Vec<(Option<Arc<Provider>>, Diagnostics)> {
        let address = |f: &Arc<ContentFile<RawProvider>>| Arc::as_ptr(f) as usize;
        let kept: HashSet<usize> = files.iter().filter(|(u, _)| *u).map(|(_, f)| address(f)).collect();
        self.by_file.retain(|a, _| kept.contains(a));
        let todo: Vec<&(bool, &Arc<ContentFile<RawProvider>>)> = files
            .iter()
            .filter(|(u, f)| !u || !self.by_file.contains_key(&address(f)))
            .collect();
        let done = par::map(&todo, |(unique, file)| {
            let (p, d) = check(file, *unique);
            (p.map(Arc::new), d)
        });
        let mut fresh: HashMap<usize, (Option<Arc<Provider>>, Diagnostics)> = HashMap::new();
        for ((unique, file), (p, d)) in todo.into_iter().zip(done) {
            if *unique {
                self.by_file
                    .insert(address(file), ((*file).clone(), p.clone(), d.clone()));
            }
            fresh.insert(address(file), (p, d));
        }
        files
            .iter()
            .map(|(_, f)| match fresh.remove(&address(f)) {
                Some(result) => result,
                None => self
                    .by_file
                    .get(&address(f))
                    .map(|(_, p, d)| (p.clone(), d.clone()))
                    .unwrap_or_default(),
            })
            .collect()
    }
}

/// The providers of the files that pass their checks, in file order.
fn providers(
    loaded: &Loaded,
    ctx: &provider::Context,
    known: &HashSet<String>,
    memo: &mut Memo,
    diags: &mut Diagnostics,
) -> Vec<Arc<Provider>> {
    let mut seen = BTreeMap::new();
    let unique: Vec<(bool, &Arc<ContentFile<RawProvider>>)> = loaded
        .providers
        .iter()
        .map(|f| (body::unique_slug(f, &mut seen, false, diags), f))
        .collect();
    memo.start(ctx, known);
    let is_known = |p: &str| known.contains(p);
    let mut providers = Vec::new();
    for (p, d) in memo.providers(&unique, |file, unique| {
        let mut d = Diagnostics::new();
        let p = unique.then(|| provider::provider(file, ctx, &mut d)).flatten();
        body::lint(file, &is_known, &mut d);
        (p, d)
    }) {
        providers.extend(p);
        diags.append(d);
    }
    providers
}

/// Warns at every provider whose name an earlier one (in file order) already has, folded
/// as a resident reads it: two entries named alike cannot be told apart in a list.
fn duplicate_names(providers: &[Arc<Provider>], loaded: &Loaded, diags: &mut Diagnostics) {
    let docs: HashMap<&str, &ContentFile<RawProvider>> =
        loaded.providers.iter().map(|f| (f.slug.as_str(), f.as_ref())).collect();
    let mut first: HashMap<String, &str> = HashMap::new();
    for p in providers {
        let folded = p.name_key.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(earlier) = first.get(folded.as_str()) else {
            first.insert(folded, &p.source);
            continue;
        };
        let Some(file) = docs.get(p.slug.as_str()) else {
            continue;
        };
        let doc = &file.doc;
        diags.push(
            doc.warning(
                Code::DuplicateName,
                doc.value_span(&crate::yaml::key("name")),
                msg!("also-name-residents-cannot-tell-two", name = p.name, earlier),
            )
            .with_hint(msg!("if-they-are-one-provider-keep")),
        );
    }
}

/// The most earlier addresses (`aliases:`) one provider may have: nobody is renamed this
/// often.
pub(crate) const MAX_ALIASES_PER_PROVIDER: usize = 20;

/// The most earlier addresses a site may have: each is a page of its own.
pub(crate) const MAX_ALIASES: usize = 50_000;

/// Reports an alias that is another provider's address or another provider's alias: two
/// pages cannot have one address. Read from every file, valid or not, so that a clash is
/// reported in the same run as the file's other problems.
fn aliases_unique(loaded: &Loaded, diags: &mut Diagnostics) {
    let mut owner: HashMap<&str, &str> = loaded
        .providers
        .iter()
        .map(|f| (f.slug.as_str(), f.doc.display()))
        .collect();
    let mut count = 0usize;
    for file in &loaded.providers {
        let given = file
            .raw
            .aliases
            .iter()
            .flatten()
            .enumerate()
            .take(MAX_ALIASES_PER_PROVIDER);
        for (i, alias) in given {
            let alias = alias.trim().trim_end_matches(".md");
            // An alias that is no slug, or the file's own, is reported with the file.
            if !text::is_portable_slug(alias) || alias == file.slug {
                continue;
            }
            let at = [crate::yaml::Seg::Key("aliases".into()), crate::yaml::Seg::Index(i)];
            count += 1;
            if count == MAX_ALIASES + 1 {
                diags.push(
                    file.doc
                        .error(
                            Code::TooMany,
                            file.doc.value_span(&at),
                            msg!("site-has-more-than-earlier-addresses", max_aliases = MAX_ALIASES),
                        )
                        .with_hint(msg!("remove-earlier-addresses-nobody-uses-any")),
                );
            }
            let Some(other) = owner.get(alias).copied() else {
                owner.insert(alias, file.doc.display());
                continue;
            };
            let at = [crate::yaml::Seg::Key("aliases".into()), crate::yaml::Seg::Index(i)];
            diags.push(
                file.doc
                    .error(
                        Code::DuplicateSlug,
                        file.doc.value_span(&at),
                        msg!("address-taken-has", alias, other),
                    )
                    .with_hint(msg!("old-address-can-lead-one-page")),
            );
        }
    }
}

/// Dutch public bodies must publish an accessibility statement, and a site that says
/// nothing about privacy leaves residents guessing: warn when either page is missing.
fn required_pages(config: &Config, pages: &[Page], diags: &mut Diagnostics) {
    // Shown as the other files are: below the site folder as given.
    let root = config.path.strip_suffix(crate::config::FILE_NAME).unwrap_or_default();
    let required = [
        (
            "toegankelijkheid",
            msg!("there-no-accessibility-statement-public-bodies"),
        ),
        ("privacy", msg!("there-no-privacy-page-residents-should")),
    ];
    for (slug, message) in required {
        if !pages.iter().any(|p| p.slug == slug) {
            let path = format!("{root}{}/{slug}.md", crate::content::PAGES_DIR);
            diags.push(
                Diagnostic::file_warning(Code::MissingPage, &path, message)
                    .with_hint(msg!("steunwijzer-init-writes-one-start-from")),
            );
        }
    }
}

/// A free page that still holds a sentence marked [VUL IN (from `init`) is not finished.
fn unfinished_pages(loaded: &Loaded, diags: &mut Diagnostics) {
    for file in &loaded.pages {
        let lines = file.body.markdown.lines().enumerate();
        for (i, line) in lines.filter(|(_, l)| l.contains(text::FILL_IN)) {
            let col = line[..line.find(text::FILL_IN).unwrap_or(0)].chars().count() + 1;
            let span = crate::diagnostic::Span::new(file.body.first_line + i, col, text::FILL_IN.len());
            diags.push(
                file.doc
                    .warning(Code::FillIn, span, msg!("page-still-has-part-fill"))
                    .with_hint(msg!("write-text-for-your-municipality-place")),
            );
        }
    }
}

/// The residents' words (`zoekwoorden.yaml`) and the life situations (`situaties.yaml`):
/// the ways in besides the life domains.
fn ways_in(
    loaded: &Loaded,
    domains: &[&str],
    providers: &[Arc<Provider>],
    langs: Langs<'_>,
    diags: &mut Diagnostics,
) -> (Vec<crate::model::SearchWord>, Vec<crate::model::Situation>) {
    let vocabulary = loaded
        .vocabulary
        .as_ref()
        .map(|f| vocabulary::vocabulary(f, domains, diags))
        .unwrap_or_default();
    let situations = loaded
        .situations
        .as_ref()
        .map(|f| situations::situations(f, domains, providers, &loaded.providers, langs, diags))
        .unwrap_or_default();
    (vocabulary, situations)
}

/// The providers `front_door:` names are listed providers with a phone number: the person
/// to call for whoever does not know where to start. Warnings: a site without it still
/// helps its residents, and one whose supporter stopped must not stop publishing.
/// The municipalities of `municipalities:` are checked here too (their front doors are).
fn front_door(
    config: &Config,
    loaded: &Loaded,
    providers: &[Arc<Provider>],
    places: &[crate::model::Neighbourhood],
    diags: &mut Diagnostics,
) {
    municipality_parts(config, places, diags);
    let parts = config.municipalities.iter().flat_map(|m| &m.front_door);
    for (slug, at) in config.front_door.iter().chain(parts) {
        match providers.iter().find(|p| &p.slug == slug) {
            // A file with errors (reported with it) or one that is not listed.
            None if loaded.providers.iter().any(|f| &f.slug == slug) => {}
            None => {
                let hint = crate::suggest::hint(
                    slug,
                    providers.iter().map(|p| p.slug.as_str()),
                    crate::suggest::Otherwise::Providers,
                );
                diags.push(
                    Diagnostic::warning(
                        Code::InvalidSetting,
                        &config.path,
                        *at,
                        msg!("front-door-not-provider-so-no", slug),
                    )
                    .with_hint(hint),
                );
            }
            Some(p) if p.contact.phone.is_none() => diags.push(
                Diagnostic::warning(
                    Code::InvalidSetting,
                    &config.path,
                    *at,
                    msg!("front-door-has-no-phone-number", slug),
                )
                .with_hint(msg!("choose-general-client-supporter-residents-can")),
            ),
            Some(_) => {}
        }
    }
}

/// How many of `municipalities:`'s unknown slugs get a hint.
const MAX_HINTS: usize = 20;

/// `municipalities:` names municipalities of a region's or the country's site: places
/// of `neighbourhoods.yaml` that lie in no other. On one municipality's site it has no
/// place; each is an error at its key (its logo and front door would not be used).
fn municipality_parts(config: &Config, places: &[crate::model::Neighbourhood], diags: &mut Diagnostics) {
    let towns: Vec<&str> = places
        .iter()
        .filter(|n| n.part_of.is_none())
        .map(|n| n.slug.as_str())
        .collect();
    let known: std::collections::HashSet<&str> = towns.iter().copied().collect();
    // A hint compares with every municipality (and may list them all): for the first few
    // only, so a hostile site.yaml of thousands of keys stays quick and its report small.
    let mut hints = 0;
    for part in &config.municipalities {
        let d = if config.scope == crate::config::Scope::Municipality {
            Diagnostic::error(
                Code::InvalidSetting,
                &config.path,
                part.at,
                msg!("municipalities-only-in-region"),
            )
            .with_hint(msg!("municipalities-only-in-region-hint"))
        } else if known.contains(part.slug.as_str()) {
            continue;
        } else {
            let d = Diagnostic::error(
                Code::InvalidSetting,
                &config.path,
                part.at,
                msg!("not-municipality-of-region", slug = part.slug.as_str()),
            );
            hints += 1;
            if hints > MAX_HINTS {
                d
            } else {
                d.with_hint(crate::suggest::hint(
                    &part.slug,
                    towns.iter().copied(),
                    crate::suggest::Otherwise::ChooseFrom,
                ))
            }
        };
        diags.push(d);
    }
}

/// The free pages site.yaml names (the printed guide's intro, the pages that offer the
/// offline copy and the open data) exist; a missing one is left out of the guide or gets no link, with a
/// warning where site.yaml names it.
fn named_pages(config: &Config, pages: &[Page], diags: &mut Diagnostics) {
    let slugs: Vec<&str> = pages.iter().map(|p| p.slug.as_str()).collect();
    let intro = config
        .print_intro_at
        .map(|at| config.print_intro.iter().map(move |s| (s.as_str(), at)));
    let offline = config.offline_page.as_deref().zip(config.offline_page_at);
    let data = config
        .open_data
        .as_ref()
        .and_then(|d| Some(d.page.as_str()).zip(d.page_at));
    for (slug, at) in intro.into_iter().flatten().chain(offline).chain(data) {
        if !slugs.contains(&slug) {
            let hint = crate::suggest::hint(slug, slugs.iter().copied(), crate::suggest::Otherwise::FreePages);
            diags.push(
                Diagnostic::warning(Code::InvalidSetting, &config.path, at, msg!("there-no-free-page", slug))
                    .with_hint(hint),
            );
        }
    }
}

pub use printable::{Letters, MAX_INTRO_BLOCKS, MAX_INTRO_CHARS, intro_too_large};
pub use published::vanished;

/// The validate stage: the loaded files against `config`, into the [`Site`] the later stages trust, with every problem found.
pub fn validate(
    config: Config,
    loaded: &Loaded,
    today: Date,
    memo: &mut Memo,
    letters: Option<Letters>,
) -> Staged<Site> {
    let mut diags = Diagnostics::new();
    if let Some(letters) = letters {
        printable::check(loaded, &config, letters, &mut diags);
    }
    let langs = Langs {
        site: &config.language,
        ui: &config.languages_ui,
    };
    let life_domains = loaded
        .life_domains
        .as_ref()
        .map(|f| lists::life_domains(f, langs, &mut diags))
        .unwrap_or_default();
    let neighbourhoods = loaded
        .neighbourhoods
        .as_ref()
        .map(|f| lists::neighbourhoods(f, &mut diags))
        .unwrap_or_default();

    // Pages first: provider bodies may link to them.
    let (pages, known) = pages_and_addresses(loaded, &life_domains, langs, &mut diags);
    let is_known = |p: &str| known.contains(p);
    for file in &loaded.pages {
        body::lint(file, &is_known, &mut diags);
    }

    let ctx = provider::Context {
        domains: life_domains.iter().map(|d| d.slug.as_str()).collect(),
        neighbourhoods: neighbourhoods.iter().map(|n| n.slug.as_str()).collect(),
        places_nested: config.scope != crate::config::Scope::Municipality
            || neighbourhoods.iter().any(|n| n.part_of.is_some()),
        today,
        stale_before: today.months_before(config.stale_after_months),
        stale_after_months: config.stale_after_months,
        language: &config.language,
        languages_ui: &config.languages_ui,
    };
    let mut providers = providers(loaded, &ctx, &known, memo, &mut diags);
    duplicate_names(&providers, loaded, &mut diags);
    aliases_unique(loaded, &mut diags);
    let (vocabulary, situations) = ways_in(loaded, &ctx.domains, &providers, langs, &mut diags);
    named_pages(&config, &pages, &mut diags);
    front_door(&config, loaded, &providers, &neighbourhoods, &mut diags);
    required_pages(&config, &pages, &mut diags);
    unfinished_pages(loaded, &mut diags);
    if diags.has_errors() {
        return Staged::failed(diags);
    }
    // Neutral order: by name as a reader sorts it, nobody promoted.
    providers.sort_by(|a, b| (&a.name_key, &a.slug).cmp(&(&b.name_key, &b.slug)));
    let mut pages = pages;
    pages.sort_by_key(|p| (p.order, text::sort_key(&p.title)));
    let site = Site {
        config,
        today,
        source_date: None,
        life_domains,
        neighbourhoods,
        providers,
        pages,
        vocabulary,
        situations,
    };
    Staged::checked(Some(site), diags)
}
