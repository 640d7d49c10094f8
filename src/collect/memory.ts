// Memory attribution: JS heap and native (shim) samples joined with the CPU sample tracks
// by CLOCK_MONOTONIC time, leak detection and footprint timelines. Pure: raw windows in,
// per-line figures out. docs/MEMORY.md ("Attribution", "Leak detection") is the prose
// version of what follows; the constants in memory/leaks.ts are the thresholds it quotes.
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
//
// The stages live in memory/, one file each, named after what they do; this file runs them
// in order. Shared state (the per-line accumulator, a thread's memory) is memory/state.ts.
import type { Attribution, SampleTrack } from './attribute.js';
import type { SourceLines } from './functions.js';
import { indexTrack, lineAt, lineBefore } from './memory/cpu-join.js';
import { chargeGcs } from './memory/gc-bytes.js';
import { type FnLines, HeapLineResolver, profiledUrls, scanRawSamples } from './memory/heap-lines.js';
import { mergeRawScan } from './memory/raw-scan.js';
import { reconcileJs } from './memory/js-reconcile.js';
import { trackLiveness } from './memory/js-liveness.js';
import { leakFloorBytes, leakVerdict } from './memory/leaks.js';
import { attributeNativeSamples } from './memory/native-samples.js';
import { type LineAcc, type ThreadMem, lastFullGc, newLineAcc, parseKey } from './memory/state.js';
import { downsample, footprint, lineSeries } from './memory/timelines.js';
import type { Registered, ThreadData } from './raw.js';

export { LEAK_FLOOR_BYTES, LEAK_FLOOR_PEAK_FRACTION, LEAK_HELD_FRACTION, LEAK_KEPT_FRACTION, LEAK_LIKELIHOOD, leakLikelihood } from './memory/leaks.js';
export { TIMELINE_POINTS } from './memory/timelines.js';

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
  const isProfiledUrl = profiledUrls(profiledFiles);
  const mems: ThreadMem[] = [];
  for (const thread of threads) {
    const segs = thread.segments.filter((s) => s.mem_v !== undefined);
    if (segs.length === 0) continue;
    const id = `${thread.pid}-${thread.threadId}`;
    const tr = trackOf.get(id);
    const scan = attribution.rawScans?.get(id);
    const lastProfiledUs = scan ? mergeRawScan(scan, isProfiledUrl, fnLines) : scanRawSamples(thread, tr, profiledFiles, fnLines);
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
    seenByThread.set(m, trackLiveness(m, resolver, t0, acc));
  }

  // 3. Reconcile the two JS signals per isolate: the larger of the two per line, scaled
  // back to the isolate's measured total.
  for (const m of mems) reconcileJs(m, seenByThread.get(m)!, acc);

  // 4. Native samples, per process, in the order the shim's ring linearised them.
  const byPid = new Map<number, ThreadMem[]>();
  for (const m of mems) {
    const l = byPid.get(m.thread.pid) ?? [];
    l.push(m);
    byPid.set(m.thread.pid, l);
  }
  const { native, background } = attributeNativeSamples(byPid, acc, warnings);

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

  // 6. Per-line figures and leaks. A leak holds its memory when the profiled code ends: the
  // settling GC at exit also collects sampled objects that no GC had yet proven reachable
  // (a module's kept list is garbage once the script has returned), and those were held
  // until then (Node 24, one run in 40: 58 of 92 MB of a kept list's last windows).
  const runEnd = mems.reduce((e, m) => Math.max(e, m.lastProfiledUs), -Infinity);
  const mallocWindow = opts.mallocWindowBytes ?? 1_048_571;
  const leakFloor = leakFloorBytes(fp.peakBytes);
  const out = new Map<string, Map<number, MemLine>>();
  for (const [key, a] of lines) {
    if (a.allocJs + a.allocNative + a.copy === 0 && a.sampled === 0 && a.jsSampled === 0) continue;
    const liveJs = Math.max(0, a.jsLive);
    // A line allocated at least what it still holds (scaling can leave it a little short).
    const allocJs = Math.max(a.allocJs, liveJs);
    const free = a.freedNative + allocJs - liveJs;
    const { series, peak, atRunEnd } = lineSeries(a.deltas, tMax, Number.isFinite(runEnd) ? runEnd : Infinity);
    const row: MemLine = {
      alloc_js_bytes: Math.round(allocJs),
      alloc_native_bytes: Math.round(a.allocNative),
      free_bytes: Math.round(free),
      net_bytes: Math.round(allocJs + a.allocNative - free),
      peak_bytes: Math.round(peak),
      copy_bytes: Math.round(a.copy),
    };
    if (series.length > 0) row.timeline = downsample(series, t0);
    const leak = leakVerdict(a, peak, atRunEnd, allocJs + a.allocNative, leakFloor, mallocWindow, t0, tMax);
    if (leak) row.leak = leak;
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
