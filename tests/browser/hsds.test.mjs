// The HSDS 3.0 export (`data/hsds/`), checked with an independent validator (Ajv, with
// its formats: uuid, uri, email, date-time) against Open Referral's own schemas. The
// schemas are read from ../shared/hsds-3.0 (or $HSDS_SCHEMAS), never copied into this
// repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { REPO, buildSite } from './lib.mjs';

function schemaDir() {
  const candidates = [process.env.HSDS_SCHEMAS, resolve(REPO, '..', 'shared', 'hsds-3.0'), '/work/shared/hsds-3.0'];
  const dir = candidates.find((d) => d && existsSync(join(d, 'compiled', 'service.json')));
  if (!dir) throw new Error(`HSDS 3.0 schemas not found; tried ${candidates.filter(Boolean).join(', ')} (set HSDS_SCHEMAS)`);
  return dir;
}

const SCHEMAS = schemaDir();
const read = (...p) => JSON.parse(readFileSync(join(...p), 'utf8'));

// The schemas carry Frictionless Data keywords (`constraints`, `datapackage_metadata`, …)
// that are not JSON Schema; strict mode would refuse them.
function ajv() {
  const a = new Ajv({ allErrors: true, strict: false });
  addFormats(a);
  for (const f of readdirSync(join(SCHEMAS, 'schema'))) {
    if (f.endsWith('.json') && f !== 'openapi.json') a.addSchema(read(SCHEMAS, 'schema', f), f);
  }
  return a;
}

const A = ajv();
const compiled = A.compile(read(SCHEMAS, 'compiled', 'service.json'));
const term = A.getSchema('taxonomy_term.json');
const out = buildSite();
const services = read(out, 'data', 'hsds', 'services.json');
const terms = read(out, 'data', 'hsds', 'taxonomy_terms.json');
const listed = read(out, 'data', 'aanbieders.json').providers;

test('every HSDS service record is valid against compiled/service.json and schema/service.json', () => {
  assert.equal(services.contents.length, listed.length);
  assert.equal(services.total_items, listed.length);
  const perObject = A.getSchema('service.json');
  for (const s of services.contents) {
    assert.ok(compiled(s), `${s.name}: ${JSON.stringify(compiled.errors, null, 1)}`);
    assert.ok(perObject(s), `${s.name}: ${JSON.stringify(perObject.errors, null, 1)}`);
  }
});

test('a record that breaks the standard is refused, so the check can fail', () => {
  const broken = structuredClone(services.contents[0]);
  broken.id = 'aanbieder-1';
  broken.status = 'open';
  delete broken.organization.description;
  assert.equal(compiled(broken), false);
  const keywords = compiled.errors.map((e) => `${e.instancePath} ${e.keyword}`);
  assert.ok(keywords.includes('/id format'), keywords.join('\n'));
  assert.ok(keywords.includes('/status enum'), keywords.join('\n'));
  assert.ok(keywords.includes('/organization required'), keywords.join('\n'));
});

test('the records carry what the provider pages show', () => {
  const byName = new Map(services.contents.map((s) => [s.name, s]));
  let schedules = 0;
  let locations = 0;
  for (const p of listed) {
    const s = byName.get(p.name);
    assert.ok(s, p.name);
    assert.equal(s.url, p.url);
    assert.equal(s.organization.description, p.summary);
    assert.equal(s.assured_date, p.last_reviewed);
    const domains = s.attributes.filter((a) => a.taxonomy_term.taxonomy === 'levensgebieden').map((a) => a.taxonomy_term.code);
    assert.deepEqual(domains, p.life_domains, p.name);
    assert.deepEqual(s.languages.map((l) => l.code), p.languages, p.name);
    if (p.contact.phone) assert.equal(s.phones[0].number, p.contact.phone);
    const weekly = s.schedules.filter((x) => x.freq === 'WEEKLY');
    assert.equal(weekly.length, p.opening_hours?.hours?.length ?? 0, p.name);
    for (const w of weekly) assert.match(w.byday, /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
    schedules += weekly.length;
    if (p.contact.address) {
      const addr = s.service_at_locations[0].location.addresses[0];
      assert.equal(addr.postal_code, p.contact.address.postcode);
      assert.equal(addr.state_province, 'Noord-Holland');
      locations += 1;
    }
    const areas = s.service_areas.map((a) => a.name);
    assert.ok(areas.length >= 1, p.name);
    if (p.neighbourhoods.length === 0) assert.deepEqual(areas, ['Haarlem']);
  }
  assert.ok(schedules > 20 && locations > 10, `${schedules} schedules, ${locations} locations`);
});

test('the taxonomy terms are valid, and hold the nine life domains', () => {
  assert.ok(term, 'schema/taxonomy_term.json loaded');
  for (const t of terms.contents) assert.ok(term(t), `${t.code}: ${JSON.stringify(term.errors)}`);
  const domains = terms.contents.filter((t) => t.taxonomy === 'levensgebieden').map((t) => t.code);
  assert.equal(domains.length, 9);
  const ids = new Set(terms.contents.map((t) => t.id));
  for (const s of services.contents) for (const a of s.attributes) assert.ok(ids.has(a.taxonomy_term_id), a.taxonomy_term_id);
});

test('the foreign HSDS fixture used by the import tests is valid HSDS too', () => {
  const foreign = read(REPO, 'tests', 'fixtures', 'hsds', 'ander-systeem.json');
  for (const s of foreign.contents ?? foreign) assert.ok(compiled(s), `${s.name}: ${JSON.stringify(compiled.errors, null, 1)}`);
});
