// `scalene-ci compare` and `scalene-ci merge` through the CLI entry (main): exit codes,
// formats, inputs (files, directories, globs), and one clear error line for bad input.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { parseProfile } from '../src/model/validate.js';
import { CLI, cliAvailable, makeProfile, sourceOf, tempDir } from './compare-helpers.js';
import type { Profile } from '../src/model/profile.js';

const dir = tempDir('scalene-ci-compare-cli-');
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Exit 2 and exactly one line on stderr, matching `re`, no stack trace. */
async function expectError(args: string[], re: RegExp, cwd = dir): Promise<void> {
  const r = await cli(args, cwd);
  assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}, stderr ${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.match(lines[0]!, /^scalene-ci: /);
  assert.match(lines[0]!, re);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.equal(r.stdout, '');
}

function profile(lines: Record<number, number>, source = sourceOf(30)): Profile {
  return makeProfile({ files: { 'app.js': { source, lines: Object.entries(lines).map(([l, s]) => ({ line: Number(l), cpu_js_s: s })) } } });
}

function write(name: string, p: Profile | string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof p === 'string' ? p : JSON.stringify(p));
  return path;
}

const BASE = { 3: 0.2, 10: 0.1, 20: 0.05 };
write('base.json', profile(BASE));
write('same.json', profile({ 3: 0.201, 10: 0.099, 20: 0.051 }));
write('slow.json', profile({ ...BASE, 10: 0.5 }));

test('exit codes: 0 without regression, 0 with one unless --fail-on-regression, then 1', async () => {
  let r = await cli(['compare', 'base.json', 'same.json', '--fail-on-regression']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /No significant change/);
  r = await cli(['compare', 'base.json', 'slow.json']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /REGRESSION: 1 finding/);
  assert.match(r.stdout, /app\.js:10/);
  r = await cli(['compare', 'base.json', 'slow.json', '--fail-on-regression']);
  assert.equal(r.code, 1);
});

test('formats: json (the diff contract), markdown, text, html; --out writes the file', async () => {
  const json = await cli(['compare', 'base.json', 'slow.json', '--format', 'json']);
  const diff = JSON.parse(json.stdout);
  assert.equal(diff.schema, 'scalene-ci/diff@1');
  assert.deepEqual(diff.findings.map((f: { kind: string; line: number }) => [f.kind, f.line]), [['cpu', 10]]);
  const md = await cli(['compare', 'base.json', 'slow.json', '--format', 'markdown', '--title', '## T', '--blob-url', 'https://github.com/o/r/blob/sha/{file}#L{line}']);
  assert.ok(md.stdout.startsWith('## T\n'));
  assert.ok(md.stdout.includes('(https://github.com/o/r/blob/sha/app.js#L10)'));
  const small = await cli(['compare', 'base.json', 'slow.json', '--format', 'markdown', '--max-chars', '1000']);
  assert.ok(small.stdout.length <= 1000);
  const html = await cli(['compare', 'base.json', 'slow.json', '--format', 'html']);
  assert.equal(html.code, 0, html.stderr);
  assert.match(html.stdout, /<html/i);
  const out = await cli(['compare', 'base.json', 'slow.json', '--format', 'json', '--out', 'diff.json']);
  assert.equal(out.stdout, '');
  assert.match(out.stderr, /1 regression, 0 improvements; wrote diff\.json/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'diff.json'), 'utf8')).summary.regressions, 1);
});

test('inputs: a directory of runs and a quoted glob are sets of runs', async () => {
  for (let i = 0; i < 3; i++) {
    write(`runs/base/run-${i}.json`, profile({ 3: 0.2 + i * 0.002, 10: 0.1, 20: 0.05 }));
    write(`runs/head/run-${i}.json`, profile({ 3: 0.2, 10: 0.3 + i * 0.003, 20: 0.05 - i * 0.001 }));
  }
  write('runs/base/notes.txt', 'not a profile');
  const r = await cli(['compare', 'runs/base', 'runs/head/run-*.json', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const diff = JSON.parse(r.stdout);
  assert.equal(diff.base.runs, 3);
  assert.equal(diff.head.runs, 3);
  assert.deepEqual(diff.findings.map((f: { line: number; test: string }) => [f.line, f.test]), [[10, 'moderated-t']]);
  const deep = await cli(['compare', join(dir, 'runs/**/run-0.json'), 'runs/head', '--format', 'json']);
  assert.equal(JSON.parse(deep.stdout).base.runs, 2, 'an absolute ** glob matched both run-0 files');
});

test('configuration: .scalene-ci.yml in the working directory, or --config', async () => {
  const cfgDir = join(dir, 'withcfg');
  mkdirSync(cfgDir, { recursive: true });
  writeFileSync(join(cfgDir, '.scalene-ci.yml'), 'thresholds:\n  cpu: {min_relative: 5}\n');
  const r = await cli(['compare', join(dir, 'base.json'), join(dir, 'slow.json'), '--fail-on-regression'], cfgDir);
  assert.equal(r.code, 0, 'the repo config raised the floor above the +200 % change');
  writeFileSync(join(dir, 'strict.yml'), 'ignore: ["*.js"]\n');
  const i = await cli(['compare', 'base.json', 'slow.json', '--config', 'strict.yml', '--format', 'json']);
  assert.equal(JSON.parse(i.stdout).summary.ignored_files, 1);
  writeFileSync(join(dir, 'bad.yml'), 'thresholds:\n  cpu: {min_relative: lots}\n');
  await expectError(['compare', 'base.json', 'slow.json', '--config', 'bad.yml'], /bad\.yml: thresholds\.cpu\.min_relative: expected a number, got "lots"/);
  await expectError(['compare', 'base.json', 'slow.json', '--config', 'nope.yml'], /--config nope\.yml: no such file/);
});

test('corrupt, truncated, wrong-schema, empty and oversized inputs: one clear error, exit 2', async () => {
  const good = JSON.stringify(profile(BASE));
  write('corrupt.json', '\u0000\u0001garbage{{{');
  write('truncated.json', good.slice(0, Math.floor(good.length / 2)));
  write('wrong-schema.json', JSON.stringify({ ...profile(BASE), schema: 'speedscope@0.1' }));
  write('bad-field.json', good.replace('"cpu_js_s":0.2', '"cpu_js_s":"fast"'));
  write('empty.json', '');
  write('blank.json', '  \n');
  write('array.json', '[1, 2]');
  await expectError(['compare', 'corrupt.json', 'base.json'], /corrupt\.json: not valid JSON \(truncated or corrupt\?\)/);
  await expectError(['compare', 'base.json', 'truncated.json'], /truncated\.json: not valid JSON \(truncated or corrupt\?\)/);
  await expectError(['compare', 'base.json', 'wrong-schema.json'], /wrong-schema\.json: not a profile this tool reads \(schema "speedscope@0\.1"\); expected a scalene-ci profile/);
  write('future.json', JSON.stringify({ ...profile(BASE), schema: 'scalene-ci/profile@2' }));
  await expectError(['compare', 'base.json', 'future.json'], /future\.json: not a scalene-ci profile \(schema is "scalene-ci\/profile@2", expected "scalene-ci\/profile@1"\)/);
  await expectError(['compare', 'base.json', 'bad-field.json'], /bad-field\.json: files\["app\.js"\]\.lines\[0\]\.cpu_js_s: expected a finite number, got "fast"/);
  await expectError(['compare', 'empty.json', 'base.json'], /empty\.json: the file is empty/);
  await expectError(['compare', 'blank.json', 'base.json'], /blank\.json: the file is empty/);
  await expectError(['compare', 'array.json', 'base.json'], /array\.json: not a profile this tool reads/);
  await expectError(['compare', 'base.json', 'slow.json', '--max-input-mb', '0.001'], /base\.json: the file is [\d.]+ KB, larger than the limit of 1\.0 KB/);
  await expectError(['compare', 'missing.json', 'base.json'], /missing\.json: no such file or directory/);
  await expectError(['compare', 'base.json', 'nothing-*.json'], /nothing-\*\.json: no files match/);
  mkdirSync(join(dir, 'emptydir'), { recursive: true });
  await expectError(['compare', 'emptydir', 'base.json'], /emptydir: no profiles \(\*\.json files\) in this directory/);
});

test('usage errors: exit 2 with one line', async () => {
  await expectError(['compare', 'base.json'], /compare expects two inputs, BASE and HEAD, got 1/);
  await expectError(['compare', 'a.json', 'b.json', 'c.json'], /got 3 \(quote globs so the shell does not expand them/);
  await expectError(['compare', 'base.json', 'slow.json', '--format', 'pdf'], /--format must be one of text, markdown, json, html, got "pdf"/);
  await expectError(['compare', 'base.json', 'slow.json', '--frobnicate'], /compare: Unknown option '--frobnicate'/);
  await expectError(['compare', 'base.json', 'slow.json', '--max-chars=0'], /--max-chars expects a positive integer, got "0"/);
  await expectError(['compare', 'base.json', 'slow.json', '--blob-url', 'javascript:{file}'], /--blob-url must be an http\(s\) URL/);
  const help = await cli(['compare', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /usage: scalene-ci compare BASE HEAD/);
});

test('merge: runs into per-run arrays, shards into sums; bad use exits 2', async () => {
  let r = await cli(['merge', 'runs/base', '--out', 'merged-runs.json']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /merged 3 profiles \(runs, 3 runs\) into merged-runs\.json/);
  const runs = parseProfile(readFileSync(join(dir, 'merged-runs.json'), 'utf8'), 'merged');
  assert.equal(runs.meta.runs, 3);
  assert.equal(runs.files['app.js']!.lines[0]!.per_run!.cpu_js_s!.length, 3);
  // A merged file compares like the directory of runs it came from.
  const a = JSON.parse((await cli(['compare', 'merged-runs.json', 'runs/head', '--format', 'json'])).stdout);
  const b = JSON.parse((await cli(['compare', 'runs/base', 'runs/head', '--format', 'json'])).stdout);
  assert.deepEqual(a.findings.map((f: { line: number; p_value: number }) => [f.line, f.p_value]), b.findings.map((f: { line: number; p_value: number }) => [f.line, f.p_value]));
  r = await cli(['merge', 'base.json', 'slow.json', '--mode', 'shards', '--out', 'merged-shards.json']);
  assert.equal(r.code, 0, r.stderr);
  const shards = parseProfile(readFileSync(join(dir, 'merged-shards.json'), 'utf8'), 'merged');
  assert.ok(Math.abs(shards.files['app.js']!.lines.find((l) => l.line === 10)!.cpu_js_s - 0.6) < 1e-9);
  await expectError(['merge', 'base.json'], /merge needs --out FILE/);
  await expectError(['merge', '--out', 'x.json'], /merge needs at least one profile/);
  await expectError(['merge', 'base.json', '--out', 'x.json', '--mode', 'zip'], /--mode must be "runs" or "shards", got "zip"/);
  await expectError(['merge', 'base.json', 'truncated.json', '--out', 'x.json'], /truncated\.json: not valid JSON/);
});

test('the built CLI gives the same exit codes', { skip: cliAvailable() ? false : 'dist/cli.js is not built' }, () => {
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  const ok = run(['compare', 'base.json', 'slow.json', '--fail-on-regression']);
  assert.equal(ok.status, 1, ok.stderr);
  const bad = run(['compare', 'base.json', 'truncated.json']);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
  assert.match(bad.stderr, /^scalene-ci: truncated\.json: not valid JSON/);
});
