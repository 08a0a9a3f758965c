// The editors' form: Decap CMS (from npm, served for its pinned unpkg address) against
// the site's own repository through Decap's local backend (`decap-server`, from npm), in
// headless Chromium. An editor creates a provider through the form, takes it through
// the editorial workflow (draft → ready → published), and the file that lands in
// content/providers/ passes `steunwijzer check`. Nothing else is loaded from elsewhere,
// and the page's own policy lets the CMS run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { basename, join } from 'node:path';
import { BIN, REPO, launch, liveServer, screenshot, tempDir } from './lib.mjs';

const CMS = 'https://unpkg.com/decap-cms@3.16.3/dist/';
const DIST = join(REPO, 'tests', 'browser', 'node_modules', 'decap-cms', 'dist');
const SERVER = join(REPO, 'tests', 'browser', 'node_modules', 'decap-server', 'dist', 'index.js');

function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** Resolves once decap-server answers on `port`. */
async function answering(port) {
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((ok) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/v1', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => { res.resume(); ok(true); });
      req.on('error', () => ok(false));
      req.end(JSON.stringify({ action: 'info' }));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('decap-server did not start');
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** The good fixture as a git repository with the form on, and decap-server on it. */
async function repository() {
  const root = join(tempDir('steunwijzer-admin-'), 'site');
  cpSync(join(REPO, 'tests', 'fixtures', 'good'), root, { recursive: true });
  const port = await freePort();
  appendFileSync(join(root, 'site.yaml'), `\nadmin:\n  backend: github\n  repo: gemeente-voorbeeld/gids\n  local_port: ${port}\n`);
  writeFileSync(join(root, '.gitignore'), 'public/\nsearch-index/\n');
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'Redactie');
  git(root, 'config', 'user.email', 'redactie@gids.invalid');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'De gids');
  const server = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  await answering(port);
  return { root, stop: () => server.kill() };
}

/** Chooses `option` in the select labelled `label` (react-select: type, then Enter). */
async function choose(page, label, option) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(option);
  await page.keyboard.press('Enter');
}

test('an editor adds a provider through the form, and the file passes check', async () => {
  const repo = await repository();
  const live = await liveServer(BIN, repo.root);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const elsewhere = [];
    const refused = [];
    page.on('console', (m) => { if (process.env.DEBUG) console.error('console:', m.text()); if (/Content Security Policy|Refused to/.test(m.text())) refused.push(m.text()); });
    page.on('pageerror', (e) => { if (process.env.DEBUG) console.error('pageerror:', e.message); });
    page.on('dialog', (d) => d.accept());
    page.on('response', (r) => { if (process.env.DEBUG && r.status() >= 400) console.error('status', r.status(), r.url()); });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      const { hostname } = new URL(url);
      if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
      if (url.startsWith(CMS)) {
        const file = join(DIST, basename(new URL(url).pathname));
        return existsSync(file) ? route.fulfill({ path: file, contentType: 'text/javascript' }) : route.abort();
      }
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto(live.url + 'admin/');
    // The local backend: one button to start.
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Aanbieders').first().waitFor();
    await page.goto(live.url + 'admin/#/collections/providers/new');
    await page.getByLabel('Naam', { exact: true }).fill('Hulp bij Formulieren Oost');
    await page.getByLabel('Samenvatting', { exact: true }).fill('Vrijwilligers helpen u met formulieren en brieven.');
    await choose(page, 'Soort aanbieder', 'Vrijwilligers');
    await choose(page, 'Levensgebieden', 'Inkomen');
    await page.getByLabel(/^Gratis/).click();
    await page.getByLabel(/^Onafhankelijk/).click();
    await page.getByLabel(/^Telefoon/).fill('023 000 44 55');
    // Last checked: today, with the button beside the date.
    await page.getByText('Nu', { exact: true }).click();
    const body = page.locator('[data-slate-editor="true"]').first();
    await body.click();
    await page.keyboard.type('Wij lezen samen met u uw brieven en vullen formulieren in.');
    await screenshot(page, { path: join(REPO, 'tests', 'browser', 'artifacts', 'admin-form.png'), fullPage: true });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    // The editorial workflow: draft, then ready, then published.
    await page.getByText('Status: Concept').waitFor({ timeout: 20000 });
    await page.getByText('Status: Concept').click();
    await page.getByRole('menuitem', { name: 'Klaar' }).click();
    await page.getByText('Status: Klaar').waitFor();
    await page.getByText('Publiceer', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
    const file = join(repo.root, 'content', 'providers', 'hulp-bij-formulieren-oost.md');
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(existsSync(file), `no ${file}; providers: ${readdirSync(join(repo.root, 'content', 'providers'))}`);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^---\n/);
    assert.match(text, /name: Hulp bij Formulieren Oost/);
    assert.match(text, /kind: volunteer-organisation/);
    assert.match(text, /free: true/);
    assert.match(text, /Wij lezen samen met u/);
    // It passes check, as the site's other providers do: no problem of its own.
    const check = spawnSync(BIN, ['check', '--root', repo.root, '--format', 'json'], { env: { ...process.env, STEUNWIJZER_LANG: 'en' } });
    assert.equal(check.status, 0, check.stderr.toString());
    const mine = JSON.parse(check.stdout).diagnostics.filter((d) => d.path.includes('hulp-bij-formulieren-oost'));
    assert.deepEqual(mine, []);
    // Published: committed on the site's branch, and the form's branch is gone.
    assert.match(git(repo.root, 'ls-files', 'content/providers'), /hulp-bij-formulieren-oost\.md/);
    assert.doesNotMatch(git(repo.root, 'branch', '--list'), /cms\//);
    assert.deepEqual(elsewhere, [], 'nothing but the CMS itself from elsewhere');
    assert.deepEqual(refused, [], 'the page policy lets the CMS run');
  } finally {
    await browser.close();
    live.stop();
    repo.stop();
  }
});
