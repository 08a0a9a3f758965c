// Shared helpers for the browser tests: build a site with the real binary, serve it on
// 127.0.0.1, and start Debian's Chromium through playwright-core.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve, extname, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const ARTIFACTS = process.env.ARTIFACTS_DIR || join(REPO, 'tests', 'browser', 'artifacts');

export const BIN = process.env.STEUNWIJZER_BIN || join(REPO, 'target', 'debug', 'steunwijzer');

/** Screenshots for people to look at are made by tests/look/screenshots.sh (which sets
 *  STEUNWIJZER_SCREENSHOTS=1), not by the test command: a full-page screenshot is a third
 *  of the browser tests' time and checks nothing. The pages are checked either way. */
export const SCREENSHOTS = process.env.STEUNWIJZER_SCREENSHOTS === '1';

/** `page.screenshot(options)` when screenshots are asked for. */
export async function screenshot(page, options) {
  if (SCREENSHOTS) await page.screenshot(options);
}

// Every folder a test makes goes when its process ends, passed or failed: a run of the
// suite made over a hundred, and nothing removed them.
const madeDirs = [];
process.on('exit', () => {
  for (const dir of madeDirs) {
    try { rmSync(dir, { recursive: true, force: true }); } catch { /* a server may still write into it */ }
  }
});

/** A new empty folder in the system's temporary folder, removed when the process ends. */
export function tempDir(prefix = 'steunwijzer-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/**
 * Builds the site at `root` (default: the bundled example) into a fresh folder and
 * returns the output folder; with `{ both: true }`, returns { root, out }. The example is
 * copied first, because a build also writes the site's search index into its root.
 */
export function buildSite(root = REPO, extraArgs = [], { both = false } = {}) {
  if (!existsSync(BIN)) throw new Error(`binary not found at ${BIN}; run cargo build first`);
  const tmp = tempDir('steunwijzer-');
  if (root === REPO) {
    for (const part of ['content', 'themes', 'site.yaml']) cpSync(join(REPO, part), join(tmp, 'site', part), { recursive: true });
    root = join(tmp, 'site');
  }
  const out = join(tmp, 'public');
  execFileSync(BIN, ['build', '--root', root, '--output', out, ...extraArgs], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, STEUNWIJZER_TODAY: process.env.STEUNWIJZER_TODAY || '2026-11-24' },
  });
  return both ? { root, out } : out;
}

/** The example with a kiosk that waits 5 s, then `countdown` s, and without the printed
 *  guide and the zip: for the idle reset on Playwright's fake clock. */
export function quickKiosk(countdown) {
  const root = join(tempDir('steunwijzer-kiosk-'), 'site');
  for (const part of ['content', 'themes', 'site.yaml']) cpSync(join(REPO, part), join(root, part), { recursive: true });
  const yaml = readFileSync(join(root, 'site.yaml'), 'utf8');
  const extra = `print:\n  enabled: false\noffline:\n  enabled: false\nkiosk:\n  idle_seconds: 5\n  countdown_seconds: ${countdown}\n`;
  writeFileSync(join(root, 'site.yaml'), yaml + extra);
  return buildSite(root);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2' };

/** Serves `dir` at http://127.0.0.1:<port><prefix>; resolves to { url, close }. */
export function serve(dir, prefix = '/') {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = null;
    if (path.startsWith(prefix)) {
      const rel = normalize(path.slice(prefix.length));
      const candidate = join(dir, rel);
      if (candidate.startsWith(dir + sep) || candidate === dir) {
        const target = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
        if (existsSync(target) && statSync(target).isFile()) file = target;
      }
    }
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(readFileSync(join(dir, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    ok({ url: `http://127.0.0.1:${server.address().port}${prefix}`, close: () => new Promise((c) => server.close(c)) });
  }));
}

/** Chromium from Debian, with the flags that keep it off the network. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/** True for a page at a provider's earlier address (`aliases:`), which sends the browser on. */
export function isRedirect(dir, rel) {
  return readFileSync(join(dir, rel), 'utf8').includes('<meta http-equiv="refresh"');
}

/** Paths of all residents' HTML pages in a built site, relative to its root: not the
 *  editors' form (admin/), which loads its CMS under its own policy (admin.test.mjs). */
export function htmlPages(dir, rel = '') {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (r === 'admin' && e.isDirectory()) return [];
    if (e.isDirectory()) return htmlPages(dir, r);
    return e.name.endsWith('.html') ? [r] : [];
  });
}

export const VIEWPORTS = [
  { name: '320', width: 320, height: 640 },
  { name: '1280', width: 1280, height: 800 },
];

/** Puts `section` (which starts with `## <title>`) into docs/benchmarks.md, replacing the
 *  section with the same title. */
export function writeBenchmarkSection(section) {
  const title = section.split('\n')[0];
  const file = join(REPO, 'docs', 'benchmarks.md');
  mkdirSync(join(REPO, 'docs'), { recursive: true });
  let doc = existsSync(file) ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nFigures measured on this project\'s machines. Each section names the command that produced it.\n';
  const start = doc.indexOf(title);
  if (start >= 0) {
    const end = doc.indexOf('\n## ', start + 1);
    doc = doc.slice(0, start) + section + (end >= 0 ? doc.slice(end + 1) : '');
  } else {
    doc = doc.trimEnd() + '\n\n' + section;
  }
  writeFileSync(file, doc);
}

/**
 * Starts `steunwijzer serve` (the binary `bin`) on the site `root` at a free port, and
 * listens to its event stream. Resolves, once the stream says hello, to { url, reload():
 * a promise of the next event that serves the changed pages (`reload`, or `web` when the
 * kiosk's pages follow; ask before the change), next(...names): of the next event of any
 * of those names, text(path): a page as served, stop() }.
 */
export async function liveServer(bin, root) {
  const server = spawn(bin, ['serve', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, STEUNWIJZER_LANG: 'en' } });
  const url = await new Promise((ok, fail) => {
    let out = '';
    server.stdout.on('data', (d) => { out += d; const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out); if (m) ok(m[1]); });
    server.on('exit', () => fail(new Error('serve stopped')));
  });
  // The next event of each name someone waits for.
  const waiting = new Map();
  await new Promise((ok) => get(url + '__steunwijzer/events', (res) => {
    let buffer = '';
    res.on('data', (chunk) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (block.startsWith('event: hello')) ok();
        const name = /^event: (\S+)/.exec(block)?.[1];
        if (waiting.has(name)) {
          const w = waiting.get(name);
          for (const [n, v] of waiting) if (v === w) waiting.delete(n);
          w(name);
        }
      }
    });
  }));
  const text = (path) => new Promise((ok, fail) => get(url + path, (res) => {
    let body = '';
    res.on('data', (c) => { body += c; });
    res.on('end', () => ok(body));
  }).on('error', fail));
  const next = (...names) => new Promise((ok) => { for (const n of names) waiting.set(n, ok); });
  return { url, reload: () => next('reload', 'web'), next, text, stop: () => server.kill() };
}
