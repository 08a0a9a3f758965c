//! A deterministic generator of synthetic provider sites, for tests and benchmarks of
//! search at scale. The text is Dutch-like (with diacritics), made from word lists per
//! life domain and from invented names, so the dictionary grows with the site as a real
//! one does. Same seed, same site.

// The library returns data and never prints; outside tests, nothing a user can influence
// is unwrapped.
#![forbid(unsafe_code)]
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![allow(clippy::result_large_err)]

mod body;
mod words;

use std::fmt::Write as _;
use std::path::Path;

use words::*;

/// splitmix64: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// `k` different indexes below `n`, in increasing order.
    fn sample(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < k.min(n) {
            let i = self.below(n);
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort();
        chosen
    }
}

fn invented_word(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut w: String = (0..n).map(|_| rng.pick(&SYLLABLES)).collect();
    if let Some(first) = w.chars().next() {
        w.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    w
}

fn fill(template: &str, rng: &mut Rng, domain: usize) -> String {
    let topics = TOPICS[domain % TOPICS.len()];
    template
        .replace("{g}", rng.pick(&GROUPS))
        .replace("{t2}", rng.pick(topics))
        .replace("{t}", rng.pick(topics))
}

fn yaml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// What a generated site looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// The length of each provider's text, in words: drawn evenly from this range. Texts
    /// of 100 words or more have headings and lists as real pages do; below that, a few
    /// sentences.
    pub words: (usize, usize),
    /// The number of life domains (the nine of the social domain, then invented ones).
    pub life_domains: usize,
    /// The number of neighbourhoods.
    pub neighbourhoods: usize,
    /// The number of languages providers speak besides Dutch.
    pub languages: usize,
}

impl Default for Shape {
    /// As real provider pages are: 150–400 words, the nine life domains, six
    /// neighbourhoods, twelve other languages.
    fn default() -> Shape {
        Shape {
            words: (150, 400),
            life_domains: 9,
            neighbourhoods: 6,
            languages: 12,
        }
    }
}

/// The most life domains a site may have (the search page's filters).
const MAX_SHAPE_VALUES: usize = steunwijzer_core::model::MAX_FILTER_VALUES;

/// Invented places come as a wijk and the buurten in it (`part_of`), this many in all.
const WIJK_SIZE: usize = 10;

/// The site's lists, by the shape: real names first, then invented ones.
struct Lists {
    domains: Vec<(String, String, String)>,
    /// Slug, name and the wijk it lies in.
    hoods: Vec<(String, String, Option<String>)>,
    languages: Vec<&'static str>,
}

impl Lists {
    fn new(shape: &Shape) -> Lists {
        let domains = (0..shape.life_domains.clamp(1, MAX_SHAPE_VALUES))
            .map(|i| match DOMAINS.get(i) {
                Some((s, n, d)) => ((*s).to_string(), (*n).to_string(), (*d).to_string()),
                None => (
                    format!("levensgebied-{}", i + 1),
                    format!("Levensgebied {}", i + 1),
                    "Een verzonnen levensgebied.".to_string(),
                ),
            })
            .collect();
        let hoods = (0..shape.neighbourhoods.min(steunwijzer_core::model::MAX_PLACES))
            .map(|i| match NEIGHBOURHOODS.get(i) {
                Some((s, n)) => ((*s).to_string(), (*n).to_string(), None),
                None => {
                    let k = i - NEIGHBOURHOODS.len();
                    let wijk = k / WIJK_SIZE * WIJK_SIZE + NEIGHBOURHOODS.len();
                    if i == wijk {
                        (format!("wijk-{}", i + 1), format!("Wijk {}", i + 1), None)
                    } else {
                        let part_of = format!("wijk-{}", wijk + 1);
                        (format!("buurt-{}", i + 1), format!("Buurt {}", i + 1), Some(part_of))
                    }
                }
            })
            .collect();
        // The common languages first, then every other ISO 639-1 code.
        let mut languages: Vec<&'static str> = LANGUAGES.iter().chain(MORE_LANGUAGES.iter()).copied().collect();
        languages.extend(
            steunwijzer_core::languages::codes()
                .filter(|c| *c != "nl" && !languages.contains(c))
                .collect::<Vec<_>>(),
        );
        languages.truncate(shape.languages);
        Lists {
            domains,
            hoods,
            languages,
        }
    }
}

/// Writes a complete site with `n` invented providers of the given shape to `dir` (which
/// must not exist yet or be empty).
pub fn generate(dir: &Path, n: usize, seed: u64, shape: &Shape) -> std::io::Result<()> {
    let mut rng = Rng(seed);
    let lists = Lists::new(shape);
    let providers = dir.join("content/providers");
    std::fs::create_dir_all(&providers)?;
    std::fs::create_dir_all(dir.join("content/pages"))?;
    std::fs::write(
        dir.join("site.yaml"),
        "title: Steunwijzer (gegenereerd)\nmunicipality: Haarlem\nbase_url: https://steunwijzer.example.org/\n\
         notice: Deze website is automatisch gemaakt om te testen. Alle aanbieders zijn verzonnen.\n",
    )?;
    let mut domains = String::new();
    for (slug, name, description) in &lists.domains {
        let _ = writeln!(domains, "- slug: {slug}\n  name: {name}\n  description: {description}");
    }
    std::fs::write(dir.join("content/life-domains.yaml"), domains)?;
    let mut hoods = String::new();
    for (slug, name, part_of) in &lists.hoods {
        let _ = writeln!(hoods, "- slug: {slug}\n  name: {name}");
        if let Some(wijk) = part_of {
            let _ = writeln!(hoods, "  part_of: {wijk}");
        }
    }
    std::fs::write(
        dir.join("content/neighbourhoods.yaml"),
        if hoods.is_empty() { "[]\n".into() } else { hoods },
    )?;
    std::fs::write(
        dir.join("content/pages/over.md"),
        "---\ntitle: Over deze website\n---\nDeze website is gemaakt om het zoeken te testen.\n",
    )?;
    for i in 0..n {
        let text = provider(&mut rng, i, &lists, shape);
        std::fs::write(providers.join(format!("aanbieder-{:05}.md", i + 1)), text)?;
    }
    Ok(())
}

/// The file of provider number `i` (from 0).
fn provider(rng: &mut Rng, i: usize, lists: &Lists, shape: &Shape) -> String {
    let count = 1 + rng.below(3);
    let doms = rng.sample(lists.domains.len(), count);
    let name = format!("{} {} {}", rng.pick(&NAME_STARTS), invented_word(rng), i + 1);
    let summary = fill(rng.pick(&OPENERS), rng, doms[0]);
    let (low, high) = shape.words;
    let target = low + rng.below(high.saturating_sub(low) + 1);
    let body = if high >= 100 {
        body::realistic(rng, &doms, target, &fill)
    } else {
        short_body(rng, &doms, &name)
    };
    let count = rng.below(3);
    let hood_list: Vec<&str> = rng
        .sample(lists.hoods.len(), count)
        .into_iter()
        .map(|h| lists.hoods[h].0.as_str())
        .collect();
    let mut langs = vec!["nl"];
    let count = rng.below(3);
    langs.extend(
        rng.sample(lists.languages.len(), count)
            .into_iter()
            .map(|l| lists.languages[l]),
    );
    let mut text = String::from("---\n");
    let _ = writeln!(text, "name: {}", yaml_str(&name));
    let _ = writeln!(text, "summary: {}", yaml_str(&summary));
    let _ = writeln!(text, "kind: {}", rng.pick(&KINDS));
    let domain_slugs: Vec<&str> = doms.iter().map(|d| lists.domains[*d].0.as_str()).collect();
    let _ = writeln!(text, "life_domains: [{}]", domain_slugs.join(", "));
    if !hood_list.is_empty() {
        let _ = writeln!(text, "neighbourhoods: [{}]", hood_list.join(", "));
    }
    let _ = writeln!(text, "languages: [{}]", langs.join(", "));
    let _ = writeln!(text, "target_groups: [{}]", yaml_str(rng.pick(&GROUPS)));
    let _ = writeln!(
        text,
        "contact:\n  phone: \"023 000 {:02} {:02}\"",
        i / 100 % 100,
        i % 100
    );
    let _ = writeln!(text, "  email: info@aanbieder-{}.example.org", i + 1);
    let (month, day) = (1 + rng.below(9), rng.below(10));
    let _ = writeln!(
        text,
        "free: true\nindependent: true\nlast_reviewed: 2026-0{month}-1{day}"
    );
    text.push_str("---\n");
    text.push_str(&body);
    text
}

/// A short body: one or two sentences per life domain, a sentence naming the place, and
/// two closing sentences (about 60 words; the generator's only kind before realistic texts).
fn short_body(rng: &mut Rng, doms: &[usize], name: &str) -> String {
    let mut body = String::new();
    for d in doms {
        for _ in 0..(1 + rng.below(2)) {
            body.push_str(&fill(rng.pick(&OPENERS), rng, *d));
            body.push(' ');
        }
    }
    let _ = write!(body, "{name} ligt vlak bij {}.", invented_word(rng));
    body.push_str("\n\n");
    body.push_str(rng.pick(&CLOSERS));
    body.push(' ');
    body.push_str(rng.pick(&CLOSERS));
    body.push('\n');
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_site() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        generate(a.path(), 5, 7, &Shape::default()).unwrap();
        generate(b.path(), 5, 7, &Shape::default()).unwrap();
        let read = |d: &Path| std::fs::read_to_string(d.join("content/providers/aanbieder-00003.md")).unwrap();
        assert_eq!(read(a.path()), read(b.path()));
        assert!(read(a.path()).starts_with("---\nname: "));
    }

    #[test]
    fn realistic_texts_have_the_length_asked_and_headings_and_lists() {
        let dir = tempfile::tempdir().unwrap();
        let shape = Shape {
            words: (150, 400),
            life_domains: 12,
            neighbourhoods: 10,
            languages: 20,
        };
        generate(dir.path(), 40, 3, &shape).unwrap();
        let mut lengths = Vec::new();
        for i in 1..=40 {
            let text =
                std::fs::read_to_string(dir.path().join(format!("content/providers/aanbieder-{i:05}.md"))).unwrap();
            let body = text.splitn(3, "---\n").nth(2).unwrap();
            assert!(body.contains("\n## Wat wij doen\n") && body.contains("\n- ") && body.contains("\n1. "));
            let n = body::word_count(body);
            assert!((150..=430).contains(&n), "{n} words");
            lengths.push(n);
        }
        let mean = lengths.iter().sum::<usize>() / lengths.len();
        assert!((220..=330).contains(&mean), "mean {mean}");
        let domains = std::fs::read_to_string(dir.path().join("content/life-domains.yaml")).unwrap();
        assert_eq!(domains.matches("- slug: ").count(), 12);
        assert!(domains.contains("slug: inkomen") && domains.contains("slug: levensgebied-12"));
        let hoods = std::fs::read_to_string(dir.path().join("content/neighbourhoods.yaml")).unwrap();
        assert_eq!(hoods.matches("- slug: ").count(), 10);
    }
}
