//! `content/situaties.yaml`: life situations in residents' words, each a page with the
//! providers that fit, on the home page, in the sitemap, in the kiosk and in the search.

use crate::support::*;

const GOOD: &str = "\
- slug: geldzorgen
  title: Ik heb geldzorgen
  text: Rekeningen stapelen zich op. Iemand kijkt met u mee.
  words: [geldzorgen, deurwaarder]
  providers: [old]
  life_domains: [inkomen]
- slug: alleen
  title: Ik voel me alleen
  text: Een kop koffie in de buurt kan helpen.
  providers: [beta]
";

#[test]
fn each_situation_is_checked_at_its_line_in_check_as_in_build() {
    let (tmp, site) = good_site();
    write(
        &site.join("content/situaties.yaml"),
        "\
- slug: geldzorgen
  title: Ik heb geldzorgen
  text: Tekst.
  life_domains: [inkomne]
- slug: leeg
  title: Niemand past
  text: Tekst.
- slug: onbekend
  title: Een naam die niet bestaat
  text: Tekst.
  providers: [alpah]
- slug: geldzorgen
  title: Twee keer
  text: Tekst.
  providers: [alpha]
- slug: zonder-titel
  text: Tekst.
  providers: [alpha]
",
    );
    let check = run_in(tmp.path(), &["check", "--root", "site", "--lang", "en"]);
    let build = run_in(tmp.path(), &["build", "--root", "site", "--lang", "en"]);
    for expected in [
        "site/content/situaties.yaml:4:18: error: unknown life domain `inkomne`",
        "site/content/situaties.yaml:5:3: error: no provider fits this situation: it names none",
        "site/content/situaties.yaml:11:15: warning: `alpah` is not a provider, so this page leaves it out",
        "site/content/situaties.yaml:12:9: error: the slug `geldzorgen` is used twice",
        "site/content/situaties.yaml:16:3: error: item 5 has no `title`",
    ] {
        for (what, out) in [("check", &check.stderr), ("build", &build.stderr)] {
            assert!(out.contains(expected), "{what} lacks {expected}:\n{out}");
        }
    }
    assert!(check.stderr.contains("did you mean `alpha`?"), "{}", check.stderr);
    assert_eq!((check.code, build.code), (1, 1));
}

#[test]
fn a_situation_has_a_page_with_the_named_providers_first_and_the_search_leads_to_it() {
    let (tmp, site) = good_site();
    write(&site.join("content/situaties.yaml"), GOOD);
    let r = run_in(tmp.path(), &["build", "--root", "site"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = site.join("public");
    let page = std::fs::read_to_string(out.join("situaties/geldzorgen/index.html")).unwrap();
    assert!(page.contains("<h1>Ik heb geldzorgen</h1>"), "{page}");
    assert!(page.contains("Rekeningen stapelen zich op."), "{page}");
    // The named provider first, then the others of Inkomen by name; the person to call.
    let cards = &page[page.find("Wie kan u helpen?").expect("the providers")..];
    let old = cards.find("Oude Gegevens").expect("the named provider");
    let alpha = cards.find("Alpha Steunpunt").expect("a provider of its life domain");
    assert!(old < alpha, "the named provider comes first");
    assert!(page.contains("2 aanbieders helpen u hierbij."), "{page}");
    assert!(page.contains("Weet u niet waar u moet beginnen?"), "{page}");
    assert!(page.contains("geldzorgen, deurwaarder"), "the words that lead here");
    let single = std::fs::read_to_string(out.join("situaties/alleen/index.html")).unwrap();
    assert!(single.contains("1 aanbieder helpt u hierbij."), "one count, one verb");
    // On the home page, in the sitemap and in the kiosk.
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("href=\"situaties/geldzorgen/index.html\""), "{home}");
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("/situaties/geldzorgen/</loc>"), "{sitemap}");
    let kiosk = std::fs::read_to_string(out.join("kiosk/situaties/geldzorgen/index.html")).unwrap();
    assert!(kiosk.contains("Oude Gegevens") && !kiosk.contains("tel:"), "{kiosk}");
    // The search: a word or the title leads to it, with its providers after.
    let answer = |q: &str| -> serde_json::Value {
        let r = run_in(tmp.path(), &["search", q, "--json", "--root", "site"]);
        serde_json::from_str(&r.stdout).unwrap()
    };
    let v = answer("de deurwaarder staat voor de deur");
    assert_eq!(
        v["situations"],
        serde_json::json!([{"slug": "geldzorgen", "title": "Ik heb geldzorgen"}]),
        "{v}"
    );
    assert_eq!(answer("ik voel me zo alleen")["situations"][0]["slug"], "alleen");
    assert!(
        answer("alpha").get("situations").is_none(),
        "no situation for other words"
    );
    let text = run_in(tmp.path(), &["search", "geldzorgen", "--root", "site"]).stdout;
    let hint = text
        .find("Does this fit you? Ik heb geldzorgen (situaties/geldzorgen/)\n")
        .expect(&text);
    assert!(
        hint < text.find("for \"geldzorgen\"").expect(&text),
        "before the results: {text}"
    );
}

#[test]
fn a_site_has_at_most_a_hundred_situations() {
    let (tmp, site) = good_site();
    let many: String = (0..101)
        .map(|i| format!("- slug: s{i}\n  title: Situatie {i}\n  text: Tekst.\n  providers: [alpha]\n"))
        .collect();
    write(&site.join("content/situaties.yaml"), &many);
    let r = run_in(tmp.path(), &["check", "--root", "site", "--lang", "en"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("site/content/situaties.yaml:401:3: error: there are more than 100 situations"),
        "{}",
        r.stderr
    );
    // One message, not one per item.
    assert_eq!(r.stderr.matches("situaties.yaml:").count(), 1, "{}", r.stderr);
}
