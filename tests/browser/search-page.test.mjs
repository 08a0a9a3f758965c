// The search page in a real browser: typing, filters, the address bar and the back
// button, from disk and from a server on a sub-path; and without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite, serve, launch } from './lib.mjs';

let site, subSite, browser;
before(async () => {
  site = buildSite();
  subSite = buildSite(undefined, ['--base-url', 'https://steunwijzer.example.org/haarlem/']);
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** The status text once it matches `pattern` (the text it matched, not a later one: the
 *  live region is cleared before each new message). */
async function status(page, pattern) {
  const handle = await page.waitForFunction((re) => {
    const text = document.querySelector('.search__status').textContent;
    return new RegExp(re).test(text) ? text : false;
  }, pattern.source);
  return handle.jsonValue();
}

/** Types like a person, checks results and the address, filters, goes back. */
async function journey(page, start) {
  await page.goto(start);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.locator('#zoekterm').pressSequentially('schulden', { delay: 40 });
  // The life situation the word leads to comes first, as a link, and the status names it.
  // The two debt providers first, then every Inkomen provider (its description, indexed,
  // speaks of "schulden").
  assert.match(await status(page, /gevonden/), /^18 aanbieders gevonden\. Bovenaan staat een pagina die past: Ik heb geldzorgen\.$/);
  assert.match(page.url(), /zoeken\/index\.html\?q=schulden$/);
  assert.equal(await page.locator('.situation-hint a').innerText(), 'Ik heb geldzorgen');
  assert.match(await page.locator('.situation-hint a').getAttribute('href'), /situaties\/geldzorgen\/index\.html$/);
  const first = page.locator('.search__results li').first();
  assert.equal(await first.locator('.card__title a').innerText(), 'Schuldenmaatjes Zuid-West');
  // Its phone number is a link to call, as on the life-domain pages (the same tel: target).
  assert.equal(await first.locator('.card__meta a').getAttribute('href'), 'tel:+31230002341');
  assert.equal(await first.locator('mark').first().innerText(), 'Schuldenmaatjes', 'the matching word is marked');
  // The card says what a resident needs to choose: kind and area, as the life-domain pages do.
  assert.match(await first.locator('.card__meta').innerText(), /^Vrijwilligersorganisatie · Zuid-West/);
  assert.equal(await page.locator('[data-count="inkomen"]').innerText(), '(18)');
  assert.equal(await page.locator('[data-count="preventieve-zorg"]').innerText(), '(0)');

  // A filter: results, counts and the address follow.
  await page.locator('.search__filters').evaluate((d) => { d.open = true; });
  await page.locator('label[for="ld-preventieve-zorg"]').click();
  // Wait for the new answer: the old one also says "gevonden".
  assert.match(await status(page, /Geen aanbieders/), /Geen aanbieders gevonden/);
  assert.match(page.url(), /\?q=schulden&levensgebied=preventieve-zorg$/);
  await page.goBack();
  assert.match(await status(page, /18 aanbieders/), /18 aanbieders gevonden/);
  assert.equal(await page.locator('#ld-preventieve-zorg').isChecked(), false, 'back restores the filters');
  assert.match(page.url(), /\?q=schulden$/);

  // The result link opens the provider.
  await first.locator('.card__title a').click();
  assert.match(page.url(), /aanbieders\/schuldenmaatjes-zuid-west\/index\.html$/);
  assert.deepEqual(errors, []);
}

test('from file://: type, see results, filter, go back, open a result', async () => {
  const page = await browser.newPage();
  await journey(page, pathToFileURL(join(site, 'zoeken', 'index.html')).href);
  await page.close();
});

test('from a server on a sub-path, also starting from the search box in the header', async () => {
  const server = await serve(subSite, '/haarlem/');
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await journey(page, server.url + 'zoeken/index.html');
    // The header search on another page leads to the results.
    await page.goto(server.url + 'levensgebieden/zorg/index.html');
    await page.fill('#site-zoek', 'mantelzorg');
    await page.press('#site-zoek', 'Enter');
    assert.match(await status(page, /gevonden/), /aanbieders gevonden/);
    assert.match(page.url(), /\/haarlem\/zoeken\/index\.html\?q=mantelzorg$/);
    assert.equal(await page.inputValue('#zoekterm'), 'mantelzorg');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'zoekterm', 'after a header search the focus is in the search field');
    assert.ok(requests.every((u) => u.startsWith(server.url)), 'no requests to other sites');
    await page.close();
  } finally {
    await server.close();
  }
});

test('a shared address with filters shows the same results', async () => {
  const page = await browser.newPage();
  const url = pathToFileURL(join(site, 'zoeken', 'index.html')).href + '?levensgebied=wonen&taal=tr';
  await page.goto(url);
  assert.match(await status(page, /gevonden/), /^2 aanbieders gevonden\.$/);
  assert.equal(await page.locator('#ld-wonen').isChecked(), true);
  assert.equal(await page.locator('#taal-tr').isChecked(), true);
  await page.close();
});

test('the way of contact filters as on the list pages: walk-in narrows, and the address keeps it', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(pathToFileURL(join(site, 'zoeken', 'index.html')).href + '?q=schulden');
  const all = Number((await status(page, /gevonden/)).match(/^(\d+)/)[1]);
  await page.locator('label[for="contact-walk-in"]').click();
  const some = Number((await status(page, new RegExp(`^(?!${all} )\\d+ aanbieders? gevonden`))).match(/^(\d+)/)[1]);
  assert.ok(some > 0 && some < all, `walk-in: ${some} of ${all}`);
  assert.match(page.url(), /[?&]contact=walk-in/);
  // Each card it shows says so.
  const metas = await page.locator('.search__results .card__meta').allInnerTexts();
  assert.ok(metas.length > 0 && metas.length <= some);
  for (const m of metas) assert.match(m, /Inloop zonder afspraak/);
  await page.close();
});

test('typos and prefixes find providers; bad input is harmless', async () => {
  const page = await browser.newPage();
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  await page.goto(pathToFileURL(join(site, 'zoeken', 'index.html')).href);
  await page.fill('#zoekterm', 'mantelzrog ');
  assert.match(await status(page, /gevonden/), /aanbieders gevonden/);
  for (const bad of ['<script>alert(1)</script>', '"', '*', '🙂', 'de het een', 'x'.repeat(200)]) {
    // Clear the status, so the wait below sees this search's answer, not the last one.
    await page.locator('.search__status').evaluate((s) => { s.textContent = ''; });
    await page.fill('#zoekterm', bad);
    await page.press('#zoekterm', 'Enter');
    assert.match(await status(page, /Geen aanbieders|gevonden/), /Geen aanbieders gevonden/, bad);
    assert.equal(await page.locator('.search__results script').count(), 0);
  }
  assert.equal(dialogs, 0, 'no script ran');
  assert.equal(await page.locator('.search__none a:visible').count(), 9, 'the life domains are offered');
  await page.close();
});

test('the results are announced politely and the page works by keyboard', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(site, 'zoeken', 'index.html')).href);
  assert.equal(await page.locator('.search__status').getAttribute('role'), 'status');
  assert.equal(await page.locator('#zoekterm').evaluate((i) => i.labels[0].textContent), 'Waar zoekt u hulp bij?');
  await page.locator('#zoekterm').focus();
  await page.keyboard.type('huur');
  await page.keyboard.press('Enter');
  assert.match(await status(page, /gevonden/), /aanbieders gevonden/);
  // Tab onwards reaches the filters and the results; nothing traps the focus.
  const seen = [];
  for (let i = 0; i < 70; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => document.activeElement.closest('.search__results') ? 'result' : document.activeElement.id || document.activeElement.tagName));
  }
  assert.ok(seen.includes('result'), 'results reachable by Tab');
  // From the field: the search button, then the first result (the filters come after).
  assert.ok(seen.indexOf('result') <= 2, `the first result is Tab ${seen.indexOf('result') + 1}: ${seen.slice(0, 5)}`);
  assert.ok(seen.indexOf('result') < seen.findIndex((s) => s.startsWith('ld-')), 'results before the filters');
  assert.ok(seen.some((s) => s.startsWith('ld-')), 'filters reachable by Tab');
  assert.ok(seen.indexOf('result') < seen.lastIndexOf('A'), 'focus moves on past the results');
  // From the top of the page, the second skip link jumps to the results.
  await page.locator('.skip-link').first().focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Naar de zoekresultaten');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('.search__results')), 'the next Tab is the first result');
  await page.close();
});

test('without JavaScript the page says so and offers the life domains, with no dead controls', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(site, 'zoeken', 'index.html')).href + '?q=schulden');
  assert.equal(await page.locator('.search__nojs').isVisible(), true);
  assert.match(await page.locator('.search__nojs').innerText(), /JavaScript/);
  assert.equal(await page.locator('#zoekterm').isVisible(), false);
  assert.equal(await page.locator('.skip-link--results').count(), 1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement.textContent), 'Naar de zoekresultaten', 'no skip link to nothing');
  assert.equal(await page.locator('.search__filters').isVisible(), false);
  assert.equal(await page.locator('.search__form button:visible').count(), 0, 'no dead buttons');
  assert.equal(await page.locator('#zoeken a[href*="levensgebieden/"]:visible').count(), 9, 'the life domains are offered');
  assert.equal(await page.locator('.search__none').isVisible(), false);
  await context.close();
});

test('a slow answer says it is busy; a file that fails gives a message, no old results, and is tried again', async () => {
  const server = await serve(site);
  try {
    const page = await browser.newPage();
    await page.goto(server.url + 'zoeken/index.html');
    await page.fill('#zoekterm', 'huur');
    await page.press('#zoekterm', 'Enter');
    assert.match(await status(page, /gevonden/), /aanbieders gevonden/);

    // The postings files fail: a clear message, and the results of "huur" are gone.
    let failing = true;
    await page.route('**/search/p-*.js', (route) => (failing ? route.abort() : route.continue()));
    await page.fill('#zoekterm', 'mantelzorg');
    await page.press('#zoekterm', 'Enter');
    assert.match(await status(page, /lukt nu niet/), /Het zoeken lukt nu niet/);
    assert.equal(await page.locator('.search__results li').count(), 0, 'no results of the last question');
    assert.equal(await page.locator('.search__results').isVisible(), false);

    // The connection is back: the next search loads the file again and answers.
    failing = false;
    await page.press('#zoekterm', 'Enter');
    assert.match(await status(page, /gevonden/), /aanbieders gevonden/);
    assert.ok(await page.locator('.search__results li').count() > 0);

    // Index files that take long (here 1.5 s each): "Bezig met zoeken…" first.
    await page.route('**/search/d-*.js', async (route) => {
      await new Promise((ok) => setTimeout(ok, 1500));
      await route.continue();
    });
    await page.fill('#zoekterm', 'vervoer');
    await page.press('#zoekterm', 'Enter');
    assert.match(await status(page, /Bezig/), /Bezig met zoeken/);
    assert.match(await status(page, /gevonden/), /aanbieders gevonden/);
    await page.close();
  } finally {
    await server.close();
  }
});

test('when the filters leave nothing, the page says how many there are without them and offers that', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(site, 'zoeken', 'index.html')).href + '?q=schulden&levensgebied=preventieve-zorg');
  assert.match(await status(page, /Geen aanbieders/), /Geen aanbieders gevonden met deze filters\. Zonder filters: 18\./);
  assert.equal(await page.locator('.search__loose').isVisible(), true);
  assert.match(await page.locator('.search__loose').innerText(), /Zonder filters: 18 aanbieders voor uw zoekvraag/);
  await page.locator('.search__unfilter').click();
  assert.match(await status(page, /^18 aanbieders gevonden\./), /^18 aanbieders gevonden\./);
  assert.equal(await page.locator('#ld-preventieve-zorg').isChecked(), false);
  assert.match(page.url(), /\?q=schulden$/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'zoekterm');
  // Without filters, an empty answer offers no such button.
  await page.fill('#zoekterm', 'xqzwv');
  await page.press('#zoekterm', 'Enter');
  assert.match(await status(page, /Geen aanbieders/), /Probeer een ander woord/);
  assert.equal(await page.locator('.search__loose').isVisible(), false);
  await page.close();
});

test('a word the guide does not know offers the words and life domain meant; compounds find their parts', async () => {
  const page = await browser.newPage();
  const start = pathToFileURL(join(site, 'zoeken', 'index.html')).href;
  await page.goto(start + '?q=xchulden');
  assert.match(await status(page, /Geen aanbieders/), /^Geen aanbieders gevonden\. Bedoelde u schulden\? Bedoelt u Inkomen \(18 aanbieders\)\?$/);
  const ways = page.locator('.search__suggest');
  assert.match(await ways.innerText(), /^Bedoelde u schulden\?\n+Bedoelt u Inkomen \(18 aanbieders\)\?$/);
  // The way on is a link, reached by keyboard from the search field.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'schulden');
  await page.keyboard.press('Enter');
  assert.match(await status(page, /gevonden/), /^18 aanbieders gevonden\. Bovenaan staat een pagina die past: Ik heb geldzorgen\.$/);
  assert.equal(await page.locator('.search__suggest').innerText(), '', 'no suggestions with results');
  await page.goto(start + '?q=xchulden');
  await status(page, /Geen aanbieders/);
  await page.locator('.search__suggest a', { hasText: 'Inkomen' }).click();
  assert.match(page.url(), /levensgebieden\/inkomen\/index\.html$/);
  // "woonschuld" is in no text and no vocabulary: its parts "woon" and "schuld" are.
  await page.goto(start + '?q=woonschuld');
  assert.match(await status(page, /gevonden/), /^\d+ aanbieders? gevonden\.$/);
  // "ouderen" (elderly) no longer finds the parents' support group.
  await page.goto(start + '?q=ouderen');
  await status(page, /gevonden/);
  const names = await page.locator('.search__results .card__title').allInnerTexts();
  assert.ok(!names.some((n) => /Ouders/.test(n)), names.join(', '));
  await page.close();
});

test('a crisis word shows the crisis numbers first; nothing found shows them after, with the person to call', async () => {
  const page = await browser.newPage();
  const start = pathToFileURL(join(site, 'zoeken', 'index.html')).href;
  await page.goto(start + '?q=' + encodeURIComponent('ik wil niet meer leven'));
  assert.match(await status(page, /gevonden/), /^Bovenaan staan de nummers voor hulp bij nood\. /);
  const first = page.locator('.crisis--first');
  assert.equal(await first.isVisible(), true);
  assert.match(await first.innerText(), /113 Zelfmoordpreventie: 0800 0113/);
  assert.equal(await first.locator('a', { hasText: '0800 0113' }).getAttribute('href'), 'tel:08000113');
  // Before the first result in reading order, never among the results.
  const order = await page.evaluate(() => {
    const crisis = document.querySelector('.crisis--first');
    const list = document.querySelector('.search__results');
    return !!(crisis.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the numbers come before the results');
  assert.equal(await page.locator('.search__results .crisis').count(), 0);
  assert.equal(await page.locator('.front-door').isVisible(), false);
  // Nothing found: the person to call and the numbers, after the ways on.
  await page.fill('#zoekterm', 'xqzwv');
  await page.press('#zoekterm', 'Enter');
  assert.match(await status(page, /Geen aanbieders/), /Geen aanbieders gevonden/);
  assert.equal(await first.isVisible(), false);
  assert.equal(await page.locator('.crisis--after').isVisible(), true);
  const door = page.locator('.front-door');
  assert.equal(await door.isVisible(), true);
  assert.match(await door.innerText(), /Weet u niet waar u moet beginnen\?\s+Bel 023 000 00 01: Vraagpunt Naast Elkaar/);
  // An answer that matches every word shows neither.
  await page.fill('#zoekterm', 'schulden');
  await page.press('#zoekterm', 'Enter');
  assert.match(await status(page, /^\d+ aanbieders gevonden\./), /^18 aanbieders gevonden\./);
  assert.equal(await page.locator('.crisis--after').isVisible(), false);
  assert.equal(await door.isVisible(), false);
  // Every page carries the numbers in one line, the home page the person to call.
  for (const path of ['index.html', 'aanbieders/raadsliedenwinkel-aan-het-spaarne/index.html', 'kiosk/index.html']) {
    await page.goto(pathToFileURL(join(site, path)).href);
    assert.match(await page.locator('.crisis-line').innerText(), /Nood of gevaar\? Alarmnummer: 112 · 113 Zelfmoordpreventie: 0800 0113 · Veilig Thuis: 0800 2000/, path);
  }
  await page.goto(pathToFileURL(join(site, 'index.html')).href);
  assert.match(await page.locator('.front-door').innerText(), /Vraagpunt Naast Elkaar/);
  await page.close();
});

test('a partial answer says which words it matched, in one counted sentence; stray words find nothing alone', async () => {
  const page = await browser.newPage();
  const start = pathToFileURL(join(site, 'zoeken', 'index.html')).href;
  // "qqqq" matches no provider, "gevangenis" one: singular, and the word named.
  await page.goto(start + '?q=' + encodeURIComponent('qqqq gevangenis'));
  assert.match(await status(page, /Geen aanbieder past/), /^Geen aanbieder past bij alle woorden\. 1 aanbieder past bij: gevangenis\. /);
  // "net" in "net uit de gevangenis" finds nothing on its own: every result is about the prison.
  await page.fill('#zoekterm', 'net uit de gevangenis');
  await page.press('#zoekterm', 'Enter');
  assert.match(await status(page, /^1 aanbieder gevonden\./), /^1 aanbieder gevonden\. Bovenaan staat een pagina die past: Ik kom net uit de gevangenis of de opvang\.$/);
  assert.equal(await page.locator('.search__results li a').first().innerText(), 'Vraagpunt Naast Elkaar');
  await page.close();
});

test('a card says the same on the search page, a life-domain page and a situation page', async () => {
  const page = await browser.newPage();
  const meta = async (path, slug) => {
    const [file, query] = path.split('?');
    await page.goto(pathToFileURL(join(site, file)).href + (query ? `?${query}` : ''));
    const card = page.locator('li.card', { has: page.locator(`.card__title a[href$="aanbieders/${slug}/index.html"]`) }).first();
    await card.waitFor();
    return { text: await card.locator('.card__meta').innerText(), tel: await card.locator('.card__meta a').getAttribute('href') };
  };
  // A provider with walk-in, other languages and a phone number.
  const slug = 'raadsliedenwinkel-aan-het-spaarne';
  const onDomain = await meta('levensgebieden/inkomen/index.html', slug);
  assert.match(onDomain.text, /Inloop zonder afspraak · Ook in: .+ · Telefoon 023 /);
  assert.deepEqual(await meta('situaties/geldzorgen/index.html', slug), onDomain);
  assert.deepEqual(await meta('zoeken/index.html?q=raadslieden', slug), onDomain);
  await page.close();
});
