// A resident who does not read Dutch: the site in another interface language, Arabic right
// to left, at 320 px with the browser's text at 200 %, searching in their own words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, REPO, buildSite, launch, quickKiosk, screenshot, ARTIFACTS } from './lib.mjs';

let site, root, browser;
const OUT = join(ARTIFACTS, 'languages');
before(async () => {
  ({ root, out: site } = buildSite(REPO, [], { both: true }));
  browser = await launch();
  mkdirSync(OUT, { recursive: true });
});
after(async () => { await browser?.close(); });

const at = (rel) => pathToFileURL(join(site, rel)).href;

/** Elements whose text is cut off: wider content than their box, with overflow hidden. */
function clipped() {
  return [...document.querySelectorAll('body *')].filter((e) => {
    const s = getComputedStyle(e);
    const hides = ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis';
    // A visually hidden heading (1 px, for screen readers) is clipped on purpose.
    return hides && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1 && !e.closest('.visually-hidden, [hidden]');
  }).map((e) => e.className || e.tagName);
}

test('Arabic pages are right to left, fit 320 px at 200 % text, and keep numbers left to right', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  const pages = {
    home: 'ar/index.html',
    search: 'ar/zoeken/index.html?q=schulden',
    provider: 'ar/aanbieders/schuldenmaatjes-zuid-west/index.html',
    domain: 'ar/levensgebieden/inkomen/index.html',
  };
  for (const [name, rel] of Object.entries(pages)) {
    await page.goto(at(rel.split('?')[0]) + (rel.includes('?') ? '?' + rel.split('?')[1] : ''));
    if (name === 'search') await page.locator('.search__results li').first().waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl', name);
    assert.equal(await page.getAttribute('html', 'lang'), 'ar', name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow} px wider than the screen`);
    assert.deepEqual(await page.evaluate(clipped), [], `${name}: clipped text`);
    // The main heading starts at the right.
    const h1 = await page.locator('main h1').boundingBox();
    if (name !== 'provider') assert.ok(h1.x + h1.width > 320 - 40, `${name}: the heading is not on the right`);
    await screenshot(page, { path: join(OUT, `ar-320-200-${name}.png`), fullPage: true });
  }
  // Phone numbers read left to right inside the Arabic page.
  await page.goto(at('ar/index.html'));
  const phones = await page.$$eval('.phone', (els) => els.map((e) => getComputedStyle(e).direction));
  assert.ok(phones.length > 0 && phones.every((d) => d === 'ltr'), phones.join());
  await page.close();
});

test('an Arabic search answers in Arabic, in a right-to-left field, with the providers it finds in Dutch', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(at('ar/zoeken/index.html'));
  const input = page.locator('#zoekterm');
  await input.fill('ديون');
  await page.locator('.search__results li').first().waitFor();
  assert.equal(await input.evaluate((e) => getComputedStyle(e).direction), 'rtl', 'the field follows what is typed');
  await page.waitForFunction(() => document.querySelector('.search__status').textContent !== '');
  const status = await page.locator('.search__status').textContent();
  assert.match(status, /تم العثور على/, status);
  assert.doesNotMatch(status, /aanbieder|gevonden/, status);
  const card = page.locator('.search__results .card__summary').first();
  assert.equal(await card.getAttribute('lang'), 'nl', 'the provider\'s own words say they are Dutch');
  // The situation the words lead to, in the Arabic the editors gave it.
  const situation = page.locator('.situation-hint a').first();
  assert.equal(await situation.textContent(), 'عندي مشاكل مالية');
  assert.equal(await situation.getAttribute('lang'), null);
  await screenshot(page, { path: join(OUT, 'ar-search-arabic-words.png') });
  await page.close();
});

test('a search result shows the summary the provider gives in the page\'s language, its name marked as Dutch', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(at('en/zoeken/index.html') + '?q=buurtmaatjes');
  const card = page.locator('.search__results .card', { hasText: 'Buurtmaatjes Schalkwijk' }).first();
  await card.waitFor();
  const summary = card.locator('.card__summary');
  assert.match(await summary.textContent(), /^A volunteer from the neighbourhood/);
  assert.equal(await summary.getAttribute('lang'), null, 'translated: unmarked');
  assert.equal(await card.locator('.card__title').getAttribute('lang'), 'nl');
  // The Turkish page has this provider's Turkish summary; the Polish one has none: Dutch, marked.
  await page.goto(at('pl/zoeken/index.html') + '?q=buurtmaatjes');
  const pl = page.locator('.search__results .card', { hasText: 'Buurtmaatjes Schalkwijk' }).first().locator('.card__summary');
  await pl.waitFor();
  assert.equal(await pl.getAttribute('lang'), 'nl');
  await page.close();
});

test('the language switcher names each language in itself and keeps the page', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(at('levensgebieden/wonen/index.html'));
  assert.equal(await page.locator('.language-switch summary').textContent(), 'Taal / Language');
  const names = await page.$$eval('.language-switch a', (as) => as.map((a) => [a.lang, a.textContent]));
  assert.deepEqual(names, [['nl', 'Nederlands'], ['en', 'English'], ['tr', 'Türkçe'], ['ar', 'العربية'], ['pl', 'Polski'], ['uk', 'Українська']]);
  // By keyboard: the menu's language line opens with Enter and leads to the Turkish page.
  await page.locator('.language-switch summary').focus();
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('.language-switch details').evaluate((d) => d.open));
  await page.locator('.language-switch a[lang="tr"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/tr\//);
  assert.ok(page.url().endsWith('/tr/levensgebieden/wonen/index.html'), page.url());
  assert.equal(await page.locator('.language-switch a[aria-current]').textContent(), 'Türkçe');
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  await page.locator('.language-switch summary').click();
  await page.locator('.language-switch a[lang="nl"]').click();
  assert.ok(page.url().endsWith('/levensgebieden/wonen/index.html') && !page.url().includes('/tr/'), page.url());
  await page.close();
});

test('filters count in the page\'s language and plural forms (Polish)', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(at('pl/levensgebieden/inkomen/index.html'));
  await page.locator('.list-filters summary').click();
  const walkIn = page.locator('input[name="contact"][value="walk-in"]');
  assert.equal(await walkIn.count(), 1, 'the income page filters by walk-in');
  await walkIn.check();
  await page.waitForFunction(() => document.querySelector('.list-filters__status').textContent !== '');
  const said = await page.locator('.list-filters__status').textContent();
  // "5 z 18 organizacji pasuje…": the Polish form for the count, not the Dutch sentence.
  assert.match(said, /^\d+ z \d+ organizacji pasuj/, said);
  assert.doesNotMatch(said, /aanbieder/, said);
  await page.close();
});

test('the kiosk offers the languages at its start; an Arabic visit fits the screen and the reset returns to Dutch', async () => {
  const out = quickKiosk(3);
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  await context.clock.install();
  const page = await context.newPage();
  const url = (rel) => pathToFileURL(join(out, rel)).href;
  await page.goto(url('kiosk/index.html'));
  const tiles = await page.$$eval('.kiosk-languages a', (as) => as.map((a) => a.textContent));
  assert.deepEqual(tiles, ['Nederlands', 'English', 'Türkçe', 'العربية', 'Polski', 'Українська']);
  await page.locator('.kiosk-languages a[lang="ar"]').click();
  await page.waitForURL(url('kiosk/ar/index.html'));
  for (const rel of ['kiosk/ar/index.html', 'kiosk/ar/aanbieders/schuldenmaatjes-zuid-west/index.html', 'kiosk/ar/zoeken/index.html']) {
    await page.goto(url(rel));
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${rel}: ${overflow} px too wide`);
    assert.deepEqual(await page.evaluate(clipped), [], `${rel}: clipped text`);
    await screenshot(page, { path: join(OUT, `kiosk-${rel.split('/')[2] || 'home'}.png`) });
  }
  // "Begin opnieuw" leads to the Dutch start, where the next visitor chooses.
  const restart = await page.locator('.kiosk-restart').getAttribute('href');
  assert.equal(new URL(restart, page.url()).href, url('kiosk/index.html'));
  await page.goto(url('kiosk/ar/aanbieders/schuldenmaatjes-zuid-west/index.html'));
  await page.clock.runFor(5000 + 3000 + 500);
  await page.waitForURL(url('kiosk/index.html'));
  assert.equal(await page.getAttribute('html', 'lang'), 'nl', 'the next visitor starts in Dutch');
  await context.close();
});

test('the search page and `steunwijzer search --lang-ui` say the same in every language', async () => {
  const page = await browser.newPage();
  const cases = [
    ['ar', 'ديون'], ['ar', 'xchulden'], ['tr', 'borç'], ['tr', 'zzzzzz'], ['pl', 'wil niet meer leven'],
    ['uk', 'werk qqq'], ['en', 'debt', ['--domain', 'wonen'], '&levensgebied=wonen'], ['nl', 'geldzorgen'],
  ];
  for (const [lang, q, filters = [], params = ''] of cases) {
    const dir = lang === 'nl' ? '' : `${lang}/`;
    await page.goto(at(`${dir}zoeken/index.html`) + '?q=' + encodeURIComponent(q) + params);
    await page.waitForFunction(() => document.querySelector('.search__status').textContent !== '');
    const shown = (await page.locator('.search__status').textContent()).replace(/[\u2068\u2069]/g, '');
    const cli = execFileSync(BIN, ['search', q, '--lang-ui', lang, ...filters, '--root', root]).toString();
    // The crisis numbers come first, then an empty line; then the status line.
    const said = cli.split('\n\n').pop().split('\n')[0];
    assert.equal(said, shown, `${lang} ${q}`);
  }
  assert.throws(() => execFileSync(BIN, ['search', 'x', '--lang-ui', 'ra', '--root', root], { stdio: 'pipe' }),
    (e) => e.status === 2 && /`ra`.*`ar`/.test(e.stderr.toString()));
  await page.close();
});
