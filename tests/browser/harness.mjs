// The accessibility harness: builds a site, serves it on 127.0.0.1 and checks every page
// type in headless Chromium against WCAG 2.2 AA and the project's own rules. Prints a
// readable report and exits non-zero on any failure.
//
//   node tests/browser/harness.mjs [--root DIR] [--report DIR] [--no-lighthouse]
//
// Checks: axe-core (WCAG 2.0/2.1/2.2 A and AA tags) at 320, 768 and 1280 px and in dark
// mode; the Nu HTML Checker; no horizontal scrolling at 320 px, at 200% zoom and at 200%
// text size; target size (SC 2.5.8); only requests to the site itself; no render-blocking
// scripts and one stylesheet; Lighthouse (mobile) accessibility, best practices and SEO,
// layout shift, requests and bytes; two keyboard journeys with visible focus; reduced
// motion, forced colours and print; page weight. Screenshots of each page type at 320 and
// 1280 px go to the report folder.
//
// Nothing here depends on how fast the machine is: a busy machine must pass as an idle one
// does. Lighthouse's performance score and its timings are reported, never gated (their
// figures are in docs/benchmarks.md, from bench-lighthouse.mjs).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BIN, REPO, screenshot, serve, tempDir } from './lib.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const VNU = require('vnu-jar');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const VIEWPORTS = [
  { name: '320', width: 320, height: 640 },
  { name: '768', width: 768, height: 1024 },
  { name: '1280', width: 1280, height: 800 },
];
const WEIGHT_LIMIT = 30 * 1024;
// The search page carries its messages in the page's language (issue 27: the JSON block
// of js-… messages, 706 bytes gzipped, and say.js, 539), which took it from 29.9 to 31.1 KB;
// then the web fonts' rules for the example's Arabic and Tigrinya words (252 bytes in the
// stylesheet) and the translated summaries' list in the entry file and their handling in
// the scripts (about 0.35 KB) to 31.7 KB. A Dutch page loads no translated summary.
// Then "Mijn lijst" (issue 28): every page loads js/site.js (the messages' reader and the
// list's script, joined: one request) with the list's messages, and every card has its
// button; that took the search page from 31.7 to 33.9 KB and the other pages by about 2 KB.
const SEARCH_WEIGHT_LIMIT = 35 * 1024;
const weightLimit = (type) => (type === 'search' ? SEARCH_WEIGHT_LIMIT : WEIGHT_LIMIT);
const LIGHTHOUSE_PAGES = ['home', 'life-domain', 'provider', 'search'];
// Lighthouse's limits that do not depend on the machine's speed. Layout shift: the "good"
// bar of Web Vitals. Requests and bytes (as transferred, uncompressed by the test server):
// the search page loads its scripts and the index shards a query needs.
const LIGHTHOUSE_LIMITS = { cls: 0.1, requests: { search: 30, other: 5 }, bytes: 150 * 1024 };
// Lighthouse audits about the page itself, not its speed: each must pass.
const LIGHTHOUSE_STATIC_AUDITS = ['unsized-images', 'no-document-write', 'uses-passive-event-listeners', 'viewport'];
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic'];

const wire = (buf) => Math.min(buf.length, gzipSync(buf).length);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** Day names and times that break inside the word (a word whose letters stand on two
 *  lines): "maanda/g", "09:3/0". Each word of a day cell and each time is measured. */
async function brokenWords(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('.hours th, .time')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const re = /\S+/g;
        for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(`"${m[0]}" breaks inside the word`);
        }
      }
    }
    return out;
  });
}

/** The page types of a built site (at `site`, output in `out`), as paths below its root. */
function pageTypes(site, out) {
  const dirs = (d) => readdirSync(join(out, d), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const reserved = new Set(['admin', 'aanmelden', 'aanbieders', 'levensgebieden', 'zoeken', 'assets', 'search', 'schema', 'gids', 'kiosk', 'downloads', 'data', 'situaties', 'mijn-lijst']);
  // The other interface languages' trees (en/, ar/) are the site again, not a free page.
  const language = (d) => existsSync(join(out, d, 'zoeken', 'index.html'));
  // The life domain with the most providers, so the page has a list to check.
  const cards = (d) => readFileSync(join(out, 'levensgebieden', d, 'index.html'), 'utf8').split('class="card"').length;
  const domain = dirs('levensgebieden').reduce((best, d) => (cards(d) > cards(best) ? d : best));
  const provider = dirs('aanbieders')[0];
  const providerHtml = readFileSync(join(out, 'aanbieders', provider, 'index.html'), 'utf8');
  // Search for "schulden", as a resident would; on a site where that finds nothing, for
  // the first word of the first provider's name, which always has results.
  const found = JSON.parse(execFileSync(BIN, ['search', 'schulden', '--json', '--root', site])).total > 0;
  const h1 = /<h1>([^<]*)<\/h1>/.exec(providerHtml)[1];
  const query = found ? 'schulden' : h1.split(/\s+/).find((w) => w.length > 2) || h1;
  return {
    // The home page as residents reach it: the site's address itself.
    home: '',
    'life-domain': `levensgebieden/${domain}/index.html`,
    provider: `aanbieders/${provider}/index.html`,
    'a-z': 'aanbieders/index.html',
    page: `${dirs('.').filter((d) => !reserved.has(d) && !language(d))[0]}/index.html`,
    // A provider's sign-up form ("Aanmelden als ondersteuner").
    ...(existsSync(join(out, 'aanmelden')) ? { signup: 'aanmelden/index.html' } : {}),
    // A resident's own list ("Mijn lijst"), empty: what a first visit shows.
    'my-list': 'mijn-lijst/index.html',
    search: `zoeken/index.html?q=${encodeURIComponent(query)}`,
    404: 'deze-pagina-bestaat-niet/',
    // A life situation, on a site that has them (content/situaties.yaml).
    ...(existsSync(join(out, 'situaties')) ? { situation: `situaties/${dirs('situaties')[0]}/index.html` } : {}),
  };
}

/** Waits until a page is ready to check (the search page: its results shown). */
async function settle(page, type) {
  if (type === 'search') {
    // Generous: a busy machine is slow, not wrong.
    await page.waitForFunction(() => document.querySelectorAll('.search__results li').length > 0, null, { timeout: 120000 });
  }
  // A list page's filters, open: their radio buttons are checked like the rest.
  await page.$$eval('.list-filters details', (ds) => ds.forEach((d) => { d.open = true; }));
  // The list page as a resident who chose a provider sees it: the run's provider on the
  // list (in this browser's storage, as the button puts it there), then its entry shown.
  if (type === 'my-list') {
    const empty = await page.evaluate((slug) => {
      if (localStorage.getItem('steunwijzer-mijn-lijst')) return false;
      localStorage.setItem('steunwijzer-mijn-lijst', JSON.stringify([slug]));
      return true;
    }, settle.listed);
    if (empty) await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.my-list__entry').length > 0, null, { timeout: 120000 });
  }
  await page.evaluate(() => document.fonts.ready);
}

// Evaluated through the DevTools protocol, which the page's Content-Security-Policy does
// not govern (an injected <script> tag would be refused, as it should be).
const AXE_SOURCE = readFileSync(AXE, 'utf8');

export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, url: v.helpUrl, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }));
  }, AXE_TAGS);
}

/** Resources that hold up the first paint: stylesheets, and scripts in the head that are
 *  neither deferred nor async. */
async function renderBlocking(page) {
  return page.evaluate(() => ({
    stylesheets: document.querySelectorAll('link[rel~="stylesheet"]').length,
    scripts: [...document.head.querySelectorAll('script')].filter((s) => !s.defer && !s.async && s.type !== 'module').length,
  }));
}

async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * SC 2.5.8: targets of at least 24 by 24 px, or spaced so that a 24 px circle on each does
 * not touch another target. Links inside a sentence are exempt.
 */
async function smallTargets(page) {
  return page.evaluate(() => {
    const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    // Content of a closed <details> and the like is not on screen, whatever its box says.
    const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }); };
    const targets = [...document.querySelectorAll(sel)].filter(visible);
    const inSentence = (el) => {
      if (el.tagName !== 'A') return false;
      const block = el.closest('p, li, dd, td, label');
      if (!block) return false;
      const text = block.textContent.replace(el.textContent, '').trim();
      return text.length > 0 && getComputedStyle(el).display === 'inline';
    };
    const out = [];
    for (const el of targets) {
      const r = el.getBoundingClientRect();
      if ((r.width >= 24 && r.height >= 24) || inSentence(el)) continue;
      const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
      const clash = targets.find((o) => {
        if (o === el || o.contains(el) || el.contains(o)) return false;
        const q = o.getBoundingClientRect();
        const dx = Math.max(q.left - cx, 0, cx - q.right), dy = Math.max(q.top - cy, 0, cy - q.bottom);
        return Math.hypot(dx, dy) < 12;
      });
      if (clash) out.push(`${el.outerHTML.slice(0, 100)} is ${Math.round(r.width)}×${Math.round(r.height)} px and too close to ${clash.outerHTML.slice(0, 60)}`);
    }
    return out;
  });
}

async function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
    const r = el.getBoundingClientRect();
    return { tag: el.tagName, id: el.id, text: (el.textContent || el.value || '').trim().slice(0, 40), href: el.getAttribute('href') || '', ring, top: r.top + window.scrollY, visible: r.width > 0 && r.height > 0 };
  });
}

/** Tabs until `want(focus)` holds; returns the focus path. */
async function tabTo(page, want, label, fail, max = 60) {
  const path = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    if (!f) continue;
    path.push(f);
    if (!f.ring || !f.visible) fail(`${label}: focus on <${f.tag.toLowerCase()}> "${f.text}" is not visible`);
    if (want(f)) return path;
  }
  fail(`${label}: not reached with Tab after ${max} presses`);
  return null;
}

/**
 * Gates a Lighthouse result on what does not depend on the machine's speed, and notes the
 * rest. The performance score and its timings (total blocking time, largest contentful
 * paint) measure the machine as much as the page, so they are reported only.
 */
export function lighthouseChecks(lhr, type, fail, notes) {
  const cats = lhr.categories;
  const audits = lhr.audits;
  const score = (k) => Math.round(cats[k].score * 100);
  const cls = audits['cumulative-layout-shift'].numericValue;
  const requests = audits['network-requests'].details.items.length;
  const bytes = audits['total-byte-weight'].numericValue;
  const ms = (id) => `${Math.round(audits[id].numericValue)} ms`;
  notes.push(`Lighthouse ${type}: accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
    `layout shift ${cls.toFixed(3)}, ${requests} requests, ${kb(bytes)}; not gated: performance ${score('performance')} ` +
    `(total blocking time ${ms('total-blocking-time')}, largest contentful paint ${ms('largest-contentful-paint')})`);
  for (const k of ['accessibility', 'best-practices', 'seo']) {
    if (score(k) < 100) {
      const failed = cats[k].auditRefs.map((r) => audits[r.id]).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
      fail('Lighthouse', type, `${k} ${score(k)} < 100: ${failed.map((a) => `${a.id} (${a.displayValue || a.score})`).join(', ')}`);
    }
  }
  if (cls > LIGHTHOUSE_LIMITS.cls) fail('Lighthouse', type, `layout shift ${cls.toFixed(3)} > ${LIGHTHOUSE_LIMITS.cls}`);
  const maxRequests = LIGHTHOUSE_LIMITS.requests[type] ?? LIGHTHOUSE_LIMITS.requests.other;
  if (requests > maxRequests) fail('Lighthouse', type, `${requests} requests > ${maxRequests}`);
  if (bytes > LIGHTHOUSE_LIMITS.bytes) fail('Lighthouse', type, `${kb(bytes)} transferred > ${kb(LIGHTHOUSE_LIMITS.bytes)}`);
  for (const id of LIGHTHOUSE_STATIC_AUDITS) {
    const a = audits[id];
    if (a && a.score !== null && a.score < 1) fail('Lighthouse', type, `${id}: ${a.title}`);
  }
}

export async function runHarness({ root = REPO, reportDir = join(REPO, 'tests', 'browser', 'artifacts', 'harness'), useLighthouse = true } = {}) {
  const failures = [];
  const fail = (check, where, message) => failures.push({ check, where, message });
  const notes = [];
  mkdirSync(reportDir, { recursive: true });

  // Serve first, so the site can be built for the address it is served at.
  const tmp = tempDir('steunwijzer-harness-');
  const out = join(tmp, 'public');
  const server = await serve(out, '/');
  let site = resolve(root);
  if (site === REPO) {
    // A build writes the search index into the site root: keep the repository clean.
    for (const part of ['content', 'themes', 'site.yaml']) cpSync(join(REPO, part), join(tmp, 'site', part), { recursive: true });
    site = join(tmp, 'site');
  }
  execFileSync(BIN, ['build', '--root', site, '--output', out, '--base-url', server.url], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, STEUNWIJZER_TODAY: process.env.STEUNWIJZER_TODAY || '2026-11-24' },
  });
  const types = pageTypes(site, out);
  settle.listed = types.provider.split('/')[1];
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`] });
  const origin = new URL(server.url).origin;
  const weights = {};

  try {
    // --- every page type at three widths ------------------------------------------------
    for (const [type, path] of Object.entries(types)) {
      for (const vp of VIEWPORTS) {
        const where = `${type} at ${vp.width} px`;
        const page = await browser.newPage({ viewport: { width: vp.width, height: vp.height } });
        const bodies = [];
        page.on('request', (r) => {
          const u = new URL(r.url());
          if (u.origin !== origin && u.protocol !== 'data:') fail('third-party', where, `request to ${r.url()}`);
        });
        page.on('response', (r) => bodies.push(r.body().then(wire, () => 0)));
        const response = await page.goto(server.url + path);
        const expected = type === '404' ? 404 : 200;
        if (response.status() !== expected) fail('status', where, `answered ${response.status()}, expected ${expected}`);
        await settle(page, type);
        for (const v of await axe(page)) fail('axe-core', where, `${v.id}: ${v.help} (${v.url})\n      ${v.nodes.join('\n      ')}`);
        if (vp.width === 320) {
          const o = await overflow(page);
          if (o > 0) fail('reflow', where, `scrolls sideways by ${o} px`);
        }
        for (const t of await smallTargets(page)) fail('target size', where, t);
        if (vp.width !== 768) await screenshot(page, { path: join(reportDir, `${type}-${vp.width}.png`), fullPage: true });
        if (vp.width === 1280) {
          await page.waitForLoadState('networkidle');
          weights[type] = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
          if (weights[type] > weightLimit(type)) fail('page weight', type, `${kb(weights[type])} transferred, limit ${kb(weightLimit(type))}`);
          const blocking = await renderBlocking(page);
          if (blocking.stylesheets > 1 || blocking.scripts > 0) {
            fail('render-blocking', type, `${blocking.stylesheets} stylesheets and ${blocking.scripts} blocking scripts in the head (at most one stylesheet, no such scripts)`);
          }
        }
        await page.close();
      }

      // 200% zoom of a 1280 px window (640 CSS px) and 200% text size.
      for (const [label, setup] of [
        ['200% zoom', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
        ['200% text size', { viewport: { width: 1280, height: 800 } }],
      ]) {
        const page = await browser.newPage(setup);
        await page.goto(server.url + path);
        await settle(page, type);
        // Through the CSSOM: the page's Content-Security-Policy refuses an injected <style>.
        if (label === '200% text size') await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
        const o = await overflow(page);
        if (o > 0) fail('reflow', `${type} at ${label}`, `scrolls sideways by ${o} px`);
        await page.close();
      }

      // The browser's default font size raised to 150% and 200% (24 and 32 px), as people
      // with low vision set it, on the narrowest phones: no sideways scrolling.
      for (const width of [320, 360]) {
        for (const size of [24, 32]) {
          const page = await browser.newPage({ viewport: { width, height: 640 } });
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: Math.round(size * 13 / 16) } });
          await page.goto(server.url + path);
          await settle(page, type);
          const o = await overflow(page);
          if (o > 0) fail('reflow', `${type} at ${width} px with a default font size of ${size} px`, `scrolls sideways by ${o} px`);
          for (const w of await brokenWords(page)) fail('broken-word', `${type} at ${width} px with a default font size of ${size} px`, w);
          if (width === 320 && size === 24) await screenshot(page, { path: join(reportDir, `${type}-320-font-150.png`), fullPage: true });
          await page.close();
        }
      }

      // Dark mode must pass contrast too.
      const dark = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
      await dark.goto(server.url + path);
      await settle(dark, type);
      for (const v of await axe(dark)) fail('axe-core', `${type} in dark mode`, `${v.id}: ${v.help}\n      ${v.nodes.join('\n      ')}`);
      await screenshot(dark, { path: join(reportDir, `${type}-1280-dark.png`), fullPage: true });
      await dark.close();
    }

    // --- Nu HTML Checker ------------------------------------------------------------------
    const files = Object.entries(types).map(([type, path]) => [type, type === '404' ? join(out, '404.html') : join(out, path.split('?')[0] || 'index.html')]);
    try {
      const report = JSON.parse(execFileSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', '--exit-zero-always', ...files.map((f) => f[1])], { stdio: ['ignore', 'pipe', 'pipe'] }).toString() || '{"messages":[]}');
      for (const m of report.messages) {
        const type = files.find((f) => m.url && m.url.endsWith(f[1].replace(/\\/g, '/')))?.[0] || m.url;
        fail('Nu HTML Checker', type, `line ${m.lastLine}: ${m.message}`);
      }
    } catch (e) {
      // vnu prints its JSON report on stderr.
      const text = (e.stderr || '').toString();
      const report = text.trim().startsWith('{') ? JSON.parse(text) : null;
      if (!report) fail('Nu HTML Checker', 'all', `could not run java -jar vnu.jar: ${e.message}`);
      else for (const m of report.messages.filter((x) => x.type === 'error')) {
        const type = files.find((f) => m.url && m.url.endsWith(f[1]))?.[0] || m.url;
        fail('Nu HTML Checker', type, `line ${m.lastLine}: ${m.message}`);
      }
    }

    // --- keyboard journeys -----------------------------------------------------------------
    {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const where = 'journey: home → search → result → phone';
      await page.goto(server.url);
      await page.keyboard.press('Tab');
      const first = await focusInfo(page);
      if (!first || first.href !== '#inhoud') fail('keyboard', where, `the first Tab does not land on the skip link but on ${JSON.stringify(first)}`);
      else if (!first.ring) fail('keyboard', where, 'the skip link has no visible focus');
      // The home page's search field is in its content (the header's elsewhere).
      if (await tabTo(page, (f) => f.id === 'zoekterm' || f.id === 'site-zoek', where, (m) => fail('keyboard', where, m))) {
        const word = decodeURIComponent(types.search.split('q=')[1]);
        await page.keyboard.type(word);
        await page.keyboard.press('Enter');
        await page.waitForURL(/zoeken/);
        await settle(page, 'search');
        const path = await tabTo(page, (f) => f.href.includes('aanbieders/') && f.href !== 'aanbieders/index.html' && !f.href.endsWith('../aanbieders/index.html'), where, (m) => fail('keyboard', where, m), 80);
        if (path) {
          await page.keyboard.press('Enter');
          await page.waitForURL(/aanbieders\/[^/]+\/index\.html/);
          const hasPhone = await page.locator('main a[href^="tel:"]').count();
          if (hasPhone) await tabTo(page, (f) => f.href.startsWith('tel:'), where, (m) => fail('keyboard', where, m));
          else notes.push(`${where}: the first result has no phone number; the journey ends on its page`);
        }
      }
      if (await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count()) fail('keyboard', 'all', 'a positive tabindex changes the reading order');
      await page.close();
    }
    {
      const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
      const where = 'journey: home → life domain → provider';
      await page.goto(server.url);
      const path = await tabTo(page, (f) => f.href === types['life-domain'], where, (m) => fail('keyboard', where, m));
      if (path) {
        const tops = path.map((f) => f.top);
        if (tops.some((t, i) => i > 0 && t < tops[i - 1] - 1 && path[i].tag !== 'A')) fail('keyboard', where, 'focus jumps back up the page');
        await page.keyboard.press('Enter');
        await page.waitForURL(/levensgebieden\//);
        if (await tabTo(page, (f) => /^\.\.\/\.\.\/aanbieders\/[^/]+\/index\.html$/.test(f.href), where, (m) => fail('keyboard', where, m), 80)) {
          await page.keyboard.press('Enter');
          await page.waitForURL(/aanbieders\/[^/]+\/index\.html/);
          if ((await page.locator('h1').count()) !== 1) fail('keyboard', where, 'the provider page did not open');
        }
      }
      await page.close();
    }

    // --- modes -------------------------------------------------------------------------------
    for (const type of ['home', 'provider', 'search']) {
      const path = types[type];
      const reduced = await browser.newPage({ reducedMotion: 'reduce' });
      await reduced.goto(server.url + path);
      await settle(reduced, type);
      const motion = await reduced.evaluate(() => ({ animations: document.getAnimations().length, smooth: getComputedStyle(document.documentElement).scrollBehavior }));
      if (motion.animations || motion.smooth === 'smooth') fail('reduced motion', type, `still moves: ${JSON.stringify(motion)}`);
      await reduced.close();

      const forced = await browser.newPage({ forcedColors: 'active', viewport: { width: 1280, height: 800 } });
      await forced.goto(server.url + path);
      await settle(forced, type);
      const hidden = await forced.evaluate(() => [...document.querySelectorAll('main a[href], main button, main input, main summary')]
        .filter((el) => !el.closest('[hidden], noscript, details:not([open]) > :not(summary)'))
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width === 0 || r.height === 0; }).map((el) => el.outerHTML.slice(0, 80)));
      for (const h of hidden) fail('forced colours', type, `control not shown: ${h}`);
      await forced.keyboard.press('Tab');
      const f = await focusInfo(forced);
      if (!f || !f.ring) fail('forced colours', type, 'focus is not visible');
      await screenshot(forced, { path: join(reportDir, `${type}-1280-forced-colours.png`) });
      await forced.close();

      const print = await browser.newPage();
      await print.goto(server.url + path);
      await settle(print, type);
      await print.emulateMedia({ media: 'print' });
      const printed = await print.evaluate(() => ({ h1: !!document.querySelector('main h1')?.offsetHeight, text: document.querySelector('main').innerText.length }));
      if (!printed.h1 || printed.text < 50) fail('print', type, `the content is not printed: ${JSON.stringify(printed)}`);
      await print.pdf({ path: join(reportDir, `${type}-print.pdf`) });
      await print.close();
    }

    // --- Lighthouse (mobile) ---------------------------------------------------------------------
    if (useLighthouse) {
      const { default: lighthouse } = await import('lighthouse');
      for (const type of LIGHTHOUSE_PAGES) {
        const { lhr } = await lighthouse(server.url + types[type], { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        lighthouseChecks(lhr, type, fail, notes);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const lines = [`Accessibility harness: ${Object.keys(types).length} page types of ${site}`, ''];
  lines.push('Page weight (HTML + CSS + JS and search data, gzip, at 1280 px):');
  for (const [t, w] of Object.entries(weights)) lines.push(`  ${t.padEnd(12)} ${kb(w).padStart(8)}${w > weightLimit(t) ? '  over the limit' : ''}`);
  lines.push('', ...notes, '');
  if (failures.length === 0) {
    lines.push('All checks passed: axe-core, Nu HTML Checker, reflow, target size, own-origin requests, render-blocking',
      `resources, keyboard journeys, modes, page weight${useLighthouse ? ', Lighthouse (all but the timings)' : ''}.`);
  } else {
    lines.push(`${failures.length} problem${failures.length === 1 ? '' : 's'}:`);
    for (const f of failures) lines.push(`✘ [${f.check}] ${f.where}: ${f.message}`);
  }
  lines.push('', `Screenshots and print PDFs: ${reportDir}`);
  const report = lines.join('\n');
  writeFileSync(join(reportDir, 'report.txt'), report + '\n');
  return { failures, report, weights };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const { failures, report } = await runHarness({
    root: arg('--root') ? resolve(arg('--root')) : REPO,
    reportDir: arg('--report') ? resolve(arg('--report')) : undefined,
    useLighthouse: !process.argv.includes('--no-lighthouse'),
  });
  console.log(report);
  process.exitCode = failures.length ? 1 : 0;
}
