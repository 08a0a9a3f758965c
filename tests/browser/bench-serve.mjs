// Benchmark: time from saving a file to the live-reload signal of `steunwijzer serve`, at
// 1,000 providers. Writes the "Live preview" section of docs/benchmarks.md.
//
//   node tests/browser/bench-serve.mjs [--providers 1000] [--runs 20]
//
// Needs a release build (cargo build --release).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, liveServer, writeBenchmarkSection, tempDir } from './lib.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const N = arg('--providers', 1000);
const RUNS = arg('--runs', 20);
const BIN = process.env.STEUNWIJZER_BIN || join(REPO, 'target', 'release', 'steunwijzer');

const dir = tempDir('steunwijzer-serve-bench-');
const root = join(dir, 'site');
execFileSync(BIN, ['generate', '--providers', String(N), '--out', root, '--seed', '1']);

const server = await liveServer(BIN, root);

async function measure(file, edit) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const before = readFileSync(file, 'utf8');
    const reloaded = server.reload();
    const t0 = performance.now();
    writeFileSync(file, edit(before, i));
    await reloaded;
    times.push(performance.now() - t0);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], max: times[times.length - 1] };
}

const provider = join(root, 'content', 'providers', 'aanbieder-00500.md');
const page = join(root, 'content', 'pages', 'over.md');
const one = await measure(provider, (t, i) => t.trimEnd() + ` Aanpassing ${i}.\n`);
const all = await measure(page, (t, i) => t.trimEnd() + ` Aanpassing ${i}.\n`);
server.stop();

const ms = (x) => `${Math.round(x)} ms`;
const section = `## Live preview: from saving a file to the reload signal

Measured by \`node tests/browser/bench-serve.mjs\` on ${new Date().toISOString().slice(0, 10)}: \`steunwijzer serve\`
(release build) on a generated site of ${N.toLocaleString('en')} providers; each run writes a file and waits for the
\`reload\` server-sent event; ${RUNS} runs each, 100 ms apart.

| change | median | 90th percentile | slowest |
|---|---|---|---|
| one provider (its text) | ${ms(one.median)} | ${ms(one.p90)} | ${ms(one.max)} |
| a free page (its text) | ${ms(all.median)} | ${ms(all.p90)} | ${ms(all.max)} |

Budget (issue 5): at most 200 ms for one provider. The time includes the 20 ms the watcher waits for an
editor's save to settle. What is done again per change (since issue 14): changed files are parsed and
validated again; the changed providers' words are analysed again and their postings replaced in the
in-memory index; only the changed pages are rendered when the lists and menus show nothing new of them
(see docs/architecture.md). The theme or site.yaml render everything.
`;

writeBenchmarkSection(section);
console.log(section);
if (one.p90 > 200) { console.error('over budget'); process.exitCode = 1; }
