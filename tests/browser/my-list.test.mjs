// "Mijn lijst" as a resident and a library visitor use it: put providers on a list from a
// life domain's cards, from search results and from a provider's page, by touch and by
// keyboard, at 320 px; the list page shows them in the order chosen and prints them on
// one sheet (the web) or one slip (the kiosk); nothing about the list leaves the device;
// the kiosk's reset forgets it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, BIN, buildSite, launch, screenshot, serve, tempDir } from './lib.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const OUT_DIR = join(ARTIFACTS, 'my-list');

let out, server, browser;
before(async () => {
  out = buildSite();
  server = await serve(out);
  browser = await launch();
  mkdirSync(OUT_DIR, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every request the page makes, to check that nothing goes elsewhere. */
function watch(page) {
  const seen = [];
  page.on('request', (r) => seen.push({ url: r.url(), method: r.method(), body: r.postData() }));
  return seen;
}

async function axe(page, what) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations, AXE_TAGS);
  assert.deepEqual(found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], `${what}: axe`);
}

test('a resident puts providers on a list from cards, search and a page, and prints it', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const requests = watch(page);
  const base = server.url;

  // A life domain's cards: each has the button, once the script runs.
  await page.goto(`${base}levensgebieden/inkomen/index.html`);
  const cards = page.locator('.cards > .card');
  const toggles = page.locator('.cards > .card .list-toggle');
  assert.equal(await toggles.count(), await cards.count(), 'a button on every card');
  assert.ok(await toggles.first().isVisible(), 'the button shows');
  assert.equal(await page.locator('.my-list-link').isVisible(), false, 'no list link while the list is empty');
  const first = (await cards.first().locator('.card__title').innerText()).trim();
  await toggles.first().click();
  assert.equal((await toggles.first().locator('.list-toggle__text').innerText()).trim(), 'Haal van mijn lijst');
  await page.waitForFunction(() => /staat nu op uw lijst/.test(document.querySelector('.my-list-status').textContent));
  assert.ok(await page.locator('.my-list-link').isVisible(), 'the menu links the list');
  assert.match(await page.locator('.my-list-link').innerText(), /Mijn lijst \(1\)/);
  const box = await toggles.first().boundingBox();
  assert.ok(box.height >= 44, `the button is a large target (${box.height} px)`);

  // A search result, by keyboard.
  await page.goto(`${base}zoeken/index.html?q=schulden`);
  await page.waitForSelector('.search__results .card .list-toggle');
  const results = page.locator('.search__results .card');
  let second = null;
  for (let i = 0; i < await results.count(); i++) {
    const name = (await results.nth(i).locator('.card__title').innerText()).trim();
    if (name !== first) {
      await results.nth(i).locator('.list-toggle').focus();
      await page.keyboard.press('Enter');
      second = name;
      break;
    }
  }
  assert.ok(second, 'a second provider in the results');
  assert.match(await page.locator('.my-list-link').innerText(), /\(2\)/);

  // A provider's own page.
  await page.goto(`${base}aanbieders/index.html`);
  const names = await page.locator('.cards .card__title').allInnerTexts();
  const third = names.map((n) => n.trim()).find((n) => n !== first && n !== second);
  await page.locator('.cards .card__title a', { hasText: third }).first().click();
  await page.locator('.provider .list-toggle').click();
  assert.match(await page.locator('.my-list-link').innerText(), /\(3\)/);

  // The list page: the three, in the order chosen, with what a resident needs.
  await page.locator('.my-list-link a').click();
  await page.waitForFunction(() => document.querySelectorAll('.my-list__entry').length === 3);
  const listed = (await page.locator('.my-list__name').allInnerTexts()).map((n) => n.trim());
  assert.deepEqual(listed, [first, second, third]);
  assert.ok(await page.locator('.my-list__checked').first().isVisible(), 'when each was checked');
  assert.ok(await page.locator('.my-list__print').isVisible(), 'a print button');
  await axe(page, 'the list page');
  await screenshot(page, { path: join(OUT_DIR, 'list-320.png'), fullPage: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `no sideways scrolling at 320 px (${width})`);

  // Printed: the entries and the day, without the buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.list-toggle').first().isVisible(), false, 'no buttons on paper');
  assert.equal(await page.locator('.my-list__actions').isVisible(), false);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.match(await page.locator('.my-list__printed').innerText(), /Gedrukt op .+ bel eerst/i);
  const pdf = join(OUT_DIR, 'list.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const name of [first, second, third]) assert.ok(text.includes(name), `${name} on paper`);
  assert.doesNotMatch(text, /Haal van mijn lijst|Print mijn lijst/, 'no buttons on paper');
  await page.emulateMedia({ media: 'screen' });

  // Taken off the list on its own page; then emptied.
  await page.locator('.my-list__entry .list-toggle').first().click();
  await page.waitForFunction(() => document.querySelectorAll('.my-list__entry').length === 2);
  // The focus stays in the list: on the next entry's button.
  await page.waitForFunction(() => document.activeElement.matches('.my-list__entry .list-toggle'));
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-name')), await page.locator('.my-list__entry .list-toggle').first().getAttribute('data-name'));
  await page.locator('.my-list__clear').click();
  await page.waitForFunction(() => document.querySelectorAll('.my-list__entry').length === 0);
  await page.waitForFunction(() => document.activeElement.matches('#mijn-lijst h1'));
  assert.ok(await page.locator('.my-list__empty').isVisible(), 'says the list is empty, and where to find help');

  // Nothing left the device: every request is a GET of a file of the site, without a query
  // but the search's own.
  for (const r of requests) {
    assert.ok(r.url.startsWith(base), `a request elsewhere: ${r.url}`);
    assert.equal(r.method, 'GET', r.url);
    assert.equal(r.body ?? null, null, r.url);
    const query = new URL(r.url).search;
    assert.ok(query === '' || r.url.startsWith(`${base}zoeken/index.html?q=`), `a query in ${r.url}`);
  }
  await context.close();
});

test('the list works from disk and in another language, and says so without JavaScript', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(out, 'en/levensgebieden/werk/index.html')).href);
  const toggle = page.locator('.cards .list-toggle').first();
  assert.equal((await toggle.innerText()).split(':')[0].trim(), 'Add to my list');
  await toggle.click();
  await page.goto(pathToFileURL(join(out, 'en/mijn-lijst/index.html')).href);
  await page.waitForSelector('.my-list__entry');
  assert.match(await page.locator('.my-list__entry').innerText(), /Checked on/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await context.close();

  const off = await browser.newContext({ javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto(`${server.url}levensgebieden/werk/index.html`);
  assert.equal(await plain.locator('.list-toggle').first().isVisible(), false, 'no button that cannot work');
  await plain.goto(`${server.url}mijn-lijst/index.html`);
  assert.match(await plain.locator('main').innerText(), /alleen als JavaScript aan staat/);
  await off.close();
});

test('the kiosk prints the list on a slip and forgets it at the reset', async () => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(out, 'kiosk/levensgebieden/inkomen/index.html')).href);
  const toggles = page.locator('.cards .list-toggle');
  await toggles.nth(0).click();
  await toggles.nth(1).click();
  const box = await toggles.nth(0).boundingBox();
  assert.ok(box.height >= 48, `a kiosk-sized button (${box.height} px)`);
  // The list's link is in the bar at the foot of a portrait screen, within reach.
  const link = page.locator('.kiosk-bar .my-list-link a');
  const at = await link.boundingBox();
  assert.ok(at.y > 1920 / 2, `the list's button is low on the screen (${at.y})`);
  assert.equal(await link.getAttribute('href'), '../../mijn-lijst/index.html');
  await link.click();
  await page.waitForFunction(() => document.querySelectorAll('.my-list__entry').length === 2);
  assert.equal(await page.locator('.my-list__entry a[href^="tel:"]').count(), 0, 'a kiosk cannot call: numbers are text');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.slip.my-list').isVisible(), 'the slip prints');
  assert.equal(await page.locator('.kiosk-bar').isVisible(), false);
  const pdf = join(OUT_DIR, 'kiosk-slip.pdf');
  writeFileSync(pdf, await page.pdf({ width: '80mm', height: '297mm' }));
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  assert.equal((text.match(/Gecontroleerd op/g) || []).length, 2, 'both entries on the slip');
  assert.doesNotMatch(text, /Haal van mijn lijst/);
  await page.emulateMedia({ media: 'screen' });
  await screenshot(page, { path: join(OUT_DIR, 'kiosk-portrait.png') });

  // "Begin opnieuw": the next visitor finds no list, also not by going back.
  await page.locator('[data-restart]').click();
  await page.waitForURL(/kiosk\/index\.html$/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('steunwijzer-mijn-lijst')), null);
  assert.equal(await page.locator('.my-list-link').isVisible(), false);
  await page.goBack().catch(() => {});
  await page.waitForLoadState();
  assert.equal(await page.locator('.my-list__entry').count(), 0, 'Back shows no list');
  await context.close();
});

test('the list page finds each provider in its shard, as the build put it (FNV-1a in both)', async () => {
  // 250 providers make five shards: each chosen slug must be found in the file the
  // build wrote it to.
  const dir = tempDir('steunwijzer-list-');
  const root = join(dir, 'site');
  execFileSync(BIN, ['generate', '--providers', '250', '--out', root, '--words', '20-40'], { stdio: 'ignore' });
  writeFileSync(join(root, 'site.yaml'), readFileSync(join(root, 'site.yaml'), 'utf8') + 'print:\n  enabled: false\noffline:\n  enabled: false\n');
  const site = buildSite(root);
  const shards = readdirSync(join(site, 'mijn-lijst')).filter((f) => f.endsWith('.js'));
  assert.equal(shards.length, 5);
  const slugs = readdirSync(join(site, 'aanbieders'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).slice(0, 20);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(site, 'index.html')).href);
  await page.evaluate((list) => localStorage.setItem('steunwijzer-mijn-lijst', JSON.stringify(list)), slugs);
  await page.goto(pathToFileURL(join(site, 'mijn-lijst/index.html')).href);
  await page.waitForFunction((n) => document.querySelectorAll('.my-list__entry').length === n, slugs.length);
  const shown = await page.locator('.my-list__entry .list-toggle').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-list')));
  assert.deepEqual(shown, slugs);
  await context.close();
});
