// Step 3: the two JS signals of one isolate reconciled into each line's JS allocation.
import type { AccOf, ThreadMem } from './state.js';

/**
 * The GC readings measure the isolate's total exactly but charge it in chunks of one young
 * generation (16 MB on Node 20, more on later versions), so a line next to a phase boundary
 * can be over- or under-charged by that much. The heap profiler sees every sampled survivor
 * at 512 KB granularity (Poisson noise: σ ≈ √(bytes × interval), 9% for 60 MB). A line
 * allocated at least what it was seen to keep, so it gets the larger of the two, and the
 * lines are scaled back to the isolate's measured total (what one line gains was spilled
 * from its neighbours). The maximum of two noisy estimates leans up by ~0.4σ when they
 * agree: a few percent.
 */
export function reconcileJs(m: ThreadMem, seen: { byKey: Map<string, number> }, acc: AccOf): void {
  const gcByKey = new Map<string, number>();
  let gcUnattributed = 0;
  const firstCharge = new Map<string, number>();
  for (const c of m.charges) {
    if (!c.key) {
      gcUnattributed += c.bytes;
      continue;
    }
    gcByKey.set(c.key, (gcByKey.get(c.key) ?? 0) + c.bytes);
    if (!firstCharge.has(c.key)) firstCharge.set(c.key, c.t);
  }
  const raw = new Map<string, number>();
  let rawTotal = gcUnattributed;
  for (const k of new Set([...gcByKey.keys(), ...seen.byKey.keys()])) {
    const v = Math.max(gcByKey.get(k) ?? 0, seen.byKey.get(k) ?? 0);
    raw.set(k, v);
    rawTotal += v;
  }
  const scale = rawTotal > 0 ? m.totalJs / rawTotal : 0;
  for (const [k, v] of raw) {
    const a = acc(k);
    a.allocJs += v * scale;
    const first = firstCharge.get(k);
    if (first !== undefined && first < a.firstUs) a.firstUs = first;
  }
}
