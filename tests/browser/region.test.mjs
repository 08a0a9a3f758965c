// A site for a region of three municipalities (tests/fixtures/region, issue 30 item 3): at
// 320 px, with and without JavaScript, a resident chooses their municipality or their buurt
// in a life domain's list (welzijn: all six) and keeps the providers of that place, of the places around it
// and of the whole region, and none of another municipality; the page offering the open
// data links each municipality's files; axe-core finds nothing. By keyboard from the start a
// resident reaches their municipality's own page, in its own house style and logo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, buildSite, launch, tempDir } from './lib.mjs';

let out, browser;
before(async () => {
  const root = join(tempDir('steunwijzer-region-'), 'region');
  cpSync(join(REPO, 'tests', 'fixtures', 'region'), root, { recursive: true });
  out = buildSite(root);
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** The names on the cards a resident sees. */
async function seen(page) {
  return (await page.$$eval('.filterable .card', (cards) => cards.filter((c) => c.getClientRects().length)
    .map((c) => c.querySelector('h2, h3').textContent.trim()))).sort();
}

for (const javaScriptEnabled of [true, false]) {
  test(`at 320 px ${javaScriptEnabled ? 'with' : 'without'} JavaScript a resident chooses their municipality or buurt and keeps whom it serves`, async () => {
    const ctx = await browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(join(out, 'levensgebieden/welzijn/index.html')).href);
    await page.locator('.list-filters summary').click();
    // The municipalities A to Z, each followed by its places, indented.
    const choices = (await page.locator('#f-wijken li').allTextContents()).map((t) => t.trim().replace(/\s+/g, ' '));
    assert.deepEqual(choices.slice(1), ['Oostzaan', 'Wormerland', 'Wormer (Wormerland)', 'Zaanstad', 'Zaandam (Zaanstad)', 'Poelenburg (Zaandam)']);
    const region = 'Formulierenhulp Zaanstreek';
    await page.locator('label[for="f-wijk-wormerland"]').click();
    assert.deepEqual(await seen(page), [region, 'Ouderenadvies Wormer', 'Taalhulp Wormerland en Oostzaan'], 'within the municipality');
    await page.locator('label[for="f-wijk-poelenburg"]').click();
    assert.deepEqual(await seen(page), ['Buurtmaatjes Poelenburg', region, 'Schuldhulpmaatje Zaanstad'], 'the buurt, its municipality, the region');
    await page.locator('label[for="f-wijk-oostzaan"]').click();
    assert.deepEqual(await seen(page), [region, 'Mantelzorgpunt Oostzaan', 'Taalhulp Wormerland en Oostzaan']);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 320);
    await ctx.close();
  });
}

test('at 1280 px the places are a tree, one under the other, each name on one line', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(pathToFileURL(join(out, 'levensgebieden/welzijn/index.html')).href);
  await page.locator('.list-filters summary').click();
  const boxes = await page.$$eval('#f-wijken li', (lis) => lis.map((li) => {
    const r = li.querySelector('input').getBoundingClientRect(), label = li.querySelector('label').getBoundingClientRect();
    return { text: li.textContent.trim().replace(/\s+/g, ' '), x: r.x, y: r.y, h: label.height };
  }));
  const at = (name) => boxes.find((b) => b.text.startsWith(name));
  assert.ok(at('Zaanstad').x < at('Zaandam').x && at('Zaandam').x < at('Poelenburg').x, 'indented by level');
  for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i].y > boxes[i - 1].y, `${boxes[i].text} under ${boxes[i - 1].text}`);
  const line = Math.min(...boxes.map((b) => b.h));
  for (const b of boxes) assert.ok(b.h < 1.5 * line, `${b.text}: one line (${b.h} px)`);
  await ctx.close();
});

test('the open data is offered per municipality, and the pages pass axe-core', async () => {
  const { axe } = await import('./harness.mjs');
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await ctx.newPage();
  await page.goto(pathToFileURL(join(out, 'over/index.html')).href);
  const links = await page.locator('.open-data li a').allTextContents();
  for (const label of ['Zaanstad als JSON', 'Zaanstad als CSV', 'Wormerland als JSON', 'Oostzaan als CSV']) {
    assert.ok(links.includes(label), `${label} in ${links.join(' | ')}`);
  }
  for (const rel of ['over/index.html', 'levensgebieden/welzijn/index.html', 'aanbieders/poelenburg-buurtmaatjes/index.html']) {
    await page.goto(pathToFileURL(join(out, rel)).href);
    assert.deepEqual(await axe(page), [], rel);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 320, `${rel} at 320 px`);
  }
  await ctx.close();
});

test('at 320 px by keyboard a resident goes from the start to their municipality\'s page, in its own house style', async () => {
  const { axe } = await import('./harness.mjs');
  for (const colorScheme of ['light', 'dark']) {
    const ctx = await browser.newContext({ colorScheme, viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    const header = () => page.$eval('.site-header', (h) => getComputedStyle(h).backgroundColor);
    const site = await header();
    const towns = (await page.locator('#gemeenten-lijst a').allTextContents()).map((t) => t.trim());
    assert.deepEqual(towns, ['Oostzaan', 'Wormerland', 'Zaanstad'], 'A to Z');
    // Tab until the link to Zaanstad has the focus, then Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.textContent.trim() === 'Zaanstad')) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Zaanstad', 'reached by Tab');
    await Promise.all([page.waitForURL(/gemeente\/zaanstad\/index\.html$/), page.keyboard.press('Enter')]);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Hulp in Zaanstad');
    // Zaanstad's colours (tests/fixtures/region/static/css/30-gemeenten.css) and logo.
    const own = colorScheme === 'light' ? 'rgb(122, 31, 61)' : 'rgb(90, 17, 41)';
    assert.equal(await header(), own, `${colorScheme}: Zaanstad's header (the site's: ${site})`);
    assert.notEqual(site, own);
    assert.ok(await page.locator('.site-logo[src$="assets/zaanstad.svg"]').isVisible(), 'its logo');
    assert.match(await page.locator('.front-door').textContent(), /Schuldhulpmaatje Zaanstad/, 'its own front door');
    assert.deepEqual(await axe(page), [], `${colorScheme}: the municipality's page`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 320, 'no sideways scrolling');
    // A provider of the whole region is in the site's own style.
    await page.goto(pathToFileURL(join(out, 'aanbieders/regio-formulierenhulp/index.html')).href);
    assert.equal(await header(), site);
    await ctx.close();
  }
});
