// importScalene against real Scalene output (test/fixtures/scalene, README.md there says
// what each program does and what each file contains).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/errors.js';
import { importScalene } from '../src/import/scalene.js';
import { totalSeconds, type Profile } from '../src/model/profile.js';
import { validateProfile } from '../src/model/validate.js';
import { compareProfiles } from '../src/compare/index.js';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { SCALENE_DIR, SCALENE_FIXTURES, scaleneJson, scaleneProfile } from './import-fixtures.js';

const MIB = 1024 * 1024;
type RawLine = Record<string, number> & { lineno: number; cpu_samples_list?: number[] };
const rawFile = (name: string) => Object.values((scaleneJson(name) as { files: Record<string, { lines: RawLine[] }> }).files)[0]!;
const rawLine = (name: string, n: number) => rawFile(name).lines.find((l) => l.lineno === n)!;
const elapsedOf = (name: string) => (scaleneJson(name) as { elapsed_time_sec: number }).elapsed_time_sec;
const line = (p: Profile, file: string, n: number) => p.files[file]!.lines.find((l) => l.line === n);
const fn = (p: Profile, file: string, name: string) => p.files[file]!.functions.find((f) => f.name === name)!;
const hottest = (p: Profile) =>
  Object.entries(p.files)
    .flatMap(([file, f]) => f.lines.map((l) => ({ file, line: l.line, s: totalSeconds(l) })))
    .sort((a, b) => b.s - a.s)[0]!;
const near = (actual: number, expected: number, rel: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${what}: ${actual} is not within ${rel * 100}% of ${expected}`);

test('every fixture imports into a valid profile that survives a JSON round trip', () => {
  for (const name of SCALENE_FIXTURES) {
    const p = scaleneProfile(name);
    assert.equal(p.meta.source_format, 'scalene', name);
    assert.ok(Object.keys(p.files).length >= 1, name);
    validateProfile(JSON.parse(JSON.stringify(p)), name);
    for (const f of Object.values(p.files)) for (const l of f.lines) assert.equal(l.gc_s, 0, `${name}: Scalene has no GC time`);
    assert.ok(p.meta.missing.includes('gc_time') && p.meta.missing.includes('caller_lines'), name);
  }
});

test('cpu.py: percentages become seconds via elapsed_time_sec, and each line lands in its category', () => {
  const p = scaleneProfile('cpu.scalene.json');
  const elapsed = elapsedOf('cpu.scalene.json');
  assert.deepEqual(Object.keys(p.files), ['cpu.py'], 'absolute paths become relative to the program directory');
  assert.equal(p.meta.mode, 'full');
  assert.equal(p.meta.elapsed_s, elapsed);
  for (const n of [3, 8, 13, 18, 22]) {
    const raw = rawLine('cpu.scalene.json', n);
    const l = line(p, 'cpu.py', n)!;
    near(l.cpu_js_s, (raw.n_cpu_percent_python! / 100) * elapsed, 1e-9, `line ${n} JS`);
    near(l.cpu_native_s, (raw.n_cpu_percent_c! / 100) * elapsed, 1e-9, `line ${n} native`);
    near(l.system_s, (raw.n_sys_percent! / 100) * elapsed, 1e-9, `line ${n} system`);
  }
  // README: line 8 is the pure-Python loop, 13 the numpy matmul, 18 the sleep.
  const l8 = line(p, 'cpu.py', 8)!;
  const l13 = line(p, 'cpu.py', 13)!;
  const l18 = line(p, 'cpu.py', 18)!;
  assert.ok(l8.cpu_js_s > l8.cpu_native_s && l8.cpu_js_s > l8.system_s, 'line 8 is interpreted (JS column) time');
  assert.ok(l13.cpu_native_s > 10 * l13.cpu_js_s, 'line 13 is native time');
  assert.ok(l18.system_s > 5 * (l18.cpu_js_s + l18.cpu_native_s), 'line 18 is system time');
  assert.deepEqual(hottest(p), { file: 'cpu.py', line: 8, s: totalSeconds(l8) });
  // Fewer than 500 timestamps: the count is exact.
  assert.equal(l8.samples, rawLine('cpu.scalene.json', 8).cpu_samples_list!.length);
  assert.equal(l8.samples, 179);
  // Totals: lines plus unattributed add up to the elapsed time Scalene divided by.
  near(totalSeconds(p.totals) + p.totals.unattributed_s, elapsed, 1e-9, 'attributed + unattributed');
  assert.ok(p.totals.unattributed_s < 0.01 * elapsed, 'Scalene charged 99.5% of the time to cpu.py');
});

test('cpu.py: the source is rebuilt byte for byte, and function ranges come from start/end_function_line', () => {
  const p = scaleneProfile('cpu.scalene.json');
  assert.equal(p.files['cpu.py']!.source, readFileSync(join(SCALENE_DIR, 'cpu.py'), 'utf8'));
  const ranges = p.files['cpu.py']!.functions.map((f) => [f.name, f.line, f.end_line]);
  assert.deepEqual(ranges, [
    ['python_work', 6, 9],
    ['native_work', 12, 14],
    ['system_work', 17, 18],
    ['main', 21, 25],
  ]);
  assert.ok(!p.meta.missing.includes('function_ranges'));
  assert.equal(fn(p, 'cpu.py', 'python_work').samples, line(p, 'cpu.py', 8)!.samples, 'function samples are its lines');
});

test('cpu.py: memory columns, footprint and the copy-volume caveat', () => {
  const p = scaleneProfile('cpu.scalene.json');
  const raw = rawLine('cpu.scalene.json', 13);
  const l13 = line(p, 'cpu.py', 13)!;
  near((l13.alloc_js_bytes ?? 0) + (l13.alloc_native_bytes ?? 0), raw.n_malloc_mb! * MIB, 1e-9, 'alloc total');
  near(l13.alloc_js_bytes!, raw.n_malloc_mb! * raw.n_python_fraction! * MIB, 1e-9, 'python share → JS');
  near(l13.peak_bytes!, raw.n_peak_mb! * MIB, 1e-9, 'peak');
  near(p.totals.peak_footprint_bytes!, 30.206 * MIB, 1e-3, 'max footprint');
  assert.deepEqual(p.totals.peak_footprint_at, { file: 'cpu.py', line: 13 });
  assert.ok(p.totals.footprint_timeline!.length > 0);
  for (const f of Object.values(p.files)) for (const l of f.lines) assert.equal(l.copy_bytes, 0);
  assert.ok(p.meta.warnings.some((w) => w.includes('--no-stacks')), 'says why copy volume is 0');
  assert.ok(p.meta.warnings.some((w) => w.includes('elapsed_time_sec')), 'says how seconds were derived');
});

test('cpu_regressed.py: the loop moved to line 10 and takes about 3x; a full reservoir means an estimated count', () => {
  const base = scaleneProfile('cpu.scalene.json');
  const head = scaleneProfile('cpu_regressed.scalene.json');
  assert.equal(hottest(head).line, 10);
  const ratio = totalSeconds(line(head, 'cpu_regressed.py', 10)!) / totalSeconds(line(base, 'cpu.py', 8)!);
  assert.ok(ratio > 2 && ratio < 4, `loop ratio ${ratio}`);
  assert.equal(rawLine('cpu_regressed.scalene.json', 10).cpu_samples_list!.length, 500, 'fixture: reservoir is full');
  const l10 = line(head, 'cpu_regressed.py', 10)!;
  assert.equal(l10.samples, Math.max(500, Math.round(totalSeconds(l10) / 0.01)), 'a full reservoir is a lower bound: estimate at the 10 ms default');
  assert.ok(l10.samples > 500);
});

test('compare cpu.scalene.json → cpu_regressed.scalene.json finds the loop regression at line 8 → 10', () => {
  const diff = compareProfiles([scaleneProfile('cpu.scalene.json')], [scaleneProfile('cpu_regressed.scalene.json')], DEFAULT_CONFIG);
  assert.equal(diff.summary.verdict, 'regression');
  const loop = diff.findings.find((f) => !f.improvement && f.line === 10);
  assert.ok(loop, `no regression on line 10: ${JSON.stringify(diff.findings.map((f) => [f.file, f.line, f.improvement]))}`);
  assert.equal(loop.file, 'cpu_regressed.py');
  assert.equal(loop.base_file, 'cpu.py');
  assert.equal(loop.base_line, 8);
  assert.equal(loop.function, 'python_work');
  const ratio = loop.head.total_s / loop.base.total_s;
  assert.ok(ratio > 2 && ratio < 4, `head/base ${ratio}`);
});

test('profiles made in different checkouts get the same file keys', () => {
  const text = readFileSync(join(SCALENE_DIR, 'cpu.scalene.json'), 'utf8').replaceAll('/home/runner/work/demo', '/tmp/pr-123/checkout');
  const moved = importScalene(JSON.parse(text), 'moved');
  assert.deepEqual(Object.keys(moved.files), ['cpu.py']);
  assert.deepEqual(moved.totals.peak_footprint_at, { file: 'cpu.py', line: 13 });
  // A profiled file outside the program's directory keeps its absolute path and does not
  // change the project files' keys.
  const json = scaleneJson('cpu.scalene.json') as { files: Record<string, unknown> };
  json.files['/usr/lib/python3/dist-packages/numpy/core/numeric.py'] = { functions: [], leaks: {}, lines: [], percent_cpu_time: 0 };
  assert.deepEqual(Object.keys(importScalene(json, 'lib').files).sort(), ['/usr/lib/python3/dist-packages/numpy/core/numeric.py', 'cpu.py']);
});

test('mem.py: the leak, the churn and the copy line', () => {
  const p = scaleneProfile('mem.scalene.json');
  const l11 = line(p, 'mem.py', 11)!;
  assert.ok(l11.leak, 'line 11 leaks');
  near(l11.leak.likelihood, 0.9825, 1e-3, 'leak likelihood');
  near(l11.leak.velocity_bytes_per_s, 104.16 * MIB, 1e-3, 'leak velocity');
  assert.equal(p.files['mem.py']!.lines.filter((l) => l.leak).length, 1, 'only line 11 leaks');
  const l7 = line(p, 'mem.py', 7)!;
  near((l7.alloc_js_bytes ?? 0) + (l7.alloc_native_bytes ?? 0), 1129 * MIB, 0.01, 'churn allocates ~1.1 GB');
  near(l7.peak_bytes!, 37.8 * MIB, 0.01, 'churn peaks ~38 MB');
  assert.equal(line(p, 'mem.py', 15)!.copy_bytes, 0, 'stacks mode loses copies (README)');
  near(p.totals.peak_footprint_bytes!, 537.8 * MIB, 1e-3, 'max footprint');
  assert.deepEqual(p.totals.peak_footprint_at, { file: 'mem.py', line: 11 });
  const elapsed = p.meta.elapsed_s;
  for (const l of p.files['mem.py']!.lines) {
    if (!l.timeline) continue;
    assert.ok(l.timeline.length <= 100);
    const timeline: Array<[number, number]> = l.timeline;
    for (let i = 0; i < timeline.length; i++) {
      const [t, b] = timeline[i]!;
      assert.ok(t >= 0 && t <= elapsed && b >= 0, `line ${l.line} timeline point ${t},${b}`);
      if (i > 0) assert.ok(t >= timeline[i - 1]![0], 'timeline is in time order');
    }
  }
  assert.equal(line(p, 'mem.py', 7)!.timeline!.length, 100, 'memory_samples → timeline');
});

test('mem.no-stacks: copy volume = n_copy_mb_s × elapsed, on the tobytes() line', () => {
  const p = scaleneProfile('mem.no-stacks.scalene.json');
  const l15 = line(p, 'mem.py', 15)!;
  near(l15.copy_bytes!, rawLine('mem.no-stacks.scalene.json', 15).n_copy_mb_s! * p.meta.elapsed_s * MIB, 1e-9, 'copy bytes');
  near(l15.copy_bytes! / MIB, 886.8 * 5.2196, 1e-3, 'about 4.6 GB copied');
  const copies = p.files['mem.py']!.lines.filter((l) => (l.copy_bytes ?? 0) > 0).map((l) => l.line);
  assert.deepEqual(copies, [1, 7, 11, 15, 21]);
  assert.ok(!p.meta.warnings.some((w) => w.includes('--no-stacks')), 'no copy caveat when copies were measured');
  assert.ok(line(p, 'mem.py', 11)!.leak!.likelihood > 0.98);
});

test('cpu-only profile: no memory fields, memory and copy marked missing', () => {
  const p = scaleneProfile('cpu.cpu-only.scalene.json');
  assert.equal(p.meta.mode, 'cpu');
  assert.ok(p.meta.missing.includes('memory') && p.meta.missing.includes('copy'));
  for (const l of p.files['cpu.py']!.lines) assert.equal(l.alloc_js_bytes, undefined);
  assert.equal(p.totals.peak_footprint_bytes, undefined);
  assert.deepEqual(p.files['cpu.py']!.functions.map((f) => f.name), ['python_work', 'native_work', 'system_work']);
  // README: 13 (0.4 + 33.9 + 0.3 %) beats 8 (21.3 + 10.1 + 0.3 %) in this run.
  assert.equal(hottest(p).line, 13);
});

test('legacy sample: optional fields, unescaped source, function ends estimated from indentation', () => {
  const p = scaleneProfile('legacy-gui-sample.scalene.json');
  assert.deepEqual(Object.keys(p.files), ['testme.py']);
  const f = p.files['testme.py']!;
  const src = f.source!.split('\n');
  assert.equal(src[19], '    while i < 100000:', 'Scalene writes "<" as the text \\u003c; the importer undoes it');
  assert.ok(!f.source!.includes('\\u003c'));
  assert.ok(p.meta.missing.includes('function_ranges'));
  assert.deepEqual(f.functions.map((x) => [x.name, x.line, x.end_line]), [
    ['doit1', 9, 15],
    ['doit2', 17, 26],
  ]);
  // The estimate agrees with the source: the line after each range is blank or dedented.
  for (const x of f.functions) assert.ok(!/^\s+\S/.test(src[x.end_line] ?? ''), `${x.name} ends at ${x.end_line}`);
  assert.equal(p.meta.sampling_interval_ms, 10, 'no timestamps: Scalene default interval');
  const l21 = line(p, 'testme.py', 21)!;
  assert.equal(l21.samples, Math.round(totalSeconds(l21) / 0.01));
  assert.ok(p.meta.warnings.some((w) => w.includes('estimated from indentation')));
});

test('GPU figures map to utilisation, estimated seconds and peak memory', () => {
  const json = scaleneJson('cpu.scalene.json') as { gpu: boolean; gpu_device: string; files: Record<string, { lines: RawLine[] }> };
  json.gpu = true;
  json.gpu_device = 'Test GPU';
  const raw = Object.values(json.files)[0]!.lines.find((l) => l.lineno === 13)!;
  raw.n_gpu_percent = 50;
  raw.n_gpu_peak_memory_mb = 100;
  const p = importScalene(json, 'gpu');
  assert.deepEqual(p.meta.gpu, { per_process: false, devices: ['Test GPU'] });
  assert.ok(!p.meta.missing.includes('gpu'));
  const l13 = line(p, 'cpu.py', 13)!;
  assert.equal(l13.gpu_util, 0.5);
  near(l13.gpu_s!, 0.5 * totalSeconds(l13), 1e-9, 'gpu seconds');
  assert.equal(l13.gpu_mem_peak_bytes, 100 * MIB);
});

test('bad input is one InputError naming the place', () => {
  assert.throws(() => importScalene({}, 'x.json'), (e: unknown) => e instanceof InputError && /x\.json: not a Scalene JSON profile/.test(e.message));
  assert.throws(() => importScalene([], 'x.json'), InputError);
  assert.throws(
    () => importScalene({ elapsed_time_sec: 1, files: { '/a/b.py': { lines: [{ lineno: 'one' }] } } }, 'x.json'),
    (e: unknown) => e instanceof InputError && e.message.includes('files["/a/b.py"].lines[0].lineno') && e.message.includes('"one"'),
  );
  assert.throws(
    () => importScalene({ elapsed_time_sec: 1, files: { '/a/b.py': { lines: [], leaks: { x: { likelihood: 1 } } } } }, 'x.json'),
    (e: unknown) => e instanceof InputError && e.message.includes('leak keys are line numbers'),
  );
  assert.throws(() => importScalene({ elapsed_time_sec: 1, files: { '/a.py': { lines: 'no' } } }, 'x.json'), InputError);
});
