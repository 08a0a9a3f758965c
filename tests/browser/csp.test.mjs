// The Content-Security-Policy: every page of the example site carries it and obeys it, in
// a real browser that enforces it, served over http and opened from disk (the kiosk copy),
// with the search page actually searching and the live preview reloading.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, REPO, buildSite, serve, launch, htmlPages, isRedirect, tempDir } from './lib.mjs';

let site, browser;
before(async () => {
  site = buildSite();
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** Opens `url` and returns the policy violations the page reported. */
async function violations(url, act) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) seen.push(m.text()); });
  await page.goto(url);
  if (act) await act(page);
  await page.waitForLoadState('load');
  seen.push(...await page.evaluate(() => window.__violations));
  const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content).catch(() => null);
  await context.close();
  return { seen, policy };
}

const search = async (page) => {
  await page.fill('#zoekterm', 'geld');
  await page.keyboard.press('Enter');
  await page.locator('.search__results li').first().waitFor({ timeout: 30000 });
};

function checkPolicy(policy, where) {
  assert.ok(policy, `${where}: no Content-Security-Policy meta element`);
  for (const weak of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    assert.ok(!policy.split(/[\s;]+/).includes(weak), `${where}: the policy allows ${weak}`);
  }
  assert.match(policy, /default-src 'none'/);
}

test('every page carries a strict policy and obeys it when served', async () => {
  const server = await serve(site);
  try {
    const pages = htmlPages(site);
    assert.ok(pages.length > 20, `only ${pages.length} pages`);
    for (const rel of pages) {
      // A provider's earlier address sends the browser on: the page it lands on is checked.
      const onward = (page) => page.waitForURL((u) => !u.href.endsWith(rel));
      const act = rel === 'zoeken/index.html' ? search : isRedirect(site, rel) ? onward : undefined;
      const { seen, policy } = await violations(server.url + rel, act);
      checkPolicy(policy, rel);
      assert.deepEqual(seen, [], `${rel} broke its policy`);
    }
  } finally {
    await server.close();
  }
});

test('the policy holds for the copy opened from disk, web pages and kiosk', async () => {
  const provider = htmlPages(site).find((p) => p.startsWith('aanbieders/') && p !== 'aanbieders/index.html' && !isRedirect(site, p));
  const pages = ['index.html', 'zoeken/index.html', provider];
  for (const rel of [...pages, ...pages.map((p) => `kiosk/${p}`)]) {
    const act = rel.endsWith('zoeken/index.html') ? search : undefined;
    const { seen } = await violations(pathToFileURL(join(site, rel)).href, act);
    assert.deepEqual(seen, [], `${rel} from disk broke its policy`);
  }
});

test('the policy holds without JavaScript too (what <noscript> shows)', async () => {
  const server = await serve(site);
  try {
    for (const rel of ['index.html', 'zoeken/index.html', 'aanbieders/index.html']) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const seen = [];
      page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) seen.push(m.text()); });
      await page.goto(server.url + rel);
      await page.waitForLoadState('load');
      await context.close();
      assert.deepEqual(seen, [], `${rel} without JavaScript broke its policy`);
    }
  } finally {
    await server.close();
  }
});

test('the policy check can fail: an inline script in a page is reported', async () => {
  const tmp = tempDir('steunwijzer-csp-');
  cpSync(site, tmp, { recursive: true });
  const file = join(tmp, 'index.html');
  const html = readFileSync(file, 'utf8').replace('</body>', '<script>document.title = "x"</script><p style="color:red">x</p></body>');
  (await import('node:fs')).writeFileSync(file, html);
  const { seen } = await violations(pathToFileURL(file).href);
  assert.ok(seen.some((v) => v.includes('script-src')), `no script violation: ${seen}`);
  assert.ok(seen.some((v) => v.includes('style-src')), `no style violation: ${seen}`);
});

test('the live preview works under the policy', async () => {
  const tmp = tempDir('steunwijzer-serve-');
  for (const part of ['content', 'themes', 'site.yaml']) cpSync(join(REPO, part), join(tmp, part), { recursive: true });
  const child = spawn(BIN, ['serve', '--root', tmp, '--port', String(20000 + Math.floor(Math.random() * 20000))], { env: { ...process.env, STEUNWIJZER_TODAY: '2026-11-24', STEUNWIJZER_LANG: 'en' } });
  try {
    const url = await new Promise((ok, fail) => {
      let text = '';
      child.stdout.on('data', (d) => {
        text += d;
        const m = text.match(/serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
        if (m) ok(m[1]);
      });
      child.on('exit', () => fail(new Error(`serve ended: ${text}`)));
    });
    const { seen, policy } = await violations(url, async (page) => {
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('__steunwijzer')));
    });
    checkPolicy(policy, 'serve');
    assert.deepEqual(seen, [], 'the live preview broke the policy');
  } finally {
    child.kill();
  }
});
