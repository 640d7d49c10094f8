// Turning raw V8 samples into per-line and per-function time, Scalene's way.
//
// Rules (see README "How time is attributed"):
//  - A sample is charged to the innermost frame that lies in a profiled file. Time in
//    library code, Node internals or native code called from that frame is charged to
//    the line of the frame that made the call.
//  - Which line a frame was executing: for a caller frame, V8's kCallerLineNumbers tree
//    gives the call-site line on the child node; for the leaf frame V8 keeps lines only as
//    per-node tick counts, so a node's own samples are split across its lines by those
//    counts (exact when one line dominates, proportional otherwise).
//  - Each sample interval is split by the thread's CPU clock: the on-CPU part goes to
//    JS / native / GC by V8's VM state, the rest is off-CPU ("system") time.
//  - GC samples carry no stack: charged to the line of the previous sample of the thread.
// Pure: all I/O (reading sources, maps) comes through `SourceAccess`.
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedPositions, NODE_STRIDE, NodeSourceType, VmState, type RawSegment, type Registered, type ThreadData } from './raw.js';
import type { LineMapper } from './sourcemap.js';
import { firstAfter } from '../sorted.js';
import { lineAtOffset, type FunctionRange, type SourceLines, type SourcePositions } from './functions.js';
import { keysByTime, newRawScan, scanRawWindow, type RawScan } from './memory/raw-scan.js';

/** The SourceAccess of a run: each file's one analysis (functions.ts sourceLines, null when it
 * cannot be read or parsed) and how its source maps are found. */
export function sourceAccess(analysis: (absPath: string) => SourceLines | null, mapperFor: SourceAccess['mapperFor']): SourceAccess {
  return {
    mapperFor,
    allocatingLines: (abs) => analysis(abs)?.allocating ?? null,
    heapNumberLines: (abs) => analysis(abs)?.heapNumbers ?? null,
    runOnceLines: (abs) => analysis(abs)?.once ?? null,
    codeLines: (abs) => analysis(abs)?.code ?? null,
    headerLines: (abs) => analysis(abs)?.headers ?? null,
    forwardingLines: (abs) => analysis(abs)?.forwards ?? null,
    sourcePositions: (abs) => analysis(abs)?.positions ?? null,
    functionRanges: (abs) => analysis(abs)?.ranges ?? null,
    calledNames: (abs) => analysis(abs)?.calls ?? null,
  };
}

export interface FileFilter {
  root: string;
  /** Absolute paths (files or directories) never profiled: the profiler's own code. */
  alwaysExclude: string[];
  profileAll: boolean;
  profileOnly: string[];
  profileExclude: string[];
}

export interface SourceAccess {
  mapperFor(absPath: string, dumpedMaps: Record<string, unknown>, url: string): LineMapper | null;
  /** Lines of the script that may allocate by themselves (functions.ts allocatingLines). */
  allocatingLines?(absPath: string): Set<number> | null;
  /** Lines that box fractional numbers: JS-heap sites besides those (functions.ts heapNumberLines). */
  heapNumberLines?(absPath: string): Set<number> | null;
  /** Top-level lines that run once (functions.ts runOnceLines). */
  runOnceLines?(absPath: string): Set<number> | null;
  /** Lines that hold code (functions.ts codeLines): a tick on any other line is V8's
   * fallback for a pc it could not map. */
  codeLines?(absPath: string): Set<number> | null;
  /** Lines holding only a function's header (functions.ts SourceLines.headers), not in
   * codeLines: their ticks go by the function's other lines, and stay only when it has none. */
  headerLines?(absPath: string): Set<number> | null;
  /** Call lines whose allocations are a local callee's (functions.ts forwardingLines). */
  forwardingLines?(absPath: string): Map<number, number[]> | null;
  /** Line starts and length of the file on disk, for V8's source positions (functions.ts). */
  sourcePositions?(absPath: string): SourcePositions | null;
  /** The file's function ranges (functions.ts functionRanges). */
  functionRanges?(absPath: string): FunctionRange[] | null;
  /** Per called name, the lines that call it (functions.ts SourceLines.calls). */
  calledNames?(absPath: string): Map<string, number[]> | null;
}

export interface Acc {
  js: number;
  native: number;
  sys: number;
  gc: number;
  samples: number;
}

export function newAcc(): Acc {
  return { js: 0, native: 0, sys: 0, gc: 0, samples: 0 };
}

function addScaled(into: Acc, from: Acc, f: number): void {
  into.js += from.js * f;
  into.native += from.native * f;
  into.sys += from.sys * f;
  into.gc += from.gc * f;
  into.samples += from.samples * f;
}

export interface FunctionAcc {
  name: string;
  absPath: string;
  acc: Acc;
  /** fileKey → observed lines (after source mapping). */
  /** hot: the line with the most time, used to find the function's source range. */
  lines: Map<string, { min: number; max: number; weight: number; hot: number; hotWeight: number }>;
}

/** Per thread, the attributed samples in time order: the join key for GPU and memory. */
export interface SampleTrack {
  pid: number;
  threadId: number;
  t_us: number[];
  dt_s: number[];
  key: (string | null)[];
  /** The thread's CPU seconds over each sample's interval (0 while idle or off-CPU). */
  cpu_s?: number[];
  /** Per sample, the line it would name as an allocation site (as a triggered sample would):
   * null outside the profile, in GC, or where none of the frame's lines can allocate. */
  alloc_key?: (string | null)[];
  /** The same for the JS heap (GC bytes): lines that box fractional numbers count too. */
  js_alloc_key?: (string | null)[];
  /** Memory sites: per triggered sample, its event's key time (a GC's start, a shim
   * sample's time) and the line its stack names (see native/src/site_trigger.h). */
  site_t_us?: number[];
  site_key?: (string | null)[];
  /** The same for a JS-heap event (a GC's start): js_alloc_key's lines. */
  site_js_key?: (string | null)[];
  /** Per site, when its stack named a function but no line (machine code: code_map.h): the
   * function's lines, for placing the event by time among them. */
  site_fn?: (SiteFunction | null)[];
}

/**
 * Puts a track's samples in time order, in place, those before `from` being in order already
 * (the attributor sorts each checkpoint's samples in as it adds them). V8 delivers a sample
 * or two out of order (17 in 107,679 samples of a 2-minute run, up to ~1 ms early, and a
 * stalled tail's sample stands at its window's end): the memory joins need the track sorted,
 * and a sorted copy of it at the exit cost 56 bytes and a comparison sort's time per sample
 * of the run (190 MB after an hour at 1 ms), and the sort itself 7 ms a 2-minute run at the
 * exit. Stable: samples at the same time keep their order.
 */
export function sortTrack(track: SampleTrack, from = 0): void {
  const t = track.t_us;
  const n = t.length;
  let descents = 0;
  for (let i = Math.max(1, from); i < n; i++) if (t[i]! < t[i - 1]!) descents++;
  if (descents === 0) return;
  // Numbers and keys apart, each through its own code: one store site given both (or a
  // number through an untyped temporary) turned the number columns from unboxed doubles into
  // boxed ones, 16 bytes a sample more each (+5 MB on a 2-minute run's track).
  const nums = [track.t_us, track.dt_s, track.cpu_s].filter((c): c is number[] => c !== undefined && c.length === n);
  const keys = [track.key, track.alloc_key, track.js_alloc_key].filter((c): c is (string | null)[] => c !== undefined && c.length === n);
  if (descents <= MAX_INSERTION_DESCENTS) {
    // Each late sample moved back to its place: a few entries each.
    for (let i = Math.max(1, from); i < n; i++) {
      const ti = t[i]!;
      if (ti >= t[i - 1]!) continue;
      let j = i - 1;
      while (j > 0 && t[j - 1]! > ti) j--;
      for (const c of nums) moveBackNumber(c, i, j);
      for (const c of keys) moveBackKey(c, i, j);
    }
    return;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => t[a]! - t[b]!);
  for (const c of nums) permuteNumbers(c, order);
  for (const c of keys) permuteKeys(c, order);
}

/** c[i] moved to j < i, c[j..i-1] one place on. */
function moveBackNumber(c: number[], i: number, j: number): void {
  const v = c[i]!;
  c.copyWithin(j + 1, j, i);
  c[j] = v;
}

function moveBackKey(c: (string | null)[], i: number, j: number): void {
  const v = c[i]!;
  c.copyWithin(j + 1, j, i);
  c[j] = v;
}

function permuteNumbers(c: number[], order: number[]): void {
  const copy = Float64Array.from(c);
  for (let i = 0; i < order.length; i++) c[i] = copy[order[i]!]!;
}

function permuteKeys(c: (string | null)[], order: number[]): void {
  const copy = c.slice();
  for (let i = 0; i < order.length; i++) c[i] = copy[order[i]!]!;
}

// Beyond this many late samples a track is sorted by a comparison sort (a track built in
// order but for V8's few late deliveries never comes near it).
const MAX_INSERTION_DESCENTS = 4096;

/** A function that a memory event's stack named without a line: its lines [from, to] and
 * those of the file's functions it calls (which optimized code may have inlined), as
 * ranges of a file; `lines`, when known, the only lines that can have made the event. */
export interface SiteFunction {
  file: string;
  ranges: Array<[number, number]>;
  lines?: number[];
  /** For an event with no frame below the function's (its own code called the allocator: a
   * builtin such as `new Uint8Array`), the function's allocating lines. */
  direct?: number[];
}

/** The callee name standing for "no frame below" in stackSites' second pass (no function's name). */
const NO_CALLEE = '\0direct';

/** Whether a line is one of a SiteFunction's. */
export function inSiteFunction(fn: SiteFunction, line: number): boolean {
  return fn.lines ? fn.lines.includes(line) : fn.ranges.some(([from, to]) => line >= from && line <= to);
}

// How deep the inlining that a frame's function may hide goes, in this file's own calls:
// TurboFan's inlining budget rarely goes deeper, and every level widens the lines a position
// may fall on by chance (a position inlined from another script is an offset into that one).
const INLINED_CALL_DEPTH = 2;

/** What the attribution asks of a set of lines (a Set, or a view of one through a map). */
interface LineSet {
  has(line: number): boolean;
}

const NOT_ALLOCATING = Symbol('not allocating');
/** Ticks a run-once line needs in a window to be a leaf frame's allocation site (see siteKey). */
const ONCE_SITE_MIN_TICKS = 10;

export interface Attribution {
  /** fileKey → line → time. fileKey is the absolute path of the (original) source file. */
  lines: Map<string, Map<number, Acc>>;
  functions: Map<string, FunctionAcc>;
  unattributed_s: number;
  /** Off-CPU time spent runnable, waiting for a core (machine load): not charged to lines. */
  runqueue_s: number;
  tracks: SampleTrack[];
  /** pid → seconds charged to profiled files, to drop processes with nothing profiled. */
  perPid: Map<number, number>;
  /** Original sources from source maps' sourcesContent, when the file is not on disk. */
  mappedSources: Map<string, string>;
  /** Calls between profiled frames: caller file → call-site line → callee function keys
   * (keys of `functions`). Compare uses them so that a caller line never reports, as its own,
   * time that V8 charged to the call site while it ran the (inlined) callee. */
  callEdges: Map<string, Map<number, Set<string>>>;
  /** The sampler's figures of samples whose tracks were dropped (Attributor.dropTracks). */
  samplerTally?: SamplerTally;
  /** Per thread (`pid-threadId`), what the memory stages need of its raw samples, gathered as
   * its windows were added (memory/raw-scan.ts); absent when memory is not attributed. */
  rawScans?: Map<string, RawScan>;
}

/** Per pid, the seconds sampled, those from late samples (more than LATE_SAMPLE_INTERVALS
 * intervals apart: the sampler fell behind), and how many late samples. */
export type SamplerTally = Map<number, { all: number; late: number; lateSamples: number }>;

/** A sample standing for more than this many intervals means the sampler fell behind. */
export const LATE_SAMPLE_INTERVALS = 4;

/** Adds the tracks' samples to `into` (per pid). */
export function tallySampler(tracks: Array<{ pid: number; dt_s: number[] }>, intervalMs: number, into: SamplerTally = new Map()): SamplerTally {
  const lateS = (LATE_SAMPLE_INTERVALS * intervalMs) / 1000;
  for (const t of tracks) {
    let e = into.get(t.pid);
    if (!e) into.set(t.pid, (e = { all: 0, late: 0, lateSamples: 0 }));
    for (const dt of t.dt_s) {
      e.all += dt;
      if (dt > lateS) {
        e.late += dt;
        e.lateSamples++;
      }
    }
  }
  return into;
}

/** Whether a profile frame is a function registered with profile(fn). */
export function isRegisteredFrame(r: Registered, url: string, column: number, name: string): boolean {
  // Match by start column, else by name: V8 14 reports some function expressions'
  // columns differently from Function::GetScriptColumnNumber.
  return r.url === url && (r.column === column || (r.name !== '' && r.name === name));
}

export function lineKey(file: string, line: number): string {
  return `${file}:${line}`;
}

export function isProfiledPath(abs: string, f: FileFilter): boolean {
  for (const ex of f.alwaysExclude) if (abs === ex || abs.startsWith(ex.endsWith(sep) ? ex : ex + sep)) return false;
  if (f.profileExclude.some((s) => s && abs.includes(s))) return false;
  if (f.profileOnly.length > 0) return f.profileOnly.some((s) => s && abs.includes(s));
  if (f.profileAll) return true;
  const rel = relative(f.root, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return false;
  return !rel.split(sep).includes('node_modules');
}

// A file URL whose path holds only these characters, with no `.` or `..` segment, is its
// path as is: what Node's pathToFileURL writes for a plain path (no escapes to decode).
const PLAIN_FILE_URL = /^file:\/\/(\/[A-Za-z0-9_\-.@+~,=:/]*)$/;
const DOT_SEGMENT = /\/\.\.?(\/|$)/;

export function urlToPath(url: string): string | null {
  // Why the fast path: fileURLToPath builds a WHATWG URL; the heap profiler's frames and every
  // window's scripts ask for the same few URLs thousands of times (33 ms of the 220 ms a full
  // profile of acorn-parse took to build after the program exited).
  const plain = process.platform === 'win32' ? null : PLAIN_FILE_URL.exec(url);
  if (plain && !DOT_SEGMENT.test(plain[1]!)) return plain[1]!;
  if (url.startsWith('file://')) {
    try {
      return fileURLToPath(url);
    } catch {
      return null;
    }
  }
  return isAbsolute(url) ? url : null;
}

// Longest gap one sample may stand for. Longer gaps mean the sampler itself was starved
// (a stopped process, a loaded machine); charging them to one line would invent a hotspot.
const MAX_SAMPLE_GAP_US = 500_000;
/** A segment's tail longer than this many sampling intervals is a stalled sampler. */
const TAIL_STALL_INTERVALS = 4;
/** How many consecutive track entries earlier than a checkpoint's first sample end the look back
 * for the samples it repeats (scanForMemory): the track's disorder is a few entries. */
const LOOK_BACK_EARLIER = 64;
/** ...whose CPU time goes to the code of this many last samples, in proportion. */
const TAIL_MIX_SAMPLES = 20;

/** Whether [from, to] meets a suspension or the profiler's own work on the thread. */
function touchesSpan(seg: RawSegment, from: number, to: number): boolean {
  for (const spans of [seg.paused ?? [], seg.own ?? []]) {
    for (let k = 0; k + 1 < spans.length; k += 2) if (spans[k]! <= to && spans[k + 1]! >= from) return true;
  }
  return false;
}

/**
 * Linear interpolation of the thread's clocks at time t (µs): [cpu µs, run-queue wait µs],
 * or null outside the series. `stride` is 2 (no wait column) or 3.
 */
function clocksAt(clock: number[], stride: number, t: number, hint: { i: number }): [number, number] | null {
  const n = clock.length / stride;
  if (n === 0) return null;
  const at = (i: number, col: number) => (col < stride ? clock[i * stride + col]! : 0);
  if (t <= at(0, 0)) return [at(0, 1), at(0, 2)];
  if (t >= at(n - 1, 0)) return [at(n - 1, 1), at(n - 1, 2)];
  let i = Math.min(hint.i, n - 2);
  while (i > 0 && at(i, 0) > t) i--;
  while (i < n - 2 && at(i + 1, 0) < t) i++;
  hint.i = i;
  const t0 = at(i, 0), t1 = at(i + 1, 0);
  const f = t1 === t0 ? 1 : (t - t0) / (t1 - t0);
  return [at(i, 1) + (at(i + 1, 1) - at(i, 1)) * f, at(i, 2) + (at(i + 1, 2) - at(i, 2)) * f];
}

export interface AttributeOptions {
  filter: FileFilter;
  useVirtualTime: boolean;
  /** Registered functions (profile(fn) / @profile): when non-empty, only samples inside them count. */
  registered: Registered[];
  /** False when nothing will attribute memory (a --cpu-only run): each sample's allocation
   * sites, which only the memory stages read, are not worked out (~3 % of the attribution). */
  memory?: boolean;
}

/** Attributes a whole session at once. */
export function attribute(threads: ThreadData[], opts: AttributeOptions, sources: SourceAccess): Attribution {
  const a = createAttributor(threads, opts, sources);
  for (const t of threads) a.add(t, t.segments);
  return a.finish();
}

/**
 * Attribution window by window, for a run that is still going: `add` a thread's windows as
 * they arrive (in order; each call continues where the thread's previous one ended), `finish`
 * once at the end. Everything `add` does depends only on the windows given so far, so the
 * program's exit waits only for the windows that came last; what needs the whole run (time V8
 * could not place on a line, split by the run's ticks) is kept small and done by `finish`.
 * `mapsFrom`: the threads whose dumped source maps stand in for a thread that left none (see
 * mapperOf); a thread's own maps come with it in `add`.
 */
export interface Attributor {
  add(thread: Pick<ThreadData, 'pid' | 'threadId' | 'meta'>, segments: RawSegment[]): void;
  /** Forget the per-sample tracks kept so far (memory attribution and GPU joins need them;
   * CPU-only runs do not), keeping only what the sampler warnings need. */
  dropTracks(intervalMs: number): void;
  finish(): Attribution;
}

interface DeferredEntry {
  fn: { key: string; name: string };
  abs: string;
  url: string;
  acc: Acc;
  dumped: Record<string, unknown>;
}

/**
 * Time set aside until the run's end (V8 could not place it on a line: it goes by the run's
 * ticks then), summed per function, file and source maps. Its split depends only on the run's
 * totals, so summing first gives the same figures, and a long run keeps one entry per
 * function instead of one per window.
 */
class Deferred {
  private readonly byMaps = new Map<Record<string, unknown>, Map<string, DeferredEntry>>();

  add(fn: { key: string; name: string }, abs: string, url: string, acc: Acc, dumped: Record<string, unknown>): void {
    let m = this.byMaps.get(dumped);
    if (!m) this.byMaps.set(dumped, (m = new Map()));
    const key = `${fn.key}\0${abs}\0${url}`;
    const e = m.get(key);
    if (e) addScaled(e.acc, acc, 1);
    else m.set(key, { fn, abs, url, acc: { ...acc }, dumped });
  }

  *[Symbol.iterator](): IterableIterator<DeferredEntry> {
    for (const m of this.byMaps.values()) yield* m.values();
  }
}

/** The maps of a thread that left none (its process record is missing, or not read yet): one
 * object, so that per-maps caches are shared between such threads and calls. */
const NO_MAPS: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

export function createAttributor(mapsFrom: ThreadData[], opts: AttributeOptions, sources: SourceAccess): Attributor {
  const out: Attribution = {
    lines: new Map(),
    functions: new Map(),
    unattributed_s: 0,
    runqueue_s: 0,
    tracks: [],
    perPid: new Map(),
    mappedSources: new Map(),
    callEdges: new Map(),
  };
  const profiledCache = new Map<string, string | null>();
  const profiledAbs = (url: string): string | null => {
    let v = profiledCache.get(url);
    if (v === undefined) {
      const abs = urlToPath(url);
      v = abs && isProfiledPath(abs, opts.filter) ? abs : null;
      profiledCache.set(url, v);
    }
    return v;
  };
  const isProfiledUrl = (url: string): boolean => url !== '' && profiledAbs(url) !== null;
  // One string per line for the whole run: the full profile keeps a sample's keys (three per
  // sample) until the exit, and a key made afresh in every window (each window's copies of
  // its ~100 lines' keys) grew the CLI's retained heap 7.1 instead of 5.0 MB a minute on
  // bench:wait's program.
  const keys = new Map<string, Map<number, string>>();
  const lineKeyOf = (file: string, line: number): string => {
    let byLine = keys.get(file);
    if (!byLine) keys.set(file, (byLine = new Map()));
    let k = byLine.get(line);
    if (k === undefined) byLine.set(line, (k = lineKey(file, line)));
    return k;
  };
  // Per (thread's dumped maps, file): processes may run one file through different loaders.
  // A thread that left no map for a file it ran (killed before writing it) borrows another
  // thread's map of that file, which came from the same loader in the same session.
  const mappers = new WeakMap<Record<string, unknown>, Map<string, LineMapper | null>>();
  const anyThreadMaps: Record<string, unknown> = {};
  for (const t of mapsFrom) for (const [url, payload] of Object.entries(t.meta?.source_maps ?? {})) if (payload) anyThreadMaps[url] ??= payload;
  // Line sets parsed from the file at `abs` (what can allocate, what runs once, what holds
  // code) address that file's lines. A script that is a transform of its own file (tsx,
  // vitest, ts-node: the source map leads back to the path V8 names) ticks in the
  // transform's lines, which do not: no line set applies to it (but those that mappedLineSet
  // reads through the map, below).
  const onDisk = <T>(read: ((abs: string) => T | null) | undefined) => {
    const cache = new Map<string, T | null>();
    return (abs: string): T | null => {
      let v = cache.get(abs);
      if (v === undefined) cache.set(abs, (v = read?.(abs) ?? null));
      return v;
    };
  };
  const unlessSelfMapped = <T>(disk: (abs: string) => T | null) =>
    (abs: string, url: string, dumped: Record<string, unknown>): T | null => (selfMapped(abs, url, dumped) ? null : disk(abs));
  const lineSet = <T>(read: ((abs: string) => T | null) | undefined) => unlessSelfMapped(onDisk(read));
  // The sets that say what a line of the source does (can allocate, runs once) also hold for
  // a transform of the file itself, read through its map: each line of the code V8 runs is
  // one of the set's when the source line it maps to is. Without them, under tsx every line
  // was an allocation site: a loop of Math.sqrt calls took the copies and the native memory
  // of the Buffer calls beside it (300 MB and 80 MB/s on the wrong line), where the same
  // program as JavaScript put them on their line.
  const mappedLineSet = (disk: (abs: string) => Set<number> | null) => {
    const views = new WeakMap<Record<string, unknown>, Map<string, LineSet | null>>();
    return (abs: string, url: string, dumped: Record<string, unknown>): LineSet | null => {
      if (!selfMapped(abs, url, dumped)) return disk(abs);
      let perThread = views.get(dumped);
      if (!perThread) views.set(dumped, (perThread = new Map()));
      let view = perThread.get(abs);
      if (view === undefined) {
        const source = disk(abs);
        const memo = new Map<number, boolean>();
        view = source && {
          has(line: number): boolean {
            let v = memo.get(line);
            if (v === undefined) {
              const r = resolveLine(abs, url, line, dumped);
              memo.set(line, (v = r.file === abs && source.has(r.line)));
            }
            return v;
          },
        };
        perThread.set(abs, view);
      }
      return view;
    };
  };
  const allocOnDisk = onDisk(sources.allocatingLines);
  const allocLines = mappedLineSet(allocOnDisk);
  // The JS heap's sites: those, and lines that box fractional numbers (a HeapNumber each in
  // V8's unoptimized tiers), for GC bytes and GC time; native events keep allocLines.
  const jsAllocLines = mappedLineSet(onDisk((abs: string) => {
    const a = allocOnDisk(abs);
    const h = a ? sources.heapNumberLines?.(abs) : null;
    return a && h && h.size > 0 ? new Set([...a, ...h]) : a;
  }));
  const onceLines = mappedLineSet(onDisk(sources.runOnceLines));
  const codeOf = lineSet(sources.codeLines);
  const headersOf = lineSet(sources.headerLines);
  const positionsOf = lineSet(sources.sourcePositions);
  const rangesOnDisk = onDisk<FunctionRange[]>(sources.functionRanges);
  const rangesOf = unlessSelfMapped(rangesOnDisk);
  const callsOnDisk = onDisk<Map<string, number[]>>(sources.calledNames);
  const siteFunctions = new Map<string, SiteFunction | null>();
  const forwardsOf = lineSet(sources.forwardingLines);
  /** A GC site on a call line whose only allocation is a local callee's: the callee's
   * allocating line (V8 inlined it and named the caller's frame alone). */
  const forwarded = (abs: string, url: string, line: number, dumped: Record<string, unknown>, draw = 0): number => {
    const targets = forwardsOf(abs, url, dumped)?.get(line);
    return targets ? targets[Math.min(targets.length - 1, Math.floor(draw * targets.length))]! : line;
  };
  // Per function (url|name|column): line → self ticks over the whole run.
  const fnTicks = new Map<string, Map<number, number>>();
  // ...and its header line's ticks (a last resort: see the tick fold).
  const fnHeaderTicks = new Map<string, Map<number, number>>();
  const untimed = new Deferred();
  // Per function: call-site line → samples below it over the whole run, and the caller
  // buckets whose call site V8 could not map (split by those at the end).
  const fnCallLines = new Map<string, Map<number, number>>();
  const untimedCalls = new Deferred();
  // A script's top level: the profiled functions it calls (key → how to charge their lines),
  // and its samples V8 could not map to a line (split over both at the end; see the fold).
  const moduleCallees = new Map<string, Map<string, { fn: { key: string; name: string }; abs: string; url: string }>>();
  const untimedModule = new Deferred();
  const lineAcc = (file: string, line: number): Acc => {
    let m = out.lines.get(file);
    if (!m) out.lines.set(file, (m = new Map()));
    let a = m.get(line);
    if (!a) m.set(line, (a = newAcc()));
    return a;
  };

  const threadState = new Map<string, { track: SampleTrack; lastTs: number; triggers: TriggerRow[] }>();
  let finished = false;
  return {
    add(thread, segments) {
      if (finished) throw new Error('attributor: add after finish');
      const dumped = thread.meta?.source_maps ?? NO_MAPS;
      const id = `${thread.pid}-${thread.threadId}`;
      let st = threadState.get(id);
      if (!st) {
        const track: SampleTrack = { pid: thread.pid, threadId: thread.threadId, t_us: [], dt_s: [], cpu_s: [], alloc_key: [], js_alloc_key: [], key: [], site_t_us: [], site_key: [], site_js_key: [], site_fn: [] };
        threadState.set(id, (st = { track, lastTs: -Infinity, triggers: [] }));
        out.tracks.push(track);
      }
      const triggers = triggerIndex(segments, st.triggers);
      const from = st.track.t_us.length;
      // Consecutive checkpoints overlap by a few microseconds (the next profile starts
      // before the previous stops): samples already seen are skipped by timestamp.
      for (const seg of segments) st.lastTs = attributeSegment(seg, thread.pid, dumped, st.track, st.lastTs, triggers);
      st.triggers = carryOf(triggers, st.lastTs);
      if (opts.memory !== false) scanForMemory(id, segments, st.track, from);
      // (After the scan: it reads the windows' samples from `from` on, and a late one may move back past it.)
      sortTrack(st.track, from);
      // With registered functions, a site must be inside one: only V8's own stacks say so.
      if (opts.registered.length === 0) stackSites(segments, dumped, st.track);
    },
    dropTracks(intervalMs) {
      out.samplerTally ??= new Map();
      tallySampler(out.tracks, intervalMs, out.samplerTally);
      for (const t of out.tracks) {
        for (const k of ['t_us', 'dt_s', 'cpu_s', 'alloc_key', 'js_alloc_key', 'key', 'site_t_us', 'site_key', 'site_js_key', 'site_fn'] as const) if (t[k]) t[k].length = 0;
      }
    },
    finish() {
      if (finished) throw new Error('attributor: finish twice');
      finished = true;
      return finishAll();
    },
  };

  /**
   * The memory stages' summary of the windows just added (memory/raw-scan.ts), joined with
   * the keys the attribution gave their samples: the track from `from` on, and before it the
   * samples of the previous checkpoint that these windows repeat (skipped above, attributed
   * then). Every sample of every window counts, repeats too, as one pass over the kept
   * windows at the exit counted them.
   */
  function scanForMemory(id: string, segments: RawSegment[], track: SampleTrack, from: number): void {
    let minTs = Infinity;
    for (const seg of segments) for (let k = 1; k < seg.samples.length; k += 3) if (seg.samples[k]! < minTs) minTs = seg.samples[k]!;
    // Back to where the track is all earlier than these windows. It is not quite in order (V8
    // delivers a sample or two out of order, and a stalled tail's sample stands at its end):
    // only a long run of earlier entries ends the look. More entries than needed cost nothing
    // (no sample of these windows is that early); one too few lost a repeat's line (Node 22,
    // a sample behind one delivered late).
    let i = from;
    for (let earlier = 0; i > 0 && earlier < LOOK_BACK_EARLIER; i--) earlier = track.t_us[i - 1]! >= minTs ? 0 : earlier + 1;
    const keyAt = keysByTime(track, i);
    out.rawScans ??= new Map();
    let scan = out.rawScans.get(id);
    if (!scan) out.rawScans.set(id, (scan = newRawScan()));
    for (const seg of segments) scanRawWindow(seg, keyAt, isProfiledUrl, scan);
  }

  function finishAll(): Attribution {
    const spread = (u: DeferredEntry, dists: Array<Map<number, number> | undefined>): void => {
      for (const dist of dists) {
        const total = dist ? [...dist.values()].reduce((a, b) => a + b, 0) : 0;
        if (!dist || total === 0) continue;
        for (const [line, hits] of dist) chargeLine(u.fn, u.abs, u.url, line, u.acc, hits / total, u.dumped);
        return;
      }
      out.unattributed_s += u.acc.js + u.acc.native + u.acc.sys + u.acc.gc;
    };
    for (const u of untimed) spread(u, [fnTicks.get(u.fn.key), fnHeaderTicks.get(u.fn.key)]);
    // The split depends only on the top level (its ticks and callees over the run): built once
    // per top level, not once per window that left it samples to split.
    type Part = [{ key: string; name: string }, string, string, number, number];
    // (Per thread's dumped maps too: which lines run once depends on the file's loader.)
    const moduleParts = new WeakMap<Record<string, unknown>, Map<string, { parts: Part[]; total: number }>>();
    for (const u of untimedModule) {
      let byKey = moduleParts.get(u.dumped);
      if (!byKey) moduleParts.set(u.dumped, (byKey = new Map()));
      const partsKey = `${u.fn.key}\0${u.abs}\0${u.url}`;
      let split = byKey.get(partsKey);
      if (!split) {
        const parts: Part[] = [];
        const callees = [...(moduleCallees.get(u.fn.key)?.values() ?? [])];
        const once = callees.length > 0 ? onceLines(u.abs, u.url, u.dumped) : null;
        for (const [line, hits] of fnTicks.get(u.fn.key) ?? []) if (!once?.has(line)) parts.push([u.fn, u.abs, u.url, line, hits]);
        for (const c of callees) for (const [line, hits] of fnTicks.get(c.fn.key) ?? []) parts.push([c.fn, c.abs, c.url, line, hits]);
        byKey.set(partsKey, (split = { parts, total: parts.reduce((a, p) => a + p[4], 0) }));
      }
      const { parts, total } = split;
      if (total === 0) spread(u, [fnTicks.get(u.fn.key), fnHeaderTicks.get(u.fn.key)]);
      else for (const [fn, abs, url, line, hits] of parts) chargeLine(fn, abs, url, line, u.acc, hits / total, u.dumped);
    }
    for (const u of untimedCalls) spread(u, [fnCallLines.get(u.fn.key), fnTicks.get(u.fn.key)]);
    return out;
  }

  function chargeLine(fn: { key: string; name: string }, abs: string, url: string, line: number, acc: Acc, f: number, dumped: Record<string, unknown>): void {
    const r = resolveLine(abs, url, line, dumped);
    addScaled(lineAcc(r.file, r.line), acc, f);
    if (r.line < 1) return; // a transform's own code (resolveLine): no function of the file
    let fa = out.functions.get(fn.key);
    if (!fa) out.functions.set(fn.key, (fa = { name: fn.name, absPath: abs, acc: newAcc(), lines: new Map() }));
    addScaled(fa.acc, acc, f);
    const w = (acc.js + acc.native + acc.sys + acc.gc) * f;
    const span = fa.lines.get(r.file);
    if (!span) fa.lines.set(r.file, { min: r.line, max: r.line, weight: w, hot: r.line, hotWeight: w });
    else {
      span.min = Math.min(span.min, r.line);
      span.max = Math.max(span.max, r.line);
      span.weight += w;
      if (w > span.hotWeight) {
        span.hot = r.line;
        span.hotWeight = w;
      }
    }
  }

  /**
   * Sites of the native allocations and copies whose stack V8's profiler could not take (a
   * fast C call: TypedArray.prototype.set's memmove, the calloc under Buffer.alloc), from
   * the engine's own walk of that stack (raw.ts trig_stacks): the line of the innermost frame
   * in a profiled file, which is the call that led to the event (frames in Node's own code or
   * in unprofiled files are the call's inside). Before these, such events were placed by the
   * nearest CPU sample in time, often on another line or another function (a parser's
   * Buffer.alloc leak split over 9-15 lines: docs/DETECTION.md).
   */
  function stackSites(segments: RawSegment[], dumped: Record<string, unknown>, track: SampleTrack): void {
    if (!segments.some((seg) => (seg.trig_stacks?.length ?? 0) > 0)) return;
    // Script ids are the isolate's; the CPU samples name each script's URL.
    const scriptUrl = new Map<number, string>();
    for (const seg of segments) {
      for (let r = 0; r + NODE_STRIDE <= seg.nodes.length; r += NODE_STRIDE) {
        const url = seg.strings[seg.nodes[r + 5]!];
        if (url) scriptUrl.set(seg.nodes[r + 1]!, url);
      }
    }
    // Read from the CPU tree only when a stack asks (a callee its function never names).
    let reached: Map<string, Map<string, Set<number>>> | null = null;
    const reachedOf = () => (reached ??= reachedNames(segments));
    const sites: Array<{ key: number; site: string | SiteFunction; inner: string[]; exact: boolean }> = [];
    for (const seg of segments) {
      const st = seg.trig_stacks ?? [];
      const names = seg.trig_names ?? [];
      for (let i = 0; i + 3 <= st.length; ) {
        const key = st[i]!;
        const kind = st[i + 1]!;
        const n = st[i + 2]!;
        const frames: WalkedFrame[] = [];
        let j = i + 3;
        for (let f = 0; f < n && j + 5 <= st.length; f++) {
          const k = st[j + 4]!;
          frames.push({ script: st[j]!, position: st[j + 1]!, fnLine: st[j + 2]!, name: names[st[j + 3]!] ?? '', preceding: st.slice(j + 5, j + 5 + k) });
          j += 5 + k;
        }
        i = j;
        if (kind !== TRIGGER_ALLOC && kind !== TRIGGER_COPY) continue;
        const found = stackSite(frames, scriptUrl, dumped, reachedOf);
        if (found === null) continue; // no verdict: the event is placed by time (cpu-join.ts)
        sites.push({ key, ...found });
      }
    }
    // A callee that more than one of the function's lines reaches (FastBuffer, below both a
    // Buffer.alloc and a Buffer.from line): the line whose exactly placed events went through
    // it, when only one did. Node 24's Maglev code for such a function gives no positions, and
    // calls FastBuffer directly only where it inlined Buffer.alloc: by the CPU tree alone, 15 of
    // 47 MiB of the Buffer.alloc line went to the busier Buffer.from line.
    // An event with no frame below the function's, where its code gave no position: the one
    // allocating line whose exactly placed events had none either, leaving out the lines that
    // code without positions called out of line (a callee frame below them: their allocation
    // there is not the function's own). Node 20: `new Uint8Array(2 MiB)` in TurboFan code
    // without positions went by time to the Buffer line above it (1.5 of 1.8 GB there);
    // Node 24, 26: an inlined Buffer.allocUnsafeSlow line had exact events with no frame
    // below too, while the code without positions called it by name.
    const through = new Map<string, Set<string>>();
    const outOfLine = new Set<string>();
    for (const { site, inner, exact } of sites) {
      if (typeof site !== 'string') continue;
      let names = through.get(site);
      if (!names) through.set(site, (names = new Set()));
      for (const name of inner) names.add(name);
      if (inner.length === 0) names.add(NO_CALLEE);
      if (!exact && inner.length > 0) outOfLine.add(site);
    }
    /** The one line of the site's function whose exactly placed events went through `callee`
     * (NO_CALLEE: had no frame below), when only one did; else null. */
    const soleLineThrough = (site: SiteFunction, callee: string): string | null => {
      const candidates = callee === NO_CALLEE ? site.direct : callee !== '' ? site.lines : undefined;
      if (!candidates) return null;
      const keys = candidates.map((l) => lineKeyOf(site.file, l)).filter((k) => through.get(k)?.has(callee) && (callee !== NO_CALLEE || !outOfLine.has(k)));
      return keys.length === 1 ? keys[0]! : null;
    };
    for (const { key, site, inner } of sites) {
      const placed = typeof site === 'string' ? site : (soleLineThrough(site, inner[inner.length - 1] ?? NO_CALLEE) ?? site);
      track.site_t_us!.push(key);
      track.site_key!.push(typeof placed === 'string' ? placed : null);
      track.site_js_key!.push(typeof placed === 'string' ? placed : null);
      track.site_fn!.push(typeof placed === 'string' ? null : placed);
    }
  }

  /**
   * Per profiled file, the names of the functions that V8's CPU samples found below each of its
   * lines (at any depth, in code not profiled): which of a function's lines leads to a callee
   * its source never names. Why: a frame whose own code was inlined into it (Maglev and
   * TurboFan inline `Buffer.from` and `fromObject` into the caller) calls out from the inlined
   * code, here `fromArrayLike`, and its machine code may give no position (Node 22's Maglev:
   * none). By the callee's name alone such an event went to the function's busiest allocating
   * line: two thirds of a `Buffer.from` line's allocations on the `Buffer.alloc` line above it
   * (Node 22, 4 runs of 5), a false "memory growth" there when a PR added the `Buffer.from`.
   */
  function reachedNames(segments: RawSegment[]): Map<string, Map<string, Set<number>>> {
    const out = new Map<string, Map<string, Set<number>>>();
    for (const seg of segments) {
      const { prof, childOnPath } = profiledPaths(seg);
      for (let n = 0; n < prof.length; n++) {
        const p = prof[n]!;
        if (p < 0 || p === n) continue;
        const name = seg.strings[seg.nodes[n * NODE_STRIDE + 4]!];
        const abs = profiledAbs(seg.strings[seg.nodes[p * NODE_STRIDE + 5]!]!);
        if (!name || !abs) continue;
        let byName = out.get(abs);
        if (!byName) out.set(abs, (byName = new Map()));
        let lines = byName.get(name);
        if (!lines) byName.set(name, (lines = new Set()));
        lines.add(seg.nodes[childOnPath[n]! * NODE_STRIDE + 2]!);
      }
    }
    return out;
  }

  /**
   * The line key named by a walked stack's innermost profiled frame; its function when the
   * frame has no usable position; null when the stack gives no trustworthy answer.
   *
   * V8 reports position tables for bytecode and for some optimized code (code_map.h). In
   * optimized code, a position inside code inlined from elsewhere (Node's Buffer.alloc) is an
   * offset into that other script, which read as an offset into this file names a random
   * line: a position counts only when its line is in the frame's own function and can call or
   * allocate. Otherwise the nearest position before it that does (the caller's own code just
   * before the inlined call: its call line), else the function, with the callee's name when
   * the frame inside it gives one (the lines of the function that call that name, else those
   * below which the CPU samples saw it: reachedNames). With it, the names of the frames inside
   * that frame, innermost first.
   */
  function stackSite(frames: WalkedFrame[], scriptUrl: Map<number, string>, dumped: Record<string, unknown>, reachedOf: () => Map<string, Map<string, Set<number>>>): { site: string | SiteFunction; inner: string[]; exact: boolean } | null {
    for (let f = 0; f < frames.length; f++) {
      const frame = frames[f]!;
      const url = scriptUrl.get(frame.script);
      const abs = url === undefined ? null : profiledAbs(url);
      if (url === undefined || !abs) continue;
      // A transform of the file itself (tsx, vitest) runs code that is not the file on disk:
      // its positions are in the code its map answer came with (loaders.ts mapAnswerLine), and
      // each of its lines is read as the file's line it maps to. Everything below is in the
      // file's own lines (`disk`), as its analysis is.
      const self = selfMapped(abs, url, dumped);
      const positions = self ? generatedPositions(payloadOf(abs, url, dumped)) : positionsOf(abs, url, dumped);
      const alloc = allocOnDisk(abs);
      if (!alloc || !positions) return null;
      const disk = (line: number): number | null => {
        if (!self) return line;
        const r = resolveLine(abs, url, line, dumped);
        return r.file === abs && r.line > 0 ? r.line : null;
      };
      const fnLine = frame.fnLine > 0 ? disk(frame.fnLine) : null;
      const fn = fnLine !== null ? siteFunction(abs, fnLine) : null;
      const usable = (position: number): number | null => {
        const at = lineAtOffset(positions, position);
        const line = at === null ? null : disk(at);
        return line !== null && alloc.has(line) && (!fn || inSiteFunction(fn, line)) ? line : null;
      };
      const inner = frames.slice(0, f).map((fr) => fr.name);
      const keyed = (line: number, exact: boolean) => {
        if (self) return { site: lineKeyOf(abs, line), inner, exact };
        const r = resolveLine(abs, url, line, dumped);
        return { site: lineKeyOf(r.file, r.line), inner, exact };
      };
      if (frame.position >= 0) {
        const line = usable(frame.position) ?? frame.preceding.map(usable).find((l) => l !== null) ?? null;
        if (line !== null) return keyed(line, true);
      }
      if (!fn) return null;
      const callee = inner[f - 1] ?? '';
      // The lines that call the callee by name; else those below which the CPU samples saw it.
      let lines = callee ? (callsOnDisk(abs)?.get(callee) ?? []).filter((l) => inSiteFunction(fn, l)) : [];
      if (lines.length === 0 && callee) {
        const below = [...(reachedOf().get(abs)?.get(callee) ?? [])].map(disk);
        lines = [...new Set(below.filter((l): l is number => l !== null && inSiteFunction(fn, l) && alloc.has(l)))];
      }
      if (lines.length === 1) return keyed(lines[0]!, false);
      // A function's lines are keys only where no source map moves them elsewhere (a bundle's).
      if (!self && mapperOf(abs, url, dumped)) return null;
      if (lines.length > 1) fn.lines = lines;
      else if (inner.length === 0) fn.direct = [...alloc].filter((l) => inSiteFunction(fn, l));
      return { site: fn, inner, exact: false };
    }
    return null;
  }

  /** The function starting on the file's line `fnLine` (the widest, when several start there: a
   * callback in its caller's header) and the file's functions it calls, to INLINED_CALL_DEPTH. Computed
   * once per file and line: every walked stack through that function asks again. */
  function siteFunction(abs: string, fnLine: number): SiteFunction | null {
    const memoKey = `${fnLine}:${abs}`;
    const memo = siteFunctions.get(memoKey);
    if (memo !== undefined) return memo && { file: memo.file, ranges: memo.ranges };
    const ranges = rangesOnDisk(abs) ?? [];
    const starts = ranges.filter((r) => r.start === fnLine);
    const fn: SiteFunction | null = starts.length === 0 ? null : { file: abs, ranges: [[fnLine, Math.max(...starts.map((r) => r.end))]] };
    const calls = callsOnDisk(abs);
    if (fn && calls) {
      const byName = new Map<string, FunctionRange[]>();
      for (const r of ranges) {
        const name = r.name || r.assigned;
        if (name) byName.set(name, [...(byName.get(name) ?? []), r]);
      }
      let level = fn.ranges;
      for (let depth = 0; depth < INLINED_CALL_DEPTH && level.length > 0; depth++) {
        const next: Array<[number, number]> = [];
        for (const [name, lines] of calls) {
          const callees = byName.get(name);
          if (!callees || !lines.some((l) => level.some(([from, to]) => l >= from && l <= to))) continue;
          for (const r of callees) if (!fn.ranges.some(([from, to]) => from === r.start && to === r.end)) next.push([r.start, r.end]);
        }
        fn.ranges.push(...next);
        level = next;
      }
    }
    siteFunctions.set(memoKey, fn);
    // A copy: the caller narrows it to the callee's lines.
    return fn && { file: fn.file, ranges: fn.ranges };
  }

  /** The thread's own maps when it left one for the file, else any thread's (see above). */
  function mapsFor(abs: string, url: string, dumped: Record<string, unknown>): Record<string, unknown> {
    return dumped[url] !== undefined || dumped[abs] !== undefined ? dumped : anyThreadMaps;
  }

  /** The map payload the file's mapper was made from (with the generated code's positions,
   * when it was answered at load: raw.ts generatedPositions). */
  function payloadOf(abs: string, url: string, dumped: Record<string, unknown>): unknown {
    const maps = mapsFor(abs, url, dumped);
    return maps[url] ?? maps[abs];
  }

  function mapperOf(abs: string, url: string, dumped: Record<string, unknown>): LineMapper | null {
    let perThread = mappers.get(dumped);
    if (!perThread) mappers.set(dumped, (perThread = new Map()));
    let mapper = perThread.get(abs);
    if (mapper === undefined) {
      mapper = sources.mapperFor(abs, mapsFor(abs, url, dumped), url);
      perThread.set(abs, mapper);
    }
    return mapper;
  }

  function selfMapped(abs: string, url: string, dumped: Record<string, unknown>): boolean {
    return mapperOf(abs, url, dumped)?.sources?.includes(abs) === true;
  }

  function resolveLine(abs: string, url: string, line: number, dumped: Record<string, unknown>): { file: string; line: number } {
    const mapper = mapperOf(abs, url, dumped);
    if (mapper) {
      const o = mapper(line);
      if (o) {
        if (o.sourceContent && !out.mappedSources.has(o.file)) out.mappedSources.set(o.file, o.sourceContent);
        return { file: o.file, line: o.line };
      }
      // A line the map does not cover is code the transform added (esbuild's __export,
      // __toCommonJS and export getters at the top of tsx's CommonJS output). In a bundle on
      // disk that is a line of the bundle; in a transform of the file itself its number
      // addresses no line of that file: line 0, dropped as misplaced.
      if (mapper.sources?.includes(abs)) return { file: abs, line: 0 };
    }
    return { file: abs, line };
  }

  /** Each CPU tree node's parent, innermost profiled frame on its path (-1 if none) and the
   * child of that frame towards it (-1 for the frame itself): the node's line in a profiled
   * function is its child-on-path's line. */
  function profiledPaths(seg: RawSegment): { parent: Int32Array; prof: Int32Array; childOnPath: Int32Array } {
    const nodeCount = seg.nodes.length / NODE_STRIDE;
    const parent = new Int32Array(nodeCount);
    const prof = new Int32Array(nodeCount);
    const childOnPath = new Int32Array(nodeCount);
    for (let n = 0; n < nodeCount; n++) {
      const row = n * NODE_STRIDE;
      const p = seg.nodes[row]!;
      parent[n] = p;
      const url = seg.strings[seg.nodes[row + 5]!]!;
      const mine = url ? profiledAbs(url) !== null : false;
      // Nodes come in DFS order, so a parent is always resolved before its children.
      if (mine) {
        prof[n] = n;
        childOnPath[n] = -1;
      } else if (p >= 0) {
        prof[n] = prof[p]!;
        childOnPath[n] = prof[p] === p ? n : childOnPath[p]!;
      } else {
        prof[n] = -1;
        childOnPath[n] = -1;
      }
    }
    return { parent, prof, childOnPath };
  }

  function attributeSegment(seg: RawSegment, pid: number, dumped: Record<string, unknown>, track: SampleTrack, seenUntil: number, triggers: TriggerIndex): number {
    const nodeCount = seg.nodes.length / NODE_STRIDE;
    const { parent, prof, childOnPath } = profiledPaths(seg);
    const inRegistered = new Uint8Array(nodeCount);
    const registered = opts.registered;
    if (registered.length > 0) {
      for (let n = 0; n < nodeCount; n++) {
        const row = n * NODE_STRIDE;
        const p = parent[n]!;
        const url = seg.strings[seg.nodes[row + 5]!]!;
        const col = seg.nodes[row + 3]!;
        const name = seg.strings[seg.nodes[row + 4]!]!;
        const hit = registered.some((r) => isRegisteredFrame(r, url, col, name));
        inRegistered[n] = hit || (p >= 0 && inRegistered[p] === 1) ? 1 : 0;
      }
    }

    // Targets: per-line buckets (a caller frame at a known line) and per-node "self"
    // buckets (the frame is the leaf; its line comes from the node's tick counts).
    const selfAcc = new Map<number, Acc>();
    // GC samples of a frame, kept apart: placed on its allocating lines (see the fold below).
    const selfGcAcc = new Map<number, Acc>();
    const callerAcc = new Map<string, { acc: Acc; abs: string; url: string; line: number; fnNode: number }>();
    // A node's function, built once per window (the tick, edge and sample loops ask often).
    const fnMemo: Array<{ key: string; name: string; url: string } | undefined> = new Array(nodeCount);
    const fnOf = (n: number) => fnMemo[n] ?? (fnMemo[n] = fnOfNode(n));
    const fnOfNode = (n: number) => {
      const row = n * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row + 5]!]!;
      const rawName = seg.strings[seg.nodes[row + 4]!]!;
      const col = seg.nodes[row + 3]!;
      const name = rawName || (col <= 1 ? '(module)' : '(anonymous)');
      return { key: `${url}|${name}|${col}`, name, url };
    };
    // Dominant tick line per node, for the sample track's key.
    const ticksByNode = new Map<number, Array<[number, number]>>();
    // A top level's ticks on lines without code (see foreignTicks).
    const noCodeTicks = new Map<number, Array<[number, number]>>();
    for (let i = 0; i < seg.ticks.length; i += 3) {
      const n = seg.ticks[i]!;
      // A tick on a line without code is V8's fallback when it could not map the pc (the
      // function's start line: line 1 of a script, often a comment). It says nothing about
      // the line: the node's samples go by its other ticks (or the function's over the run).
      // The same holds for a function header that does no work (`function checksum(n) {`):
      // V8 charges there what it could not map in the function, and the entry's stack check.
      if (prof[n] === n) {
        const tickUrl = seg.strings[seg.nodes[n * NODE_STRIDE + 5]!]!;
        const tickAbs = profiledAbs(tickUrl)!;
        const code = codeOf(tickAbs, tickUrl, dumped);
        if (code && !code.has(seg.ticks[i + 1]!)) {
          if (fnOf(n).name === '(module)') {
            let l = noCodeTicks.get(n);
            if (!l) noCodeTicks.set(n, (l = []));
            l.push([seg.ticks[i + 1]!, seg.ticks[i + 2]!]);
          }
          if (headersOf(tickAbs, tickUrl, dumped)?.has(seg.ticks[i + 1]!)) {
            const key = fnOf(n).key;
            let m = fnHeaderTicks.get(key);
            if (!m) fnHeaderTicks.set(key, (m = new Map()));
            m.set(seg.ticks[i + 1]!, (m.get(seg.ticks[i + 1]!) ?? 0) + seg.ticks[i + 2]!);
          }
          continue;
        }
      }
      let l = ticksByNode.get(n);
      if (!l) ticksByNode.set(n, (l = []));
      l.push([seg.ticks[i + 1]!, seg.ticks[i + 2]!]);
      if (prof[n] === n) {
        const key = fnOf(n).key;
        let m = fnTicks.get(key);
        if (!m) fnTicks.set(key, (m = new Map()));
        m.set(seg.ticks[i + 1]!, (m.get(seg.ticks[i + 1]!) ?? 0) + seg.ticks[i + 2]!);
      }
    }

    // Call edges between profiled frames (once per tree node: the tree is the set of stacks).
    for (let n = 0; n < nodeCount; n++) {
      if (prof[n] !== n || parent[n]! < 0) continue;
      const caller = prof[parent[n]!]!;
      if (caller < 0) continue;
      // A function "calling" itself is no edge to defer along: recursion, or V8 showing an
      // on-stack-replaced frame under its own function (seen on Node 24: renderRows's loop
      // line became a caller of renderRows, and its 1 s regression deferred to a 20 ms one).
      if (fnOf(caller).key === fnOf(n).key) continue;
      const child = parent[n] === caller ? n : childOnPath[parent[n]!]!;
      if (child < 0) continue;
      const url = seg.strings[seg.nodes[caller * NODE_STRIDE + 5]!]!;
      const r = resolveLine(profiledAbs(url)!, url, seg.nodes[child * NODE_STRIDE + 2]!, dumped);
      let byLine = out.callEdges.get(r.file);
      if (!byLine) out.callEdges.set(r.file, (byLine = new Map()));
      let callees = byLine.get(r.line);
      if (!callees) byLine.set(r.line, (callees = new Set()));
      callees.add(fnOf(n).key);
      const callerFn = fnOf(caller);
      if (callerFn.name === '(module)') {
        let m = moduleCallees.get(callerFn.key);
        if (!m) moduleCallees.set(callerFn.key, (m = new Map()));
        const calleeFn = fnOf(n);
        if (!m.has(calleeFn.key)) m.set(calleeFn.key, { fn: calleeFn, abs: profiledAbs(calleeFn.url)!, url: calleeFn.url });
      }
    }

    const allocKeyMemo = new Map<number, string | null>();
    const selfKeyMemo = new Map<number, string | null>();
    const callerKeyMemo = new Map<string, string | null>();
    const jsAllocKeyMemo = new Map<number, string | null>();
    const hint = { i: 0 };
    const clock = seg.clock;
    const stride = seg.clock_stride ?? 2;
    const hasClock = clock.length >= 2 * stride;
    const interval = seg.interval_us;
    let prevTs = Math.max(seg.start_us, seenUntil);
    let maxTs = seenUntil;
    const paused = seg.paused ?? [];
    const isPaused = (t: number) => {
      for (let k = 0; k < paused.length; k += 2) if (t >= paused[k]! && t <= paused[k + 1]!) return true;
      return false;
    };
    let first = true;
    let prevTarget: { self: number } | { caller: string } | null = null;
    // The last samples' buckets, for the segment's tail (below): a ring, no allocation per sample.
    const recentAcc: Acc[] = [];
    const recentState: VmState[] = [];
    const recentNode: number[] = [];
    let recentCount = 0;
    let lastKey: string | null = null;
    const S = seg.samples;
    for (let i = 0; i < S.length; i += 3) {
      const n = S[i]!;
      const ts = S[i + 1]!;
      const state = S[i + 2]! as VmState;
      if (ts <= seenUntil) continue;
      if (ts > maxTs) maxTs = ts;
      const trig = takeTrigger(triggers, ts);
      if (trig !== null) {
        // Taken for a memory event, not by the timer: no CPU time, and its stack is the
        // event's site.
        const p = n >= 0 && n < nodeCount ? prof[n]! : -1;
        const allowed = registered.length === 0 || (n >= 0 && inRegistered[n] === 1);
        const site = p >= 0 && allowed ? siteKey(n, p, unitHash(trig)) : null;
        const jsSite = p >= 0 && allowed ? siteKey(n, p, unitHash(trig), true) : null;
        track.site_t_us!.push(trig);
        track.site_key!.push(site === NOT_ALLOCATING ? null : site);
        track.site_js_key!.push(jsSite === NOT_ALLOCATING ? null : jsSite);
        track.site_fn!.push(null);
        continue;
      }
      if (isPaused(ts)) {
        prevTs = ts;
        continue;
      }
      let dtUs = first && seenUntil === -Infinity ? Math.min(interval, Math.max(0, ts - seg.start_us)) || interval : ts - prevTs;
      first = false;
      if (dtUs < 0) dtUs = 0; // V8 may deliver a sample or two out of order
      if (dtUs > MAX_SAMPLE_GAP_US) dtUs = MAX_SAMPLE_GAP_US;
      let cpuUs: number;
      let waitUs = 0;
      if (hasClock) {
        const c0 = clocksAt(clock, stride, ts - dtUs, hint);
        const c1 = clocksAt(clock, stride, ts, hint);
        cpuUs = c0 === null || c1 === null ? dtUs : Math.min(dtUs, Math.max(0, c1[0] - c0[0]));
        if (c0 && c1) waitUs = Math.min(dtUs - cpuUs, Math.max(0, c1[1] - c0[1]));
      } else {
        cpuUs = state === VmState.IDLE || state === VmState.ATOMICS_WAIT ? 0 : dtUs;
      }
      if (ts > prevTs) prevTs = ts;
      // Off-CPU time, less the time the thread was runnable but waiting for a core: that is
      // the machine's load, not the line's I/O or sleep (kept apart in runqueue_s).
      out.runqueue_s += waitUs / 1e6;
      const offUs = opts.useVirtualTime ? 0 : dtUs - cpuUs - waitUs;

      let target: { self: number } | { caller: string } | null = null;
      const p = n >= 0 && n < nodeCount ? prof[n]! : -1;
      const allowed = registered.length === 0 || (n >= 0 && inRegistered[n] === 1);
      if (p >= 0 && allowed) {
        if (p === n) target = { self: n };
        else {
          const c = childOnPath[n]!;
          const row = p * NODE_STRIDE;
          const url = seg.strings[seg.nodes[row + 5]!]!;
          const line = seg.nodes[c * NODE_STRIDE + 2]!;
          const key = `${p}:${line}`;
          if (!callerAcc.has(key)) callerAcc.set(key, { acc: newAcc(), abs: profiledAbs(url)!, url, line, fnNode: p });
          target = { caller: key };
        }
      } else if (state === VmState.GC) {
        // A GC sample has no stack: it belongs to the code that ran up to it (prevTarget is
        // cleared whenever that code was not profiled, or not registered with profile(fn)).
        target = prevTarget;
      }
      const dtS = dtUs / 1e6;
      if (!target) {
        out.unattributed_s += (opts.useVirtualTime ? cpuUs : dtUs) / 1e6;
        track.t_us.push(ts);
        track.dt_s.push(dtS);
        track.cpu_s!.push(cpuUs / 1e6);
        track.alloc_key!.push(null);
        track.js_alloc_key!.push(null);
        track.key.push(null);
        if (state !== VmState.GC) prevTarget = null;
        continue;
      }
      prevTarget = target;
      let acc: Acc;
      if ('self' in target) {
        const accs = state === VmState.GC ? selfGcAcc : selfAcc;
        acc = accs.get(target.self) ?? newAcc();
        accs.set(target.self, acc);
      } else {
        acc = callerAcc.get(target.caller)!.acc;
      }
      const cpuS = cpuUs / 1e6;
      if (state === VmState.GC) acc.gc += cpuS;
      else if (isNativeSample(state, seg, n)) acc.native += cpuS;
      else acc.js += cpuS;
      acc.sys += offUs / 1e6;
      acc.samples += 1;
      out.perPid.set(pid, (out.perPid.get(pid) ?? 0) + dtS);
      track.t_us.push(ts);
      track.dt_s.push(dtS);
      track.cpu_s!.push(cpuS);
      const sited = opts.memory !== false && state !== VmState.GC && p >= 0;
      track.alloc_key!.push(sited ? allocKeyOf(n, p) : null);
      track.js_alloc_key!.push(sited ? allocKeyOf(n, p, true) : null);
      const key = trackKey(target);
      track.key.push(key);
      const slot = recentCount++ % TAIL_MIX_SAMPLES;
      recentAcc[slot] = acc;
      recentState[slot] = state;
      recentNode[slot] = n;
      lastKey = key;
    }

    // V8's samples can stop while the thread runs on, up to a window's end: Node 26 under a
    // competing process, 49 ms of CPU in the last 51 ms of a run with no sample while our
    // clock thread kept ticking (the loop's line showed 17 ms instead of ~80), and whole
    // 100 ms stretches without a sample, then the window roll (its interrupt waits for the
    // stretch to end: such windows run long), a few per thousand windows. A gap between
    // samples goes to the sample that ends it; a window's tail has none, so a stalled tail's
    // CPU time goes to what the thread was doing before it: its last samples, in proportion,
    // counted as one late sample (compare then rests on the samples it had). The run's time
    // says it was the program's: without it such a run had 100 ms less CPU on its lines than
    // its neighbours at the same wall time.
    const tailUs = Math.min(seg.end_us - prevTs, MAX_SAMPLE_GAP_US);
    const recentN = Math.min(recentCount, TAIL_MIX_SAMPLES);
    if (recentN > 0 && hasClock && tailUs > TAIL_STALL_INTERVALS * interval && !touchesSpan(seg, prevTs, prevTs + tailUs)) {
      const c0 = clocksAt(clock, stride, prevTs, hint);
      const c1 = clocksAt(clock, stride, prevTs + tailUs, hint);
      const cpuUs = c0 && c1 ? Math.min(tailUs, Math.max(0, c1[0] - c0[0])) : 0;
      // (A thread that mostly waited there, an idle event loop before exit, is no stall.)
      if (cpuUs >= 2 * interval) {
        const f = 1 / recentN;
        const cpuS = (cpuUs / 1e6) * f;
        for (let k = 0; k < recentN; k++) {
          const acc = recentAcc[k]!;
          if (recentState[k] === VmState.GC) acc.gc += cpuS;
          else if (isNativeSample(recentState[k]!, seg, recentNode[k]!)) acc.native += cpuS;
          else acc.js += cpuS;
          acc.samples += f;
        }
        out.perPid.set(pid, (out.perPid.get(pid) ?? 0) + tailUs / 1e6);
        track.t_us.push(prevTs + tailUs);
        track.dt_s.push(tailUs / 1e6);
        track.cpu_s!.push(cpuUs / 1e6);
        track.alloc_key!.push(null);
        track.js_alloc_key!.push(null);
        track.key.push(lastKey);
      }
    }

    // Fold buckets into lines and functions.
    const charge = (absFn: number, abs: string, url: string, line: number, acc: Acc, f: number) =>
      chargeLine(fnOf(absFn), abs, url, line, acc, f, dumped);
    for (const b of callerAcc.values()) {
      // The call site V8 gives when it cannot map the caller's pc is the caller's start line
      // (line 1 of a script: often a comment), as for self ticks: such time goes by the
      // function's mapped call sites (or its own ticks) over the whole run, at the end.
      // Seen on Node 22: 30 ms of a top-level loop's calls on line 1 in one run of ten.
      const code = codeOf(b.abs, b.url, dumped);
      const fn = fnOf(b.fnNode);
      if (code && !code.has(b.line)) {
        untimedCalls.add(fn, b.abs, b.url, b.acc, dumped);
        continue;
      }
      let m = fnCallLines.get(fn.key);
      if (!m) fnCallLines.set(fn.key, (m = new Map()));
      m.set(b.line, (m.get(b.line) ?? 0) + b.acc.samples);
      charge(b.fnNode, b.abs, b.url, b.line, b.acc, 1);
    }
    /** The once-running lines of a top level whose ticks in this window are misplaced (the
     * functions it calls ticked in the window too: its loops were running), or null. */
    function moduleOnceMisplaced(n: number, abs: string, url: string): LineSet | null {
      if (fnOf(n).name !== '(module)') return null;
      const once = onceLines(abs, url, dumped);
      const callees = moduleCallees.get(fnOf(n).key);
      if (!once || !callees) return null;
      let calleeTicks = 0;
      for (const [m, t] of ticksByNode) if (m !== n && callees.has(fnOf(m).key)) for (const x of t) calleeTicks += x[1];
      return calleeTicks > 0 ? once : null;
    }
    /**
     * A top level's ticks that belong to a function it calls in another script: V8 resolves the
     * positions of a callee inlined from another script against the caller's script (node
     * --cpu-prof shows it: a loop on line 8 of lib.mjs, inlined into main.mjs's top-level loop,
     * ticked 263 times on main.mjs's line 8, `if (t < 0) console.log(t)`, and 13 times in its
     * own node). A tick on a line that cannot be the top level's own (one that runs once, while
     * its callees ran, or one without code) inside the range of such a callee, by name, is that
     * callee's line tick. [callee, its file, url, line, hits] for each.
     */
    function foreignTicks(n: number, abs: string, url: string, misplaced: LineSet | null): Array<[{ key: string; name: string }, string, string, number, number]> {
      const callees = moduleCallees.get(fnOf(n).key);
      if (!callees) return [];
      // (Not line 1: V8's own fallback for a pc it cannot map in a script's top level.)
      const candidates = [...(misplaced ? (ticksByNode.get(n) ?? []).filter((t) => misplaced.has(t[0])) : []), ...(noCodeTicks.get(n) ?? []).filter((t) => t[0] !== 1)];
      const out: Array<[{ key: string; name: string }, string, string, number, number]> = [];
      for (const [line, hits] of candidates) {
        if (hits <= 0) continue;
        for (const c of callees.values()) {
          if (c.abs === abs || c.fn.name === '(anonymous)' || c.fn.name === '(module)') continue;
          const ranges = rangesOf(c.abs, c.url, dumped);
          if (ranges?.some((r) => (r.name === c.fn.name || r.assigned === c.fn.name) && r.start <= line && line <= r.end)) {
            out.push([c.fn, c.abs, c.url, line, hits]);
            break;
          }
        }
      }
      return out;
    }
    const selfBuckets = [...[...selfAcc].map(([n, acc]) => ({ n, acc, gc: false })), ...[...selfGcAcc].map(([n, acc]) => ({ n, acc, gc: true }))];
    // GC samples of frames that cannot allocate, and this window's allocating ticks of every
    // profiled frame, [node, line (a local callee's, for a forwarding call line), weight].
    // Measured on Node 20 (the compare leak pair, base): in 1 run of 10, 8 ms of GC went to
    // `checksum`'s arithmetic loop while makeRecord's line fell to a third of its share (V8
    // mapped the pcs of the inlined makeRecord to the loop), a "time moved" stress failure.
    const orphanGc: Acc[] = [];
    let allocTicks: Array<[number, number, number]> | null = null;
    const windowAlloc = (): Array<[number, number, number]> => {
      if (allocTicks) return allocTicks;
      allocTicks = [];
      for (const [m, ticks] of ticksByNode) {
        if (prof[m] !== m) continue;
        const u = seg.strings[seg.nodes[m * NODE_STRIDE + 5]!]!;
        const a = profiledAbs(u)!;
        const alloc = jsAllocLines(a, u, dumped);
        if (!alloc) continue;
        const forwards = forwardsOf(a, u, dumped);
        const misplaced = moduleOnceMisplaced(m, a, u);
        for (const [line, hits] of ticks) {
          if (!alloc.has(line) || hits <= 0 || misplaced?.has(line)) continue;
          const targets = forwards?.get(line) ?? [line];
          for (const t of targets) allocTicks.push([m, t, hits / targets.length]);
        }
      }
      return allocTicks;
    };
    for (const { n, acc, gc } of selfBuckets) {
      const row = n * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row + 5]!]!;
      const abs = profiledAbs(url)!;
      let ticks = ticksByNode.get(n);
      // A top level's ticks on a line that runs once, in a window where the functions it calls
      // ran too, are pcs V8 could not map (see below): no GC or time is placed by them.
      const misplacedOnce = moduleOnceMisplaced(n, abs, url);
      if (ticks && misplacedOnce) ticks = ticks.filter((t) => !misplacedOnce.has(t[0]));
      if (ticks && gc) {
        // A GC is work the frame's allocations caused: its time (and the thread's off-CPU
        // wait inside it) goes to the frame's lines that can allocate, not to a function's
        // header or a loop's, where V8 also stops for the GC a nearby allocation asked for
        // (measured: 8 ms of GC and 10 ms of waits on `function makeRecord(i) {` in one of
        // ten runs, a new "hotspot" there against runs where the GC fell on line 6: in that
        // window the function's one tick was its entry, the GC run from the stack check).
        // This window's allocating ticks, else the function's over the run so far.
        const alloc = jsAllocLines(abs, url, dumped);
        if (alloc) {
          let found = false;
          for (const cand of [ticks, [...(fnTicks.get(fnOf(n).key) ?? [])]]) {
            const allocating = cand.filter((t) => alloc.has(t[0]) && t[1] > 0 && !misplacedOnce?.has(t[0]));
            if (allocating.length > 0) {
              ticks = allocating;
              found = true;
              break;
            }
          }
          // None of the frame's lines can allocate (arithmetic, a loop header): V8 ran the GC
          // there for allocations elsewhere, an inlined callee whose pcs it mapped to the
          // frame's lines, or incremental marking finished from an interrupt at a back edge.
          // It goes to the lines that allocated in this window (below).
          if (!found && windowAlloc().length > 0) {
            orphanGc.push(acc);
            continue;
          }
        }
      }
      const total = ticks ? ticks.reduce((s, t) => s + t[1], 0) : 0;
      // A script's top level, on-stack replaced with its callees inlined, has samples V8 cannot
      // map to a line (the node's samples beyond its line ticks): spread by this window's few
      // ticks, they landed on whatever line ticked, a loop header or a line that runs once
      // after the loops (Node 22-26 under load, 1 run in 10-40: `for (let i …) {` at 32 ms
      // of 78 samples from 3 ticks against 1-3 ms in other runs, and `if (…) console.log(sum)`
      // at 10 % of the run, stress failures). Such samples are the top level's inlined callees
      // as much as its own code: they go by the run's ticks of both, at the end.
      // Ticks on a line that runs once (`if (…) console.log(sum)` after the loops), in a
      // window where the functions the top level calls ran too, are such pcs as well: the
      // line cannot run during its loops (Node 24: 10.6 % of a run on it, against 3 %).
      // (With the file's source known: without it, nothing says which lines hold code.)
      // Ticks of a callee from another script, which V8 placed on this script's lines
      // (foreignTicks), go to that callee's lines.
      if (!gc && fnOf(n).name === '(module)' && (total > 0 || misplacedOnce || noCodeTicks.has(n)) && codeOf(abs, url, dumped)) {
        const all = acc.samples + (selfGcAcc.get(n)?.samples ?? 0);
        // Any run-once line here, misplaced or not: one that really runs once ticks a few
        // times at most, never inside another script's function at the same line number.
        const foreign = foreignTicks(n, abs, url, onceLines(abs, url, dumped));
        const moved = foreign.reduce((sum, t) => sum + t[4], 0);
        const movedLines = new Set(foreign.map((t) => t[3]));
        const own = (ticks ?? []).filter((t) => !movedLines.has(t[0]));
        const ownTotal = own.reduce((sum, t) => sum + t[1], 0);
        const denom = Math.max(all, ownTotal + moved);
        const unmapped = denom > 0 ? (denom - ownTotal - moved) / denom : 0;
        if (unmapped > 0 || moved > 0) {
          for (const [fn, a, u, line, hits] of foreign) {
            chargeLine(fn, a, u, line, acc, hits / denom, dumped);
            let m = fnTicks.get(fn.key);
            if (!m) fnTicks.set(fn.key, (m = new Map()));
            m.set(line, (m.get(line) ?? 0) + hits);
          }
          if (unmapped > 0) {
            const part = newAcc();
            addScaled(part, acc, unmapped);
            untimedModule.add(fnOf(n), abs, url, part, dumped);
          }
          for (const [line, hits] of own) charge(n, abs, url, line, acc, hits / denom);
          continue;
        }
      }
      if (!ticks || total === 0) {
        // No line ticks for this frame in this window (optimized code at a position V8
        // could not map): split by the function's ticks over the whole run, at the end.
        // (The node's own line field is the call site in its *caller*: never use it here.)
        untimed.add(fnOf(n), abs, url, acc, dumped);
        continue;
      }
      // A GC's allocating line that only calls a local allocating function is that
      // function's allocation, inlined (as for memory events, forwardingLines): measured on
      // Node 20, the leak pair's `const r = makeRecord(i)` took 11 ms of GC in 1 base run of
      // 10 (its makeRecord inlined into the top-level loop, whose frame alone ran up to the
      // GCs), 0-5 ms in the others, and a "cold line took 13.7 %" stress failure.
      const forwards = gc ? forwardsOf(abs, url, dumped) : null;
      for (const [line, hits] of ticks) {
        const targets = forwards?.get(line);
        if (!targets) charge(n, abs, url, line, acc, hits / total);
        else for (const t of targets) charge(n, abs, url, t, acc, hits / total / targets.length);
      }
    }
    if (orphanGc.length > 0) {
      const sites = windowAlloc();
      const weight = sites.reduce((sum, t) => sum + t[2], 0);
      for (const acc of orphanGc) {
        for (const [m, line, w] of sites) {
          const u = seg.strings[seg.nodes[m * NODE_STRIDE + 5]!]!;
          charge(m, profiledAbs(u)!, u, line, acc, w / weight);
        }
      }
    }

    return maxTs;

    /** The line a triggered sample names: the call site in the innermost profiled frame,
     * or, when that frame is the leaf (V8 gives no line for it), the busiest line of the
     * frame in this window among those that can allocate by themselves (null if none). */
    function allocKeyOf(n: number, p: number, js = false): string | null {
      const memo = js ? jsAllocKeyMemo : allocKeyMemo;
      let k = memo.get(n);
      if (k === undefined) {
        const site = siteKey(n, p, undefined, js);
        memo.set(n, (k = site === NOT_ALLOCATING ? null : site));
      }
      return k;
    }

    /** draw ∈ [0, 1): for a leaf frame, pick its allocating line with probability
     * proportional to the line's ticks (a memory event's site, so that a window's events
     * spread over the lines as their work does); without it, the busiest such line. js: a
     * JS-heap event's site (jsAllocLines), else a native one's. */
    function siteKey(n: number, p: number, draw?: number, js = false): string | null | typeof NOT_ALLOCATING {
      const row = p * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row + 5]!]!;
      const abs = profiledAbs(url)!;
      const alloc = (js ? jsAllocLines : allocLines)(abs, url, dumped);
      if (p !== n) {
        const line = seg.nodes[childOnPath[n]! * NODE_STRIDE + 2]!;
        // Below a line that cannot allocate (a loop header, arithmetic, a call of a helper
        // that allocates nothing) the GC came from V8 itself: incremental marking finished
        // from an interrupt at the loop's back edge, not from this code's allocation.
        if (alloc && !alloc.has(line)) return NOT_ALLOCATING;
        const r = resolveLine(abs, url, forwarded(abs, url, line, dumped, draw), dumped);
        return lineKeyOf(r.file, r.line);
      }
      let best: [number, number] | null = null;
      const once = onceLines(abs, url, dumped);
      const windowTicks = ticksByNode.get(n) ?? [];
      const runTicks = () => [...(fnTicks.get(fnOf(n).key) ?? new Map<number, number>())];
      // This window's ticks of the node, else the function's over the run so far. A line that
      // runs once is a site only when no repeated line of the frame ticked in either, and only
      // with the ticks of real work in this window: V8's ticks for an optimized loop's exit
      // (2-4 ms, measured) are not an allocation; the GC is then placed by nearby allocating
      // code, as for any GC without a site.
      const repeated = (ticks: Array<[number, number]>) => (once ? ticks.filter((t) => !once.has(t[0])) : ticks);
      const onceWorked = once ? windowTicks.filter((t) => !once.has(t[0]) || t[1] >= ONCE_SITE_MIN_TICKS) : windowTicks;
      // (The run's ticks are read only when the window's have no candidate.)
      for (const source of [() => repeated(windowTicks), () => repeated(runTicks()), () => onceWorked]) {
        const candidates = source().filter((t) => alloc?.has(t[0]) && t[1] > 0);
        if (candidates.length === 0) continue;
        if (draw === undefined) best = candidates.reduce((a, b) => (b[1] > a[1] ? b : a));
        else {
          // A triggered sample carries no line of its own in a leaf frame (V8 counts no line
          // tick for it): the busiest line would take every event of the window, so a loop
          // with two allocating lines would put all its bytes on one of them.
          let x = draw * candidates.reduce((sum, t) => sum + t[1], 0);
          best = candidates[candidates.length - 1]!;
          for (const t of candidates) if ((x -= t[1]) < 0) { best = t; break; }
        }
        break;
      }
      // No line of this frame that ran here can allocate: the GC was not started by an
      // allocation of this code (V8 also finishes incremental marking from an interrupt at
      // a loop's back edge). Not a site, rather than a line that never allocated.
      if (!best) return alloc ? NOT_ALLOCATING : trackKey({ self: n });
      const r = resolveLine(abs, url, forwarded(abs, url, best[0], dumped, draw), dumped);
      return lineKeyOf(r.file, r.line);
    }

    // Per bucket, once per window: the window's ticks are all read before its samples are.
    function trackKey(target: { self: number } | { caller: string }): string | null {
      const memo = 'caller' in target ? callerKeyMemo : selfKeyMemo;
      const id = 'caller' in target ? target.caller : target.self;
      let k = (memo as Map<typeof id, string | null>).get(id);
      if (k === undefined) (memo as Map<typeof id, string | null>).set(id, (k = trackKeyOf(target)));
      return k;
    }

    function trackKeyOf(target: { self: number } | { caller: string }): string | null {
      if ('caller' in target) {
        const b = callerAcc.get(target.caller)!;
        const code = codeOf(b.abs, b.url, dumped);
        if (code && !code.has(b.line)) return null; // an unmapped call site (see above)
        const r = resolveLine(b.abs, b.url, b.line, dumped);
        return lineKeyOf(r.file, r.line);
      }
      const row = target.self * NODE_STRIDE;
      const url = seg.strings[seg.nodes[row + 5]!]!;
      let ticks: Array<[number, number]> | undefined = ticksByNode.get(target.self);
      if (!ticks || ticks.length === 0) ticks = [...(fnTicks.get(fnOf(target.self).key) ?? new Map<number, number>())];
      if (ticks.length === 0) return null;
      const best = ticks.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
      const r = resolveLine(profiledAbs(url)!, url, best, dumped);
      return lineKeyOf(r.file, r.line);
    }
  }
}

interface TriggerIndex {
  t0: Float64Array;
  t1: Float64Array;
  key: Float64Array;
  used: Uint8Array;
}

/** A triggered-sample record: [t0, t1, key, taken (1) or not (0)]. */
type TriggerRow = [number, number, number, number];

/** A thread's triggered-sample records from every window, by start time. `carry`: the last
 * records of the thread's windows added before (carryOf), so that a window added alone finds
 * the record of a trigger whose sample V8 delivered in it, one window after its record, as
 * the thread's windows added all at once do. */
function triggerIndex(segments: RawSegment[], carry: readonly TriggerRow[] = []): TriggerIndex {
  const rows: TriggerRow[] = [...carry];
  for (const seg of segments) {
    const tr = seg.trig ?? [];
    for (let i = 0; i + 4 <= tr.length; i += 4) rows.push([tr[i + 1]!, tr[i + 2]!, tr[i]!, 0]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  return {
    t0: Float64Array.from(rows, (r) => r[0]),
    t1: Float64Array.from(rows, (r) => r[1]),
    key: Float64Array.from(rows, (r) => r[2]),
    used: Uint8Array.from(rows, (r) => r[3]),
  };
}

/** The records a sample after `seenUs` could still meet in takeTrigger, which looks at the two
 * latest starts at or before the sample: every record starting after `seenUs`, and the two
 * latest at or before it, taken or not (a taken one still stands in the way of an earlier one). */
function carryOf(ix: TriggerIndex, seenUs: number): TriggerRow[] {
  const out: TriggerRow[] = [];
  for (let i = Math.max(0, firstAfter(ix.t0, seenUs) - 2); i < ix.t0.length; i++) out.push([ix.t0[i]!, ix.t1[i]!, ix.key[i]!, ix.used[i]!]);
  return out;
}

/** A frame of a stack the engine walked itself (raw.ts trig_stacks). */
interface WalkedFrame {
  script: number;
  /** UTF-16 offset into the script; -1: none reported. */
  position: number;
  /** The first line of the frame's function; 0: unknown. */
  fnLine: number;
  name: string;
  /** Optimized code: the positions before `position` in code order, nearest first. */
  preceding: number[];
}

// Trigger kinds (native/src/site_trigger.h TriggerKind) that come from the shim.
const TRIGGER_ALLOC = 1;
const TRIGGER_COPY = 3;

// V8 stamps a sample with TimeTicks::Now() + 1 µs (native-pitfalls.md).
const TRIGGER_SLACK_US = 2;

/** The key of the trigger whose [t0, t1] holds a sample stamped ts (each taken once), or null. */
function takeTrigger(ix: TriggerIndex, ts: number): number | null {
  const lo = firstAfter(ix.t0, ts);
  for (let i = lo - 1; i >= 0 && i >= lo - 2; i--) {
    if (!ix.used[i] && ts <= ix.t1[i]! + TRIGGER_SLACK_US) {
      ix.used[i] = 1;
      return ix.key[i]!;
    }
  }
  return null;
}

/**
 * On-CPU time that is not JavaScript: V8 in EXTERNAL state (API callbacks such as
 * crypto, zlib, fs), OTHER/IDLE/ATOMICS_WAIT, or a leaf frame that is a native callback
 * or a builtin without a script (C++ builtins like JSON.parse).
 */
function isNativeSample(state: VmState, seg: RawSegment, n: number): boolean {
  if (state === VmState.EXTERNAL || state === VmState.OTHER || state === VmState.IDLE || state === VmState.ATOMICS_WAIT) return true;
  if (state !== VmState.JS) return false;
  if (n < 0) return false;
  const row = n * NODE_STRIDE;
  const type = seg.nodes[row + 6]! as NodeSourceType;
  if (type === NodeSourceType.Callback) return true;
  if (type === NodeSourceType.Builtin) return seg.strings[seg.nodes[row + 5]!] === '';
  return false;
}

/** A deterministic draw in [0, 1) from an integer (a µs timestamp): a triggered sample's
 * line choice is reproducible from the same raw data. */
function unitHash(x: number): number {
  let h = Math.imul((x % 4294967296) >>> 0, 0x9e3779b1) ^ Math.floor(x / 4294967296);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}
