// What a resident sees: the example site in a real browser, from disk and from a server
// on a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSite, serve, launch, htmlPages, isRedirect, screenshot, VIEWPORTS, ARTIFACTS } from './lib.mjs';

let site, browser;
before(async () => {
  site = buildSite();
  browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});
after(async () => { await browser?.close(); });

/** Visits every page reachable from the home page by links, within the site. */
async function crawl(page, start) {
  const seen = new Set();
  const pdfs = new Set();
  const queue = [start];
  const origin = new URL(start);
  const inSite = (u) => u.protocol === origin.protocol && u.host === origin.host && u.pathname.startsWith(origin.pathname.replace(/index\.html$/, ''));
  while (queue.length) {
    const url = queue.shift();
    const key = url.split('#')[0];
    if (seen.has(key)) continue;
    seen.add(key);
    const response = await page.goto(key);
    if (response) assert.equal(response.status(), 200, `${key} answered ${response.status()}`);
    // A link to a folder opened from disk shows a file listing instead of a page.
    assert.ok(await page.locator('main h1').count() === 1, `${key}: no page with one h1`);
    for (const href of await page.$$eval('a[href]', (as) => as.map((a) => a.href))) {
      const u = new URL(href);
      // The printed guide's PDFs, the offline copy and the open data are files to
      // download, not pages: each is checked once.
      if (inSite(u) && /\.(pdf|zip|json|csv)$/.test(u.pathname)) pdfs.add(u.href);
      else if (inSite(u)) queue.push(u.href);
    }
  }
  for (const pdf of pdfs) {
    const ok = pdf.startsWith('file:') ? existsSync(fileURLToPath(pdf)) : (await fetch(pdf)).status === 200;
    assert.ok(ok, `${pdf} is there`);
  }
  assert.ok(pdfs.size >= 3, `links to the printed guide: ${[...pdfs]}`);
  return seen;
}

test('every page opened from file:// is reachable by links and renders', async () => {
  const page = await browser.newPage();
  const visited = await crawl(page, pathToFileURL(join(site, 'index.html')).href);
  // Every page is linked from somewhere, but the 404 page and the pages at providers'
  // earlier addresses; the search pages are reached by the header's search box and by the
  // "Zoek hulp" link of an empty list ("Mijn lijst", whose page the menu links). The kiosk
  // edition is a site of its own (kiosk.test.mjs): nothing on the web site links to it.
  const linked = htmlPages(site).filter((p) => !p.startsWith('kiosk/') && !isRedirect(site, p));
  // …and the search page of each other interface language (languages_ui), led to by its forms.
  const searchPages = linked.filter((p) => p.endsWith('zoeken/index.html')).length;
  assert.ok(searchPages === 6, `${searchPages} search pages`);
  assert.equal(visited.size, linked.length - 1);
  await page.close();
});

test('served from a sub-path, every link works and unknown addresses get the 404 page', async () => {
  // Only the 404 page needs to know the sub-path (it is served at any depth).
  const subSite = buildSite(undefined, ['--base-url', 'https://steunwijzer.example.org/haarlem/']);
  const server = await serve(subSite, '/haarlem/');
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const visited = await crawl(page, server.url + 'index.html');
    const linked = htmlPages(subSite).filter((p) => !p.startsWith('kiosk/') && !isRedirect(subSite, p));
    const searchPages = linked.filter((p) => p.endsWith('zoeken/index.html')).length;
    assert.equal(visited.size, linked.length - 1);
    assert.ok(requests.every((u) => u.startsWith(server.url)), 'only requests to the site itself');
    const missing = await page.goto(server.url + 'levensgebieden/bestaat-niet/');
    assert.equal(missing.status(), 404);
    assert.match(await page.locator('h1').innerText(), /bestaat niet/);
    // The 404 page's links and stylesheet work at any depth.
    const bg = await page.$eval('.site-header', (e) => getComputedStyle(e).backgroundColor);
    assert.equal(bg, 'rgb(0, 82, 122)', 'stylesheet loaded on the 404 page');
    await page.click('text=Bekijk alle aanbieders van A tot Z');
    assert.match(page.url(), /\/haarlem\/aanbieders\/index\.html$/);
    await page.close();
  } finally {
    await server.close();
  }
});

test('no horizontal scrolling at 320 px on any page type', async () => {
  const pages = {
    home: 'index.html',
    'life-domain': 'levensgebieden/inkomen/index.html',
    provider: 'aanbieders/steunpunt-eigen-kracht/index.html',
    'a-z': 'aanbieders/index.html',
    page: 'klachten/index.html',
  };
  for (const vp of VIEWPORTS) {
    const page = await browser.newPage({ viewport: { width: vp.width, height: vp.height } });
    for (const [name, rel] of Object.entries(pages)) {
      await page.goto(pathToFileURL(join(site, rel)).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name} at ${vp.width} px scrolls sideways by ${overflow} px`);
      await screenshot(page, { path: join(ARTIFACTS, `${name}-${vp.name}.png`), fullPage: true });
    }
    await page.close();
  }
});

test('keyboard: the skip link is first and moves focus to the content', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(site, 'aanbieders/steunpunt-eigen-kracht/index.html')).href);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ text: document.activeElement.textContent, visible: document.activeElement.getBoundingClientRect().top >= 0 }));
  assert.equal(first.text, 'Naar de inhoud');
  assert.ok(first.visible, 'skip link is visible when focused');
  const ring = await page.evaluate(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' || s.boxShadow !== 'none'; });
  assert.ok(ring, 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'inhoud');
  // The next Tab lands inside the content, on the first link there.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.getElementById('inhoud').contains(document.activeElement)));
  await page.close();
});

test('the provider page offers phone, e-mail and map actions that work on a phone', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  await page.goto(pathToFileURL(join(site, 'aanbieders/steunpunt-eigen-kracht/index.html')).href);
  const tel = page.locator('a[href^="tel:"]').first();
  assert.match(await tel.getAttribute('href'), /^tel:\+31\d{9}$/);
  const box = await tel.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 200, `call button is ${box.width}x${box.height}`);
  assert.equal(await page.locator('a[href^="mailto:"]').count() >= 1, true);
  assert.match(await page.locator('a[href*="openstreetmap.org"]').getAttribute('href'), /search\?query=Voorbeeldstraat/);
  // On the first screen of the phone, even for a long name in two lines.
  await page.goto(pathToFileURL(join(site, 'aanbieders/raadsliedenwinkel-aan-het-spaarne/index.html')).href);
  const call = await page.locator('a[href^="tel:"]').first().boundingBox();
  assert.ok(call.y + call.height <= 640, `the call button ends at ${call.y + call.height} px`);
  await page.close();
});

test('an old address (aliases) leads to the provider, from disk and from a server', async () => {
  // The example's budgetcoach-rond-komen.md lists `aliases: [budgetcoach-rondkomen]`.
  const page = await browser.newPage();
  const server = await serve(site, '/haarlem/');
  try {
    for (const base of [pathToFileURL(site + '/').href, server.url]) {
      await page.goto(base + 'aanbieders/budgetcoach-rondkomen/index.html');
      await page.waitForURL(/aanbieders\/budgetcoach-rond-komen\/index\.html$/);
      assert.equal(await page.locator('main h1').textContent(), 'Budgetcoach Rond Komen', base);
    }
    // Without following the refresh, the page says where the provider went, with a link.
    const html = await (await fetch(server.url + 'aanbieders/budgetcoach-rondkomen/')).text();
    assert.match(html, /<meta http-equiv="refresh" content="0; url=..\/budgetcoach-rond-komen\/index.html">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/steunwijzer.example.org\/aanbieders\/budgetcoach-rond-komen\/">/);
    assert.match(html, /<a href="..\/budgetcoach-rond-komen\/index.html">Ga naar de pagina van Budgetcoach Rond Komen<\/a>/);
  } finally {
    await page.close();
    await server.close();
  }
});

test('printing keeps the content and drops the navigation', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(site, 'aanbieders/steunpunt-eigen-kracht/index.html')).href);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-nav').isVisible(), false);
  assert.equal(await page.locator('main h1').isVisible(), true);
  const after = await page.$eval('.prose a[href^="http"], .contact a[href^="http"]:not(.action)', (a) => getComputedStyle(a, '::after').content).catch(() => '"(none)"');
  assert.match(after, /http|none/);
  await page.pdf({ path: join(ARTIFACTS, 'provider-print.pdf') });
  await page.close();
});
