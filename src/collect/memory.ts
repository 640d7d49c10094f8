// Memory attribution: JS heap and native (shim) samples joined with the CPU sample tracks
// by CLOCK_MONOTONIC time, leak detection and footprint timelines. Pure: raw windows in,
// per-line figures out. docs/MEMORY.md ("Attribution", "Leak detection") is the prose
// version of what follows; the constants below are the thresholds it quotes.
//
// Signals (native/src/heap_sampler.cc collects them, per thread, per attribution window):
//  - GC readings. Bytes allocated on the JS heap between the end of one GC and the start
//    of the next (heap used before it − heap used after the previous one) are charged to
//    the line executing on that thread when the GC started. Scavenges fire when the young
//    generation fills, so the line that triggers one is drawn with probability
//    proportional to its share of the bytes: a sample proportional to bytes, one per
//    1–64 MB of allocation depending on the young generation's current size.
//  - V8's sampling heap profiler: one sample per ~512 KB allocated, known by function
//    (not line), with stable ids. Snapshots every window (100 ms, longer when a reading is costly) show which sampled objects
//    lived long enough to be seen and which were collected later: JS liveness per line.
//  - The shim's native samples: ALLOC/FREE (a thread's net allocation moved by ~1 MB),
//    COPY (~7 MB of memcpy/memmove) and FREE_OF_SAMPLED (an ALLOC sample's pointer was
//    freed, on any thread). ALLOC and COPY go to the line executing on the sampling thread
//    at that moment; threads that run no JS go to `native (background)`.
//
// Per line, `free_bytes` is ownership-based: the part of what *this line allocated* that
// was freed later (wherever the free happened — for Buffers that is V8's ArrayBuffer
// sweeper on a helper thread). So `net_bytes` is what the line still holds, which is what
// a leak hunt needs; the thread-level FREE samples feed the totals and the footprint.
import { type Attribution, type SampleTrack, isRegisteredFrame, urlToPath } from './attribute.js';
import { NODE_STRIDE, VmState, type RawSegment, type Registered, type ThreadData } from './raw.js';
import type { SourceLines } from './functions.js';

export interface MemLine {
  alloc_js_bytes: number;
  alloc_native_bytes: number;
  free_bytes: number;
  net_bytes: number;
  peak_bytes: number;
  copy_bytes: number;
  timeline?: Array<[number, number]>;
  leak?: { likelihood: number; velocity_bytes_per_s: number };
}

export interface MemoryAttribution {
  /** absolute path → line → figures (same keys as Attribution.lines). */
  lines: Map<string, Map<number, MemLine>>;
  totals: {
    alloc_js_bytes: number;
    alloc_native_bytes: number;
    free_bytes: number;
    net_bytes: number;
    peak_bytes: number;
    copy_bytes: number;
    peak_footprint_bytes: number;
    peak_footprint_at: { absPath: string; line: number } | null;
    footprint_timeline: Array<[number, number]>;
    growth_rate_bytes_per_s: number;
    native_background: { alloc_native_bytes: number; free_bytes: number; copy_bytes: number };
  };
  warnings: string[];
  /** False when nothing was collected (no sampler, no shim): memory is then "missing". */
  collected: boolean;
  /** JS heap bytes per placement: each GC places the bytes since the previous one as one
   * draw, so a line's JS allocation is a sum of such draws. The size-biased mean (Σ b² / Σ b)
   * is the unit in which the sum's variance counts like a Poisson count's, for the
   * compare's statistics (a few large young generations weigh more than many small ones). */
  jsBytesPerGc: number;
}

// --- Leak detection (docs/MEMORY.md "Leak detection") --------------------------------------
/** Scalene's threshold on the rule-of-succession likelihood that a line's samples are never freed. */
export const LEAK_LIKELIHOOD = 0.95;
/** A leak must still hold at least this much at the end of the run... */
export const LEAK_FLOOR_BYTES = 1024 * 1024;
/** ...and at least this fraction of the run's peak footprint (whichever is larger)... */
export const LEAK_FLOOR_PEAK_FRACTION = 0.01;
/** ...and still hold this fraction of its own peak at the end (growth kept, not a transient). */
export const LEAK_HELD_FRACTION = 0.5;

/** Timelines carry at most this many [seconds, bytes] points (the contract's limit). */
export const TIMELINE_POINTS = 100;

/** Rule of succession: the probability that the line's next sample is never freed either. */
export function leakLikelihood(sampled: number, freed: number): number {
  return 1 - (freed + 1) / (sampled + 2);
}

/**
 * A line's freed JS heap samples, for the rule of succession: its proven samples times the
 * smaller of the freed fractions of the objects and of the bytes they stand for (V8 scales a
 * sample of a 176-byte array to ~3000 objects, one of a 1 MB backing store to ~1). A leak
 * keeps most of what it allocates by either measure: a list that grows by push frees its
 * old backing stores (few objects, many bytes) while keeping every element; a line that
 * keeps big arrays makes small temporaries too (many objects, few bytes). Churn frees most
 * by both. The count of samples stays the evidence (~18 with none freed for 0.95).
 */
function jsFreedSamples(a: LineAcc): number {
  if (a.jsSampled <= 0) return 0;
  const byObjects = a.jsObjects > 0 ? a.jsObjectsFreed / a.jsObjects : 0;
  const byBytes = a.jsBytes > 0 ? a.jsBytesFreed / a.jsBytes : 0;
  return a.jsSampled * Math.min(byObjects, byBytes);
}

// Raw layout (native/src/heap_sampler.h).
const KIND_ALLOC = 1;
const KIND_FREE = 2;
const KIND_COPY = 3;
const KIND_FREE_OF_SAMPLED = 4;
const KIND_BACKGROUND = 16;
const MEM_STRIDE = 7;
const GC_STRIDE = 7;
const HS_NODE_STRIDE = 6;
const HS_SAMPLE_STRIDE = 4;
/** v8::kGCTypeMarkSweepCompact: a full GC (the same bit in V8 11–14). */
const GC_TYPE_MARK_SWEEP_COMPACT = 4;

// ---------------------------------------------------------------------------------------
// Joining a time with a thread's CPU samples.

interface TrackIndex {
  t: Float64Array;
  key: (string | null)[];
  dt: Float64Array;
  /** CPU seconds per sample (its wall dt where the track has no CPU figures). */
  cpu: Float64Array;
  /** Allocation sites, by GC start time: the line whose allocation triggered each GC, from
   * a CPU sample triggered in its prologue (see native/src/site_trigger.h). */
  siteT: Float64Array;
  siteKey: (string | null)[];
  /** Per sample, the line it names as an allocation site (SampleTrack.alloc_key). */
  allocKey: (string | null)[];
  /** Beyond this distance a sample says nothing about what the thread was doing. */
  maxGapUs: number;
  intervalUs: number;
}

function indexTrack(track: SampleTrack, intervalUs: number): TrackIndex {
  const n = track.t_us.length;
  const order = Array.from({ length: n }, (_, i) => i);
  // V8 may deliver a sample or two out of order; the join needs them sorted.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (track.t_us[i]! < track.t_us[i - 1]!) sorted = false;
  if (!sorted) order.sort((a, b) => track.t_us[a]! - track.t_us[b]!);
  return {
    t: Float64Array.from(order, (i) => track.t_us[i]!),
    key: order.map((i) => track.key[i] ?? null),
    dt: Float64Array.from(order, (i) => track.dt_s[i]!),
    cpu: Float64Array.from(order, (i) => track.cpu_s?.[i] ?? track.dt_s[i]!),
    allocKey: order.map((i) => (track.alloc_key ? (track.alloc_key[i] ?? null) : (track.key[i] ?? null))),
    ...sitesOf(track),
    // Suspended profiling or a starved sampler leaves gaps where the thread may have been
    // anywhere; a few sampling intervals (20 ms at least) is as far as a sample speaks.
    maxGapUs: Math.max(20_000, 3 * intervalUs),
    intervalUs,
  };
}

function sitesOf(track: SampleTrack): { siteT: Float64Array; siteKey: (string | null)[] } {
  const t = track.site_t_us ?? [];
  const order = Array.from({ length: t.length }, (_, i) => i).sort((a, b) => t[a]! - t[b]!);
  return { siteT: Float64Array.from(order, (i) => t[i]!), siteKey: order.map((i) => track.site_key?.[i] ?? null) };
}

function firstAtOrAfter(t: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
function callLineAt(ix: TrackIndex | undefined, x: number): string | null {
  if (!ix || ix.t.length === 0) return null;
  const i = firstAtOrAfter(ix.t, x);
  // The line a sample speaks for is the one it would name as an allocation site: the
  // calling line of a sample inside a call, a leaf frame's allocating line; null on a loop
  // that only computes, which cannot have called malloc or memcpy, and on a sample that V8
  // took inside its own work under such a loop (an interrupt, a stack check).
  const witness = (j: number): string | null => ix.allocKey[j] ?? null;
  // Out to the distance a sample speaks for at all (a sampler gap). An event with no sample
  // within that distance belongs to code that ran unsampled (start-up, exit): no line. One
  // next to samples that only compute came from the nearest code that can call, farther
  // away (a copy between long stretches of an inlined compute loop).
  const reach = Math.max(NEAR_CALL_MIN_US, NEAR_CALL_INTERVALS * ix.intervalUs);
  const near = lineAt(ix, x);
  const limit = near === null ? Math.max(reach, ix.maxGapUs) : LOOK_BACK_MAX_US;
  for (let far = reach; far <= limit; far *= 4) {
    let best: string | null = null;
    let bestD = Infinity;
    for (let j = i - 1; j >= 0 && x - ix.t[j]! <= far; j--) {
      const w = witness(j);
      if (w) {
        best = w;
        bestD = x - ix.t[j]!;
        break;
      }
    }
    for (let j = i; j < ix.t.length && ix.t[j]! - x <= far && ix.t[j]! - x < bestD; j++) {
      const w = witness(j);
      if (w) {
        best = w;
        break;
      }
    }
    if (best) return best;
  }
  return near;
}

// How far (either way) a GC's bytes look for the allocating code that ran nearest to it,
// when none ran between it and the previous GC.
const LOOK_BACK_MAX_US = 1_000_000;

// How far (in time) the call witnessing an untriggered native event may be: 10 sampling
// intervals, 10 ms at least.
const NEAR_CALL_INTERVALS = 10;
const NEAR_CALL_MIN_US = 10_000;

/** The site of the memory event keyed by time x (a GC's start, a shim sample's time): the
 * line named by the CPU sample triggered for it, if one was taken. */
function siteAt(ix: TrackIndex | undefined, x: number): string | null {
  if (!ix) return null;
  const i = firstAtOrAfter(ix.siteT, x);
  return i < ix.siteT.length && ix.siteT[i]! === x ? (ix.siteKey[i] ?? null) : null;
}

/** The line executing on the thread at time x: its nearest CPU sample's line. */
function lineAt(ix: TrackIndex | undefined, x: number): string | null {
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
function lineBefore(ix: TrackIndex | undefined, x: number): string | null {
  if (!ix) return null;
  for (let i = firstAtOrAfter(ix.t, x + 1) - 1; i >= 0; i--) if (ix.key[i]) return ix.key[i]!;
  return null;
}

const parsedKeys = new Map<string, { file: string; line: number }>();
function parseKey(key: string): { file: string; line: number } {
  let k = parsedKeys.get(key);
  if (!k) {
    const i = key.lastIndexOf(':');
    k = { file: key.slice(0, i), line: Number(key.slice(i + 1)) };
    if (parsedKeys.size > 100_000) parsedKeys.clear();
    parsedKeys.set(key, k);
  }
  return k;
}

// ---------------------------------------------------------------------------------------
// Per-line and per-thread state.

interface LineAcc {
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
  /** Bytes of those native samples, in all and freed (the leak test's sampling windows). */
  sampledBytes: number;
  freedBytes: number;
  /** JS heap samples with a known fate (weighted by the line's share of each), and how
   * many objects and bytes they stand for, in all and freed. */
  jsSampled: number;
  jsObjects: number;
  jsObjectsFreed: number;
  jsBytes: number;
  jsBytesFreed: number;
  /** Footprint changes, flattened [t µs, Δ bytes] pairs. */
  deltas: number[];
  firstUs: number;
}

function newLineAcc(): LineAcc {
  return { allocJs: 0, allocNative: 0, freedNative: 0, jsLive: 0, copy: 0, sampled: 0, freed: 0, sampledBytes: 0, freedBytes: 0, jsSampled: 0, jsObjects: 0, jsObjectsFreed: 0, jsBytes: 0, jsBytesFreed: 0, deltas: [], firstUs: Infinity };
}

/** JS bytes charged by the GC readings: at time t to a line key (null: no profiled line). */
interface JsCharge {
  t: number;
  key: string | null;
  bytes: number;
}

interface ThreadMem {
  thread: ThreadData;
  segs: RawSegment[];
  track: TrackIndex | undefined;
  /** Sorted by t once step 1 is done. */
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

export interface MemoryOptions {
  /** Functions registered with profile(fn): when any are, only memory inside them counts. */
  registered?: Registered[];
  /** A profiled file's allocating and retaining lines and function ranges (functions.ts
   * sourceLines); null where the source is unknown or does not parse. */
  sourceLines?(absPath: string): SourceLines | null;
  /** The shim's malloc sampling window in bytes: a sampled allocation of k windows is k
   * windows of evidence for the leak test (default: 1 MiB, the shim's default). */
  mallocWindowBytes?: number;
}

export function attributeMemory(threads: ThreadData[], attribution: Attribution, opts: MemoryOptions = {}): MemoryAttribution {
  // The time base is CLOCK_MONOTONIC from the windows themselves.
  const warnings: string[] = [];
  const lines = new Map<string, LineAcc>();
  const acc = (key: string): LineAcc => {
    let a = lines.get(key);
    if (!a) lines.set(key, (a = newLineAcc()));
    return a;
  };
  const trackOf = new Map<string, SampleTrack>();
  for (const tr of attribution.tracks) trackOf.set(`${tr.pid}-${tr.threadId}`, tr);

  const profiledFiles = new Set<string>();
  for (const fa of attribution.functions.values()) profiledFiles.add(fa.absPath);
  const fnLines: FnLines = new Map();
  const mems: ThreadMem[] = [];
  for (const thread of threads) {
    const segs = thread.segments.filter((s) => s.mem_v !== undefined);
    if (segs.length === 0) continue;
    const tr = trackOf.get(`${thread.pid}-${thread.threadId}`);
    const lastProfiledUs = scanRawSamples(thread, tr, profiledFiles, fnLines);
    mems.push({ thread, segs, track: tr ? indexTrack(tr, segs[0]!.interval_us) : undefined, charges: [], chargeT: new Float64Array(0), totalJs: 0, jsUsed0: null, jsUsedEnd: null, lastFullGcUs: lastFullGc(segs), lastProfiledUs, placedSq: 0 });
  }
  if (mems.length === 0) return emptyResult(warnings);

  // The time base: seconds since the first profiled process started.
  let t0 = Infinity;
  let tMax = -Infinity;
  for (const m of mems) {
    if (m.thread.meta?.start_us) t0 = Math.min(t0, m.thread.meta.start_us);
    for (const s of m.segs) {
      if (s.heap0) t0 = Math.min(t0, s.heap0[0]!);
      if (s.heap) tMax = Math.max(tMax, s.heap[0]!);
    }
  }
  if (!Number.isFinite(t0)) t0 = 0;
  if (!Number.isFinite(tMax)) tMax = t0;

  // 1. JS volume from the GC readings, charged to the line executing at each GC's start.
  for (const m of mems) chargeGcs(m);

  // 2. Heap-profiler liveness: which sampled objects were seen alive, and which collected.
  const resolver = new HeapLineResolver(attribution, profiledFiles, fnLines, opts.registered ?? [], opts.sourceLines);
  const seenByThread = new Map<ThreadMem, { byKey: Map<string, number> }>();
  for (const m of mems) {
    if (!m.segs.some((s) => (s.hs ?? 0) > 0)) {
      warnings.push(`memory: V8's sampling heap profiler was unavailable in pid ${m.thread.pid} (another heap profiler running?): no JS liveness there, so its JS leaks go undetected`);
    }
    seenByThread.set(m, trackLiveness(m));
  }

  // 3. Reconcile the two JS signals per isolate. The GC readings measure the isolate's
  // total exactly but charge it in chunks of one young generation (16 MB on Node 20, more
  // on later versions), so a line next to a phase boundary can be over- or under-charged
  // by that much. The heap profiler sees every sampled survivor at 512 KB granularity
  // (Poisson noise: σ ≈ √(bytes × interval), 9% for 60 MB). A line allocated at least what
  // it was seen to keep, so it gets the larger of the two, and the lines are scaled back
  // to the isolate's measured total (what one line gains was spilled from its neighbours).
  // The maximum of two noisy estimates leans up by ~0.4σ when they agree: a few percent.
  for (const m of mems) {
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
    const seen = seenByThread.get(m)!;
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

  // 4. Native samples, per process, in the order the shim's ring linearised them.
  const background = { alloc_native_bytes: 0, free_bytes: 0, copy_bytes: 0 };
  const native = { alloc: 0, free: 0, copy: 0 };
  const byPid = new Map<number, ThreadMem[]>();
  for (const m of mems) {
    const l = byPid.get(m.thread.pid) ?? [];
    l.push(m);
    byPid.set(m.thread.pid, l);
  }
  const withoutShim: number[] = [];
  let dropped = 0;
  for (const procMems of byPid.values()) {
    if (!procMems.some((m) => m.segs.some((s) => s.shim === 1))) withoutShim.push(procMems[0]!.thread.pid);
    // The shim's totals are cumulative: the last window that carries them has the count.
    for (const m of procMems) dropped += lastWith(m.segs, 'shim_totals')?.shim_totals?.[3] ?? 0;
    attributeNative(procMems);
  }
  if (withoutShim.length > 0 && withoutShim.length < byPid.size) {
    warnings.push(`memory: ${withoutShim.length} process(es) ran without the native allocation shim (pid ${withoutShim.slice(0, 5).join(', ')}): their native memory is not counted`);
  }
  if (dropped > 0) warnings.push(`memory: ${dropped} native sample(s) were dropped (the shim's ring was full): native figures are low by about that many sampling windows`);

  // 5. The footprint: JS heap used of every isolate plus each process's native net.
  const fp = footprint(byPid, t0, tMax);
  let peakAt: { absPath: string; line: number } | null = null;
  if (fp.peakThread) {
    // The peak is often reached right before a GC that starts outside profiled code (at
    // exit, in an idle task): then the line that ran last built it.
    const key = lineAt(fp.peakThread.track, fp.peakT) ?? lineBefore(fp.peakThread.track, fp.peakT);
    if (key) {
      const k = parseKey(key);
      peakAt = { absPath: k.file, line: k.line };
    }
  }

  // 6. Per-line figures and leaks.
  const mallocWindow = opts.mallocWindowBytes ?? 1_048_571;
  const leakFloor = Math.max(LEAK_FLOOR_BYTES, LEAK_FLOOR_PEAK_FRACTION * fp.peakBytes);
  const out = new Map<string, Map<number, MemLine>>();
  for (const [key, a] of lines) {
    if (a.allocJs + a.allocNative + a.copy === 0 && a.sampled === 0 && a.jsSampled === 0) continue;
    const liveJs = Math.max(0, a.jsLive);
    // A line allocated at least what it still holds (scaling can leave it a little short).
    const allocJs = Math.max(a.allocJs, liveJs);
    const free = a.freedNative + allocJs - liveJs;
    const { series, peak, end } = lineSeries(a.deltas, tMax);
    const row: MemLine = {
      alloc_js_bytes: Math.round(allocJs),
      alloc_native_bytes: Math.round(a.allocNative),
      free_bytes: Math.round(free),
      net_bytes: Math.round(allocJs + a.allocNative - free),
      peak_bytes: Math.round(peak),
      copy_bytes: Math.round(a.copy),
    };
    if (series.length > 0) row.timeline = downsample(series, t0);
    // The JS heap and native memory are separate evidence: a line that keeps JS objects can
    // churn native memory at the same time (V8's remembered sets grow under its stores and
    // are freed after the next scavenge), and a leak of either kind is a leak.
    const jsFreed = jsFreedSamples(a);
    // Native evidence in sampling windows: the shim samples by bytes, so one sampled 10 MiB
    // buffer is ten windows that were never freed, not one (ten such buffers kept to the end
    // are a leak; by pointer count, 10 of 10 kept is only 0.92 by the rule of succession).
    const windows = a.sampledBytes / mallocWindow;
    const windowsFreed = a.freedBytes / mallocWindow;
    const nativeSampled = Math.max(a.sampled, windows);
    const nativeFreed = windows > a.sampled ? windowsFreed : a.freed;
    const likelihood = Math.max(leakLikelihood(a.jsSampled, jsFreed), leakLikelihood(nativeSampled, nativeFreed), leakLikelihood(nativeSampled + a.jsSampled, nativeFreed + jsFreed));
    const retained = Math.max(0, end);
    if (likelihood >= LEAK_LIKELIHOOD && retained >= leakFloor && retained >= LEAK_HELD_FRACTION * peak) {
      const since = Number.isFinite(a.firstUs) ? a.firstUs : t0;
      const spanS = Math.max(1e-3, (tMax - since) / 1e6);
      row.leak = { likelihood: Math.round(likelihood * 1e4) / 1e4, velocity_bytes_per_s: Math.round(retained / spanS) };
    }
    const k = parseKey(key);
    let f = out.get(k.file);
    if (!f) out.set(k.file, (f = new Map()));
    f.set(k.line, row);
  }

  let jsAlloc = 0;
  let jsNet = 0;
  for (const m of mems) {
    jsAlloc += m.totalJs;
    if (m.jsUsed0 !== null && m.jsUsedEnd !== null) jsNet += m.jsUsedEnd - m.jsUsed0;
  }
  const jsFree = Math.max(0, jsAlloc - jsNet);
  let placedSq = 0;
  for (const m of mems) placedSq += m.placedSq;
  return {
    jsBytesPerGc: jsAlloc > 0 ? placedSq / jsAlloc : 0,
    lines: out,
    totals: {
      alloc_js_bytes: Math.round(jsAlloc),
      alloc_native_bytes: Math.round(native.alloc),
      free_bytes: Math.round(native.free + jsFree),
      net_bytes: Math.round(jsAlloc + native.alloc - native.free - jsFree),
      peak_bytes: Math.round(fp.peakBytes),
      copy_bytes: Math.round(native.copy),
      peak_footprint_bytes: Math.round(fp.peakBytes),
      peak_footprint_at: peakAt,
      footprint_timeline: fp.timeline,
      growth_rate_bytes_per_s: Math.round(fp.slope),
      native_background: {
        alloc_native_bytes: Math.round(background.alloc_native_bytes),
        free_bytes: Math.round(background.free_bytes),
        copy_bytes: Math.round(background.copy_bytes),
      },
    },
    warnings,
    collected: true,
  };

  function chargeGcs(m: ThreadMem): void {
    let prevAfter: number | null = null;
    let lastGcEnd = -Infinity;
    let lastReading: number[] | null = null;
    for (const s of m.segs) {
      if (s.heap0 && prevAfter === null) {
        prevAfter = s.heap0[1]!;
        m.jsUsed0 = s.heap0[1]!;
        lastGcEnd = s.heap0[0]!;
      }
      const gc = s.gc ?? [];
      for (let i = 0; i + GC_STRIDE <= gc.length; i += GC_STRIDE) {
        const start = gc[i]!;
        const before = gc[i + 3]!;
        if (prevAfter !== null) {
          // Concurrent sweeping can lower "used" between GCs: never a negative allocation.
          const bytes = Math.max(0, before - prevAfter);
          m.placedSq += bytes * bytes;
          // The allocating line: the CPU sample triggered in this GC's prologue.
          // Else (no sample, or one in code that cannot allocate: V8 also finishes
          // incremental marking from an interrupt) the line running when it started.
          // The allocating line: the CPU sample triggered in this GC's prologue. Without
          // one, the GC was not started by an allocation in profiled code (a GC in
          // unprofiled code or at exit; V8 also finishes incremental marking from an
          // interrupt, e.g. in a pure arithmetic loop): its bytes were allocated by whatever
          // allocating code ran since the previous GC, so they are spread over that.
          // (A track with no triggered samples at all: the line running at the GC's start.)
          const key = siteAt(m.track, start) ?? (m.track && m.track.siteT.length > 0 ? null : lineAt(m.track, start));
          if (bytes > 0 && key) {
            // Code outside the profile (unprofiled files, functions not registered with
            // profile(fn)) that ran since the previous GC allocated its share of these
            // bytes: by CPU time, that share stays unattributed. Without it a GC that fires
            // early in a profiled phase takes the bytes of the unprofiled phase before it,
            // which is 50 MB and more once V8 pretenures a site into old space.
            spread(m, bytes, lastGcEnd, start, key);
          } else if (bytes > 0) spread(m, bytes, lastGcEnd, start, null);
          m.totalJs += bytes;
        } else {
          m.jsUsed0 = before;
        }
        prevAfter = gc[i + 4]!;
        lastGcEnd = gc[i + 1]! || start;
      }
      if (s.heap) lastReading = s.heap;
    }
    // After the last GC there is no GC to charge: the tail (at most one young generation)
    // is spread over the CPU samples since, by time.
    if (lastReading && prevAfter !== null) {
      m.jsUsedEnd = lastReading[1]!;
      const tail = Math.max(0, lastReading[1]! - prevAfter);
      m.totalJs += tail;
      m.placedSq += tail * tail;
      if (tail > 0) spread(m, tail, lastGcEnd, lastReading[0]!, null);
    }
    m.charges.sort((a, b) => a.t - b.t);
    m.chargeT = Float64Array.from(m.charges, (c) => c.t);
  }

  /** Charges bytes allocated over (from, to] by the CPU time spent then: unprofiled code's
   * share stays unattributed; the profiled share goes to the site, when the GC has one, else
   * to the lines that ran and can allocate (their samples' allocation keys). Lines that
   * cannot allocate (a pure arithmetic loop) get none, unless no line that ran could. */
  function spread(m: ThreadMem, bytes: number, from: number, to: number, site: string | null): void {
    const ix = m.track;
    const allocating = new Map<string, { w: number; t: number }>();
    const running = new Map<string, { w: number; t: number }>();
    let keyed = 0;
    let unkeyed = 0;
    const add = (per: Map<string, { w: number; t: number }>, k: string, w: number, t: number) => {
      const e = per.get(k);
      if (e) e.w += w;
      else per.set(k, { w, t });
    };
    if (ix) {
      for (let i = firstAtOrAfter(ix.t, from + 1); i < ix.t.length && ix.t[i]! <= to; i++) {
        const k = ix.key[i];
        const w = ix.cpu[i]!;
        if (!k) {
          unkeyed += w;
          continue;
        }
        keyed += w;
        if (site) continue;
        add(running, k, w, ix.t[i]!);
        const a = ix.allocKey[i];
        if (a) add(allocating, a, w, ix.t[i]!);
      }
    }
    if (site) {
      // No sample in the interval: nothing says the bytes were anyone else's.
      const share = keyed + unkeyed > 0 ? keyed / (keyed + unkeyed) : 1;
      m.charges.push({ t: to, key: site, bytes: bytes * share });
      if (share < 1) m.charges.push({ t: to, key: null, bytes: bytes * (1 - share) });
      return;
    }
    if (ix && allocating.size === 0 && running.size > 0) {
      // Nothing that ran in the interval can allocate (the sampler saw only a compute loop
      // between two GCs of a small young generation): the bytes came from the allocating
      // code that ran nearest to it, found over growing spans on both sides.
      for (let span = Math.max(to - from, ix.intervalUs); allocating.size === 0 && span <= LOOK_BACK_MAX_US; span *= 2) {
        for (let i = firstAtOrAfter(ix.t, from - span); i < ix.t.length && ix.t[i]! <= to + span; i++) {
          const a = ix.allocKey[i];
          if (a) add(allocating, a, ix.cpu[i]! || ix.dt[i]!, ix.t[i]!);
        }
      }
    }
    const per = allocating.size > 0 ? allocating : running;
    let weight = 0;
    for (const e of per.values()) weight += e.w;
    if (weight === 0) {
      m.charges.push({ t: to, key: null, bytes });
      return;
    }
    const total = weight + unkeyed;
    for (const [k, e] of per) m.charges.push({ t: e.t, key: k, bytes: (bytes * e.w) / total });
    if (unkeyed > 0) m.charges.push({ t: to, key: null, bytes: (bytes * unkeyed) / total });
  }

  /**
   * The heap profiler's samples of one isolate, snapshot by snapshot, each with its fate:
   *  - freed: proven reachable (below), then collected while the profiled code still ran;
   *  - held: still alive at the end, or collected only after the profiled code had
   *    finished (a CommonJS script's top-level bindings die when it returns; its work done,
   *    that is not the program giving memory back), and proven reachable during the run:
   *    present at a snapshot after a GC that came after it was first seen, shown first by a
   *    reading taken right after a full GC, or still there after the settling GC;
   *  - unknown: never proven reachable (young garbage that a window's reading saw before its
   *    first GC, and fresh survivors, look alike): in no count, its bytes kept where the
   *    readings saw them.
   * A sample's lines depend on its fate (HeapLineResolver.placeByFate), so effects are
   * applied once all fates are known.
   */
  function trackLiveness(m: ThreadMem): { byKey: Map<string, number> } {
    const nodes = new Map<number, HsNode>();
    interface HsRecord {
      weights: Array<[string, number]>;
      frame: HsNode;
      bytes: number;
      /** Objects the sample stands for (V8's scaled count). */
      objects: number;
      bornT: number;
      /** Proven reachable at a GC (see above). */
      counted: boolean;
      diedT: number | null;
      fate: 'freed' | 'held' | 'unknown';
    }
    const live = new Map<number, HsRecord>();
    const done: HsRecord[] = [];
    // Without raw samples (a reading of attributed tracks only) the track's last keyed sample.
    let runEnd = m.lastProfiledUs;
    if (runEnd === -Infinity && m.track) for (let i = m.track.t.length - 1; i >= 0 && runEnd === -Infinity; i--) if (m.track.key[i]) runEnd = m.track.t[i]!;
    const gcs: Array<{ t: number; full: boolean }> = [];
    for (const s of m.segs) {
      const gc = s.gc ?? [];
      for (let i = 0; i + GC_STRIDE <= gc.length; i += GC_STRIDE) gcs.push({ t: gc[i]!, full: (gc[i + 2]! & GC_TYPE_MARK_SWEEP_COMPACT) !== 0 });
    }
    const gcIn = (from: number, to: number, fullOnly: boolean) => gcs.some((g) => g.t > from && g.t <= to && (!fullOnly || g.full));
    /** Collected after the profiled code finished: kept for the whole run, if proven. */
    const tornDown = (rec: HsRecord, t: number) => {
      rec.fate = rec.counted ? 'held' : 'unknown';
      rec.diedT = rec.counted ? null : t;
    };
    let prevSnap = m.thread.meta?.start_us ?? t0;
    for (const s of readingsOf(m.segs)) {
      const t = s.t;
      const hn = s.nodes;
      for (let i = 0; i + HS_NODE_STRIDE <= hn.length; i += HS_NODE_STRIDE) {
        nodes.set(Number(hn[i]), { parent: Number(hn[i + 1]), line: Number(hn[i + 2]), column: Number(hn[i + 3]), name: String(hn[i + 4]), url: String(hn[i + 5]) });
      }
      // The reading that shows what survived: in the final window the one before the
      // settling GC (exit lists what that GC alone collected).
      const shownAt = s.preT ?? t;
      for (const id of s.gone) {
        const rec = live.get(id);
        if (!rec) continue;
        live.delete(id);
        done.push(rec);
        rec.diedT = shownAt;
        // Freed: proven reachable once, then collected while the code ran. Garbage that was
        // never proven reachable (young objects a window's reading happened to see before
        // their first GC) says nothing about its line either way.
        if (shownAt <= runEnd) rec.fate = rec.counted ? 'freed' : 'unknown';
        else if (prevSnap >= runEnd) tornDown(rec, shownAt);
        // Collected around the end: by a GC while the code ran only if one that could take
        // it came before the end (a full one for a proven sample, which is in old space).
        else if (!rec.counted) continue;
        else if (gcIn(prevSnap, runEnd, true)) rec.fate = 'freed';
        else tornDown(rec, shownAt);
      }
      // Present now, and already at the previous reading: reachable at the GCs in between.
      if (gcIn(prevSnap, shownAt, false)) for (const rec of live.values()) rec.counted = true;
      for (const id of s.exit) {
        const rec = live.get(id);
        if (!rec) continue;
        live.delete(id);
        done.push(rec);
        tornDown(rec, t);
      }
      const hsNew = s.added;
      for (let i = 0; i + HS_SAMPLE_STRIDE <= hsNew.length; i += HS_SAMPLE_STRIDE) {
        // size × count: V8 scales each sample's count by 1 / (1 − e^(−size/interval)), so
        // this is an unbiased estimate of the bytes the sample stands for.
        const bytes = hsNew[i + 2]! * hsNew[i + 3]!;
        const frame = resolver.frameOf(nodes, hsNew[i + 1]!);
        if (!frame) continue; // no profiled frame on its stack
        const weights = resolver.weights(m, frame, prevSnap, t);
        if (weights.length === 0) continue;
        // First shown right after a GC: it was reachable at that GC.
        live.set(hsNew[i]!, { weights, frame, bytes, objects: hsNew[i + 3]!, bornT: t, counted: s.postGc, diedT: null, fate: 'unknown' });
      }
      if (s.settled) {
        // Taken right after a full GC: whatever is still here survived one.
        for (const rec of live.values()) rec.counted = true;
      }
      prevSnap = t;
    }
    for (const rec of live.values()) {
      if (rec.counted) rec.fate = 'held';
      done.push(rec);
    }
    const byKey = new Map<string, number>();
    const deltas = new Map<string, Map<number, number>>();
    const addDelta = (key: string, t: number, d: number) => {
      let per = deltas.get(key);
      if (!per) deltas.set(key, (per = new Map()));
      per.set(t, (per.get(t) ?? 0) + d);
    };
    for (const rec of done) {
      const weights = rec.fate === 'unknown' ? rec.weights : resolver.placeByFate(m, rec.frame, rec.weights, rec.fate);
      for (const [key, w] of weights) {
        const a = acc(key);
        if (rec.fate !== 'unknown') {
          a.jsSampled += w;
          a.jsObjects += rec.objects * w;
          a.jsBytes += rec.bytes * w;
          if (rec.fate === 'freed') {
            a.jsObjectsFreed += rec.objects * w;
            a.jsBytesFreed += rec.bytes * w;
          }
        }
        if (rec.diedT === null) a.jsLive += rec.bytes * w;
        if (rec.bornT < a.firstUs) a.firstUs = rec.bornT;
        byKey.set(key, (byKey.get(key) ?? 0) + rec.bytes * w);
        addDelta(key, rec.bornT, rec.bytes * w);
        if (rec.diedT !== null) addDelta(key, rec.diedT, -rec.bytes * w);
      }
    }
    for (const [key, per] of deltas) {
      const a = acc(key);
      for (const [t, d] of per) if (d !== 0) a.deltas.push(t, d);
    }
    return { byKey };
  }

  function attributeNative(procMems: ThreadMem[]): void {
    // The end of the profiled code in this process: frees after it are the teardown's.
    const runEnd = procMems.reduce((e, m) => Math.max(e, m.lastProfiledUs), -Infinity);
    const rows: Array<{ seq: number; i: number; mem: number[]; m: ThreadMem }> = [];
    for (const m of procMems) {
      for (const s of m.segs) {
        const mem = s.mem ?? [];
        for (let i = 0; i + MEM_STRIDE <= mem.length; i += MEM_STRIDE) rows.push({ seq: mem[i]!, i, mem, m });
      }
    }
    rows.sort((a, b) => a.seq - b.seq);
    // This process's sampled pointers → the line (or null: background, unattributed) and
    // the bytes their sample stood for.
    const owners = new Map<number, { key: string | null; bytes: number; counted: boolean }>();
    const forget = (addr: number) => {
      // A pointer whose fate we will not learn (evicted from the shim's table, or sampled
      // again with no free seen in between): out of the counts; its bytes stay held.
      const o = owners.get(addr);
      if (!o) return;
      owners.delete(addr);
      if (o.key && o.counted) {
        acc(o.key).sampled -= 1;
        acc(o.key).sampledBytes -= o.bytes;
      }
    };
    for (const { i, mem, m } of rows) {
      const rawKind = mem[i + 1]!;
      const t = mem[i + 2]!;
      const bytes = mem[i + 4]!;
      const addr = mem[i + 5]!;
      const aux = mem[i + 6]!;
      const kind = rawKind & ~KIND_BACKGROUND;
      // Threads that run no JS, V8's own work inside a GC on a JS thread (it compacts with
      // memcpy), and the profiler's (heap readings, window rolls) or a suspension: not the code's.
      const bg = (rawKind & KIND_BACKGROUND) !== 0 || (kind !== KIND_FREE_OF_SAMPLED && (duringGc(m, t) || inPausedSpan(m, t)));
      if (kind === KIND_ALLOC) {
        native.alloc += bytes;
        if (aux) forget(aux);
        forget(addr);
        if (bg) {
          background.alloc_native_bytes += bytes;
          owners.set(addr, { key: null, bytes, counted: false });
          continue;
        }
        const key = siteAt(m.track, t) ?? callLineAt(m.track, t);
        // Allocated before the last full GC: if it is never freed, it survived one.
        const counted = t < m.lastFullGcUs;
        owners.set(addr, { key, bytes, counted });
        if (!key) continue;
        const a = acc(key);
        a.allocNative += bytes;
        if (counted) {
          a.sampled += 1;
          a.sampledBytes += bytes;
        }
        a.deltas.push(t, bytes);
        if (t < a.firstUs) a.firstUs = t;
      } else if (kind === KIND_FREE) {
        native.free += bytes;
        if (bg) background.free_bytes += bytes;
      } else if (kind === KIND_COPY) {
        native.copy += bytes;
        if (bg) {
          background.copy_bytes += bytes;
          continue;
        }
        const key = siteAt(m.track, t) ?? callLineAt(m.track, t);
        if (key) acc(key).copy += bytes;
      } else if (kind === KIND_FREE_OF_SAMPLED) {
        const o = owners.get(addr);
        if (!o) continue;
        owners.delete(addr);
        if (!o.key) continue;
        const a = acc(o.key);
        // Freed by the process's teardown, after the profiled code finished (Node frees every
        // ArrayBuffer's backing store as the isolate goes): held for the whole run if it had
        // survived a full GC (counted), else its fate stays unknown (garbage awaiting a GC is
        // freed there too, so it is not counted either way). Never a free of the code's.
        if (Number.isFinite(runEnd) && t > runEnd) continue;
        if (!o.counted) {
          a.sampled += 1; // its fate is known now
          a.sampledBytes += o.bytes;
        }
        a.freed += 1;
        a.freedBytes += o.bytes;
        a.freedNative += o.bytes;
        a.deltas.push(t, -o.bytes);
      }
    }
  }
}

/**
 * One pass over a thread's raw CPU samples, joined with its attributed track by timestamp:
 * for each profiled function (innermost profiled frame), the lines its samples were charged
 * to, for placing heap-profiler samples (sets of observed lines rather than first–last
 * ranges: V8 sometimes reports an inlined callee's line from another script on a frame,
 * and one such line would stretch a range over unrelated code). Returns the time of the
 * thread's last sample with a profiled frame (GC samples aside): the end of the run there.
 */
function scanRawSamples(thread: ThreadData, track: SampleTrack | undefined, profiledFiles: Set<string>, fnLines: FnLines): number {
  let lastProfiledUs = -Infinity;
  const keyAt = new Map<number, string>();
  if (track) for (let i = 0; i < track.t_us.length; i++) if (track.key[i]) keyAt.set(track.t_us[i]!, track.key[i]!);
  const urlProfiled = new Map<string, boolean>();
  const isProfiled = (url: string) => {
    let p = urlProfiled.get(url);
    if (p === undefined) {
      const abs = url ? urlToPath(url) : null;
      p = abs !== null && profiledFiles.has(abs);
      urlProfiled.set(url, p);
    }
    return p;
  };
  for (const seg of thread.segments) {
    const n = seg.nodes.length / NODE_STRIDE;
    const prof = new Int32Array(n); // innermost profiled frame on the path, -1 if none
    for (let i = 0; i < n; i++) {
      const row = i * NODE_STRIDE;
      const parent = seg.nodes[row]!;
      // Nodes come in DFS order: a parent is resolved before its children.
      prof[i] = isProfiled(seg.strings[seg.nodes[row + 5]!] ?? '') ? i : parent >= 0 ? prof[parent]! : -1;
    }
    const S = seg.samples;
    for (let i = 0; i + 3 <= S.length; i += 3) {
      const node = S[i]!;
      const ts = S[i + 1]!;
      const p = node >= 0 && node < n ? prof[node]! : -1;
      // GC samples have no stack of their own (their key is the previous sample's).
      if (p < 0 || S[i + 2] === VmState.GC) continue;
      if (ts > lastProfiledUs) lastProfiledUs = ts;
      const key = keyAt.get(ts);
      if (!key) continue;
      const row = p * NODE_STRIDE;
      const fn = `${seg.strings[seg.nodes[row + 5]!]}|${nameGroup(seg.strings[seg.nodes[row + 4]!] ?? '')}`;
      const column = seg.nodes[row + 3]!;
      let byColumn = fnLines.get(fn);
      if (!byColumn) fnLines.set(fn, (byColumn = new Map()));
      let lines = byColumn.get(column);
      if (!lines) byColumn.set(column, (lines = new Map()));
      lines.set(key, (lines.get(key) ?? 0) + 1);
    }
  }
  return lastProfiledUs;
}

/** End of the isolate's last full GC of the run: the settling GC at exit (after the final
 * window's first reading, hs_pre_t) is the profiler's, and proves nothing about the run. */
function lastFullGc(segs: RawSegment[]): number {
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

interface HeapReading {
  t: number;
  nodes: Array<number | string>;
  added: number[];
  gone: number[];
  /** Collected only by the settling GC at exit (final window). */
  exit: number[];
  /** Taken at the first interrupt after a GC: what it shows first was reachable then. */
  postGc: boolean;
  /** Final window: the time of the reading before the settling GC. */
  preT?: number;
  settled: boolean;
}

/** A thread's heap-profiler readings in time order: those taken after GCs between windows,
 * then each window's own. */
function* readingsOf(segs: RawSegment[]): Generator<HeapReading> {
  for (const s of segs) {
    for (const r of s.hs_mid ?? []) yield { t: r.t, nodes: r.nodes, added: r.new, gone: r.gone, exit: [], postGc: true, settled: false };
    if (s.hs_t === undefined) continue;
    yield { t: s.hs_t, nodes: s.hs_nodes ?? [], added: s.hs_new ?? [], gone: s.hs_gone ?? [], exit: s.hs_exit ?? [], postGc: false, preT: s.hs_pre_t, settled: s.hs_settled === 1 };
  }
}

const pausedSpansOf = new WeakMap<ThreadMem, Float64Array>();
/** Whether time t falls inside the profiler's own work on the thread (`own`) or a
 * suspension (`paused`). */
function inPausedSpan(m: ThreadMem, t: number): boolean {
  let spans = pausedSpansOf.get(m);
  if (!spans) pausedSpansOf.set(m, (spans = sortedSpans(m.segs.flatMap((s) => [...pairsOf(s.paused ?? []), ...pairsOf(s.own ?? [])]))));
  return inSpans(spans, t);
}

function pairsOf(flat: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

function sortedSpans(pairs: Array<[number, number]>): Float64Array {
  pairs.sort((a, b) => a[0] - b[0]);
  return Float64Array.from(pairs.flat());
}

/** t inside one of the sorted [start, end] spans (flattened), spans not overlapping much. */
function inSpans(spans: Float64Array, t: number): boolean {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && t <= spans[2 * (lo - 1) + 1]!;
}

const gcSpansOf = new WeakMap<ThreadMem, Float64Array>();
/** Whether time t falls inside one of the thread's GCs (prologue to epilogue). */
function duringGc(m: ThreadMem, t: number): boolean {
  let spans = gcSpansOf.get(m);
  if (!spans) {
    const pairs: Array<[number, number]> = [];
    for (const s of m.segs) {
      const gc = s.gc ?? [];
      for (let i = 0; i + GC_STRIDE <= gc.length; i += GC_STRIDE) if (gc[i + 1]! > 0) pairs.push([gc[i]!, gc[i + 1]!]);
    }
    gcSpansOf.set(m, (spans = sortedSpans(pairs)));
  }
  return inSpans(spans, t);
}

function lastWith(segs: RawSegment[], member: keyof RawSegment): RawSegment | undefined {
  for (let i = segs.length - 1; i >= 0; i--) if (segs[i]![member] !== undefined) return segs[i];
  return undefined;
}

function emptyResult(warnings: string[]): MemoryAttribution {
  return {
    lines: new Map(),
    totals: {
      alloc_js_bytes: 0,
      alloc_native_bytes: 0,
      free_bytes: 0,
      net_bytes: 0,
      peak_bytes: 0,
      copy_bytes: 0,
      peak_footprint_bytes: 0,
      peak_footprint_at: null,
      footprint_timeline: [],
      growth_rate_bytes_per_s: 0,
      native_background: { alloc_native_bytes: 0, free_bytes: 0, copy_bytes: 0 },
    },
    warnings,
    collected: false,
    jsBytesPerGc: 0,
  };
}

// ---------------------------------------------------------------------------------------
// Heap-profiler samples → lines.

interface HsNode {
  parent: number;
  line: number;
  column: number;
  name: string;
  url: string;
}

/** "url|name group" → the function's column → line key → CPU samples there. */
type FnLines = Map<string, Map<number, Map<string, number>>>;

/** Anonymous functions are '(module)' or '(anonymous)' by column, which V8 versions report differently. */
function nameGroup(name: string): string {
  return name === '' || name === '(module)' || name === '(anonymous)' ? '' : name;
}

/**
 * V8's sampling heap profiler knows the allocating function (and its callers), not the
 * line. A sample goes to the innermost frame in a profiled file, and within that function
 * to the lines that allocated JS memory in the same snapshot interval (by the GC readings'
 * charges, else by CPU samples, else over the whole run), so a loop that retains and a
 * loop that churns in one function are told apart by when they ran.
 *
 * Functions are matched with the CPU samples' frames by script and name, then column.
 * Since V8 14 a caller-line CPU profile's nodes carry the call site's position rather than
 * the function's, so when no column matches, all same-named functions of the script are
 * candidates and the interval's allocations decide between them.
 */
class HeapLineResolver {
  private readonly plainFiles: Set<string>;
  private readonly cache = new Map<string, Array<[string, number]>>();
  private readonly frames = new WeakMap<Map<number, HsNode>, Map<number, HsNode | null>>();
  private readonly sinks = new Map<string, Map<string, number> | null>();
  private readonly sources = new Map<string, SourceLines | null>();
  private readonly charged = new WeakMap<ThreadMem, Map<string, number>>();
  private readonly regions = new Map<string, { abs: string; src: SourceLines; has: (line: number) => boolean } | null>();

  constructor(
    attribution: Attribution,
    private readonly profiledFiles: Set<string>,
    private readonly fnLines: FnLines,
    private readonly registered: Registered[],
    private readonly sourceLines?: MemoryOptions['sourceLines'],
  ) {
    this.plainFiles = new Set(attribution.lines.keys());
  }

  /** The sample's innermost frame in a profiled file (below a registered one, if any). */
  frameOf(nodes: Map<number, HsNode>, nodeId: number): HsNode | null {
    return this.profiledFrame(nodes, nodeId);
  }

  /** The sample's lines by when it was seen: the lines its function allocated on then. */
  weights(m: ThreadMem, frame: HsNode, from: number, to: number): Array<[string, number]> {
    const fnKey = `${frame.url}|${nameGroup(frame.name)}|${frame.column}|${frame.line}`;
    const cacheKey = `${m.thread.pid}-${m.thread.threadId}|${fnKey}|${from}|${to}`;
    let w = this.cache.get(cacheKey);
    if (!w) {
      w = this.resolve(m, frame, fnKey, from, to);
      this.cache.set(cacheKey, w);
    }
    return w;
  }

  /**
   * A sample's lines once its fate is known. The heap profiler names the function, not the
   * line, and within one window the GC readings can place an optimized function's
   * allocations (what it inlines included) on any of its allocating lines, so a survivor
   * may have been weighed onto a line that only makes temporaries. Memory outlives a call
   * only through a store, so a survivor of a function that has retaining lines (functions.ts
   * retainingLines) goes to those, by the weights it already had there, else by what the
   * GC readings charged them over the run, else by CPU samples. Collected samples keep their
   * weights: a line that stores into a container that dies with its caller (a local array
   * filled and returned) keeps its own frees.
   */
  placeByFate(m: ThreadMem, frame: HsNode, weights: Array<[string, number]>, fate: 'held' | 'freed'): Array<[string, number]> {
    if (fate !== 'held') return weights;
    const sinks = this.sinkLines(m, frame);
    if (!sinks || sinks.size === 0) return weights;
    const kept = new Map<string, number>();
    for (const [k, w] of weights) if (sinks.has(k)) kept.set(k, w);
    const placed = normalise(kept);
    return placed.length > 0 ? placed : normalise(sinks);
  }

  /** A function's retaining lines (nested functions excluded: their stores are theirs)
   * with the evidence that they ran: GC-charged bytes over the run, else CPU samples. */
  private sinkLines(m: ThreadMem, frame: HsNode): Map<string, number> | null {
    const key = `${m.thread.pid}-${m.thread.threadId}|${frame.url}|${nameGroup(frame.name)}|${frame.line}|${frame.column}`;
    let sinks = this.sinks.get(key);
    if (sinks !== undefined) return sinks;
    sinks = null;
    const region = this.regionOf(frame);
    if (region) {
      const candidates = [...region.src.retaining].filter(region.has).map((l) => `${region.abs}:${l}`);
      const cpu = mergeLines(this.fnLines.get(`${frame.url}|${nameGroup(frame.name)}`));
      for (const evidence of [this.evidence(m), cpu]) {
        sinks = new Map(candidates.flatMap((k) => ((evidence.get(k) ?? 0) > 0 ? [[k, evidence.get(k)!] as [string, number]] : [])));
        if (sinks.size > 0) break;
      }
    }
    this.sinks.set(key, sinks);
    return sinks;
  }

  /**
   * The lines of the function a heap-profiler frame names, from its source: from its start
   * line to its end, nested functions excluded; the whole file outside functions for
   * top-level code. null where the source is unknown or its lines are mapped (TypeScript).
   */
  private regionOf(frame: HsNode): { abs: string; src: SourceLines; has: (line: number) => boolean } | null {
    const key = `${frame.url}|${frame.line}|${frame.name}`;
    let r = this.regions.get(key);
    if (r !== undefined) return r;
    r = null;
    const abs = frame.url ? urlToPath(frame.url) : null;
    let src = abs ? this.sources.get(abs) : null;
    if (abs && src === undefined) this.sources.set(abs, (src = this.sourceLines?.(abs) ?? null));
    if (abs && src && this.plainFiles.has(abs)) {
      const starts = src.ranges.filter((f) => f.start === frame.line);
      const fn = starts.find((f) => f.name !== '' && (f.name === frame.name || frame.name.endsWith('.' + f.name))) ?? [...starts].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      const span = fn ?? { start: 1, end: Infinity }; // no function starts there: top level
      const nested = src.ranges.filter((f) => f !== fn && f.start >= span.start && f.end <= span.end && !(f.start === span.start && f.end === span.end));
      r = { abs, src, has: (l: number) => l >= span.start && l <= span.end && !nested.some((f) => l >= f.start && l <= f.end) };
    }
    this.regions.set(key, r);
    return r;
  }

  /** JS bytes the GC readings charged to each line of the thread over the run. */
  private evidence(m: ThreadMem): Map<string, number> {
    let e = this.charged.get(m);
    if (!e) {
      e = new Map();
      for (const c of m.charges) if (c.key) e.set(c.key, (e.get(c.key) ?? 0) + c.bytes);
      this.charged.set(m, e);
    }
    return e;
  }

  private profiledFrame(nodes: Map<number, HsNode>, nodeId: number): HsNode | null {
    let memo = this.frames.get(nodes);
    if (!memo) this.frames.set(nodes, (memo = new Map()));
    const hit = memo.get(nodeId);
    if (hit !== undefined) return hit;
    let found: HsNode | null = null;
    // With profile(fn) registrations, the sample counts only below a registered frame, as
    // CPU samples do: otherwise an unregistered function's allocation lands on its first line.
    let inRegistered = this.registered.length === 0;
    for (let id = nodeId, depth = 0; depth < 1024; depth++) {
      const n = nodes.get(id);
      if (!n) break;
      if (!found) {
        const abs = n.url ? urlToPath(n.url) : null;
        if (abs && this.profiledFiles.has(abs)) found = n;
      }
      if (found && !inRegistered) inRegistered = this.registered.some((r) => isRegisteredFrame(r, n.url, n.column, n.name));
      if (found && inRegistered) break;
      if (n.parent === 0 || n.parent === id) break;
      id = n.parent;
    }
    if (!inRegistered) found = null;
    memo.set(nodeId, found);
    return found;
  }

  private resolve(m: ThreadMem, frame: HsNode, fnKey: string, from: number, to: number): Array<[string, number]> {
    const byColumn = this.fnLines.get(`${frame.url}|${nameGroup(frame.name)}`);
    let own = byColumn?.get(frame.column) ?? mergeLines(byColumn);
    // V8 puts an inlined callee's lines on the frame it was inlined into (a loop's call to
    // a helper of the same file): those are the callee's lines, not this function's.
    const region = this.regionOf(frame);
    if (region) {
      const mine = new Map([...own].filter(([k]) => region.has(parseKey(k).line) && parseKey(k).file === region.abs));
      if (mine.size > 0) own = mine;
    }
    if (own.size === 0) {
      // A function that never had a CPU sample: its first line, where lines are not mapped.
      const abs = urlToPath(frame.url);
      return abs && this.plainFiles.has(abs) && frame.line > 0 ? [[`${abs}:${frame.line}`, 1]] : [];
    }
    const w = new Map<string, number>();
    const add = (k: string, v: number) => w.set(k, (w.get(k) ?? 0) + v);
    for (let i = firstAtOrAfter(m.chargeT, from + 1); i < m.charges.length && m.charges[i]!.t <= to; i++) {
      const c = m.charges[i]!;
      if (c.key && own.has(c.key)) add(c.key, c.bytes);
    }
    let placed = normalise(w);
    if (placed.length === 0 && m.track) {
      w.clear();
      const ix = m.track;
      for (let i = firstAtOrAfter(ix.t, from + 1); i < ix.t.length && ix.t[i]! <= to; i++) {
        const k = ix.key[i];
        if (k && own.has(k)) add(k, ix.dt[i]!);
      }
      placed = normalise(w);
    }
    if (placed.length > 0) return placed;
    w.clear();
    const wholeKey = `whole|${m.thread.pid}-${m.thread.threadId}|${fnKey}`;
    const whole = this.cache.get(wholeKey);
    if (whole) return whole;
    for (const c of m.charges) if (c.key && own.has(c.key)) add(c.key, c.bytes);
    // Nothing allocated on its lines by the GC readings' account: its busiest line.
    let r = normalise(w);
    if (r.length === 0) r = [[[...own.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0], 1]];
    this.cache.set(wholeKey, r);
    return r;
  }
}

function mergeLines(byColumn: Map<number, Map<string, number>> | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (byColumn) for (const lines of byColumn.values()) for (const [k, v] of lines) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

/** Weights summing to 1; empty when there is no positive weight (a 0-byte charge). */
function normalise(w: Map<string, number>): Array<[string, number]> {
  let total = 0;
  for (const v of w.values()) if (v > 0) total += v;
  if (!(total > 0)) return [];
  return [...w.entries()].flatMap(([k, v]) => (v > 0 ? [[k, v / total] as [string, number]] : []));
}

// ---------------------------------------------------------------------------------------
// Series: per-line footprints, the global footprint, downsampling.

/** A line's footprint from its deltas: points in time order, its peak and its end value. */
function lineSeries(deltas: number[], tMax: number): { series: Array<[number, number]>; peak: number; end: number } {
  const n = deltas.length / 2;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => deltas[2 * a]! - deltas[2 * b]!);
  const series: Array<[number, number]> = [];
  let cur = 0;
  let peak = 0;
  for (const i of order) {
    cur += deltas[2 * i + 1]!;
    if (cur > peak) peak = cur;
    series.push([deltas[2 * i]!, cur]);
  }
  if (series.length > 0 && tMax > series[series.length - 1]![0]) series.push([tMax, cur]);
  return { series, peak, end: cur };
}

/**
 * The process tree's footprint over time: the sum of every isolate's JS heap used and
 * every process's native net (allocated − freed, from the shim's exact totals), read at
 * each GC's start and end and at each window's end. A k-way merge of the threads' reading
 * streams, so memory stays proportional to the readings, and one pass yields the peak,
 * the ≤100-point timeline (each bucket's maximum, so peaks show) and the growth rate
 * (least squares on a uniform grid, so bursts of GCs do not weigh more than quiet spells).
 */
function footprint(byPid: Map<number, ThreadMem[]>, t0: number, tMax: number) {
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
function downsample(points: Array<[number, number]>, t0: number): Array<[number, number]> {
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
