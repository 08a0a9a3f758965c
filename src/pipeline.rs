//! The stages in order, for each command: load → validate → index → render → write.
//! Each stage returns a [`Staged`] result; the pipeline gathers every problem into one
//! list and stops before writing when there is an error.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use steunwijzer_core::msg;

use crate::press;
use steunwijzer_core::artifact::Sink;
use steunwijzer_core::config;
use steunwijzer_core::content::{self, Cache, Changes};
use steunwijzer_core::date::Clock;
use steunwijzer_core::diagnostic::{Code, Diagnostic, Diagnostics, Staged, os_error};
use steunwijzer_core::model::Site;
use steunwijzer_output as output;
use steunwijzer_render::review::{self, Review};
use steunwijzer_render::{self as render, Scope, Theme};
use steunwijzer_search as search;
use steunwijzer_search::analyser::{self, Word};

/// Where `build` writes the tantivy index, below the site root.
pub(crate) const INDEX_DIR: &str = "search-index";

/// What to build, and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder (the one with `site.yaml`).
    pub root: PathBuf,
    /// Where to write the site; defaults to `<root>/public`.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` of `site.yaml`.
    pub base_url: Option<String>,
    /// Today, and the date of a reproducible build, as the command read them.
    pub clock: Clock,
}

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct Built {
    /// HTML pages written.
    pub pages: usize,
    /// Providers listed.
    pub providers: usize,
    /// The folder the site was written to.
    pub output: PathBuf,
    /// How long the build took.
    pub elapsed: Duration,
}

/// What the load and validate stages keep between calls (the live preview).
#[derive(Default)]
pub(crate) struct Kept {
    content: Cache,
    validated: steunwijzer_core::validate::Memo,
}

/// The load and validate stages: the site at `root` when it has no errors, and every
/// problem found. `cache` keeps parsed files between calls (the live preview); the
/// changes since the last call come with the site.
pub(crate) fn load_site(
    root: &Path,
    base_url: Option<&str>,
    clock: &Clock,
    kept: &mut Kept,
) -> Staged<(Site, Changes)> {
    let mut diags = Diagnostics::new();
    let config = diags.absorb(config::load(root, base_url));
    let site = config.and_then(|config| diags.absorb(content_of(root, config, clock, kept, None)));
    Staged::checked(site, diags)
}

/// The content of the site at `root`, loaded and validated against `config`; with
/// `letters`, every text the printed guide sets is held to the print fonts' letters.
fn content_of(
    root: &Path,
    config: config::Config,
    clock: &Clock,
    kept: &mut Kept,
    letters: Option<steunwijzer_core::validate::Letters>,
) -> Staged<(Site, Changes)> {
    let mut diags = Diagnostics::new();
    let Some((loaded, changes)) = diags.absorb(content::load(root, &mut kept.content)) else {
        return Staged::failed(diags);
    };
    let dates = clock.today(&config.time_zone).and_then(|today| {
        let source_date = clock.source_date(&config.time_zone)?;
        Ok((today, source_date))
    });
    let (today, source_date) = match dates {
        Ok(d) => d,
        Err(e) => {
            diags.push(Diagnostic::file_error(
                Code::BadEnvironment,
                "(environment)",
                e.message(),
            ));
            return Staged::failed(diags);
        }
    };
    let site = diags.absorb(steunwijzer_core::validate::validate(
        config,
        &loaded,
        today,
        &mut kept.validated,
        letters,
    ));
    let site = site.map(|mut s| {
        s.source_date = source_date;
        (s, changes)
    });
    Staged::checked(site, diags)
}

/// What `check` and `build` both read: the site, its theme, and every problem of either,
/// including what the render stage would refuse ([`render::preflight`]) and every text
/// the printed guide could not set. The two commands see the same problems.
fn inspect(root: &Path, base_url: Option<&str>, clock: &Clock) -> (Option<Site>, Option<Theme>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let Some(config) = diags.absorb(config::load(root, base_url)) else {
        return (None, None, diags);
    };
    let theme = diags.absorb(Theme::load(root, &config.theme, config.theme_at));
    if let Some(theme) = &theme {
        diags.append(render::catalogues(&config, theme));
    }
    let printer = press::printer();
    let letters = theme
        .as_ref()
        .filter(|_| config.print)
        .and_then(|t| printer?.letters(t));
    let check_letters: Option<steunwijzer_core::validate::Letters> = letters.as_deref();
    let site = diags.absorb(content_of(root, config, clock, &mut Kept::default(), check_letters));
    let site = site.map(|(site, _)| site);
    if let (Some(site), Some(theme)) = (&site, &theme) {
        diags.append(render::preflight(site, theme, printer));
    }
    (site, theme, diags)
}

/// Checks the site at `root` and returns every problem; writes nothing. `previous` is the
/// sitemap of the last publication (a `sitemap.xml` or a folder holding one), to warn
/// about provider addresses that are gone; by default `<root>/public/sitemap.xml` when an
/// earlier build left one.
pub fn check(root: &Path, previous: Option<&Path>, clock: &Clock) -> Diagnostics {
    let (site, _, mut diags) = inspect(root, None, clock);
    let Some(site) = site.filter(|_| !diags.has_errors()) else {
        return diags;
    };
    // What the index stage of `build` says, said here too.
    diags.append(search::warnings(&site));
    let given = previous.map(|p| {
        if p.is_dir() {
            p.join("sitemap.xml")
        } else {
            p.to_path_buf()
        }
    });
    let path = given.clone().unwrap_or_else(|| root.join("public").join("sitemap.xml"));
    if given.is_none() && !path.is_file() {
        return diags;
    }
    let shown = path.strip_prefix(".").unwrap_or(&path).display().to_string();
    match std::fs::File::open(&path) {
        // Read as a stream, no further than a national sitemap could go.
        Ok(file) => {
            use std::io::Read as _;
            let mut reader = std::io::BufReader::new(file.take(MAX_SITEMAP_BYTES + 1));
            diags.append(steunwijzer_core::validate::vanished(&site, &shown, &mut reader));
            if reader.get_ref().limit() == 0 {
                diags.push(Diagnostic::file_error(
                    Code::TooLarge,
                    &shown,
                    msg!("sitemap-larger-than-mb-only-first", max = MAX_SITEMAP_BYTES >> 20),
                ));
            }
        }
        Err(e) => diags.push(Diagnostic::file_error(
            Code::Unreadable,
            &shown,
            msg!("cannot-read", error = os_error(&e)),
        )),
    }
    diags
}

/// A national sitemap of 100,000 providers is about 8 MB; no more than this is read.
const MAX_SITEMAP_BYTES: u64 = 64 << 20;

/// What the index and render stages make: a build (the index into a folder, shown in
/// messages as the index folder it will replace), or the live preview (in memory).
pub(crate) enum Target<'a> {
    Folder {
        staging: &'a Path,
        shown: &'a str,
    },
    /// With what the index and the renderer kept from the previous rebuild, and the
    /// editions whose pages are made.
    Memory {
        index: &'a mut search::Incremental,
        kept: &'a mut render::Kept,
        pass: render::Pass,
    },
    /// The pages only, naming the search export made before (`meta_path`): the live
    /// preview serves an edited page first and its search a moment later, and after a
    /// template the web edition first and the kiosk's a moment later.
    Pages {
        meta_path: &'a str,
        kept: &'a mut render::Kept,
        pass: render::Pass,
    },
}

/// The index and render stages: every file of the site into `sink`, its pages limited to
/// `scope`. Returns the path of the search export's entry file the pages name.
pub(crate) fn make_files(site: &Site, theme: &Theme, target: Target, scope: &Scope, sink: &dyn Sink) -> Staged<String> {
    let mut diags = Diagnostics::new();
    let (export, mode) = match target {
        // What a build's index kept is freed before the pages are made.
        Target::Folder { staging, shown } => (
            search::index(site, Some(staging), shown, &mut search::Incremental::default()),
            render::Mode::Build,
        ),
        Target::Memory { index, kept, pass } => (
            search::index(site, None, INDEX_DIR, index),
            render::Mode::Preview(kept, pass),
        ),
        Target::Pages { meta_path, kept, pass } => {
            let search = render::Search { meta_path };
            let mode = render::Mode::Preview(kept, pass);
            let rendered = diags.absorb(render::render(site, theme, search, scope, mode, sink, press::printer()));
            return Staged::checked(rendered.map(|()| meta_path.to_string()), diags);
        }
    };
    let Some(export) = diags.absorb(export) else {
        return Staged::failed(diags);
    };
    let search = render::Search {
        meta_path: &export.meta_path,
    };
    // First, so that the offline copy made last holds them.
    export.files.into_iter().for_each(|f| sink.put(f));
    let rendered = diags.absorb(render::render(site, theme, search, scope, mode, sink, press::printer()));
    Staged::checked(rendered.map(|()| export.meta_path), diags)
}

/// Checks, indexes, renders and writes the site. On any error nothing is written.
pub fn build(opts: &BuildOptions) -> Staged<Built> {
    let start = Instant::now();
    let out_dir = opts.output.clone().unwrap_or_else(|| {
        if opts.root == Path::new(".") {
            PathBuf::from("public")
        } else {
            opts.root.join("public")
        }
    });
    let (site, theme, mut diags) = inspect(&opts.root, opts.base_url.as_deref(), &opts.clock);
    let (Some(site), Some(theme), false) = (site, theme, diags.has_errors()) else {
        return Staged::failed(diags);
    };
    let written = diags.absorb(write(&opts.root, &site, &theme, &out_dir));
    let built = written.map(|pages| Built {
        pages,
        providers: site.providers.len(),
        output: out_dir,
        elapsed: start.elapsed(),
    });
    Staged::checked(built, diags)
}

/// The index, render and write stages of `build`: the site into `out_dir` and its index
/// into `<root>/search-index`, each swapped in whole. Returns the number of pages.
fn write(root: &Path, site: &Site, theme: &Theme, out_dir: &Path) -> Staged<usize> {
    let mut diags = Diagnostics::new();
    let index_dir = root.join(INDEX_DIR);
    if diags.absorb(output::guard(root, out_dir, &index_dir)).is_none() {
        return Staged::failed(diags);
    }
    let Some(staging) = diags.absorb(output::index_staging(&index_dir)) else {
        return Staged::failed(diags);
    };
    let shown = index_dir.display().to_string();
    let target = Target::Folder {
        staging: &staging,
        shown: &shown,
    };
    let Some(site_staging) = diags.absorb(output::stage(out_dir, &staging)) else {
        return Staged::failed(diags);
    };
    if diags
        .absorb(make_files(site, theme, target, &Scope::All, &site_staging))
        .is_none()
    {
        output::discard_all(site_staging, &staging);
        return Staged::failed(diags);
    }
    let pages = site_staging.count(render::is_web_page);
    let published = diags.absorb(output::publish(site_staging, out_dir, &staging, &index_dir));
    Staged::checked(published.map(|()| pages), diags)
}

/// The review report of the site at `root`.
pub fn review(root: &Path, clock: &Clock) -> Staged<Review> {
    let staged = load_site(root, None, clock, &mut Kept::default());
    Staged {
        value: staged.value.map(|(site, _)| review::review(&site)),
        diagnostics: staged.diagnostics,
    }
}

/// Writes a report to `path` in one step, sealed: `text` holds [`review::REPORT_SEAL`]
/// once, and its digits become a seal of the whole text. Refuses a path among the sources
/// of the site at `root`, and an existing file that is not, byte for byte, an earlier
/// sealed report.
pub fn write_report(root: &Path, path: &Path, text: &str) -> Staged<()> {
    let sealed = output::seal(text, review::REPORT_GENERATOR);
    output::replace_file(root, path, sealed.as_bytes(), review::REPORT_GENERATOR)
}

/// The review report as an HTML page, through the site's theme.
pub fn review_page(root: &Path, report: &Review) -> Staged<String> {
    let theme = Theme::load(root, &report.theme, report.theme_at);
    // Without the theme, its own message (at the `theme:` line) says why.
    let Some(theme) = theme.value else {
        return Staged::failed(theme.diagnostics);
    };
    match review::render_html(report, &theme) {
        Ok(html) => Staged::ok(html),
        Err(d) => Staged::failed(d),
    }
}

/// How a text is split into search terms.
pub fn analyse(text: &str) -> Vec<Word> {
    analyser::words(text, &analyser::OwnTerms::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use steunwijzer_core::artifact::Artifact;

    fn load(root: &Path) -> Site {
        let staged = load_site(root, None, &Clock::test_day(), &mut Kept::default());
        let errors: Vec<String> = staged.diagnostics.errors().iter().map(|d| format!("{d:?}")).collect();
        staged.value.unwrap_or_else(|| panic!("{errors:?}")).0
    }

    fn example() -> Site {
        load(Path::new(env!("CARGO_MANIFEST_DIR")))
    }

    fn export(site: &Site, kept: &mut search::Incremental) -> Vec<(String, Vec<u8>)> {
        let staged = search::index(site, None, "search-index", kept);
        let files: Vec<Artifact> = staged.value.expect("index").files;
        files.into_iter().map(|f| (f.path, f.bytes)).collect()
    }

    #[test]
    fn the_export_holds_what_tantivy_indexes() {
        let dir = tempfile::tempdir().unwrap();
        steunwijzer_synth::generate(dir.path(), 80, 3, &steunwijzer_synth::Shape::default()).unwrap();
        for site in [example(), load(dir.path())] {
            let (exported, tantivy) = search::exported_and_tantivy(&site);
            assert!(exported.0.len() > 300, "{} terms", exported.0.len());
            assert_eq!(exported.1, tantivy.1, "tokens per field");
            assert_eq!(exported.0.len(), tantivy.0.len(), "number of terms");
            for (a, b) in exported.0.iter().zip(&tantivy.0) {
                assert_eq!(a, b);
            }
        }
    }

    /// The live preview changes its index in place; it must give what a build gives.
    #[test]
    fn the_live_index_after_edits_equals_a_fresh_one() {
        let mut site = example();
        let mut kept = search::Incremental::default();
        let first = export(&site, &mut kept);
        let edits: [&dyn Fn(&mut Site); 4] = [
            // New words, one of them a compound of known ones, and one a new term.
            &|s| {
                std::sync::Arc::make_mut(&mut s.providers[3])
                    .body
                    .markdown
                    .push_str("\n\nOok huurschuldhulp en zorgkwartiertjes.\n");
            },
            // Words removed: terms may leave the dictionary.
            &|s| std::sync::Arc::make_mut(&mut s.providers[3]).body.markdown = "Alleen dit.".to_string(),
            // Another life domain: the lists and the filter bits change.
            &|s| std::sync::Arc::make_mut(&mut s.providers[5]).life_domains.truncate(1),
            // A provider gone: the documents are numbered anew.
            &|s| {
                s.providers.remove(0);
            },
        ];
        let mut previous = first;
        for (i, edit) in edits.iter().enumerate() {
            edit(&mut site);
            let live = export(&site, &mut kept);
            let fresh = export(&site, &mut search::Incremental::default());
            assert_ne!(live, previous, "edit {i} changes the export");
            assert_eq!(live, fresh, "edit {i}");
            previous = live;
        }
    }

    /// Every file of the live preview of `site`, with what the preview kept.
    fn preview(site: &Site, index: &mut search::Incremental, kept: &mut render::Kept) -> Vec<Artifact> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let theme = Theme::load(root, &site.config.theme, site.config.theme_at)
            .value
            .expect("theme");
        let sink = steunwijzer_core::artifact::Collected::default();
        let made = make_files(
            site,
            &theme,
            Target::Memory {
                index,
                kept,
                pass: render::Pass::Both,
            },
            &Scope::All,
            &sink,
        );
        assert!(made.value.is_some(), "{:?}", made.diagnostics);
        sink.into_files()
    }

    /// The preview keeps the kiosk's QR codes between saves; it must give what a fresh
    /// preview gives, and drop the codes of addresses that are gone.
    #[test]
    fn kept_qr_codes_give_what_fresh_ones_give() {
        let mut site = example();
        let (mut index, mut qr) = (search::Incremental::default(), render::Kept::default());
        let first = preview(&site, &mut index, &mut qr);
        let codes = |files: &[Artifact]| files.iter().filter(|f| f.path.starts_with("assets/qr/")).count();
        assert!(codes(&first) > 40, "{} codes", codes(&first));
        std::sync::Arc::make_mut(&mut site.providers[2]).contact.website =
            Some("https://voorbeeld.example/nieuw-adres".to_string());
        let kept = preview(&site, &mut index, &mut qr);
        let mut fresh_qr = render::Kept::default();
        let fresh = preview(&site, &mut search::Incremental::default(), &mut fresh_qr);
        assert_ne!(kept, first);
        assert_eq!(kept.len(), fresh.len());
        for (k, f) in kept.iter().zip(&fresh) {
            assert_eq!(k, f, "{}", k.path);
        }
        assert_eq!(qr.qr_codes(), fresh_qr.qr_codes(), "the old address's code is not kept");
    }

    /// The preview keeps each provider's letters between saves: a provider edited to show
    /// Tamil gets the Tamil web font, as a fresh preview does.
    #[test]
    fn kept_letters_follow_an_edit() {
        let mut site = example();
        let mut kept = render::Kept::default();
        let tamil = |files: &[Artifact]| files.iter().any(|f| f.path.contains("NotoSansTamil"));
        let first = preview(&site, &mut search::Incremental::default(), &mut kept);
        assert!(!tamil(&first), "the example shows no Tamil");
        std::sync::Arc::make_mut(&mut site.providers[4])
            .summary
            .push_str(" வணக்கம்");
        let edited = preview(&site, &mut search::Incremental::default(), &mut kept);
        let fresh = preview(&site, &mut search::Incremental::default(), &mut render::Kept::default());
        assert!(tamil(&edited), "the edited provider's letters are read again");
        assert_eq!(edited, fresh);
    }

    /// What the live preview renders again after an edit.
    #[test]
    fn an_edit_renders_what_shows_it() {
        use std::collections::BTreeSet;
        let old = example();
        let slug = old.providers[2].slug.clone();
        let one = BTreeSet::from([slug.clone()]);
        let none = BTreeSet::new();
        let after = |edit: &dyn Fn(&mut Site)| {
            let mut new = example();
            edit(&mut new);
            Scope::after(&old, &new, one.clone(), none.clone())
        };
        let pages_only = Scope::Pages {
            providers: one.clone(),
            pages: none.clone(),
        };
        assert_eq!(
            after(&|s| std::sync::Arc::make_mut(&mut s.providers[2])
                .body
                .markdown
                .push_str(" Meer.")),
            pages_only
        );
        assert_eq!(
            after(&|s| std::sync::Arc::make_mut(&mut s.providers[2]).summary.push_str(" Meer.")),
            Scope::Providers(one.clone()),
            "the lists show the summary"
        );
        let domain = |s: &mut Site| {
            let p = std::sync::Arc::make_mut(&mut s.providers[2]);
            let other = s
                .life_domains
                .iter()
                .find(|d| !p.life_domains.contains(&d.slug))
                .unwrap();
            p.life_domains.push(other.slug.clone());
        };
        assert_eq!(after(&domain), Scope::All, "every page shows the life domains' counts");
        let page = BTreeSet::from([old.pages[0].slug.clone()]);
        let mut retitled = example();
        retitled.pages[0].title.push_str(" (nieuw)");
        assert_eq!(
            Scope::after(&old, &retitled, none.clone(), page.clone()),
            Scope::All,
            "the footer shows titles"
        );
        assert_eq!(
            Scope::after(&old, &example(), none.clone(), page.clone()),
            Scope::Pages {
                providers: none,
                pages: page
            }
        );
    }

    /// The live preview keeps each provider's check (`validate::Memo`): an unchanged file
    /// keeps its messages, and is checked again when what it is checked against changes.
    #[test]
    fn kept_checks_follow_the_addresses_they_depend_on() {
        let dir = tempfile::tempdir().unwrap();
        steunwijzer_synth::generate(dir.path(), 20, 5, &steunwijzer_synth::Shape::default()).unwrap();
        let providers = dir.path().join("content/providers");
        let first = providers.join("aanbieder-00001.md");
        let text = std::fs::read_to_string(&first).unwrap();
        std::fs::write(&first, format!("{text}\nZie ook [de nieuwe](/aanbieders/nieuw/).\n")).unwrap();
        let mut kept = Kept::default();
        let about_link = |kept: &mut Kept| {
            let staged = load_site(dir.path(), None, &Clock::test_day(), kept);
            let all: Vec<String> = staged.diagnostics.iter().map(|d| format!("{d:?}")).collect();
            all.iter().filter(|d| d.contains("aanbieders/nieuw")).count()
        };
        assert_eq!(about_link(&mut kept), 1, "a link to a page that does not exist");
        assert_eq!(about_link(&mut kept), 1, "kept, the file's message is given again");
        std::fs::copy(providers.join("aanbieder-00002.md"), providers.join("nieuw.md")).unwrap();
        assert_eq!(
            about_link(&mut kept),
            0,
            "the page exists now: the unchanged file is checked again"
        );
    }
}
