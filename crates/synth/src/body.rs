//! A provider page's text as real ones are: 150–400 words under headings, with a list of
//! what the provider does and the steps to get help.

use super::Rng;
use super::words::{CLOSERS, GROUPS, MIDDLES, OPENERS, STEPS, TASKS};

/// Words in a Markdown text, not counting the markers of headings and lists.
pub(crate) fn word_count(md: &str) -> usize {
    let marker = |w: &str| {
        matches!(w, "##" | "-")
            || w.strip_suffix('.')
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
    };
    md.split_whitespace().filter(|w| !marker(w)).count()
}

/// A text of about `target` words (never fewer, at most one sentence more) for a provider
/// in the life domains `doms`, whose topics `fill` draws from.
pub(crate) fn realistic(
    rng: &mut Rng,
    doms: &[usize],
    target: usize,
    fill: &dyn Fn(&str, &mut Rng, usize) -> String,
) -> String {
    let domain = |rng: &mut Rng| doms[rng.below(doms.len())];
    let mut intro = vec![fill(rng.pick(&OPENERS), rng, doms[0])];
    let d = domain(rng);
    intro.push(fill(rng.pick(&OPENERS), rng, d));
    let mut work = Vec::new();
    for _ in 0..2 {
        let d = domain(rng);
        work.push(fill(rng.pick(&MIDDLES), rng, d));
    }
    let count = 3 + rng.below(3);
    let tasks: Vec<String> = rng
        .sample(TASKS.len(), count)
        .into_iter()
        .map(|i| {
            let d = domain(rng);
            fill(TASKS[i], rng, d)
        })
        .collect();
    let who = format!(
        "{} en {} kunnen bij ons terecht.",
        capital(rng.pick(&GROUPS)),
        rng.pick(&GROUPS)
    );
    let count = 3 + rng.below(2);
    let steps: Vec<&str> = rng.sample(STEPS.len(), count).into_iter().map(|i| STEPS[i]).collect();
    let mut good = vec![rng.pick(&CLOSERS).to_string(), rng.pick(&CLOSERS).to_string()];
    let mut text = compose(&intro, &work, &tasks, &who, &steps, &good);
    // Longer texts have more to say in every part.
    while word_count(&text) < target {
        let d = domain(rng);
        let sentence = fill(rng.pick(&MIDDLES), rng, d);
        match rng.below(3) {
            0 => intro.push(sentence),
            1 => work.push(sentence),
            _ => good.push(sentence),
        }
        text = compose(&intro, &work, &tasks, &who, &steps, &good);
    }
    text
}

fn compose(intro: &[String], work: &[String], tasks: &[String], who: &str, steps: &[&str], good: &[String]) -> String {
    let mut md = intro.join(" ");
    md.push_str("\n\n## Wat wij doen\n\n");
    md.push_str(&work.join(" "));
    md.push_str("\n\n");
    for t in tasks {
        md.push_str(&format!("- {t}\n"));
    }
    md.push_str(&format!("\n## Voor wie\n\n{who}\n\n## Zo werkt het\n\n"));
    for (i, s) in steps.iter().enumerate() {
        md.push_str(&format!("{}. {s}\n", i + 1));
    }
    md.push_str("\n## Goed om te weten\n\n");
    md.push_str(&good.join(" "));
    md.push('\n');
    md
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
