// Validation of "scalene-ci/profile@1" on every read: shape, types and invariants,
// with messages that name the offending path. Nothing downstream re-checks.
import { InputError } from '../errors.js';
import { PROFILE_SCHEMA, type FileProfile, type Profile, type ProfileMeta, SUMMABLE_METRICS, MAX_METRICS, restoreCpuFigures, restoreFunctionSums, restoreZeroFigures } from './profile.js';

/** Refuse to parse profile files bigger than this: a PR's artifact is untrusted input. */
export const MAX_PROFILE_BYTES = 512 * 1024 * 1024;

/**
 * Per-run values that compare and merge may build for any input, however small: compare
 * holds 16 doubles per entry (line, function, totals) and run, so 2^20 is 128 MiB.
 * Beyond it, the runs must be backed by values the input really holds (see checkRunValues).
 */
export const RUN_VALUES_FLOOR = 1 << 20;

type Json = unknown;

function fail(where: string, what: string): never {
  throw new InputError(`${where}: ${what}`);
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Magnitudes no real profile reaches, refused so that sums, squares and the statistics'
 * special functions stay finite (a valid 1e308 made compare's incomplete beta fail):
 * seconds up to ~31 years, bytes up to 1 EiB, counts up to 1e15, lines up to 2^31 - 1
 * (V8 and CPython number lines with 32-bit ints).
 */
export const MAX_SECONDS = 1e9;
export const MAX_BYTES = 2 ** 60;
export const MAX_COUNT = 1e15;
export const MAX_LINE = 2 ** 31 - 1;
/** A line's callees (callee_lines, callee_spans): the profiler keeps 200 lines and 32 spans per
 * run; merged runs add theirs up. */
export const MAX_CALLEES = 10_000;

/** The magnitude limit of a metric, by its unit suffix. */
function limitOf(key: string): number {
  if (key.endsWith('_s')) return MAX_SECONDS;
  if (key.endsWith('_bytes') || key.endsWith('_bytes_per_s')) return MAX_BYTES;
  return MAX_COUNT;
}

function num(v: Json, where: string, opts: { min?: number; max?: number; integer?: boolean } = {}): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, `expected a finite number, got ${describe(v)}`);
  if (opts.min !== undefined && v < opts.min) fail(where, `expected ≥ ${opts.min}, got ${v}`);
  if (opts.max !== undefined && Math.abs(v) > opts.max) fail(where, `expected at most ${opts.max} in magnitude, got ${v}`);
  if (opts.integer && !Number.isInteger(v)) fail(where, `expected an integer, got ${v}`);
  return v;
}

function str(v: Json, where: string): string {
  if (typeof v !== 'string') fail(where, `expected a string, got ${describe(v)}`);
  return v;
}

function describe(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? 'a string' : JSON.stringify(v);
  return typeof v === 'object' ? 'an object' : String(v);
}

// A sampled figure may carry floating-point noise around zero; only real negatives are errors.
const EPS = 1e-9;

function checkMetrics(m: Record<string, Json>, where: string, runs: number): void {
  for (const k of ['cpu_js_s', 'cpu_native_s', 'system_s', 'gc_s'] as const) num(m[k], `${where}.${k}`, { min: -EPS, max: MAX_SECONDS });
  num(m.samples, `${where}.samples`, { min: 0, max: MAX_COUNT });
  for (const k of [...SUMMABLE_METRICS, ...MAX_METRICS]) {
    if (m[k] === undefined) continue;
    if (k === 'net_bytes') num(m[k], `${where}.${k}`, { max: MAX_BYTES });
    else num(m[k], `${where}.${k}`, { min: -EPS, max: limitOf(k) });
  }
  for (const k of ['elapsed_s', 'unattributed_s']) if (typeof m[k] === 'number') num(m[k], `${where}.${k}`, { max: MAX_SECONDS });
  if (m.gpu_util !== undefined) {
    const u = num(m.gpu_util, `${where}.gpu_util`, { min: 0 });
    if (u > 1 + 1e-6) fail(`${where}.gpu_util`, `utilisation is a fraction in [0, 1], got ${u}`);
  }
  if (m.timeline !== undefined) {
    if (!Array.isArray(m.timeline)) fail(`${where}.timeline`, 'expected an array of [seconds, bytes] pairs');
    if (m.timeline.length > 1000) fail(`${where}.timeline`, `at most 1000 points, got ${m.timeline.length}`);
    m.timeline.forEach((p, i) => {
      if (!Array.isArray(p) || p.length !== 2) fail(`${where}.timeline[${i}]`, 'expected a [seconds, bytes] pair');
      num(p[0], `${where}.timeline[${i}][0]`, { max: MAX_SECONDS });
      num(p[1], `${where}.timeline[${i}][1]`, { max: MAX_BYTES });
    });
  }
  if (m.leak !== undefined) {
    if (!isObject(m.leak)) fail(`${where}.leak`, 'expected an object');
    const l = num(m.leak.likelihood, `${where}.leak.likelihood`, { min: 0 });
    if (l > 1) fail(`${where}.leak.likelihood`, `expected a probability, got ${l}`);
    num(m.leak.velocity_bytes_per_s, `${where}.leak.velocity_bytes_per_s`, { max: MAX_BYTES });
  }
  if (m.per_run !== undefined) {
    if (!isObject(m.per_run)) fail(`${where}.per_run`, 'expected an object of arrays');
    for (const [k, arr] of Object.entries(m.per_run)) {
      if (!Array.isArray(arr)) fail(`${where}.per_run.${k}`, 'expected an array');
      if (arr.length !== runs) fail(`${where}.per_run.${k}`, `expected ${runs} values (meta.runs), got ${arr.length}`);
      const max = limitOf(k);
      arr.forEach((x, i) => num(x, `${where}.per_run.${k}[${i}]`, { max }));
    }
  }
}

/** Entries (lines, functions, totals) of a profile, and the values it holds for them. */
function heldValues(p: Profile): { entries: number; held: number } {
  let entries = 1;
  let held = 1 + perRunLength(p.totals.per_run);
  for (const f of Object.values(p.files)) {
    entries += f.lines.length + f.functions.length;
    held += f.lines.length + f.functions.length;
    for (const l of f.lines) held += perRunLength(l.per_run);
    for (const fn of f.functions) held += perRunLength(fn.per_run);
  }
  return { entries, held };
}

function perRunLength(perRun: Record<string, unknown[] | undefined> | undefined): number {
  let n = 0;
  if (perRun) for (const arr of Object.values(perRun)) n += arr?.length ?? 0;
  return n;
}

/**
 * Refuse profiles whose runs would make compare or merge build far more per-run values than
 * the inputs hold. Comparing or merging materialises every entry once per run; a profile
 * backs its runs with per_run arrays (at least the four times and the samples per entry and
 * run, as --repeat and merge write them), while `meta.runs: 1000000` in a 10 KB file backs
 * nothing and made compare allocate 2.9 GB. The limit is twice what the inputs hold (entries
 * plus per_run values; room for sides whose files differ), and never below RUN_VALUES_FLOOR.
 * `runs` is the run count of the combination (a sum for runs, the common count for shards).
 */
export function checkRunValues(profiles: Profile[], runs: number, what: string): void {
  let held = 0;
  let entries: number;
  if (profiles.length === 1) {
    const h = heldValues(profiles[0]!);
    held = h.held;
    entries = h.entries;
  } else {
    const keys = new Set<string>();
    for (const p of profiles) {
      held += heldValues(p).held;
      for (const [path, f] of Object.entries(p.files)) {
        for (const l of f.lines) keys.add(`${path}\0${l.line}`);
        for (const fn of f.functions) keys.add(`${path}\0${fn.line}:${fn.end_line}:${fn.name}`);
      }
    }
    entries = keys.size + 1;
  }
  const needed = runs * entries;
  const limit = Math.max(RUN_VALUES_FLOOR, 2 * held);
  if (needed > limit) {
    throw new InputError(
      `${what}: ${runs} runs × ${entries} lines, functions and totals would be ${needed.toExponential(1)} per-run values, ` +
        `but the input holds ${held} values (per_run arrays back repeated runs); the limit is ${limit}`,
    );
  }
}

/** Parse and validate profile JSON text. `name` is used in error messages (usually the path). */
export function parseProfile(text: string, name: string): Profile {
  if (text.length === 0) throw new InputError(`${name}: the file is empty`);
  if (text.length > MAX_PROFILE_BYTES) throw new InputError(`${name}: the file is larger than ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
  let data: Json;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^.*?: /, '') : '';
    throw new InputError(`${name}: not valid JSON (truncated or corrupt?)${why ? ': ' + why : ''}`);
  }
  return validateProfile(data, name);
}

export function validateProfile(data: Json, name: string): Profile {
  if (!isObject(data)) fail(name, 'expected a JSON object');
  if (data.schema !== PROFILE_SCHEMA) {
    fail(name, `not a scalene-ci profile (schema is ${describe(data.schema)}, expected "${PROFILE_SCHEMA}")`);
  }
  const meta = data.meta;
  if (!isObject(meta)) fail(`${name}: meta`, 'missing or not an object');
  const runs = num(meta.runs, `${name}: meta.runs`, { min: 1, integer: true });
  num(meta.elapsed_s, `${name}: meta.elapsed_s`, { min: 0, max: MAX_SECONDS });
  num(meta.sampling_interval_ms, `${name}: meta.sampling_interval_ms`, { min: 0, max: MAX_SECONDS * 1000 });
  if (typeof meta.complete !== 'boolean') fail(`${name}: meta.complete`, 'expected true or false');
  if (meta.mode !== 'cpu' && meta.mode !== 'full') fail(`${name}: meta.mode`, `expected "cpu" or "full", got ${describe(meta.mode)}`);
  str(meta.tool_version, `${name}: meta.tool_version`);
  str(meta.source_format, `${name}: meta.source_format`);
  if (!Array.isArray(meta.command)) fail(`${name}: meta.command`, 'expected an array of strings');
  if (!Array.isArray(meta.missing)) fail(`${name}: meta.missing`, 'expected an array');
  if (!Array.isArray(meta.processes)) fail(`${name}: meta.processes`, 'expected an array');
  if (!Array.isArray(meta.warnings)) fail(`${name}: meta.warnings`, 'expected an array');

  const totals = data.totals;
  if (!isObject(totals)) fail(`${name}: totals`, 'missing or not an object');
  checkMetrics(totals, `${name}: totals`, runs);

  const files = data.files;
  if (!isObject(files)) fail(`${name}: files`, 'missing or not an object');
  for (const [path, f] of Object.entries(files)) {
    const where = `${name}: files[${JSON.stringify(path)}]`;
    if (!isObject(f)) fail(where, 'expected an object');
    if (f.source !== null && typeof f.source !== 'string') fail(`${where}.source`, 'expected a string or null');
    if (!Array.isArray(f.lines)) fail(`${where}.lines`, 'expected an array');
    if (!Array.isArray(f.functions)) fail(`${where}.functions`, 'expected an array');
    let prev = 0;
    f.lines.forEach((l, i) => {
      const lw = `${where}.lines[${i}]`;
      if (!isObject(l)) fail(lw, 'expected an object');
      const line = num(l.line, `${lw}.line`, { min: 1, max: MAX_LINE, integer: true });
      if (line <= prev) fail(`${lw}.line`, `lines must be ascending and unique (${line} after ${prev})`);
      prev = line;
      restoreCpuFigures(l);
      checkMetrics(l, lw, runs);
      if (l.callee_lines !== undefined) {
        if (!Array.isArray(l.callee_lines) || l.callee_lines.length > MAX_CALLEES) fail(`${lw}.callee_lines`, `expected an array of at most ${MAX_CALLEES} line numbers`);
        l.callee_lines.forEach((c, j) => num(c, `${lw}.callee_lines[${j}]`, { min: 1, max: MAX_LINE, integer: true }));
      }
      if (l.callee_spans !== undefined) {
        if (!Array.isArray(l.callee_spans) || l.callee_spans.length > MAX_CALLEES) fail(`${lw}.callee_spans`, `expected an array of at most ${MAX_CALLEES} spans`);
        l.callee_spans.forEach((sp, j) => {
          const sw = `${lw}.callee_spans[${j}]`;
          if (!Array.isArray(sp) || sp.length !== 3) fail(sw, 'expected [file, first line, last line]');
          str(sp[0], `${sw}[0]`);
          const first = num(sp[1], `${sw}[1]`, { min: 1, max: MAX_LINE, integer: true });
          if (num(sp[2], `${sw}[2]`, { min: 1, max: MAX_LINE, integer: true }) < first) fail(sw, 'the last line is before the first');
        });
      }
    });
    f.functions.forEach((fn, i) => {
      const fw = `${where}.functions[${i}]`;
      if (!isObject(fn)) fail(fw, 'expected an object');
      str(fn.name, `${fw}.name`);
      const start = num(fn.line, `${fw}.line`, { min: 0, max: MAX_LINE, integer: true });
      // A one-line function's row leaves `end_line` out on disk (compactFile).
      if (fn.end_line === undefined) fn.end_line = start;
      const end = num(fn.end_line, `${fw}.end_line`, { min: 0, max: MAX_LINE, integer: true });
      if (end < start) fail(fw, `end_line ${end} is before line ${start}`);
    });
    // Rows a writer left to their lines' sums (compactFile) get them back before their check.
    if (f.function_sums !== undefined) {
      if (f.function_sums !== true) fail(`${where}.function_sums`, 'expected true');
      restoreFunctionSums(f as unknown as FileProfile, data.meta as unknown as ProfileMeta);
      delete f.function_sums;
    }
    f.functions.forEach((fn, i) => {
      restoreCpuFigures(fn);
      checkMetrics(fn, `${where}.functions[${i}]`, runs);
    });
  }
  checkRunValues([data as unknown as Profile], runs, `${name}: meta.runs`);
  const profile = data as unknown as Profile;
  restoreZeroFigures(profile);
  return profile;
}
