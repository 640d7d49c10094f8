// The tests behind every finding: time on a log scale with a run-to-run spread shared across
// lines (the moderated t-test, docs/STATISTICS.md), bytes as counts of sampling windows. Pure.
import { binomialShareTest, lineSpread, moderatedLogTest, welchTest, type LogRuns, type SpreadPrior, type TestResult } from './stats.js';
import { ALL_CATS, type Entry, type Item, M, type Side, meanOf, runsOf } from './sides.js';
import type { Scale } from './scale.js';

// Time is not made of independent 1 ms events everywhere, and counting it as if it were would
// make noise look significant:
// - On-CPU JS / native time: one sample per interval, Poisson; seconds × rate.
// - GC: one pause spans many consecutive samples, and lands whole on the line that ran into it;
//   counted in units of the run's time-weighted mean pause (meta.gc_pause_s), 10 ms at least.
//   (Node 20, the compare leak pair: pauses of 25 ms by time; in 10 ms units, one function's
//   GC going from 0 to 64 ms between identical runs read as p = 0.0001.)
// - Off-CPU ("system") time: a descheduled process (a busy shared runner) comes back with ONE
//   sample whose interval is long, whereas code waiting on I/O keeps being sampled. So the
//   events behind a line's system time are the samples beyond its on-CPU ones, at most one per
//   interval, and at most one per 5 ms (consecutive samples of one wait are correlated too).
// Repeated runs need none of this: their run-to-run spread is measured.
export const CLUMP_RATE_PER_S = 100;
export const WAIT_RATE_PER_S = 200;
/** Above this share of sampled time from late samples, off-CPU time is the machine's. */
const LATE_SHARE_DISTRUST = 0.1;
/** A late sample's off-CPU unit: 4 sampling intervals at least, as samplerWarnings counts. */
const LATE_WAIT_S = 0.02;

/** Independent events behind the time in metric indexes `ks` of `e` in run `r`. */
export function runEvents(side: Side, e: Entry, ks: readonly number[], r: number): number {
  const R = side.R;
  const rate = side.rate;
  const at = (m: number) => e.vals[m * R + r]!;
  const samples = at(M.samples);
  let k = 0;
  for (const m of ks) {
    const s = at(m);
    if (s <= 0) continue;
    if (m === M.js || m === M.native) k += s * rate;
    else if (m === M.gc) k += s / Math.max(1 / rate, 1 / CLUMP_RATE_PER_S, side.gcPauseS);
    else if (m === M.system) {
      const onCpu = (at(M.js) + at(M.native) + at(M.gc)) * rate;
      const events = samples > 0 ? Math.max(0, samples - onCpu) : Infinity;
      // A sampler that fell behind (an overloaded machine) hands out off-CPU time in long
      // stretches, one per late sample, and the machine's stalls land on whatever line was
      // running: such a side's waits count in units of a late sample (LATE_WAIT_S), not 5 ms.
      const waitRate = side.lateShare > LATE_SHARE_DISTRUST ? 1 / LATE_WAIT_S : WAIT_RATE_PER_S;
      k += Math.min(events, s * Math.min(rate, waitRate));
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
export function eventCount(side: Side, e: Entry | null, ks: readonly number[]): number {
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
export const TAU_PRIOR = 0.14;
// The whole program's on-CPU time varies from run to run more than one line's share does: it
// carries the runner's speed too. Measured as for TAU_PRIOR (110 groups of 5-6 identical runs
// under load, Node 20-26): the spread of log total on-CPU seconds had median 0.16, root mean
// square 0.16, maximum 0.26.
export const TAU_PROGRAM = 0.16;
export const SPREAD_PRIOR_DF = 10;
// The additive lump (stats.ts lumpVar): the SD of the time a line can take or miss in one run
// whatever its size. Measured under a competing CPU-bound process on 2 cores (Node 20): the copy
// pair's loop header `for (let k ...)`, which does ~nothing, took 0-6.4 ms in JS state at the
// loop's start (25 runs; SD 1.6 ms: tier-up work from the loop's budget interrupt and on-stack
// replacement), and in CI runs 7.4 and 9.5 ms against 0 (an "improvement" and a "new hotspot"
// between identical runs, p 0.0095 and 0.005); the leak pair's loop header 14.4 ms once against
// 1-5 ms. 3 ms puts those at p 0.02-0.05 while a line that gains 75 ms (the detection
// benchmark's smallest CPU change) or moves from 50 to 125 ms loses < 1 % of its variance.
export const LUMP_S = 0.003;
// The lump on a line that holds only a loop's head (sides.ts isLoopHead), where V8 charges a
// loop's tier-up work: its time is that work (the loop run in a slow tier until on-stack
// replacement, which `--no-use-osr` turns into a steady 4-9 ms on the copy pair's head), and
// its tail is long. Measured on this session's stress sets (the five compare pairs, 10 runs a
// side, Node 20-26 under one or two competing CPU-bound processes, 12 such lines, 720
// line-runs): medians 0.2-1.9 ms, root-mean-square deviation from the median 2.1 ms, 99th
// percentile 8.3 ms; the copy pair's `for (let k …) {` at 15.4 and 22.5 ms (JS samples in the
// run's first 100 ms) against 0-6 ms were stress failures at LUMP_S (p 0.004-0.007). 10 ms
// puts 22.5 ms against 0 at p 0.02 and still finds 45 ms more on a loop's head from single
// runs (a condition that calls something heavy, on that line).
export const LOOP_LUMP_S = 0.01;
// Lines with fewer samples per run than this say little about run-to-run spread (their
// variance is mostly sampling noise), so they do not inform the shared prior.
export const PRIOR_MIN_EVENTS = 20;

/** The additive lump of a line's time in one run, seconds (LUMP_S; LOOP_LUMP_S on a loop's head). */
function lumpOf(e: Entry | null): number {
  return e?.loopHead ? LOOP_LUMP_S : LUMP_S;
}

/** Per run, log of the time in `ks` (relative to `norm` per run when given) and the events
 * behind it. A run without the line counts as half a sample (the log needs a floor). */
export function logRuns(side: Side, e: Entry | null, ks: readonly number[], norm: Float64Array | null, scale?: Scale): LogRuns {
  const y: number[] = [];
  const counts: number[] = [];
  const level: number[] = [];
  const lump: number[] = [];
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
    level.push((sec + floor) / n);
    lump.push(lumpOf(e) / n);
  }
  return { y, events: counts, level, lump };
}

/**
 * The shared prior for this comparison: with repeated runs, the lines' own run-to-run spreads
 * (median over lines with enough samples) are pooled with the measured default, weighted by
 * how many lines speak; single runs keep the default.
 */
export function spreadPrior(base: Side, head: Side, items: Item[]): SpreadPrior {
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
export function testTime(base: Side, head: Side, scale: Scale, prior: SpreadPrior, eb: Entry | null, eh: Entry | null, ks: readonly number[]): TestResult {
  const rel = moderatedLogTest(logRuns(base, eb, ks, scale.refBase, scale), logRuns(head, eh, ks, scale.refHead, scale), prior);
  const abs = moderatedLogTest(logRuns(base, eb, ks, null), logRuns(head, eh, ks, null), prior);
  const samples = testSamples(base, head, prior, eb, eh, ks);
  return { p: Math.max(rel.p, abs.p, samples?.p ?? 0), test: 'moderated-t' };
}

const ON_CPU_SAMPLED: readonly number[] = [M.js, M.native];

/**
 * The third arm for on-CPU time: its samples must have moved too. A thread's CPU clock can
 * advance while the thread takes no samples at all: a virtual machine whose virtual CPU the host
 * takes away keeps charging the guest thread that was current (no steal-time accounting: a
 * microVM's /proc/stat shows steal 0), while no signal can be handled, so one sample after the
 * gap carries it all. Code that really ran longer took more samples (one per interval of CPU),
 * so a change in time without one in samples is the machine's, not the code's. Seen once in
 * a clean-clone CI run (Node 20): a line of identical code at 309 ms in one run against 122 ms
 * in the other (2.5×), which no load reproduces here (≤ 1.3× under three competing
 * processes on its core): test/compare-real.test.ts and scripts/stress.mjs now print each run's
 * samples beside its time when a comparison fails.
 * Null when sampled on-CPU time is under half of the tested time (off-CPU and GC findings have
 * events of their own).
 */
function testSamples(base: Side, head: Side, prior: SpreadPrior, eb: Entry | null, eh: Entry | null, ks: readonly number[]): TestResult | null {
  const cpuKs = ks.filter((k) => ON_CPU_SAMPLED.includes(k));
  if (cpuKs.length === 0) return null;
  const secs = (side: Side, e: Entry | null, kk: readonly number[]) => {
    let s = 0;
    if (e) for (const k of kk) for (let r = 0; r < side.R; r++) s += e.vals[k * side.R + r]! / side.R;
    return s;
  };
  const cpu = secs(base, eb, cpuKs) + secs(head, eh, cpuKs);
  if (!(cpu >= 0.5 * (secs(base, eb, ks) + secs(head, eh, ks)))) return null;
  const counts = (side: Side, e: Entry | null): LogRuns => {
    const events = Array.from({ length: side.R }, (_, r) => (e ? runEvents(side, e, cpuKs, r) : 0));
    return { y: events.map((n) => Math.log(n + 0.5)), events, level: events.map((n) => n + 0.5), lump: events.map(() => lumpOf(e) * side.rate) };
  };
  return moderatedLogTest(counts(base, eb), counts(head, eh), prior);
}

/** Bytes and GPU metrics do not scale with runner speed: test the per-run values themselves. */
export function testAbsolute(base: Side, head: Side, eb: Entry | null, eh: Entry | null, k: number): TestResult | null {
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
export function testBytes(base: Side, head: Side, eb: Entry | null, eh: Entry | null, k: number, sampleBytes: number, prior: SpreadPrior): TestResult | null {
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
