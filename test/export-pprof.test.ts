// pprof export: decoded independently with pprof-format, its sample values add up to our
// totals; read back with importPprof it gives the same profile figures (the round trip
// import → model → pprof → model), and a second trip changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Profile as PprofProfile } from 'pprof-format';
import { InputError } from '../src/errors.js';
import { exportPprof, toPprof } from '../src/export/pprof.js';
import { loadAnyProfile, loadAnyProfileBytes } from '../src/import/index.js';
import { importPprof } from '../src/import/pprof.js';
import { totalSeconds, type Profile } from '../src/model/profile.js';
import { HOSTILE_FILE, SCALENE_FIXTURES, hostileProfile, runScaleneCi, runV8Profiler, scaleneProfile } from './import-fixtures.js';

function decode(bytes: Buffer): { types: string[]; sums: Map<string, number>; p: PprofProfile; str: (i: number | bigint) => string } {
  assert.equal(bytes[0], 0x1f, 'gzip magic');
  assert.equal(bytes[1], 0x8b, 'gzip magic');
  const p = PprofProfile.decode(gunzipSync(bytes));
  const str = (i: number | bigint) => p.stringTable.strings[Number(i)]!;
  const types = p.sampleType.map((t) => `${str(t.type)}/${str(t.unit)}`);
  const sums = new Map<string, number>();
  for (const s of p.sample) types.forEach((t, k) => sums.set(t, (sums.get(t) ?? 0) + Number(s.value[k])));
  return { types, sums, p, str };
}

function checkPprof(profile: Profile, what: string): void {
  const bytes = exportPprof(profile);
  const { types, sums, p, str } = decode(bytes);
  const n = p.sample.length;
  const close = (actual: number | undefined, expected: number, tolerance: number, m: string) => assert.ok(Math.abs((actual ?? 0) - expected) <= tolerance, `${what} ${m}: ${actual} vs ${expected}`);
  // The samples hold the lines (and the unattributed time): each value is rounded once per
  // sample, so the sums are at most n × 0.5 units off (time: four roundings per line).
  const lineSum = (k: (l: Profile['files'][string]['lines'][number]) => number) => Object.values(profile.files).reduce((a, f) => a + f.lines.reduce((b, l) => b + k(l), 0), 0);
  const T = profile.totals;
  close(sums.get('time/nanoseconds'), (lineSum(totalSeconds) + T.unattributed_s) * 1e9, 2 * n, 'time');
  close(sums.get('js_cpu/nanoseconds'), lineSum((l) => l.cpu_js_s) * 1e9, n, 'js');
  close(sums.get('native_cpu/nanoseconds'), lineSum((l) => l.cpu_native_s) * 1e9, n, 'native');
  close(sums.get('system/nanoseconds'), lineSum((l) => l.system_s) * 1e9, n, 'system');
  close(sums.get('gc/nanoseconds'), lineSum((l) => l.gc_s) * 1e9, n, 'gc');
  close(sums.get('samples/count'), lineSum((l) => l.samples), n, 'samples');
  // ...which, for these producers, are the totals up to their own rounding (1 µs).
  close(sums.get('time/nanoseconds'), (totalSeconds(T) + T.unattributed_s) * 1e9, 2 * n + 1e4, 'time vs totals');
  if (profile.meta.mode === 'full') {
    close(sums.get('alloc_js_space/bytes'), T.alloc_js_bytes ?? 0, n, 'alloc js');
    close(sums.get('alloc_native_space/bytes'), T.alloc_native_bytes ?? 0, n, 'alloc native');
    close(sums.get('copy_space/bytes'), T.copy_bytes ?? 0, n, 'copy');
  } else assert.ok(!types.some((t) => t.endsWith('/bytes')), `${what}: no memory sample types in a CPU profile`);
  assert.equal(str(p.defaultSampleType), 'time');
  // Every sample has one location with one line in a function of a profiled file.
  const fns = new Map(p.function.map((f) => [Number(f.id), f]));
  const locs = new Map(p.location.map((l) => [Number(l.id), l]));
  for (const s of p.sample) {
    const loc = locs.get(Number(s.locationId[0]))!;
    const fn = fns.get(Number(loc.line[0]!.functionId))!;
    const file = str(fn.filename);
    assert.ok(file === '' || file in profile.files, `${what}: ${file}`);
  }

  // Round trip through our own importer.
  const back = importPprof(bytes, `${what}.pb.gz`);
  assert.equal(back.meta.source_format, profile.meta.source_format);
  assert.equal(back.meta.elapsed_s, profile.meta.elapsed_s);
  assert.equal(back.meta.mode, profile.meta.mode);
  assert.ok(back.meta.missing.includes('sources') && back.meta.missing.includes('function_ranges'));
  assert.deepEqual(back.totals, profile.totals, `${what}: totals come back exactly`);
  assert.deepEqual(Object.keys(back.files).sort(), Object.keys(profile.files).filter((k) => profile.files[k]!.lines.length > 0).sort());
  for (const [path, f] of Object.entries(profile.files)) {
    for (const l of f.lines) {
      const r = back.files[path]!.lines.find((x) => x.line === l.line)!;
      assert.ok(r, `${what}: ${path}:${l.line} survives`);
      close(totalSeconds(r), totalSeconds(l), 4e-9, `${path}:${l.line} time`);
      close(r.samples, l.samples, 0.5, `${path}:${l.line} samples`);
    }
    const names = (x: Profile['files'][string]) => x.functions.filter((fn) => f.lines.some((l) => l.line >= fn.line && l.line <= fn.end_line)).map((fn) => `${fn.name}@${fn.line}`).sort();
    assert.deepEqual(back.files[path] ? names(back.files[path]!) : [], names(f), `${what}: functions of ${path}`);
  }
  // A second trip is exact: nothing left to round.
  const again = decode(exportPprof(back));
  assert.deepEqual([...again.sums.entries()], [...sums.entries()], `${what}: second round trip`);
}

test('Scalene fixtures: pprof totals match, and pprof → profile → pprof is stable', () => {
  for (const name of SCALENE_FIXTURES) checkPprof(scaleneProfile(name), name);
});

test('real .cpuprofile and .heapprofile: pprof totals match', () => {
  const cpu = runV8Profiler('cpu', 'function f(){let s=0;for(let i=0;i<3e6;i++)s+=i%3;return s}\nlet r=0;for(let k=0;k<20;k++)r+=f();\nconsole.log(r>0)\n');
  checkPprof(loadAnyProfile(cpu.text, cpu.file), 'cpuprofile');
  const heap = runV8Profiler('heap', 'globalThis.k=[];function g(){for(let i=0;i<200000;i++)k.push({i})}\ng();\n');
  checkPprof(loadAnyProfile(heap.text, heap.file), 'heapprofile');
});

test('a real scalene-ci run profile: pprof totals match', async () => {
  const run = await runScaleneCi('function f(){let s=0;for(let i=0;i<5e6;i++)s+=i%3;return s}\nlet r=0;for(let k=0;k<10;k++)r+=f();\nconsole.log(r>0)\n');
  const p = loadAnyProfile(run.text, run.file);
  assert.ok(totalSeconds(p.totals) > 0);
  checkPprof(p, 'scalene-ci');
});

test('pprof is what go tool pprof expects: ids from 1, line numbers, period and duration', () => {
  const profile = scaleneProfile('cpu.scalene.json');
  const p = toPprof(profile);
  assert.deepEqual(p.function.map((f) => Number(f.id)), p.function.map((_, i) => i + 1));
  assert.deepEqual(p.location.map((l) => Number(l.id)), p.location.map((_, i) => i + 1));
  assert.equal(Number(p.durationNanos), Math.round(profile.meta.elapsed_s * 1e9));
  assert.equal(Number(p.period), Math.round(profile.meta.sampling_interval_ms * 1e6));
  assert.equal(p.stringTable.strings[0], '', 'string table starts with ""');
  const str = (i: number | bigint) => p.stringTable.strings[Number(i)]!;
  const loop = p.location.find((l) => Number(l.line[0]!.line) === 8)!;
  const fn = p.function.find((f) => f.id === loop.line[0]!.functionId)!;
  assert.equal(str(fn.name), 'python_work');
  assert.equal(str(fn.filename), 'cpu.py');
  assert.equal(Number(fn.startLine), 6);
});

test('hostile names survive pprof unchanged', () => {
  const back = importPprof(exportPprof(hostileProfile()), 'hostile.pb.gz');
  assert.deepEqual(Object.keys(back.files), [HOSTILE_FILE]);
  assert.ok(back.files[HOSTILE_FILE]!.functions.some((f) => f.name.startsWith('<img src=x onerror=')));
});

test('pprof that scalene-ci did not write, or that is not pprof, is one InputError', () => {
  const foreign = toPprof(scaleneProfile('cpu.scalene.json'));
  foreign.comment = [];
  assert.throws(() => importPprof(gzipSync(foreign.encode()), 'go.pb.gz'), (e: unknown) => e instanceof InputError && e.message.includes('not written by scalene-ci'));
  assert.throws(() => importPprof(gzipSync(Buffer.from('definitely not protobuf \xff\xff\xff\xff')), 'junk.pb.gz'), InputError);
  assert.throws(() => loadAnyProfileBytes(Buffer.from([0x1f, 0x8b, 0, 1, 2, 3]), 'broken.pb.gz'), (e: unknown) => e instanceof InputError && e.message.startsWith('broken.pb.gz: not a valid pprof'));
});
