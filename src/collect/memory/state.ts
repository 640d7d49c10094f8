// What the memory stages share (memory.ts runs them in order): the raw layout of the
// engine's memory members, the per-line accumulator every stage adds to, a thread's memory
// state, and line keys.
import type { RawSegment, ThreadData } from '../raw.js';
import type { TrackIndex } from './cpu-join.js';

// Raw layout (native/src/heap_sampler.h).
export const KIND_ALLOC = 1;
export const KIND_FREE = 2;
export const KIND_COPY = 3;
export const KIND_FREE_OF_SAMPLED = 4;
export const KIND_BACKGROUND = 16;
export const MEM_STRIDE = 8;
export const GC_STRIDE = 7;
export const HS_NODE_STRIDE = 6;
export const HS_SAMPLE_STRIDE = 4;
/** v8::kGCTypeMarkSweepCompact: a full GC (the same bit in V8 11–14). */
export const GC_TYPE_MARK_SWEEP_COMPACT = 4;

// ---------------------------------------------------------------------------------------
// Per-line and per-thread state.

export interface LineAcc {
  /** Reconciled JS allocation. */
  allocJs: number;
  allocNative: number;
  /** Bytes of this line's native samples whose pointer was freed. */
  freedNative: number;
  /** Heap-profiler bytes of this line still alive at the last snapshot of their thread. */
  jsLive: number;
  copy: number;
  /** Native allocation samples with a known fate, and those freed. */
  sampled: number;
  freed: number;
  /** Bytes those native samples stood for (the leak test's sampling windows). */
  sampledBytes: number;
  /** The freed native samples, flattened [bytes, block] pairs: what each stood for, and its
   * block (the crossing allocation's usable size; leaks.ts weighs it against the line's
   * typical block). */
  freedSamples: number[];
  /** Σ ln(block bytes) over the sampled (known-fate) native samples, for their geometric
   * mean: the line's typical block, robust to the odd large or small one. */
  blockLogSum: number;
  /** JS heap samples with a known fate (weighted by the line's share of each), and how
   * many objects and bytes they stand for. */
  jsSampled: number;
  jsObjects: number;
  jsBytes: number;
  /** The freed ones, flattened [weight, objects, bytes] triples (leaks.ts weighs each
   * against the line's typical sample). */
  jsFreedSamples: number[];
  /** Footprint changes, flattened [t µs, Δ bytes] pairs. */
  deltas: number[];
  firstUs: number;
}

export function newLineAcc(): LineAcc {
  return { allocJs: 0, allocNative: 0, freedNative: 0, jsLive: 0, copy: 0, sampled: 0, freed: 0, sampledBytes: 0, freedSamples: [], blockLogSum: 0, jsSampled: 0, jsObjects: 0, jsBytes: 0, jsFreedSamples: [], deltas: [], firstUs: Infinity };
}

/** JS bytes charged by the GC readings: at time t to a line key (null: no profiled line). */
export interface JsCharge {
  t: number;
  key: string | null;
  bytes: number;
}

export interface ThreadMem {
  thread: ThreadData;
  segs: RawSegment[];
  track: TrackIndex | undefined;
  /** Sorted by t once step 1 (gc-bytes.ts) is done. */
  charges: JsCharge[];
  chargeT: Float64Array;
  /** JS bytes allocated on this isolate while sampled (GC deltas + the tail). */
  totalJs: number;
  jsUsed0: number | null;
  jsUsedEnd: number | null;
  /** End of the isolate's last full (mark-compact) GC: allocations older than that had
   * their chance to be collected; younger ones that were never freed are of unknown fate. */
  lastFullGcUs: number;
  /** The thread's last CPU sample (not a GC's) with a profiled frame on its stack: GCs after
   * it collect what the finished program let go of, not what the run freed. */
  lastProfiledUs: number;
  /** Σ bytes² over the placements of JS bytes (each GC's interval, and the tail): with
   * totalJs, the size-biased mean of a placement, the unit of a line's JS figure's noise. */
  placedSq: number;
}

/** A line key's accumulator, created on first use (memory.ts holds them all). */
export type AccOf = (key: string) => LineAcc;

/** End of the isolate's last full GC of the run: the settling GC at exit (after the final
 * window's first reading, hs_pre_t) is the profiler's, and proves nothing about the run. */
export function lastFullGc(segs: RawSegment[]): number {
  let last = -Infinity;
  let settleFrom = Infinity;
  for (const s of segs) if (s.hs_pre_t !== undefined) settleFrom = Math.min(settleFrom, s.hs_pre_t);
  for (const s of segs) {
    const gc = s.gc ?? [];
    for (let i = 0; i + GC_STRIDE <= gc.length; i += GC_STRIDE) {
      if (gc[i]! >= settleFrom) continue;
      if (gc[i + 2]! & GC_TYPE_MARK_SWEEP_COMPACT) last = Math.max(last, gc[i + 1]! || gc[i]!);
    }
  }
  return last;
}

const parsedKeys = new Map<string, { file: string; line: number }>();
export function parseKey(key: string): { file: string; line: number } {
  let k = parsedKeys.get(key);
  if (!k) {
    const i = key.lastIndexOf(':');
    k = { file: key.slice(0, i), line: Number(key.slice(i + 1)) };
    if (parsedKeys.size > 100_000) parsedKeys.clear();
    parsedKeys.set(key, k);
  }
  return k;
}
