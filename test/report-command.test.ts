// `scalene-ci report`: every format from every input format, --out and format inference,
// and one-line typed errors for bad arguments and files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Profile as PprofProfile } from 'pprof-format';
import { reportCommand } from '../src/cli/report.js';
import type { CliIO } from '../src/cli/io.js';
import { InputError, UsageError } from '../src/errors.js';
import { renderText } from '../src/report/text.js';
import { tempDir } from './support/cli.js';
import { SCALENE_DIR, runV8Profiler, scaleneProfile } from './import-fixtures.js';

function fakeIO(cwd: string, isTTY = false): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    env: {},
    isTTY,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

function workDir(): string {
  const dir = tempDir('scalene-ci-report-');
  for (const f of ['cpu.scalene.json', 'mem.no-stacks.scalene.json']) copyFileSync(join(SCALENE_DIR, f), join(dir, f));
  return dir;
}

test('text (the default) is renderText of the imported profile', async () => {
  const dir = workDir();
  const io = fakeIO(dir);
  assert.equal(await reportCommand(['cpu.scalene.json'], io), 0);
  assert.equal(io.out, renderText(scaleneProfile('cpu.scalene.json'), { color: false, reduced: false, cpuPercentThreshold: 1 }));
  assert.doesNotMatch(io.out, /\x1b\[/, 'no colours when stdout is not a terminal');
  const tty = fakeIO(dir, true);
  await reportCommand(['cpu.scalene.json', '--reduced-profile', '--cpu-percent-threshold', '5'], tty);
  assert.equal(tty.out, renderText(scaleneProfile('cpu.scalene.json'), { color: true, reduced: true, cpuPercentThreshold: 5 }));
  const forced = fakeIO(dir, true);
  await reportCommand(['cpu.scalene.json', '--no-color'], forced);
  assert.doesNotMatch(forced.out, /\x1b\[/);
});

test('--out picks the format from the extension; every format writes a file', async () => {
  const dir = workDir();
  const io = fakeIO(dir);
  mkdirSync(join(dir, 'out'));
  for (const [file, check] of [
    ['out/r.html', (b: Buffer) => assert.match(b.toString(), /^<!doctype html>[\s\S]*id="report-data"/)],
    ['out/r.md', (b: Buffer) => assert.match(b.toString(), /^## scalene-ci profile: `mem\.py`/)],
    ['out/r.speedscope.json', (b: Buffer) => assert.equal(JSON.parse(b.toString()).$schema, 'https://www.speedscope.app/file-format-schema.json')],
    ['out/r.pb.gz', (b: Buffer) => assert.ok(PprofProfile.decode(gunzipSync(b)).sample.length > 0)],
    ['out/r.txt', (b: Buffer) => assert.match(b.toString(), /mem\.py/)],
  ] as const) {
    assert.equal(await reportCommand(['mem.no-stacks.scalene.json', '--out', file], io), 0, file);
    check(readFileSync(join(dir, file)));
    assert.ok(io.err.includes(`to ${file}`));
  }
  assert.equal(io.out, '', 'nothing on stdout when writing a file');
  // The pprof file is itself a profile `report` reads.
  const back = fakeIO(dir);
  assert.equal(await reportCommand(['out/r.pb.gz', '--format', 'markdown', '--top', '2'], back), 0);
  assert.match(back.out, /mem\\\.py:7/);
});

test('a real .cpuprofile renders as HTML and Markdown', async () => {
  const run = runV8Profiler('cpu', 'function f(){let s=0;for(let i=0;i<3e6;i++)s+=i%3;return s}\nlet r=0;for(let k=0;k<20;k++)r+=f();\nconsole.log(r>0)\n');
  const io = fakeIO(run.dir);
  assert.equal(await reportCommand([run.file, '--format', 'markdown'], io), 0);
  assert.match(io.out, /\| prog\\\.js:1 \| f \|/);
  assert.match(io.out, /no JS \/ native split/);
  const html = fakeIO(run.dir);
  assert.equal(await reportCommand([run.file, '--format', 'html'], html), 0);
  assert.match(html.out, /^<!doctype html>/);
});

test('bad arguments and files are one typed error', async () => {
  const dir = workDir();
  const rejects = (args: string[], type: typeof UsageError | typeof InputError, pattern: RegExp) =>
    assert.rejects(reportCommand(args, fakeIO(dir)), (e: unknown) => e instanceof type && pattern.test(e.message) && !e.message.includes('\n'));
  await rejects([], UsageError, /expected one PROFILE, got none/);
  await rejects(['a.json', 'b.json'], UsageError, /expected one PROFILE, got 2/);
  await rejects(['cpu.scalene.json', '--format', 'pdf'], UsageError, /--format must be one of text, markdown, html, speedscope, pprof, got "pdf"/);
  await rejects(['cpu.scalene.json', '--format', 'pprof'], UsageError, /give --out FILE/);
  await rejects(['cpu.scalene.json', '--colour'], UsageError, /^report: Unknown option '--colour'/);
  await rejects(['cpu.scalene.json', '--top', '0'], UsageError, /--top expects a positive integer/);
  await rejects(['cpu.scalene.json', '--color', '--no-color'], UsageError, /contradict/);
  await rejects(['cpu.scalene.json', '--cpu-percent-threshold', 'lots'], UsageError, /percentage/);
  await rejects(['missing.json'], InputError, /^missing\.json: no such file$/);
  await rejects(['.'], InputError, /is a directory/);
  await rejects(['cpu.scalene.json', '--out', 'no/such/dir/r.html'], UsageError, /cannot write no\/such\/dir\/r\.html \(ENOENT\)/);
  const help = fakeIO(dir);
  assert.equal(await reportCommand(['--help'], help), 0);
  assert.match(help.out, /^usage: scalene-ci report PROFILE/);
});
