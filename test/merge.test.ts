// mergeRuns / mergeShards: exact figures on small profiles, validity of the result, and a
// round trip through the real profiler when it is built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { mergeRuns, mergeShards } from '../src/model/merge.js';
import { validateProfile } from '../src/model/validate.js';
import { InputError } from '../src/errors.js';
import { compactProfile, lineOwners, type FunctionProfile, type LineProfile, type Profile } from '../src/model/profile.js';
import { cliAvailable, makeProfile, profileProgram, tempDir } from './compare-helpers.js';

const valid = (p: Profile): Profile => validateProfile(JSON.parse(JSON.stringify(p)), 'merged');

function run(js5: number, js9: number | null, extra: Partial<Profile['meta']> = {}): Profile {
  const lines = [{ line: 5, cpu_js_s: js5, samples: js5 * 1000 }];
  if (js9 !== null) lines.push({ line: 9, cpu_js_s: js9, samples: js9 * 1000 });
  return makeProfile({
    files: { 'a.js': { source: 'x\n'.repeat(12), lines, functions: [{ name: 'f', line: 4, end_line: 10 }] } },
    meta: extra,
  });
}

test('mergeRuns keeps per-run values and makes the top level the mean', () => {
  const m = valid(mergeRuns([run(0.1, 0.02), run(0.3, null), run(0.2, 0.04)]));
  assert.equal(m.meta.runs, 3);
  const [l5, l9] = m.files['a.js']!.lines;
  assert.deepEqual(l5!.per_run!.cpu_js_s, [0.1, 0.3, 0.2]);
  assert.ok(Math.abs(l5!.cpu_js_s - 0.2) < 1e-12);
  // A line absent from a run counts as zero in that run.
  assert.deepEqual(l9!.per_run!.cpu_js_s, [0.02, 0, 0.04]);
  assert.ok(Math.abs(l9!.cpu_js_s - 0.02) < 1e-12);
  assert.deepEqual(l9!.per_run!.samples, [20, 0, 40]);
  const f = m.files['a.js']!.functions[0]!;
  assert.deepEqual([f.name, f.line, f.end_line], ['f', 4, 10]);
  assert.equal(f.per_run!.cpu_js_s!.length, 3);
  assert.ok(Math.abs(m.totals.cpu_js_s - (0.12 + 0.3 + 0.24) / 3) < 1e-12);
  assert.equal(m.totals.per_run!.elapsed_s!.length, 3);
});

test('mergeRuns of profiles that already hold several runs concatenates their runs', () => {
  const ab = mergeRuns([run(0.1, 0.01), run(0.2, 0.02)]);
  const c = run(0.6, 0.03);
  const m = valid(mergeRuns([ab, c]));
  assert.equal(m.meta.runs, 3);
  assert.deepEqual(m.files['a.js']!.lines[0]!.per_run!.cpu_js_s, [0.1, 0.2, 0.6]);
  assert.ok(Math.abs(m.files['a.js']!.lines[0]!.cpu_js_s - 0.3) < 1e-12);
});

test('mergeRuns: memory figures and leaks survive only when every run has them; meta is combined', () => {
  const full = (alloc: number, leak: number): Profile =>
    makeProfile({
      files: { 'm.js': { source: null, lines: [{ line: 2, cpu_js_s: 0.1, alloc_js_bytes: alloc, alloc_native_bytes: 0, peak_bytes: alloc, leak: { likelihood: leak, velocity_bytes_per_s: 10 } }] } },
    });
  const m = valid(mergeRuns([full(100, 1), full(300, 0.5)]));
  const l = m.files['m.js']!.lines[0]!;
  assert.equal(m.meta.mode, 'full');
  assert.equal(l.alloc_js_bytes, 200);
  assert.deepEqual(l.per_run!.alloc_js_bytes, [100, 300]);
  assert.deepEqual(l.per_run!.peak_bytes, [100, 300]);
  assert.deepEqual(l.leak, { likelihood: 0.75, velocity_bytes_per_s: 10 });
  // The leak verdict is the typical run's (median, a run without it counting 0): named in two
  // runs of three it stays, in one of three it goes.
  const plain = (alloc: number): Profile =>
    makeProfile({ files: { 'm.js': { source: null, lines: [{ line: 2, cpu_js_s: 0.1, alloc_js_bytes: alloc, alloc_native_bytes: 0, peak_bytes: alloc }] } } });
  assert.deepEqual(valid(mergeRuns([full(100, 0.99), plain(100), full(100, 0.97)])).files['m.js']!.lines[0]!.leak, { likelihood: 0.97, velocity_bytes_per_s: 10 });
  assert.equal(valid(mergeRuns([full(100, 0.99), plain(100), plain(100)])).files['m.js']!.lines[0]!.leak, undefined);
  assert.deepEqual(valid(mergeRuns([valid(mergeRuns([full(1, 0.99), full(1, 0.98)])), plain(1)])).files['m.js']!.lines[0]!.leak!.likelihood, 0.985, 'weighted by runs');
  const cpu = makeProfile({ files: { 'm.js': { source: null, lines: [{ line: 2, cpu_js_s: 0.1 }] } }, meta: { complete: false, node_version: 'v22.0.0' } });
  const mixed = valid(mergeRuns([full(100, 1), cpu]));
  assert.equal(mixed.meta.mode, 'cpu');
  assert.equal(mixed.files['m.js']!.lines[0]!.alloc_js_bytes, undefined);
  assert.ok(mixed.meta.missing.includes('memory'));
  assert.equal(mixed.meta.complete, false);
  assert.equal(mixed.meta.node_version, null, 'differing versions are not claimed');
  assert.ok(mixed.meta.warnings.some((w) => w.includes('CPU-only')));
  assert.throws(() => mergeRuns([]), InputError);
});

test('mergeShards sums figures, unites files, and maxes peaks', () => {
  const a = makeProfile({ files: { 'shared.js': { source: null, lines: [{ line: 1, cpu_js_s: 0.1 }] }, 'a.js': { source: null, lines: [{ line: 3, cpu_js_s: 0.2 }] } }, meta: { command: ['node', 'a.js'] } });
  const b = makeProfile({ files: { 'shared.js': { source: null, lines: [{ line: 1, cpu_js_s: 0.3 }, { line: 2, cpu_native_s: 0.05 }] }, 'b.js': { source: null, lines: [{ line: 7, gc_s: 0.01 }] } }, meta: { command: ['node', 'b.js'] } });
  const m = valid(mergeShards([a, b]));
  assert.deepEqual(Object.keys(m.files).sort(), ['a.js', 'b.js', 'shared.js']);
  assert.deepEqual(m.files['shared.js']!.lines.map((l) => [l.line, +(l.cpu_js_s + l.cpu_native_s).toFixed(6)]), [[1, 0.4], [2, 0.05]]);
  assert.ok(Math.abs(m.totals.cpu_js_s - 0.6) < 1e-12);
  assert.ok(Math.abs(m.totals.elapsed_s - (a.totals.elapsed_s + b.totals.elapsed_s)) < 1e-12);
  assert.equal(m.meta.runs, 1);
  assert.deepEqual(m.meta.command, ['(2 shards)']);
  const p = (peak: number): Profile =>
    makeProfile({ files: { 's.js': { source: null, lines: [{ line: 1, cpu_js_s: 0.1, alloc_js_bytes: peak, alloc_native_bytes: 0, peak_bytes: peak }] } } });
  const peaks = valid(mergeShards([p(100), p(700), p(300)]));
  assert.equal(peaks.files['s.js']!.lines[0]!.peak_bytes, 700);
  assert.equal(peaks.files['s.js']!.lines[0]!.alloc_js_bytes, 1100);
});

test('mergeShards of repeated shards keeps per-run sums when run counts agree', () => {
  const a = mergeRuns([run(0.1, 0.01), run(0.2, 0.02)]);
  const b = mergeRuns([run(1, 0.1), run(2, 0.2)]);
  const m = valid(mergeShards([a, b]));
  assert.equal(m.meta.runs, 2);
  assert.deepEqual(m.files['a.js']!.lines[0]!.per_run!.cpu_js_s, [1.1, 2.2]);
  const odd = valid(mergeShards([a, run(1, 0.1)]));
  assert.equal(odd.meta.runs, 1);
  assert.equal(odd.files['a.js']!.lines[0]!.per_run, undefined);
  assert.ok(odd.meta.warnings.some((w) => w.includes('different run counts')));
});

test('mergeRuns of real profiles is a valid profile whose means are the runs\' means', { skip: cliAvailable() ? false : 'dist/cli.js is not built' }, () => {
  const dir = tempDir();
  try {
    const runs = [0, 1, 2].map((i) => profileProgram('cpu', 'base', join(dir, `r${i}.json`)));
    const m = valid(mergeRuns(runs));
    assert.equal(m.meta.runs, 3);
    for (const l of m.files['prog.js']!.lines) {
      const per = l.per_run!.cpu_js_s!;
      assert.equal(per.length, 3);
      assert.ok(Math.abs(l.cpu_js_s - per.reduce((a, b) => a + b, 0) / 3) < 1e-12);
      per.forEach((v, i) => assert.equal(v, runs[i]!.files['prog.js']!.lines.find((x) => x.line === l.line)?.cpu_js_s ?? 0));
    }
    assert.equal(m.files['prog.js']!.source, runs[0]!.files['prog.js']!.source);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the merged profile is written in pieces, byte for byte what JSON.stringify gives', async () => {
  const { writeJsonFile } = await import('../src/cli/write-json.js');
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-json-'));
  const big = 'x'.repeat(1 << 20);
  const values: unknown[] = [
    { schema: 's', meta: { a: 1, skip: undefined, f: () => 1, when: new Date(0), nested: { deep: [1, { u: undefined }] } }, files: { 'a"b\u2028.js': { lines: [{ line: 1, v: 0.5 }], source: big }, '__proto__x': {} }, n: null, e: {} },
    [1, 2, { a: undefined }],
    'text',
    { only: undefined },
  ];
  values.forEach((v, i) => {
    const path = join(dir, `${i}.json`);
    writeJsonFile(path, v);
    assert.equal(readFileSync(path, 'utf8'), JSON.stringify(v), `value ${i}`);
  });
});

test('a profile is written without its lines\' and functions\' zero figures and read back whole', () => {
  const mem = { alloc_js_bytes: 0, alloc_native_bytes: 0, free_bytes: 0, net_bytes: 0, peak_bytes: 0, copy_bytes: 0 };
  const full = makeProfile({
    files: {
      'a.js': {
        source: 'x\n'.repeat(12),
        lines: [
          { line: 3, cpu_js_s: 0.01, ...mem },
          { line: 5, cpu_js_s: 0.02, ...mem, alloc_js_bytes: 4096, net_bytes: 4096, peak_bytes: 4096 },
        ],
        functions: [{ name: 'f', line: 2, end_line: 6, cpu_js_s: 0.03, ...mem, alloc_js_bytes: 4096 }],
      },
    },
    meta: { mode: 'full', missing: [] },
  });
  const json = JSON.stringify(compactProfile(full));
  const disk = JSON.parse(json) as Profile;
  const [cpuOnlyLine, allocLine] = disk.files['a.js']!.lines;
  // The CPU-only line carries no memory figure; the allocating line keeps its non-zero ones.
  assert.deepEqual(Object.keys(cpuOnlyLine!).filter((k) => k.endsWith('_bytes')), []);
  assert.deepEqual(Object.keys(allocLine!).filter((k) => k.endsWith('_bytes')).sort(), ['alloc_js_bytes', 'net_bytes', 'peak_bytes']);
  const [before, after] = [JSON.stringify(full.files).length, JSON.stringify(disk.files).length];
  assert.ok(after < before * 0.7, `files: ${after} vs ${before} bytes`);
  // Every read restores them: the profile read back equals the one built.
  assert.deepEqual(validateProfile(disk, 'disk'), JSON.parse(JSON.stringify(full)));
  // The object written from is untouched (run prints its report from it).
  assert.equal(full.files['a.js']!.lines[0]!.alloc_js_bytes, 0);
  // A profile that did not measure memory keeps "absent" (not measured) for memory; its zero
  // CPU figures are left out and put back like the memory ones.
  const cpu = makeProfile({ files: { 'a.js': { source: 'x\n'.repeat(12), lines: [{ line: 3, cpu_js_s: 0.01, samples: 10 }] } }, meta: { mode: 'cpu', missing: ['memory', 'copy'] } });
  const cpuDisk = JSON.parse(JSON.stringify(compactProfile(cpu))) as Profile;
  assert.deepEqual(cpuDisk.files['a.js']!.lines[0], { line: 3, cpu_js_s: 0.01, samples: 10 });
  assert.deepEqual(cpuDisk.totals, JSON.parse(JSON.stringify(cpu.totals)), 'totals are written whole');
  const cpuBack = validateProfile(cpuDisk, 'cpu');
  assert.deepEqual(cpuBack, JSON.parse(JSON.stringify(cpu)));
  assert.equal(cpuBack.files['a.js']!.lines[0]!.cpu_native_s, 0);
  assert.equal(cpuBack.files['a.js']!.lines[0]!.alloc_js_bytes, undefined);
  // A line with no CPU figure at all (memory only) is still a valid line.
  const memOnly = validateProfile(JSON.parse(JSON.stringify({ ...cpuDisk, files: { 'a.js': { ...cpuDisk.files['a.js'], lines: [{ line: 4 }] } } })), 'memOnly');
  assert.deepEqual(memOnly.files['a.js']!.lines[0], { line: 4, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 });
  // A non-zero figure that is not a number is still refused.
  assert.throws(() => validateProfile(JSON.parse(JSON.stringify({ ...cpuDisk, files: { 'a.js': { ...cpuDisk.files['a.js'], lines: [{ line: 4, gc_s: 'x' }] } } })), 'bad'), /gc_s/);
  // Full mode whose memory sampler failed: memory absent stays absent, copy is restored.
  const noMem = makeProfile({ files: { 'a.js': { source: 'x\n'.repeat(12), lines: [{ line: 3, cpu_js_s: 0.01, copy_bytes: 0 }] } }, meta: { mode: 'full', missing: ['memory'] } });
  const back = validateProfile(JSON.parse(JSON.stringify(compactProfile(noMem))), 'noMem').files['a.js']!.lines[0]!;
  assert.equal(back.copy_bytes, 0);
  assert.equal(back.alloc_js_bytes, undefined);
});

test("a function row that is its lines' sums is written as its name and range, and read back summed", () => {
  // Lines 1-20; functions nest: (module) 1-20 > outer 2-10 > inner 4-6; one-line 12; two rows
  // with the same range (14: the last listed holds the line); an imported row whose figures are
  // not its lines' (a format that gives function totals); a row of zeros over a line with time.
  const L = (line: number, cpu: number, extra: Partial<LineProfile> = {}): LineProfile => ({ line, cpu_js_s: cpu, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: Math.round(cpu * 1000), alloc_js_bytes: 0, alloc_native_bytes: 0, free_bytes: 0, net_bytes: 0, peak_bytes: 0, copy_bytes: 0, ...extra });
  const lines = [L(1, 0.001), L(3, 0.002), L(5, 0.25, { alloc_js_bytes: 1000, net_bytes: 1000, peak_bytes: 800 }), L(6, 0.125), L(12, 0.004, { copy_bytes: 77 }), L(14, 0.008), L(17, 0.1), L(19, 0.016)];
  const F = (name: string, line: number, end_line: number, m: Partial<FunctionProfile>): FunctionProfile => ({ name, line, end_line, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, alloc_js_bytes: 0, alloc_native_bytes: 0, free_bytes: 0, net_bytes: 0, peak_bytes: 0, copy_bytes: 0, ...m });
  const functions = [
    F('(module)', 1, 20, { cpu_js_s: 0.001, samples: 1 }),
    F('outer', 2, 10, { cpu_js_s: 0.002, samples: 2 }),
    F('inner', 4, 6, { cpu_js_s: 0.375, samples: 375, alloc_js_bytes: 1000, net_bytes: 1000, peak_bytes: 800, leak: { likelihood: 0.5, velocity_bytes_per_s: 10 } }),
    F('one', 12, 12, { cpu_js_s: 0.004, samples: 4, copy_bytes: 77 }),
    F('twinA', 14, 14, {}),
    F('twinB', 14, 14, { cpu_js_s: 0.008, samples: 8 }),
    F('imported', 16, 18, { cpu_js_s: 0.5, samples: 500 }),
    F('zeros', 19, 19, {}),
  ];
  const built = makeProfile({ files: { 'a.js': { source: 'x\n'.repeat(20), lines: [] } }, meta: { mode: 'full', missing: [] } });
  built.files['a.js'] = { source: 'x\n'.repeat(20), lines, functions };
  const json = JSON.stringify(compactProfile(built));
  const disk = JSON.parse(json) as Profile & { files: Record<string, { function_sums?: boolean }> };
  const rows = Object.fromEntries(disk.files['a.js']!.functions.map((fn) => [fn.name, fn]));
  assert.equal(disk.files['a.js']!.function_sums, true);
  // Summed rows keep what is not a sum (peak, leak); the others keep their figures and `samples`.
  assert.deepEqual(rows['inner'], { name: 'inner', line: 4, end_line: 6, peak_bytes: 800, leak: { likelihood: 0.5, velocity_bytes_per_s: 10 } });
  for (const name of ['(module)', 'outer']) assert.deepEqual(Object.keys(rows[name]!), ['name', 'line', 'end_line'], name);
  // A one-line function's end_line is its line: left out, summed or not.
  for (const name of ['one', 'twinA', 'twinB']) assert.deepEqual(Object.keys(rows[name]!), ['name', 'line'], name);
  assert.deepEqual(rows['imported'], { name: 'imported', line: 16, end_line: 18, cpu_js_s: 0.5, samples: 500 });
  assert.deepEqual(rows['zeros'], { name: 'zeros', line: 19, samples: 0 }, 'a row of zeros over a line with time keeps its zeros');
  // Every read sums them back: the profile read equals the one built.
  assert.deepEqual(validateProfile(disk, 'disk'), JSON.parse(JSON.stringify(built)));
  const read = validateProfile(JSON.parse(json), 'again').files['a.js']!.functions;
  assert.deepEqual(read.map((fn) => [fn.name, fn.line, fn.end_line]), functions.map((fn) => [fn.name, fn.line, fn.end_line]));
  // The one-line rows are summed over their one line: twinB (listed last) holds line 14.
  assert.deepEqual(read.filter((fn) => fn.line === 14).map((fn) => fn.samples), [0, 8]);
  // A profile written before function_sums: a row without figures is a row of zeros.
  const old = JSON.parse(json) as typeof disk;
  delete old.files['a.js']!.function_sums;
  assert.equal(validateProfile(old, 'old').files['a.js']!.functions.find((fn) => fn.name === 'outer')!.cpu_js_s, 0);
  // ...and one written before one-line rows left end_line out reads the same.
  const explicit = JSON.parse(json) as typeof disk;
  for (const fn of explicit.files['a.js']!.functions) fn.end_line ??= fn.line;
  assert.deepEqual(validateProfile(explicit, 'explicit'), JSON.parse(JSON.stringify(built)));
  // A range given is still checked.
  const backwards = JSON.parse(json) as typeof disk;
  backwards.files['a.js']!.functions[0]!.end_line = 0;
  assert.throws(() => validateProfile(backwards, 'backwards'), /end_line 0 is before line 1/);
  // The flag is checked like the rest.
  const bad = JSON.parse(json) as typeof disk;
  (bad.files['a.js'] as unknown as Record<string, unknown>).function_sums = 'yes';
  assert.throws(() => validateProfile(bad, 'bad'), /function_sums.*expected true/);
  // Summing rounds as rows are rounded: 0.1 + 0.2 seconds is 0.3, as build-profile writes it.
  const cpu = makeProfile({ files: { 'b.js': { source: 'x\n'.repeat(3), lines: [{ line: 1, cpu_js_s: 0.1, samples: 1.001 }, { line: 2, cpu_js_s: 0.2, samples: 2.002 }], functions: [{ name: 'f', line: 1, end_line: 3, cpu_js_s: 0.3, samples: 3.003 }] } } });
  const cpuDisk = JSON.parse(JSON.stringify(compactProfile(cpu))) as Profile;
  assert.deepEqual(cpuDisk.files['b.js']!.functions[0], { name: 'f', line: 1, end_line: 3 });
  assert.deepEqual(validateProfile(cpuDisk, 'cpu').files['b.js']!.functions[0], { name: 'f', line: 1, end_line: 3, cpu_js_s: 0.3, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 3.003 });
});

test('lineOwners: each line goes to the innermost function holding it', () => {
  const lines = [1, 3, 5, 6, 12, 14, 30].map((line) => ({ line }));
  const functions = [
    { line: 1, end_line: 20 },
    { line: 2, end_line: 10 },
    { line: 4, end_line: 6 },
    { line: 14, end_line: 14 },
    { line: 14, end_line: 14 },
  ];
  assert.deepEqual([...lineOwners(lines, functions)], [0, 1, 2, 2, 0, 4, -1]);
});

test('lineOwners: any ranges (overlapping, equal, empty of lines) give the narrowest holder, the last listed on a tie', () => {
  // Profiles from pull requests may hold any ranges; the reference is the definition itself.
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  for (let t = 0; t < 2000; t++) {
    const n = 1 + rand(30);
    const lines = [...new Set(Array.from({ length: rand(25) }, () => 1 + rand(n)))].sort((a, b) => a - b).map((line) => ({ line }));
    const functions = Array.from({ length: rand(8) }, () => {
      const line = rand(n + 1);
      return { line, end_line: line + rand(n - line + 2) };
    });
    const expected = lines.map((l) => {
      let best = -1;
      functions.forEach((f, i) => {
        if (f.line > l.line || f.end_line < l.line) return;
        if (best < 0 || f.end_line - f.line <= functions[best]!.end_line - functions[best]!.line) best = i;
      });
      return best;
    });
    assert.deepEqual([...lineOwners(lines, functions)], expected, JSON.stringify({ lines, functions }));
  }
});
