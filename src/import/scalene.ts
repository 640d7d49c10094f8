// Import Scalene's JSON (`scalene run -o x.json`, `--json`) into profile@1, so Python
// projects get `compare`, the reports and the Action with real Scalene.
//
// What maps and what cannot be recovered (docs/IMPORT.md says the same for users):
// - CPU: Scalene writes per-line *percentages* of its total sampled time
//   (`cpu_stats.total_cpu_samples`, seconds), which the JSON does not include. We multiply
//   by `elapsed_time_sec`, the closest figure it does include, so seconds are approximate
//   (the sampled total and the elapsed time differ by start-up and Scalene's own work).
//   Python time goes to `cpu_js_s` (our "interpreted code" column), C time to
//   `cpu_native_s`, `n_sys_percent` to `system_s`.
// - GC: Scalene has no garbage-collection time → gc_s = 0, 'gc_time' in meta.missing.
// - Samples: `cpu_samples_list` is a reservoir of at most 500 timestamps per line, so its
//   length is the exact main-thread sample count below 500; elsewhere (and in older
//   profiles without it) the count is estimated as time ÷ Scalene's default 10 ms interval.
// - Memory: `n_malloc_mb` split by `n_python_fraction` into JS (Python) and native bytes;
//   `n_peak_mb` → peak_bytes. Freed and net bytes are not in the JSON (absent here).
// - Copy: Scalene writes `n_copy_mb_s = bytes / (MiB × elapsed)`, so bytes =
//   n_copy_mb_s × MiB × elapsed_time_sec recovers the volume up to rounding.
// - GPU: `n_gpu_percent` is the time-weighted mean utilisation while on the line →
//   gpu_util; gpu_s = utilisation × the line's time is an estimate.
// - Callers: Scalene charges library time to the calling line but gives no per-line
//   callee lines → 'caller_lines' missing.
// - Sources: the JSON has every line's text (`lines[].line`), so `source` is rebuilt.
// - Function ranges: from the line entries' `start_function_line`/`end_function_line`;
//   older profiles lack them and the end line is estimated from indentation
//   ('function_ranges' in meta.missing).
import {
  PROFILE_SCHEMA,
  type FileProfile,
  type FunctionProfile,
  type LineProfile,
  type Metrics,
  type MissingCapability,
  type Profile,
  type Totals,
  SUMMABLE_METRICS,
  maxOf,
  setOwn,
} from '../model/profile.js';
import { validateProfile } from '../model/validate.js';
import { array, downsample, fail, isObject, number, object, string, type JsonObject } from './json-read.js';
import { relativeKeys } from './paths.js';

const MIB = 1024 * 1024;
/** Scalene's CPU_SAMPLES_RESERVOIR_SIZE (scalene_config.py): `cpu_samples_list` never holds more. */
const CPU_SAMPLES_RESERVOIR_SIZE = 500;
/** Scalene's default `cpu_sampling_rate` (seconds); the JSON does not record the one used. */
const DEFAULT_SAMPLING_INTERVAL_S = 0.01;
const MAX_TIMELINE_POINTS = 100;

/** True when `json` looks like Scalene's JSON output (used by format detection). */
export function isScaleneJson(json: unknown): boolean {
  return isObject(json) && typeof json.elapsed_time_sec === 'number' && isObject(json.files) && !('schema' in json);
}

/** One `lines[]` or `functions[]` entry of Scalene's JSON, read and type-checked. */
interface RawEntry {
  lineno: number;
  /** Line entries: the source text; function entries: the function's name. */
  text: string;
  pyPct: number;
  cPct: number;
  sysPct: number;
  mallocMb: number;
  pythonFraction: number;
  peakMb: number;
  copyMbPerS: number;
  gpuPct: number;
  gpuPeakMb: number;
  /** [ns since start, footprint MB] pairs. */
  memorySamples: Array<[number, number]>;
  /** Length of `cpu_samples_list`, or null in profiles that predate it. */
  cpuSampleCount: number | null;
  startFunctionLine: number | null;
  endFunctionLine: number | null;
}

function readEntry(v: unknown, where: string): RawEntry {
  const e = object(v, where);
  const pct = (k: string) => Math.max(0, number(e[k], `${where}.${k}`, 0));
  const memorySamples: Array<[number, number]> = [];
  if (e.memory_samples !== undefined) {
    array(e.memory_samples, `${where}.memory_samples`).forEach((p, i) => {
      const pw = `${where}.memory_samples[${i}]`;
      const pair = array(p, pw);
      memorySamples.push([number(pair[0], `${pw}[0]`), number(pair[1], `${pw}[1]`)]);
    });
  }
  const optionalLine = (k: string) => (e[k] === undefined ? null : number(e[k], `${where}.${k}`));
  return {
    lineno: number(e.lineno, `${where}.lineno`),
    text: string(e.line, `${where}.line`, ''),
    pyPct: pct('n_cpu_percent_python'),
    cPct: pct('n_cpu_percent_c'),
    sysPct: pct('n_sys_percent'),
    mallocMb: pct('n_malloc_mb'),
    pythonFraction: Math.min(1, pct('n_python_fraction')),
    peakMb: pct('n_peak_mb'),
    copyMbPerS: pct('n_copy_mb_s'),
    gpuPct: pct('n_gpu_percent'),
    gpuPeakMb: pct('n_gpu_peak_memory_mb'),
    memorySamples,
    cpuSampleCount: e.cpu_samples_list === undefined ? null : array(e.cpu_samples_list, `${where}.cpu_samples_list`).length,
    startFunctionLine: optionalLine('start_function_line'),
    endFunctionLine: optionalLine('end_function_line'),
  };
}

/**
 * Scalene replaces '&', '<' and '>' in source lines with the six-character text `\u0026`,
 * `\u003c`, `\u003e` ("protect against JS injection"; its GUI undoes it). Undo exactly
 * those three so the source matches the file on disk and later versions line by line.
 * (A source line that literally contains `\u003c` is indistinguishable; Scalene's own
 * GUI makes the same choice.)
 */
function unescapeScaleneSource(text: string): string {
  return text.replace(/\\u00(26|3c|3e)/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function rebuildSource(entries: RawEntry[]): string | null {
  if (entries.length === 0) return null;
  const byLine = new Map(entries.map((e) => [e.lineno, unescapeScaleneSource(e.text)]));
  const last = maxOf(byLine.keys());
  // Scalene lists a file's lines with their text (a reduced profile skips some); blank
  // lines stand in for the gaps. A line number far beyond the lines listed is no source we
  // can rebuild, only memory to fill with blanks (lineno 1e8 took 3 GB).
  if (last > 16 * byLine.size + 10_000) return null;
  const parts: string[] = [];
  for (let n = 1; n <= last; n++) {
    const t = byLine.get(n) ?? '\n';
    parts.push(n < last && !t.endsWith('\n') ? t + '\n' : t);
  }
  return parts.join('');
}

/**
 * Python block end from indentation: the last non-blank line indented deeper than the
 * header. Decorators above the `def` and a closing `):` of a multi-line signature are
 * part of the header.
 */
function estimateFunctionEnd(sourceLines: string[], start: number): number {
  const indentOf = (s: string) => s.match(/^[ \t]*/)![0].replace(/\t/g, '        ').length;
  const blank = (s: string) => s.trim() === '' || s.trim().startsWith('#');
  let i = start - 1; // 0-based index of the header line
  if (sourceLines[i] === undefined) return start;
  const base = indentOf(sourceLines[i]!);
  while (i + 1 < sourceLines.length && sourceLines[i]!.trim().startsWith('@')) i++;
  let end = i + 1;
  for (i = i + 1; i < sourceLines.length; i++) {
    const s = sourceLines[i]!;
    if (blank(s)) continue;
    if (indentOf(s) <= base && !/^\s*[)\]]/.test(s)) break;
    end = i + 1;
  }
  return Math.max(start, end);
}

interface Context {
  elapsedS: number;
  memory: boolean;
  gpu: boolean;
  intervalS: number;
}

function sampleCount(e: RawEntry, seconds: number, intervalS: number): number {
  const estimate = Math.round(seconds / intervalS);
  if (e.cpuSampleCount === null || (e.cpuSampleCount === 0 && seconds > 0)) return estimate;
  if (e.cpuSampleCount >= CPU_SAMPLES_RESERVOIR_SIZE) return Math.max(CPU_SAMPLES_RESERVOIR_SIZE, estimate);
  return e.cpuSampleCount;
}

function metricsOf(e: RawEntry, ctx: Context): Metrics {
  const s = (pct: number) => (pct / 100) * ctx.elapsedS;
  const m: Metrics = {
    cpu_js_s: s(e.pyPct),
    cpu_native_s: s(e.cPct),
    system_s: s(e.sysPct),
    gc_s: 0,
    samples: 0,
  };
  const wallS = m.cpu_js_s + m.cpu_native_s + m.system_s;
  m.samples = sampleCount(e, wallS, ctx.intervalS);
  if (ctx.memory) {
    const mallocBytes = e.mallocMb * MIB;
    m.alloc_js_bytes = mallocBytes * e.pythonFraction;
    m.alloc_native_bytes = mallocBytes - m.alloc_js_bytes;
    m.peak_bytes = e.peakMb * MIB;
    m.copy_bytes = e.copyMbPerS * MIB * ctx.elapsedS;
    if (e.memorySamples.length > 0) {
      const points = e.memorySamples.map(([ns, mb]) => [ns / 1e9, mb * MIB] as [number, number]).sort((a, b) => a[0] - b[0]);
      m.timeline = downsample(points, MAX_TIMELINE_POINTS);
    }
  }
  if (ctx.gpu) {
    m.gpu_util = e.gpuPct / 100;
    m.gpu_s = m.gpu_util * wallS;
    m.gpu_mem_peak_bytes = e.gpuPeakMb * MIB;
  }
  return m;
}

function hasData(m: Metrics): boolean {
  return (
    m.cpu_js_s + m.cpu_native_s + m.system_s > 0 ||
    m.samples > 0 ||
    (m.alloc_js_bytes ?? 0) + (m.alloc_native_bytes ?? 0) + (m.peak_bytes ?? 0) + (m.copy_bytes ?? 0) > 0 ||
    (m.gpu_s ?? 0) > 0 ||
    m.leak !== undefined
  );
}

/** Least-squares slope of footprint over time: Scalene's own `growth_rate` is a percentage, not bytes/s. */
function slope(points: Array<[number, number]>): number | undefined {
  if (points.length < 2) return undefined;
  const n = points.length;
  const mx = points.reduce((a, p) => a + p[0], 0) / n;
  const my = points.reduce((a, p) => a + p[1], 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  return sxx > 0 ? sxy / sxx : undefined;
}

/** Convert Scalene's JSON (already parsed) into a validated profile@1. `name` is for messages. */
export function importScalene(json: unknown, name: string): Profile {
  if (!isScaleneJson(json)) fail(name, 'not a Scalene JSON profile (expected "elapsed_time_sec" and a "files" object)');
  const root = json as JsonObject;
  const elapsedS = Math.max(0, number(root.elapsed_time_sec, `${name}: elapsed_time_sec`));
  const memory = root.memory === undefined ? true : root.memory === true;
  const gpu = root.gpu === true;
  const filesIn = object(root.files, `${name}: files`);

  // Read and type-check everything before building anything.
  const raw = Object.entries(filesIn).map(([path, f]) => {
    const where = `${name}: files[${JSON.stringify(path)}]`;
    const fo = object(f, where);
    const lines = array(fo.lines ?? [], `${where}.lines`).map((l, i) => readEntry(l, `${where}.lines[${i}]`));
    const functions = array(fo.functions ?? [], `${where}.functions`).map((l, i) => readEntry(l, `${where}.functions[${i}]`));
    const leaks = new Map<number, { likelihood: number; velocity_bytes_per_s: number }>();
    for (const [k, v] of Object.entries(fo.leaks === undefined ? {} : object(fo.leaks, `${where}.leaks`))) {
      const lw = `${where}.leaks[${JSON.stringify(k)}]`;
      const lo = object(v, lw);
      const line = Number(k);
      if (!Number.isInteger(line) || line < 1) fail(lw, 'leak keys are line numbers');
      leaks.set(line, {
        likelihood: Math.min(1, Math.max(0, number(lo.likelihood, `${lw}.likelihood`))),
        velocity_bytes_per_s: number(lo.velocity_mb_s, `${lw}.velocity_mb_s`, 0) * MIB,
      });
    }
    return { path, lines, functions, leaks };
  });

  // Scalene's JSON does not record its sampling interval; assume its default. (The mean
  // time per sample on exactly-counted lines is no substitute: a signal is delayed while
  // native code runs, so one numpy call can be a single 0.4 s sample.)
  const intervalS = DEFAULT_SAMPLING_INTERVAL_S;
  const exactCounts = raw.some((f) => f.lines.some((e) => e.cpuSampleCount !== null));
  const ctx: Context = { elapsedS, memory, gpu, intervalS };

  const entry = typeof root.entrypoint_dir === 'string' ? root.entrypoint_dir : typeof root.filename === 'string' ? root.filename : null;
  const maxFootprintFile = typeof root.max_footprint_fname === 'string' ? root.max_footprint_fname : null;
  const keys = relativeKeys([...raw.map((f) => f.path), ...(maxFootprintFile ? [maxFootprintFile] : [])], entry);

  const missing = new Set<MissingCapability>(['gc_time', 'caller_lines']);
  if (!memory) {
    missing.add('memory');
    missing.add('copy');
  }
  if (!gpu) missing.add('gpu');
  let estimatedRanges = 0;

  const files: Record<string, FileProfile> = {};
  for (const f of raw) {
    const source = rebuildSource(f.lines);
    const sourceLines = source === null ? [] : source.split('\n');
    const lines: LineProfile[] = [];
    for (const e of [...f.lines].sort((a, b) => a.lineno - b.lineno)) {
      if (!Number.isInteger(e.lineno) || e.lineno < 1) continue;
      const m = metricsOf(e, ctx);
      const leak = memory ? f.leaks.get(e.lineno) : undefined;
      if (leak) m.leak = leak;
      if (!hasData(m)) continue;
      if (lines.length > 0 && lines[lines.length - 1]!.line === e.lineno) continue; // duplicate entry
      lines.push({ line: e.lineno, ...m });
    }
    const functions: FunctionProfile[] = f.functions
      .filter((e) => Number.isInteger(e.lineno) && e.lineno >= 0)
      .map((e) => {
        const ranges = f.lines.filter((l) => l.startFunctionLine === e.lineno && (l.endFunctionLine ?? 0) >= e.lineno);
        let end: number;
        if (ranges.length > 0) end = maxOf(ranges.map((l) => l.endFunctionLine!));
        else {
          end = estimateFunctionEnd(sourceLines, e.lineno);
          estimatedRanges++;
        }
        const m = metricsOf(e, ctx);
        // Function entries carry no sample timestamps: sum the lines they contain.
        const inside = lines.filter((l) => l.line >= e.lineno && l.line <= end).reduce((a, l) => a + l.samples, 0);
        if (inside > 0) m.samples = inside;
        return { name: e.text === '' ? '(unknown)' : e.text, line: e.lineno, end_line: end, ...m };
      });
    setOwn(files, keys.get(f.path)!, { source, lines, functions });
  }
  if (estimatedRanges > 0) missing.add('function_ranges');

  const totals: Totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: elapsedS, unattributed_s: 0 };
  const sums = totals as unknown as Record<string, number | undefined>;
  for (const f of Object.values(files)) {
    for (const l of f.lines) {
      for (const k of SUMMABLE_METRICS) {
        const v = l[k];
        if (v !== undefined) sums[k] = (sums[k] ?? 0) + v;
      }
    }
  }
  if (memory) {
    for (const k of ['alloc_js_bytes', 'alloc_native_bytes', 'copy_bytes'] as const) totals[k] ??= 0;
  }
  const attributedS = totals.cpu_js_s + totals.cpu_native_s + totals.system_s;
  totals.unattributed_s = Math.max(0, elapsedS - attributedS);

  const warnings: string[] = [
    `Scalene reports CPU time as percentages of its own sampled total, which its JSON omits; seconds here are percentage × elapsed_time_sec (${elapsedS.toFixed(2)} s), so they are approximate.`,
    'Python (interpreted) time is stored as cpu_js_s and C/native-library time as cpu_native_s; Scalene measures no garbage-collection time (gc_s is 0).',
    exactCounts
      ? `CPU sample counts are exact where Scalene kept every timestamp (under ${CPU_SAMPLES_RESERVOIR_SIZE} per line) and estimated elsewhere as time ÷ Scalene's default ${intervalS * 1000} ms interval (its JSON does not record the interval).`
      : `This profile has no per-line sample timestamps; sample counts are estimated as time ÷ Scalene's default ${intervalS * 1000} ms interval.`,
  ];
  if (memory) {
    warnings.push("Scalene's JSON has no freed or net bytes per line (free_bytes and net_bytes are absent); alloc bytes are split into Python heap and native by n_python_fraction.");
    const anyCopy = Object.values(files).some((f) => f.lines.some((l) => (l.copy_bytes ?? 0) > 0));
    const stacks = Array.isArray(root.stacks) && root.stacks.length > 0;
    if (!anyCopy && stacks) {
      warnings.push('Copy volume is 0 on every line. Scalene 2.x on Linux loses copy samples when stacks are on (the default); run it with --no-stacks to measure copies.');
    }
  }
  if (gpu) warnings.push("GPU seconds are estimated as each line's mean GPU utilisation × its time.");
  if (estimatedRanges > 0) warnings.push(`${estimatedRanges} function end line(s) were estimated from indentation (the profile predates Scalene's start/end_function_line).`);

  if (memory) {
    totals.peak_footprint_bytes = number(root.max_footprint_mb, `${name}: max_footprint_mb`, 0) * MIB;
    totals.peak_bytes = totals.peak_footprint_bytes;
    const line = typeof root.max_footprint_lineno === 'number' ? root.max_footprint_lineno : null;
    totals.peak_footprint_at = maxFootprintFile && line !== null && line >= 1 ? { file: keys.get(maxFootprintFile)!, line } : null;
    const footprint = array(root.samples ?? [], `${name}: samples`)
      .map((p, i) => {
        const pair = array(p, `${name}: samples[${i}]`);
        return [number(pair[0], `${name}: samples[${i}][0]`) / 1e9, number(pair[1], `${name}: samples[${i}][1]`) * MIB] as [number, number];
      })
      .sort((a, b) => a[0] - b[0]);
    if (footprint.length > 0) {
      totals.footprint_timeline = downsample(footprint, MAX_TIMELINE_POINTS);
      const rate = slope(footprint);
      if (rate !== undefined) totals.growth_rate_bytes_per_s = rate;
    }
  }

  const start = typeof root.start_time_absolute === 'number' && root.start_time_absolute > 0 ? new Date(root.start_time_absolute * 1000).toISOString() : '';
  const args = Array.isArray(root.args) && root.args.every((a) => typeof a === 'string') ? (root.args as string[]) : [];
  const program = typeof root.program === 'string' ? root.program : '';
  const profile: Profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: 'scalene',
      tool_version: 'unknown', // Scalene's JSON does not record its version
      source_format: 'scalene',
      node_version: null,
      v8_version: null,
      platform: 'unknown',
      arch: 'unknown',
      cpu_model: null,
      cpu_count: null,
      command: args.length > 0 ? args : program ? [program] : [],
      start_time: start,
      elapsed_s: elapsedS,
      sampling_interval_ms: intervalS * 1000,
      runs: 1,
      git_sha: null,
      complete: true,
      mode: memory ? 'full' : 'cpu',
      use_virtual_time: false,
      gpu: gpu ? { per_process: false, devices: typeof root.gpu_device === 'string' && root.gpu_device ? [root.gpu_device] : [] } : null,
      missing: [...missing],
      processes: [],
      warnings,
    },
    totals,
    files,
  };
  return validateProfile(profile, name);
}
