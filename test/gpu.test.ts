// GPU per line (issue 7): the NVML loading and sampling through the addon's real dlopen
// path, against a scripted fake libnvidia-ml built here, and the attribution arithmetic.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  accumulateGpu,
  attributeGpu,
  foldGpuTotals,
  gpuMeta,
  gpuStatusLine,
  gpuTotals,
  gpuWarnings,
  type GpuAddon,
  type GpuReadings,
  type GpuStartResult,
  type GpuTakeResult,
  type SampleTrack,
} from '../src/collect/gpu.js';
import { InputError } from '../src/errors.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

function near(actual: number, expected: number, tol: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: expected ${expected} ± ${tol}, got ${actual}`);
}

// ---- Attribution arithmetic (pure) ---------------------------------------------------

/** Samples of dt_us each, ending at from+dt .. to, keyed by keyOf(end time). */
function track(fromUs: number, toUs: number, dtUs: number, keyOf: (tUs: number) => string | null): SampleTrack {
  const t: SampleTrack = { t_us: [], dt_s: [], key: [] };
  for (let e = fromUs + dtUs; e <= toUs; e += dtUs) {
    t.t_us.push(e);
    t.dt_s.push(dtUs / 1e6);
    t.key.push(keyOf(e));
  }
  return t;
}

describe('attributeGpu', () => {
  test('idle GPU for the first 300 ms, busy after: all GPU time lands on the second line', () => {
    const gpu: GpuReadings = {
      t_us: [100_000, 200_000, 300_000, 400_000, 500_000, 600_000],
      util: [0, 0, 0, 1, 1, 1],
      mem_bytes: Array(6).fill(GiB),
      per_process: true,
    };
    const tr = track(0, 600_000, 10_000, (t) => (t <= 300_000 ? 'a.js:1' : 'a.js:2'));
    const m = attributeGpu(tr, gpu);
    assert.deepEqual([...m.keys()].sort(), ['a.js:1', 'a.js:2']);
    near(m.get('a.js:1')!.gpu_s, 0, 1e-12, 'line 1 gpu_s');
    assert.equal(m.get('a.js:1')!.gpu_util, 0);
    near(m.get('a.js:2')!.gpu_s, 0.3, 1e-9, 'line 2 gpu_s');
    near(m.get('a.js:2')!.gpu_util, 1, 1e-9, 'line 2 gpu_util');
    // Memory is held from the first reading on; the first line's first sample starts
    // before it, and the level in force is what counts.
    assert.equal(m.get('a.js:1')!.gpu_mem_peak_bytes, GiB);
    assert.equal(m.get('a.js:2')!.gpu_mem_peak_bytes, GiB);
  });

  test('sparse readings split exactly inside samples; before the first and after the last reading they stand', () => {
    const gpu: GpuReadings = { t_us: [250_000, 500_000], util: [0.2, 0.6], mem_bytes: [100, 300], per_process: true };
    const tr: SampleTrack = {
      t_us: [100_000, 300_000, 550_000, 700_000],
      dt_s: [0.1, 0.1, 0.1, 0.1],
      key: ['x.js:1', 'y.js:1', 'z.js:1', 'z.js:1'],
    };
    const m = attributeGpu(tr, gpu);
    // x: [0, 100k] lies before the first reading, which covers it: 0.1 s × 0.2.
    near(m.get('x.js:1')!.gpu_s, 0.02, 1e-12, 'x gpu_s');
    near(m.get('x.js:1')!.gpu_util, 0.2, 1e-12, 'x gpu_util');
    assert.equal(m.get('x.js:1')!.gpu_mem_peak_bytes, 0, 'no memory level known before the first reading');
    // y: [200k, 250k] at 0.2 + [250k, 300k] at 0.6.
    near(m.get('y.js:1')!.gpu_s, 0.05 * 0.2 + 0.05 * 0.6, 1e-12, 'y gpu_s');
    near(m.get('y.js:1')!.gpu_util, 0.4, 1e-12, 'y gpu_util');
    assert.equal(m.get('y.js:1')!.gpu_mem_peak_bytes, 100);
    // z: [450k, 550k] all at 0.6 (the last reading stands after it), [600k, 700k] at 0.6.
    near(m.get('z.js:1')!.gpu_s, 0.12, 1e-12, 'z gpu_s');
    near(m.get('z.js:1')!.gpu_util, 0.6, 1e-12, 'z gpu_util');
    assert.equal(m.get('z.js:1')!.gpu_mem_peak_bytes, 300, 'level 100 in force at 450k, then 300 set at 500k');

    const tot = gpuTotals(tr, gpu);
    near(tot.gpu_s, 0.02 + 0.04 + 0.12, 1e-12, 'total gpu_s');
    near(tot.gpu_util, 0.18 / 0.4, 1e-12, 'total gpu_util');
    assert.equal(tot.gpu_mem_peak_bytes, 300);
  });

  test('readings denser than samples are integrated, not sampled', () => {
    // util alternates 1, 0, 1, 0 … every millisecond; one 10 ms sample gets 5 ms.
    const t_us = Array.from({ length: 10 }, (_, i) => (i + 1) * 1000);
    const gpu: GpuReadings = { t_us, util: t_us.map((_, i) => (i % 2 === 0 ? 1 : 0)), mem_bytes: t_us.map((_, i) => i * MiB), per_process: true };
    const m = attributeGpu({ t_us: [10_000], dt_s: [0.01], key: ['k.js:3'] }, gpu);
    near(m.get('k.js:3')!.gpu_s, 0.005, 1e-12, 'gpu_s');
    near(m.get('k.js:3')!.gpu_util, 0.5, 1e-12, 'gpu_util');
    assert.equal(m.get('k.js:3')!.gpu_mem_peak_bytes, 9 * MiB);
  });

  test('samples in no profiled file count in the totals only; lines with no GPU use still get zeros', () => {
    const gpu: GpuReadings = { t_us: [0, 100_000, 200_000], util: [1, 1, 0], mem_bytes: [0, 0, 0], per_process: true };
    const tr: SampleTrack = { t_us: [100_000, 200_000], dt_s: [0.1, 0.1], key: [null, 'b.js:7'] };
    const m = attributeGpu(tr, gpu);
    assert.deepEqual([...m.keys()], ['b.js:7']);
    assert.deepEqual(m.get('b.js:7'), { gpu_s: 0, gpu_util: 0, gpu_mem_peak_bytes: 0 });
    const { unattributed } = accumulateGpu(tr, gpu);
    near(unattributed.gpu_s, 0.1, 1e-12, 'unattributed gpu_s');
    const tot = gpuTotals(tr, gpu);
    near(tot.gpu_s, 0.1, 1e-12, 'total gpu_s');
    near(tot.gpu_util, 0.5, 1e-12, 'total gpu_util');
  });

  test('order of readings and of samples does not matter', () => {
    const gpu: GpuReadings = { t_us: [250_000, 500_000], util: [0.2, 0.6], mem_bytes: [100, 300], per_process: true };
    const shuffled: GpuReadings = { t_us: [500_000, 250_000], util: [0.6, 0.2], mem_bytes: [300, 100], per_process: true };
    const tr: SampleTrack = { t_us: [300_000, 100_000, 550_000], dt_s: [0.1, 0.1, 0.1], key: ['y.js:1', 'x.js:1', 'z.js:1'] };
    assert.deepEqual(attributeGpu(tr, shuffled), attributeGpu(tr, gpu));
    near(attributeGpu(tr, gpu).get('y.js:1')!.gpu_s, 0.04, 1e-12, 'y gpu_s');
  });

  test('no readings: no GPU figures; bad arrays: one clear error', () => {
    const tr: SampleTrack = { t_us: [1], dt_s: [0.001], key: ['a.js:1'] };
    assert.equal(attributeGpu(tr, { t_us: [], util: [], mem_bytes: [], per_process: true }).size, 0);
    assert.throws(() => attributeGpu(tr, { t_us: [1, 2], util: [0], mem_bytes: [0, 0], per_process: true }), InputError);
    assert.throws(() => attributeGpu({ t_us: [1], dt_s: [], key: [] }, { t_us: [1], util: [0], mem_bytes: [0], per_process: true }), InputError);
  });

  test('out-of-range utilisation reads as 0..1; folding lines weights utilisation by time', () => {
    const gpu: GpuReadings = { t_us: [100_000, 200_000], util: [Number.NaN, 7], mem_bytes: [-5, 10], per_process: true };
    const m = attributeGpu({ t_us: [100_000, 200_000], dt_s: [0.1, 0.1], key: ['a.js:1', 'a.js:2'] }, gpu);
    assert.equal(m.get('a.js:1')!.gpu_s, 0);
    near(m.get('a.js:2')!.gpu_s, 0.1, 1e-12, 'clamped to 1');
    const f = foldGpuTotals([
      { time_s: 3, gpu_s: 3, gpu_mem_peak_bytes: 5 },
      { time_s: 1, gpu_s: 0, gpu_mem_peak_bytes: 9 },
    ]);
    assert.deepEqual(f, { gpu_s: 3, gpu_util: 0.75, gpu_mem_peak_bytes: 9 });
  });
});

describe('GPU metadata and messages', () => {
  const start: GpuStartResult = {
    ok: true,
    perProcess: false,
    memPerProcess: true,
    devices: ['NVIDIA H100 80GB HBM3'],
    sources: ['device'],
    pidNamespaceInit: false,
  };
  const taken: GpuTakeResult = {
    t_us: [], util: [], mem_bytes: [], per_process: false, mem_per_process: true, pids_seen: false, foreign_seen: true, dropped: 0, errors: 0,
  };
  test('meta.gpu and the verbose line say whether figures are per process', () => {
    assert.deepEqual(gpuMeta(start, taken), { per_process: false, devices: ['NVIDIA H100 80GB HBM3'] });
    assert.equal(gpuMeta({ ...start, ok: false, reason: 'x' }), null);
    assert.match(gpuStatusLine(start), /device-wide/);
    assert.equal(gpuStatusLine({ ...start, ok: false, reason: 'NVML not available: libnvidia-ml.so.1: cannot open shared object file' }),
      'GPU: not shown (NVML not available: libnvidia-ml.so.1: cannot open shared object file)');
    assert.match(gpuStatusLine({ ...start, perProcess: true, sources: ['process-utilization'] }), /^GPU: 1 device \(NVIDIA H100 80GB HBM3\), per-process/);
  });
  test('warnings name device-wide figures and an unseen process', () => {
    const w = gpuWarnings(start, taken);
    assert.ok(w.some((s) => /device-wide/.test(s)));
    assert.ok(w.some((s) => /PID namespace/.test(s)));
    assert.deepEqual(gpuWarnings(start, { ...taken, per_process: true, pids_seen: true }), []);
  });
});

// ---- The native sampler against a scripted fake NVML -------------------------------

function findRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(d, 'package.json');
    if (existsSync(pkg) && /"name":\s*"scalene-ci"/.test(readFileSync(pkg, 'utf8'))) return d;
    const up = dirname(d);
    if (up === d) throw new Error('scalene-ci root not found');
    d = up;
  }
}
const ROOT = findRoot();
const hasCc = spawnSync('cc', ['--version'], { stdio: 'ignore' }).status === 0;

type Addon = GpuAddon & { nowUs(): number };

/**
 * The engine for this Node: a dev build first, then the prebuild / cache the CLI uses. The
 * first that loads (a build for another Node ABI does not) is taken; if it lacks the GPU
 * exports, the suite fails below rather than skipping: a stale binary is a real defect.
 */
function loadEngine(): { path: string; addon: Addon } | null {
  const abi = process.versions.modules;
  const plat = `${process.platform}-${process.arch}`;
  const cands = [
    join(ROOT, 'native', 'build', 'Release', 'scalene_ci.node'),
    join(ROOT, 'dist', 'prebuilds', plat, `scalene_ci.abi${abi}.node`),
    join(process.env.XDG_CACHE_HOME || join(process.env.HOME ?? '', '.cache'), 'scalene-ci', plat, `scalene_ci.abi${abi}.node`),
  ].filter((p) => existsSync(p));
  const req = createRequire(import.meta.url);
  let loaded: { path: string; addon: Addon } | null = null;
  for (const path of cands) {
    try {
      const addon = req(path) as Addon;
      if (typeof addon.gpuStart === 'function') return { path, addon };
      loaded ??= { path, addon };
    } catch {
      // built for another Node ABI: try the next
    }
  }
  return loaded;
}
const ENGINE = loadEngine();
const ADDON_PATH = ENGINE?.path ?? null;
const skipNative = !hasCc ? 'no C compiler (cc) to build the fake NVML' : !ENGINE ? 'native engine not built for this Node' : false;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('native GPU sampler (fake NVML)', { skip: skipNative }, () => {
  let addon: Addon;
  let dir: string;
  let fakeLib: string;
  let fakeV1: string;
  const FOREIGN = 3999999; // a pid no test machine runs: NVML lists it, /proc does not

  before(() => {
    addon = ENGINE!.addon;
    assert.equal(typeof addon.gpuStart, 'function', `${ADDON_PATH} has no gpuStart: rebuild the engine (npm run build:native)`);
    dir = mkdtempSync(join(tmpdir(), 'scalene-ci-gpu-'));
    const src = join(ROOT, 'test', 'gpu', 'fake_nvml.c');
    fakeLib = join(dir, 'libnvidia-ml.so.1');
    fakeV1 = join(dir, 'v1', 'libnvidia-ml.so.1');
    for (const [out, extra] of [[fakeLib, []], [fakeV1, ['-DFAKE_V1_ONLY']]] as const) {
      spawnSync('mkdir', ['-p', dirname(out)]);
      const r = spawnSync('cc', ['-shared', '-fPIC', '-O1', ...extra, '-o', out, src, '-lm'], { encoding: 'utf8' });
      assert.equal(r.status, 0, `building the fake NVML failed: ${r.stderr}`);
    }
  });
  after(() => {
    addon?.gpuStop();
    delete process.env.SCALENE_CI_NVML_LIB;
    delete process.env.FAKE_NVML_SCRIPT;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes the script with t0 = now, starts, waits, stops; returns everything. */
  /** Starts sampling the fake NVML library under `script` (its times relative to now). */
  function startUnder(script: string, opts: Parameters<GpuAddon['gpuStart']>[0], lib: string) {
    const t0 = addon.nowUs();
    writeFileSync(join(dir, 'script'), `t0 ${t0}\n${script}\n`);
    process.env.FAKE_NVML_SCRIPT = join(dir, 'script');
    process.env.SCALENE_CI_NVML_LIB = lib;
    return { t0, start: addon.gpuStart(opts) };
  }

  async function run(script: string, opts: Parameters<GpuAddon['gpuStart']>[0], ms: number, lib = fakeLib, during?: (t0: number) => Promise<void>) {
    const { t0, start } = startUnder(script, opts, lib);
    if (during) await during(t0);
    await sleep(ms);
    addon.gpuStop();
    const stopUs = addon.nowUs();
    const taken = addon.gpuTake();
    const rel = taken.t_us.map((t) => (t - t0) / 1000); // ms since t0
    return { start, taken, t0, stopUs, rel };
  }

  /**
   * Starts sampling under `script` and drains readings as the test asks for them, so a
   * test can wait for a number of readings instead of a span of time.
   */
  function drainingRun(script: string, opts: Parameters<GpuAddon['gpuStart']>[0]) {
    const { t0, start } = startUnder(script, opts, fakeLib);
    const readings: [ms: number, util: number, memBytes: number][] = [];
    let pidsSeen = false;
    const drain = () => {
      const t = addon.gpuTake();
      pidsSeen ||= t.pids_seen;
      t.t_us.forEach((us, i) => readings.push([(us - t0) / 1000, t.util[i]!, t.mem_bytes[i]!]));
    };
    return {
      t0,
      start,
      readings,
      pidsSeen: () => pidsSeen,
      async drainUntil(enough: () => boolean, what: string) {
        for (const deadline = Date.now() + 10_000; ; await sleep(20)) {
          drain();
          if (enough()) return;
          assert.ok(Date.now() < deadline, `${what}: ${readings.length} readings in 10 s`);
        }
      },
      stop() {
        addon.gpuStop();
        addon.gpuTake();
      },
    };
  }

  function assertIncreasing(t: number[]): void {
    for (let i = 1; i < t.length; i++) assert.ok(t[i]! > t[i - 1]!, `readings out of order at ${i}`);
  }

  test('per-process: 0% for 300 ms then 100%, 1 GiB; another process busy early is not ours', async () => {
    const { start, taken, t0, stopUs, rel } = await run(
      `name 0 Fake H100\nperiod_ms 20\nseg 0 self 0 300 0 ${GiB}\nseg 0 self 300 inf 100 ${GiB}\nseg 0 ${FOREIGN} 0 300 100 4096`,
      { intervalUs: 10_000, pids: [process.pid] },
      650,
    );
    assert.equal(start.ok, true, start.reason ?? '');
    assert.equal(start.library, fakeLib);
    assert.deepEqual(start.devices, ['Fake H100']);
    assert.deepEqual(start.sources, ['process-utilization']);
    assert.equal(start.perProcess, true);
    assert.equal(start.memPerProcess, true);
    assert.equal(taken.per_process, true);
    assert.equal(taken.pids_seen, true);
    assert.equal(taken.foreign_seen, true);
    assert.equal(taken.errors, 0);
    assert.equal(taken.dropped, 0);
    assert.ok(taken.t_us.length >= 25, `one reading per 20 ms driver tick at least, got ${taken.t_us.length}`);
    assertIncreasing(taken.t_us);
    assert.ok(taken.t_us[0]! >= t0 && taken.t_us.at(-1)! <= stopUs, 'readings lie within the run');
    // Readings are stamped with the driver's tick times: the tick at 300 ms still
    // covers (280, 300] (idle), the one at 320 ms covers (300, 320] (busy).
    for (let i = 0; i < rel.length; i++) {
      if (rel[i]! <= 301) assert.equal(taken.util[i], 0, `util at ${rel[i]} ms`);
      else if (rel[i]! >= 319) assert.equal(taken.util[i], 1, `util at ${rel[i]} ms`);
      else assert.fail(`a reading at ${rel[i]} ms, between driver ticks`);
      assert.equal(taken.mem_bytes[i], GiB, `memory at ${rel[i]} ms`);
    }

    // End to end: 1 ms samples on line 1 until 300 ms, on line 2 after.
    const end = taken.t_us.at(-1)!;
    const tr = track(t0, end, 1000, (t) => (t <= t0 + 300_000 ? 'app.js:1' : 'app.js:2'));
    const m = attributeGpu(tr, taken);
    near(m.get('app.js:1')!.gpu_s, 0, 1e-4, 'line 1 gpu_s');
    near(m.get('app.js:2')!.gpu_s, (tr.t_us.at(-1)! - t0 - 300_000) / 1e6, 1e-4, 'line 2 gpu_s');
    near(m.get('app.js:2')!.gpu_util, 1, 1e-3, 'line 2 gpu_util');
    assert.equal(m.get('app.js:1')!.gpu_mem_peak_bytes, GiB);
    assert.equal(m.get('app.js:2')!.gpu_mem_peak_bytes, GiB);
    assert.deepEqual(gpuMeta(start, taken), { per_process: true, devices: ['Fake H100'] });
  });

  test('no per-process utilisation (NOT_SUPPORTED): device-wide fallback, flagged, other processes included', async () => {
    const { start, taken, rel } = await run(
      `name 0 Fake T4\nprocutil 0 not_supported\nseg 0 self 0 300 0 ${GiB}\nseg 0 self 300 inf 100 ${GiB}\nseg 0 ${FOREIGN} 0 300 100 4096`,
      { intervalUs: 10_000 },
      400,
    );
    assert.equal(start.ok, true, start.reason ?? '');
    assert.deepEqual(start.sources, ['device']);
    assert.equal(start.perProcess, false);
    assert.equal(taken.per_process, false);
    assert.deepEqual(gpuMeta(start, taken), { per_process: false, devices: ['Fake T4'] });
    assert.ok(gpuWarnings(start, taken).some((w) => /device-wide/.test(w)));
    // The other process's kernels in the first 300 ms show up: exactly why it is flagged.
    const early = taken.util.filter((_, i) => rel[i]! > 45 && rel[i]! < 280);
    assert.ok(early.length >= 10, `readings in (45, 280) ms: ${early.length}`);
    assert.ok(early.every((u) => u === 1), `device-wide readings: ${early.join(',')}`);
    assertIncreasing(taken.t_us);
  });

  test('deviceWide option forces the fallback even where per-process data exists', async () => {
    const { start, taken } = await run(`seg 0 self 0 inf 100 ${GiB}`, { intervalUs: 10_000, deviceWide: true }, 120);
    assert.equal(start.ok, true, start.reason ?? '');
    assert.deepEqual(start.sources, ['device']);
    assert.equal(taken.per_process, false);
  });

  test('accounting mode: per-process lifetime averages differenced into periods; the total is exact', async () => {
    const { start, taken, t0, rel } = await run(
      `procutil 0 not_supported\naccounting 0 on\nseg 0 self 0 300 0 ${GiB}\nseg 0 self 300 inf 100 ${GiB}\nseg 0 ${FOREIGN} 0 inf 100 4096`,
      { intervalUs: 20_000 },
      700,
    );
    assert.equal(start.ok, true, start.reason ?? '');
    assert.deepEqual(start.sources, ['accounting']);
    assert.equal(start.perProcess, true);
    assertIncreasing(taken.t_us);
    for (let i = 0; i < rel.length; i++) if (rel[i]! <= 300) assert.equal(taken.util[i], 0, `util at ${rel[i]} ms`);
    // ∫ util dt over the readings = busy time since the first reading, to within the
    // driver's whole-percent rounding of the lifetime average (≤ 0.5% of 0.7 s).
    let busyUs = 0;
    for (let i = 1; i < taken.t_us.length; i++) busyUs += taken.util[i]! * (taken.t_us[i]! - taken.t_us[i - 1]!);
    const expectUs = taken.t_us.at(-1)! - (t0 + 300_000);
    near(busyUs / 1e6, expectUs / 1e6, 0.008, 'accounting busy seconds');
  });

  test('descendants: a child process\'s GPU use is ours; without includeDescendants it is not, until gpuSetPids adds it', async () => {
    const child: ChildProcess = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      await new Promise((r) => child.once('spawn', r));
      const script = `seg 0 ${child.pid} 0 inf 50 ${512 * MiB}\nseg 0 ${FOREIGN} 0 inf 30 4096`;
      // Both halves wait for readings, not for time: on a loaded 2-core runner the sampler
      // can start late or fall behind its 10 ms interval (CI once saw 3 readings in the
      // first 190 ms), and a count of readings per wall-clock window then fails.
      const a = drainingRun(script, { intervalUs: 10_000, pids: [process.pid], includeDescendants: true });
      try {
        assert.equal(a.start.ok, true, a.start.reason ?? '');
        const settled = () => a.readings.filter(([r]) => r > 25);
        await a.drainUntil(() => settled().length >= 10, 'with descendants');
        assert.equal(a.pidsSeen(), true);
        for (const [r, u, m] of settled()) {
          assert.equal(u, 0.5, `child's 50% at ${r} ms (the other process's 30% is not ours)`);
          assert.equal(m, 512 * MiB);
        }
      } finally {
        a.stop();
      }

      const b = drainingRun(script, { intervalUs: 10_000, pids: [process.pid], includeDescendants: false });
      try {
        assert.equal(b.start.ok, true, b.start.reason ?? '');
        await b.drainUntil(() => b.readings.length >= 5, 'before gpuSetPids');
        const early = b.readings.splice(0);
        addon.gpuSetPids([process.pid, child.pid!]);
        const setAt = (addon.nowUs() - b.t0) / 1000;
        const after = () => b.readings.filter(([r]) => r > setAt + 45);
        await b.drainUntil(() => after().length >= 5, 'after gpuSetPids');
        for (const [r, u, m] of early) assert.deepEqual([u, m], [0, 0], `not ours at ${r} ms`);
        for (const [r, u, m] of after()) assert.deepEqual([u, m], [0.5, 512 * MiB], `ours at ${r} ms`);
      } finally {
        b.stop();
      }
    } finally {
      child.kill('SIGKILL');
    }
  });

  test('NVML never lists us while others use the GPU: zeros, and a warning that says why', async () => {
    const { start, taken } = await run(`seg 0 ${FOREIGN} 0 inf 100 ${GiB}`, { intervalUs: 10_000 }, 120);
    assert.equal(start.ok, true);
    assert.equal(taken.pids_seen, false);
    assert.equal(taken.foreign_seen, true);
    assert.ok(taken.util.every((u) => u === 0) && taken.mem_bytes.every((m) => m === 0));
    assert.ok(gpuWarnings(start, taken).some((w) => /never listed/.test(w)));
  });

  test('two GPUs: utilisation is the mean over the GPUs we use, memory the sum', async () => {
    const { start, taken, rel } = await run(
      [
        'devices 2', 'name 0 Fake A', 'name 1 Fake B',
        `seg 0 self 0 inf 100 ${GiB}`,
        `seg 1 self 0 200 0 ${256 * MiB}`, // a context on B, idle, until 200 ms
        `seg 1 ${FOREIGN} 200 inf 100 4096`, // then B belongs to someone else
      ].join('\n'),
      { intervalUs: 10_000 },
      450,
    );
    assert.equal(start.ok, true, start.reason ?? '');
    assert.deepEqual(start.devices, ['Fake A', 'Fake B']);
    assert.deepEqual(start.sources, ['process-utilization', 'process-utilization']);
    assertIncreasing(taken.t_us);
    const both = taken.util.map((u, i) => [rel[i]!, u, taken.mem_bytes[i]!] as const).filter(([r]) => r > 25 && r < 180);
    const onlyA = taken.util.map((u, i) => [rel[i]!, u, taken.mem_bytes[i]!] as const).filter(([r]) => r > 260);
    assert.ok(both.length >= 5 && onlyA.length >= 5);
    // (The whole series in the message: one CI run on Node 22 read 0 at 95 ms, once in many runs, not reproduced since.)
    const series = () => rel.map((r, i) => `${r.toFixed(1)}:${taken.util[i]}`).join(' ');
    for (const [r, u, m] of both) assert.deepEqual([u, m], [0.5, GiB + 256 * MiB], `both GPUs at ${r} ms; readings (ms:util) ${series()}`);
    for (const [r, u, m] of onlyA) assert.deepEqual([u, m], [1, GiB], `GPU A only at ${r} ms; readings (ms:util) ${series()}`);
  });

  test('oldest process-list entry point (16-byte entries) is read with its own stride', async () => {
    const { start, taken } = await run(`seg 0 ${FOREIGN} 0 inf 0 7777\nseg 0 self 0 inf 100 ${GiB}`, { intervalUs: 10_000 }, 120, fakeV1);
    assert.equal(start.ok, true, start.reason ?? '');
    assert.equal(start.library, fakeV1);
    assert.equal(start.memPerProcess, true);
    assert.ok(taken.mem_bytes.length > 0 && taken.mem_bytes.every((m) => m === GiB), `mem: ${taken.mem_bytes.join(',')}`);
  });

  test('a process that exits while sampling (process.exit, or its loop simply ending) exits cleanly', () => {
    const scriptPath = join(dir, 'exit-script');
    writeFileSync(scriptPath, `seg 0 self 0 inf 100 ${GiB}\n`);
    for (const [how, code] of [['process.exit(3)', 3], ['', 0]] as const) {
      const prog = `const a = require(${JSON.stringify(ADDON_PATH)});
        if (!a.gpuStart({ intervalUs: 1000 }).ok) process.exit(9);
        setTimeout(() => { ${how} }, 100);`;
      const r = spawnSync(process.execPath, ['-e', prog], {
        env: { ...process.env, SCALENE_CI_NVML_LIB: fakeLib, FAKE_NVML_SCRIPT: scriptPath },
        encoding: 'utf8',
        timeout: 20_000,
      });
      assert.equal(r.status, code, `exit via ${how || 'end of loop'}: status ${r.status}, signal ${r.signal}, ${r.stderr}`);
    }
  });

  test('NVML that cannot start, or sees no GPU, says so; a second start is refused; bad options throw', async () => {
    const scriptPath = join(dir, 'script');
    process.env.SCALENE_CI_NVML_LIB = fakeLib;
    process.env.FAKE_NVML_SCRIPT = scriptPath;
    writeFileSync(scriptPath, 'init_error 9\n');
    let r = addon.gpuStart({});
    assert.equal(r.ok, false);
    assert.match(r.reason!, /NVML could not start: Driver Not Loaded \(9\)/);
    writeFileSync(scriptPath, 'devices 0\n');
    r = addon.gpuStart({});
    assert.equal(r.ok, false);
    assert.equal(r.reason, 'no NVIDIA GPU found');
    assert.equal(gpuMeta(r), null);

    writeFileSync(scriptPath, `seg 0 self 0 inf 10 ${MiB}\n`);
    r = addon.gpuStart({ intervalUs: 10_000 });
    assert.equal(r.ok, true);
    const again = addon.gpuStart({});
    assert.equal(again.ok, false);
    assert.match(again.reason!, /already running/);
    addon.gpuStop();
    addon.gpuStop(); // idempotent
    addon.gpuTake();

    assert.throws(() => addon.gpuStart({ intervalUs: -1 }), TypeError);
    assert.throws(() => addon.gpuStart({ pids: [0] }), TypeError);
    assert.throws(() => addon.gpuStart({ pids: 'x' as unknown as number[] }), TypeError);
    assert.throws(() => addon.gpuSetPids([1.5]), TypeError);
  });
});

describe('NVML absent', { skip: ENGINE ? false : 'native engine not built for this Node' }, () => {
  const probe = `
    const a = require(${JSON.stringify(ADDON_PATH)});
    const s = a.gpuStart({ intervalUs: 10000 });
    const t = a.gpuTake();
    a.gpuStop();
    process.stdout.write(JSON.stringify({ s, n: t.t_us.length }));`;
  const runProbe = (env: NodeJS.ProcessEnv) => {
    const r = spawnSync(process.execPath, ['-e', probe], { env, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, `probe crashed: ${r.stderr}`);
    return JSON.parse(r.stdout) as { s: GpuStartResult; n: number };
  };

  test('SCALENE_CI_NVML_LIB pointing nowhere: ok:false with the reason, no readings, clean exit', () => {
    const missing = join(tmpdir(), 'scalene-ci-no-such-dir', 'libnvidia-ml.so.1');
    const { s, n } = runProbe({ ...process.env, SCALENE_CI_NVML_LIB: missing });
    assert.equal(s.ok, false);
    assert.match(s.reason!, /^NVML not available: .*scalene-ci-no-such-dir\/libnvidia-ml\.so\.1/);
    assert.deepEqual(s.devices, []);
    assert.equal(n, 0);
    assert.equal(gpuStatusLine(s), `GPU: not shown (${s.reason})`);
  });

  test('the default libnvidia-ml.so.1: absent here means ok:false; present, it must start cleanly', () => {
    const env = { ...process.env };
    delete env.SCALENE_CI_NVML_LIB;
    const { s } = runProbe(env);
    const realLib = spawnSync('sh', ['-c', 'ldconfig -p 2>/dev/null | grep -q "libnvidia-ml.so.1 "'], { stdio: 'ignore' }).status === 0;
    if (!realLib) {
      assert.equal(s.ok, false);
      assert.match(s.reason!, /libnvidia-ml\.so\.1/);
    } else {
      assert.equal(typeof s.ok, 'boolean');
      if (!s.ok) assert.ok(s.reason && s.reason.length > 0);
    }
  });
});
