// The format-agnostic profile model and the on-disk JSON contract "scalene-ci/profile@1".
//
// Every collector (our native engine) and importer (Scalene JSON, V8 .cpuprofile/.heapprofile)
// converts into this shape at the edge; compare, merge and every renderer read only this.
// Units are in the field names (seconds `_s`, bytes `_bytes`); line numbers are 1-based
// everywhere, normalised once by whoever builds the profile.

export const PROFILE_SCHEMA = 'scalene-ci/profile@1' as const;

/** Where the profile came from. Importers set this so reports can say what is missing. */
export type SourceFormat = 'scalene-ci' | 'scalene' | 'v8-cpuprofile' | 'v8-heapprofile';

/** Things a source format cannot provide; reports and compare skip or caveat them. */
export type MissingCapability =
  | 'caller_lines' // time inside a callee cannot be charged to the calling line
  | 'native_split' // no JS vs native split of CPU time
  | 'system_time' // no off-CPU time
  | 'gc_time'
  | 'memory'
  | 'copy'
  | 'gpu'
  | 'function_ranges' // functions lack end lines
  | 'cpu'
  | 'sources';

export interface LeakInfo {
  /** Laplace's rule of succession over never-freed samples, in [0, 1]. */
  likelihood: number;
  velocity_bytes_per_s: number;
}

/** Time, memory, copy and GPU figures; the same shape for a line, a function and the totals. */
export interface Metrics {
  cpu_js_s: number;
  cpu_native_s: number;
  system_s: number;
  gc_s: number;
  /** CPU samples charged here (the unit of the single-run statistical tests). */
  samples: number;
  // --- memory (present when meta.mode === 'full') ---
  alloc_js_bytes?: number;
  alloc_native_bytes?: number;
  free_bytes?: number;
  net_bytes?: number;
  peak_bytes?: number;
  copy_bytes?: number;
  /** This entry's footprint over time: [seconds since start, bytes] pairs, at most 100. */
  timeline?: Array<[number, number]>;
  leak?: LeakInfo;
  // --- GPU (present when meta.gpu is set) ---
  gpu_s?: number;
  /** Time-weighted mean utilisation (0..1) while this entry was executing. */
  gpu_util?: number;
  gpu_mem_peak_bytes?: number;
}

/** Numeric metric names that can be summed, averaged and compared run by run. */
export const SUMMABLE_METRICS = [
  'cpu_js_s',
  'cpu_native_s',
  'system_s',
  'gc_s',
  'samples',
  'alloc_js_bytes',
  'alloc_native_bytes',
  'free_bytes',
  'net_bytes',
  'copy_bytes',
  'gpu_s',
] as const;
export type SummableMetric = (typeof SUMMABLE_METRICS)[number];

/** Metrics that combine by maximum rather than by sum. */
export const MAX_METRICS = ['peak_bytes', 'gpu_mem_peak_bytes'] as const;
export type MaxMetric = (typeof MAX_METRICS)[number];

export type NumericMetric = SummableMetric | MaxMetric | 'gpu_util';

/**
 * Per-run values of a metric when the profile holds several runs of the same benchmark
 * (`--repeat N` or `merge` of runs). Index i is run i; arrays have length meta.runs.
 * The top-level metric is the mean over runs, so a repeated profile compares with a single one.
 */
export type PerRun = Partial<Record<NumericMetric, number[]>>;

export interface LineProfile extends Metrics {
  line: number;
  /** Other lines of the same file this line's samples were executing in (deepest first). */
  callee_lines?: number[];
  /** Lines of other profiled files this line's samples were executing in: [file, first, last]
   * per called function (compare: a caller's growth that is its edited callee's). */
  callee_spans?: Array<[string, number, number]>;
  per_run?: PerRun;
}

/** A function's figures are the sum of its lines' (each line to the innermost listed function
 * holding it) when the profile has the file's source; else as the source format gave them. */
export interface FunctionProfile extends Metrics {
  name: string;
  line: number;
  /** On disk a one-line function (end_line === line) leaves it out; every read puts it back. */
  end_line: number;
  per_run?: PerRun;
}

export interface FileProfile {
  /** Full source text, so later versions can be matched line by line; null when unreadable. */
  source: string | null;
  /** Sparse: only lines with something charged, ascending by line. */
  lines: LineProfile[];
  functions: FunctionProfile[];
  /** When the profiled code was generated (TypeScript), the generated file this maps from. */
  generated_from?: string;
  /** On disk only: function rows without `samples` have their lines' sums as figures
   * (compactFile); reading puts them back and drops this flag. */
  function_sums?: true;
}

export interface ProcessInfo {
  pid: number;
  ppid: number | null;
  argv: string[];
  /** Worker threads profiled in this process, main thread included. */
  threads: number;
  exit_code: number | null;
  signal: string | null;
  complete: boolean;
}

export interface GpuMeta {
  /** True when figures are this process tree's own; false when only device-wide readings existed. */
  per_process: boolean;
  devices: string[];
}

export interface ProfileMeta {
  tool: string;
  tool_version: string;
  source_format: SourceFormat;
  node_version: string | null;
  v8_version: string | null;
  platform: string;
  arch: string;
  cpu_model: string | null;
  cpu_count: number | null;
  command: string[];
  start_time: string;
  elapsed_s: number;
  sampling_interval_ms: number;
  runs: number;
  git_sha: string | null;
  /** False when the program crashed or was killed: figures cover what was collected until then. */
  complete: boolean;
  mode: 'cpu' | 'full';
  use_virtual_time: boolean;
  gpu: GpuMeta | null;
  /** Bytes between native memory samples (allocation window, copy window), full mode only;
   * `js_gc_bytes`: JS heap bytes allocated per GC (mean), the granularity with which JS
   * allocation is placed on lines (one placement per GC). */
  memory_windows?: { malloc_bytes: number; copy_bytes: number; js_gc_bytes?: number };
  /** Share of the sampled time that came from samples far apart (the sampler fell behind an
   * overloaded machine), the largest over processes; absent when the profiler did not say. */
  sampler_late_share?: number;
  /** The GC pause that a GC-second belongs to, on average: Σ pause² / Σ pause over the
   * profiled threads' GCs (seconds). GC time comes in pauses of this size, which is how
   * compare counts its independent events; absent when no GC was seen. */
  gc_pause_s?: number;
  missing: MissingCapability[];
  processes: ProcessInfo[];
  warnings: string[];
}

export interface Totals extends Metrics {
  elapsed_s: number;
  /** Samples that were in no profiled file (event-loop idle, Node internals, unprofiled code). */
  unattributed_s: number;
  /** Time profiled threads were runnable but waiting for a core (a loaded machine); kept out of
   * every line's system_s so load does not look like I/O. */
  runqueue_s?: number;
  /** Native memory on threads that ran no JS (libuv pool, V8 helpers). */
  native_background?: { alloc_native_bytes: number; free_bytes: number; copy_bytes: number };
  peak_footprint_bytes?: number;
  peak_footprint_at?: { file: string; line: number } | null;
  footprint_timeline?: Array<[number, number]>;
  growth_rate_bytes_per_s?: number;
  per_run?: PerRun & { elapsed_s?: number[] };
}

export interface Profile {
  schema: typeof PROFILE_SCHEMA;
  meta: ProfileMeta;
  totals: Totals;
  /** Keyed by path relative to the project root, '/' separated. */
  files: Record<string, FileProfile>;
}

export function emptyMetrics(): Metrics {
  return { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
}

export function cpuSeconds(m: Metrics): number {
  return m.cpu_js_s + m.cpu_native_s + m.gc_s;
}

/** Wall-clock seconds charged: CPU time plus off-CPU (system) time. */
export function totalSeconds(m: Metrics): number {
  return m.cpu_js_s + m.cpu_native_s + m.system_s + m.gc_s;
}

/**
 * The largest of `values` (at least `floor`). A loop, not `Math.max(...values)`: spreading
 * passes every value as an argument and overflows the stack beyond ~100k of them.
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

/**
 * `record[key] = value` as an own property for every key. File paths are data: a file
 * named `__proto__` assigned with `=` would set the object's prototype and vanish.
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

// Most lines and functions hold only some of their figures. In a profile that measured
// memory, their six memory figures, all zero, were ~55 % of the JSON (a 1,200-function file:
// 196 bytes a line, 95 without them); of the rest, a JS-only line's three zero CPU figures
// (`"cpu_native_s":0,"system_s":0,"gc_s":0`) were another 40 bytes of its 85. On disk such
// zeros are left out of lines and functions, and every read (validate.ts) puts them back, so
// readers still see "absent" only where a capability was not measured.
const MEMORY_FIGURES = ['alloc_js_bytes', 'alloc_native_bytes', 'free_bytes', 'net_bytes', 'peak_bytes'] as const;

/** The figures every line, function and total has (Metrics' required members). */
export const CPU_FIGURES = ['cpu_js_s', 'cpu_native_s', 'system_s', 'gc_s', 'samples'] as const;

/** The memory figures a profile measured on every line and function (zero where absent on disk). */
export function measuredMemoryFigures(meta: Pick<ProfileMeta, 'mode' | 'missing'>): Array<keyof Metrics> {
  if (meta.mode !== 'full') return [];
  const out: Array<keyof Metrics> = [];
  if (!meta.missing.includes('memory')) out.push(...MEMORY_FIGURES);
  if (!meta.missing.includes('copy')) out.push('copy_bytes');
  return out;
}

// A function's summable figures are, by construction, the sums of the lines it holds (each
// line to the innermost function listed: FunctionProfile). On a file of one-line functions
// the function rows repeated every line's figures: 35 % of the JSON (a 1,200-function file,
// 107 of 302 KB). On disk a row whose figures are its lines' sums keeps only its name, range
// and other figures (peak, timeline, leak, GPU figures, per-run values), the file
// says so (`function_sums: true`), and every read (validate.ts) adds them back up.
const SUM_ROUNDING: Partial<Record<keyof Metrics, number>> = {
  cpu_js_s: 1e6,
  cpu_native_s: 1e6,
  system_s: 1e6,
  gc_s: 1e6,
  samples: 1e3,
};

/** The figures a function row may leave to its lines' sums (function_sums): those that every
 * row has once read (a zero is put back), so that "absent" and "0" cannot be told apart. */
function summedFigures(meta: Pick<ProfileMeta, 'mode' | 'missing'>): Array<keyof Metrics> {
  const out: Array<keyof Metrics> = [...CPU_FIGURES];
  for (const k of measuredMemoryFigures(meta)) if ((SUMMABLE_METRICS as readonly string[]).includes(k)) out.push(k);
  return out;
}

/**
 * For each line row, the index of the function that holds it: the innermost, i.e. the
 * shortest range holding the line (among equal ranges, the last listed); -1 for none. Lines
 * must be ascending (as validated). One sweep over the lines with the ranges begun so far in
 * a heap, narrowest on top: O((lines + functions) log functions) whatever the ranges, since a
 * profile read from a pull request may hold any (painting each range's lines would be
 * lines × functions for ranges that all span the file).
 */
export function lineOwners(lines: ReadonlyArray<{ line: number }>, functions: ReadonlyArray<{ line: number; end_line: number }>): Int32Array {
  const owners = new Int32Array(lines.length).fill(-1);
  const byStart = functions.map((_, i) => i).sort((a, b) => functions[a]!.line - functions[b]!.line);
  // Heap order: narrower first; of equal widths, the later listed.
  const width = (i: number) => functions[i]!.end_line - functions[i]!.line;
  const before = (a: number, b: number) => width(a) < width(b) || (width(a) === width(b) && a > b);
  const heap: number[] = [];
  const push = (i: number) => {
    let k = heap.push(i) - 1;
    while (k > 0) {
      const up = (k - 1) >> 1;
      if (!before(heap[k]!, heap[up]!)) break;
      [heap[k], heap[up]] = [heap[up]!, heap[k]!];
      k = up;
    }
  };
  const pop = () => {
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    for (let k = 0; ; ) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
      if (m === k) break;
      [heap[k], heap[m]] = [heap[m]!, heap[k]!];
      k = m;
    }
  };
  let next = 0;
  lines.forEach((l, j) => {
    while (next < byStart.length && functions[byStart[next]!]!.line <= l.line) push(byStart[next++]!);
    // Ranges that ended leave when they reach the top: below it they cannot be the answer.
    while (heap.length > 0 && functions[heap[0]!]!.end_line < l.line) pop();
    if (heap.length > 0) owners[j] = heap[0]!;
  });
  return owners;
}

/** Per function, the sums of its lines' figures `keys` (lineOwners), rounded as rows are. */
function lineSums(f: Pick<FileProfile, 'lines' | 'functions'>, keys: Array<keyof Metrics>): Array<Record<string, number>> {
  const sums = f.functions.map(() => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>);
  const owners = lineOwners(f.lines, f.functions);
  f.lines.forEach((l, j) => {
    const o = owners[j]!;
    if (o < 0) return;
    for (const k of keys) sums[o]![k]! += ((l as unknown as Record<string, number | undefined>)[k] ?? 0);
  });
  for (const s of sums) {
    for (const k of keys) {
      const r = SUM_ROUNDING[k];
      if (r) s[k] = Math.round(s[k]! * r) / r;
    }
  }
  return sums;
}

/** The profile as written to disk: the same document without the zero figures of its lines
 * and functions (CPU figures always, memory figures where measured), and with the figures of
 * the functions that are their lines' sums left to the reader (function_sums). Totals stay whole. */
export function compactProfile(p: Profile): Profile {
  const files: Record<string, FileProfile> = {};
  for (const [path, f] of Object.entries(p.files)) setOwn(files, path, compactFile(f, p.meta));
  return { ...p, files };
}

/** One file as written to disk (compactProfile): its rows without their zero figures. A
 * writer of a large profile compacts file by file (cli/merge.ts), so that the copies of one
 * file's rows live at a time. */
export function compactFile(f: FileProfile, meta: Pick<ProfileMeta, 'mode' | 'missing'>): FileProfile {
  const figures = new Set<string>([...CPU_FIGURES, ...measuredMemoryFigures(meta)]);
  const strip = <T extends Metrics>(m: T): T => {
    let zeros = 0;
    for (const k of figures) if ((m as unknown as Record<string, unknown>)[k] === 0) zeros++;
    if (zeros === 0) return m;
    // A new object without those keys (`delete` would turn each copy into a slower and
    // larger dictionary-mode object).
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(m)) if (!(v === 0 && figures.has(k))) out[k] = v;
    return out as unknown as T;
  };
  const lines = f.lines.map(strip);
  if (f.functions.length === 0) return { ...f, lines, functions: [] };
  const summed = summedFigures(meta);
  const sums = lineSums(f, summed);
  let derived = 0;
  const functions = f.functions.map((fn, i) => {
    const m = fn as unknown as Record<string, number | undefined>;
    // Equal as written: the reader's sums, rounded the same way, give back these very figures.
    const isSum = summed.every((k) => (m[k] ?? 0) === sums[i]![k]);
    if (isSum) derived++;
    // A one-line function's `end_line` is its `line`: left out (the reader puts it back).
    const oneLine = fn.end_line === fn.line;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fn)) {
      if ((isSum && summed.includes(k as keyof Metrics)) || (v === 0 && figures.has(k)) || (oneLine && k === 'end_line')) continue;
      out[k] = v;
    }
    // A row that keeps its figures always keeps `samples`: a row without it is a summed one.
    if (!isSum && out.samples === undefined) out.samples = 0;
    return out as unknown as FunctionProfile;
  });
  return derived > 0 ? { ...f, lines, functions, function_sums: true } : { ...f, lines, functions };
}

/**
 * Put back the figures of the function rows a writer left to their lines' sums (compactFile),
 * on a file as read from disk: its lines checked and ascending, their CPU figures restored.
 * Rows without `samples` are the summed ones.
 */
export function restoreFunctionSums(f: FileProfile, meta: Pick<ProfileMeta, 'mode' | 'missing'>): void {
  const summed = summedFigures(meta);
  const sums = lineSums(f, summed);
  f.functions.forEach((fn, i) => {
    const m = fn as unknown as Record<string, number | undefined>;
    if (m.samples !== undefined) return;
    for (const k of summed) m[k] = sums[i]![k];
  });
}

/** Put back the zero figures compactProfile left out of a line or function (before it is
 * validated: the CPU figures are required). */
export function restoreCpuFigures(m: Record<string, unknown>): void {
  for (const k of CPU_FIGURES) if (m[k] === undefined) m[k] = 0;
}

/** Put back the zero memory figures compactProfile left out (on a validated profile). */
export function restoreZeroFigures(p: Profile): void {
  const figures = measuredMemoryFigures(p.meta);
  if (figures.length === 0) return;
  for (const f of Object.values(p.files)) {
    for (const rows of [f.lines, f.functions] as Metrics[][]) {
      for (const m of rows) for (const k of figures) if (m[k] === undefined) (m as unknown as Record<string, number>)[k] = 0;
    }
  }
}
