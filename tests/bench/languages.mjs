// What a page in each interface language weighs beside its Dutch page: the HTML, its
// stylesheets and its scripts, each gzipped (zlib level 9), as a first visit loads them.
// Usage: node tests/bench/languages.mjs <built site folder> [lang ...]
// Prints a Markdown table for docs/benchmarks.md; the budget is 10 % above the Dutch page.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [site, ...asked] = process.argv.slice(2);
if (!site) throw new Error('usage: node tests/bench/languages.mjs <built site> [lang ...]');
const langs = asked.length ? asked : ['nl', 'en', 'tr', 'ar', 'pl', 'uk'];
const PAGES = [
  ['home', 'index.html'],
  ['a provider', 'aanbieders/buurtmaatjes-schalkwijk/index.html'],
  ['a life domain', 'levensgebieden/inkomen/index.html'],
  ['search', 'zoeken/index.html'],
  ['A–Z', 'aanbieders/index.html'],
  ['a situation', 'situaties/geldzorgen/index.html'],
];

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The page's bytes and those of the stylesheets and scripts it links, gzipped. */
function weight(file) {
  const html = readFileSync(file);
  let total = gz(html);
  const refs = [...html.toString().matchAll(/<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]+src)="([^"#?]+)/g)];
  for (const [, ref] of refs) {
    const path = resolve(dirname(file), ref);
    if (existsSync(path)) total += gz(readFileSync(path));
  }
  return total;
}

const head = `| page | ${langs.join(' | ')} |\n|---${'|---'.repeat(langs.length)}|`;
const rows = [];
let over = 0;
for (const [name, rel] of PAGES) {
  const dutch = weight(join(site, rel));
  const cells = langs.map((l) => {
    const w = l === 'nl' ? dutch : weight(join(site, l, rel));
    const pct = ((w / dutch - 1) * 100);
    if (pct > 10) over += 1;
    return l === 'nl' ? `${w} B` : `${w} B (${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)} %)`;
  });
  rows.push(`| ${name} | ${cells.join(' | ')} |`);
}
console.log([head, ...rows].join('\n'));
console.log(over ? `\n${over} page(s) over the 10 % budget` : '\nevery page within 10 % of its Dutch page');
