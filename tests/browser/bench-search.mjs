// Benchmark: bytes a resident's browser downloads for a search, at 10,000 providers,
// for steunwijzer's sharded index and for Pagefind on the same generated site, measured
// side by side in one run. Writes docs/benchmarks.md (the search section).
//
//   node tests/browser/bench-search.mjs [--providers 10000]
//
// Needs a release build (cargo build --release) and Chromium; installs Pagefind with npx.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, serve, launch, writeBenchmarkSection, tempDir } from './lib.mjs';
import { queryTransfer, wire } from './engine.mjs';

const N = Number(process.argv[process.argv.indexOf('--providers') + 1]) || 10000;
const BIN = process.env.STEUNWIJZER_BIN || join(REPO, 'target', 'release', 'steunwijzer');
const QUERIES = ['schulden', 'mantelzorg', 'huur', 'werk zoeken', 'dementie', 'toeslagen', 'eenzaamheid', 'school'];

const kb = (n) => (n / 1024).toFixed(1);

const dir = tempDir('steunwijzer-bench-');
const root = join(dir, 'site');
const out = join(dir, 'public');
console.log(`generating ${N} providers in ${root}`);
execFileSync(BIN, ['generate', '--providers', String(N), '--out', root, '--seed', '1']);
let t = Date.now();
execFileSync(BIN, ['build', '--root', root, '--output', out], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (Date.now() - t) / 1000;

// --- steunwijzer: the engine in Node, recording the files a query loads ---------------
const ours = await queryTransfer(out, QUERIES);

// --- Pagefind on the provider pages of the same site ---------------------------------
console.log('indexing with Pagefind');
t = Date.now();
execFileSync('npx', ['--yes', 'pagefind@1.6.0', '--site', out, '--glob', 'aanbieders/*/index.html'], { stdio: ['ignore', 'ignore', 'inherit'] });
const pagefindSeconds = (Date.now() - t) / 1000;
writeFileSync(join(out, 'pf-bench.html'), '<!DOCTYPE html><html lang="nl"><title>bench</title><body></body></html>');
const server = await serve(out, '/');
const browser = await launch();
const theirs = [];
try {
  const page = await browser.newPage();
  const sizes = [];
  page.on('response', async (r) => {
    try { sizes.push(wire(await r.body())); } catch { /* redirects have no body */ }
  });
  await page.goto(server.url + 'pf-bench.html');
  await page.evaluate(async () => { window.pf = await import('/pagefind/pagefind.js'); await window.pf.options({}); });
  for (const q of QUERIES) {
    const before = sizes.length;
    const total = await page.evaluate(async (query) => {
      const s = await window.pf.search(query);
      await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
      return s.results.length;
    }, q);
    await page.waitForTimeout(300);
    const mine = sizes.slice(theirs.length === 0 ? 1 : before); // the first skips the empty test page
    theirs.push({ q, bytes: mine.reduce((a, b) => a + b, 0), requests: mine.length, total });
  }
} finally {
  await browser.close();
  await server.close();
}

// --- Report -----------------------------------------------------------------------------
const rows = QUERIES.map((q, i) => {
  const o = ours[i], p = theirs[i];
  return `| ${i === 0 ? 'first: ' : 'then: '}\`${q}\` | ${o.requests} | ${kb(o.bytes)} KB | ${p.requests} | ${kb(p.bytes)} KB | ${(o.bytes / p.bytes).toFixed(2)} | ${o.total} / ${p.total} |`;
});
const later = ours.slice(1);
const worstLater = Math.max(...later.map((o) => o.bytes));
const section = `## Search transfer at ${N.toLocaleString('en')} providers

Measured by \`node tests/browser/bench-search.mjs\` on ${new Date().toISOString().slice(0, 10)}: one generated
site (\`steunwijzer generate --providers ${N} --seed 1\`), steunwijzer's export and Pagefind 1.6.0 (indexing the
${N.toLocaleString('en')} provider pages only) side by side in one run. Bytes are what a browser downloads: gzip
of each file (or the file itself when it is already compressed), for the search and the data of the first 10
results; the HTML page itself is not counted. The first row includes the search scripts (steunwijzer:
\`stem-nl.js\`, \`search-engine.js\` and \`search.js\`; Pagefind: \`pagefind.js\`, its WebAssembly and entry files); later rows are
further queries in the same page, with what was loaded before cached.

| query | steunwijzer requests | steunwijzer bytes | Pagefind requests | Pagefind bytes | ratio | results (ours / Pagefind) |
|---|---|---|---|---|---|---|
${rows.join('\n')}

Budget (issue 3): a first one-word query at most 100 KB and at most half of Pagefind's; later queries at most
25 KB. Measured: first query ${kb(ours[0].bytes)} KB (${((ours[0].bytes / theirs[0].bytes) * 100).toFixed(0)}% of Pagefind's
${kb(theirs[0].bytes)} KB); the largest later query ${kb(worstLater)} KB. Result counts differ because the two
match differently (steunwijzer: all words, Dutch stems, prefix and typos; Pagefind: its own rules).

Build of the ${N.toLocaleString('en')}-provider site (\`steunwijzer build\`, release, including the index and the
export): ${buildSeconds.toFixed(1)} s. Pagefind indexing of the same pages: ${pagefindSeconds.toFixed(1)} s.
Machine: 2 cores; figures vary a little between runs, the byte counts do not.
`;

writeBenchmarkSection(section);
console.log(section);
const ok = ours[0].bytes <= 100 * 1024 && ours[0].bytes * 2 <= theirs[0].bytes && worstLater <= 25 * 1024;
if (!ok) { console.error('over budget'); process.exitCode = 1; }
