// compare's view of a side (base or head): per line and function, per run, the metrics the
// tests need (contention-free off-CPU time apart from the profiled one), and the candidates
// (matched lines and functions) that become hypotheses. Pure.
import { InputError } from '../errors.js';
import type { Metrics, PerRun, Profile } from '../model/profile.js';
import type { KindThresholds } from '../config/config.js';
import type { FileInfo, FilePair, FunctionRange } from './match.js';
import { splitLines } from './match.js';
import type { TestResult } from './stats.js';
import type { CpuCategory, FindingMetric } from './types.js';

// One side (base or head): every run of every profile, flattened.

export type Cat = Exclude<CpuCategory, 'total'>;
export const CATS: readonly Cat[] = ['js', 'native', 'system', 'gc'];

// Metrics kept per run, by index into an entry's value table.
export const M = {
  js: 0,
  native: 1,
  system: 2,
  gc: 3,
  samples: 4,
  alloc: 5,
  peak: 6,
  net: 7,
  copy: 8,
  gpu: 9,
  gpuUtil: 10,
  gpuMem: 11,
  leak: 12,
  leakVelocity: 13,
  /** Off-CPU seconds as profiled; `system` holds the part beyond the runner's contention. */
  rawSystem: 14,
  /** The JS heap part of alloc. */
  allocJs: 15,
} as const;
export const NM = 16;
export const CAT_INDEX: Record<Cat, number> = { js: M.js, native: M.native, system: M.system, gc: M.gc };
export const CAT_METRIC: Record<Cat, FindingMetric> = { js: 'cpu_js_s', native: 'cpu_native_s', system: 'system_s', gc: 'gc_s' };

// Presence flags for the optional metric groups (absent ≠ zero: a CPU-only profile has no memory).
export const HAS_MEMORY = 1;
export const HAS_COPY = 2;
export const HAS_GPU = 4;
export const HAS_LEAK = 8;

export interface Entry {
  /** NM × R values, metric-major: vals[k * R + run]. */
  vals: Float64Array;
  flags: number;
  callees: number[] | undefined;
  /** Spans of other files its samples ran in (LineProfile.callee_spans). */
  calleeSpans?: Array<[string, number, number]>;
  /** The line holds only a loop's head, where V8 charges its tier-up work (significance.ts LOOP_LUMP_S). */
  loopHead?: boolean;
}

// A line that holds only a loop's head (`for (…) {`, `while (…) {`, `do {`, `} while (…);`),
// with nothing after it but a brace or a comment: V8 charges the loop's tier-up work there
// (the budget interrupt at its back edge, on-stack replacement), see LOOP_LUMP_S.
const LOOP_HEAD = /^\s*(?:(?:for(?:\s+await)?|while)\s*\(.*\)\s*\{?|do\s*\{|\}\s*while\s*\(.*\)\s*;?)\s*(?:\/\/.*|\/\*.*\*\/)?\s*$/;

// The stored source is the pull request's: a minified line of a megabyte starting with `for(`
// would make LOOP_HEAD backtrack over every `)` in it. A loop's head alone is short.
const LOOP_HEAD_MAX_CHARS = 400;

/** Whether a source line holds only a loop's head (see LOOP_HEAD). */
export function isLoopHead(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && text.length <= LOOP_HEAD_MAX_CHARS && LOOP_HEAD.test(text);
}

export interface FnEntry extends Entry, FunctionRange {}

export interface SideFile {
  info: FileInfo;
  lines: Map<number, Entry>;
  functions: FnEntry[];
  sourceLines: string[] | null | undefined;
}

export interface Side {
  name: 'base' | 'head';
  R: number;
  profiles: Profile[];
  files: Map<string, SideFile>;
  totals: Entry;
  /** Per run: seconds of all four categories charged anywhere (the share denominator). */
  totalS: Float64Array;
  totalMeanS: number;
  /** Samples per second of on-CPU time (the sampling rate), to turn seconds into counts. */
  rate: number;
  flags: number;
  /** The largest share of sampled time carried by late samples in any of its profiles. */
  lateShare: number;
  /** The largest time-weighted mean GC pause of its profiles (seconds; 0 when none says). */
  gcPauseS: number;
}

export function perRunValue(m: Metrics, perRun: PerRun | undefined, key: keyof PerRun, j: number): number | undefined {
  const arr = perRun?.[key];
  if (arr && j < arr.length) return arr[j];
  return m[key as keyof Metrics] as number | undefined;
}

/** Fill runs [offset, offset + runs) of `e` from one profile's metrics (per_run when present). */
export function fillEntry(e: Entry, m: Metrics, perRun: PerRun | undefined, R: number, offset: number, runs: number): void {
  const v = e.vals;
  for (let j = 0; j < runs; j++) {
    const at = offset + j;
    v[M.js * R + at] = perRunValue(m, perRun, 'cpu_js_s', j) ?? 0;
    v[M.native * R + at] = perRunValue(m, perRun, 'cpu_native_s', j) ?? 0;
    v[M.system * R + at] = perRunValue(m, perRun, 'system_s', j) ?? 0;
    v[M.rawSystem * R + at] = v[M.system * R + at]!;
    v[M.gc * R + at] = perRunValue(m, perRun, 'gc_s', j) ?? 0;
    v[M.samples * R + at] = perRunValue(m, perRun, 'samples', j) ?? 0;
    const aj = perRunValue(m, perRun, 'alloc_js_bytes', j);
    const an = perRunValue(m, perRun, 'alloc_native_bytes', j);
    if (aj !== undefined || an !== undefined) {
      e.flags |= HAS_MEMORY;
      v[M.alloc * R + at] = (aj ?? 0) + (an ?? 0);
      v[M.allocJs * R + at] = aj ?? 0;
    }
    const peak = perRunValue(m, perRun, 'peak_bytes', j);
    if (peak !== undefined) {
      e.flags |= HAS_MEMORY;
      v[M.peak * R + at] = peak;
    }
    const net = perRunValue(m, perRun, 'net_bytes', j);
    if (net !== undefined) v[M.net * R + at] = net;
    const copy = perRunValue(m, perRun, 'copy_bytes', j);
    if (copy !== undefined) {
      e.flags |= HAS_COPY;
      v[M.copy * R + at] = copy;
    }
    const gpu = perRunValue(m, perRun, 'gpu_s', j);
    if (gpu !== undefined) {
      e.flags |= HAS_GPU;
      v[M.gpu * R + at] = gpu;
    }
    const util = perRunValue(m, perRun, 'gpu_util', j);
    if (util !== undefined) v[M.gpuUtil * R + at] = util;
    const gmem = perRunValue(m, perRun, 'gpu_mem_peak_bytes', j);
    if (gmem !== undefined) {
      e.flags |= HAS_GPU;
      v[M.gpuMem * R + at] = gmem;
    }
    if (m.leak) {
      // Leak figures have no per-run breakdown; a repeated profile carries the runs' median.
      e.flags |= HAS_LEAK;
      v[M.leak * R + at] = m.leak.likelihood;
      v[M.leakVelocity * R + at] = m.leak.velocity_bytes_per_s;
    }
  }
}

export function newEntry(R: number): Entry {
  return { vals: new Float64Array(NM * R), flags: 0, callees: undefined };
}

export function buildSide(name: 'base' | 'head', profiles: Profile[]): Side {
  if (profiles.length === 0) throw new InputError(`no ${name} profiles to compare`);
  const R = profiles.reduce((n, p) => n + p.meta.runs, 0);
  const files = new Map<string, SideFile>();
  const totals = newEntry(R);
  let offset = 0;
  let flags = HAS_MEMORY | HAS_COPY | HAS_GPU | HAS_LEAK;
  for (const p of profiles) {
    const runs = p.meta.runs;
    fillEntry(totals, p.totals, p.totals.per_run, R, offset, runs);
    if (p.meta.mode !== 'full') flags &= ~(HAS_MEMORY | HAS_COPY | HAS_LEAK);
    if (p.meta.missing.includes('memory')) flags &= ~(HAS_MEMORY | HAS_LEAK);
    if (p.meta.missing.includes('copy')) flags &= ~HAS_COPY;
    if (p.meta.gpu === null || p.meta.missing.includes('gpu')) flags &= ~HAS_GPU;
    for (const [path, f] of Object.entries(p.files)) {
      let sf = files.get(path);
      if (!sf) {
        sf = { info: { source: f.source, functions: [] }, lines: new Map(), functions: [], sourceLines: undefined };
        files.set(path, sf);
      } else if (sf.info.source === null && f.source !== null) {
        sf.info = { ...sf.info, source: f.source };
      }
      for (const l of f.lines) {
        let e = sf.lines.get(l.line);
        if (!e) sf.lines.set(l.line, (e = newEntry(R)));
        fillEntry(e, l, l.per_run, R, offset, runs);
        if (l.callee_lines && l.callee_lines.length > 0) {
          e.callees = e.callees ? [...new Set([...e.callees, ...l.callee_lines])] : [...l.callee_lines];
        }
        if (l.callee_spans && l.callee_spans.length > 0) e.calleeSpans = unionSpans(e.calleeSpans, l.callee_spans);
      }
      for (const fn of f.functions) {
        let e = sf.functions.find((g) => g.name === fn.name && g.line === fn.line);
        if (!e) {
          e = { ...newEntry(R), name: fn.name, line: fn.line, end_line: fn.end_line };
          sf.functions.push(e);
        }
        fillEntry(e, fn, fn.per_run, R, offset, runs);
      }
    }
    offset += runs;
  }
  for (const sf of files.values()) {
    sf.info = { source: sf.info.source, functions: sf.functions };
    if (sf.info.source === null) continue;
    sf.sourceLines = splitLines(sf.info.source);
    for (const [line, e] of sf.lines) if (isLoopHead(sf.sourceLines[line - 1])) e.loopHead = true;
  }
  removeContention(files, R);
  const totalS = new Float64Array(R);
  let sumS = 0;
  let samples = 0;
  for (let r = 0; r < R; r++) {
    for (const c of CATS) totalS[r] += totals.vals[CAT_INDEX[c] * R + r]!;
    sumS += totalS[r]!;
    samples += totals.vals[M.samples * R + r]!;
  }
  // Counts for the binomial test: the nominal sampling rate; without an interval (some
  // imported formats), the profile's own samples per second.
  const intervalMs = profiles[0]!.meta.sampling_interval_ms;
  const rate = intervalMs > 0 ? 1000 / intervalMs : samples > 0 && sumS > 0 ? samples / sumS : 1000;
  const lateShare = Math.max(0, ...profiles.map((p) => p.meta.sampler_late_share ?? 0));
  // A profile's own figure, kept within sense (a pause longer than a second is no unit).
  const gcPauseS = Math.max(0, ...profiles.map((p) => p.meta.gc_pause_s ?? 0).filter((x) => Number.isFinite(x) && x > 0 && x <= 1));
  return { name, R, profiles, files, totals, totalS, totalMeanS: sumS / R, rate, flags, lateShare, gcPauseS };
}

/**
 * Off-CPU time on a busy shared runner is mostly contention: the thread was runnable but
 * another process had the core. That lands on lines in proportion to their CPU time, but
 * unevenly (load comes in bursts, and a program's phases run at different times), and varies
 * from run to run, so it is not a property of the code. Per run, take the contention factor κ
 * as a high quantile of the lines' off-CPU seconds per on-CPU second (CPU-weighted, so a line
 * that truly waits on I/O with little CPU cannot set it) and keep, as the `system` figure that
 * compare tests, only each line's off-CPU time beyond κ × its CPU time: what a compute line
 * never has and a line blocked on I/O or a lock has nearly all of. The profiled figure stays
 * in `rawSystem` for display.
 */
export const CONTENTION_QUANTILE = 0.9;

export function removeContention(files: Map<string, SideFile>, R: number): void {
  const entries: Entry[] = [];
  for (const sf of files.values()) for (const e of sf.lines.values()) entries.push(e);
  for (let r = 0; r < R; r++) {
    const ratios: number[] = [];
    const weights: number[] = [];
    for (const e of entries) {
      const cpu = e.vals[M.js * R + r]! + e.vals[M.native * R + r]! + e.vals[M.gc * R + r]!;
      if (cpu <= 0) continue;
      ratios.push(e.vals[M.rawSystem * R + r]! / cpu);
      weights.push(cpu);
    }
    const kappa = weightedQuantile(ratios, weights, CONTENTION_QUANTILE) ?? 0;
    if (kappa <= 0) continue;
    const adjust = (e: Entry): void => {
      const cpu = e.vals[M.js * R + r]! + e.vals[M.native * R + r]! + e.vals[M.gc * R + r]!;
      e.vals[M.system * R + r] = Math.max(0, e.vals[M.rawSystem * R + r]! - kappa * cpu);
    };
    entries.forEach(adjust);
    for (const sf of files.values()) sf.functions.forEach(adjust);
  }
}

export function meanOf(e: Entry | null, k: number, R: number): number {
  if (!e) return 0;
  let s = 0;
  for (let r = 0; r < R; r++) s += e.vals[k * R + r]!;
  return s / R;
}

/** The median over runs (a run without the metric counts 0): the typical run's figure. */
export function medianOf(e: Entry | null, k: number, R: number): number {
  if (!e || R === 0) return 0;
  const v = runsOf(e, k, R).sort((a, b) => a - b);
  return R % 2 ? v[R >> 1]! : (v[R / 2 - 1]! + v[R / 2]!) / 2;
}

export function runsOf(e: Entry | null, k: number, R: number): number[] {
  const out = new Array<number>(R);
  for (let r = 0; r < R; r++) out[r] = e ? e.vals[k * R + r]! : 0;
  return out;
}

/** All four categories, off-CPU time net of contention (what compare tests). */
export function totalMean(e: Entry | null, R: number): number {
  return meanOf(e, M.js, R) + meanOf(e, M.native, R) + meanOf(e, M.system, R) + meanOf(e, M.gc, R);
}

/** All four categories as profiled (what reports show). */
export function rawTotalMean(e: Entry | null, R: number): number {
  return meanOf(e, M.js, R) + meanOf(e, M.native, R) + meanOf(e, M.rawSystem, R) + meanOf(e, M.gc, R);
}

// ---------------------------------------------------------------------------------------------
// Candidates: one per matched line (or function) with data on either side.

export interface Item {
  scope: 'line' | 'function';
  pair: FilePair;
  baseFile: SideFile | null;
  headFile: SideFile | null;
  baseLine: number | null;
  headLine: number | null;
  eb: Entry | null;
  eh: Entry | null;
  fn?: { name: string; line: number; end_line: number; location: 'head' | 'base' };
  thresholds: KindThresholds;
}

/** One hypothesis in the Benjamini–Hochberg family. */
export interface Test {
  item: Item;
  what: Cat | 'total' | 'alloc' | 'peak' | 'copy' | 'gpu' | 'gpuMem';
  result: TestResult;
  q: number;
}

export const ALL_CATS = CATS.map((c) => CAT_INDEX[c]);
export const RAW_CATS = [M.js, M.native, M.rawSystem, M.gc];

export function weightedQuantile(values: number[], weights: number[], q: number): number | null {
  const order = values.map((_, i) => i).filter((i) => weights[i]! > 0).sort((x, y) => values[x]! - values[y]!);
  const total = order.reduce((s, i) => s + weights[i]!, 0);
  if (total <= 0) return null;
  let acc = 0;
  for (const i of order) {
    acc += weights[i]!;
    if (acc >= total * q) return values[i]!;
  }
  return values[order[order.length - 1]!]!;
}

export function weightedMedian(values: number[], weights: number[]): number | null {
  return weightedQuantile(values, weights, 0.5);
}

/** The spans of both lists, each once (every run of a side names the same callees again). */
function unionSpans(a: Array<[string, number, number]> | undefined, b: Array<[string, number, number]>): Array<[string, number, number]> {
  const out = [...(a ?? [])];
  const seen = new Set(out.map(([file, first, last]) => `${first}:${last}:${file}`));
  for (const span of b) {
    const key = `${span[1]}:${span[2]}:${span[0]}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(span);
    }
  }
  return out;
}
