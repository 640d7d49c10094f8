// Ground-truth tests of the CPU profiler: programs whose time split we know by
// construction, profiled end to end through `scalene-ci run`.
//
// Tolerances (stated once, used below): CPU-budgeted phases (JS, native) must be measured
// within ±35% of their CPU budget, and the sleep within ±35% of its wall time; each
// line's dominant category must hold ≥ 70% of its time. Wide enough for a loaded 2-core
// CI runner, tight enough that a wrong attribution (another line, another category) fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { PROGRAMS, ROOT, lineOf, lineTotal, readProfile, runCli, tempDir } from './support/cli.js';
import type { LineProfile } from '../src/model/profile.js';

const CPU = join(PROGRAMS, 'cpu');
const rel = (f: string) => `test/programs/cpu/${f}`;

function near(actual: number, expected: number, tol: number, what: string) {
  assert.ok(Math.abs(actual - expected) <= expected * tol, `${what}: ${actual.toFixed(3)} s, expected ${expected.toFixed(3)} s ±${tol * 100}%`);
}

// For CPU categories the share is of the line's CPU time: on a loaded runner a busy line
// also gets off-CPU time while it waits for a core, which is real but not the point here.
function dominant(l: LineProfile | undefined, cat: 'cpu_js_s' | 'cpu_native_s' | 'system_s', what: string) {
  assert.ok(l, `${what}: line missing from the profile`);
  const cpu = l.cpu_js_s + l.cpu_native_s + l.gc_s;
  const share = l[cat] / (cat === 'system_s' ? lineTotal(l) : cpu);
  assert.ok(share >= 0.7, `${what}: ${cat} is ${(share * 100).toFixed(0)}% of the line's time (${JSON.stringify(l)})`);
}

test('JS loop, native hashing and a blocking sleep land on their lines with the right category', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'split.mjs')], { env: { BUDGET_MS: '400' } });
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  assert.equal(p.meta.complete, true);
  const js = lineOf(p, rel('split.mjs'), 11);
  const nat = lineOf(p, rel('split.mjs'), 13);
  const sys = lineOf(p, rel('split.mjs'), 14);
  dominant(js, 'cpu_js_s', 'JS line 11');
  dominant(nat, 'cpu_native_s', 'native line 13');
  dominant(sys, 'system_s', 'sleep line 14');
  near(js!.cpu_js_s + js!.cpu_native_s + js!.gc_s, 0.4, 0.35, 'CPU on the JS line');
  near(nat!.cpu_js_s + nat!.cpu_native_s + nat!.gc_s, 0.4, 0.35, 'CPU on the native line');
  near(sys!.system_s, 0.4, 0.35, 'off-CPU time on the sleep line');
  // The three lines hold nearly all attributed time; nothing else is hot.
  const all = p.files[rel('split.mjs')]!.lines.reduce((s, l) => s + lineTotal(l), 0);
  assert.ok((lineTotal(js) + lineTotal(nat) + lineTotal(sys)) / all > 0.9, 'the three phase lines hold > 90% of the file');
  // Function table: `phases` spans lines 9–15 and holds the time.
  const fn = p.files[rel('split.mjs')]!.functions.find((f) => f.name === 'phases');
  assert.ok(fn, 'function phases listed');
  assert.equal(fn.line, 9);
  assert.equal(fn.end_line, 15);
  assert.equal(p.files[rel('split.mjs')]!.source?.split('\n')[10]?.includes('line 11: JS'), true, 'source text stored');
});

test('--use-virtual-time counts only CPU time', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--use-virtual-time', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'split.mjs')], { env: { BUDGET_MS: '200' } });
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  assert.equal(p.meta.use_virtual_time, true);
  assert.equal(p.totals.system_s, 0);
  assert.ok(lineTotal(lineOf(p, rel('split.mjs'), 14)) < 0.05, 'the sleep line has (almost) no CPU time');
  assert.ok(lineTotal(lineOf(p, rel('split.mjs'), 11)) > 0.1, 'the JS line still has its CPU time');
});

test('time in library code is charged to the calling lines (1:2)', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'callers.mjs')]);
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  assert.equal(Object.keys(p.files).some((f) => f.includes('node_modules')), false, 'node_modules is not profiled by default');
  const a = lineTotal(lineOf(p, rel('callers.mjs'), 6));
  const b = lineTotal(lineOf(p, rel('callers.mjs'), 7));
  assert.ok(a > 0.05 && b > 0.05, `both call lines have time (${a}, ${b})`);
  const ratio = b / a;
  assert.ok(ratio > 1.4 && ratio < 2.8, `line 7 / line 6 = ${ratio.toFixed(2)}, expected ≈ 2`);

  // --profile-all: the library's own line gets the time instead.
  const out2 = join(dir, 'all.json');
  await runCli(['run', '--profile-all', '--json-out', out2, '--no-report', '--', process.execPath, join(CPU, 'callers.mjs')]);
  const p2 = readProfile(out2);
  const lib = lineOf(p2, rel('node_modules/fakelib/index.js'), 3);
  assert.ok(lib && lineTotal(lib) > 0.5 * (a + b), `with --profile-all the library loop line is hot (${lineTotal(lib)} s vs ${a + b} s before)`);
  assert.ok(lineTotal(lineOf(p2, rel('callers.mjs'), 7)) < 0.2 * lineTotal(lib), 'and the call line no longer holds that time');

  // --profile-exclude callers: nothing left to attribute in that file.
  const out3 = join(dir, 'ex.json');
  await runCli(['run', '--profile-exclude', 'callers', '--json-out', out3, '--no-report', '--', process.execPath, join(CPU, 'callers.mjs')]);
  assert.equal(readProfile(out3).files[rel('callers.mjs')], undefined);
});

test('a callee V8 inlines into its caller: each function holds its own lines, functions and lines agree', async () => {
  // V8 charges the inlined callee's samples to the caller's function node, with the callee's
  // lines: read from the node, `outer` got ~95 % of the time and the range of `inner`.
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'inlined.js')]);
  assert.equal(r.code, 0, r.stderr);
  const f = readProfile(out).files[rel('inlined.js')]!;
  const cpu = (m: { cpu_js_s: number; cpu_native_s: number; system_s: number; gc_s: number }) => m.cpu_js_s + m.cpu_native_s + m.system_s + m.gc_s;
  const inner = f.functions.find((fn) => fn.name === 'inner');
  const outer = f.functions.find((fn) => fn.name === 'outer');
  assert.deepEqual([inner?.line, inner?.end_line], [3, 7], JSON.stringify(f.functions));
  // `outer`'s own work is a loop of 100 calls a round, ~0-5 ms in all: on Node 26, 3 runs in
  // 20 took no sample on its lines (line 10 listed for its callee only), and a function with
  // nothing on its lines has no entry. When it has one, it is its own range and small. A
  // sample counts even when its time rounds to zero (a clean-clone CI run had one sample of
  // 0 s on `outer`'s lines, and its row, rightly).
  const outerLines = f.lines.filter((l) => l.line >= 8 && l.line <= 12).reduce((s, l) => s + cpu(l) + l.samples, 0);
  if (outerLines > 0) assert.deepEqual([outer?.line, outer?.end_line], [8, 12], JSON.stringify(f.functions));
  else assert.equal(outer, undefined, JSON.stringify(f.functions));
  const all = f.lines.reduce((s, l) => s + cpu(l), 0);
  assert.ok(cpu(inner!) > 0.8 * all && (outer ? cpu(outer) : 0) < 0.1 * all, `inner ${cpu(inner!)} s, outer ${outer ? cpu(outer) : 0} s of ${all} s`);
  for (const fn of f.functions) {
    const owner = (line: number) => f.functions.filter((g) => g.line <= line && line <= g.end_line).sort((a, b) => a.end_line - a.line - (b.end_line - b.line))[0];
    const sum = f.lines.filter((l) => owner(l.line) === fn).reduce((s, l) => s + cpu(l), 0);
    assert.ok(Math.abs(sum - cpu(fn)) < 1e-5 + 1e-3 * sum, `${fn.name}: ${cpu(fn)} s, its lines ${sum} s`);
  }
});

test("a callee from another file inlined into a top-level loop: its time is its own file's line, and the caller's line names its span", async () => {
  // V8 resolves the positions of a function inlined from another script against the caller's
  // script: node --cpu-prof put 263 of 276 ticks of lib.mjs's loop (line 9) on main.mjs's
  // line 9, a run-once `if`. Ground truth: lib's loop does ~6x main's own loop's work.
  const out = join(tempDir(), 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'spans', 'main.mjs')]);
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  const main = rel('spans/main.mjs');
  const lib = rel('spans/lib.mjs');
  const mark = (file: string, m: string) => readFileSync(join(CPU, 'spans', file), 'utf8').split('\n').findIndex((l) => l.includes(`// @${m}`)) + 1;
  const all = Object.values(p.files).flatMap((f) => f.lines).reduce((s, l) => s + lineTotal(l), 0);
  const byLine = Object.entries(p.files).flatMap(([k, f]) => f.lines.map((l) => `${k}:${l.line} ${(lineTotal(l) * 1e3).toFixed(0)} ms`)).join(', ');
  const loop = lineTotal(lineOf(p, lib, mark('lib.mjs', 'loop')));
  const own = lineTotal(lineOf(p, main, mark('main.mjs', 'own')));
  const once = lineTotal(lineOf(p, main, mark('main.mjs', 'once')));
  assert.ok(loop >= 0.7 * all, `lib's loop ${loop} s of ${all} s (${byLine})`);
  assert.ok(own >= 0.05 * all && own <= 0.3 * all, `main's own loop ${own} s of ${all} s (${byLine})`);
  assert.ok(once <= 0.02 * all, `main's run-once line ${once} s (${byLine})`);
  const spans = lineOf(p, main, mark('main.mjs', 'call'))?.callee_spans ?? [];
  assert.ok(spans.some(([file, first, last]) => file === lib && first <= mark('lib.mjs', 'loop') && mark('lib.mjs', 'loop') <= last), JSON.stringify(spans));
});

test('worker threads are profiled and attributed to their own lines', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'worker-main.mjs')]);
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  const hot = lineOf(p, rel('worker-body.mjs'), 2);
  assert.ok(hot && hot.cpu_js_s > 0.1, `worker line 2 has JS time: ${JSON.stringify(hot)}`);
  assert.ok(p.meta.processes[0]!.threads >= 2, 'main thread and worker both recorded');
});

test('forked children (inherited and custom env) are profiled; a shell child does not break anything', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'fork-main.mjs')]);
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  assert.ok(lineTotal(lineOf(p, rel('fork-child.mjs'), 2)) > 0.1, 'child with inherited env profiled');
  assert.ok(lineTotal(lineOf(p, rel('fork-child2.mjs'), 2)) > 0.1, 'child with a custom env profiled');
  assert.ok(p.meta.processes.length >= 2, 'several processes merged');
});

test('npm run <script> → node bench.js: the script is profiled, npm itself is dropped', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'b', version: '1.0.0', scripts: { bench: 'node bench.js' } }));
  // Time-bound (300 ms), not iteration-bound: newer V8s run a fixed loop much faster.
  writeFileSync(join(dir, 'bench.js'), 'let s = 0; const end = Date.now() + 300;\nwhile (Date.now() < end) for (let i = 0; i < 1e5; i++) s += i % 3;\nconsole.log(s > 0);\n');
  const out = join(dir, 'p.json');
  const npm = spawnSync('which', ['npm'], { encoding: 'utf8' }).stdout.trim();
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', npm, 'run', '-s', 'bench'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  assert.deepEqual(Object.keys(p.files), ['bench.js']);
  assert.ok(lineTotal(lineOf(p, 'bench.js', 2)) > 0.1);
  assert.equal(p.meta.processes.length, 1, 'only the process with profiled code is kept');
});

test('CommonJS entry points work', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', join(CPU, 'cjs.cjs')]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(lineTotal(lineOf(readProfile(out), rel('cjs.cjs'), 2)) > 0.05);
});

test('TypeScript through tsx reports the .ts file and its lines', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, tsx, join(CPU, 'typed.ts')]);
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  const files = Object.keys(p.files);
  assert.ok(files.includes(rel('typed.ts')), `typed.ts in ${files.join(', ')}`);
  const hot = p.files[rel('typed.ts')]!.lines.reduce((a, b) => (lineTotal(b) > lineTotal(a) ? b : a));
  // tsx emits whitespace-minified JavaScript (a whole file on one line) and V8 reports no
  // columns, so precision is the function, mapped to its first line (see README).
  assert.ok(hot.line >= 3 && hot.line <= 7, `the hot line ${hot.line} lies in count() (lines 3–7)`);
  const fn = p.files[rel('typed.ts')]!.functions.find((f) => f.name === 'count');
  assert.ok(fn && fn.samples > 20, 'count() is in the function table');
});

test('TypeScript through ts-node reports the exact .ts lines', async () => {
  const dir = tempDir();
  // Outside this package (CommonJS), as a ts-node project would be.
  writeFileSync(join(dir, 'typed.ts'), (await import('node:fs')).readFileSync(join(CPU, 'typed.ts'), 'utf8'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'es2022' } }));
  const out = join(dir, 'p.json');
  const register = join(ROOT, 'node_modules', 'ts-node', 'register');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, '-r', register, 'typed.ts'], { cwd: dir, env: { TS_NODE_TRANSPILE_ONLY: '1' } });
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  const hot = p.files['typed.ts']!.lines.reduce((a, b) => (lineTotal(b) > lineTotal(a) ? b : a));
  assert.equal(hot.line, 5, 'the loop line of the .ts source is the hottest');
});

test('`scalene-ci run app.ts` uses Node type stripping where available: exact .ts lines', { skip: !process.features.typescript && Number(process.versions.node.split('.')[0]) < 23 ? 'needs Node with type stripping' : false }, async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', join(CPU, 'typed.ts')]);
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  const hot = p.files[rel('typed.ts')]!.lines.reduce((a, b) => (lineTotal(b) > lineTotal(a) ? b : a));
  assert.equal(hot.line, 5, 'the loop line of the .ts source is the hottest');
});

test('compiled JavaScript with a source map reports the original TypeScript', async () => {
  const dir = tempDir();
  const { buildSync } = await import('esbuild');
  const outJs = join(dir, 'typed.js');
  // Compile next to a copy of the source so the map's relative path resolves.
  writeFileSync(join(dir, 'typed.ts'), (await import('node:fs')).readFileSync(join(CPU, 'typed.ts'), 'utf8'));
  buildSync({ entryPoints: [join(dir, 'typed.ts')], outfile: outJs, sourcemap: true, format: 'esm', platform: 'node' });
  assert.ok(existsSync(outJs + '.map'));
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, outJs], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  assert.ok(p.files['typed.ts'], `original file reported: ${Object.keys(p.files).join(', ')}`);
  const hot = p.files['typed.ts']!.lines.reduce((a, b) => (lineTotal(b) > lineTotal(a) ? b : a));
  assert.equal(hot.line, 5);
});

test('profile(fn) keeps only samples inside registered functions', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'decorated.mjs')]);
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  const lines = p.files[rel('decorated.mjs')]!.lines;
  assert.ok(lines.some((l) => l.line === 3 && l.samples > 20), 'the chosen function is profiled');
  assert.equal(lines.some((l) => l.line === 2), false, 'the other function is not');
});

test('suspend and resume from another shell', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  let cliPid = 0;
  const control = (flag: string) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'profile', flag, '--pid', String(cliPid)], { encoding: 'utf8' });
  const pending = runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'phases.mjs')], { onSpawn: (pid) => (cliPid = pid) });
  await new Promise((r) => setTimeout(r, 400));
  const off = control('--off');
  assert.equal(off.status, 0, off.stderr);
  await new Promise((r) => setTimeout(r, 1500));
  const on = control('--on');
  assert.equal(on.status, 0, on.stderr);
  const r = await pending;
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  const a = lineTotal(lineOf(p, rel('phases.mjs'), 4));
  const b = lineTotal(lineOf(p, rel('phases.mjs'), 5));
  // Profiled: phase A until --off (~0.4 s of its 1.5 s), phase B after --on (~1.1 s of its
  // 1.5 s): A's share of the two is ~0.27, and 0.5 with nothing suspended. A share, not seconds:
  // on a loaded machine both phases get less CPU than wall time, alike.
  assert.ok(b > 0.2, `phase B profiled (${b.toFixed(2)} s)`);
  assert.ok(a / (a + b) < 0.42, `phase A mostly unprofiled (${a.toFixed(2)} s against phase B's ${b.toFixed(2)} s)`);
  const bad = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'profile', '--off', '--pid', '999999'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^scalene-ci: no scalene-ci run with pid 999999/);
});

test('the terminal report shows the annotated source and function summary', async () => {
  const dir = tempDir();
  const r = await runCli(['run', '--json-out', join(dir, 'p.json'), '--', process.execPath, join(CPU, 'split.mjs')], { env: { BUDGET_MS: '150' } });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /test\/programs\/cpu\/split\.mjs: % of time = \d+%/);
  assert.match(r.stdout, / {3}11 │.*line 11: JS/);
  assert.match(r.stdout, /function summary/);
  assert.equal(r.stdout.includes('\x1b['), false, 'no colours when stdout is not a TTY');
  const reduced = await runCli(['run', '--reduced-profile', '--json-out', join(dir, 'q.json'), '--', process.execPath, join(CPU, 'split.mjs')], { env: { BUDGET_MS: '150' } });
  assert.equal(reduced.stdout.includes('import crypto'), false, 'reduced profile omits cold lines');
  assert.match(reduced.stdout, / {3}14 │/);
});

test('--repeat N keeps per-run figures; --profile-interval writes the profile while running', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--repeat', '2', '--cpu-only', '--json-out', out, '--no-report', join(CPU, 'cjs.cjs')]);
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  assert.equal(p.meta.runs, 2);
  const l = lineOf(p, rel('cjs.cjs'), 2)!;
  assert.equal(l.per_run?.cpu_js_s?.length, 2);
  assert.ok(l.per_run!.cpu_js_s!.every((x) => x > 0.02), 'each run measured the loop');

  const live = join(dir, 'live.json');
  let finished = false;
  const pending = runCli(['run', '--profile-interval', '0.5', '--json-out', live, '--no-report', '--', process.execPath, join(CPU, 'phases.mjs')]).then((x) => {
    finished = true;
    return x;
  });
  // Read interim profiles while the program runs (polling, not a fixed wait: on a loaded
  // machine the first phase's CPU time accrues later than its wall time).
  let interim: ReturnType<typeof readProfile> | null = null;
  let held = 0;
  while (!finished) {
    await new Promise((res) => setTimeout(res, 200));
    if (finished) break;
    try {
      const p = readProfile(live);
      if (p.meta.complete) continue;
      interim = p;
      held = lineTotal(lineOf(p, rel('phases.mjs'), 4));
      if (held > 0.3) break;
    } catch {
      // not written yet, or being replaced
    }
  }
  assert.ok(interim, 'an interim profile was written while the program ran');
  assert.equal(interim.meta.complete, false, 'an interim profile is marked incomplete');
  assert.ok(held > 0.3, `and already holds the first phase (${held.toFixed(2)} s)`);
  assert.equal((await pending).code, 0);
  assert.equal(readProfile(live).meta.complete, true);
});

test('@profile as a TypeScript method decorator keeps only that method', async () => {
  const { buildSync } = await import('esbuild');
  const { mkdirSync } = await import('node:fs');
  // Compiled inside the package so `import 'scalene-ci'` resolves by self-reference.
  const outDir = join(ROOT, '.cache', 'test-decorators');
  mkdirSync(outDir, { recursive: true });
  const outJs = join(outDir, 'decorated-class.mjs');
  buildSync({ entryPoints: [join(CPU, 'decorated-class.ts')], outfile: outJs, format: 'esm', platform: 'node', sourcemap: true, target: 'node20' });
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, outJs]);
  assert.equal(r.code, 0, r.stderr);
  const p = readProfile(out);
  const lines = p.files[rel('decorated-class.ts')]?.lines ?? [];
  assert.ok(lines.some((l) => l.line === 6 && l.samples > 20), `the decorated method is profiled: ${JSON.stringify(lines.map((l) => [l.line, l.samples]))}`);
  assert.equal(lines.some((l) => l.line === 3 && l.samples > 5), false, 'the undecorated path is not');
});

test('tsx keeps its disk cache under the profiler, apart from plain runs\' minified output: exact lines whichever ran first', async () => {
  // tsx caches its output in <tmpdir>/tsx-<user> by the source and its own options; the
  // profiled tree's output keeps its whitespace (loaders.ts), so a shared cache would hand a
  // profiled run a plain run's one-line file (the loop line lost) and a plain run ours.
  const dir = tempDir();
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  writeFileSync(join(dir, 'typed.ts'), readFileSync(join(CPU, 'typed.ts'), 'utf8'));
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const env = { TMPDIR: tmp };
  const uid = process.getuid?.() ?? 0;
  const plainCache = join(tmp, `tsx-${uid}`);
  const ourCache = join(tmp, `scalene-ci-tsx-${uid}`, `tsx-${uid}`);
  const entries = (d: string) => (existsSync(d) ? readdirSync(d).sort().map((f) => [f, readFileSync(join(d, f), 'utf8')]) : []);
  const codeOf = (d: string) => entries(d).map(([, text]) => (JSON.parse(text!) as { code: string }).code).join('\n');

  const plain = spawnSync(process.execPath, [tsx, 'typed.ts'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  assert.equal(plain.status, 0, plain.stderr);
  const plainEntries = entries(plainCache);
  // The plain run's cached output is minified: the loop shares its line with the function's start.
  assert.match(codeOf(plainCache), /function count\([^)]*\)\s*\{[^\n]*for\s*\(/, 'tsx cached minified output');

  for (const round of [1, 2]) {
    const out = join(dir, `p${round}.json`);
    const r = await runCli(['run', '--cpu-only', '--json-out', out, '--no-report', '--', process.execPath, tsx, 'typed.ts'], { cwd: dir, env });
    assert.equal(r.code, 0, r.stderr);
    const hot = readProfile(out).files['typed.ts']!.lines.reduce((a, b) => (lineTotal(b) > lineTotal(a) ? b : a));
    assert.equal(hot.line, 5, `run ${round}: the loop line of the .ts source is the hottest`);
    // Ours holds the whitespace-kept output, written once and read by the second run.
    assert.match(codeOf(ourCache), /for \(let i = 0; i < n; i\+\+\) c\.total \+= i % 7;\n/);
    assert.equal(entries(ourCache).length, 1, `run ${round}: one cached module`);
  }
  assert.deepEqual(entries(plainCache), plainEntries, 'the plain cache untouched');
});

test('tsx\'s folder of ours is not used when it is someone else\'s (a link, or writable by others): tsx then runs without its disk cache, exact lines', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'typed.ts'), readFileSync(join(CPU, 'typed.ts'), 'utf8'));
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const uid = process.getuid?.() ?? 0;
  const cases: Array<[string, (folder: string, elsewhere: string) => void]> = [
    ['a link to another folder', (folder, elsewhere) => symlinkSync(elsewhere, folder)],
    ['a folder others can write to', (folder) => {
      mkdirSync(folder);
      chmodSync(folder, 0o777);
    }],
  ];
  for (const [what, make] of cases) {
    const tmp = join(dir, `tmp-${cases.findIndex(([w]) => w === what)}`);
    const elsewhere = join(tmp, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    const folder = join(tmp, `scalene-ci-tsx-${uid}`);
    make(folder, elsewhere);
    const out = join(tmp, 'p.json');
    const r = await runCli(['run', '--cpu-only', '--json-out', out, '--no-report', '--', process.execPath, tsx, 'typed.ts'], { cwd: dir, env: { TMPDIR: tmp } });
    assert.equal(r.code, 0, r.stderr);
    const hot = readProfile(out).files['typed.ts']!.lines.reduce((a, b) => (lineTotal(b) > lineTotal(a) ? b : a));
    assert.equal(hot.line, 5, `${what}: the loop line is the hottest`);
    assert.deepEqual(readdirSync(elsewhere), [], `${what}: nothing written through it`);
    assert.deepEqual(readdirSync(folder), [], `${what}: nothing written in it`);
  }
});
