// The accessibility harness on the example site (must pass) and on a fixture with
// deliberate errors (must fail, naming them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO, ARTIFACTS } from './lib.mjs';
import { runHarness } from './harness.mjs';

test('the example site passes every accessibility check', { timeout: 15 * 60 * 1000 }, async () => {
  const { failures, report } = await runHarness({ reportDir: join(ARTIFACTS, 'harness') });
  console.log(report);
  assert.deepEqual(failures.map((f) => `[${f.check}] ${f.where}: ${f.message}`), []);
});

test('a page with an image without alt, low contrast and an unlabeled input fails with clear messages', { timeout: 10 * 60 * 1000 }, async () => {
  const { failures, report } = await runHarness({
    root: join(REPO, 'tests', 'fixtures', 'a11y-broken'),
    reportDir: join(ARTIFACTS, 'harness-broken'),
    useLighthouse: false,
  });
  const axe = failures.filter((f) => f.check === 'axe-core' && f.where.startsWith('page'));
  for (const rule of ['image-alt', 'color-contrast', 'label']) {
    assert.ok(axe.some((f) => f.message.startsWith(`${rule}:`)), `${rule} reported:\n${report}`);
  }
  assert.match(report, /✘ \[axe-core\] page at 320 px: image-alt: Images must have alternative text/);
  assert.match(report, /<img src="..\/assets\/favicon.svg"/, 'the offending element is quoted');
  // The other page types of that site are fine.
  assert.ok(failures.every((f) => f.where.startsWith('page')), report);
});
