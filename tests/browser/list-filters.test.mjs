// The filters of the list pages (a life domain, a situation): where the resident lives,
// the language they speak, how they want contact. Radio buttons the stylesheet reads with
// :has(), so they work without JavaScript; with it, a count is announced, the choice is
// kept in the address, and a choice that leaves nobody offers a way back and a person to
// call. The example site, from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSite, launch } from './lib.mjs';

let site, browser;
before(async () => {
  site = buildSite();
  browser = await launch();
});
after(async () => { await browser?.close(); });

const url = (rel) => pathToFileURL(join(site, rel)).href;

/** The cards a person sees, and the ones the choice should leave, from the cards' own data. */
async function seenAndExpected(page, chosen) {
  return page.$$eval('.filterable .card', (cards, c) => {
    const fits = (card) => Object.entries(c).every(([k, v]) => {
      const have = (card.getAttribute(`data-${k}`) || '').split(' ');
      return have.includes(v) || have.includes('*');
    });
    return {
      seen: cards.filter((e) => e.getClientRects().length).map((e) => e.querySelector('a').textContent),
      expected: cards.filter(fits).map((e) => e.querySelector('a').textContent),
    };
  }, chosen);
}

test('without JavaScript the filters still narrow the list, and "Wis uw keuze" brings it back', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await ctx.newPage();
  await page.goto(url('levensgebieden/inkomen/index.html'));
  const all = await page.locator('.filterable .card').count();
  assert.ok(all >= 10, `${all} cards`);
  assert.equal((await seenAndExpected(page, {})).seen.length, all, 'every card shows before a choice');
  await page.locator('.list-filters summary').click();
  await page.locator('label[for="f-taal-tr"]').click();
  let { seen, expected } = await seenAndExpected(page, { taal: 'tr' });
  assert.ok(seen.length > 0 && seen.length < all, `Turkish: ${seen.length} of ${all}`);
  assert.deepEqual(seen, expected);
  await page.locator('label[for="f-contact-home-visit"]').click();
  ({ seen, expected } = await seenAndExpected(page, { taal: 'tr', contact: 'home-visit' }));
  assert.deepEqual(seen, expected, 'a second group narrows further: both must fit');
  await page.locator('label[for="f-wijk-schalkwijk"]').click();
  ({ seen, expected } = await seenAndExpected(page, { taal: 'tr', contact: 'home-visit', wijk: 'schalkwijk' }));
  assert.deepEqual(seen, expected, 'a provider for the whole town fits every neighbourhood');
  await page.locator('.list-filters__reset').click();
  assert.equal((await seenAndExpected(page, {})).seen.length, all);
  assert.equal(await page.locator('.list-filters__tally').isVisible(), true, 'the count after the list');
  // A browser without :has() and without the script would have choices that do nothing:
  // the sheet hides the form there unless the script marked it live.
  const sheet = readFileSync(fileURLToPath(await page.locator('link[rel=stylesheet]').first().evaluate((l) => l.href)), 'utf8');
  // A town's few places: their rules end the one stylesheet (a region's get a sheet of their
  // own, places.test.mjs), so the page has one render-blocking sheet.
  assert.equal(await page.locator('link[rel=stylesheet]').count(), 1);
  assert.match(sheet, /#f-wijk-schalkwijk:checked/);
  assert.match(sheet, /@supports not selector\(:has\(\*\)\)\s*\{\s*\.list-filters:not\(\.is-live\)\s*\{\s*display:\s*none/);
  assert.equal(await page.locator('.list-filters.is-live').count(), 0);
  await ctx.close();
});

test('with JavaScript: a count is announced, the choice is in the address, and none is never a dead end', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A shared link opens the filters with its choice.
  await page.goto(url('levensgebieden/inkomen/index.html') + '?taal=tr');
  assert.equal(await page.locator('.list-filters details').getAttribute('open'), '');
  assert.equal(await page.locator('#f-taal-tr').isChecked(), true);
  const all = await page.locator('.filterable .card').count();
  const { seen, expected } = await seenAndExpected(page, { taal: 'tr' });
  assert.deepEqual(seen, expected);
  assert.equal(await page.locator('.list-filters__status').textContent(),
    `${seen.length} van de ${all} aanbieders ${seen.length === 1 ? 'past' : 'passen'} bij uw keuze.`);
  // The script hides the cards itself, for a browser without :has(), and says so.
  assert.equal(await page.locator('.list-filters.is-live').count(), 1);
  assert.equal(await page.locator('.filterable .card[hidden]').count(), all - seen.length);
  // By keyboard: arrows move through a group; the address follows.
  await page.locator('#f-contact-').focus();
  for (let i = 0; i < 7 && !(await page.locator('.list-filters__none').isVisible()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  assert.equal(await page.locator('.list-filters__none').isVisible(), true, 'some way of contact leaves no Turkish speaker');
  assert.match(await page.locator('.list-filters__status').textContent(), new RegExp(`^Geen van de ${all} aanbieders past`));
  assert.match(page.url(), /\?taal=tr&contact=[a-z-]+$/);
  // A way back, and the person to call.
  assert.equal(await page.locator('.list-filters__none .front-door').isVisible(), true);
  await page.locator('.list-filters__all').click();
  assert.equal((await seenAndExpected(page, {})).seen.length, all);
  assert.equal(await page.locator('.list-filters__status').textContent(), '');
  assert.ok(page.url().endsWith('inkomen/index.html'), page.url());
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a situation page filters too; a short list and the kiosk (which filters by script) as well', async () => {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(url('situaties/geldzorgen/index.html'));
  assert.equal(await page.locator('.list-filters').count(), 1);
  // Two or three providers are read at a glance: no filters.
  await page.goto(url('situaties/digitaal/index.html'));
  assert.equal(await page.locator('.list-filters').count(), 0);
  assert.equal(await page.locator('.card[data-taal]').count(), 0);
  await page.goto(url('kiosk/situaties/geldzorgen/index.html'));
  await page.locator('.list-filters summary').click();
  await page.locator('label[for="f-taal-ar"]').click();
  const { seen, expected } = await seenAndExpected(page, { taal: 'ar' });
  assert.ok(seen.length > 0);
  assert.deepEqual(seen, expected);
  await page.close();
});
