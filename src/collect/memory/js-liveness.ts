// Step 2: JS liveness. V8's sampling heap profiler's samples, followed from reading to
// reading until they are collected or the run ends, each given a fate (freed, held,
// unknown) and placed on lines (heap-lines.ts): the evidence of JS leaks and the JS part of
// each line's footprint.
import type { RawSegment } from '../raw.js';
import type { HeapLineResolver, HsNode } from './heap-lines.js';
import { GC_STRIDE, GC_TYPE_MARK_SWEEP_COMPACT, HS_NODE_STRIDE, HS_SAMPLE_STRIDE, type AccOf, type ThreadMem } from './state.js';

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
export function trackLiveness(m: ThreadMem, resolver: HeapLineResolver, t0: number, acc: AccOf): { byKey: Map<string, number> } {
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
    const fresh = s.postGc ? freshIds(hsNew, s.freshBytes) : null;
    for (let i = 0; i + HS_SAMPLE_STRIDE <= hsNew.length; i += HS_SAMPLE_STRIDE) {
      // size × count: V8 scales each sample's count by 1 / (1 − e^(−size/interval)), so
      // this is an unbiased estimate of the bytes the sample stands for.
      const bytes = hsNew[i + 2]! * hsNew[i + 3]!;
      const frame = resolver.frameOf(nodes, hsNew[i + 1]!);
      if (!frame) continue; // no profiled frame on its stack
      const weights = resolver.weights(m, frame, prevSnap, t);
      if (weights.length === 0) continue;
      // First shown right after a GC, and allocated before it: it was reachable at that GC.
      const proven = s.postGc && !fresh!.has(hsNew[i]!);
      live.set(hsNew[i]!, { weights, frame, bytes, objects: hsNew[i + 3]!, bornT: t, counted: proven, diedT: null, fate: 'unknown' });
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
        if (rec.fate === 'freed') a.jsFreedSamples.push(w, rec.objects, rec.bytes);
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

interface HeapReading {
  t: number;
  nodes: Array<number | string>;
  added: number[];
  gone: number[];
  /** Collected only by the settling GC at exit (final window). */
  exit: number[];
  /** Taken at the first interrupt after a GC: what it shows first was reachable then. */
  postGc: boolean;
  /** After a GC: the JS bytes allocated between the GC's end and the reading (the
   * interrupt can come late), whose samples that GC never saw. */
  freshBytes: number;
  /** Final window: the time of the reading before the settling GC. */
  preT?: number;
  settled: boolean;
}

/** A thread's heap-profiler readings in time order: those taken after GCs between windows,
 * then each window's own. */
function* readingsOf(segs: RawSegment[]): Generator<HeapReading> {
  // Each GC's end and used heap then, in time order: what a post-GC reading shows that is
  // younger than the last GC before it, no GC has seen (several can run before the
  // interrupt is served; the reading names the first).
  const ends: Array<[number, number]> = [];
  for (const s of segs) {
    const gc = s.gc ?? [];
    for (let i = 0; i + GC_STRIDE <= gc.length; i += GC_STRIDE) if (gc[i + 1]! > 0) ends.push([gc[i + 1]!, gc[i + 4]!]);
  }
  ends.sort((a, b) => a[0] - b[0]);
  const usedAfterLastGc = (t: number): number | undefined => {
    let lo = 0;
    let hi = ends.length; // first index whose end is after t
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]![0] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? ends[lo - 1]![1] : undefined;
  };
  for (const s of segs) {
    for (const r of s.hs_mid ?? []) {
      const after = r.used !== undefined ? usedAfterLastGc(r.t) : undefined;
      const freshBytes = after !== undefined ? Math.max(0, r.used! - after) : 0;
      yield { t: r.t, nodes: r.nodes, added: r.new, gone: r.gone, exit: [], postGc: true, freshBytes, settled: false };
    }
    if (s.hs_t === undefined) continue;
    yield { t: s.hs_t, nodes: s.hs_nodes ?? [], added: s.hs_new ?? [], gone: s.hs_gone ?? [], exit: s.hs_exit ?? [], postGc: false, freshBytes: 0, preT: s.hs_pre_t, settled: s.hs_settled === 1 };
  }
}

/**
 * Sample ids (V8 numbers them in allocation order) of a post-GC reading's new samples that
 * were allocated after the GC: the newest, as many as make up the bytes allocated since
 * (the one that crosses that amount included). Seen once in 52 Node 24 runs under load: 37
 * samples (19 MB) of a loop churning views appeared new at one reading, proven, and were
 * collected only at exit, a 0.974 "leak"; a late interrupt is what fits (not confirmed).
 */
function freshIds(added: number[], freshBytes: number): Set<number> {
  const fresh = new Set<number>();
  if (!(freshBytes > 0)) return fresh;
  const rows: Array<[number, number]> = [];
  for (let i = 0; i + HS_SAMPLE_STRIDE <= added.length; i += HS_SAMPLE_STRIDE) rows.push([added[i]!, added[i + 2]! * added[i + 3]!]);
  rows.sort((a, b) => b[0] - a[0]);
  let bytes = 0;
  for (const [id, b] of rows) {
    if (bytes >= freshBytes) break;
    fresh.add(id);
    bytes += b;
  }
  return fresh;
}
