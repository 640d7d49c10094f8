// `compareProfiles`: the line-level diff of two sets of profile runs (base and head), with
// statistics that hold on shared CI runners. Pure: validated profiles and a config in,
// a "scalene-ci/diff@1" object out.
//
// The design, in short (docs/CONFIG.md has the user-facing version):
// - Lines are compared through the mapping of src/compare/match.ts, never by raw number.
// - CPU time is tested per line and per category (JS / native / system / GC) twice, and both
//   must agree: relative to the code that did not change (the runner's speed ratio, estimated
//   robustly from the lines present on both sides), so a uniformly slower runner flags nothing;
//   and in absolute time, so a line whose share moved only because another line changed is not
//   flagged. Effect-size floors apply to both.
// - Single runs: sample counts are Poisson, so the head count given the two counts' sum is
//   binomial (the conditional test of two Poisson rates); off-CPU time is first stripped of
//   runner contention and counted in the samples that carried it. Repeated runs: Welch's
//   t-test on per-run values, which measures run-to-run noise instead of assuming it.
// - Benjamini–Hochberg across everything tested in one comparison.
// - Time the profiler merely moved between unchanged lines of a file is not reported.
import { InputError } from '../errors.js';
import type { Metrics, PerRun, Profile } from '../model/profile.js';
import { type CompareConfig, type KindThresholds, matchesAny, thresholdsFor } from '../config/config.js';
import { enclosingFunction, type FileInfo, type FilePair, type FunctionRange, matchFiles, splitLines } from './match.js';
import { benjaminiHochberg, binomialShareTest, lineSpread, moderatedLogTest, runsToResolve, welchTest, type LogRuns, type SpreadPrior, type TestResult } from './stats.js';
import { CATEGORY_LABEL, formatBytes, formatPercent, formatSeconds } from './format.js';
import {
  DIFF_SCHEMA,
  FINDING_KINDS,
  type CpuCategory,
  type DiffResult,
  type DiffWarning,
  type Finding,
  type FindingKind,
  type FindingMetric,
  type Inconclusive,
  type MetricSnapshot,
  type SideInfo,
  type StatTest,
  type TotalsSnapshot,
} from './types.js';

export type { CompareConfig } from '../config/config.js';
export * from './types.js';

// ---------------------------------------------------------------------------------------------
// One side (base or head): every run of every profile, flattened.

type Cat = Exclude<CpuCategory, 'total'>;
const CATS: readonly Cat[] = ['js', 'native', 'system', 'gc'];

// Metrics kept per run, by index into an entry's value table.
const M = {
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
const NM = 16;
const CAT_INDEX: Record<Cat, number> = { js: M.js, native: M.native, system: M.system, gc: M.gc };
const CAT_METRIC: Record<Cat, FindingMetric> = { js: 'cpu_js_s', native: 'cpu_native_s', system: 'system_s', gc: 'gc_s' };

// Presence flags for the optional metric groups (absent ≠ zero: a CPU-only profile has no memory).
const HAS_MEMORY = 1;
const HAS_COPY = 2;
const HAS_GPU = 4;
const HAS_LEAK = 8;

interface Entry {
  /** NM × R values, metric-major: vals[k * R + run]. */
  vals: Float64Array;
  flags: number;
  callees: number[] | undefined;
}

interface FnEntry extends Entry, FunctionRange {}

interface SideFile {
  info: FileInfo;
  lines: Map<number, Entry>;
  functions: FnEntry[];
  sourceLines: string[] | null | undefined;
}

interface Side {
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
}

function perRunValue(m: Metrics, perRun: PerRun | undefined, key: keyof PerRun, j: number): number | undefined {
  const arr = perRun?.[key];
  if (arr && j < arr.length) return arr[j];
  return m[key as keyof Metrics] as number | undefined;
}

/** Fill runs [offset, offset + runs) of `e` from one profile's metrics (per_run when present). */
function fillEntry(e: Entry, m: Metrics, perRun: PerRun | undefined, R: number, offset: number, runs: number): void {
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
      // Leak figures have no per-run breakdown; a repeated profile carries the mean.
      e.flags |= HAS_LEAK;
      v[M.leak * R + at] = m.leak.likelihood;
      v[M.leakVelocity * R + at] = m.leak.velocity_bytes_per_s;
    }
  }
}

function newEntry(R: number): Entry {
  return { vals: new Float64Array(NM * R), flags: 0, callees: undefined };
}

function buildSide(name: 'base' | 'head', profiles: Profile[]): Side {
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
  for (const sf of files.values()) sf.info = { source: sf.info.source, functions: sf.functions };
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
  return { name, R, profiles, files, totals, totalS, totalMeanS: sumS / R, rate, flags };
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
const CONTENTION_QUANTILE = 0.9;

function removeContention(files: Map<string, SideFile>, R: number): void {
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

function meanOf(e: Entry | null, k: number, R: number): number {
  if (!e) return 0;
  let s = 0;
  for (let r = 0; r < R; r++) s += e.vals[k * R + r]!;
  return s / R;
}

function runsOf(e: Entry | null, k: number, R: number): number[] {
  const out = new Array<number>(R);
  for (let r = 0; r < R; r++) out[r] = e ? e.vals[k * R + r]! : 0;
  return out;
}

/** All four categories, off-CPU time net of contention (what compare tests). */
function totalMean(e: Entry | null, R: number): number {
  return meanOf(e, M.js, R) + meanOf(e, M.native, R) + meanOf(e, M.system, R) + meanOf(e, M.gc, R);
}

/** All four categories as profiled (what reports show). */
function rawTotalMean(e: Entry | null, R: number): number {
  return meanOf(e, M.js, R) + meanOf(e, M.native, R) + meanOf(e, M.rawSystem, R) + meanOf(e, M.gc, R);
}

// ---------------------------------------------------------------------------------------------
// Candidates: one per matched line (or function) with data on either side.

interface Item {
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
interface Test {
  item: Item;
  what: Cat | 'total' | 'alloc' | 'peak' | 'copy' | 'gpu' | 'gpuMem';
  result: TestResult;
  q: number;
}

const ALL_CATS = CATS.map((c) => CAT_INDEX[c]);
const RAW_CATS = [M.js, M.native, M.rawSystem, M.gc];

/**
 * How much slower (> 1) or faster the head runner ran the code that did not change. A line is
 * judged against this, not against raw seconds: on a runner 30 % slower every line takes 30 %
 * longer, and none of them regressed. Estimated from the lines present on both sides (new and
 * deleted code would bias it: an injected hotspot is not a slower runner), trimming lines that
 * are clear outliers (a regressed line is not either), so it is robust to the changes we look for.
 */
interface Scale {
  /** Head seconds per base second for unchanged code. */
  ratio: number;
  /** Per run: seconds of the reference lines (the share denominators for repeated runs). */
  refBase: Float64Array;
  refHead: Float64Array;
  /** Entries whose time is in refBase / refHead (the relative test leaves a line's own out). */
  inRef: Set<Entry>;
}

const OUTLIER_Z = 4;
// Base and head run on the same kind of runner, usually the same one: a median ratio beyond
// 2× means most of the program changed (a line that dominates it regressed or was fixed),
// not the runner, and "same speed" is kept.
const MAX_RUNNER_RATIO = 2;

function weightedQuantile(values: number[], weights: number[], q: number): number | null {
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

function weightedMedian(values: number[], weights: number[]): number | null {
  return weightedQuantile(values, weights, 0.5);
}

function referenceScale(base: Side, head: Side, items: Item[]): Scale {
  const both = items.filter((i) => i.scope === 'line' && i.eb !== null && i.eh !== null);
  const tb = both.map((i) => totalMean(i.eb, base.R));
  const th = both.map((i) => totalMean(i.eh, head.R));
  const weightAll = tb.reduce((a, b) => a + b, 0);
  const ratioOf = (k: boolean[]): number | null => {
    let sb = 0;
    let sh = 0;
    k.forEach((on, i) => {
      if (on) {
        sb += tb[i]!;
        sh += th[i]!;
      }
    });
    return sb > 0 && sh > 0 ? sh / sb : null;
  };
  const consistent = (ratio: number): boolean[] => {
    // Standardised residual of each line's head count against ratio × its base count.
    const p0 = (ratio * head.R * head.rate) / (base.R * base.rate + ratio * head.R * head.rate);
    return both.map((_, i) => {
      const kb = eventCount(base, both[i]!.eb, ALL_CATS);
      const kh = eventCount(head, both[i]!.eh, ALL_CATS);
      const n = kb + kh;
      const z = (kh - n * p0) / Math.sqrt(Math.max(n * p0 * (1 - p0), 1e-9));
      return Math.abs(z) <= OUTLIER_Z;
    });
  };
  const weightOf = (k: boolean[]): number => k.reduce((w, on, i) => w + (on ? tb[i]! : 0), 0);
  // Candidates: 1 (base and head usually run on the same runner; kept unless the lines'
  // base-time-weighted median ratio is plausible for a runner and explains more than twice as
  // much of the base time, so a program dominated by the one line that regressed is not read
  // as "everything else got faster"), else that median (a regressed line under half the
  // program cannot move it).
  // Then refine with the ratio of sums over the lines consistent with it (the efficient
  // estimate, once outliers are out).
  const median = weightedMedian(
    tb.map((b, i) => (b > 0 ? th[i]! / b : 0)),
    tb,
  );
  let ratio: number | null = 1;
  const sameRunner = weightOf(consistent(1));
  const plausible = median !== null && median >= 1 / MAX_RUNNER_RATIO && median <= MAX_RUNNER_RATIO;
  if (sameRunner < 0.5 * weightAll && plausible && weightOf(consistent(median!)) > 2 * sameRunner) ratio = median;
  if (both.length === 0) ratio = null;
  let keep = both.map(() => true);
  for (let iter = 0; iter < 4 && ratio !== null && ratio > 0; iter++) {
    const next = consistent(ratio);
    // Stop before "outliers" become most of the base program: the estimate would drift.
    if (weightOf(next) < 0.3 * weightAll) break;
    const r = ratioOf(next);
    if (r === null) break;
    const stable = next.every((on, i) => on === keep[i]);
    keep = next;
    ratio = r;
    if (stable) break;
  }
  if (ratio === null || !(ratio > 0)) {
    const all = new Set<Entry>();
    for (const item of items) if (item.scope === 'line') for (const e of [item.eb, item.eh]) if (e) all.add(e);
    return { ratio: base.totalMeanS > 0 && head.totalMeanS > 0 ? head.totalMeanS / base.totalMeanS : 1, refBase: base.totalS, refHead: head.totalS, inRef: all };
  }
  if (keep.every((on) => !on) || ratioOf(keep) === null) keep = both.map(() => true);
  const refBase = new Float64Array(base.R);
  const refHead = new Float64Array(head.R);
  const inRef = new Set<Entry>();
  both.forEach((item, i) => {
    if (!keep[i]) return;
    inRef.add(item.eb!);
    inRef.add(item.eh!);
    for (const k of ALL_CATS) {
      for (let r = 0; r < base.R; r++) refBase[r] += item.eb!.vals[k * base.R + r]!;
      for (let r = 0; r < head.R; r++) refHead[r] += item.eh!.vals[k * head.R + r]!;
    }
  });
  return { ratio, refBase, refHead, inRef };
}

function perRunShares(e: Entry | null, ks: readonly number[], R: number, denominators: Float64Array): number[] {
  const out = new Array<number>(R);
  for (let r = 0; r < R; r++) {
    let v = 0;
    if (e) for (const k of ks) v += e.vals[k * R + r]!;
    out[r] = denominators[r]! > 0 ? v / denominators[r]! : 0;
  }
  return out;
}

// Time is not made of independent 1 ms events everywhere, and counting it as if it were would
// make noise look significant:
// - On-CPU JS / native time: one sample per interval, Poisson; seconds × rate.
// - GC: one pause spans many consecutive samples; counted in 10 ms units.
// - Off-CPU ("system") time: a descheduled process (a busy shared runner) comes back with ONE
//   sample whose interval is long, whereas code waiting on I/O keeps being sampled. So the
//   events behind a line's system time are the samples beyond its on-CPU ones, at most one per
//   interval, and at most one per 5 ms (consecutive samples of one wait are correlated too).
// Repeated runs need none of this: their run-to-run spread is measured.
const CLUMP_RATE_PER_S = 100;
const WAIT_RATE_PER_S = 200;

/** Independent events behind the time in metric indexes `ks` of `e` in run `r`. */
function runEvents(side: Side, e: Entry, ks: readonly number[], r: number): number {
  const R = side.R;
  const rate = side.rate;
  const at = (m: number) => e.vals[m * R + r]!;
  const samples = at(M.samples);
  let k = 0;
  for (const m of ks) {
    const s = at(m);
    if (s <= 0) continue;
    if (m === M.js || m === M.native) k += s * rate;
    else if (m === M.gc) k += s * Math.min(rate, CLUMP_RATE_PER_S);
    else if (m === M.system) {
      const onCpu = (at(M.js) + at(M.native) + at(M.gc)) * rate;
      const events = samples > 0 ? Math.max(0, samples - onCpu) : Infinity;
      k += Math.min(events, s * Math.min(rate, WAIT_RATE_PER_S));
    }
  }
  // A sampler that could not keep its interval (a starved profiler thread) took fewer samples
  // than the time implies, each standing for a longer stretch: the line's time then rests on
  // its real samples, split across categories as its time is.
  if (samples > 0) {
    const all = at(M.js) + at(M.native) + at(M.gc) + at(M.rawSystem);
    let mine = 0;
    for (const m of ks) mine += m === M.system ? at(M.rawSystem) : at(m);
    if (all > 0) k = Math.min(k, (samples * mine) / all);
  }
  return k;
}

/** Independent events behind the time in metric indexes `ks` of `e`, summed over runs. */
function eventCount(side: Side, e: Entry | null, ks: readonly number[]): number {
  if (!e) return 0;
  let k = 0;
  for (let r = 0; r < side.R; r++) k += runEvents(side, e, ks, r);
  return k;
}

// The run-to-run spread of a line's time, beyond sampling noise, for single runs (where no
// spread is measured) and as the prior that repeated runs refine (docs/STATISTICS.md). Measured
// under a competing CPU-bound process on a 2-core machine (Node 20-26, the programs under
// test/programs/compare, 5-6 runs per side, 160 lines with >= 20 samples a run): the spread of
// log time had median 0.14, root mean square 0.15, 90th percentile 0.22 and maximum 0.38 (a
// top-level loop that the JIT compiles on stack at a different moment in each run: 107 ms in
// one run, 280 ms in the next). Chosen on 1,558 comparisons of identical code and 1,232 of an
// injected change (scripts/stress.mjs produces such sets), at one run a side: with 10 degrees
// of freedom, TAU_PRIOR 0.12 and above gave no false finding (0.1: 2, 0.08: 5) and missed no
// injected change up to 0.2. 0.14 keeps a margin of 1.17x on the spread and still finds a line
// 2.6-3.4x heavier from single runs, both ways (Scalene fixtures cpu / cpu_regressed); fewer
// degrees of freedom (4-8) missed the 6x line at 0.2.
const TAU_PRIOR = 0.14;
const SPREAD_PRIOR_DF = 10;
// Lines with fewer samples per run than this say little about run-to-run spread (their
// variance is mostly sampling noise), so they do not inform the shared prior.
const PRIOR_MIN_EVENTS = 20;

/** Per run, log of the time in `ks` (relative to `norm` per run when given) and the events
 * behind it. A run without the line counts as half a sample (the log needs a floor). */
function logRuns(side: Side, e: Entry | null, ks: readonly number[], norm: Float64Array | null, scale?: Scale): LogRuns {
  const y: number[] = [];
  const counts: number[] = [];
  for (let r = 0; r < side.R; r++) {
    let sec = 0;
    if (e) for (const k of ks) sec += e.vals[k * side.R + r]!;
    const events = e ? runEvents(side, e, ks, r) : 0;
    // Seconds per event for this line and run (the sampling interval for plain CPU time).
    const perEvent = events > 0 && sec > 0 ? sec / events : 1 / side.rate;
    const floor = 0.5 * perEvent;
    // Relative to the other unchanged code: a line that is most of the reference would
    // otherwise be compared with itself.
    let n = 1;
    if (norm) {
      let own = 0;
      if (e && scale?.inRef.has(e)) for (const k of ALL_CATS) own += e.vals[k * side.R + r]!;
      const other = norm[r]! - own;
      n = other > 0 ? other : side.name === 'head' && scale ? scale.ratio : 1;
    }
    y.push(Math.log((sec + floor) / n));
    counts.push(events);
  }
  return { y, events: counts };
}

/**
 * The shared prior for this comparison: with repeated runs, the lines' own run-to-run spreads
 * (median over lines with enough samples) are pooled with the measured default, weighted by
 * how many lines speak; single runs keep the default.
 */
function spreadPrior(base: Side, head: Side, items: Item[]): SpreadPrior {
  if (base.R < 2 && head.R < 2) return { tau2: TAU_PRIOR ** 2, df: SPREAD_PRIOR_DF };
  const s2: number[] = [];
  for (const item of items) {
    if (item.scope !== 'line' || !item.eb || !item.eh) continue;
    const enough = (side: Side, e: Entry) => {
      for (let r = 0; r < side.R; r++) if (runEvents(side, e, ALL_CATS, r) < PRIOR_MIN_EVENTS) return false;
      return true;
    };
    if (!enough(base, item.eb) || !enough(head, item.eh)) continue;
    s2.push(lineSpread(logRuns(base, item.eb, ALL_CATS, null), logRuns(head, item.eh, ALL_CATS, null)).s2);
  }
  if (s2.length === 0) return { tau2: TAU_PRIOR ** 2, df: SPREAD_PRIOR_DF };
  s2.sort((a, b) => a - b);
  const median = s2.length % 2 ? s2[s2.length >> 1]! : (s2[s2.length / 2 - 1]! + s2[s2.length / 2]!) / 2;
  const w = SPREAD_PRIOR_DF;
  return { tau2: (w * TAU_PRIOR ** 2 + s2.length * median) / (w + s2.length), df: SPREAD_PRIOR_DF };
}

/**
 * Test the time in metric indexes `ks` (one category, or all four) two ways, and keep the
 * weaker result (an intersection–union test: significant only if both are):
 * - relative to the unchanged code (`scale`: per run, the seconds of the lines that did not
 *   change), so a slower runner is not a regression;
 * - in absolute time, so a line whose share moved only because other lines changed is not.
 * Both on a log scale, where a runner's speed and a line's run-to-run variation are factors.
 */
function testTime(base: Side, head: Side, scale: Scale, prior: SpreadPrior, eb: Entry | null, eh: Entry | null, ks: readonly number[]): TestResult {
  const rel = moderatedLogTest(logRuns(base, eb, ks, scale.refBase, scale), logRuns(head, eh, ks, scale.refHead, scale), prior);
  const abs = moderatedLogTest(logRuns(base, eb, ks, null), logRuns(head, eh, ks, null), prior);
  return { p: Math.max(rel.p, abs.p), test: 'moderated-t' };
}

/** Bytes and GPU metrics do not scale with runner speed: test the per-run values themselves. */
function testAbsolute(base: Side, head: Side, eb: Entry | null, eh: Entry | null, k: number): TestResult | null {
  if (base.R < 2 || head.R < 2) return null;
  return welchTest(runsOf(eb, k, base.R), runsOf(eh, k, head.R));
}

// The memory profiler samples by bytes, Scalene's way: one allocation sample per ~1 MiB
// (the shim's default malloc window) and one copy sample per ~7 MiB (its copy window). A
// line's bytes are therefore a count of samples times the window, and a single run's figure
// is Poisson in that count: 5 MiB of copying is less than one sample, i.e. noise. (The
// windows should come from the profile's meta once it records them.)
export const ALLOC_SAMPLE_BYTES = 1_048_571;
export const COPY_SAMPLE_BYTES = 7_340_009;

/** Bytes: with repeated runs, the moderated test on log bytes (counts of sampling windows,
 * run-to-run spread shared as for time: Welch on 2-3 runs a side cannot carry a 20 % floor);
 * single runs, a test of the sample counts. */
function testBytes(base: Side, head: Side, eb: Entry | null, eh: Entry | null, k: number, sampleBytes: number, prior: SpreadPrior): TestResult | null {
  const b = meanOf(eb, k, base.R);
  const h = meanOf(eh, k, head.R);
  if (b <= 0 && h <= 0) return null;
  if (base.R >= 2 || head.R >= 2) {
    const logBytes = (side: Side, e: Entry | null): LogRuns => {
      const bytes = runsOf(e, k, side.R);
      return { y: bytes.map((v) => Math.log(v + 0.5 * sampleBytes)), events: bytes.map((v) => v / sampleBytes) };
    };
    return moderatedLogTest(logBytes(base, eb), logBytes(head, eh), prior);
  }
  return binomialShareTest((b * base.R) / sampleBytes, base.R, (h * head.R) / sampleBytes, head.R);
}

// ---------------------------------------------------------------------------------------------
// Findings

interface Ctx {
  base: Side;
  head: Side;
  config: CompareConfig;
  scale: Scale;
}

function share(side: Side, e: Entry | null, ks: readonly number[]): number {
  if (side.totalMeanS <= 0) return 0;
  let v = 0;
  for (const k of ks) v += meanOf(e, k === M.system ? M.rawSystem : k, side.R);
  return v / side.totalMeanS;
}

function snapshot(side: Side, e: Entry | null, shareKs: readonly number[], mainK: readonly number[] | null): MetricSnapshot {
  const R = side.R;
  const s: MetricSnapshot = {
    present: e !== null,
    cpu_js_s: meanOf(e, M.js, R),
    cpu_native_s: meanOf(e, M.native, R),
    system_s: meanOf(e, M.rawSystem, R),
    gc_s: meanOf(e, M.gc, R),
    total_s: rawTotalMean(e, R),
    share: share(side, e, shareKs),
    samples: meanOf(e, M.samples, R),
    runs: R,
  };
  if (R >= 2 && mainK) {
    const per = new Array<number>(R).fill(0);
    for (const k of mainK) runsOf(e, k, R).forEach((v, i) => (per[i]! += v));
    s.per_run = per;
  }
  if (e && e.flags & HAS_MEMORY) {
    s.alloc_bytes = meanOf(e, M.alloc, R);
    s.peak_bytes = meanOf(e, M.peak, R);
    s.net_bytes = meanOf(e, M.net, R);
  }
  if (e && e.flags & HAS_COPY) s.copy_bytes = meanOf(e, M.copy, R);
  if (e && e.flags & HAS_LEAK) {
    s.leak_likelihood = meanOf(e, M.leak, R);
    s.leak_velocity_bytes_per_s = meanOf(e, M.leakVelocity, R);
  }
  if (e && e.flags & HAS_GPU) {
    s.gpu_s = meanOf(e, M.gpu, R);
    s.gpu_util = meanOf(e, M.gpuUtil, R);
    s.gpu_mem_peak_bytes = meanOf(e, M.gpuMem, R);
  }
  return s;
}

function sourceLine(sf: SideFile | null, line: number | null): string | null {
  if (!sf || line === null || sf.info.source === null) return null;
  if (sf.sourceLines === undefined) sf.sourceLines = splitLines(sf.info.source);
  return sf.sourceLines?.[line - 1] ?? null;
}

function changedInHead(item: Item): boolean {
  if (item.headLine === null || item.pair.head === null) return false;
  if (item.pair.base === null) return true; // a new file is all new code
  const mapping = item.pair.mapping!;
  if (item.scope === 'function') {
    const fn = item.fn!;
    if (fn.location !== 'head') return false;
    for (let l = fn.line; l <= fn.end_line; l++) if (mapping.changed(l)) return true;
    // A function whose first line has no base counterpart is new.
    return item.eb === null && mapping.toBase(fn.line) === null;
  }
  if (mapping.changed(item.headLine)) return true;
  return (item.eh?.callees ?? []).some((l) => mapping.changed(l));
}

function makeFinding(
  ctx: Ctx,
  item: Item,
  kind: FindingKind,
  improvement: boolean,
  category: CpuCategory | null,
  metric: FindingMetric,
  shareKs: readonly number[],
  mainK: readonly number[],
  test: { raw: number | null; q: number | null; kind: StatTest },
  message: string,
): Finding {
  const { base, head } = ctx;
  const b = snapshot(base, item.eb, shareKs, mainK);
  const h = snapshot(head, item.eh, shareKs, mainK);
  const bv = mainK.reduce((s, k) => s + meanOf(item.eb, k, base.R), 0);
  const hv = mainK.reduce((s, k) => s + meanOf(item.eh, k, head.R), 0);
  const location: 'head' | 'base' = item.headLine !== null ? 'head' : 'base';
  const file = location === 'head' ? item.pair.head! : item.pair.base!;
  const line = item.scope === 'function' ? item.fn!.line : location === 'head' ? item.headLine! : item.baseLine!;
  const sideFile = location === 'head' ? item.headFile : item.baseFile;
  let fnName: string | null;
  if (item.scope === 'function') fnName = item.fn!.name;
  else fnName = sideFile ? (enclosingFunction(sideFile.functions, line)?.name ?? null) : null;
  const f: Finding = {
    kind,
    scope: item.scope,
    category,
    metric,
    file,
    line,
    location,
    base_file: item.pair.base,
    base_line: item.eb ? item.baseLine : item.scope === 'line' ? item.baseLine : null,
    function: fnName === '' ? null : fnName,
    source_line: sourceLine(sideFile, line),
    base: b,
    head: h,
    delta: hv - bv,
    relative_delta: bv !== 0 ? (hv - bv) / bv : null,
    share_delta: kind === 'cpu' || kind === 'new-hotspot' ? h.share - b.share : 0,
    p_value: test.q,
    p_value_raw: test.raw,
    test: test.kind,
    changed_in_head: changedInHead(item),
    improvement,
    message,
  };
  if (item.scope === 'function') f.end_line = item.fn!.end_line;
  return f;
}

/** Does growth (or, for improvements, shrinkage) from b to h clear a relative and an absolute floor? */
function clears(b: number, h: number, minRelative: number, minAbsolute: number, improvement: boolean): boolean {
  const d = improvement ? b - h : h - b;
  if (d <= 0 || d < minAbsolute) return false;
  if (improvement) return b > 0 && d / b >= minRelative;
  return b === 0 || d / b >= minRelative;
}

function cpuMessage(cat: CpuCategory, b: MetricSnapshot, h: MetricSnapshot, bAbs: number, hAbs: number, improvement: boolean): string {
  const label = cat === 'total' ? 'Time' : `${CATEGORY_LABEL[cat]} time`;
  const verb = improvement ? 'fell' : 'rose';
  return `${label} ${verb} from ${formatSeconds(bAbs)} (${formatPercent(b.share)} of total) to ${formatSeconds(hAbs)} (${formatPercent(h.share)} of total).`;
}

/** CPU and new-hotspot findings for one item, from its share tests. */
function cpuFindings(ctx: Ctx, item: Item, tests: Test[]): Finding[] {
  const { base, head, config } = ctx;
  const out: Finding[] = [];
  const alpha = config.alpha;
  const tc = item.thresholds.cpu;
  const th = item.thresholds['new-hotspot'];

  const totalTest = tests.find((t) => t.what === 'total');
  if (totalTest && th.enabled && totalTest.q < alpha) {
    const sb = share(base, item.eb, ALL_CATS);
    const sh = share(head, item.eh, ALL_CATS);
    const ab = totalMean(item.eb, base.R);
    const ah = totalMean(item.eh, head.R);
    if (sh > sb && sb <= th.max_base_share && sh >= th.min_share && ah - ab >= th.min_absolute_s && ah / ctx.scale.ratio - ab >= th.min_absolute_s) {
      const was = item.eb ? `was ${formatSeconds(rawTotalMean(item.eb, base.R))} (${formatPercent(sb)})` : 'not in base';
      const msg = `New hotspot: ${formatSeconds(rawTotalMean(item.eh, head.R))} (${formatPercent(sh)} of total time); ${was}.`;
      out.push(makeFinding(ctx, item, 'new-hotspot', false, 'total', 'total_s', RAW_CATS, RAW_CATS, { raw: totalTest.result.p, q: totalTest.q, kind: totalTest.result.test }, msg));
      return out; // the hotspot finding subsumes the per-category ones
    }
  }
  if (!tc.enabled) return out;
  const baseTotal = base.totalMeanS;
  for (const improvement of [false, true]) {
    let best: { t: Test; cat: Cat; d: number } | null = null;
    for (const t of tests) {
      if (t.q >= alpha || t.what === 'total' || !(CATS as readonly string[]).includes(t.what)) continue;
      const cat = t.what as Cat;
      const k = CAT_INDEX[cat];
      const ab = meanOf(item.eb, k, base.R);
      const ah = meanOf(item.eh, k, head.R);
      // What the head time would be on the base runner: growth beyond the overall slowdown.
      const ahNorm = ah / ctx.scale.ratio;
      const excess = improvement ? ab - ahNorm : ahNorm - ab;
      // Absolute time must move (so a line diluted or concentrated by another line's change
      // is not flagged), and so must time relative to the unchanged code (so a uniformly
      // slower runner is not), each by the configured floors.
      if (!clears(ab, ah, tc.min_relative, tc.min_absolute_s, improvement)) continue;
      if (!clears(ab, ahNorm, tc.min_relative, tc.min_absolute_s, improvement)) continue;
      if (baseTotal <= 0 || excess / baseTotal < tc.min_share_points) continue;
      if (!best || excess > best.d) best = { t, cat, d: excess };
    }
    if (best) {
      // Figures shown (and the delta) are as profiled; the test above used contention-free ones.
      const k = [best.cat === 'system' ? M.rawSystem : CAT_INDEX[best.cat]];
      const b = snapshot(base, item.eb, k, null);
      const h = snapshot(head, item.eh, k, null);
      const msg = cpuMessage(best.cat, b, h, meanOf(item.eb, k[0]!, base.R), meanOf(item.eh, k[0]!, head.R), improvement);
      out.push(makeFinding(ctx, item, 'cpu', improvement, best.cat, CAT_METRIC[best.cat], k, k, { raw: best.t.result.p, q: best.t.q, kind: best.t.result.test }, msg));
    }
  }
  return out;
}

function bytesFindings(ctx: Ctx, item: Item, tests: Test[]): Finding[] {
  const { base, head, config } = ctx;
  const out: Finding[] = [];
  const both = (flag: number): boolean => (base.flags & flag) !== 0 && (head.flags & flag) !== 0;
  const significant = (what: Test['what']): { raw: number | null; q: number | null; kind: StatTest } | null => {
    const t = tests.find((x) => x.what === what);
    if (!t) return { raw: null, q: null, kind: 'threshold' };
    return t.q < config.alpha ? { raw: t.result.p, q: t.q, kind: t.result.test } : null;
  };
  const R = { b: base.R, h: head.R };

  if (both(HAS_MEMORY) && item.thresholds.memory.enabled) {
    const t = item.thresholds.memory;
    for (const improvement of [false, true]) {
      for (const [what, k, metric, label] of [
        ['alloc', M.alloc, 'alloc_bytes', 'Allocations'],
        ['peak', M.peak, 'peak_bytes', 'Peak memory'],
      ] as const) {
        const b = meanOf(item.eb, k, R.b);
        const h = meanOf(item.eh, k, R.h);
        if (!clears(b, h, t.min_relative, t.min_absolute_bytes, improvement)) continue;
        const sig = significant(what);
        if (!sig) continue;
        const msg = `${label} ${improvement ? 'fell' : 'rose'} from ${formatBytes(b)} to ${formatBytes(h)}.`;
        out.push(makeFinding(ctx, item, 'memory', improvement, null, metric, ALL_CATS, [k], sig, msg));
        break; // one memory finding per line and direction: allocations first, else the peak
      }
    }
  }
  if (both(HAS_LEAK) && item.thresholds.leak.enabled) {
    const t = item.thresholds.leak;
    const likely = (e: Entry | null, R: number): boolean =>
      e !== null && (e.flags & HAS_LEAK) !== 0 && meanOf(e, M.leak, R) >= t.min_likelihood && meanOf(e, M.leakVelocity, R) >= t.min_velocity_bytes_per_s;
    const inBase = likely(item.eb, R.b);
    const inHead = likely(item.eh, R.h);
    if (inBase !== inHead) {
      const improvement = inBase;
      const e = improvement ? item.eb : item.eh;
      const RR = improvement ? R.b : R.h;
      const msg = improvement
        ? `No longer a likely leak (was ${formatPercent(meanOf(e, M.leak, RR))} likely, ${formatBytes(meanOf(e, M.leakVelocity, RR))}/s).`
        : `Likely leak: ${formatPercent(meanOf(e, M.leak, RR))} likelihood, growing ${formatBytes(meanOf(e, M.leakVelocity, RR))}/s.`;
      out.push(makeFinding(ctx, item, 'leak', improvement, null, 'leak_likelihood', ALL_CATS, [M.leak], { raw: null, q: null, kind: 'threshold' }, msg));
    }
  }
  if (both(HAS_COPY) && item.thresholds.copy.enabled) {
    const t = item.thresholds.copy;
    for (const improvement of [false, true]) {
      const b = meanOf(item.eb, M.copy, R.b);
      const h = meanOf(item.eh, M.copy, R.h);
      if (!clears(b, h, t.min_relative, t.min_absolute_bytes, improvement)) continue;
      const sig = significant('copy');
      if (!sig) continue;
      const msg = `Copy volume ${improvement ? 'fell' : 'rose'} from ${formatBytes(b)} to ${formatBytes(h)}.`;
      out.push(makeFinding(ctx, item, 'copy', improvement, null, 'copy_bytes', ALL_CATS, [M.copy], sig, msg));
    }
  }
  if (both(HAS_GPU) && item.thresholds.gpu.enabled) {
    const t = item.thresholds.gpu;
    for (const improvement of [false, true]) {
      const candidates = [
        ['gpu', M.gpu, 'gpu_s', t.min_absolute_s, 'GPU time', formatSeconds],
        ['gpuMem', M.gpuMem, 'gpu_mem_peak_bytes', t.min_absolute_bytes, 'GPU memory peak', formatBytes],
      ] as const;
      for (const [what, k, metric, floor, label, fmt] of candidates) {
        const b = meanOf(item.eb, k, R.b);
        const h = meanOf(item.eh, k, R.h);
        if (!clears(b, h, t.min_relative, floor, improvement)) continue;
        const sig = significant(what);
        if (!sig) continue;
        const msg = `${label} ${improvement ? 'fell' : 'rose'} from ${fmt(b)} to ${fmt(h)}.`;
        out.push(makeFinding(ctx, item, 'gpu', improvement, null, metric, ALL_CATS, [k], sig, msg));
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Warnings and summary

function sideInfo(side: Side): SideInfo {
  const m = side.profiles[0]!.meta;
  return {
    runs: side.R,
    profiles: side.profiles.length,
    tool_version: m.tool_version,
    node_version: m.node_version,
    cpu_model: m.cpu_model,
    platform: `${m.platform}-${m.arch}`,
    git_sha: m.git_sha,
    mode: side.profiles.every((p) => p.meta.mode === 'full') ? 'full' : 'cpu',
    command: m.command,
  };
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function collectWarnings(base: Side, head: Side, noSources: string[]): DiffWarning[] {
  const w: DiffWarning[] = [];
  const all = [...base.profiles, ...head.profiles];
  const env = (label: string, get: (p: Profile) => string | null): void => {
    const b = distinct(base.profiles.map(get));
    const h = distinct(head.profiles.map(get));
    const values = distinct([...b, ...h]);
    if (values.length > 1) {
      const fmt = (vs: Array<string | null>): string => vs.map((v) => v ?? 'unknown').join(', ');
      w.push({
        code: 'environment',
        message: `${label} differs (base: ${fmt(b)}; head: ${fmt(h)}): timings may not be comparable.`,
      });
    }
  };
  env('CPU model', (p) => p.meta.cpu_model);
  env('Node.js version', (p) => p.meta.node_version);
  env('Platform', (p) => `${p.meta.platform}-${p.meta.arch}`);
  const intervals = distinct(all.map((p) => p.meta.sampling_interval_ms));
  if (intervals.length > 1) {
    w.push({ code: 'sampling-interval', message: `Sampling intervals differ (${intervals.join(' ms, ')} ms).` });
  }
  const modes = distinct(all.map((p) => p.meta.mode));
  if (modes.length > 1) {
    w.push({ code: 'mode', message: 'Some profiles are CPU-only: memory, leak and copy are compared only when every profile has them.' });
  }
  for (const side of [base, head]) {
    const incomplete = side.profiles.filter((p) => !p.meta.complete).length;
    if (incomplete > 0) {
      w.push({
        code: 'incomplete',
        message: `${incomplete} ${side.name} profile${incomplete > 1 ? 's are' : ' is'} incomplete (the program crashed or was killed): figures cover only what was collected.`,
      });
    }
    const missing = distinct(side.profiles.flatMap((p) => p.meta.missing));
    const other = distinct((side === base ? head : base).profiles.flatMap((p) => p.meta.missing));
    const same = missing.length === other.length && missing.every((m) => other.includes(m));
    if (missing.length > 0 && !(same && side === head)) {
      const who = same ? 'Both profiles lack' : `The ${side.name} profile lacks`;
      w.push({ code: 'missing-capability', message: `${who}: ${missing.join(', ')}; those comparisons are skipped or partial.` });
    }
    const samples = side.totals.vals.subarray(M.samples * side.R, (M.samples + 1) * side.R).reduce((a, b) => a + b, 0) / side.R;
    if (samples < 100) {
      w.push({
        code: 'few-samples',
        message: `The ${side.name} profile has only ${Math.round(samples)} samples per run: only large CPU changes can be detected; run longer or repeat.`,
      });
    }
    if (side.profiles.some((p) => p.meta.gpu !== null && !p.meta.gpu.per_process)) {
      w.push({ code: 'missing-capability', message: `The ${side.name} GPU figures are device-wide, not this process's own.` });
    }
    // Profiler warnings, once: those both sides share are said once for both.
    const own = distinct(side.profiles.flatMap((p) => p.meta.warnings));
    const theirs = new Set((side === base ? head : base).profiles.flatMap((p) => p.meta.warnings));
    const shown = side === base ? own : own.filter((m) => !theirs.has(m));
    for (const msg of shown.slice(0, 5)) w.push({ code: 'profile-warning', message: `${side === base && theirs.has(msg) ? 'base and head' : side.name}: ${msg}` });
    if (shown.length > 5) w.push({ code: 'profile-warning', message: `${side.name}: ${shown.length - 5} more profiler warnings.` });
  }
  if (noSources.length > 0) {
    const shown = noSources.slice(0, 3).join(', ') + (noSources.length > 3 ? `, and ${noSources.length - 3} more` : '');
    w.push({ code: 'no-sources', message: `No source text for ${shown}: lines were matched by function and position only.` });
  }
  return w;
}

function totalsSnapshot(side: Side): TotalsSnapshot {
  const R = side.R;
  const e = side.totals;
  const elapsed = side.profiles.reduce((s, p) => s + p.totals.elapsed_s * p.meta.runs, 0) / R;
  const unattributed = side.profiles.reduce((s, p) => s + p.totals.unattributed_s * p.meta.runs, 0) / R;
  const t: TotalsSnapshot = {
    elapsed_s: elapsed,
    cpu_js_s: meanOf(e, M.js, R),
    cpu_native_s: meanOf(e, M.native, R),
    system_s: meanOf(e, M.system, R),
    gc_s: meanOf(e, M.gc, R),
    // The totals' categories cover profiled files only; unattributed time is kept apart.
    attributed_s: side.totalMeanS,
    unattributed_s: unattributed,
    samples: meanOf(e, M.samples, R),
    runs: R,
  };
  if (side.flags & HAS_MEMORY) {
    t.alloc_bytes = meanOf(e, M.alloc, R);
    const peaks = side.profiles.map((p) => p.totals.peak_footprint_bytes).filter((x): x is number => x !== undefined);
    if (peaks.length > 0) t.peak_footprint_bytes = peaks.reduce((a, b) => a + b, 0) / peaks.length;
  }
  if (side.flags & HAS_COPY) t.copy_bytes = meanOf(e, M.copy, R);
  if (side.flags & HAS_GPU) t.gpu_s = meanOf(e, M.gpu, R);
  return t;
}

/**
 * Time or bytes that move between unchanged lines of one file with no net change are not a
 * regression: the profiler charged the same work elsewhere (V8 inlined a callee, or split a
 * function's samples between its lines differently; a GC's bytes went to a callee's line in
 * one run and to its caller's in the next). A CPU finding (a memory finding) on an unchanged
 * line is dropped when opposite, notable changes of time (of the same bytes metric) on other
 * unchanged lines of the same file add up to about the same amount (they differ by at most
 * half the larger) and cover at least half of it (smallest findings first, so an offset
 * explains the finding it most resembles). Edited lines are never dropped: moving work by
 * editing code is a real change.
 */
function dropAttributionShifts(ctx: Ctx, items: Item[], findings: Finding[], itemOf: Map<Finding, Item>, notes: string[]): Finding[] {
  const { base, head, scale } = ctx;
  interface Measure {
    kinds: ReadonlySet<FindingKind>;
    metric: FindingMetric | null; // null: any metric of those kinds
    delta(i: Item): number;
    notable(i: Item, d: number): boolean;
    format(d: number): string;
    what: [string, string, string]; // more, less, noun
  }
  const cpu: Measure = {
    kinds: new Set<FindingKind>(['cpu', 'new-hotspot']),
    metric: null,
    delta: (i) => totalMean(i.eh, head.R) / scale.ratio - totalMean(i.eb, base.R),
    notable: (i, d) => {
      const t = i.thresholds.cpu;
      const ref = Math.max(totalMean(i.eb, base.R), totalMean(i.eh, head.R) / scale.ratio);
      return Math.abs(d) >= t.min_absolute_s && Math.abs(d) >= t.min_relative * ref;
    },
    format: formatSeconds,
    what: ['more', 'less', 'time'],
  };
  const bytes = (metric: FindingMetric, k: number, noun: string): Measure => ({
    kinds: new Set<FindingKind>(['memory']),
    metric,
    delta: (i) => meanOf(i.eh, k, head.R) - meanOf(i.eb, k, base.R),
    // Only the absolute floor: bytes move between lines a GC (1-64 MB) at a time, so a big
    // line that gave one GC's bytes to its neighbour moves by less than min_relative of
    // itself (70 → 58 MiB while 0 → 12 MiB, between identical runs on Node 24); the
    // conservation check below still keeps unrelated changes of different sizes.
    notable: (i, d) => Math.abs(d) >= i.thresholds.memory.min_absolute_bytes,
    format: formatBytes,
    what: ['more', 'less', noun],
  });
  const byPair = new Map<FilePair, Item[]>();
  for (const i of items) {
    if (i.scope !== 'line' || i.pair.base === null || i.pair.head === null || changedInHead(i)) continue;
    const list = byPair.get(i.pair);
    if (list) list.push(i);
    else byPair.set(i.pair, [i]);
  }
  const dropped = new Set<Finding>();
  for (const m of [cpu, bytes('alloc_bytes', M.alloc, 'allocation'), bytes('peak_bytes', M.peak, 'peak memory')]) {
    for (const improvement of [false, true]) {
      const candidates = findings
        .filter((f) => m.kinds.has(f.kind) && (m.metric === null || f.metric === m.metric) && f.improvement === improvement && !f.changed_in_head && itemOf.has(f))
        .map((f) => ({ f, item: itemOf.get(f)!, d: Math.abs(m.delta(itemOf.get(f)!)) }))
        .sort((a, b) => a.d - b.d);
      const pools = new Map<FilePair, { total: number; left: number; lines: number[] }>();
      for (const c of candidates) {
        let pool = pools.get(c.item.pair);
        if (!pool) {
          const opposite = (byPair.get(c.item.pair) ?? []).filter((i) => {
            const d = m.delta(i);
            return (improvement ? d > 0 : d < 0) && m.notable(i, d);
          });
          const total = opposite.reduce((sum, i) => sum + Math.abs(m.delta(i)), 0);
          pool = { total, left: total, lines: opposite.map((i) => (i.headLine ?? i.baseLine)!) };
          pools.set(c.item.pair, pool);
        }
        const take = Math.min(pool.left, c.d);
        pool.left -= take;
        // A shift conserves what moved: the offsetting changes add up to about this one. Two
        // unrelated changes of different sizes (one line faster, another slower) are both kept.
        const conserved = Math.abs(pool.total - c.d) <= 0.5 * Math.max(pool.total, c.d);
        if (c.d > 0 && take >= 0.5 * c.d && conserved) {
          dropped.add(c.f);
          const [more, less, noun] = m.what;
          notes.push(
            `${c.f.file}:${c.f.line}: ${m.format(c.d)} ${improvement ? less : more} ${noun} offset by ${improvement ? more : less} on unchanged line${pool.lines.length > 1 ? 's' : ''} ${pool.lines.join(', ')} of the same file: the profiler attributed the same work differently; not reported.`,
          );
        }
      }
    }
  }
  return findings.filter((f) => !dropped.has(f));
}

const KIND_ORDER: Record<FindingKind, number> = { 'new-hotspot': 0, cpu: 1, memory: 2, leak: 3, copy: 4, gpu: 5 };

/** How much a finding matters, for ordering within its kind (and for truncation). */
export function findingImpact(f: Finding): number {
  if (f.kind === 'cpu' || f.kind === 'new-hotspot') return Math.abs(f.share_delta);
  return Math.abs(f.delta);
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.improvement !== b.improvement) return a.improvement ? 1 : -1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  return findingImpact(b) - findingImpact(a) || a.file.localeCompare(b.file) || a.line - b.line;
}

// ---------------------------------------------------------------------------------------------

/**
 * Compare base and head. Each list holds the runs of one side (validated profiles, each of
 * which may itself hold several runs in `per_run` arrays); every profile of a side is expected
 * to be the same benchmark (use `mergeShards` first for different ones).
 */
// The whole program's on-CPU time varies from run to run more than one line's share does: it
// carries the runner's speed too. Measured as for TAU_PRIOR (110 groups of 5-6 identical runs
// under load, Node 20-26): the spread of log total on-CPU seconds had median 0.16, root mean
// square 0.16, maximum 0.26.
const TAU_PROGRAM = 0.16;

/**
 * Total on-CPU time moved beyond run-to-run noise, yet no line or function is significant: the
 * verdict must not be "no change". Says how many runs a side would name the line that moved
 * most, from the same model the line tests use.
 */
function inconclusiveCpu(ctx: Ctx, prior: SpreadPrior, items: Item[], tests: number): Inconclusive | null {
  const { base, head, config } = ctx;
  const ON_CPU: number[] = [M.js, M.native, M.gc];
  const program = (side: Side): LogRuns => {
    const y: number[] = [];
    const events: number[] = [];
    for (let r = 0; r < side.R; r++) {
      let sec = 0;
      for (const k of ON_CPU) sec += side.totals.vals[k * side.R + r]!;
      y.push(Math.log(sec + 1 / side.rate));
      events.push(sec * side.rate);
    }
    return { y, events };
  };
  const pb = program(base);
  const ph = program(head);
  const ratio = Math.exp(ph.y.reduce((a, b) => a + b, 0) / head.R - pb.y.reduce((a, b) => a + b, 0) / base.R);
  if (Math.abs(ratio - 1) < config.thresholds.cpu.min_relative) return null;
  const t = moderatedLogTest(pb, ph, { tau2: TAU_PROGRAM ** 2, df: SPREAD_PRIOR_DF });
  if (t.p >= config.alpha) return null;
  // The line whose on-CPU time moved most in the program's direction.
  let best: { item: Item; delta: number } | null = null;
  for (const item of items) {
    if (item.scope !== 'line') continue;
    const b = ON_CPU.reduce((s: number, k) => s + meanOf(item.eb, k, base.R), 0);
    const h = ON_CPU.reduce((s: number, k) => s + meanOf(item.eh, k, head.R), 0);
    const delta = (h - b) * Math.sign(ratio - 1);
    if (delta > 0 && (!best || delta > best.delta)) best = { item, delta };
  }
  let runs: number | null = null;
  let line: string | null = null;
  if (best) {
    const lb = logRuns(base, best.item.eb, ON_CPU, null);
    const lh = logRuns(head, best.item.eh, ON_CPU, null);
    const d = lh.y.reduce((a, b) => a + b, 0) / head.R - lb.y.reduce((a, b) => a + b, 0) / base.R;
    const lambda = [...lb.events, ...lh.events].reduce((a, b) => a + b, 0) / (base.R + head.R);
    runs = runsToResolve(d, prior.tau2 + 1 / (lambda + 0.5), config.alpha / Math.max(1, tests), SPREAD_PRIOR_DF);
    const it = best.item;
    line = it.headLine !== null ? `${it.pair.head}:${it.headLine}` : `${it.pair.base}:${it.baseLine}`;
  }
  return { cpu_ratio: ratio, p_value: t.p, runs_needed: runs, line };
}

export function compareProfiles(baseProfiles: Profile[], headProfiles: Profile[], config: CompareConfig): DiffResult {
  const base = buildSide('base', baseProfiles);
  const head = buildSide('head', headProfiles);

  const baseInfos: Record<string, FileInfo> = {};
  for (const [p, f] of base.files) baseInfos[p] = f.info;
  const headInfos: Record<string, FileInfo> = {};
  for (const [p, f] of head.files) headInfos[p] = f.info;

  let ignoredFiles = 0;
  const isIgnored = (path: string | null): boolean => path !== null && config.ignore.length > 0 && matchesAny(path, config.ignore);
  const match = matchFiles(baseInfos, headInfos);

  // 1. Items: every line (and function) with data on either side, through the line mapping.
  const items: Item[] = [];
  const thresholdCache = new Map<string, KindThresholds>();
  const wantLines = config.scope !== 'functions';
  const wantFunctions = config.scope !== 'lines';
  for (const pair of match.pairs) {
    if (isIgnored(pair.head) || isIgnored(pair.base)) {
      ignoredFiles++;
      continue;
    }
    const path = (pair.head ?? pair.base)!;
    let thresholds = thresholdCache.get(path);
    if (!thresholds) thresholdCache.set(path, (thresholds = thresholdsFor(config, path)));
    const bf = pair.base !== null ? base.files.get(pair.base)! : null;
    const hf = pair.head !== null ? head.files.get(pair.head)! : null;
    const mapping = pair.mapping;
    if (wantLines) {
      const seenBase = new Set<number>();
      if (hf) {
        for (const [hl, eh] of hf.lines) {
          const bl = bf && mapping ? mapping.toBase(hl) : null;
          const eb = bl !== null && bf ? (bf.lines.get(bl) ?? null) : null;
          if (eb && bl !== null) seenBase.add(bl);
          items.push({ scope: 'line', pair, baseFile: bf, headFile: hf, baseLine: bl, headLine: hl, eb, eh, thresholds });
        }
      }
      if (bf) {
        for (const [bl, eb] of bf.lines) {
          if (seenBase.has(bl)) continue;
          const hl = hf && mapping ? mapping.toHead(bl) : null;
          items.push({ scope: 'line', pair, baseFile: bf, headFile: hf, baseLine: bl, headLine: hl, eb, eh: null, thresholds });
        }
      }
    }
    if (wantFunctions) {
      const usedBase = new Set<FnEntry>();
      for (const g of hf?.functions ?? []) {
        // Same name; among several (overloads, anonymous), the one whose start maps here.
        const same = (bf?.functions ?? []).filter((f) => f.name === g.name && !usedBase.has(f));
        let f: FnEntry | undefined = same.find((x) => mapping?.toHead(x.line) === g.line);
        if (!f && same.length === 1 && g.name !== '') f = same[0];
        if (f) usedBase.add(f);
        const fn = { name: g.name, line: g.line, end_line: g.end_line, location: 'head' as const };
        items.push({ scope: 'function', pair, baseFile: bf, headFile: hf, baseLine: f?.line ?? null, headLine: g.line, eb: f ?? null, eh: g, fn, thresholds });
      }
      for (const f of bf?.functions ?? []) {
        if (usedBase.has(f)) continue;
        const fn = { name: f.name, line: f.line, end_line: f.end_line, location: 'base' as const };
        items.push({ scope: 'function', pair, baseFile: bf, headFile: hf, baseLine: f.line, headLine: null, eb: f, eh: null, fn, thresholds });
      }
    }
  }

  const scale = referenceScale(base, head, items);
  const prior = spreadPrior(base, head, items);
  const ctx: Ctx = { base, head, config, scale };

  // 2. Tests: the Benjamini–Hochberg family is every hypothesis tested here.
  const tests: Test[] = [];
  const byItem = new Map<Item, Test[]>();
  const add = (item: Item, what: Test['what'], result: TestResult | null): void => {
    if (!result) return;
    const t: Test = { item, what, result, q: 1 };
    tests.push(t);
    const list = byItem.get(item);
    if (list) list.push(t);
    else byItem.set(item, [t]);
  };
  // Bytes per sample, as the profiles recorded them (older profiles: the shim's defaults).
  const windowOf = (k: 'malloc_bytes' | 'copy_bytes' | 'js_gc_bytes', fallback: number) =>
    Math.max(...[...base.profiles, ...head.profiles].map((p) => p.meta.memory_windows?.[k] ?? fallback));
  const allocWindow = windowOf('malloc_bytes', ALLOC_SAMPLE_BYTES);
  // JS allocation is placed once per GC, so a line's JS bytes are a count of GCs' worth, not
  // of 1 MiB samples (older profiles did not record it: the native window then).
  const jsWindow = Math.max(allocWindow, windowOf('js_gc_bytes', allocWindow));
  const copyWindow = windowOf('copy_bytes', COPY_SAMPLE_BYTES);
  const both = (flag: number): boolean => (base.flags & flag) !== 0 && (head.flags & flag) !== 0;
  // Independent filtering (Bourgon et al., 2010): a hypothesis whose two sides together are
  // below the effect floors can never become a finding, so it does not join the family. The
  // filter looks only at the sum of both sides, which under "no change" says nothing about how
  // it splits (the conditional count test is exactly independent of it), so the false-discovery
  // rate holds while the many tiny lines of a program stop diluting the few that matter.
  const headScale = Math.max(1, 1 / scale.ratio);
  const canMove = (b: number, h: number, floor: number): boolean => b + h * headScale >= floor;
  for (const item of items) {
    const { eb, eh } = item;
    const tc = item.thresholds.cpu;
    for (const c of CATS) {
      const k = CAT_INDEX[c];
      const b = meanOf(eb, k, base.R);
      const h = meanOf(eh, k, head.R);
      if (b <= 0 && h <= 0) continue;
      if (!tc.enabled || !canMove(b, h, tc.min_absolute_s) || !canMove(b, h, tc.min_share_points * base.totalMeanS)) continue;
      add(item, c, testTime(base, head, scale, prior, eb, eh, [k]));
    }
    // Hotspot candidates get a test of their total share too.
    const th = item.thresholds['new-hotspot'];
    if (th.enabled && share(base, eb, ALL_CATS) <= th.max_base_share && share(head, eh, ALL_CATS) >= th.min_share && canMove(totalMean(eb, base.R), totalMean(eh, head.R), th.min_absolute_s)) {
      add(item, 'total', testTime(base, head, scale, prior, eb, eh, ALL_CATS));
    }
    if (both(HAS_MEMORY)) {
      // A line's figures mix the two granularities in proportion to its JS share.
      const all = meanOf(eb, M.alloc, base.R) + meanOf(eh, M.alloc, head.R);
      const jsShare = all > 0 ? (meanOf(eb, M.allocJs, base.R) + meanOf(eh, M.allocJs, head.R)) / all : 0;
      const window = jsShare * jsWindow + (1 - jsShare) * allocWindow;
      const tm = item.thresholds.memory;
      for (const [what, k] of [['alloc', M.alloc], ['peak', M.peak]] as const) {
        if (tm.enabled && meanOf(eb, k, base.R) + meanOf(eh, k, head.R) >= tm.min_absolute_bytes) add(item, what, testBytes(base, head, eb, eh, k, window, prior));
      }
    }
    const tcopy = item.thresholds.copy;
    if (both(HAS_COPY) && tcopy.enabled && meanOf(eb, M.copy, base.R) + meanOf(eh, M.copy, head.R) >= tcopy.min_absolute_bytes) {
      add(item, 'copy', testBytes(base, head, eb, eh, M.copy, copyWindow, prior));
    }
    if (both(HAS_GPU)) {
      add(item, 'gpu', testAbsolute(base, head, eb, eh, M.gpu));
      add(item, 'gpuMem', testAbsolute(base, head, eb, eh, M.gpuMem));
    }
  }
  const q = benjaminiHochberg(tests.map((t) => t.result.p));
  tests.forEach((t, i) => (t.q = q[i]!));

  // 3. Findings, with effect-size floors.
  const lineFindings: Finding[] = [];
  const fnFindings: Finding[] = [];
  const calleesOf = new Map<Finding, number[]>();
  const itemOf = new Map<Finding, Item>();
  for (const item of items) {
    const ts = byItem.get(item) ?? [];
    const found = [...cpuFindings(ctx, item, ts), ...bytesFindings(ctx, item, ts)];
    (item.scope === 'line' ? lineFindings : fnFindings).push(...found);
    for (const f of found) itemOf.set(f, item);
    if (item.scope === 'line' && item.eh?.callees) for (const f of found) calleesOf.set(f, item.eh.callees);
  }

  // 4. One cause, one finding. A caller line charged with time spent in a callee line of the
  //    same file defers to the callee's finding; a function defers to findings on its lines.
  const group = (k: FindingKind): string => (k === 'new-hotspot' ? 'cpu' : k);
  const key = (f: Finding, line: number): string => `${group(f.kind)}|${f.improvement}|${f.location}|${f.file}|${line}`;
  const lineKeys = new Set(lineFindings.map((f) => key(f, f.line)));
  const keptLines = lineFindings.filter((f) => !(calleesOf.get(f) ?? []).some((l) => l !== f.line && lineKeys.has(key(f, l))));
  const keptFns = fnFindings.filter((f) => {
    for (let l = f.line; l <= (f.end_line ?? f.line); l++) if (lineKeys.has(key(f, l))) return false;
    return true;
  });
  const shifts: string[] = [];
  const unshifted = dropAttributionShifts(ctx, items, keptLines, itemOf, shifts);
  const findings = [...unshifted, ...keptFns].sort(compareFindings);

  // 5. Summary.
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, { regressions: 0, improvements: 0 }])) as DiffResult['summary']['by_kind'];
  for (const f of findings) byKind[f.kind][f.improvement ? 'improvements' : 'regressions']++;
  const regressions = findings.filter((f) => !f.improvement).length;
  const improvements = findings.length - regressions;
  const cpuNamed = findings.some((f) => f.kind === 'cpu' || f.kind === 'new-hotspot');
  const inconclusive = regressions === 0 && !cpuNamed ? inconclusiveCpu(ctx, prior, items, tests.length) : null;
  return {
    schema: DIFF_SCHEMA,
    findings,
    summary: {
      verdict: regressions > 0 ? 'regression' : inconclusive ? 'inconclusive' : improvements > 0 ? 'improvement' : 'no-change',
      regressions,
      improvements,
      by_kind: byKind,
      totals: { base: totalsSnapshot(base), head: totalsSnapshot(head) },
      slowdown_ratio: base.totalMeanS > 0 ? head.totalMeanS / base.totalMeanS : null,
      runner_ratio: scale.ratio,
      tests: tests.length,
      alpha: config.alpha,
      files: { matched: match.pairs.filter((p) => p.base !== null && p.head !== null).length, added: match.added, removed: match.removed, renamed: match.renamed },
      ignored_files: ignoredFiles,
      ...(inconclusive ? { inconclusive } : {}),
    },
    warnings: [
      ...collectWarnings(base, head, match.withoutSources),
      ...shifts.map((message) => ({ code: 'attribution-shift' as const, message })),
    ],
    base: sideInfo(base),
    head: sideInfo(head),
  };
}
