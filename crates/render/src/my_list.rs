//! "Mijn lijst": a resident puts providers on a list of their own and prints it (the
//! browser's print on the web, the slip printer in the kiosk). The list is a set of
//! provider slugs in the browser's storage (`js/site/20-my-list.js`); nothing about it leaves the
//! device. Its page shows each chosen provider's entry, rendered here by the theme's
//! `list_entry.html` in every language and edition, and published in shards of about
//! [`PER_SHARD`] providers (about 9 KB gzipped) so the page loads only the few files its list needs, from a
//! server or from disk (each shard is a script, as the search index is).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use tera::Context;

use super::pages::Renderer;
use super::{Scope, templates, views};
use steunwijzer_core::artifact::Artifact;
use steunwijzer_core::diagnostic::Diagnostic;
use steunwijzer_core::model::Provider;
use steunwijzer_core::par;
use steunwijzer_core::paths;

/// About how many providers' entries one shard file holds.
const PER_SHARD: usize = 50;

/// How many shard files a site of `providers` providers has.
pub(crate) fn shard_count(providers: usize) -> usize {
    providers.div_ceil(PER_SHARD).max(1)
}

/// The shard that holds the entry of the provider `slug`: FNV-1a (32 bits) of its UTF-8
/// bytes, modulo `count`. `js/site/20-my-list.js` computes the same.
pub(crate) fn shard_of(slug: &str, count: usize) -> usize {
    let hash = slug
        .bytes()
        .fold(2_166_136_261_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(16_777_619));
    hash as usize % count.max(1)
}

/// What the list page needs to find the shards.
#[derive(Serialize)]
pub(crate) struct ListPage {
    /// How many shards there are.
    pub shards: usize,
}

impl Renderer<'_> {
    /// The list page (with the pages that list providers) and the shards that hold a
    /// provider of `scope`, in the current edition and language.
    pub(crate) fn my_list(&mut self, scope: &Scope) {
        let site = self.site;
        let count = shard_count(site.providers.len());
        if scope.lists() {
            let mut ctx = Context::new();
            ctx.insert("my_list", &ListPage { shards: count });
            let title = self.say("my-list-title");
            self.page(paths::MY_LIST, "my_list.html", &title, None, ctx);
        }
        let mut shards: BTreeMap<usize, Vec<&Provider>> = BTreeMap::new();
        for p in &site.providers {
            shards.entry(shard_of(&p.slug, count)).or_default().push(p);
        }
        let wanted: BTreeSet<usize> = site
            .providers
            .iter()
            .filter(|p| scope.includes(&p.slug))
            .map(|p| shard_of(&p.slug, count))
            .collect();
        let jobs: Vec<(usize, Vec<&Provider>)> = shards.into_iter().filter(|(n, _)| wanted.contains(n)).collect();
        let files = par::map(&jobs, |(n, of)| self.shard(*n, of));
        for file in files {
            self.keep(file);
        }
    }

    /// One shard file: `__swList(n, {slug: entry HTML, …});`.
    fn shard(&self, n: usize, of: &[&Provider]) -> Result<Artifact, Diagnostic> {
        let root = paths::root_of(paths::MY_LIST);
        let mut base = self.fragment_context(&root);
        let mut entries = serde_json::Map::new();
        let template = self.edition_template("list_entry.html");
        for p in of {
            base.insert("entry", &views::list_entry(self.site, p, self.in_lang()));
            let html = self
                .tera
                .render(&template, &base)
                .map_err(|e| templates::error(self.theme, Some(&template), &e))?;
            // Without the template's empty lines: the file is loaded over the network.
            let lines: Vec<&str> = html.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            entries.insert(p.slug.clone(), serde_json::Value::String(lines.join("\n")));
        }
        let data = serde_json::Value::Object(entries);
        let path = format!("{}{}", self.tree(), paths::my_list_shard(n));
        Ok(Artifact::new(path, format!("__swList({n},{data});\n")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_has_one_shard_and_the_shards_share_the_providers() {
        // The values `js/site/20-my-list.js` must give too (tests/browser/my-list.test.mjs).
        assert_eq!(shard_of("", 7), 2_166_136_261 % 7);
        assert_eq!(shard_of("a", 1000), 0xe40c_292c_u32 as usize % 1000);
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(50), 1);
        assert_eq!(shard_count(51), 2);
        assert_eq!(shard_count(10_000), 200);
        let count = shard_count(10_000);
        let mut sizes = vec![0_usize; count];
        for i in 0..10_000 {
            sizes[shard_of(&format!("aanbieder-{i}"), count)] += 1;
        }
        // No shard holds much more than its share: the list page loads little.
        assert!(sizes.iter().all(|s| *s > 20 && *s < 85), "{sizes:?}");
    }
}
