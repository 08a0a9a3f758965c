// The spoken languages' names in each interface language are generated, not edited: the
// committed files are what language-names.mjs makes from the project's Dutch list and the
// locked CLDR package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LANGUAGES, make, target } from './language-names.mjs';

for (const lang of LANGUAGES) {
  test(`${lang}.languages.ftl is the file language-names.mjs makes`, () => {
    assert.equal(readFileSync(target(lang), 'utf8'), make(lang), 'run `node language-names.mjs` in tests/browser');
  });
}

test('the names are in the language itself', () => {
  const line = (lang, code) => readFileSync(target(lang), 'utf8').split('\n').find((l) => l.startsWith(`language-${code} =`));
  assert.equal(line('nl', 'tr'), 'language-tr = Turks');
  assert.equal(line('tr', 'tr'), 'language-tr = Türkçe');
  assert.equal(line('ar', 'ar'), 'language-ar = العربية');
  assert.equal(line('uk', 'pl'), 'language-pl = польська');
});
