// Joining a time with a thread's CPU samples: which line a memory event (a GC's start, a
// shim sample) belongs to, from the sample tracks that attribute.ts built.
import { inSiteFunction, LATE_SAMPLE_INTERVALS, type SampleTrack, type SiteFunction } from '../attribute.js';
import { firstAtOrAfter } from '../../sorted.js';

export interface TrackIndex {
  t: ArrayLike<number>;
  key: ReadonlyArray<string | null>;
  dt: ArrayLike<number>;
  /** CPU seconds per sample (its wall dt where the track has no CPU figures). */
  cpu: ArrayLike<number>;
  /** Allocation sites, by GC start time: the line whose allocation triggered each GC, from
   * a CPU sample triggered in its prologue (see native/src/site_trigger.h). */
  siteT: Float64Array;
  siteKey: (string | null)[];
  /** The same for JS-heap events (site_js_key). */
  siteJsKey: (string | null)[];
  /** Per site, the function its stack named when it named no line (SampleTrack.site_fn). */
  siteFn: (SiteFunction | null)[];
  /** Per sample, the line it names as an allocation site (SampleTrack.alloc_key). */
  allocKey: ReadonlyArray<string | null>;
  /** The same for JS-heap events (SampleTrack.js_alloc_key; allocKey without one). */
  jsAllocKey: ReadonlyArray<string | null>;
  /** Beyond this distance a sample says nothing about what the thread was doing. */
  maxGapUs: number;
  intervalUs: number;
  /** The first and last samples in profiled code (Infinity, -Infinity: none). */
  profiledFromUs: number;
  profiledToUs: number;
}

/** The track as the joins read it: sorted by time. A track in order whose arrays are whole
 * (the attributor's always are) is read in place, not copied: the copy was 56 bytes a sample
 * at the full profile's exit (16 MB after 5 minutes at 1 ms, 190 MB after an hour). */
export function indexTrack(track: SampleTrack, intervalUs: number): TrackIndex {
  const n = track.t_us.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (track.t_us[i]! < track.t_us[i - 1]!) sorted = false;
  const whole = <T>(a: T[] | undefined): a is T[] => a !== undefined && a.length === n && !a.includes(undefined as T);
  const common = {
    ...sitesOf(track),
    // Suspended profiling or a starved sampler leaves gaps where the thread may have been
    // anywhere; a few sampling intervals (20 ms at least) is as far as a sample speaks.
    maxGapUs: Math.max(20_000, 3 * intervalUs),
    intervalUs,
    ...profiledSpan(track),
  };
  if (sorted && track.dt_s.length === n && whole(track.key) && (track.cpu_s === undefined || track.cpu_s.length === n) && (track.alloc_key === undefined || whole(track.alloc_key)) && (track.js_alloc_key === undefined || whole(track.js_alloc_key))) {
    const allocKey = track.alloc_key ?? track.key;
    return { t: track.t_us, key: track.key, dt: track.dt_s, cpu: track.cpu_s ?? track.dt_s, allocKey, jsAllocKey: track.js_alloc_key ?? allocKey, ...common };
  }
  const order = Array.from({ length: n }, (_, i) => i);
  // V8 may deliver a sample or two out of order; the join needs them sorted.
  if (!sorted) order.sort((a, b) => track.t_us[a]! - track.t_us[b]!);
  return {
    t: Float64Array.from(order, (i) => track.t_us[i]!),
    key: order.map((i) => track.key[i] ?? null),
    dt: Float64Array.from(order, (i) => track.dt_s[i]!),
    cpu: Float64Array.from(order, (i) => track.cpu_s?.[i] ?? track.dt_s[i]!),
    allocKey: order.map((i) => (track.alloc_key ? (track.alloc_key[i] ?? null) : (track.key[i] ?? null))),
    jsAllocKey: order.map((i) => (track.js_alloc_key ? (track.js_alloc_key[i] ?? null) : track.alloc_key ? (track.alloc_key[i] ?? null) : (track.key[i] ?? null))),
    ...common,
  };
}

/** Whether an event at x (the first sample at or after it: i) lies in Node's start-up or
 * teardown: before the thread's first profiled sample with a sample outside profiled code
 * between them, or after its last with one such sample between. */
function outsideProfiledCode(ix: TrackIndex, x: number, i: number): boolean {
  if (x < ix.profiledFromUs) return i < ix.t.length && ix.t[i]! < ix.profiledFromUs;
  if (x > ix.profiledToUs) return i > 0 && ix.t[i - 1]! > ix.profiledToUs;
  return false;
}

/** When the thread first and last ran profiled code: one pass (a track need not be sorted). */
function profiledSpan(track: SampleTrack): { profiledFromUs: number; profiledToUs: number } {
  let profiledFromUs = Infinity;
  let profiledToUs = -Infinity;
  for (let i = 0; i < track.key.length; i++) {
    if (track.key[i] == null) continue;
    const t = track.t_us[i]!;
    if (t < profiledFromUs) profiledFromUs = t;
    if (t > profiledToUs) profiledToUs = t;
  }
  return { profiledFromUs, profiledToUs };
}

function sitesOf(track: SampleTrack): { siteT: Float64Array; siteKey: (string | null)[]; siteJsKey: (string | null)[]; siteFn: (SiteFunction | null)[] } {
  const t = track.site_t_us ?? [];
  const order = Array.from({ length: t.length }, (_, i) => i).sort((a, b) => t[a]! - t[b]!);
  const js = track.site_js_key ?? track.site_key;
  return {
    siteT: Float64Array.from(order, (i) => t[i]!),
    siteKey: order.map((i) => track.site_key?.[i] ?? null),
    siteJsKey: order.map((i) => js?.[i] ?? null),
    siteFn: order.map((i) => track.site_fn?.[i] ?? null),
  };
}

/**
 * Where a native allocation or copy at time x came from when no triggered sample names it
 * (V8 cannot walk the stack inside a fast C call such as TypedArray.prototype.set's
 * memmove): malloc and memcpy run inside calls (Buffer.alloc, a builtin, Node's library),
 * so the nearest CPU sample that speaks for a call is the witness: one taken inside a call
 * from a profiled line, or one on a line that can call or allocate (a fast API call leaves
 * no native frame, its samples show the calling line as the leaf). A short copy between long
 * pure-JS stretches is rarely caught by its own sample, but the same call is, in neighbouring
 * iterations. A loop that only computes cannot have called memcpy, so it is never the
 * witness: within a few sampling intervals, farther when only such loops ran nearby, and
 * no line at all for an event that no sample is near (start-up, exit).
 */
export function callLineAt(ix: TrackIndex | undefined, x: number, likely?: (key: string) => boolean, within?: SiteFunction | null): string | null {
  return callWitness(ix, x, likely, within)?.key ?? null;
}

/**
 * callLineAt's answer and whether it came from a witness within a few sampling intervals
 * (`near`: the call itself, or its loop's neighbouring iterations). Beyond that, a witness is
 * a guess from farther code: `likely` (when given) names the lines that already made such
 * events nearby, and a farther witness must be one of them while any such witness is in
 * range. A copy loop whose copy call is rarely sampled (a 1 MiB memcpy beside a 1 ms scan)
 * otherwise gave its early copies to the Buffer.alloc line before the loop, 50 ms back (Node
 * 20 under load: 145 MiB on `Buffer.alloc(1 << 20, 7)` in one CI run).
 *
 * An event inside a sampler gap (its two neighbouring samples more than LATE_SAMPLE_INTERVALS
 * intervals apart: the sampler fell behind) has no witness near it in the sense above: the
 * thread ran unsampled from one edge of the gap to the other, and which line it was on at
 * the event is not told by the edges' distances. Such an event is never `near`, and with
 * `likely` a line that made such events nearby takes it if one is within the gap (and the
 * usual reach around it); else the usual answer. Node 24 under load: a 15 ms gap at a copy
 * loop's start, its one earlier sample on the run-once `Buffer.alloc(1 << 20, 7)` before
 * the loop, which took 83 of the loop's copies (83 MiB) as their "near" witness.
 */
export function callWitness(ix: TrackIndex | undefined, x: number, likely?: (key: string) => boolean, within?: SiteFunction | null): { key: string | null; near: boolean } | null {
  if (!ix || ix.t.length === 0) return null;
  // The event's own stack named the function (machine code, no line: code_map.h): the
  // nearest sample on one of its lines, out to the farthest search; else as if it had not.
  if (within) {
    const w = nearestWithin(ix, x, within);
    if (w) return w;
  }
  const i = firstAtOrAfter(ix.t, x);
  // Before the thread first ran profiled code, with a sample between the event and that
  // code's first sample that saw the thread outside it: Node's start-up (its loader reading
  // and compiling the scripts), not a line's; the same after the last profiled sample. The
  // nearest line that can call was the first line of the program, up to 10 ms on: 4-8 MiB
  // of the loader's copies on a run-once `Buffer.alloc` in 1 run in 10 under load.
  if (outsideProfiledCode(ix, x, i)) return { key: null, near: false };
  // The line a sample speaks for is the one it would name as an allocation site: the
  // calling line of a sample inside a call, a leaf frame's allocating line; null on a loop
  // that only computes, which cannot have called malloc or memcpy, and on a sample that V8
  // took inside its own work under such a loop (an interrupt, a stack check).
  // picky: beyond the reach, only a line in `likely`; strict (a gap): at any distance.
  const witness = (j: number, far: number, picky: boolean, strict: boolean): string | null => {
    const w = ix.allocKey[j] ?? null;
    return w && picky && (strict || far > reach) && !likely!(w) ? null : w;
  };
  // Out to the distance a sample speaks for at all (a sampler gap). An event with no sample
  // within that distance belongs to code that ran unsampled (start-up, exit): no line. One
  // next to samples that only compute came from the nearest code that can call, farther
  // away (a copy between long stretches of an inlined compute loop).
  const reach = Math.max(NEAR_CALL_MIN_US, NEAR_CALL_INTERVALS * ix.intervalUs);
  const near = lineAt(ix, x);
  const limit = near === null ? Math.max(reach, ix.maxGapUs) : LOOK_BACK_MAX_US;
  const search = (picky: boolean, strictTo?: number): { key: string; far: number } | null => {
    const strict = strictTo !== undefined;
    for (let far = reach; strict || far <= limit; far *= 4) {
      if (strict) far = Math.min(far, strictTo);
      let best: string | null = null;
      let bestD = Infinity;
      for (let j = i - 1; j >= 0 && x - ix.t[j]! <= far; j--) {
        const w = witness(j, far, picky, strict);
        if (w) {
          best = w;
          bestD = x - ix.t[j]!;
          break;
        }
      }
      for (let j = i; j < ix.t.length && ix.t[j]! - x <= far && ix.t[j]! - x < bestD; j++) {
        const w = witness(j, far, picky, strict);
        if (w) {
          best = w;
          break;
        }
      }
      if (best) return { key: best, far };
      if (strict && far >= strictTo) break;
    }
    return null;
  };
  const gapUs = i > 0 && i < ix.t.length && ix.t[i]! > x ? ix.t[i]! - ix.t[i - 1]! : 0;
  const inGap = gapUs > LATE_SAMPLE_INTERVALS * ix.intervalUs;
  if (inGap && likely) {
    const strict = search(true, gapUs + reach);
    if (strict) return { key: strict.key, near: false };
  }
  // No line that made such events is in range: the nearest one that can call.
  const found = (likely ? search(true) : null) ?? search(false);
  if (found) return { key: found.key, near: found.far <= reach && !inGap };
  return { key: near, near: false };
}

/** The nearest sample (either way, out to LOOK_BACK_MAX_US) whose allocation-site line is
 * one of the function's, and whether it is within a few sampling intervals. */
function nearestWithin(ix: TrackIndex, x: number, fn: SiteFunction): { key: string; near: boolean } | null {
  const prefix = `${fn.file}:`;
  const inFn = (k: string | null): k is string => {
    if (!k || !k.startsWith(prefix)) return false;
    return inSiteFunction(fn, Number(k.slice(prefix.length)));
  };
  const i = firstAtOrAfter(ix.t, x);
  let best: string | null = null;
  let bestD = Infinity;
  for (let j = i - 1; j >= 0 && x - ix.t[j]! <= LOOK_BACK_MAX_US; j--) {
    if (inFn(ix.allocKey[j] ?? null)) {
      best = ix.allocKey[j]!;
      bestD = x - ix.t[j]!;
      break;
    }
  }
  for (let j = i; j < ix.t.length && ix.t[j]! - x <= LOOK_BACK_MAX_US && ix.t[j]! - x < bestD; j++) {
    if (inFn(ix.allocKey[j] ?? null)) {
      best = ix.allocKey[j]!;
      bestD = ix.t[j]! - x;
      break;
    }
  }
  const reach = Math.max(NEAR_CALL_MIN_US, NEAR_CALL_INTERVALS * ix.intervalUs);
  if (best) return { key: best, near: bestD <= reach };
  // Calls of the callee the stack named, none sampled nearby: the first of them.
  return fn.lines?.length ? { key: `${fn.file}:${fn.lines[0]}`, near: true } : null;
}

/** The function a memory event's own stack named without a line (see callWitness), if any. */
export function siteFunctionAt(ix: TrackIndex | undefined, x: number): SiteFunction | null {
  if (!ix) return null;
  const i = firstAtOrAfter(ix.siteT, x);
  return i < ix.siteT.length && ix.siteT[i]! === x ? (ix.siteFn[i] ?? null) : null;
}

// How far (either way) a GC's bytes look for the allocating code that ran nearest to it,
// when none ran between it and the previous GC.
export const LOOK_BACK_MAX_US = 1_000_000;

// How far (in time) the call witnessing an untriggered native event may be: 10 sampling
// intervals, 10 ms at least.
const NEAR_CALL_INTERVALS = 10;
const NEAR_CALL_MIN_US = 10_000;

/** The site of the memory event keyed by time x (a GC's start, a shim sample's time): the
 * line named by the CPU sample triggered for it, if one was taken. */
export function siteAt(ix: TrackIndex | undefined, x: number, js = false): string | null {
  if (!ix) return null;
  const i = firstAtOrAfter(ix.siteT, x);
  return i < ix.siteT.length && ix.siteT[i]! === x ? ((js ? ix.siteJsKey : ix.siteKey)[i] ?? null) : null;
}

/** The line executing on the thread at time x: its nearest CPU sample's line. */
export function lineAt(ix: TrackIndex | undefined, x: number): string | null {
  if (!ix || ix.t.length === 0) return null;
  const i = firstAtOrAfter(ix.t, x);
  let best = -1;
  let bestD = Infinity;
  for (const j of [i - 1, i]) {
    if (j < 0 || j >= ix.t.length) continue;
    const d = Math.abs(ix.t[j]! - x);
    if (d < bestD) {
      bestD = d;
      best = j;
    }
  }
  return best >= 0 && bestD <= ix.maxGapUs ? ix.key[best]! : null;
}

/** The last profiled line the thread executed at or before time x (no distance limit). */
export function lineBefore(ix: TrackIndex | undefined, x: number): string | null {
  if (!ix) return null;
  for (let i = firstAtOrAfter(ix.t, x + 1) - 1; i >= 0; i--) if (ix.key[i]) return ix.key[i]!;
  return null;
}
