//! A deterministic generator of synthetic provider sites, for tests and benchmarks of
//! search at scale. The text is Dutch-like (with diacritics), made from word lists per
//! life domain and from invented names, so the dictionary grows with the site as a real
//! one does. Same seed, same site.

use std::fmt::Write as _;
use std::path::Path;

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

const DOMAINS: [(&str, &str, &str); 9] = [
    (
        "maatschappelijke-ondersteuning",
        "Maatschappelijke ondersteuning",
        "Hulp om thuis te blijven wonen en mee te doen.",
    ),
    (
        "preventieve-zorg",
        "Preventieve zorg",
        "Hulp om problemen te voorkomen.",
    ),
    ("zorg", "Zorg", "Vragen over zorg en uw zorgverzekering."),
    ("jeugdhulp", "Jeugdhulp", "Hulp bij opgroeien en opvoeden."),
    ("onderwijs", "Onderwijs", "Vragen over school en opleiding."),
    ("welzijn", "Welzijn", "Contact met anderen en meedoen in de wijk."),
    ("wonen", "Wonen", "Vragen over uw huis en de huur."),
    ("werk", "Werk", "Werk zoeken en problemen op het werk."),
    ("inkomen", "Inkomen", "Vragen over geld, toeslagen en schulden."),
];

const NEIGHBOURHOODS: [(&str, &str); 6] = [
    ("centrum", "Centrum"),
    ("noord", "Noord"),
    ("oost", "Oost"),
    ("schalkwijk", "Schalkwijk"),
    ("zuid-west", "Zuid-West"),
    ("spaarndam", "Spaarndam"),
];

const LANGUAGES: [&str; 12] = ["en", "tr", "ar", "pl", "ro", "so", "ti", "fa", "es", "pt", "uk", "bg"];
const KINDS: [&str; 5] = [
    "organisation",
    "volunteer-organisation",
    "self-employed",
    "union",
    "interest-group",
];

const TOPICS: [&[&str]; 9] = [
    &[
        "hulp in huis",
        "een rolstoel",
        "vervoer",
        "de Wmo",
        "een keukentafelgesprek",
        "hulpmiddelen",
        "dagbesteding",
        "begeleiding thuis",
        "een maatwerkvoorziening",
        "coördinatie van hulp",
    ],
    &[
        "eenzaamheid",
        "mantelzorg",
        "gezond leven",
        "respijtzorg",
        "overbelasting",
        "valpreventie",
        "een vrijwillige maatje",
        "voorlichting",
        "een steungroep",
        "ideeën voor ontspanning",
    ],
    &[
        "de huisarts",
        "de zorgverzekering",
        "het eigen risico",
        "wijkverpleging",
        "de Wet langdurige zorg",
        "dementie",
        "medicijnen",
        "een ziekenhuisopname",
        "ggz-hulp",
        "cliëntondersteuning bij zorg",
    ],
    &[
        "opvoeden",
        "puberteit",
        "een scheiding",
        "jeugdhulp aanvragen",
        "pleegzorg",
        "ruzie thuis",
        "opgroeien",
        "een gezinscoach",
        "jongerenwerk",
        "zorgen over uw kind",
    ],
    &[
        "passend onderwijs",
        "leerlingenvervoer",
        "thuiszitten",
        "het schooladvies",
        "een opleiding",
        "taallessen",
        "inburgering",
        "studiefinanciering",
        "een gesprek met school",
        "huiswerkbegeleiding",
    ],
    &[
        "activiteiten in de buurt",
        "vrijwilligerswerk",
        "een buurthuis",
        "nieuwe contacten",
        "een praatgroep",
        "sport en bewegen",
        "een café voor ouderen",
        "ontmoeting",
        "digitale vaardigheden",
        "een reünie van buurtgenoten",
    ],
    &[
        "de huur",
        "huurtoeslag",
        "schimmel en vocht",
        "een woning zoeken",
        "woningaanpassing",
        "de verhuurder",
        "servicekosten",
        "urgentie",
        "verhuizen",
        "energiekosten",
    ],
    &[
        "werk zoeken",
        "ontslag",
        "re-integratie",
        "het UWV",
        "een arbeidscontract",
        "ziek zijn op het werk",
        "solliciteren",
        "een cv",
        "de cao",
        "begeleid werken",
    ],
    &[
        "schulden",
        "toeslagen",
        "de bijstand",
        "belastingaangifte",
        "een budgetplan",
        "financiële zorgen",
        "kwijtschelding",
        "brieven van de Belastingdienst",
        "een uitkering",
        "schuldhulpverlening",
    ],
];

const GROUPS: [&str; 12] = [
    "ouderen",
    "jongeren",
    "gezinnen",
    "mantelzorgers",
    "statushouders",
    "mensen met een beperking",
    "alleenstaande ouders",
    "werkzoekenden",
    "huurders",
    "cliënten",
    "nieuwkomers",
    "mensen met weinig geld",
];

const OPENERS: [&str; 8] = [
    "Wij helpen {g} met {t}.",
    "Heeft u vragen over {t}? Wij denken met u mee.",
    "Onze vrijwilligers ondersteunen {g} bij {t}.",
    "U kunt bij ons terecht voor {t} en {t2}.",
    "Samen zoeken we uit wat u nodig heeft rond {t}.",
    "Wij leggen uit hoe {t} werkt, in gewone taal.",
    "Voor {g} die hulp zoeken bij {t}.",
    "Een ervaren ondersteuner gaat met u mee naar gesprekken over {t}.",
];

const CLOSERS: [&str; 8] = [
    "De hulp is gratis en u kiest zelf wat er gebeurt.",
    "Wij werken niet voor de gemeente: wij staan naast u.",
    "U kunt langskomen, bellen of mailen.",
    "Wij spreken ook andere talen; vraag ernaar.",
    "Een eerste gesprek is altijd vrijblijvend.",
    "Wij komen ook bij u thuis als dat beter past.",
    "Na het gesprek maken we samen een plan.",
    "Ook uw familie of buren zijn welkom.",
];

const NAME_STARTS: [&str; 14] = [
    "Stichting",
    "Steunpunt",
    "Vereniging",
    "Buurtteam",
    "Praktijk",
    "Huis",
    "Platform",
    "Werkgroep",
    "Spreekuur",
    "Inloop",
    "Netwerk",
    "Bureau",
    "Collectief",
    "Raad",
];

const SYLLABLES: [&str; 24] = [
    "kor", "vel", "zand", "wijk", "bro", "ek", "lin", "de", "hof", "ster", "mo", "len", "aa", "rij", "ven", "bos",
    "kam", "pe", "ru", "ië", "né", "dal", "o", "meer",
];

fn invented_word(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut w: String = (0..n).map(|_| rng.pick(&SYLLABLES)).collect();
    if let Some(first) = w.chars().next() {
        w.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    w
}

fn fill(template: &str, rng: &mut Rng, domain: usize) -> String {
    template
        .replace("{g}", rng.pick(&GROUPS))
        .replace("{t2}", rng.pick(TOPICS[domain]))
        .replace("{t}", rng.pick(TOPICS[domain]))
}

fn yaml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Writes a complete site with `n` invented providers to `dir` (which must not exist yet
/// or be empty).
pub fn generate(dir: &Path, n: usize, seed: u64) -> std::io::Result<()> {
    let mut rng = Rng(seed);
    let providers = dir.join("content/providers");
    std::fs::create_dir_all(&providers)?;
    std::fs::create_dir_all(dir.join("content/pages"))?;
    std::fs::write(
        dir.join("site.yaml"),
        "title: Steunwijzer (gegenereerd)\nmunicipality: Haarlem\nbase_url: https://steunwijzer.example.org/\n\
         notice: Deze website is automatisch gemaakt om te testen. Alle aanbieders zijn verzonnen.\n",
    )?;
    let mut domains = String::new();
    for (slug, name, description) in DOMAINS {
        let _ = writeln!(domains, "- slug: {slug}\n  name: {name}\n  description: {description}");
    }
    std::fs::write(dir.join("content/life-domains.yaml"), domains)?;
    let mut hoods = String::new();
    for (slug, name) in NEIGHBOURHOODS {
        let _ = writeln!(hoods, "- slug: {slug}\n  name: {name}");
    }
    std::fs::write(dir.join("content/neighbourhoods.yaml"), hoods)?;
    std::fs::write(
        dir.join("content/pages/over.md"),
        "---\ntitle: Over deze website\n---\nDeze website is gemaakt om het zoeken te testen.\n",
    )?;
    for i in 0..n {
        let text = provider(&mut rng, i);
        std::fs::write(providers.join(format!("aanbieder-{:05}.md", i + 1)), text)?;
    }
    Ok(())
}

/// The file of provider number `i` (from 0).
fn provider(rng: &mut Rng, i: usize) -> String {
    let count = 1 + rng.below(3);
    let doms = rng.sample(DOMAINS.len(), count);
    let name = format!("{} {} {}", rng.pick(&NAME_STARTS), invented_word(rng), i + 1);
    let summary = fill(rng.pick(&OPENERS), rng, doms[0]);
    let body = body(rng, &doms, &name);
    let count = rng.below(3);
    let hood_list: Vec<&str> = rng
        .sample(NEIGHBOURHOODS.len(), count)
        .into_iter()
        .map(|h| NEIGHBOURHOODS[h].0)
        .collect();
    let mut langs = vec!["nl"];
    let count = rng.below(3);
    langs.extend(rng.sample(LANGUAGES.len(), count).into_iter().map(|l| LANGUAGES[l]));
    let mut text = String::from("---\n");
    let _ = writeln!(text, "name: {}", yaml_str(&name));
    let _ = writeln!(text, "summary: {}", yaml_str(&summary));
    let _ = writeln!(text, "kind: {}", rng.pick(&KINDS));
    let domain_slugs: Vec<&str> = doms.iter().map(|d| DOMAINS[*d].0).collect();
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

/// A body of one or two sentences per life domain, a sentence naming the place, and two
/// closing sentences.
fn body(rng: &mut Rng, doms: &[usize], name: &str) -> String {
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
        generate(a.path(), 5, 7).unwrap();
        generate(b.path(), 5, 7).unwrap();
        let read = |d: &Path| std::fs::read_to_string(d.join("content/providers/aanbieder-00003.md")).unwrap();
        assert_eq!(read(a.path()), read(b.path()));
        assert!(read(a.path()).starts_with("---\nname: "));
    }
}
