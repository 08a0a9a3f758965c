// Benchmark: the live preview at scale (issue 30, item 4). Starts `steunwijzer serve` on a
// generated site, appends a sentence to one provider's text N times, and measures from the
// write until the reload signal and until the provider's page, fetched, holds the change.
// Prints the times and their medians; never fails on a timing.
//
//   node tests/bench/serve-save.mjs SITE_ROOT [--saves 9]
//
// SITE_ROOT: a site made by `steunwijzer generate` (its providers are aanbieder-00001, …).
// Needs a release build (STEUNWIJZER_BIN or target/release/steunwijzer).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, liveServer } from '../browser/lib.mjs';

const argv = process.argv.slice(2);
const root = argv[0];
const at = argv.indexOf('--saves');
const SAVES = at >= 0 ? Number(argv[at + 1]) : 9;
const BIN = process.env.STEUNWIJZER_BIN || join(REPO, 'target', 'release', 'steunwijzer');
if (!root) throw new Error('usage: node tests/bench/serve-save.mjs SITE_ROOT [--saves 9]');

const providers = readdirSync(join(root, 'content', 'providers')).filter((f) => f.endsWith('.md')).sort();
const slug = providers[Math.floor(providers.length / 2)].replace(/\.md$/, '');
const file = join(root, 'content', 'providers', `${slug}.md`);
const original = readFileSync(file, 'utf8');
const server = await liveServer(BIN, root);
const signal = [], served = [];
let correct = 0;
try {
  for (let i = 0; i < SAVES; i++) {
    const marker = `Bankmarker${i}x`;
    const reloaded = server.reload();
    const t0 = performance.now();
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()} Aanpassing ${marker}.\n`);
    await reloaded;
    signal.push(performance.now() - t0);
    const html = await server.text(`aanbieders/${slug}/`);
    served.push(performance.now() - t0);
    if (html.includes(marker)) correct++;
    await new Promise((ok) => setTimeout(ok, 150));
  }
} finally {
  server.stop();
  writeFileSync(file, original);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs) => xs.map((x) => Math.round(x)).join(' ');
console.log(`${providers.length} providers, ${SAVES} saves of ${slug}`);
console.log(`save -> reload signal: ${show(signal)} ms; median ${Math.round(median(signal))} ms`);
console.log(`save -> page served:   ${show(served)} ms; median ${Math.round(median(served))} ms`);
console.log(`the page held the change: ${correct}/${SAVES}`);
