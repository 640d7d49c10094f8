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
