// Heap-profiler samples → lines. V8's sampling heap profiler names the allocating function,
// not the line: a sample is placed on its function's lines by what the CPU samples and the
// GC readings saw them do while it was allocated (js-liveness.ts gives the fates).
import { type Attribution, type SampleTrack, isRegisteredFrame, urlToPath } from '../attribute.js';
import type { SourceLines } from '../functions.js';
import type { MemoryOptions } from '../memory.js';
import type { Registered, ThreadData } from '../raw.js';
import { firstAtOrAfter } from '../../sorted.js';
import { type FnLines, keysByTime, mergeRawScan, nameGroup, newRawScan, scanRawWindow } from './raw-scan.js';
import { parseKey, type ThreadMem } from './state.js';

export type { FnLines } from './raw-scan.js';

/**
 * A thread's raw CPU samples, joined with its attributed track by timestamp (raw-scan.ts),
 * added to `fnLines`: for each profiled function (innermost profiled frame), the lines its
 * samples were charged to, for placing heap-profiler samples (sets of observed lines rather
 * than first–last ranges: V8 sometimes reports an inlined callee's line from another script
 * on a frame, and one such line would stretch a range over unrelated code). Returns the time
 * of the thread's last sample with a profiled frame (GC samples aside): the end of the run
 * there. The attributor gathers the same scan as it adds windows (Attribution.rawScans);
 * this pass over kept windows serves an attribution made without one.
 */
export function scanRawSamples(thread: ThreadData, track: SampleTrack | undefined, profiledFiles: Set<string>, fnLines: FnLines): number {
  const keyAt = track ? keysByTime(track) : new Map<number, string>();
  const isProfiled = profiledUrls(profiledFiles);
  const scan = newRawScan();
  for (const seg of thread.segments) scanRawWindow(seg, keyAt, isProfiled, scan);
  return mergeRawScan(scan, isProfiled, fnLines);
}

/** Whether a script url names one of `profiledFiles` (cached per url). */
export function profiledUrls(profiledFiles: Set<string>): (url: string) => boolean {
  const urlProfiled = new Map<string, boolean>();
  return (url: string) => {
    let p = urlProfiled.get(url);
    if (p === undefined) {
      const abs = url ? urlToPath(url) : null;
      p = abs !== null && profiledFiles.has(abs);
      urlProfiled.set(url, p);
    }
    return p;
  };
}

export interface HsNode {
  parent: number;
  line: number;
  column: number;
  name: string;
  url: string;
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
export class HeapLineResolver {
  private readonly plainFiles: Set<string>;
  private readonly cache = new Map<string, Array<[string, number]>>();
  private readonly frames = new WeakMap<Map<number, HsNode>, Map<number, HsNode | null>>();
  private readonly sinks = new Map<string, Map<string, number> | null>();
  private readonly sources = new Map<string, SourceLines | null>();
  private readonly charged = new WeakMap<ThreadMem, Map<string, number>>();
  private readonly regions = new Map<string, { abs: string; src: SourceLines; has: (line: number) => boolean } | null>();
  private readonly own = new Map<string, Map<string, number>>();

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
      // The nested functions' lines marked once: a top level holds every function of its file
      // (1,200 in bench:wait's program), and this is asked for every line of every sample.
      const lastLine = Math.min(span.end, src.positions?.lineStarts.length ?? Math.max(span.start, ...nested.map((f) => f.end)));
      const inNested = new Uint8Array(Math.max(0, lastLine - span.start + 1));
      for (const f of nested) inNested.fill(1, f.start - span.start, Math.min(f.end, lastLine) - span.start + 1);
      r = { abs, src, has: (l: number) => l >= span.start && l <= span.end && !(l <= lastLine && inNested[l - span.start] === 1) };
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

  /** The lines the CPU samples charged to the frame's function, its own only where its source
   * says which are (once per function: every sample of it asks). */
  private ownLines(frame: HsNode, fnKey: string): Map<string, number> {
    // (The region goes by the exact name: '', '(module)' and '(anonymous)' share a group.)
    const key = `${fnKey}|${frame.name}`;
    let own = this.own.get(key);
    if (own) return own;
    const byColumn = this.fnLines.get(`${frame.url}|${nameGroup(frame.name)}`);
    own = byColumn?.get(frame.column) ?? mergeLines(byColumn);
    // V8 puts an inlined callee's lines on the frame it was inlined into (a loop's call to
    // a helper of the same file): those are the callee's lines, not this function's.
    const region = this.regionOf(frame);
    if (region) {
      const mine = new Map([...own].filter(([k]) => region.has(parseKey(k).line) && parseKey(k).file === region.abs));
      if (mine.size > 0) own = mine;
    }
    this.own.set(key, own);
    return own;
  }

  private resolve(m: ThreadMem, frame: HsNode, fnKey: string, from: number, to: number): Array<[string, number]> {
    const own = this.ownLines(frame, fnKey);
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
