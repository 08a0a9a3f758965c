// The search's evaluation set (tests/eval/search.yaml) run through the browser's engine on
// the exported files of the Haarlem example, as tests/cli/search_eval.rs runs it through
// `steunwijzer search`: prints the top-1 and top-5 rates, and fails only when one drops
// below its floor in that file (never on a timing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO, buildSite } from './lib.mjs';
import { openIndex } from './engine.mjs';

test('the evaluation set stays above its floors in the browser engine', async () => {
  const set = parse(readFileSync(join(REPO, 'tests', 'eval', 'search.yaml'), 'utf8'));
  assert.ok(set.questions.length >= 80, `${set.questions.length} questions`);
  const out = buildSite(REPO);
  const { engine } = await openIndex(out);
  let top1 = 0, top5 = 0;
  const misses = [];
  for (const q of set.questions) {
    const answer = await engine.search({ text: q.q, lifeDomains: [], neighbourhoods: [], languages: [], limit: 5 });
    const got = (await engine.docs(answer.results.map((r) => r.doc))).map((d) => d.slug);
    const good = [...q.first, ...(q.top5 || [])];
    const first = got.length > 0 && q.first.includes(got[0]);
    const five = got.some((s) => good.includes(s));
    top1 += first ? 1 : 0;
    top5 += five ? 1 : 0;
    if (!first) misses.push(`  ${five ? '' : '(not in top 5) '}${q.q}: ${got.join(', ')}`);
  }
  const n = set.questions.length;
  console.log(`search evaluation (browser engine): top-1 ${top1}/${n} = ${(top1 / n).toFixed(2)}, top-5 ${top5}/${n} = ${(top5 / n).toFixed(2)}`);
  console.log(`not first:\n${misses.join('\n')}`);
  assert.ok(top1 / n >= set.floors.top1, `top-1 ${(top1 / n).toFixed(2)} is below its floor ${set.floors.top1}`);
  assert.ok(top5 / n >= set.floors.top5, `top-5 ${(top5 / n).toFixed(2)} is below its floor ${set.floors.top5}`);
});
