// Step 5 and the per-line timelines: the process tree's footprint over time (its peak and
// growth rate), each line's footprint series, and downsampling to the contract's limit.
import { GC_STRIDE, type ThreadMem } from './state.js';

/** Timelines carry at most this many [seconds, bytes] points (the contract's limit). */
export const TIMELINE_POINTS = 100;

/** A line's footprint series from its [t, Δ] pairs, its peak, its value at the end of the
 * readings and at `runEnd` (the end of the profiled code: what the teardown collected after
 * it, sampled objects never proven reachable, was still held then). */
export function lineSeries(deltas: number[], tMax: number, runEnd = Infinity): { series: Array<[number, number]>; peak: number; end: number; atRunEnd: number } {
  const n = deltas.length / 2;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => deltas[2 * a]! - deltas[2 * b]!);
  const series: Array<[number, number]> = [];
  let cur = 0;
  let peak = 0;
  let atRunEnd = 0;
  for (const i of order) {
    cur += deltas[2 * i + 1]!;
    if (cur > peak) peak = cur;
    if (deltas[2 * i]! <= runEnd) atRunEnd = cur;
    series.push([deltas[2 * i]!, cur]);
  }
  if (series.length > 0 && tMax > series[series.length - 1]![0]) series.push([tMax, cur]);
  return { series, peak, end: cur, atRunEnd };
}

/**
 * The process tree's footprint over time: the sum of every isolate's JS heap used and
 * every process's native net (allocated − freed, from the shim's exact totals), read at
 * each GC's start and end and at each window's end. A k-way merge of the threads' reading
 * streams, so memory stays proportional to the readings, and one pass yields the peak,
 * the ≤100-point timeline (each bucket's maximum, so peaks show) and the growth rate
 * (least squares on a uniform grid, so bursts of GCs do not weigh more than quiet spells).
 */
export function footprint(byPid: Map<number, ThreadMem[]>, t0: number, tMax: number) {
  interface Stream {
    m: ThreadMem;
    proc: number;
    slot: number;
    r: number[]; // flattened [t, js used, native net]
    i: number;
  }
  const streams: Stream[] = [];
  const procs: Array<{ js: number[]; native: number; open: number }> = [];
  for (const procMems of byPid.values()) {
    const proc = procs.length;
    procs.push({ js: procMems.map(() => 0), native: 0, open: procMems.length });
    procMems.forEach((m, slot) => {
      const r: number[] = [];
      for (const s of m.segs) {
        if (s.heap0) r.push(s.heap0[0]!, s.heap0[1]!, s.heap0[2]!);
        const gc = s.gc ?? [];
        for (let i = 0; i + GC_STRIDE <= gc.length; i += GC_STRIDE) {
          r.push(gc[i]!, gc[i + 3]!, gc[i + 5]!);
          if (gc[i + 1]! > 0) r.push(gc[i + 1]!, gc[i + 4]!, gc[i + 6]!);
        }
        if (s.heap) r.push(s.heap[0]!, s.heap[1]!, s.heap[2]!);
      }
      streams.push({ m, proc, slot, r, i: 0 });
    });
  }
  let open = streams.filter((s) => s.r.length > 0).length;
  const buckets = TIMELINE_POINTS - 1;
  const width = (tMax - t0) / buckets || 1;
  const timeline: Array<[number, number]> = [];
  let bucket = -1;
  let bucketBest: [number, number] | null = null;
  const GRID = 200;
  const grid: number[] = [];
  let sum = 0;
  let last: [number, number] | null = null;
  let peakBytes = 0;
  let peakT = 0;
  let peakThread: ThreadMem | null = null;
  const emit = (t: number, m: ThreadMem) => {
    while (grid.length < GRID && t0 + ((tMax - t0) * grid.length) / (GRID - 1) < t) grid.push(last ? last[1] : sum);
    if (sum > peakBytes) {
      peakBytes = sum;
      peakT = t;
      peakThread = m;
    }
    const b = Math.min(buckets - 1, Math.max(0, Math.floor((t - t0) / width)));
    if (b !== bucket && bucketBest) {
      timeline.push(bucketBest);
      bucketBest = null;
    }
    bucket = b;
    if (!bucketBest || sum > bucketBest[1]) bucketBest = [t, sum];
    last = [t, sum];
  };
  while (open > 0) {
    let s: Stream | null = null;
    for (const c of streams) if (c.i < c.r.length && (!s || c.r[c.i]! < s.r[s.i]!)) s = c;
    if (!s) break;
    const t = s.r[s.i]!;
    const js = s.r[s.i + 1]!;
    const nat = s.r[s.i + 2]!;
    s.i += 3;
    const p = procs[s.proc]!;
    sum += js - p.js[s.slot]!;
    p.js[s.slot] = js;
    if (nat >= 0) {
      sum += nat - p.native;
      p.native = nat;
    }
    if (s.i >= s.r.length) {
      open--;
      p.open--;
      // A process that has exited holds nothing any more (unless it is the last one: the
      // series then ends at its final reading rather than at zero).
      if (p.open === 0 && open > 0) {
        emit(t, s.m);
        for (let k = 0; k < p.js.length; k++) sum -= p.js[k]!;
        sum -= p.native;
        p.js.fill(0);
        p.native = 0;
      }
    }
    emit(t, s.m);
  }
  if (bucketBest) timeline.push(bucketBest);
  const end = last as [number, number] | null;
  if (end && timeline[timeline.length - 1]?.[0] !== end[0]) timeline.push(end);
  while (grid.length < GRID && last) grid.push((last as [number, number])[1]);
  return {
    peakBytes,
    peakT,
    peakThread: peakThread as ThreadMem | null,
    timeline: timeline.slice(-TIMELINE_POINTS).map(([t, v]) => [secondsSince(t, t0), Math.round(v)] as [number, number]),
    slope: slope(grid, (tMax - t0) / 1e6),
  };
}

function secondsSince(t: number, t0: number): number {
  return Math.max(0, Math.round(((t - t0) / 1e6) * 1e4) / 1e4);
}

/** At most TIMELINE_POINTS [seconds since t0, bytes] points, keeping each bucket's maximum. */
export function downsample(points: Array<[number, number]>, t0: number): Array<[number, number]> {
  if (points.length <= TIMELINE_POINTS) return points.map(([t, v]) => [secondsSince(t, t0), Math.round(v)]);
  const first = points[0]![0];
  const lastPoint = points[points.length - 1]!;
  const buckets = TIMELINE_POINTS - 1;
  const width = (lastPoint[0] - first) / buckets || 1;
  const out: Array<[number, number]> = [];
  let b = -1;
  let best: [number, number] | null = null;
  for (let i = 0; i < points.length - 1; i++) {
    const p = points[i]!;
    const pb = Math.min(buckets - 1, Math.floor((p[0] - first) / width));
    if (pb !== b && best) {
      out.push(best);
      best = null;
    }
    b = pb;
    if (!best || p[1] > best[1]) best = p;
  }
  if (best) out.push(best);
  out.push(lastPoint);
  return out.slice(-TIMELINE_POINTS).map(([t, v]) => [secondsSince(t, t0), Math.round(v)]);
}

/** Least-squares slope (bytes/s) of values on a uniform grid spanning spanS seconds. */
function slope(values: number[], spanS: number): number {
  const n = values.length;
  if (n < 2 || spanS <= 0) return 0;
  const xs = values.map((_, i) => (spanS * i) / (n - 1));
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = values.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (values[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den > 0 ? num / den : 0;
}
