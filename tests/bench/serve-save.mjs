// Benchmark: the live preview at scale (issue 30, item 4). Starts `steunwijzer serve` on a
// generated site, appends a sentence to one provider's text N times, and measures from the
// write until the reload signal and until the provider's page, fetched, holds the change.
// Prints the times and their medians; never fails on a timing.
//
//   node tests/bench/serve-save.mjs SITE_ROOT [--saves 9] [--pause 150] [--template]
//
// --pause: milliseconds between a served page and the next save. The search export
// follows the page (the `search` event); a save during it waits for it, as an editor
// saving again at once would.
// --template: saves the site's own copy of base.html instead (a comment at its end, so
// every page changes); the kiosk's pages follow the web edition's (the `kiosk` event).
// SITE_ROOT: a site made by `steunwijzer generate` (its providers are aanbieder-00001, …).
// Needs a release build (STEUNWIJZER_BIN or target/release/steunwijzer).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, liveServer } from '../browser/lib.mjs';

const argv = process.argv.slice(2);
const root = argv[0];
const at = argv.indexOf('--saves');
const SAVES = at >= 0 ? Number(argv[at + 1]) : 9;
const pauseAt = argv.indexOf('--pause');
const PAUSE = pauseAt >= 0 ? Number(argv[pauseAt + 1]) : 150;
const TEMPLATE = argv.includes('--template');
const BIN = process.env.STEUNWIJZER_BIN || join(REPO, 'target', 'release', 'steunwijzer');
if (!root) throw new Error('usage: node tests/bench/serve-save.mjs SITE_ROOT [--saves 9] [--pause 150] [--template]');

const providers = readdirSync(join(root, 'content', 'providers')).filter((f) => f.endsWith('.md')).sort();
const slug = providers[Math.floor(providers.length / 2)].replace(/\.md$/, '');
const file = TEMPLATE ? join(root, 'templates', 'base.html') : join(root, 'content', 'providers', `${slug}.md`);
const original = TEMPLATE ? readFileSync(join(REPO, 'themes', 'default', 'templates', 'base.html'), 'utf8') : readFileSync(file, 'utf8');
if (TEMPLATE) {
  mkdirSync(join(root, 'templates'), { recursive: true });
  writeFileSync(file, original);
}
const edit = (marker) => (TEMPLATE
  ? `${original}<!-- ${marker} -->\n`
  : `${readFileSync(file, 'utf8').trimEnd()} Aanpassing ${marker}.\n`);
const server = await liveServer(BIN, root);
const signal = [], served = [], searched = [];
let correct = 0;
try {
  for (let i = 0; i < SAVES; i++) {
    const marker = `Bankmarker${i}x`;
    const reloaded = server.reload();
    const search = server.next(TEMPLATE ? 'kiosk' : 'search');
    const t0 = performance.now();
    writeFileSync(file, edit(marker));
    await reloaded;
    signal.push(performance.now() - t0);
    const html = await server.text(`aanbieders/${slug}/`);
    served.push(performance.now() - t0);
    if (html.includes(marker)) correct++;
    // The pause, in which the search may follow (a binary from before it sends none).
    const t1 = performance.now();
    const late = await Promise.race([search.then(() => performance.now() - t0), new Promise((ok) => setTimeout(ok, PAUSE))]);
    if (late) searched.push(late);
    const rest = PAUSE - (performance.now() - t1);
    if (rest > 0) await new Promise((ok) => setTimeout(ok, rest));
  }
} finally {
  server.stop();
  if (TEMPLATE) rmSync(join(root, 'templates'), { recursive: true, force: true });
  else writeFileSync(file, original);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs) => xs.map((x) => Math.round(x)).join(' ');
console.log(`${providers.length} providers, ${SAVES} saves of ${TEMPLATE ? 'templates/base.html' : slug}`);
console.log(`save -> reload signal: ${show(signal)} ms; median ${Math.round(median(signal))} ms`);
console.log(`save -> page served:   ${show(served)} ms; median ${Math.round(median(served))} ms`);
if (searched.length) console.log(`save -> ${TEMPLATE ? 'kiosk' : 'search'} followed: ${show(searched)} ms; median ${Math.round(median(searched))} ms`);
console.log(`the page held the change: ${correct}/${SAVES}`);
