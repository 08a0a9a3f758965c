// The web pages on paper: Chromium prints them to A4 PDFs, read back with pdftotext
// (poppler-utils, installed by tests/run.sh). A page prints what a resident needs to call
// or visit, without controls, blank pages or unreadable addresses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite, launch, ARTIFACTS } from './lib.mjs';

let site, browser;
const dir = join(ARTIFACTS, 'print-web');
before(async () => {
  site = buildSite();
  browser = await launch();
  mkdirSync(dir, { recursive: true });
});
after(async () => { await browser?.close(); });

/** Prints `path` to A4; returns the text of each page. */
async function print(path, name) {
  const page = await browser.newPage();
  const [file0, query] = path.split('?');
  await page.goto(pathToFileURL(join(site, file0)).href + (query ? `?${query}` : ''));
  await page.waitForLoadState('load');
  if (query) await page.waitForFunction(() => /gevonden/.test(document.querySelector('.search__status').textContent));
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await page.close();
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const texts = [];
  for (let i = 1; i <= pages; i++) {
    texts.push(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i), '-l', String(i), file, '-']).toString());
  }
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(dir, name)]);
  return texts;
}

const flat = (texts) => texts.join(' ').replace(/\s+/g, ' ');

test('a provider page prints on at most two pages with its numbers and addresses written out', async () => {
  const pages = await print('aanbieders/raadsliedenwinkel-aan-het-spaarne/index.html', 'provider');
  assert.ok(pages.length <= 2, `${pages.length} pages`);
  pages.forEach((t, i) => assert.ok(t.trim().length > 20, `page ${i + 1} is not blank`));
  const text = flat(pages);
  assert.match(text, /023 000 11 47/);
  const joined = text.replace(/-\s+/g, '-');
  assert.match(joined, /Website raadsliedenwinkel-aan-het-spaarne\.example\.org/, 'the website address as text');
  assert.doesNotMatch(joined, /\(https:\/\/raadsliedenwinkel-aan-het-spaarne\.example\.org\/\)/, 'and not twice');
  assert.match(joined, /klachtenregeling van Raadsliedenwinkel aan het Spaarne \(https:\/\/[^)]*klachten\/\)/, 'the complaints address');
  assert.doesNotMatch(text, /openstreetmap|%2C/, 'no map link');
  assert.doesNotMatch(text, /Zoeken\b(?! )/, 'no search button');
  assert.match(text, /Deze pagina staat op https:\/\/steunwijzer\.example\.org\/aanbieders\/raadsliedenwinkel-aan-het-spaarne\/ · gegevens van 16 november 2026/);
});

test('a life-domain page prints the phone numbers of its providers', async () => {
  const pages = await print('levensgebieden/inkomen/index.html', 'life-domain');
  pages.forEach((t, i) => assert.ok(t.trim().length > 20, `page ${i + 1} is not blank`));
  const text = flat(pages);
  assert.match(text, /Budgetcoach Rond Komen/);
  assert.ok((text.match(/Telefoon 0\d/g) || []).length >= 10, 'phone numbers on the cards');
  assert.doesNotMatch(text, /Print deze lijst/, 'no download link on paper');
});

test('the search page prints its results, not its filters', async () => {
  const pages = await print('zoeken/index.html?q=schulden', 'search');
  const first = pages[0].replace(/\s+/g, ' ');
  assert.match(first, /Schuldenmaatjes Zuid-West/, 'results on the first page');
  assert.doesNotMatch(flat(pages), /Filters: onderwerp, wijk, taal en contact|Maatschappelijke ondersteuning \(\d+\)/);
});

test('the footer and the life-domain pages link the printed guide with its size', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(site, 'levensgebieden/welzijn/index.html')).href);
  assert.deepEqual((await page.locator('.download a').allInnerTexts()).map((t) => t.replace(/\(PDF, \d+ kB\)/, '(PDF)')),
    ['Print deze lijst: Welzijn als folder (PDF)', 'Print Welzijn als boekje (A5) (PDF)']);
  // Inkomen has more providers than one folded sheet holds: its leaflet comes in two parts.
  await page.goto(pathToFileURL(join(site, 'levensgebieden/inkomen/index.html')).href);
  const parts = await page.locator('.download a').allInnerTexts();
  assert.deepEqual(parts.map((t) => t.replace(/\(PDF, \d+ kB\)/, '(PDF)')),
    ['Print deze lijst: Inkomen, B–Sc, als folder (PDF)', 'Print deze lijst: Inkomen, Se–W, als folder (PDF)',
      'Print Inkomen als boekje (A5) (PDF)']);
  const guide = page.locator('.site-footer a', { hasText: 'De hele gids' });
  assert.match(await guide.innerText(), /\(PDF, [\d,]+ (kB|MB)\)$/);
  assert.match(await guide.getAttribute('href'), /gids\/haarlem-gids\.pdf$/);
  await page.close();
});
