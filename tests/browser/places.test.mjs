// Hundreds of places and dozens of languages (issue 30, item 2): a generated site of 300
// places (wijken with buurten `part_of` them) and 60 languages. The browser's search engine
// gives the same providers as `steunwijzer search` for a wijk, a buurt and a language past
// the old 32-bit masks; a list page at 320 px lets a resident find their buurt by typing,
// with and without JavaScript, and keeps the cards of the buurt, of its wijk and of the
// whole municipality.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, buildSite, launch, tempDir } from './lib.mjs';
import { openIndex } from './engine.mjs';

let root, out, browser;
before(async () => {
  root = join(tempDir('steunwijzer-places-'), 'site');
  execFileSync(BIN, ['generate', '--providers', '300', '--out', root, '--neighbourhoods', '300', '--languages', '60', '--words', '20-60'], { stdio: 'ignore' });
  appendFileSync(join(root, 'site.yaml'), 'print:\n  enabled: false\noffline:\n  enabled: false\ncontact:\n  name: Redactie (voorbeeld)\n  email: redactie@example.org\n');
  ({ out } = buildSite(root, [], { both: true }));
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** The providers `steunwijzer search` finds with no words and these filters, by name. */
function cli(args) {
  const json = execFileSync(BIN, ['search', '', ...args, '--limit', '1000', '--json', '--root', root], {
    env: { ...process.env, STEUNWIJZER_TODAY: '2026-11-24' },
  });
  return JSON.parse(json).results.map((r) => r.name).sort();
}

test('the browser engine and the CLI find the same providers for a wijk, a buurt and the 60th language', async () => {
  const { engine } = await openIndex(out);
  const cases = [
    [{ neighbourhoods: ['wijk-17'] }, ['--neighbourhood', 'wijk-17']],
    [{ neighbourhoods: ['buurt-18'] }, ['--neighbourhood', 'buurt-18']],
    [{ neighbourhoods: ['buurt-296', 'schalkwijk'] }, ['--neighbourhood', 'buurt-296', '--neighbourhood', 'schalkwijk']],
  ];
  const meta = JSON.parse(JSON.stringify(engine.meta));
  assert.ok(meta.neighbourhoods.length === 300 && meta.languages.length > 32, `${meta.neighbourhoods.length} places, ${meta.languages.length} languages`);
  const last = meta.languages[meta.languages.length - 1].slug;
  cases.push([{ languages: [last] }, ['--language', last]]);
  for (const [filters, args] of cases) {
    const got = JSON.parse(JSON.stringify(await engine.search({ text: '', lifeDomains: [], neighbourhoods: [], languages: [], contactModes: [], limit: 1000, ...filters })));
    const docs = JSON.parse(JSON.stringify(await engine.docs(got.results.map((r) => r.doc))));
    const names = docs.map((d) => d.name).sort();
    const expected = cli(args);
    assert.ok(expected.length > 0, `${args.join(' ')} finds someone`);
    assert.deepEqual(names, expected, args.join(' '));
  }
  // A buurt keeps the providers of its wijk: the wijk's own are found for the buurt too.
  const wijk = cli(['--neighbourhood', 'wijk-17']), buurt = cli(['--neighbourhood', 'buurt-18']);
  const ofWijkOnly = wijk.filter((n) => !buurt.includes(n));
  assert.ok(buurt.length < wijk.length, 'the wijk has the providers of all its buurten');
  assert.ok(ofWijkOnly.length > 0);
});

/** The cards seen, and those that should be: within the buurt, naming a place around it, or the whole municipality. */
async function seenAndExpected(page, place, up) {
  return page.$$eval('.filterable .card', (cards, [p, around]) => {
    const words = (c, k) => (c.getAttribute(`data-${k}`) || '').split(' ');
    const fits = (c) => words(c, 'wijk').includes('*') || words(c, 'in').includes(p) || around.some((u) => words(c, 'wijk').includes(u));
    return {
      seen: cards.filter((e) => e.getClientRects().length).length,
      expected: cards.filter(fits).length,
      all: cards.length,
    };
  }, [place, up]);
}

for (const javaScriptEnabled of [true, false]) {
  test(`at 320 px ${javaScriptEnabled ? 'a resident finds their buurt by typing' : 'without JavaScript the places are a list in its own box'}, and the list keeps the cards that serve it`, async () => {
    const ctx = await browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(join(out, 'levensgebieden/inkomen/index.html')).href);
    await page.locator('.list-filters summary').click();
    const find = page.locator('#find-f-wijken');
    assert.equal(await find.isVisible(), javaScriptEnabled, 'the find field only with the script');
    const options = page.locator('#f-wijken li');
    assert.equal(await options.count(), 301, 'every place and "all"');
    if (javaScriptEnabled) {
      await find.fill('buurt 18');
      const shown = await page.locator('#f-wijken li:visible').allTextContents();
      assert.ok(shown.some((t) => /^Buurt 18 \(Wijk 17\)$/.test(t.trim())), shown.join(' | '));
      assert.ok(shown.length < 20, `${shown.length} shown for "buurt 18"`);
      await find.fill('geen plaats zo');
      assert.equal(await page.locator('.find__none').isVisible(), true, 'says nothing fits');
      await find.fill('buurt 18');
    }
    // The list stays in its box: the page is as wide as the screen.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 320);
    await page.locator('label[for="f-wijk-buurt-18"]').scrollIntoViewIfNeeded();
    await page.locator('label[for="f-wijk-buurt-18"]').click();
    const up = (await page.locator('#f-wijk-buurt-18').getAttribute('data-up')).split(' ');
    assert.deepEqual(up, ['wijk-17']);
    const { seen, expected, all } = await seenAndExpected(page, 'buurt-18', up);
    assert.ok(seen > 0 && seen < all, `${seen} of ${all}`);
    assert.equal(seen, expected);
    await ctx.close();
  });
}

test('the long lists pass axe-core on the list page, the search page and the sign-up form', async () => {
  const { axe } = await import('./harness.mjs');
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await ctx.newPage();
  for (const [rel, list] of [['levensgebieden/inkomen/index.html', '#f-wijken'], ['zoeken/index.html', '#wijken'], ['aanmelden/index.html', '#sw-places']]) {
    await page.goto(pathToFileURL(join(out, rel)).href);
    const summary = page.locator('details.search__filters > summary').first();
    if (await summary.count()) await summary.click();
    assert.ok(await page.locator(`${list} li`).count() >= 300, `${rel}: every place`);
    const field = page.locator(`[data-find="${list.slice(1)}"]`);
    await field.fill('wijk 1');
    assert.deepEqual(await axe(page), [], rel);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 320, `${rel} at 320 px`);
  }
  await ctx.close();
});

test('at 320 px and 200 % text the A–Z list comes in pages that lead to each other by keyboard, and each letter to where it starts', async () => {
  const { axe } = await import('./harness.mjs');
  // The page's policy refuses inline styles; the larger text is the test's, not the site's.
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  const page = await ctx.newPage();
  await page.goto(pathToFileURL(join(out, 'aanbieders/index.html')).href);
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  assert.equal(await page.locator('.card').count(), 100, 'the first 100 of 300');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 320, 'no sideways scrolling');
  assert.deepEqual(await axe(page), [], 'the first page');
  // By keyboard alone from the top of the page to the next page.
  let tabs = 0;
  while (!(await page.evaluate(() => document.activeElement?.rel === 'next'))) {
    await page.keyboard.press('Tab');
    assert.ok(++tabs < 1000, 'the link to the next page is reached by Tab');
  }
  await Promise.all([page.waitForURL(/pagina-2\.html$/), page.keyboard.press('Enter')]);
  assert.match(await page.title(), /pagina 2 van 3/);
  assert.equal(await page.locator('.pagination [aria-current="page"]').innerText(), '2');
  assert.match(await page.locator('main').innerText(), /Dit is pagina 2 van 3: aanbieder 101 tot en met 200\./);
  assert.deepEqual(await axe(page), [], 'the second page');
  // The last letter starts on another page, or further down this one: it lands on its heading.
  const letter = page.locator('.letters a').last();
  const [, anchor] = (await letter.getAttribute('href')).split('#');
  await letter.click();
  await page.waitForFunction((id) => {
    const h = document.getElementById(id);
    const top = h?.getBoundingClientRect().top;
    return location.hash === `#${id}` && top >= 0 && top < innerHeight;
  }, anchor);
  // The kiosk's pages have the same links as large touch targets.
  const kiosk = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const k = await kiosk.newPage();
  await k.goto(pathToFileURL(join(out, 'kiosk/aanbieders/pagina-2.html')).href);
  const next = k.locator('.kiosk-pagination a[rel=next]');
  const box = await next.boundingBox();
  assert.ok(box.height >= 60 && box.width >= 60, `a large target: ${box.width} × ${box.height}`);
  await Promise.all([k.waitForURL(/pagina-3\.html$/), next.tap()]);
  assert.equal(await k.locator('.card').count(), 100);
  await kiosk.close();
  await ctx.close();
});
