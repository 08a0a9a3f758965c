// The browser's Dutch stemmer is generated, not edited: the committed file is what
// stemmer.mjs makes from the locked @orama/stemmers (the parity test in
// search-parity.test.mjs holds its stems to the Rust side's on a Dutch dictionary).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { TARGET, make } from './stemmer.mjs';

test('stem-nl.js is the file stemmer.mjs makes', async () => {
  assert.equal(readFileSync(TARGET, 'utf8'), await make(), 'run `node stemmer.mjs` in tests/browser');
});

test('it loads as a classic script and stems Dutch words', () => {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(TARGET, 'utf8'), context);
  const stem = context.SteunwijzerStem.stemmer;
  assert.deepEqual(['schulden', 'huren', 'mantelzorgers', 'ondersteuning'].map(stem), ['schuld', 'hur', 'mantelzorger', 'ondersteun']);
});
