// Statistical tests for compare. simple-statistics gives us means, variances, the t statistic
// and log-gamma, but no distribution tails, so the two we need (Student's t and the binomial)
// come from the regularized incomplete beta function, which gives both exactly.
import { mean, sampleVariance, gammaln } from 'simple-statistics';

/** Regularized incomplete beta I_x(a, b), by Lentz's continued fraction (Numerical Recipes 6.4). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError('incompleteBeta: a and b must be positive');
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log1p(-x);
  // The continued fraction converges quickly for x < (a + 1) / (a + b + 2); use symmetry otherwise.
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(lnFront) / a;
  const TINY = 1e-300;
  let f = 1;
  let c = 1;
  let d = 0;
  for (let i = 0; i <= 400; i++) {
    const m = i >> 1;
    let num: number;
    if (i === 0) num = 1;
    else if (i % 2 === 0) num = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    else num = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + num * d;
    if (Math.abs(d) < TINY) d = TINY;
    d = 1 / d;
    c = 1 + num / c;
    if (Math.abs(c) < TINY) c = TINY;
    const cd = c * d;
    f *= cd;
    if (Math.abs(1 - cd) < 1e-12) break;
  }
  return front * (f - 1);
}

/** P(T ≥ t) for Student's t with `df` degrees of freedom. */
export function studentTUpper(t: number, df: number): number {
  if (Number.isNaN(t)) return 1;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

/** P(X ≥ k) for X ~ Binomial(n, p); k and n may be non-integer (counts estimated from seconds). */
export function binomialUpper(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return incompleteBeta(p, k, n - k + 1);
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialLower(k: number, n: number, p: number): number {
  if (k >= n) return 1;
  if (k < 0) return 0;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  return 1 - incompleteBeta(p, k + 1, n - k);
}

/** A two-sided p-value together with the direction it was computed for. */
export interface TestResult {
  /** Two-sided p-value. */
  p: number;
  test: 'welch-t' | 'binomial' | 'moderated-t';
}

/**
 * Single runs: compare a line's sample count between base and head given the total samples of
 * each side. Samples are Poisson, so conditional on their sum the head count is binomial with
 * p = N_head / (N_base + N_head) when the line's share of time is unchanged: this tests the
 * share, so a runner that is uniformly slower (more samples everywhere) is not flagged.
 * `runCv` widens it for run-to-run variation that is not sampling noise (see the body).
 */
export function binomialShareTest(kBase: number, nBase: number, kHead: number, nHead: number, runCv = 0): TestResult {
  // Overdispersion: beyond Poisson noise, a line's time varies from run to run by a factor
  // (JIT tiering decided at another moment, caches, a neighbour's load), with relative spread
  // `runCv` per run. The variance of log(kHead / kBase) is then 1/kBase + 1/kHead + 2·runCv²,
  // which the binomial test reproduces on counts divided by φ = 1 + runCv²·(kBase + kHead)/2
  // (exact when the counts are equal): a long run can no longer make any wobble significant.
  if (runCv > 0) {
    const phi = 1 + runCv * runCv * ((kBase + kHead) / 2);
    kBase /= phi;
    kHead /= phi;
  }
  const n = kBase + kHead;
  if (n <= 0 || nBase <= 0 || nHead <= 0) return { p: 1, test: 'binomial' };
  const p0 = nHead / (nBase + nHead);
  const upper = binomialUpper(kHead, n, p0);
  const lower = binomialLower(kHead, n, p0);
  return { p: Math.min(1, 2 * Math.min(upper, lower)), test: 'binomial' };
}

/**
 * Repeated runs: Welch's two-sample t-test on per-run values (shares of total, or bytes).
 * With one run on a side, the other side's spread is used as a prediction interval
 * (t = (x − mean) / (s·√(1 + 1/n))), which is the one-new-observation version of the same test.
 * Returns null when neither side has a spread to test against.
 */
export function welchTest(base: number[], head: number[]): TestResult | null {
  const nb = base.length;
  const nh = head.length;
  if (nb === 0 || nh === 0 || (nb < 2 && nh < 2)) return null;
  const mb = mean(base);
  const mh = mean(head);
  const vb = nb >= 2 ? sampleVariance(base) : 0;
  const vh = nh >= 2 ? sampleVariance(head) : 0;
  let se2: number;
  let df: number;
  if (nb >= 2 && nh >= 2) {
    se2 = vb / nb + vh / nh;
    df = se2 === 0 ? 1 : (se2 * se2) / ((vb / nb) ** 2 / (nb - 1) + (vh / nh) ** 2 / (nh - 1));
  } else if (nb >= 2) {
    se2 = vb * (1 + 1 / nb);
    df = nb - 1;
  } else {
    se2 = vh * (1 + 1 / nh);
    df = nh - 1;
  }
  if (se2 === 0) {
    // No spread at all: identical values are no evidence of change; different ones are certain.
    return { p: mb === mh ? 1 : 0, test: 'welch-t' };
  }
  const t = (mh - mb) / Math.sqrt(se2);
  const oneSided = studentTUpper(Math.abs(t), df);
  return { p: Math.min(1, 2 * oneSided), test: 'welch-t' };
}

/**
 * Benjamini–Hochberg step-up adjustment: q_i = min over j ≥ i of p_(j)·m/j, in the input order.
 * Controls the false-discovery rate across the many lines and categories one compare tests.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => pValues[a]! - pValues[b]!);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i = order[r]!;
    running = Math.min(running, (pValues[i]! * m) / (r + 1));
    adjusted[i] = running;
  }
  return adjusted;
}

// ---------------------------------------------------------------------------------------------
// Time on a log scale, with a run-to-run spread shared across lines (docs/STATISTICS.md)

/** One side of one line: per run, log(seconds) and the independent events (samples) behind it. */
export interface LogRuns {
  y: number[];
  events: number[];
  /** Time only, per run: the line's level exp(y) and the SD of an additive lump of time in the
   * same units (significance.ts LUMP_S): the two-component error model's additive part. */
  level?: number[];
  lump?: number[];
}

/** The run-to-run spread of a line's log time beyond sampling noise, as a scaled inverse-χ²
 * prior: `tau2` its scale, `df` its weight in degrees of freedom. */
export interface SpreadPrior {
  tau2: number;
  df: number;
}

function sumSquares(v: number[]): number {
  if (v.length < 2) return 0;
  const m = mean(v);
  return v.reduce((s, x) => s + (x - m) ** 2, 0);
}

/** Sampling variance of one run's log time when the line has no change: Poisson with the
 * events per run of both sides pooled (an observed 0 next to 5 is not certain to be 0), which
 * is Var(log(N + ½)) ≈ 1 / (λ + ½). */
function samplingVar(b: LogRuns, h: LogRuns): number {
  const n = b.events.length + h.events.length;
  const lambda = n > 0 ? [...b.events, ...h.events].reduce((s, v) => s + v, 0) / n : 0;
  return 1 / (lambda + 0.5) + lumpVar(b, h);
}

/**
 * The additive part of a two-component error model (Rocke & Lorenzo 1995): besides a spread
 * proportional to the time (τ on the log scale) and sampling noise, a line can take or miss a
 * lump of a few milliseconds in any run (V8's tier-up work at a loop's back edge or a
 * function's entry, a GC pause). On the log scale that is (σ / level)², which matters only
 * for lines of a few lumps: measured in significance.ts (LUMP_S).
 */
function lumpVar(b: LogRuns, h: LogRuns): number {
  if (!b.level || !h.level || !b.lump || !h.lump) return 0;
  const level = mean([...b.level, ...h.level]);
  const lump = mean([...b.lump, ...h.lump]);
  return level > 0 ? (lump / level) ** 2 : 0;
}

/** A line's own estimate of its run-to-run variance τ² (pooled within sides, less the
 * sampling part) and its degrees of freedom; df 0 when neither side has two runs. */
export function lineSpread(b: LogRuns, h: LogRuns): { s2: number; df: number } {
  const df = Math.max(0, b.y.length - 1) + Math.max(0, h.y.length - 1);
  if (df === 0) return { s2: 0, df: 0 };
  const ss = sumSquares(b.y) + sumSquares(h.y);
  return { s2: Math.max(0, ss / df - samplingVar(b, h)), df };
}

/**
 * The moderated t-test (Smyth 2004, limma) on log time. A line's run-to-run variance is its
 * own estimate shrunk towards the prior, τ̃² = (d0·τ0² + d·s²)/(d0 + d); the difference of the
 * side means has variance (τ̃² + sampling variance)(1/Rb + 1/Rh), and the t statistic has
 * d0 + d degrees of freedom. With one run per side it is the prior alone, with d0 degrees of
 * freedom (heavier tails than normal: a few lines vary much more than most); every run added
 * narrows it, so power never drops as runs are added.
 */
export function moderatedLogTest(b: LogRuns, h: LogRuns, prior: SpreadPrior): TestResult {
  const rb = b.y.length;
  const rh = h.y.length;
  if (rb === 0 || rh === 0) return { p: 1, test: 'moderated-t' };
  const own = lineSpread(b, h);
  const tau2 = (prior.df * prior.tau2 + own.df * own.s2) / (prior.df + own.df);
  const se2 = (tau2 + samplingVar(b, h)) * (1 / rb + 1 / rh);
  const d = mean(h.y) - mean(b.y);
  if (!(se2 > 0)) return { p: d === 0 ? 1 : 0, test: 'moderated-t' };
  const t = d / Math.sqrt(se2);
  return { p: Math.min(1, 2 * studentTUpper(Math.abs(t), prior.df + own.df)), test: 'moderated-t' };
}

/** The two-sided critical t for `p` on `df` degrees of freedom (bisection on the tail). */
export function criticalT(p: number, df: number): number {
  let lo = 0;
  let hi = 1e3;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (2 * studentTUpper(mid, df) > p) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Runs a side at which a log change `d` with per-run variance `v` (run-to-run spread plus
 * sampling) reaches two-sided significance `p`, the prior contributing `priorDf` degrees of
 * freedom; null beyond `maxRuns`.
 */
export function runsToResolve(d: number, v: number, p: number, priorDf: number, maxRuns = 50): number | null {
  if (!(Math.abs(d) > 0)) return null;
  for (let r = 1; r <= maxRuns; r++) {
    if (Math.abs(d) / Math.sqrt((2 * v) / r) >= criticalT(p, priorDf + 2 * r - 2)) return r;
  }
  return null;
}
