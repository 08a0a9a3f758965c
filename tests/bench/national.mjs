// Benchmark at national scale (issues 14 and 30): steunwijzer's build with the editions off
// and its default build (every edition) against Hugo + Pagefind on the same generated
// providers, the live preview, and the search in Chromium. Prints absolute figures, ratios
// and a pass/fail line per budget; never fails on a timing.
//
//   node tests/bench/national.mjs [--sizes 1000,10000,100000] [--rounds 2] [--edits 20]
//                                 [--hugo-max 10000] [--write]
//   node tests/bench/national.mjs --smoke     # 300 providers, one round, 3 edits (CI)
//
// Needs a release build (STEUNWIJZER_BIN or target/release/steunwijzer), Chromium and
// the npm tools of tests/browser (npm ci there). Installs Hugo (Debian package) and GNU
// time when missing, and runs Pagefind through npx. `--write` puts the report into
// docs/benchmarks.md. Machines are noisy: the tools run alternately, and the ratios of
// one run are what to compare.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, launch, liveServer, serve, writeBenchmarkSection } from '../browser/lib.mjs';
import { queryTransfer, wire } from '../browser/engine.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const SMOKE = flag('--smoke');
const SIZES = (option('--sizes', SMOKE ? '300' : '1000,10000,100000')).split(',').map(Number);
const ROUNDS = Number(option('--rounds', SMOKE ? 1 : 2));
const EDITS = Number(option('--edits', SMOKE ? 3 : 20));
const HUGO_MAX = Number(option('--hugo-max', 10000));
const SERVE_MAX = Number(option('--serve-max', 10000));
const BIN = process.env.STEUNWIJZER_BIN || join(REPO, 'target', 'release', 'steunwijzer');
const PAGEFIND = 'pagefind@1.6.0';
const QUERIES = ['schulden', 'mantelzorg', 'huur', 'werk zoeken', 'dementie', 'eenzaamheid'];
const WORK = mkdtempSync(join(tmpdir(), 'steunwijzer-national-'));
// The sites are gigabytes at 100,000 providers: removed even when a step fails.
process.on('exit', () => rmSync(WORK, { recursive: true, force: true }));

const log = (...a) => console.log(...a);
const sec = (s) => `${s.toFixed(1)} s`;
const mib = (k) => `${Math.round(k / 1024)} MiB`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x) => `${Math.round(x)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];

// --- tools --------------------------------------------------------------------------------
function install(pkgs) {
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  log(`installing ${pkgs.join(' ')} (Debian packages)`);
  const run = (args) => execFileSync(sudo[0] || args[0], sudo.length ? args : args.slice(1), {
    stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...pkgs]);
}
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const need = [];
if (!has('hugo')) need.push('hugo');
if (!existsSync('/usr/bin/time')) need.push('time');
if (need.length) install(need);
if (!existsSync(BIN)) throw new Error(`no binary at ${BIN}; run cargo build --release`);
const hugoVersion = execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim().split(' ').slice(0, 2).join(' ');

/** Runs a command under GNU time: wall, user and system seconds, peak memory (KiB). */
function timed(cmd, args, opts = {}) {
  const out = join(WORK, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const [wall, user, sys, peak] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  return { wall, user, sys, cpu: user + sys, peak };
}
const sum = (a, b) => ({ wall: a.wall + b.wall, user: a.user + b.user, sys: a.sys + b.sys, cpu: a.cpu + b.cpu, peak: Math.max(a.peak, b.peak) });

// --- the sites ----------------------------------------------------------------------------
/** The editions a municipality's default build makes, turned off: the build Hugo + Pagefind
 *  are compared with (issue 30 item 4) and the default build is held to (item 1). */
const EDITIONS_OFF = 'print:\n  enabled: false\nkiosk:\n  enabled: false\noffline:\n  enabled: false\nopen_data:\n  enabled: false\n';

/** A generated site, and its site.yaml with every edition on (as generated) and off. */
function site(n) {
  const root = join(WORK, `site-${n}`);
  execFileSync(BIN, ['generate', '--providers', String(n), '--out', root, '--seed', '1'], { stdio: 'ignore' });
  const yaml = readFileSync(join(root, 'site.yaml'), 'utf8');
  return { root, yaml: { default: yaml, off: yaml + EDITIONS_OFF } };
}

/** The same providers as a Hugo site with minimal templates: a page per provider, one per
 *  life domain, the lists, and a search page for Pagefind. */
function hugoSite(root, n) {
  const h = join(WORK, `hugo-${n}`);
  mkdirSync(join(h, 'content'), { recursive: true });
  cpSync(join(root, 'content', 'providers'), join(h, 'content', 'aanbieders'), { recursive: true });
  writeFileSync(join(h, 'content', 'zoeken.md'), '---\ntitle: Zoeken\nlayout: search\n---\n');
  writeFileSync(join(h, 'hugo.toml'), [
    'baseURL = "https://example.org/"', 'languageCode = "nl"', 'title = "Steunwijzer (Hugo)"',
    'disableKinds = ["RSS", "sitemap", "robotsTXT"]', '[taxonomies]', 'levensgebied = "life_domains"', '',
  ].join('\n'));
  const layouts = {
    'baseof.html': '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{ .Title }}{{ .Params.name }}</title></head><body><nav><a href="/">Start</a> <a href="/zoeken/">Zoeken</a></nav>{{ block "main" . }}{{ end }}</body></html>',
    'single.html': '{{ define "main" }}<main data-pagefind-body><h1>{{ .Params.name }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}<ul>{{ range .Params.life_domains }}<li><a href="/levensgebied/{{ . }}/">{{ . }}</a></li>{{ end }}</ul>{{ with .Params.contact }}<p>{{ .phone }} {{ .email }}</p>{{ end }}</main>{{ end }}',
    'list.html': '{{ define "main" }}<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.name }}{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul></main>{{ end }}',
    'search.html': '{{ define "main" }}<main><link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script><div id="search"></div><script>addEventListener("DOMContentLoaded",()=>new PagefindUI({element:"#search"}))</script></main>{{ end }}',
  };
  mkdirSync(join(h, 'layouts', '_default'), { recursive: true });
  for (const [f, t] of Object.entries(layouts)) writeFileSync(join(h, 'layouts', '_default', f), t);
  writeFileSync(join(h, 'layouts', '404.html'), '<!DOCTYPE html><html lang="nl"><title>Niet gevonden</title><p>Niet gevonden</p></html>');
  return h;
}

// --- full builds, alternating ------------------------------------------------------------
/** Per round: the build with the editions off and the default build (every edition), each
 *  from nothing, and Hugo + Pagefind, in turn; then each of the two again over its output. */
function builds(n, s, h) {
  const ours = { off: [], default: [] }, theirs = [];
  const out = (kind) => join(s.root, kind === 'default' ? 'public' : 'public-off');
  const swBuild = (kind, fresh = true) => {
    writeFileSync(join(s.root, 'site.yaml'), s.yaml[kind]);
    if (fresh) rmSync(out(kind), { recursive: true, force: true });
    rmSync(join(s.root, 'search-index'), { recursive: true, force: true });
    const t = timed(BIN, ['build', '--root', s.root, '--output', out(kind)]);
    if (fresh) ours[kind].push(t); else ours[kind].again = t;
    log(`  steunwijzer build, ${kind === 'off' ? 'editions off' : 'every edition'}${fresh ? '' : ', again'}: ${sec(t.wall)} wall, ${sec(t.cpu)} CPU, ${mib(t.peak)}`);
  };
  const hugoBuild = () => {
    rmSync(join(h, 'public'), { recursive: true, force: true });
    const hugo = timed('hugo', ['--quiet', '--source', h]);
    const pf = timed('npx', ['--yes', PAGEFIND, '--site', join(h, 'public')]);
    theirs.push({ ...sum(hugo, pf), hugoPeak: hugo.peak, hugoWall: hugo.wall, pfWall: pf.wall });
    log(`  hugo + pagefind: ${sec(hugo.wall)} + ${sec(pf.wall)} wall, ${sec(theirs.at(-1).cpu)} CPU, Hugo ${mib(hugo.peak)}`);
  };
  if (h) execFileSync('npx', ['--yes', PAGEFIND, '--version'], { stdio: 'ignore' }); // the download is not timed
  // At 100,000 one round: the default build takes half an hour.
  for (let r = 0; r < (n >= 100000 ? 1 : ROUNDS); r++) {
    const steps = [() => swBuild('off'), () => swBuild('default'), ...(h ? [hugoBuild] : [])];
    for (const step of r % 2 === 0 ? steps : steps.reverse()) step();
  }
  // Again over the previous output, nothing changed (what an editor's CI does on every change).
  swBuild('off', false);
  swBuild('default', false);
  rmSync(out('off'), { recursive: true, force: true });
  return { ours, theirs };
}

// --- the live preview --------------------------------------------------------------------
async function preview(root, n) {
  const server = await liveServer(BIN, root);
  try {
    const measure = async (file, edit, page, edits = EDITS) => {
      const signal = [], served = [];
      let correct = 0;
      for (let i = 0; i < edits; i++) {
        const marker = `Bankmarker${i}x`;
        const reloaded = server.reload();
        const t0 = performance.now();
        writeFileSync(file, edit(readFileSync(file, 'utf8'), marker));
        await reloaded;
        signal.push(performance.now() - t0);
        if (page) {
          const html = await server.text(page);
          served.push(performance.now() - t0);
          if (html.includes(marker)) correct++;
        }
        await new Promise((ok) => setTimeout(ok, 100));
      }
      return { signal, served, correct };
    };
    // A provider in the middle of the list (`generate` names them aanbieder-00001, …).
    const slug = `aanbieder-${String(Math.ceil(n / 2)).padStart(5, '0')}`;
    const provider = join(root, 'content', 'providers', `${slug}.md`);
    const append = (t, m) => `${t.trimEnd()} Aanpassing ${m}.\n`;
    const one = await measure(provider, append, `aanbieders/${slug}/`);
    const page = await measure(join(root, 'content', 'pages', 'over.md'), append, 'over/');
    mkdirSync(join(root, 'static', 'css'), { recursive: true });
    const css = join(root, 'static', 'css', '90-bench.css');
    writeFileSync(css, '');
    await new Promise((ok) => setTimeout(ok, 3000));
    // A stylesheet changes no page (the preview names it without a hash).
    const theme = await measure(css, (_, m) => `/* ${m} */\n`, null, Math.min(EDITS, 5));
    // A template: every page is rendered again, so fewer edits (seconds each at 10,000).
    mkdirSync(join(root, 'templates'), { recursive: true });
    const template = join(root, 'templates', 'page.html');
    writeFileSync(template, readFileSync(join(REPO, 'themes', 'default', 'templates', 'page.html'), 'utf8'));
    await new Promise((ok) => setTimeout(ok, 3000));
    const templates = await measure(template, (t, m) => `${t.replace(/\{# bench .* #\}\n$/, '')}{# bench ${m} #}\n`, null, Math.min(EDITS, 5));
    return { one, page, theme, templates };
  } finally {
    server.stop();
  }
}

// --- search in Chromium ------------------------------------------------------------------
async function search(n, root, h) {
  const out = join(root, 'public');
  const ours = await queryTransfer(out, QUERIES);
  const browser = await launch();
  const servers = [];
  try {
    // Ours: the search page, a query submitted, until the results are shown (cards and all;
    // Pagefind's time below is its API only, without showing anything).
    const s = await serve(out, '/'); servers.push(s);
    const page = await browser.newPage();
    await page.goto(s.url + 'zoeken/index.html');
    // As a person does: the field gets focus first (the page then loads the entry file).
    await page.focus('#zoekterm');
    await page.waitForTimeout(500);
    for (const o of ours) {
      o.ms = await page.evaluate(async (q) => {
        const list = document.querySelector('.search__results'), input = document.querySelector('#zoekterm');
        const before = list.innerHTML;
        const t0 = performance.now();
        input.value = q;
        input.form.requestSubmit();
        await new Promise((ok) => { const check = () => (list.children.length && list.innerHTML !== before ? ok() : requestAnimationFrame(check)); check(); });
        return performance.now() - t0;
      }, o.q);
    }
    if (!h) return { ours };
    // Pagefind: its API in a page of the Hugo site, the first 10 results' data loaded.
    const p = await serve(join(h, 'public'), '/'); servers.push(p);
    const pf = await browser.newPage();
    const sizes = [];
    pf.on('response', async (r) => { try { if (r.url().includes('/pagefind/')) sizes.push(wire(await r.body())); } catch { /* no body */ } });
    await pf.goto(p.url + 'zoeken/');
    await pf.evaluate(async () => { window.pfApi = await import('/pagefind/pagefind.js'); await window.pfApi.options({}); });
    const theirs = [];
    let start = 0;
    for (const q of QUERIES) {
      const r = await pf.evaluate(async (query) => {
        const t0 = performance.now();
        const res = await window.pfApi.search(query);
        await Promise.all(res.results.slice(0, 10).map((x) => x.data()));
        return { total: res.results.length, ms: performance.now() - t0 };
      }, q);
      await pf.waitForTimeout(300);
      const mine = sizes.slice(start); start = sizes.length;
      theirs.push({ q, ...r, bytes: mine.reduce((a, b) => a + b, 0), requests: mine.length });
    }
    return { ours, theirs };
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

// --- the run -----------------------------------------------------------------------------
const budgets = [];
const budget = (name, ok, figure) => { budgets.push(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${figure}`); };
const report = [];
log(`steunwijzer ${execFileSync(BIN, ['--version'], { encoding: 'utf8' }).trim()}, ${hugoVersion}, ${PAGEFIND}; work folder ${WORK}`);
for (const n of SIZES) {
  log(`\n${n.toLocaleString('en')} providers`);
  const st = site(n), root = st.root;
  const h = n <= HUGO_MAX ? hugoSite(root, n) : null;
  const b = builds(n, st, h);
  const best = (xs, k) => Math.min(...xs.map((x) => x[k]));
  const peak = (xs) => Math.max(...xs.map((x) => x.peak));
  const row = { n, ours: b.ours, theirs: b.theirs, files: countFiles(join(root, 'public')) };
  const off = best(b.ours.off, 'wall'), every = best(b.ours.default, 'wall');
  row.editions = every / off;
  const k = `${n / 1000}k`;
  if (n === 10000 || n === 100000) {
    budget(`${k} default build (every edition) wall <= 2 x editions off`, row.editions <= 2, `${row.editions.toFixed(1)} (${sec(every)} against ${sec(off)})`);
    const limit = n === 10000 ? 1024 * 1024 : 4 * 1024 * 1024;
    const again = b.ours.default.again.wall / b.ours.off.again.wall;
    budget(`${k} default build again, nothing changed, wall <= 2 x editions off again`, again <= 2, `${again.toFixed(1)} (${sec(b.ours.default.again.wall)} against ${sec(b.ours.off.again.wall)})`);
    budget(`${k} default build peak <= ${n === 10000 ? '1' : '4'} GiB`, peak(b.ours.default) <= limit, mib(peak(b.ours.default)));
  }
  if (h) {
    row.ratio = off / best(b.theirs, 'wall');
    row.mem = peak(b.ours.off) / Math.max(...b.theirs.map((x) => x.hugoPeak));
    if (n === 10000) {
      budget('10k build, editions off, wall <= 0.25 x Hugo + Pagefind', row.ratio <= 0.25, row.ratio.toFixed(2));
      budget('10k peak memory, editions off, <= 0.5 x Hugo', row.mem <= 0.5, row.mem.toFixed(2));
    }
  }
  if (n === 100000) {
    budget('100k build, editions off, < 60 s', off < 60, sec(off));
  }
  if (n <= SERVE_MAX) {
    log('  live preview');
    row.preview = await preview(root, n);
    if (n === 10000) {
      const pv = row.preview;
      budget('10k serve: provider saved -> its page served with the change, median <= 300 ms', median(pv.one.served) <= 300, ms(median(pv.one.served)));
      budget('10k serve: the page correct after each edit', pv.one.correct === EDITS, `${pv.one.correct}/${EDITS}`);
      budget('10k serve: theme change (stylesheet) <= 3 s', median(pv.theme.signal) <= 3000, ms(median(pv.theme.signal)));
      budget('10k serve: theme change (template) <= 3 s', median(pv.templates.signal) <= 3000, ms(median(pv.templates.signal)));
      budget('10k serve: free page change <= 3 s', median(pv.page.signal) <= 3000, ms(median(pv.page.signal)));
    }
    execFileSync(BIN, ['build', '--root', root], { stdio: 'ignore' });
  }
  if (n >= 10000 || SMOKE) {
    log('  search in Chromium');
    row.search = await search(n, root, h);
    const o = row.search.ours, t = row.search.theirs;
    if (n === 10000 && t) {
      budget('10k search: first query <= 0.5 x Pagefind bytes', o[0].bytes <= 0.5 * t[0].bytes, `${kb(o[0].bytes)} vs ${kb(t[0].bytes)}`);
      budget('10k search: first results <= 100 ms on loopback', o[0].ms <= 100, ms(o[0].ms));
      const worst = Math.max(...o.slice(1).map((x) => x.bytes));
      budget('10k search: later queries <= 25 KB', worst <= 25 * 1024, kb(worst));
    }
  }
  report.push(row);
  rmSync(root, { recursive: true, force: true });
  if (h) rmSync(h, { recursive: true, force: true });
}

function countFiles(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(join(dir, e.name)) : 1;
  return n;
}

// --- the report --------------------------------------------------------------------------
const lines = [];
const run = (t) => `${sec(t.wall)}, ${sec(t.cpu)}, ${mib(t.peak)}`;
const bestOf = (xs) => xs.reduce((a, b) => (b.wall < a.wall ? b : a));
lines.push('| providers | files (every edition) | editions off: wall, CPU, peak | every edition (the default): wall, CPU, peak | again, nothing changed: off; every edition | Hugo + Pagefind: wall, CPU, Hugo peak | every edition / off | off / Hugo + Pagefind | off memory / Hugo |');
lines.push('|---|---|---|---|---|---|---|---|---|');
for (const r of report) {
  const t = r.theirs.length ? bestOf(r.theirs) : null;
  lines.push(`| ${r.n.toLocaleString('en')} | ${r.files.toLocaleString('en')} | ${run(bestOf(r.ours.off))} | ${run(bestOf(r.ours.default))} | ${sec(r.ours.off.again.wall)}; ${sec(r.ours.default.again.wall)} | ${t ? `${sec(t.wall)} (${sec(t.hugoWall)} + ${sec(t.pfWall)}), ${sec(t.cpu)}, ${mib(t.hugoPeak)}` : '—'} | ${r.editions.toFixed(1)} | ${r.ratio ? r.ratio.toFixed(2) : '—'} | ${r.mem ? r.mem.toFixed(2) : '—'} |`);
}
const previews = report.filter((r) => r.preview);
if (previews.length) {
  lines.push('', `| live preview (${EDITS} edits each) | save → reload signal: median, 90th | save → new page served: median, 90th | page correct |`, '|---|---|---|---|');
  for (const r of previews) {
    const pv = r.preview;
    lines.push(`| ${r.n.toLocaleString('en')}: one provider | ${ms(median(pv.one.signal))}, ${ms(p90(pv.one.signal))} | ${ms(median(pv.one.served))}, ${ms(p90(pv.one.served))} | ${pv.one.correct}/${EDITS} |`);
    lines.push(`| ${r.n.toLocaleString('en')}: a free page | ${ms(median(pv.page.signal))}, ${ms(p90(pv.page.signal))} | ${ms(median(pv.page.served))}, ${ms(p90(pv.page.served))} | ${pv.page.correct}/${EDITS} |`);
    lines.push(`| ${r.n.toLocaleString('en')}: the theme (a CSS file; ${pv.theme.signal.length} edits) | ${ms(median(pv.theme.signal))}, ${ms(p90(pv.theme.signal))} | — | — |`);
    lines.push(`| ${r.n.toLocaleString('en')}: the theme (a template; ${pv.templates.signal.length} edits) | ${ms(median(pv.templates.signal))}, ${ms(p90(pv.templates.signal))} | — | — |`);
  }
}
for (const r of report.filter((x) => x.search)) {
  const o = r.search.ours, t = r.search.theirs;
  lines.push('', `| search at ${r.n.toLocaleString('en')} | steunwijzer: requests, bytes, time to results | Pagefind: requests, bytes, time | bytes ratio | results (ours / Pagefind) |`, '|---|---|---|---|---|');
  o.forEach((x, i) => {
    const p = t && t[i];
    lines.push(`| ${i === 0 ? 'first' : 'then'}: \`${x.q}\` | ${x.requests}, ${kb(x.bytes)}, ${ms(x.ms)} | ${p ? `${p.requests}, ${kb(p.bytes)}, ${ms(p.ms)}` : '—'} | ${p ? (x.bytes / p.bytes).toFixed(2) : '—'} | ${x.total}${p ? ` / ${p.total}` : ''} |`);
  });
}
lines.push('', '```', ...(budgets.length ? budgets : ['(no budget is for these sizes: they are at 10,000 and 100,000 providers)']), '```');
const text = lines.join('\n');
log(`\n${text}`);
if (flag('--write')) {
  writeBenchmarkSection(`## National scale, every edition: one run of \`node tests/bench/national.mjs\`\n\nMeasured on ${new Date().toISOString().slice(0, 10)}` +
    ` (release build; ${hugoVersion}; ${PAGEFIND}; ${ROUNDS} rounds, the tools alternating; generated sites, \`--seed 1\`,` +
    ' 150–400 words per provider; each build from an empty output folder, then again over it). Command:' +
    ` \`node tests/bench/national.mjs ${argv.filter((a) => a !== '--write').join(' ')}\`.\n\n${text}\n`);
}
// Behaviour, not time: every edit must show on the page the preview serves.
const wrong = previews.filter((r) => r.preview.one.correct !== r.preview.one.signal.length || r.preview.page.correct !== r.preview.page.signal.length);
if (wrong.length) { console.error('the live preview served a page without the edit'); process.exitCode = 1; }
