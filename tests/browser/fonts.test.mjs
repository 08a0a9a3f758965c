// A name or a line in a script the reader's device may have no font for (Tigrinya on an old
// phone, Tamil, Chinese): the theme's web fonts set it, and only a page that shows such a
// letter fetches one. Chromium here has DejaVu and Liberation only, like a bare system: no
// Ethiopic at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildSite, launch, serve, screenshot, ARTIFACTS } from './lib.mjs';

let site, browser, server;
before(async () => {
  site = buildSite();
  browser = await launch();
  server = await serve(site);
});
after(async () => { await browser?.close(); await server?.close(); });

/** The fonts the browser used for the text of the first element matching `selector`. */
async function fontsOf(page, selector, text) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  for (const nodeId of nodeIds) {
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    if (!outerHTML.includes(text)) continue;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  }
  return null;
}

test('a Tigrinya word is set in the web font, and only that page fetches it', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const fetched = [];
  page.on('request', (r) => { if (r.url().endsWith('.woff2')) fetched.push(r.url().split('/').pop()); });
  await page.goto(`${server.url}aanbieders/schuldenmaatjes-zuid-west/`);
  await page.evaluate(() => document.fonts.ready);
  assert.deepEqual(fetched, [], 'a Dutch page without such letters fetches no font');

  await page.goto(`${server.url}aanbieders/statushouders-wegwijs/`);
  await page.evaluate(() => document.fonts.ready);
  const fonts = await fontsOf(page, 'main p', 'ትግርኛ');
  assert.ok(fonts, 'the paragraph with the Tigrinya name');
  const ethiopic = fonts.find((f) => /Ethiopic/.test(f.familyName));
  assert.ok(ethiopic && ethiopic.isCustomFont, JSON.stringify(fonts));
  assert.ok(fetched.some((n) => n.startsWith('NotoSansEthiopic-Regular-')), fetched.join());
  assert.ok(fetched.every((n) => !n.startsWith('Droid')), 'no Chinese slice for a page without Chinese');
  await screenshot(page, { path: join(ARTIFACTS, 'fonts-tigrinya-320.png'), fullPage: true });
  await page.close();
});
