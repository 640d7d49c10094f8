// Valid-looking but hostile inputs to compare, merge and report (a pull request's artifact
// is untrusted): each is refused with one line and exit code 2, in bounded time and memory
// (peak RSS measured in the CLI's own process), never with a stack trace or exit 70.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeProfile } from './compare-helpers.js';
import { CLI, ROOT, tempDir } from './support/cli.js';

const RSS = join(ROOT, 'test', 'support', 'rss.cjs');

interface Bounded {
  code: number | null;
  stdout: string;
  stderr: string;
  rss_mb: number;
  wall_s: number;
}

/** Run the built CLI with its peak RSS recorded; killed after `timeoutMs`. */
function runBounded(args: string[], cwd: string, timeoutMs = 30_000): Promise<Bounded> {
  const rssFile = join(cwd, `rss-${Date.now()}-${Math.random()}.txt`);
  const started = Date.now();
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--require', RSS, CLI, ...args], { cwd, env: { ...process.env, SCALENE_CI_TEST_RSS_OUT: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', rej);
    child.on('close', (code) => {
      clearTimeout(timer);
      let rss_mb = NaN;
      try {
        rss_mb = Number(readFileSync(rssFile, 'utf8'));
      } catch {}
      res({ code, stdout, stderr, rss_mb, wall_s: (Date.now() - started) / 1000 });
    });
  });
}

/** Exit 2, one `scalene-ci:` line matching `pattern`, no stack, within the budget. */
function assertRefused(r: Bounded, pattern: RegExp, budget: { rss_mb: number; wall_s: number } = { rss_mb: 300, wall_s: 20 }): void {
  const detail = `exit ${r.code}, ${r.rss_mb.toFixed(0)} MB, ${r.wall_s.toFixed(1)} s\n${r.stderr.slice(0, 2000)}`;
  assert.equal(r.code, 2, detail);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line:\n${detail}`);
  assert.match(lines[0]!, /^scalene-ci: /, detail);
  assert.match(lines[0]!, pattern, detail);
  assert.ok(r.rss_mb < budget.rss_mb, `peak RSS ${r.rss_mb.toFixed(0)} MB (budget ${budget.rss_mb} MB)`);
  assert.ok(r.wall_s < budget.wall_s, `took ${r.wall_s.toFixed(1)} s (budget ${budget.wall_s} s)`);
}

function small(seconds = 0.5) {
  return makeProfile({ files: { 'src/a.js': { source: 'a();\nb();\n', lines: [{ line: 1, cpu_js_s: seconds }, { line: 2, cpu_js_s: 0.1 }] } } });
}

function write(dir: string, name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
}

test('meta.runs a small profile cannot back (1e6, 1e9): compare and merge refuse it in one line', async () => {
  const dir = tempDir();
  const good = write(dir, 'good.json', small());
  for (const runs of [1_000_000, 1e9]) {
    const p = small();
    p.meta.runs = runs;
    const bad = write(dir, `runs-${runs}.json`, p);
    const pattern = new RegExp(`runs-${runs}\\.json: meta\\.runs: ${runs} runs × 3 lines, functions and totals would be .* per-run values, but the input holds \\d+ values`);
    assertRefused(await runBounded(['compare', good, bad], dir), pattern);
    assertRefused(await runBounded(['merge', good, bad, '--out', join(dir, 'm.json')], dir), pattern);
  }
});

test('runs backed by per_run arrays are accepted; many runs spread over profiles are refused as a combination', async () => {
  const dir = tempDir();
  // 200 runs with per_run arrays on every entry: backed by the data, accepted.
  const runs = 200;
  const per = (v: number) => ({ cpu_js_s: Array(runs).fill(v), cpu_native_s: Array(runs).fill(0), system_s: Array(runs).fill(0), gc_s: Array(runs).fill(0), samples: Array(runs).fill(v * 1000) });
  const repeated = makeProfile({ files: { 'src/a.js': { source: 'a();\nb();\n', lines: [{ line: 1, cpu_js_s: 0.5, per_run: per(0.5) }, { line: 2, cpu_js_s: 0.1, per_run: per(0.1) }] } } });
  repeated.meta.runs = runs;
  repeated.totals.per_run = per(0.6);
  const ok = await runBounded(['compare', write(dir, 'small.json', small()), write(dir, 'repeated.json', repeated)], dir);
  assert.equal(ok.code, 0, ok.stderr);
  // Alone each passes (a wide single run; a narrow profile claiming 300k runs under the
  // floor); together one side would be 300,001 runs × 100,003 entries.
  const wide = makeProfile({ files: { 'src/w.js': { source: null, lines: Array.from({ length: 100_000 }, (_, i) => ({ line: i + 1, cpu_js_s: 0.001 })) } } });
  const narrow = small();
  narrow.meta.runs = 300_000;
  const side = join(dir, 'side');
  (await import('node:fs')).mkdirSync(side);
  write(side, 'a-wide.json', wide);
  write(side, 'b-narrow.json', narrow);
  assertRefused(await runBounded(['compare', join(dir, 'small.json'), side], dir), /side: 300001 runs × 100003 lines, functions and totals would be 3\.0e\+10 per-run values/, { rss_mb: 500, wall_s: 30 });
  assertRefused(await runBounded(['merge', side, '--out', join(dir, 'm.json')], dir), /merging runs: 300001 runs × 100003 lines/, { rss_mb: 500, wall_s: 30 });
});

test('a valid profile with 150,000 sampled lines renders as Markdown and HTML (no argument spread over the stack)', async () => {
  const dir = tempDir();
  const wide = makeProfile({ files: { 'src/w.js': { source: null, lines: Array.from({ length: 150_000 }, (_, i) => ({ line: i + 1, cpu_js_s: 0.001 })) } } });
  const path = write(dir, 'wide.json', wide);
  for (const format of ['markdown', 'html', 'text']) {
    const r = await runBounded(['report', path, '--format', format, '--out', join(dir, `wide.${format}`)], dir, 60_000);
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    assert.ok(r.rss_mb < 1000, `${format}: peak RSS ${r.rss_mb} MB`);
  }
  // merge: per-run values of a profile with many runs are appended in a loop, not spread.
  const runs = 200_000;
  const many = small();
  many.meta.runs = runs;
  many.totals.per_run = { cpu_js_s: Array(runs).fill(0.6), cpu_native_s: Array(runs).fill(0), system_s: Array(runs).fill(0), gc_s: Array(runs).fill(0), samples: Array(runs).fill(600) };
  const m = await runBounded(['merge', write(dir, 'many.json', many), write(dir, 'one.json', small()), '--out', join(dir, 'm.json')], dir, 60_000);
  assert.equal(m.code, 0, m.stderr);
});

test('magnitudes no profile reaches (1e308 seconds, Scalene elapsed 1e308, lines past 2^31) are refused; the largest accepted still compare', async () => {
  const dir = tempDir();
  const good = write(dir, 'good.json', small());
  const huge = small();
  huge.files['src/a.js']!.lines[0]!.cpu_js_s = 1e308;
  assertRefused(await runBounded(['compare', good, write(dir, 'huge.json', huge)], dir), /huge\.json: files\["src\/a\.js"\]\.lines\[0\]\.cpu_js_s: expected at most 1000000000 in magnitude, got 1e\+308/);
  const far = small();
  far.files['src/a.js']!.lines[1]!.line = 2 ** 31;
  assertRefused(await runBounded(['report', write(dir, 'far.json', far)], dir), /far\.json: files\["src\/a\.js"\]\.lines\[1\]\.line: expected at most 2147483647/);
  // At the limits, compare's statistics stay finite.
  const edge = small();
  edge.files['src/a.js']!.lines[0]!.cpu_js_s = 1e9;
  edge.files['src/a.js']!.lines[1]!.cpu_js_s = 1e-300;
  const e1 = await runBounded(['compare', good, write(dir, 'edge.json', edge)], dir);
  assert.equal(e1.code, 0, e1.stderr);
  const e2 = await runBounded(['compare', join(dir, 'edge.json'), good], dir);
  assert.equal(e2.code, 0, e2.stderr);
  // Through Scalene's JSON: elapsed_time_sec turns percentages into seconds.
  const scalene = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'scalene', 'cpu.scalene.json'), 'utf8'));
  scalene.elapsed_time_sec = 1e308;
  assertRefused(await runBounded(['report', write(dir, 'huge.scalene.json', scalene)], dir), /huge\.scalene\.json: .*expected at most 1000000000 in magnitude/);
});

test('a Scalene lineno of 1e8 or 1e9 renders in bounded memory (no source rebuilt from blanks)', async () => {
  const dir = tempDir();
  const fixture = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'scalene', 'cpu.scalene.json'), 'utf8'));
  const file = Object.keys(fixture.files)[0]!;
  for (const lineno of [1e8, 1e9]) {
    const s = JSON.parse(JSON.stringify(fixture));
    s.files[file].lines.push({ ...s.files[file].lines.at(-1), lineno, n_cpu_percent_python: 5 });
    const path = write(dir, `lineno-${lineno}.scalene.json`, s);
    for (const format of ['text', 'html']) {
      const r = await runBounded(['report', path, '--format', format, '--out', join(dir, `o.${format}`)], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(r.rss_mb < 300, `lineno ${lineno}, ${format}: peak RSS ${r.rss_mb.toFixed(0)} MB`);
    }
  }
});

test('report refuses devices and FIFOs at once instead of reading forever or blocking', { skip: process.platform === 'win32' }, async () => {
  const dir = tempDir();
  assertRefused(await runBounded(['report', '/dev/zero'], dir, 10_000), /\/dev\/zero: not a regular file/);
  const fifo = join(dir, 'fifo.json');
  const mk = (await import('node:child_process')).spawnSync('mkfifo', [fifo]);
  assert.equal(mk.status, 0);
  assertRefused(await runBounded(['report', fifo], dir, 10_000), /fifo\.json: not a regular file/);
});

test("a file named '__proto__' survives merge (runs and shards) like any other", async () => {
  const dir = tempDir();
  const withProto = (s: number) => JSON.stringify(makeProfile({ files: { 'src/a.js': { source: 'a();\n', lines: [{ line: 1, cpu_js_s: 0.5 }] }, PROTO: { source: 'x();\n', lines: [{ line: 1, cpu_js_s: s }] } } })).replace('"PROTO"', '"__proto__"');
  const a = write(dir, 'a.json', withProto(0.5));
  const b = write(dir, 'b.json', withProto(2));
  for (const mode of ['runs', 'shards']) {
    const out = join(dir, `m-${mode}.json`);
    const r = await runBounded(['merge', '--mode', mode, a, b, '--out', out], dir);
    assert.equal(r.code, 0, r.stderr);
    const merged = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(Object.keys(merged.files).sort(), ['__proto__', 'src/a.js'], mode);
    assert.equal(merged.files.__proto__.lines[0].cpu_js_s, mode === 'runs' ? 1.25 : 2.5);
  }
});

test('a newline in a file or function name cannot start a log line (no forged `::` workflow commands)', async () => {
  const dir = tempDir();
  const forged = 'src/a.js\n::error file=x.js::forged\r\n::add-mask::x\u2028::warning::y';
  const mk = (s: number) => {
    const p = makeProfile({ files: { PLACE: { source: 'a();\nb();\n', lines: [{ line: 1, cpu_js_s: s }, { line: 2, cpu_js_s: 0.1 }], functions: [{ name: 'f\n::error::fn', line: 1, end_line: 2 }] } } });
    return JSON.stringify(p).replace('"PLACE"', JSON.stringify(forged));
  };
  const base = write(dir, 'base.json', mk(0.5));
  const head = write(dir, 'head.json', mk(5));
  for (const args of [['report', head], ['compare', base, head]]) {
    const r = await runBounded(args, dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes('src/a.js␤::error file=x.js::forged␤::add-mask::x␤::warning::y'), r.stdout);
    for (const line of (r.stdout + r.stderr).split(/\r?\n|\r/)) assert.doesNotMatch(line, /^\s*::/, `${args[0]}: a line starts a workflow command`);
  }
});

test('a YAML alias bomb in the config is a config error (exit 2), not an internal error', async () => {
  const dir = tempDir();
  const good = write(dir, 'good.json', small());
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  write(dir, 'bomb.yml', levels.join('\n') + '\n');
  assertRefused(await runBounded(['compare', good, good, '--config', 'bomb.yml'], dir), /bomb\.yml: not a usable YAML document: Excessive alias count/);
});

test('merging a large profile with a small one stays within a bounded multiple of the input', async () => {
  const dir = tempDir();
  const files: Record<string, { source: string; lines: Array<{ line: number; cpu_js_s: number }>; functions: Array<{ name: string; line: number; end_line: number }> }> = {};
  for (let f = 0; f < 100; f++) {
    files[`src/f${f}.js`] = { source: 'x();\n'.repeat(1500), lines: Array.from({ length: 1500 }, (_, i) => ({ line: i + 1, cpu_js_s: 0.001 * (i % 7) })), functions: [{ name: 'f', line: 1, end_line: 1500 }] };
  }
  const text = JSON.stringify(makeProfile({ files }));
  const big = write(dir, 'big.json', text);
  const input_mb = text.length / 1024 / 1024;
  const r = await runBounded(['merge', big, write(dir, 'small.json', small()), '--out', join(dir, 'm.json')], dir, 120_000);
  assert.equal(r.code, 0, r.stderr);
  // Measured here: about 170 MB + 10x the input after sizing per-run arrays exactly and
  // validating the merged object in place (297 MB for this 12 MB input; 559 MB for 38 MB,
  // which took 890 MB before; a 183 MB profile took 4.6 GB); ~8x since the inputs are let go
  // before the output is written, in pieces (238 MB for 12 MB, 483 MB for 37 MB). Node 24's collector lets the same
  // merge peak at 367 MB (seen in CI): the budget allows for the newer Nodes' looser heap.
  const budget = 200 + 16 * input_mb;
  assert.ok(r.rss_mb < budget, `peak RSS ${r.rss_mb.toFixed(0)} MB for a ${input_mb.toFixed(1)} MB input (budget ${budget.toFixed(0)} MB)`);
});

test('a malformed .cpuprofile (duplicate ids, dangling children, deltas outside its span) is refused in one line', async () => {
  const dir = tempDir();
  const frame = (fn: string, line: number) => ({ functionName: fn, scriptId: '1', url: 'file:///app/a.js', lineNumber: line, columnNumber: 0 });
  const base = () => ({
    nodes: [
      { id: 1, callFrame: frame('(root)', -1), children: [2] },
      { id: 2, callFrame: frame('hot', 3), children: [], positionTicks: [{ line: 4, ticks: 3 }] },
    ],
    startTime: 1_000_000,
    endTime: 1_004_000,
    samples: [2, 2, 2],
    timeDeltas: [1000, 1000, 1000],
  });
  const ok = await runBounded(['report', write(dir, 'ok.cpuprofile', base())], dir);
  assert.equal(ok.code, 0, ok.stderr);
  const dup = base();
  dup.nodes.push({ id: 2, callFrame: frame('other', 9), children: [] } as (typeof dup.nodes)[number]);
  assertRefused(await runBounded(['report', write(dir, 'dup.cpuprofile', dup)], dir), /dup\.cpuprofile: nodes\[2\]\.id: duplicate node id 2/);
  const dangling = base();
  dangling.nodes[0]!.children = [2, 77];
  assertRefused(await runBounded(['report', write(dir, 'dangling.cpuprofile', dangling)], dir), /dangling\.cpuprofile: nodes\[0\]\.children: refers to node 77 which is not in nodes/);
  const negative = base();
  negative.timeDeltas = [1000, -1e9, 1e9];
  assertRefused(await runBounded(['report', write(dir, 'negative.cpuprofile', negative)], dir), /negative\.cpuprofile: timeDeltas\[1\]: puts sample 1 at .* outside startTime/);
  const backwards = base();
  backwards.endTime = 0;
  assertRefused(await runBounded(['report', write(dir, 'backwards.cpuprofile', backwards)], dir), /backwards\.cpuprofile: endTime: 0 is before startTime/);
});
