// Assembling a profile@1 document from an attribution plus what the CLI knows about the
// run (command, timing, exit). Reading sources is the only I/O, passed in.
import { isAbsolute, relative, sep } from 'node:path';
import os from 'node:os';
import {
  PROFILE_SCHEMA,
  type FileProfile,
  type FunctionProfile,
  type LineProfile,
  type Profile,
  type ProcessInfo,
  type Totals,
} from '../model/profile.js';
import { LATE_SAMPLE_INTERVALS, newAcc, tallySampler, type Acc, type Attribution, type SamplerTally } from './attribute.js';
import { codeLines, codeLinesOf, enclosingFunction, functionRanges, type FunctionRange, type SourceLines } from './functions.js';
import { typeScriptCodeLines, typeScriptFunctionRanges } from './ts-functions.js';
import type { ThreadData } from './raw.js';
import { TYPESCRIPT } from './config.js';
import { byCodeUnits, firstAtOrAfter } from '../sorted.js';
import { GC_STRIDE } from './memory/state.js';
import type { MemLine, MemoryAttribution } from './memory.js';

export interface RunInfo {
  toolVersion: string;
  command: string[];
  startTime: Date;
  elapsedS: number;
  intervalMs: number;
  gitSha: string | null;
  mode: 'cpu' | 'full';
  useVirtualTime: boolean;
  /** The command was killed or crashed, or a process died before its final checkpoint. */
  complete: boolean;
  warnings: string[];
  /** Bytes between native memory samples (full mode). */
  memoryWindows?: { malloc_bytes: number; copy_bytes: number };
}

// Sampled seconds are rounded to the microsecond: finer digits are noise and bloat the JSON.
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function metricsOf(a: Acc) {
  return {
    cpu_js_s: round(a.js),
    cpu_native_s: round(a.native),
    system_s: round(a.sys),
    gc_s: round(a.gc),
    samples: Math.round(a.samples * 1000) / 1000,
  };
}

function memFields(m: MemLine | undefined): Partial<LineProfile> {
  const out: Partial<LineProfile> = {
    alloc_js_bytes: m?.alloc_js_bytes ?? 0,
    alloc_native_bytes: m?.alloc_native_bytes ?? 0,
    free_bytes: m?.free_bytes ?? 0,
    net_bytes: m?.net_bytes ?? 0,
    peak_bytes: m?.peak_bytes ?? 0,
    copy_bytes: m?.copy_bytes ?? 0,
  };
  if (m?.timeline && m.timeline.length > 0) out.timeline = m.timeline;
  if (m?.leak) out.leak = m.leak;
  return out;
}

export function fileKeyFor(root: string, abs: string): string {
  const rel = relative(root, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}

export function buildProfile(
  attribution: Attribution,
  threads: ThreadData[],
  run: RunInfo,
  root: string,
  readSource: (abs: string) => string | null,
  memory: MemoryAttribution | null = null,
  // The run's own analysis of a JavaScript source (sourceLines), when it was made from this
  // very text: the attribution has parsed every profiled file once already, and a second
  // parse of a large one costs as much as the first (a 1,200-function file: ~0.3 s).
  analysed: (abs: string, source: string) => SourceLines | null | undefined = () => undefined,
): Profile {
  const files: Record<string, FileProfile> = {};
  const rangesCache = new Map<string, FunctionRange[] | null>();
  const codeCache = new Map<string, Set<number> | null>();
  /** The file's function ranges (JavaScript from its analysis, TypeScript from its own parse). */
  const rangesOf = (abs: string, file: FileProfile): FunctionRange[] | null => {
    let ranges = rangesCache.get(abs);
    if (ranges === undefined) {
      const src = file.source;
      const known = src === null ? undefined : analysed(abs, src);
      ranges = src === null ? null : /\.(c|m)?js$/.test(abs) ? (known !== undefined ? (known?.ranges ?? null) : functionRanges(src)) : TYPESCRIPT.test(abs) ? typeScriptFunctionRanges(src, abs.endsWith('x')) : null;
      rangesCache.set(abs, ranges);
    }
    return ranges;
  };
  const lineCounts = new Map<string, number>(); // file key → lines in its source
  const sourceOf = (abs: string) => readSource(abs) ?? attribution.mappedSources.get(abs) ?? null;
  const totals = { js: 0, native: 0, sys: 0, gc: 0, samples: 0 };
  let misplacedS = 0;
  const memLines = memory?.collected ? memory.lines : new Map<string, Map<number, MemLine>>();
  // Lines with memory but no CPU samples still belong in the profile.
  const allLines = new Map(attribution.lines);
  for (const [abs, m] of memLines) {
    const cpu = allLines.get(abs) ?? new Map();
    const merged = new Map(cpu);
    for (const line of m.keys()) if (!merged.has(line)) merged.set(line, { js: 0, native: 0, sys: 0, gc: 0, samples: 0 });
    allLines.set(abs, merged);
  }
  for (const [abs, lines] of allLines) {
    const key = fileKeyFor(root, abs);
    const mem = memLines.get(abs);
    const source = sourceOf(abs);
    // V8 occasionally reports an inlined callee's line against the caller's script; a line
    // past the end of the file is such a position, not a line of this file.
    const lineCount = source === null ? Infinity : source.split('\n').length;
    lineCounts.set(key, lineCount);
    const lineRows: LineProfile[] = [...lines.entries()]
      .sort((a, b) => a[0] - b[0])
      .filter(([line, acc]) => {
        // Lines known only from allocation-site samples, with nothing charged, are noise.
        if (acc.samples === 0 && acc.js + acc.native + acc.sys + acc.gc === 0 && !mem?.has(line)) return false;
        if (line >= 1 && line <= lineCount) return true;
        misplacedS += acc.js + acc.native + acc.sys + acc.gc;
        return false;
      })
      .map(([line, acc]) => {
        totals.js += acc.js;
        totals.native += acc.native;
        totals.sys += acc.sys;
        totals.gc += acc.gc;
        totals.samples += acc.samples;
        const row: LineProfile = { line, ...metricsOf(acc) };
        if (memory?.collected) Object.assign(row, memFields(mem?.get(line)));
        return row;
      });
    files[key] = { source, lines: lineRows, functions: [] };
  }
  for (const fn of attribution.functions.values()) {
    // A function's lines normally live in one file; after source mapping, pick the file
    // that carries most of its time.
    let best: [string, { min: number; max: number; weight: number; hot: number }] | null = null;
    for (const e of fn.lines) if (!best || e[1].weight > best[1].weight) best = e;
    if (!best) continue;
    const [abs, span] = best;
    const key = fileKeyFor(root, abs);
    const file = files[key];
    if (!file) continue;
    const ranges = rangesOf(abs, file);
    // A function whose time sits on no line of code of the file is not one the file defines:
    // a transform's helper (tsx's CommonJS output: esbuild's export getters, mapped to line
    // 1, a comment) or a line past the end. Its time stays where the lines have it.
    if (span.hot < 1 || span.hot > (lineCounts.get(key) ?? Infinity)) continue;
    let code = codeCache.get(abs);
    if (code === undefined) {
      const src = file.source;
      const known = src === null || TYPESCRIPT.test(abs) ? undefined : analysed(abs, src);
      code = src === null ? null : TYPESCRIPT.test(abs) ? typeScriptCodeLines(src, abs.endsWith('x')) : known !== undefined ? (known && codeLinesOf(known)) : codeLines(src);
      codeCache.set(abs, code);
    }
    if (code && !code.has(span.hot) && fn.name !== '(module)') continue;
    // V8 names nearly every function the source names (declarations, and expressions by
    // the binding or property they are assigned to): a nameless one is a nameless function
    // of the source, or the file's top level in a wrapper V8 does not see as a script's
    // (tsx's CommonJS wrapper starts at column 32, and its module code maps into the lines
    // between functions).
    let name = fn.name;
    let range: FunctionRange | null = null;
    if (ranges && name === '(anonymous)') {
      range = enclosingFunction(ranges.filter((r) => r.name === ''), span.hot, span.hot, '');
      if (!range) name = '(module)';
    } else if (ranges && name !== '(module)') {
      range = enclosingFunction(ranges, span.hot, span.hot, name);
      // Its hottest line may be a callee's V8 inlined into it (acorn's parseMaybeUnary, hot on
      // parseExprSubscripts's busy line): the one range of the file with its name is its own.
      if (range && !namedAs(range, name)) {
        const mine = ranges.filter((r) => namedAs(r, name));
        if (mine.length === 1) range = mine[0]!;
      }
    }
    let start = span.min;
    let end = span.max;
    if (name === '(module)') {
      start = 1;
      end = file.source ? file.source.split('\n').length : span.max;
    } else if (range) {
      start = range.start;
      end = range.end;
    }
    const row: FunctionProfile = { name, line: start, end_line: Math.max(start, end), ...metricsOf(fn.acc) };
    file.functions.push(row);
  }
  // A named function of the source whose lines hold time, but which V8 never reported as a
  // function of its own, gets its row all the same: inlined into its caller for a whole run
  // (the compare leak pair's `checksum` under Node 24, about one run in five), its lines'
  // time went to the enclosing function's row in that run only, a function-scope "change"
  // between identical runs. (A row whose own lines hold nothing is dropped below.)
  for (const abs of allLines.keys()) {
    const file = files[fileKeyFor(root, abs)];
    const ranges = file ? rangesOf(abs, file) : null;
    if (!file || !ranges) continue;
    // Ascending, as file.lines is: "a charged line in [start, end]" is one binary search.
    const charged = file.lines.filter((l) => l.samples > 0).map((l) => l.line);
    if (charged.length === 0) continue;
    const rows = new Set(file.functions.map((f) => `${f.line}:${f.end_line}`));
    const chargedIn = (start: number, end: number): boolean => {
      const k = firstAtOrAfter(charged, start);
      return k < charged.length && charged[k]! <= end;
    };
    for (const r of ranges) {
      const name = r.name || r.assigned;
      if (!name || rows.has(`${r.start}:${r.end}`) || !chargedIn(r.start, r.end)) continue;
      rows.add(`${r.start}:${r.end}`);
      file.functions.push({ name, line: r.start, end_line: r.end, ...metricsOf(newAcc()) });
    }
  }
  // A caller line's callees in the same file (the lines their time went to): compare defers
  // a caller line's finding to its callee's, since V8 charges part of an inlined callee's
  // time to the call site (positions its compiler gives the inlined code's loop and checks).
  for (const [callerAbs, byLine] of attribution.callEdges) {
    const file = files[fileKeyFor(root, callerAbs)];
    if (!file) continue;
    // file.lines is sorted by line: a callee's lines are one slice of it (binary search, not a
    // scan of the file per call site).
    const at = (line: number): number => {
      let lo = 0;
      let hi = file.lines.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (file.lines[mid]!.line < line) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const calleeLinesOf = (line: number): number[] => {
      const lines = new Set<number>();
      for (const key of byLine.get(line) ?? []) {
        const span = attribution.functions.get(key)?.lines.get(callerAbs);
        if (!span) continue;
        for (let i = at(span.min); i < file.lines.length && file.lines[i]!.line <= span.max; i++) if (file.lines[i]!.line !== line) lines.add(file.lines[i]!.line);
      }
      return [...lines].sort((a, b) => a - b).slice(0, MAX_CALLEE_LINES);
    };
    // ...and in other profiled files, as spans (a function's observed lines there).
    const calleeSpansOf = (line: number): Array<[string, number, number]> => {
      const spans = new Map<string, [string, number, number]>();
      for (const key of byLine.get(line) ?? []) {
        for (const [abs, span] of attribution.functions.get(key)?.lines ?? []) {
          if (abs === callerAbs) continue;
          const fileKey = fileKeyFor(root, abs);
          if (!files[fileKey]) continue;
          spans.set(`${fileKey}:${span.min}:${span.max}`, [fileKey, span.min, span.max]);
        }
      }
      return [...spans.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])).slice(0, MAX_CALLEE_SPANS);
    };
    const known = new Set(file.lines.map((r) => r.line));
    const added: LineProfile[] = [];
    for (const row of file.lines) {
      const lines = calleeLinesOf(row.line);
      if (lines.length > 0) row.callee_lines = lines;
      const spans = calleeSpansOf(row.line);
      if (spans.length > 0) row.callee_spans = spans;
    }
    // A call site whose samples all ran in its callee still names what it calls: compare
    // ties a callee's regression to the PR's edit of that call ("renderRows(1_500_000)" on
    // a changed line 27, the time on line 18), and a caller in another file to its callee's
    // leak. Such a line gets a row with no time.
    const lineCount = lineCounts.get(fileKeyFor(root, callerAbs)) ?? Infinity;
    for (const line of byLine.keys()) {
      if (known.has(line) || line < 1 || line > lineCount) continue;
      const lines = calleeLinesOf(line);
      const spans = calleeSpansOf(line);
      if (lines.length === 0 && spans.length === 0) continue;
      const row: LineProfile = { line, ...metricsOf(newAcc()), ...(lines.length > 0 ? { callee_lines: lines } : {}), ...(spans.length > 0 ? { callee_spans: spans } : {}) };
      if (memory?.collected) Object.assign(row, memFields(undefined));
      added.push(row);
    }
    if (added.length > 0) file.lines = [...file.lines, ...added].sort((a, b) => a.line - b.line);
  }
  for (const f of Object.values(files)) {
    // Merge entries V8 kept apart (the same function compiled twice, e.g. after deopt).
    const merged = new Map<string, FunctionProfile>();
    for (const fn of f.functions) {
      const k = `${fn.name}|${fn.line}`;
      const m = merged.get(k);
      if (!m) merged.set(k, fn);
      else {
        m.cpu_js_s = round(m.cpu_js_s + fn.cpu_js_s);
        m.cpu_native_s = round(m.cpu_native_s + fn.cpu_native_s);
        m.system_s = round(m.system_s + fn.system_s);
        m.gc_s = round(m.gc_s + fn.gc_s);
        m.samples += fn.samples;
        m.end_line = Math.max(m.end_line, fn.end_line);
      }
    }
    f.functions = [...merged.values()].sort((a, b) => a.line - b.line || byCodeUnits(a.name, b.name));
  }
  for (const f of Object.values(files)) sumFunctionsFromLines(f, memory?.collected === true);

  const processes: ProcessInfo[] = [];
  const byPid = new Map<number, ThreadData[]>();
  for (const t of threads) {
    const l = byPid.get(t.pid) ?? [];
    l.push(t);
    byPid.set(t.pid, l);
  }
  for (const [pid, ts] of byPid) {
    // Processes that ran nothing in profiled files (npm, a shell's node helpers) are dropped.
    if ((attribution.perPid.get(pid) ?? 0) === 0) continue;
    const main = ts.find((t) => t.threadId === 0) ?? ts[0]!;
    // A process killed by a signal wrote its last window on the way out: what it did is in
    // the profile, but its run did not complete.
    const complete = (main.meta?.signal ?? null) === null && ts.every((t) => t.meta?.final === true || t.segments.some((s) => s.final));
    processes.push({
      pid,
      ppid: main.meta?.ppid ?? main.segments[0]?.ppid ?? null,
      argv: main.meta?.argv ?? [],
      threads: ts.length,
      exit_code: main.meta?.exit_code ?? null,
      signal: main.meta?.signal ?? null,
      complete,
    });
  }
  // One pass over the run's samples for both (a full profile keeps every sample's track).
  const tally = withPrior(attribution.tracks, run.intervalMs, attribution.samplerTally);
  run.warnings.push(...warningsOf(tally, run.intervalMs));
  const lateShare = lateShareOf(tally);
  const gcPauseS = gcPauseSeconds(threads);
  const anyMeta = threads.find((t) => t.meta)?.meta;
  const complete = run.complete && processes.every((p) => p.complete);
  const totalsOut: Totals = {
    ...metricsOf(totals),
    elapsed_s: round(run.elapsedS),
    unattributed_s: round(attribution.unattributed_s + misplacedS),
    runqueue_s: round(attribution.runqueue_s),
  };
  if (memory?.collected) {
    const t = memory.totals;
    Object.assign(totalsOut, {
      alloc_js_bytes: t.alloc_js_bytes,
      alloc_native_bytes: t.alloc_native_bytes,
      free_bytes: t.free_bytes,
      net_bytes: t.net_bytes,
      peak_bytes: t.peak_bytes,
      copy_bytes: t.copy_bytes,
      peak_footprint_bytes: t.peak_footprint_bytes,
      peak_footprint_at: t.peak_footprint_at ? { file: fileKeyFor(root, t.peak_footprint_at.absPath), line: t.peak_footprint_at.line } : null,
      footprint_timeline: t.footprint_timeline,
      growth_rate_bytes_per_s: t.growth_rate_bytes_per_s,
      native_background: t.native_background,
    });
    run.warnings.push(...memory.warnings);
  }
  return {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: 'scalene-ci',
      tool_version: run.toolVersion,
      source_format: 'scalene-ci',
      node_version: anyMeta?.node_version ?? process.version,
      v8_version: anyMeta?.v8_version ?? null,
      platform: process.platform,
      arch: process.arch,
      cpu_model: os.cpus()[0]?.model?.trim() ?? null,
      cpu_count: os.cpus().length,
      command: run.command,
      start_time: run.startTime.toISOString(),
      elapsed_s: round(run.elapsedS),
      sampling_interval_ms: run.intervalMs,
      runs: 1,
      git_sha: run.gitSha,
      complete,
      use_virtual_time: run.useVirtualTime,
      gpu: null,
      ...(memory?.collected && run.memoryWindows
        ? { memory_windows: { ...run.memoryWindows, ...(memory.jsBytesPerGc > 0 ? { js_gc_bytes: Math.round(memory.jsBytesPerGc) } : {}) } }
        : {}),
      // Full mode without collected memory (no sampler or shim) says so rather than report zeros.
      mode: run.mode === 'full' && !memory?.collected ? 'cpu' : run.mode,
      missing: run.mode === 'cpu' || !memory?.collected ? ['memory', 'copy'] : [],
      processes,
      warnings: run.warnings,
      sampler_late_share: Math.round(lateShare * 1e4) / 1e4,
      ...(gcPauseS > 0 ? { gc_pause_s: Math.round(gcPauseS * 1e5) / 1e5 } : {}),
    },
    totals: totalsOut,
    files,
  };
}

function namedAs(r: FunctionRange, name: string): boolean {
  const own = r.name || r.assigned || '';
  return own !== '' && (own === name || name.endsWith('.' + own));
}

/**
 * A function's figures are the sum of its lines (the innermost listed function holding each
 * line), so lines and functions tell one story. V8 charges an inlined callee's samples to the
 * caller's function node while the lines put them on the callee's own line: a busy loop added
 * to acorn's parseExprSubscripts made its caller parseMaybeUnary a 50 ms "new hotspot" in the
 * function-scope comparison (bench:detect, 7 comparisons of 10). Entries V8 gave one range
 * become one (the busiest name). Without the file's source the CPU figures stay V8's.
 */
function sumFunctionsFromLines(f: FileProfile, withMemory: boolean): void {
  if (f.functions.length === 0) return;
  if (f.source !== null) {
    const byRange = new Map<string, FunctionProfile>();
    for (const fn of f.functions) {
      const k = `${fn.line}:${fn.end_line}`;
      const m = byRange.get(k);
      if (!m || fn.samples > m.samples) byRange.set(k, fn);
    }
    f.functions = [...byRange.values()];
  }
  // Innermost owner per line: paint ranges widest first, narrower ones over them.
  const maxLine = f.lines.length ? f.lines[f.lines.length - 1]!.line : 0;
  const owner = new Int32Array(maxLine + 1).fill(-1);
  const order = f.functions.map((_, i) => i).sort((a, b) => f.functions[b]!.end_line - f.functions[b]!.line - (f.functions[a]!.end_line - f.functions[a]!.line));
  for (const i of order) {
    const fn = f.functions[i]!;
    for (let l = Math.max(1, fn.line); l <= Math.min(maxLine, fn.end_line); l++) owner[l] = i;
  }
  const cpu = f.source !== null;
  for (const fn of f.functions) {
    if (cpu) Object.assign(fn, { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 });
    if (withMemory) Object.assign(fn, memFields(undefined));
  }
  for (const l of f.lines) {
    const i = l.line <= maxLine ? owner[l.line]! : -1;
    if (i < 0) continue;
    const fn = f.functions[i]!;
    if (cpu) {
      fn.cpu_js_s += l.cpu_js_s;
      fn.cpu_native_s += l.cpu_native_s;
      fn.system_s += l.system_s;
      fn.gc_s += l.gc_s;
      fn.samples += l.samples;
    }
    if (withMemory) {
      for (const k of ['alloc_js_bytes', 'alloc_native_bytes', 'free_bytes', 'net_bytes', 'copy_bytes'] as const) fn[k] = (fn[k] ?? 0) + (l[k] ?? 0);
      fn.peak_bytes = Math.max(fn.peak_bytes ?? 0, l.peak_bytes ?? 0);
      if (l.leak && (!fn.leak || l.leak.likelihood > fn.leak.likelihood)) fn.leak = l.leak;
    }
  }
  if (cpu) {
    // A function none of whose lines kept anything (its samples were all a callee's, moved to
    // that callee's lines) has nothing to report.
    f.functions = f.functions.filter((fn) => fn.samples > 0 || fn.cpu_js_s + fn.cpu_native_s + fn.system_s + fn.gc_s > 0 || (fn.alloc_js_bytes ?? 0) + (fn.alloc_native_bytes ?? 0) + (fn.copy_bytes ?? 0) > 0);
    for (const fn of f.functions) {
      fn.cpu_js_s = round(fn.cpu_js_s);
      fn.cpu_native_s = round(fn.cpu_native_s);
      fn.system_s = round(fn.system_s);
      fn.gc_s = round(fn.gc_s);
      fn.samples = Math.round(fn.samples * 1000) / 1000;
    }
  }
  f.functions.sort((a, b) => a.line - b.line || byCodeUnits(a.name, b.name));
}

/** At most this many callee lines per caller line (the busiest functions' lines first would
 * need their times; the lowest line numbers are kept, enough for compare's deferral). */
const MAX_CALLEE_LINES = 200;
/** Per line, at most this many callee spans in other files (a dispatcher calls many). */
const MAX_CALLEE_SPANS = 32;

// Warn when late samples carry more than this share of a process's sampled time.
const LATE_SHARE_WARN = 0.1;

/** The time-weighted mean GC pause of the threads' GCs (Σ d² / Σ d, seconds; 0 with none):
 * the size of the lumps GC time comes in (Node 20, the compare leak pair: 19 pauses, mean
 * 7 ms, time-weighted 25 ms, so 64 ms of a function's GC time is ~3 pauses, not 64 samples). */
export function gcPauseSeconds(threads: ThreadData[]): number {
  let sum = 0;
  let sumSq = 0;
  for (const t of threads) {
    for (const seg of t.segments) {
      const gc = seg.gc ?? [];
      for (let i = 0; i + GC_STRIDE <= gc.length; i += GC_STRIDE) {
        const d = (gc[i + 1]! - gc[i]!) / 1e6;
        if (d > 0) {
          sum += d;
          sumSq += d * d;
        }
      }
    }
  }
  return sum > 0 ? sumSq / sum : 0;
}

/** The largest share, over processes, of sampled time carried by late samples. */
export function samplerLateShare(tracks: Array<{ pid: number; dt_s: number[] }>, intervalMs: number, prior?: SamplerTally): number {
  return lateShareOf(withPrior(tracks, intervalMs, prior));
}

function lateShareOf(byPid: SamplerTally): number {
  let worst = 0;
  for (const { all, late } of byPid.values()) if (all >= 0.1) worst = Math.max(worst, late / all);
  return worst;
}

/** The tracks' tally, plus the samples whose tracks were dropped (`prior`). */
function withPrior(tracks: Array<{ pid: number; dt_s: number[] }>, intervalMs: number, prior?: SamplerTally): SamplerTally {
  const into: SamplerTally = new Map();
  for (const [pid, e] of prior ?? []) into.set(pid, { ...e });
  return tallySampler(tracks, intervalMs, into);
}

/**
 * The sampler could not keep its interval (a loaded machine starved V8's sampling thread):
 * each late sample stands for a long stretch that it charges to one line, so that process's
 * line figures rest on fewer samples than their seconds suggest. Said per process; compare
 * already weighs such lines by their real sample counts.
 */
export function samplerWarnings(tracks: Array<{ pid: number; dt_s: number[] }>, intervalMs: number, prior?: SamplerTally): string[] {
  return warningsOf(withPrior(tracks, intervalMs, prior), intervalMs);
}

function warningsOf(byPid: SamplerTally, intervalMs: number): string[] {
  const out: string[] = [];
  for (const [pid, e] of byPid) {
    // A short process's first or last sample can stand for a start-up or exit gap: warn only
    // when a pattern shows (several late samples over a tenth of a second of sampling).
    if (e.all < 0.1 || e.lateSamples < 5 || e.late / e.all <= LATE_SHARE_WARN) continue;
    out.push(
      `sampling: in pid ${pid} the sampler fell behind its ${intervalMs} ms interval: ${Math.round((100 * e.late) / e.all)} % of the sampled time came from ${e.lateSamples} samples more than ${LATE_SAMPLE_INTERVALS * intervalMs} ms apart (an overloaded machine); its line figures are less precise and compare trusts them less`,
    );
  }
  return out;
}
