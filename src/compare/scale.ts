// The runner's speed: how much slower or faster head ran the code that did not change, from
// the lines present on both sides (robust to the changes compare looks for). Pure.
import { ALL_CATS, type Entry, type Item, type Side, totalMean, weightedMedian } from './sides.js';
import { eventCount } from './significance.js';

/**
 * How much slower (> 1) or faster the head runner ran the code that did not change. A line is
 * judged against this, not against raw seconds: on a runner 30 % slower every line takes 30 %
 * longer, and none of them regressed. Estimated from the lines present on both sides (new and
 * deleted code would bias it: an injected hotspot is not a slower runner), trimming lines that
 * are clear outliers (a regressed line is not either), so it is robust to the changes we look for.
 */
export interface Scale {
  /** Head seconds per base second for unchanged code. */
  ratio: number;
  /** Per run: seconds of the reference lines (the share denominators for repeated runs). */
  refBase: Float64Array;
  refHead: Float64Array;
  /** Entries whose time is in refBase / refHead (the relative test leaves a line's own out). */
  inRef: Set<Entry>;
}

export const OUTLIER_Z = 4;
// Base and head run on the same kind of runner, usually the same one: a median ratio beyond
// 2× means most of the program changed (a line that dominates it regressed or was fixed),
// not the runner, and "same speed" is kept.
export const MAX_RUNNER_RATIO = 2;

export function referenceScale(base: Side, head: Side, items: Item[]): Scale {
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
