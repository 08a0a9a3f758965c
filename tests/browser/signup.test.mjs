// "Aanmelden als ondersteuner": the form's checks give the verdicts `steunwijzer check`
// gives (the same values through both), a filled-in form makes a provider file that
// passes check, and the page works at 320 px by keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, REPO, buildSite, launch, serve, tempDir } from './lib.mjs';

const VALUES = {
  phone: ['023 511 52 73', '06 12345678', '+31 23 511 5273', '0031 6 1234 5678', '0800 1234', '0800 12345', '0900-1234567',
    '14 023', '112', '116 111', '12345', '+44 20 7946 0958', '023-511527', '06-1234567a', '(023) 511 52 73'],
  email: ['info@voorbeeld.nl', 'info@', 'a..b@voorbeeld.nl', 'mailto:a@voorbeeld.nl', 'naam@domein', 'n@d.n', '.a@voorbeeld.nl', 'ö@voorbeeld.nl', 'a b@voorbeeld.nl'],
  website: ['https://www.voorbeeld.nl', 'www.voorbeeld.nl', 'http://voorbeeld.nl/pad', 'https://voorbeeld', 'https://a b.nl',
    'https://user@voorbeeld.nl', 'https://voorbeeld.nl:8080/x', 'https://-a.nl', 'ftp://voorbeeld.nl'],
  postcode: ['2011 AB', '2011AB', '2011 ab', '0123 AB', '2011 SA', '20111 AB', '2011 A'],
};
const CODES = { phone: 'invalid-phone', email: 'invalid-email', website: 'invalid-url', postcode: 'invalid-postcode' };

function providerFile(field, value) {
  const q = JSON.stringify(value);
  const contact = field === 'postcode'
    ? `contact:\n  address:\n    street: "Dorpsstraat 1"\n    postcode: ${q}\n    city: "Haarlem"\n`
    : `contact:\n  ${field}: ${q}\n`;
  return `---\nname: "Test"\nsummary: "Een test."\nkind: organisation\nlife_domains: [wonen]\n${contact}free: true\nindependent: true\nlast_reviewed: 2026-11-01\n---\nTekst.\n`;
}

/** Which values `check` refuses, by field: one provider file per value, one run. */
function checkVerdicts() {
  const root = join(tempDir('steunwijzer-signup-'), 'site');
  cpSync(join(REPO, 'tests', 'fixtures', 'good'), root, { recursive: true });
  const files = [];
  for (const [field, values] of Object.entries(VALUES)) {
    values.forEach((v, i) => {
      const rel = `content/providers/t-${field}-${i}.md`;
      writeFileSync(join(root, rel), providerFile(field, v));
      files.push({ field, value: v, rel });
    });
  }
  let out;
  try {
    out = execFileSync(BIN, ['check', '--root', root, '--format', 'json'], { env: { ...process.env, STEUNWIJZER_TODAY: '2026-11-24' } });
  } catch (e) { out = e.stdout; }
  const diagnostics = JSON.parse(out).diagnostics;
  return files.map((f) => ({
    ...f,
    refused: diagnostics.some((d) => d.path.endsWith(f.rel) && d.severity === 'error' && d.code === CODES[f.field]),
  }));
}

test('the form refuses exactly what check refuses', async () => {
  const out = buildSite();
  const server = await serve(out);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url + 'aanmelden/index.html');
    const expected = checkVerdicts();
    const verdicts = await page.evaluate((cases) => cases.map((c) => {
      const rules = window.SteunwijzerSignupRules;
      return { ...c, refused: rules[c.field](c.value) !== null };
    }), expected.map(({ field, value }) => ({ field, value })));
    const differ = verdicts.filter((v, i) => v.refused !== expected[i].refused)
      .map((v) => `${v.field} ${JSON.stringify(v.value)}: form ${v.refused ? 'refuses' : 'accepts'}, check ${v.refused ? 'accepts' : 'refuses'}`);
    assert.deepEqual(differ, []);
    assert.ok(expected.some((e) => e.refused) && expected.some((e) => !e.refused), 'both verdicts occur');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a provider signs up at 320 px by keyboard, and the file passes check', async () => {
  const out = buildSite();
  const server = await serve(out);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    // The form dates the file by the browser's clock; check runs on the same day.
    await page.clock.setFixedTime(new Date('2026-12-06T12:00:00'));
    await page.goto(server.url + 'aanmelden/index.html');
    // Sent empty: every problem named at the top, each field marked, focus on the list.
    await page.getByRole('button', { name: 'Aanmelding maken' }).press('Enter');
    const summary = page.locator('.signup__errors');
    await summary.waitFor();
    assert.ok(await summary.evaluate((el) => el === document.activeElement), 'focus on the problems');
    assert.ok(await page.locator('.signup__error-list li').count() >= 6);
    assert.equal(await page.locator('#sw-name').getAttribute('aria-invalid'), 'true');
    // A wrong phone number is named as such.
    await page.fill('#sw-name', 'Hulp bij Papieren Oost');
    await page.fill('#sw-summary', 'Vrijwilligers helpen u met brieven en formulieren.');
    await page.check('#sw-kind-volunteer-organisation');
    await page.check('#sw-ld-inkomen');
    await page.fill('#sw-text', 'Wij lezen samen met u uw post.\n\nU kunt zonder afspraak langskomen.');
    await page.fill('#sw-phone', '023-511527');
    await page.check('#sw-free');
    await page.check('#sw-independent');
    await page.click('.signup__form button[type=submit]');
    assert.match(await page.locator('#sw-phone-error').textContent(), /geen Nederlands telefoonnummer/);
    assert.equal(await page.locator('.signup__error-list li').count(), 1);
    await page.fill('#sw-phone', '023 511 52 73');
    await page.fill('#sw-sender', 'Els de Vries');
    await page.click('.signup__form button[type=submit]');
    await page.locator('.signup__done').waitFor();
    const file = await page.locator('#sw-file').inputValue();
    assert.match(file, /^last_reviewed: 2026-12-06$/m, file);
    const mail = await page.locator('.signup__mail').getAttribute('href');
    assert.match(mail, /^mailto:redactie@/);
    assert.ok(decodeURIComponent(mail).includes('name: "Hulp bij Papieren Oost"'), mail);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `the page is ${wide} px wide at 320`);
    // The file, as an editor would save it, passes check.
    const root = join(tempDir('steunwijzer-signup-'), 'site');
    cpSync(join(REPO, 'tests', 'fixtures', 'good'), root, { recursive: true });
    mkdirSync(join(root, 'content', 'providers'), { recursive: true });
    writeFileSync(join(root, 'content', 'providers', 'hulp-bij-papieren-oost.md'), file);
    const check = execFileSync(BIN, ['check', '--root', root, '--format', 'json'], { env: { ...process.env, STEUNWIJZER_TODAY: '2026-12-06' } });
    const mine = JSON.parse(check).diagnostics.filter((d) => d.path.includes('hulp-bij-papieren-oost'));
    assert.deepEqual(mine, [], file);
    assert.ok(!file.includes('Els de Vries\n'), 'the sender is a comment, not a field');
  } finally {
    await browser.close();
    await server.close();
  }
});
