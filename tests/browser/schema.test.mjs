// The JSON Schema that `build` writes, checked with an independent validator (Ajv) against
// the example content, and against broken content that `check` rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { REPO, buildSite } from './lib.mjs';

function frontMatter(file) {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---/.exec(text.replace(/\r\n/g, '\n'));
  return parse(m[1]) ?? {};
}

const out = buildSite();
const schema = JSON.parse(readFileSync(join(out, 'schema', 'provider.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

test('every provider of the example site is valid against the schema', () => {
  const dir = join(REPO, 'content', 'providers');
  const files = readdirSync(dir);
  assert.ok(files.length >= 40);
  for (const f of files) {
    const ok = validate(frontMatter(join(dir, f)));
    assert.ok(ok, `${f}: ${JSON.stringify(validate.errors, null, 1)}`);
  }
});

test('broken providers are invalid against the schema too', () => {
  const dir = join(REPO, 'tests', 'fixtures', 'broken', 'content', 'providers');
  const expect = {
    'unknown-key.md': 'additionalProperties',
    'wrong-types.md': 'enum',
    'missing.md': 'required',
    'empty-values.md': 'type',
  };
  for (const [file, keyword] of Object.entries(expect)) {
    assert.equal(validate(frontMatter(join(dir, file))), false, file);
    assert.ok(validate.errors.some((e) => e.keyword === keyword), `${file}: ${JSON.stringify(validate.errors)}`);
  }
  const woonen = frontMatter(join(dir, 'bad-values.md'));
  assert.equal(validate(woonen), false);
  assert.ok(validate.errors.some((e) => e.instancePath === '/life_domains/0' && e.keyword === 'enum'));
  assert.ok(validate.errors.some((e) => e.instancePath === '/summary' && e.keyword === 'maxLength'));
});
