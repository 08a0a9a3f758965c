//! Web fonts for the scripts a reader's own fonts may lack (Ethiopic, Tamil, Devanagari,
//! Arabic, Chinese, …): the theme's `fonts/web.css` holds one `@font-face` rule per file,
//! each with its `unicode-range`. A rule and its file are published only when the site has
//! a letter of that range, so a site with Latin names only publishes none; and a browser
//! fetches a file only for a page that shows such a letter, so a Dutch page does not grow.
//! The files are made once from the print fonts by `tests/tools/web-fonts.py`.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use steunwijzer_core::artifact::{Artifact, content_hash};
use steunwijzer_core::model::{Provider, Site};
use steunwijzer_core::par;

use super::theme::Theme;

/// The theme's rules, below `fonts/`.
const RULES: &str = "web.css";

/// What the stylesheets get: the rules the site needs, with their files' published names.
#[derive(Debug, Default)]
pub(crate) struct WebFonts {
    /// `@font-face` rules, with addresses relative to `assets/`.
    pub(crate) css: String,
    /// The font files (and their licences), below `assets/fonts/`.
    pub(crate) files: Vec<Artifact>,
}

/// The rules of the theme's `fonts/web.css` whose range holds a letter of `letters`, with
/// their files named by their content when `hashed`.
pub(crate) fn web(theme: &Theme, letters: &BTreeSet<char>, hashed: bool) -> WebFonts {
    let mut out = WebFonts::default();
    let Some(rules) = theme.fonts.get(RULES).and_then(|f| std::str::from_utf8(&f.bytes).ok()) else {
        return out;
    };
    for rule in rules.split("@font-face").skip(1) {
        let Some(end) = rule.find('}') else { continue };
        let rule = &rule[..=end];
        let wanted = range_of(rule).is_none_or(|ranges| letters.iter().any(|c| within(&ranges, *c)));
        if !wanted {
            continue;
        }
        let mut rule = format!("@font-face{rule}\n");
        if let Some(name) = url_of(&rule)
            && let Some(file) = theme.fonts.get(&name)
        {
            let published = match (hashed, name.rsplit_once('.')) {
                (true, Some((stem, ext))) => format!("{stem}-{}.{ext}", content_hash(&file.bytes)),
                _ => name.clone(),
            };
            rule = rule.replacen(&name, &format!("fonts/{published}"), 1);
            out.files
                .push(Artifact::new(format!("assets/fonts/{published}"), file.bytes.to_vec()));
        }
        out.css.push_str(&rule);
    }
    // A licence (`LICENSE-Noto.txt`) goes with the files whose names start with its family.
    let licences: Vec<Artifact> = theme
        .fonts
        .iter()
        .filter(|(name, _)| {
            let family = name.strip_prefix("LICENSE-").and_then(|n| n.strip_suffix(".txt"));
            family.is_some_and(|f| {
                out.files
                    .iter()
                    .any(|a| a.path.starts_with(&format!("assets/fonts/{f}")))
            })
        })
        .map(|(name, file)| Artifact::new(format!("assets/fonts/{name}"), file.bytes.to_vec()))
        .collect();
    out.files.extend(licences);
    out
}

/// The file a rule's `src` names: `url("x.woff2")`.
fn url_of(rule: &str) -> Option<String> {
    let start = rule.find("url(")? + 4;
    let rest = &rule[start..];
    let end = rest.find(')')?;
    Some(rest[..end].trim().trim_matches(['"', '\'']).to_string())
}

/// A rule's `unicode-range` as inclusive ranges, or None when it has none (the rule is
/// then always kept).
fn range_of(rule: &str) -> Option<Vec<(u32, u32)>> {
    let start = rule.find("unicode-range:")? + "unicode-range:".len();
    let rest = &rule[start..];
    let end = rest.find([';', '}']).unwrap_or(rest.len());
    let ranges = rest[..end]
        .split(',')
        .filter_map(|part| {
            let part = part.trim().trim_start_matches(['U', 'u']).trim_start_matches('+');
            let (lo, hi) = part.split_once('-').unwrap_or((part, part));
            Some((u32::from_str_radix(lo, 16).ok()?, u32::from_str_radix(hi, 16).ok()?))
        })
        .collect();
    Some(ranges)
}

fn within(ranges: &[(u32, u32)], c: char) -> bool {
    let c = u32::from(c);
    ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c))
}

/// Every letter past Latin the site's pages may show: the providers', pages', life
/// domains', neighbourhoods' and situations' texts, the residents' words, the titles of
/// site.yaml and the catalogues of the interface languages. More than a page shows is
/// harmless: a rule costs its bytes in the stylesheet, a file is fetched only when used.
/// With `memo` (the live preview), a provider read before is not read again.
pub(crate) fn letters(site: &Site, theme: &Theme, memo: Option<&mut LettersMemo>) -> BTreeSet<char> {
    let mut out = Seen::default();
    let of_providers = match memo {
        Some(memo) => memo.of(&site.providers),
        None => par::map(&site.providers, |p| provider_letters(p)),
    };
    of_providers.iter().flatten().for_each(|c| out.add(*c));
    let mut add = |text: &str| add_letters(&mut out, text);
    for page in &site.pages {
        add(&page.title);
        add(page.summary.as_deref().unwrap_or_default());
        add(&page.body.markdown);
    }
    for w in &site.vocabulary {
        w.words.iter().for_each(|t| add(t));
    }
    let lists = (&site.life_domains, &site.neighbourhoods, &site.situations);
    add(&serde_json::to_string(&lists).unwrap_or_default());
    for (_, _, text) in site.config.printed() {
        add(text);
    }
    for locale in &theme.locales {
        let code = locale.name.split('.').next().unwrap_or_default();
        if site.config.languages_ui.iter().any(|l| l == code) {
            add(&String::from_utf8_lossy(&locale.file.bytes));
        }
    }
    out.letters()
}

/// The letters past Latin of one provider's texts, each once.
fn provider_letters(p: &Provider) -> Vec<char> {
    let mut json = Vec::new();
    let mut out = Vec::new();
    // What the contact, opening hours and complaints hold, as one text.
    let other = serde_json::to_writer(&mut json, &(&p.contact, &p.opening_hours, &p.complaints))
        .map(|()| String::from_utf8_lossy(&json))
        .unwrap_or_default();
    let texts = [&p.name, &p.summary, &p.body.markdown]
        .into_iter()
        .map(String::as_str)
        .chain(p.target_groups.iter().map(String::as_str))
        .chain(p.summaries.values().map(String::as_str))
        .chain([&*other]);
    for text in texts.filter(|t| has_letters(t)) {
        out.extend(text.chars().filter(|c| u32::from(*c) >= FIRST));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Each provider's letters past Latin, kept between the live preview's saves by the
/// provider they were read from (an unchanged file gives the same provider).
#[derive(Default)]
pub(crate) struct LettersMemo(HashMap<usize, (Arc<Provider>, Vec<char>)>);

impl LettersMemo {
    /// The letters of each of `providers`: kept, or read now (on all cores).
    fn of(&mut self, providers: &[Arc<Provider>]) -> Vec<Vec<char>> {
        let address = |p: &Arc<Provider>| Arc::as_ptr(p) as usize;
        let todo: Vec<&Arc<Provider>> = providers.iter().filter(|p| !self.0.contains_key(&address(p))).collect();
        let read = par::map(&todo, |p| provider_letters(p));
        for (p, letters) in todo.into_iter().zip(read) {
            self.0.insert(address(p), (p.clone(), letters));
        }
        let now: HashSet<usize> = providers.iter().map(address).collect();
        self.0.retain(|a, _| now.contains(a));
        providers
            .iter()
            .map(|p| self.0.get(&address(p)).map(|(_, l)| l.clone()).unwrap_or_default())
            .collect()
    }
}

/// Letters seen, a bit each: a set of all of Unicode in 136 KB, where a tree set took a
/// step for every Arabic or Cyrillic letter of every provider (on every save of the live
/// preview).
struct Seen(Vec<u64>);

impl Default for Seen {
    fn default() -> Self {
        Seen(vec![0; (u32::from(char::MAX) as usize + 1).div_ceil(64)])
    }
}

impl Seen {
    fn add(&mut self, c: char) {
        let i = u32::from(c) as usize;
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn letters(&self) -> BTreeSet<char> {
        let mut out = BTreeSet::new();
        for (w, bits) in self.0.iter().enumerate().filter(|(_, b)| **b != 0) {
            let chars = (0..64).filter(|b| bits & (1 << b) != 0);
            out.extend(chars.filter_map(|b| char::from_u32(u32::try_from(w * 64 + b).ok()?)));
        }
        out
    }
}

/// Adds the letters of `text` from U+0530 on (Armenian, Hebrew, Arabic and the scripts
/// after them: the ones the theme's extra fonts cover).
/// The first letter past Latin, Greek and Cyrillic (Armenian on).
const FIRST: u32 = 0x0530;

/// Whether `text` may hold a letter from [`FIRST`] on: such a letter starts with a byte
/// from 0xD4 on; most text has none, and at 10,000 providers reading every letter was a
/// tenth of a live preview's save.
fn has_letters(text: &str) -> bool {
    text.bytes().any(|b| b >= 0xD4)
}

fn add_letters(out: &mut Seen, text: &str) {
    if has_letters(text) {
        text.chars().filter(|c| u32::from(*c) >= FIRST).for_each(|c| out.add(c));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_from_u0530_on_are_found_and_the_rest_skipped() {
        let mut out = Seen::default();
        add_letters(&mut out, "Hulp bij geld, café, Dünya, Łódź, Ԁ");
        assert!(out.letters().is_empty());
        add_letters(&mut out, "Hulp: مرحبا ש Ա 😀");
        assert_eq!(out.letters().into_iter().collect::<String>(), "Աשابحرم😀");
    }
    use crate::theme::ThemeFile;

    fn theme(rules: &str) -> Theme {
        let file = |bytes: &[u8]| ThemeFile {
            origin: String::new(),
            bytes: bytes.to_vec().into(),
        };
        let mut theme = Theme::default();
        theme.fonts.insert(RULES.to_string(), file(rules.as_bytes()));
        theme.fonts.insert("E.woff2".to_string(), file(b"ethiopic"));
        theme.fonts.insert("T.woff2".to_string(), file(b"tamil"));
        theme.fonts.insert("LICENSE-E.txt".to_string(), file(b"OFL"));
        theme.fonts.insert("LICENSE-Droid.txt".to_string(), file(b"Apache"));
        theme
    }

    const RULES_CSS: &str = "/* Ethiopic */\n@font-face{font-family:\"X\";src:url(\"E.woff2\") format(\"woff2\");unicode-range:U+1200-137F,U+2D80}\n\
        @font-face{font-family:\"X\";src:url('T.woff2');unicode-range:U+B82-BFA}\n";

    #[test]
    fn only_the_rules_of_letters_the_site_has_are_published() {
        let t = theme(RULES_CSS);
        let none = web(&t, &BTreeSet::from(['é', 'ж']), true);
        assert!(
            none.css.is_empty() && none.files.is_empty(),
            "no Ethiopic or Tamil letter: nothing"
        );
        let one = web(&t, &BTreeSet::from(['ት']), true);
        assert_eq!(one.css.matches("@font-face").count(), 1, "{}", one.css);
        let name = format!("fonts/E-{}.woff2", content_hash(b"ethiopic"));
        assert!(one.css.contains(&format!("url(\"{name}\")")), "{}", one.css);
        let paths: Vec<&str> = one.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, [format!("assets/{name}").as_str(), "assets/fonts/LICENSE-E.txt"]);
        let both = web(&t, &BTreeSet::from(['ት', 'த']), false);
        assert!(both.css.contains("url('fonts/T.woff2')"), "{}", both.css);
    }

    #[test]
    fn a_rule_without_a_range_is_always_kept() {
        let t = theme("@font-face{font-family:\"Huis\";src:url(\"E.woff2\")}");
        assert_eq!(web(&t, &BTreeSet::new(), false).files.len(), 2);
    }

    #[test]
    fn the_default_theme_covers_what_its_print_fonts_cover_past_latin_greek_and_cyrillic() {
        let theme = Theme::load(std::path::Path::new("/nonexistent"), "default", Default::default())
            .value
            .unwrap();
        for c in ['ት', 'த', 'ह', 'ع', '中', 'あ', '한', 'ש', 'ა'] {
            let fonts = web(&theme, &BTreeSet::from([c]), true);
            assert_eq!(fonts.css.matches("font-weight:400").count(), 1, "{c}: {}", fonts.css);
            assert!(fonts.files.iter().any(|f| f.path.ends_with(".woff2")), "{c}");
        }
        assert!(web(&theme, &BTreeSet::from(['é', 'Ж', 'λ']), true).files.is_empty());
    }
}
