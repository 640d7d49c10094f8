// Reading what the native engine and the preload left in the session directory:
// raw/<pid>-<thread>.<seq>.json (one per checkpoint) and proc/<pid>-<thread>.json.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mapOfDataBody } from './data-url.js';
import type { SourcePositions } from './functions.js';

/** V8's StateTag values (v8-unwinder.h); stable across V8 11–14. */
export const enum VmState {
  JS = 0,
  GC = 1,
  PARSER = 2,
  BYTECODE_COMPILER = 3,
  COMPILER = 4,
  OTHER = 5,
  EXTERNAL = 6,
  ATOMICS_WAIT = 7,
  IDLE = 8,
}

/** CpuProfileNode::SourceType. */
export const enum NodeSourceType {
  Script = 0,
  Builtin = 1,
  Callback = 2,
  Internal = 3,
  Unresolved = 4,
}

export interface RawSegment {
  pid: number;
  ppid: number;
  thread_id: number;
  seq: number;
  final: boolean;
  interval_us: number;
  v8: string;
  start_us: number;
  end_us: number;
  /** Flattened rows of 7: parent, scriptId, line, column, nameIdx, urlIdx, sourceType. */
  nodes: number[];
  /** Flattened triples: node, line, hits. */
  ticks: number[];
  strings: string[];
  /** Flattened triples: node, timestamp µs (CLOCK_MONOTONIC), VM state. */
  samples: number[];
  /** Flattened rows of `clock_stride` (2 or 3): monotonic µs, thread CPU µs[, run-queue wait µs]. */
  clock: number[];
  clock_stride?: number;
  /** Flattened [start, end] µs windows during which profiling was suspended (samples dropped). */
  paused?: number[];
  /** Full mode: flattened [start, end] µs spans of the profiler's own work on this thread
   * (heap readings, window rolls): native events inside are not the program's. */
  own?: number[];
  /** gettid() of the thread: joins with the allocation shim's samples. */
  tid?: number;
  // --- memory sampler members (full mode; native/src/heap_sampler.h) ---
  /** Present (1) when the window carries memory members. */
  mem_v?: number;
  /** 1 when the allocation shim was loaded in the process. */
  shim?: number;
  /** V8's sampling heap profiler's mean interval in bytes; 0 when it could not start. */
  hs?: number;
  /** Flattened rows of 7 per GC: start µs, end µs, GCType, JS used before, JS used after,
   * native net before, native net after (native -1: no shim). */
  gc?: number[];
  /** Triggered samples (native/src/site_trigger.h): [key µs, t0 µs, t1 µs, kind]*. The CPU
   * sample stamped within [t0, t1] was taken for the event keyed by `key` (a GC's start, a
   * shim sample's time) and is not a timer sample. */
  trig?: number[];
  /** Stacks V8's profiler could not take (a fast C call, a runtime call), walked by V8's
   * signal-safe walker and symbolized through the engine's code map (native/src/code_map.h):
   * [key µs, kind, n, frame × n]*, innermost frame first; a frame is [script id, source
   * position (-1: none), the function's first line (0: unknown), index in trig_names, k,
   * k preceding positions] (native/src/code_map.h CodePosition). */
  trig_stacks?: number[];
  /** The function names trig_stacks refers to. */
  trig_names?: string[];
  /** Triggers whose stack named no JavaScript frame at all. */
  trig_skipped?: number;
  /** [t µs, JS heap used, native net] read at the window's end. */
  heap?: number[];
  /** The same reading taken when the sampler started (first window only). */
  heap0?: number[];
  /** Flattened rows of 8 shim samples: seq, kind (| 16 = thread ran no JS), t µs, tid,
   * bytes, addr, aux, block bytes (native/shim/shim_api.h). */
  mem?: number[];
  /** Process-wide shim totals at the window's end (main thread): alloc, free, copy,
   * dropped samples, malloc window. */
  shim_totals?: number[];
  /** Heap-profiler snapshot time (µs); the hs_* members come with it. */
  hs_t?: number;
  /** Flattened rows of 6: node id, parent id, function line, column, name, url. */
  hs_nodes?: Array<number | string>;
  /** Flattened rows of 4: sample id, node id, size, count (size*count ≈ bytes). */
  hs_new?: number[];
  /** Sample ids no longer in the profile (collected) since the previous snapshot. */
  hs_gone?: number[];
  /** Final window: 1 when a full GC ran just before the snapshot (what is still present survived one). */
  hs_settled?: number;
  /** Final window: sample ids seen at an earlier snapshot and collected only by the settling
   * GC at exit (held until then if they had survived a full GC during the run). */
  hs_exit?: number[];
  /** Final window: time of the reading before the settling GC (later GCs are that GC's). */
  hs_pre_t?: number;
  /** Readings taken between windows, each at the first interrupt after a GC that ended at
   * `post_gc` (what it shows was reachable then, but for what was allocated in between);
   * `used`: the JS heap's used bytes just before the reading; members as hs_nodes, hs_new
   * and hs_gone. */
  hs_mid?: Array<{ t: number; post_gc: number; used?: number; nodes: Array<number | string>; new: number[]; gone: number[] }>;
}

export interface ProcMeta {
  pid: number;
  ppid: number;
  thread_id: number;
  argv: string[];
  exec_argv: string[];
  cwd: string;
  node_version: string;
  v8_version: string;
  start_us: number;
  end_us: number | null;
  exit_code: number | null;
  signal: string | null;
  final: boolean;
  registered: Registered[];
  source_maps: Record<string, unknown>;
  /** Scripts whose source maps the process has looked up while running (with a map in
   * `source_maps` or none): their windows need not wait for the exit. A final record answers for all. */
  maps_checked?: string[];
  /** Whether the process had source maps enabled when it looked them up. */
  maps_enabled?: boolean;
}

/** A function registered with profile(fn): its script URL and start position (V8's, 1-based column). */
export interface Registered {
  name: string;
  url: string;
  line: number;
  column: number;
}

export interface ThreadData {
  pid: number;
  threadId: number;
  segments: RawSegment[];
  meta: ProcMeta | null;
}

export const NODE_STRIDE = 7;

/** Checkpoint files already read, by name: the engine writes each one once (atomically, by
 * rename), so what was read while the program ran need not be read again at its exit. */
export type CheckpointCache = Map<string, RawSegment[]>;

const CHECKPOINT_FILE = /^(\d+)-(\d+)\.(\d+)\.json$/;

/** One checkpoint file's windows (JSON Lines: one document per attribution window). */
function readCheckpoint(path: string): RawSegment[] {
  const out: RawSegment[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as RawSegment);
  return out;
}

/** A checkpoint file read while the program runs: whose windows, and its place in order. */
export interface CheckpointFile {
  name: string;
  pid: number;
  threadId: number;
  /** The thread's checkpoint number (files of a thread are written in this order). */
  seq: number;
  segments: RawSegment[];
}

/**
 * Reads the checkpoint files written so far into `cache`, while the program runs (so that
 * its exit waits only for the last ones): the files read now, in no particular order. A file
 * that does not parse is left for the final read, which reports it.
 */
export function takeCheckpoints(dir: string, cache: CheckpointCache): CheckpointFile[] {
  const fresh: CheckpointFile[] = [];
  let names: string[];
  try {
    names = readdirSync(join(dir, 'raw'));
  } catch {
    return fresh;
  }
  for (const f of names) {
    const m = CHECKPOINT_FILE.exec(f);
    if (cache.has(f) || !m) continue;
    try {
      const segments = readCheckpoint(join(dir, 'raw', f));
      cache.set(f, segments);
      fresh.push({ name: f, pid: Number(m[1]), threadId: Number(m[2]), seq: Number(m[3]), segments });
    } catch {
      // left for readSession
    }
  }
  return fresh;
}

/**
 * What is kept of a checkpoint's windows once they are attributed (a CPU-only run attributes
 * them while the program runs): the headers of its first and last windows, without samples,
 * for what is read of windows after attribution (whether a thread ended, its process's
 * parent). Every window's header (~1.2 KB each) grew the run's memory by 42 MB an hour.
 */
export function checkpointHeaders(segments: RawSegment[]): RawSegment[] {
  const header = (s: RawSegment): RawSegment => ({
    pid: s.pid,
    ppid: s.ppid,
    thread_id: s.thread_id,
    seq: s.seq,
    final: s.final,
    interval_us: s.interval_us,
    v8: s.v8,
    start_us: s.start_us,
    end_us: s.end_us,
    nodes: [],
    ticks: [],
    strings: [],
    samples: [],
    clock: [],
  });
  if (segments.length === 0) return [];
  return segments.length === 1 ? [header(segments[0]!)] : [header(segments[0]!), header(segments[segments.length - 1]!)];
}

/**
 * What the full profile keeps of a checkpoint's windows once their CPU samples are attributed
 * (while the program runs): the members the memory stages read at the exit, the heap, GC and
 * shim readings, the heap profiler's, the own spans. Not the CPU attribution's: the clock
 * series, V8's line ticks, the triggered samples' stacks, and the sample tree and samples,
 * which the attributor summarised for the memory stages as it read them
 * (Attribution.rawScans; in a replay of bench:wait's 60 s session the kept windows took 1.5
 * MB a minute of heap without them, 6.0 MB with).
 */
export function checkpointForMemory(segments: RawSegment[]): RawSegment[] {
  return segments.map((s) => {
    const slim: RawSegment = { ...s, nodes: [], strings: [], samples: [], clock: [], ticks: [] };
    delete slim.trig;
    delete slim.trig_stacks;
    delete slim.trig_names;
    return slim;
  });
}

/** Reads the session directory. Unreadable or half-written files are skipped, not fatal:
 * a killed process may leave a .tmp behind, and what was checkpointed is still good. */
export function readSession(dir: string, cache?: CheckpointCache, loaded: LoadAnswers = newLoadAnswers()): { threads: ThreadData[]; skipped: string[] } {
  const skipped: string[] = [];
  const byId = new Map<string, ThreadData>();
  const get = (pid: number, threadId: number) => {
    const key = `${pid}-${threadId}`;
    let t = byId.get(key);
    if (!t) {
      t = { pid, threadId, segments: [], meta: null };
      byId.set(key, t);
    }
    return t;
  };
  const list = (sub: string) => {
    try {
      return readdirSync(join(dir, sub));
    } catch {
      return [];
    }
  };
  for (const f of list('raw')) {
    const m = CHECKPOINT_FILE.exec(f);
    if (!m) continue;
    try {
      const segs = cache?.get(f) ?? readCheckpoint(join(dir, 'raw', f));
      const t = get(Number(m[1]), Number(m[2]));
      for (const seg of segs) t.segments.push(seg);
    } catch {
      skipped.push(f);
    }
  }
  for (const f of list('proc')) {
    const m = /^(\d+)-(\d+)\.json$/.exec(f);
    if (!m) continue;
    try {
      get(Number(m[1]), Number(m[2])).meta = JSON.parse(readFileSync(join(dir, 'proc', f), 'utf8')) as ProcMeta;
    } catch {
      skipped.push(f);
    }
  }
  const threads = [...byId.values()];
  for (const t of threads) t.segments.sort((a, b) => a.seq - b.seq);
  // The maps answered as modules loaded (maps/): a thread's record leaves them out (preload.ts
  // answerSourceMaps), so they join every record of their process here. `loaded`: what a
  // reader while the program ran already decoded (only the files' new lines are read).
  const byPid = new Map<number, Map<string, unknown>>();
  for (const t of threads) {
    if (!t.meta) continue;
    let answers = byPid.get(t.pid);
    if (!answers) byPid.set(t.pid, (answers = readLoadAnswers(join(dir, 'maps'), t.pid, loaded)));
    for (const [url, payload] of answers) {
      if (payload && !t.meta.source_maps?.[url]) (t.meta.source_maps ??= {})[url] = payload;
    }
  }
  threads.sort((a, b) => a.pid - b.pid || a.threadId - b.threadId);
  return { threads, skipped };
}

/** Source-map answers of one process written as its modules loaded (loaders.ts
 * answerMapsAtLoad): url → the map's payload, or null for a module without a map. Read
 * incrementally: `read` holds each file's bytes taken so far. */
export interface LoadAnswers {
  byPid: Map<number, Map<string, unknown>>;
  read: Map<string, number>;
}

/** On a map payload answered at load (readLoadAnswers), not enumerable: the line starts and
 * length of the code the map is for, the code V8 ran (SourcePositions). A symbol of the
 * registry, as the payload passes between bundles' copies of this module. */
export const GENERATED_POSITIONS = Symbol.for('scalene-ci.generated-positions');

/** The generated code's positions that came with a map payload, if any. */
export function generatedPositions(payload: unknown): SourcePositions | null {
  return payload && typeof payload === 'object' ? ((payload as Record<symbol, SourcePositions | undefined>)[GENERATED_POSITIONS] ?? null) : null;
}

export function newLoadAnswers(): LoadAnswers {
  return { byPid: new Map(), read: new Map() };
}

/** The map Node read for module `url` whose comment names `ref` (a relative reference), as
 * `findSourceMap(url).payload` gives it: the file's JSON with its sources made absolute URLs
 * against the map's own; null where Node found none (no such file, not JSON, no sources). */
function mapFromFile(url: string, ref: string): unknown {
  try {
    const mapUrl = new URL(ref, url.startsWith('file:') ? url : pathToFileURL(url).href);
    const data = JSON.parse(readFileSync(fileURLToPath(mapUrl), 'utf8')) as { sources?: unknown; sourceRoot?: unknown };
    if (!data || typeof data !== 'object' || !Array.isArray(data.sources)) return null;
    const root = typeof data.sourceRoot === 'string' ? data.sourceRoot : '';
    data.sources = data.sources.map((s: unknown) => new URL(root + String(s), mapUrl).href);
    data.sourceRoot = '';
    return data;
  } catch {
    return null;
  }
}

/** Takes what process `pid`'s answer files (`maps/<pid>-*.jsonl`) gained since the last call.
 * A line not written whole yet waits for the next; one that does not decode answers nothing
 * (its module's windows wait for the thread's record, as without this). The first answer for
 * a url holds. */
export function readLoadAnswers(mapsDir: string, pid: number, state: LoadAnswers): Map<string, unknown> {
  let answers = state.byPid.get(pid);
  if (!answers) state.byPid.set(pid, (answers = new Map()));
  let names: string[];
  try {
    names = readdirSync(mapsDir);
  } catch {
    return answers;
  }
  const prefix = `${pid}-`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.jsonl')) continue;
    const file = join(mapsDir, name);
    const from = state.read.get(file) ?? 0;
    let buf: Buffer;
    let whole: number;
    try {
      const fd = openSync(file, 'r');
      try {
        const size = fstatSync(fd).size;
        if (size <= from) continue;
        buf = Buffer.allocUnsafe(size - from);
        const n = readSync(fd, buf, 0, buf.length, from);
        whole = n > 0 ? buf.lastIndexOf(10, n - 1) + 1 : 0;
      } finally {
        closeSync(fd);
      }
    } catch {
      continue;
    }
    state.read.set(file, from + whole);
    const text = buf.toString('utf8', 0, whole);
    for (const line of text.split('\n')) {
      if (line === '') continue;
      try {
        const a = JSON.parse(line) as { url?: unknown; b64?: unknown; data?: unknown; ref?: unknown; starts?: unknown; length?: unknown };
        if (typeof a.url !== 'string' || answers.has(a.url)) continue;
        if (typeof a.ref === 'string') {
          answers.set(a.url, mapFromFile(a.url, a.ref));
          continue;
        }
        if (typeof a.data !== 'string') {
          answers.set(a.url, null);
          continue;
        }
        const payload = mapOfDataBody(a.data, a.b64 === true);
        if (!payload || typeof payload !== 'object') continue;
        if (Array.isArray(a.starts) && typeof a.length === 'number') {
          Object.defineProperty(payload, GENERATED_POSITIONS, { value: { lineStarts: a.starts, length: a.length } satisfies SourcePositions, enumerable: false });
        }
        answers.set(a.url, payload);
      } catch {
        // not an answer: the thread's record answers for that module
      }
    }
  }
  return answers;
}
