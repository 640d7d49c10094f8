// Step 4: native samples. The shim's rows (ALLOC, FREE, COPY, FREE_OF_SAMPLED), per process
// in the order its ring linearised them, go to the line executing on the sampling thread;
// a sampled pointer's free is credited to the line that allocated it.
import type { RawSegment } from '../raw.js';
import { inSiteFunction, type SiteFunction } from '../attribute.js';
import { callLineAt, callWitness, siteAt, siteFunctionAt } from './cpu-join.js';
import { GC_STRIDE, KIND_ALLOC, KIND_BACKGROUND, KIND_COPY, KIND_FREE, KIND_FREE_OF_SAMPLED, MEM_STRIDE, type AccOf, type ThreadMem } from './state.js';

/** Native bytes of the whole process tree, every thread's. */
export interface NativeTotals {
  alloc: number;
  free: number;
  copy: number;
}

/** Native bytes of threads that run no JS, of V8's work inside GCs and of the profiler's own. */
export interface BackgroundTotals {
  alloc_native_bytes: number;
  free_bytes: number;
  copy_bytes: number;
}

/** Native samples, per process, in the order the shim's ring linearised them: each row
 * added to its line's accumulator; the process tree's totals and the background's returned. */
export function attributeNativeSamples(byPid: Map<number, ThreadMem[]>, acc: AccOf, warnings: string[]): { native: NativeTotals; background: BackgroundTotals } {
  const background = { alloc_native_bytes: 0, free_bytes: 0, copy_bytes: 0 };
  const native = { alloc: 0, free: 0, copy: 0 };
  const withoutShim: number[] = [];
  let dropped = 0;
  for (const procMems of byPid.values()) {
    if (!procMems.some((m) => m.segs.some((s) => s.shim === 1))) withoutShim.push(procMems[0]!.thread.pid);
    // The shim's totals are cumulative: the last window that carries them has the count.
    for (const m of procMems) dropped += lastWith(m.segs, 'shim_totals')?.shim_totals?.[3] ?? 0;
    attributeNative(procMems, acc, native, background);
  }
  if (withoutShim.length > 0 && withoutShim.length < byPid.size) {
    warnings.push(`memory: ${withoutShim.length} process(es) ran without the native allocation shim (pid ${withoutShim.slice(0, 5).join(', ')}): their native memory is not counted`);
  }
  if (dropped > 0) warnings.push(`memory: ${dropped} native sample(s) were dropped (the shim's ring was full): native figures are low by about that many sampling windows`);
  return { native, background };
}

function attributeNative(procMems: ThreadMem[], acc: AccOf, native: NativeTotals, background: BackgroundTotals): void {
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
  const owners = new Map<number, { key: string | null; bytes: number; block: number; counted: boolean }>();
  const logBlock = (block: number) => Math.log(Math.max(1, block));
  const forget = (addr: number) => {
    // A pointer whose fate we will not learn (evicted from the shim's table, or sampled
    // again with no free seen in between): out of the counts; its bytes stay held.
    const o = owners.get(addr);
    if (!o) return;
    owners.delete(addr);
    if (o.key && o.counted) {
      const a = acc(o.key);
      a.sampled -= 1;
      a.sampledBytes -= o.bytes;
      a.blockLogSum -= logBlock(o.block);
    }
  };
  // Events whose own stack named their line (site_trigger.h, code_map.h), per kind and line:
  // an event whose stack named only its function (machine code) goes to the line of that
  // function that such events name most. By time alone it went to the function's busiest
  // allocating line (Node 24: 6 MiB of a hot function's kept Buffer.alloc on its
  // object-building loop, in 1 run of 5).
  const exact = new Map<number, Map<string, number>>();
  for (const { i, mem, m } of rows) {
    const kind = mem[i + 1]! & ~KIND_BACKGROUND;
    if (kind !== KIND_ALLOC && kind !== KIND_COPY) continue;
    const key = siteAt(m.track, mem[i + 2]!);
    if (!key) continue;
    let byLine = exact.get(kind);
    if (!byLine) exact.set(kind, (byLine = new Map()));
    byLine.set(key, (byLine.get(key) ?? 0) + 1);
  }
  const inFunction = (kind: number, fn: SiteFunction | null): string | null => {
    if (!fn) return null;
    let best: string | null = null;
    let most = 0;
    for (const [key, n] of exact.get(kind) ?? []) {
      if (n <= most || !key.startsWith(`${fn.file}:`)) continue;
      if (inSiteFunction(fn, Number(key.slice(fn.file.length + 1)))) {
        best = key;
        most = n;
      }
    }
    return best;
  };
  // Copies with no witness nearby wait until every copy with one is placed (callWitness).
  const copyLines = new Set<string>();
  const farCopies: Array<{ m: ThreadMem; t: number; bytes: number }> = [];
  for (const { i, mem, m } of rows) {
    const rawKind = mem[i + 1]!;
    const t = mem[i + 2]!;
    const bytes = mem[i + 4]!;
    const addr = mem[i + 5]!;
    const aux = mem[i + 6]!;
    const block = mem[i + 7]!;
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
        owners.set(addr, { key: null, bytes, block, counted: false });
        continue;
      }
      const fn = siteFunctionAt(m.track, t);
      const key = siteAt(m.track, t) ?? inFunction(KIND_ALLOC, fn) ?? callLineAt(m.track, t, undefined, fn);
      // Allocated before the last full GC: if it is never freed, it survived one.
      const counted = t < m.lastFullGcUs;
      owners.set(addr, { key, bytes, block, counted });
      if (!key) continue;
      const a = acc(key);
      a.allocNative += bytes;
      if (counted) {
        a.sampled += 1;
        a.sampledBytes += bytes;
        a.blockLogSum += logBlock(block);
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
      const fn = siteFunctionAt(m.track, t);
      const site = siteAt(m.track, t) ?? inFunction(KIND_COPY, fn);
      const w = site ? { key: site, near: true } : callWitness(m.track, t, undefined, fn);
      if (!w?.key) continue;
      if (w.near) {
        copyLines.add(w.key);
        acc(w.key).copy += bytes;
      } else farCopies.push({ m, t, bytes });
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
        a.blockLogSum += logBlock(o.block);
      }
      a.freed += 1;
      a.freedSamples.push(o.bytes, o.block);
      a.freedNative += o.bytes;
      a.deltas.push(t, -o.bytes);
    }
  }
  for (const { m, t, bytes } of farCopies) {
    const key = callLineAt(m.track, t, (k) => copyLines.has(k));
    if (key) acc(key).copy += bytes;
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
