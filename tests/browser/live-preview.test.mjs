// The live preview as an editor uses it: a provider's page and a search open in two tabs;
// after a save the page shows the new text, and the search finds the new word a moment
// later (the search follows the page; a tab that was loading then loads again).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, REPO, launch, liveServer, tempDir } from './lib.mjs';

test('after a save the page shows the change, and the search finds it', () => preview(async (root, live, context, page) => {
  const search = await context.newPage();
  await search.goto(live.url + 'zoeken/?q=thee');
  await search.getByText('Geen aanbieders gevonden').waitFor();
  const file = join(root, 'content/providers/beta.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('koffie', 'thee'));
  await page.getByText('Wij drinken thee met u.').waitFor({ timeout: 15000 });
  await search.getByText('1 aanbieder gevonden').waitFor({ timeout: 15000 });
  assert.equal(await search.getByRole('link', { name: 'Beta Vrijwilligers' }).count(), 1);
}));

test('after a change of every page the site shows it first, and the kiosk a moment later', () => preview(async (root, live, context, page) => {
  const kiosk = await context.newPage();
  await kiosk.goto(live.url + 'kiosk/');
  assert.match(await kiosk.title(), /Testgids/);
  const events = [live.next('web'), live.next('kiosk')];
  const config = join(root, 'site.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('title: Testgids', 'title: Hulpgids'));
  assert.deepEqual(await Promise.all(events), ['web', 'kiosk'], 'the web edition first, the kiosk after');
  await page.waitForFunction(() => document.title.includes('Hulpgids'), null, { timeout: 15000 });
  await kiosk.waitForFunction(() => document.title.includes('Hulpgids'), null, { timeout: 15000 });
}));

/** Runs `body` with the fixture site `good` in the live preview and its provider page
 *  beta open at 320 px: body(root, live, context, page). */
async function preview(body) {
  const root = join(tempDir(), 'site');
  cpSync(join(REPO, 'tests/fixtures/good'), root, { recursive: true });
  const live = await liveServer(BIN, root);
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(live.url + 'aanbieders/beta/');
    await body(root, live, context, page);
  } finally {
    await browser.close();
    live.stop();
  }
}
