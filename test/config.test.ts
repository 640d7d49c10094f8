// .scalene-ci.yml: parsing, validation messages (key + bad value), loading, globs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, loadConfig, matchesGlob, parseConfig, thresholdsFor } from '../src/config/config.js';
import { UsageError } from '../src/errors.js';
import { tempDir } from './compare-helpers.js';

test('an empty file is the defaults; given keys override them', () => {
  assert.deepEqual(parseConfig('', 'c.yml'), DEFAULT_CONFIG);
  assert.deepEqual(parseConfig('# only a comment\n', 'c.yml'), DEFAULT_CONFIG);
  const c = parseConfig(
    `alpha: 0.05
scope: lines
thresholds:
  cpu:
    min_relative: 0.25
    min_absolute_s: 0.02
  new-hotspot: {min_share: 0.1}
  gpu: false
ignore:
  - "test/**"
  - vendor/
overrides:
  - paths: ["src/hot/**"]
    thresholds:
      cpu: {min_relative: 1}
report:
  max_chars: 30000
`,
    'c.yml',
  );
  assert.equal(c.alpha, 0.05);
  assert.equal(c.scope, 'lines');
  assert.deepEqual(c.thresholds.cpu, { enabled: true, min_relative: 0.25, min_absolute_s: 0.02, min_share_points: 0.02 });
  assert.equal(c.thresholds['new-hotspot'].min_share, 0.1);
  assert.equal(c.thresholds['new-hotspot'].max_base_share, DEFAULT_CONFIG.thresholds['new-hotspot'].max_base_share);
  assert.equal(c.thresholds.gpu.enabled, false);
  assert.deepEqual(c.ignore, ['test/**', 'vendor/']);
  assert.equal(c.report.max_chars, 30000);
  assert.equal(thresholdsFor(c, 'src/hot/loop.js').cpu.min_relative, 1);
  assert.equal(thresholdsFor(c, 'src/hot/loop.js').cpu.min_absolute_s, 0.02);
  assert.equal(thresholdsFor(c, 'src/cold.js').cpu.min_relative, 0.25);
  // The defaults object itself is never modified.
  assert.equal(DEFAULT_CONFIG.thresholds.cpu.min_relative, 0.1);
});

test('bad values: one error naming the key and echoing the value', () => {
  const cases: Array<[string, RegExp]> = [
    ['alpha: 2', /^c\.yml: alpha: expected a number between 0 and 1, got 2$/],
    ['alpha: "low"', /alpha: expected a number, got "low"/],
    ['scope: everything', /scope: expected "lines", "functions" or "both", got "everything"/],
    ['thresholds: {cpu: {min_relativ: 1}}', /thresholds\.cpu\.min_relativ: unknown key \(expected one of: enabled, min_relative, min_absolute_s, min_share_points\)/],
    ['thresholds: {cpu: {min_relative: -1}}', /thresholds\.cpu\.min_relative: expected a number ≥ 0, got -1/],
    ['thresholds: {memory: {min_absolute_bytes: "1MB"}}', /thresholds\.memory\.min_absolute_bytes: expected a number, got "1MB"/],
    ['thresholds: {cpus: {}}', /thresholds\.cpus: unknown key/],
    ['thresholds: {leak: {min_likelihood: 1.5}}', /thresholds\.leak\.min_likelihood: expected a number between 0 and 1, got 1\.5/],
    ['thresholds: {cpu: {enabled: "yes"}}', /thresholds\.cpu\.enabled: expected true or false, got "yes"/],
    ['ignore: [src/a.js, 3]', /ignore\[1\]: expected a non-empty glob, got 3/],
    ['ignore: ["src/[a.js"]', /ignore\[0\]: unclosed \[ in glob: "src\/\[a\.js"/],
    ['overrides: [{thresholds: {cpu: false}}]', /overrides\[0\]\.paths: missing/],
    ['overrides: {paths: x}', /overrides: expected a list, got a mapping/],
    ['report: {max_chars: 10}', /report\.max_chars: expected a number between 1000 and 10000000, got 10/],
    ['colour: red', /colour: unknown key/],
    ['- a\n- b', /\(top level\): expected a mapping, got a list/],
    ['alpha: [1', /c\.yml: not valid YAML \(line \d+, column \d+\)/],
    ['alpha: 1\nalpha: 2', /not valid YAML.*unique/],
  ];
  for (const [yaml, re] of cases) {
    assert.throws(
      () => parseConfig(yaml, 'c.yml'),
      (e: unknown) => {
        assert.ok(e instanceof UsageError, `${yaml}: ${String(e)}`);
        assert.match(e.message, re, yaml);
        assert.ok(!e.message.includes('\n'), `one line: ${e.message}`);
        return true;
      },
    );
  }
});

test('loadConfig: explicit path, .scalene-ci.yml in the working directory, or defaults', () => {
  const dir = tempDir('scalene-ci-config-');
  try {
    assert.deepEqual(loadConfig(undefined, dir), DEFAULT_CONFIG);
    writeFileSync(join(dir, '.scalene-ci.yml'), 'alpha: 0.02\n');
    assert.equal(loadConfig(undefined, dir).alpha, 0.02);
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'ci', 'perf.yaml'), 'alpha: 0.03\n');
    assert.equal(loadConfig('ci/perf.yaml', dir).alpha, 0.03);
    assert.throws(() => loadConfig('missing.yml', dir), /--config missing\.yml: no such file/);
    writeFileSync(join(dir, '.scalene-ci.yml'), 'alpha: nope\n');
    assert.throws(() => loadConfig(undefined, dir), /^UsageError: \.scalene-ci\.yml: alpha: expected a number, got "nope"$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('globs: *, **, ?, [..], {a,b}, directory patterns, base-name patterns', () => {
  const cases: Array<[string, string, boolean]> = [
    ['src/a.js', 'src/*.js', true],
    ['src/x/a.js', 'src/*.js', false],
    ['src/x/y/a.js', 'src/**/*.js', true],
    ['src/a.js', 'src/**/*.js', true],
    ['deep/dir/test.js', 'test.js', true],
    ['deep/dir/test.js', '*.js', true],
    ['node_modules/x/y.js', 'node_modules/', true],
    ['a/node_modules/x.js', '**/node_modules/**', true],
    ['src/a.ts', 'src/*.{js,ts}', true],
    ['src/a.md', 'src/*.{js,ts}', false],
    ['lib/a1.js', 'lib/a[0-9].js', true],
    ['lib/ab.js', 'lib/a?.js', true],
    ['lib/a.js', 'lib/a?.js', false],
    ['./src/a.js', 'src/a.js', true],
    ['src/a+b.js', 'src/a+b.js', true],
    ['src/axb.js', 'src/a.b.js', false],
  ];
  for (const [path, glob, expected] of cases) assert.equal(matchesGlob(path, glob), expected, `${path} ~ ${glob}`);
});
