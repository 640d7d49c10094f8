// Findings per kind from the tested hypotheses: effect-size floors, snapshots of both sides,
// messages. Pure.
import type { CompareConfig } from '../config/config.js';
import { enclosingFunction, splitLines } from './match.js';
import { categoryLabel, formatBytes, formatPercent, formatSeconds } from './format.js';
import type { CpuCategory, Finding, FindingKind, FindingMetric, MetricSnapshot, StatTest } from './types.js';
import { ALL_CATS, CATS, CAT_INDEX, CAT_METRIC, type Cat, type Entry, HAS_COPY, HAS_GPU, HAS_LEAK, HAS_MEMORY, type Item, M, RAW_CATS, type Side, type SideFile, type Test, meanOf, medianOf, rawTotalMean, runsOf, totalMean } from './sides.js';
import type { Scale } from './scale.js';

// Findings

export interface Ctx {
  base: Side;
  head: Side;
  config: CompareConfig;
  scale: Scale;
}

export function share(side: Side, e: Entry | null, ks: readonly number[]): number {
  if (side.totalMeanS <= 0) return 0;
  let v = 0;
  for (const k of ks) v += meanOf(e, k === M.system ? M.rawSystem : k, side.R);
  return v / side.totalMeanS;
}

export function snapshot(side: Side, e: Entry | null, shareKs: readonly number[], mainK: readonly number[] | null): MetricSnapshot {
  const R = side.R;
  const s: MetricSnapshot = {
    present: e !== null,
    cpu_js_s: meanOf(e, M.js, R),
    cpu_native_s: meanOf(e, M.native, R),
    system_s: meanOf(e, M.rawSystem, R),
    gc_s: meanOf(e, M.gc, R),
    total_s: rawTotalMean(e, R),
    share: share(side, e, shareKs),
    samples: meanOf(e, M.samples, R),
    runs: R,
  };
  if (R >= 2 && mainK) {
    const per = new Array<number>(R).fill(0);
    for (const k of mainK) runsOf(e, k, R).forEach((v, i) => (per[i]! += v));
    s.per_run = per;
  }
  if (e && e.flags & HAS_MEMORY) {
    s.alloc_bytes = meanOf(e, M.alloc, R);
    s.peak_bytes = meanOf(e, M.peak, R);
    s.net_bytes = meanOf(e, M.net, R);
  }
  if (e && e.flags & HAS_COPY) s.copy_bytes = meanOf(e, M.copy, R);
  if (e && e.flags & HAS_LEAK) {
    s.leak_likelihood = medianOf(e, M.leak, R);
    s.leak_velocity_bytes_per_s = medianOf(e, M.leakVelocity, R);
  }
  if (e && e.flags & HAS_GPU) {
    s.gpu_s = meanOf(e, M.gpu, R);
    s.gpu_util = meanOf(e, M.gpuUtil, R);
    s.gpu_mem_peak_bytes = meanOf(e, M.gpuMem, R);
  }
  return s;
}

export function sourceLine(sf: SideFile | null, line: number | null): string | null {
  if (!sf || line === null || sf.info.source === null) return null;
  if (sf.sourceLines === undefined) sf.sourceLines = splitLines(sf.info.source);
  return sf.sourceLines?.[line - 1] ?? null;
}

export function changedInHead(item: Item): boolean {
  if (item.headLine === null || item.pair.head === null) return false;
  if (item.pair.base === null) return true; // a new file is all new code
  const mapping = item.pair.mapping!;
  if (item.scope === 'function') {
    const fn = item.fn!;
    if (fn.location !== 'head') return false;
    for (let l = fn.line; l <= fn.end_line; l++) if (mapping.changed(l)) return true;
    // A function whose first line has no base counterpart is new.
    return item.eb === null && mapping.toBase(fn.line) === null;
  }
  if (mapping.changed(item.headLine)) return true;
  return (item.eh?.callees ?? []).some((l) => mapping.changed(l));
}

export function makeFinding(
  ctx: Ctx,
  item: Item,
  kind: FindingKind,
  improvement: boolean,
  category: CpuCategory | null,
  metric: FindingMetric,
  shareKs: readonly number[],
  mainK: readonly number[],
  test: { raw: number | null; q: number | null; kind: StatTest },
  message: string,
): Finding {
  const { base, head } = ctx;
  const b = snapshot(base, item.eb, shareKs, mainK);
  const h = snapshot(head, item.eh, shareKs, mainK);
  const bv = mainK.reduce((s, k) => s + meanOf(item.eb, k, base.R), 0);
  const hv = mainK.reduce((s, k) => s + meanOf(item.eh, k, head.R), 0);
  const location: 'head' | 'base' = item.headLine !== null ? 'head' : 'base';
  const file = location === 'head' ? item.pair.head! : item.pair.base!;
  const line = item.scope === 'function' ? item.fn!.line : location === 'head' ? item.headLine! : item.baseLine!;
  const sideFile = location === 'head' ? item.headFile : item.baseFile;
  let fnName: string | null;
  if (item.scope === 'function') fnName = item.fn!.name;
  else fnName = sideFile ? (enclosingFunction(sideFile.functions, line)?.name ?? null) : null;
  const f: Finding = {
    kind,
    scope: item.scope,
    category,
    metric,
    file,
    line,
    location,
    base_file: item.pair.base,
    base_line: item.eb ? item.baseLine : item.scope === 'line' ? item.baseLine : null,
    function: fnName === '' ? null : fnName,
    source_line: sourceLine(sideFile, line),
    base: b,
    head: h,
    delta: hv - bv,
    relative_delta: bv !== 0 ? (hv - bv) / bv : null,
    share_delta: kind === 'cpu' || kind === 'new-hotspot' ? h.share - b.share : 0,
    p_value: test.q,
    p_value_raw: test.raw,
    test: test.kind,
    changed_in_head: changedInHead(item),
    improvement,
    message,
  };
  if (item.scope === 'function') f.end_line = item.fn!.end_line;
  return f;
}

/** Does growth (or, for improvements, shrinkage) from b to h clear a relative and an absolute floor? */
export function clears(b: number, h: number, minRelative: number, minAbsolute: number, improvement: boolean): boolean {
  const d = improvement ? b - h : h - b;
  if (d <= 0 || d < minAbsolute) return false;
  if (improvement) return b > 0 && d / b >= minRelative;
  return b === 0 || d / b >= minRelative;
}

export function cpuMessage(cat: CpuCategory, b: MetricSnapshot, h: MetricSnapshot, bAbs: number, hAbs: number, improvement: boolean, python = false): string {
  const label = cat === 'total' ? 'Time' : `${categoryLabel(cat, python)} time`;
  const verb = improvement ? 'fell' : 'rose';
  return `${label} ${verb} from ${formatSeconds(bAbs)} (${formatPercent(b.share)} of total) to ${formatSeconds(hAbs)} (${formatPercent(h.share)} of total).`;
}

/** CPU and new-hotspot findings for one item, from its share tests. */
export function cpuFindings(ctx: Ctx, item: Item, tests: Test[]): Finding[] {
  const { base, head, config } = ctx;
  const out: Finding[] = [];
  const alpha = config.alpha;
  const tc = item.thresholds.cpu;
  const th = item.thresholds['new-hotspot'];

  const totalTest = tests.find((t) => t.what === 'total');
  if (totalTest && th.enabled && totalTest.q < alpha) {
    const sb = share(base, item.eb, ALL_CATS);
    const sh = share(head, item.eh, ALL_CATS);
    const ab = totalMean(item.eb, base.R);
    const ah = totalMean(item.eh, head.R);
    if (sh > sb && sb <= th.max_base_share && sh >= th.min_share && ah - ab >= th.min_absolute_s && ah / ctx.scale.ratio - ab >= th.min_absolute_s) {
      const was = item.eb ? `was ${formatSeconds(rawTotalMean(item.eb, base.R))} (${formatPercent(sb)})` : 'not in base';
      const msg = `New hotspot: ${formatSeconds(rawTotalMean(item.eh, head.R))} (${formatPercent(sh)} of total time); ${was}.`;
      out.push(makeFinding(ctx, item, 'new-hotspot', false, 'total', 'total_s', RAW_CATS, RAW_CATS, { raw: totalTest.result.p, q: totalTest.q, kind: totalTest.result.test }, msg));
      return out; // the hotspot finding subsumes the per-category ones
    }
  }
  if (!tc.enabled) return out;
  const baseTotal = base.totalMeanS;
  for (const improvement of [false, true]) {
    let best: { t: Test; cat: Cat; d: number } | null = null;
    for (const t of tests) {
      if (t.q >= alpha || t.what === 'total' || !(CATS as readonly string[]).includes(t.what)) continue;
      const cat = t.what as Cat;
      const k = CAT_INDEX[cat];
      const ab = meanOf(item.eb, k, base.R);
      const ah = meanOf(item.eh, k, head.R);
      // What the head time would be on the base runner: growth beyond the overall slowdown.
      const ahNorm = ah / ctx.scale.ratio;
      const excess = improvement ? ab - ahNorm : ahNorm - ab;
      // Absolute time must move (so a line diluted or concentrated by another line's change
      // is not flagged), and so must time relative to the unchanged code (so a uniformly
      // slower runner is not), each by the configured floors.
      if (!clears(ab, ah, tc.min_relative, tc.min_absolute_s, improvement)) continue;
      if (!clears(ab, ahNorm, tc.min_relative, tc.min_absolute_s, improvement)) continue;
      if (baseTotal <= 0 || excess / baseTotal < tc.min_share_points) continue;
      if (!best || excess > best.d) best = { t, cat, d: excess };
    }
    // Time that only changed category within the line is not a slower line (a builtin's calls
    // run as native code until the JIT inlines them, so a run that optimized later shows
    // native time on a JS line): dropped when the line's other categories moved the opposite
    // way by more than half of it, as dropAttributionShifts does between lines.
    if (best && lineExcess(ctx, item, improvement) <= best.d / 2) best = null;
    if (best) {
      // Figures shown (and the delta) are as profiled; the test above used contention-free ones.
      const k = [best.cat === 'system' ? M.rawSystem : CAT_INDEX[best.cat]];
      const b = snapshot(base, item.eb, k, null);
      const h = snapshot(head, item.eh, k, null);
      const python = [...base.profiles, ...head.profiles].every((p) => p.meta.source_format === 'scalene');
      const msg = cpuMessage(best.cat, b, h, meanOf(item.eb, k[0]!, base.R), meanOf(item.eh, k[0]!, head.R), improvement, python);
      out.push(makeFinding(ctx, item, 'cpu', improvement, best.cat, CAT_METRIC[best.cat], k, k, { raw: best.t.result.p, q: best.t.q, kind: best.t.result.test }, msg));
    }
  }
  return out;
}

/** How much the item's time in all categories grew (fell, for an improvement) beyond the
 * runner's speed: seconds on the base runner. */
function lineExcess(ctx: Ctx, item: Item, improvement: boolean): number {
  const d = totalMean(item.eh, ctx.head.R) / ctx.scale.ratio - totalMean(item.eb, ctx.base.R);
  return improvement ? -d : d;
}

export function bytesFindings(ctx: Ctx, item: Item, tests: Test[]): Finding[] {
  const { base, head, config } = ctx;
  const out: Finding[] = [];
  const both = (flag: number): boolean => (base.flags & flag) !== 0 && (head.flags & flag) !== 0;
  const significant = (what: Test['what']): { raw: number | null; q: number | null; kind: StatTest } | null => {
    const t = tests.find((x) => x.what === what);
    if (!t) return { raw: null, q: null, kind: 'threshold' };
    return t.q < config.alpha ? { raw: t.result.p, q: t.q, kind: t.result.test } : null;
  };
  const R = { b: base.R, h: head.R };

  if (both(HAS_MEMORY) && item.thresholds.memory.enabled) {
    const t = item.thresholds.memory;
    for (const improvement of [false, true]) {
      for (const [what, k, metric, label] of [
        ['alloc', M.alloc, 'alloc_bytes', 'Allocations'],
        ['peak', M.peak, 'peak_bytes', 'Peak memory'],
      ] as const) {
        const b = meanOf(item.eb, k, R.b);
        const h = meanOf(item.eh, k, R.h);
        if (!clears(b, h, t.min_relative, t.min_absolute_bytes, improvement)) continue;
        const sig = significant(what);
        if (!sig) continue;
        const msg = `${label} ${improvement ? 'fell' : 'rose'} from ${formatBytes(b)} to ${formatBytes(h)}.`;
        out.push(makeFinding(ctx, item, 'memory', improvement, null, metric, ALL_CATS, [k], sig, msg));
        break; // one memory finding per line and direction: allocations first, else the peak
      }
    }
  }
  if (both(HAS_LEAK) && item.thresholds.leak.enabled) {
    const t = item.thresholds.leak;
    // A side's verdict is its typical run's (the median): a leak the profiler names in most runs
    // is named, whatever one run's evidence, so more runs make a leak surer, not rarer. (With
    // the mean, one run of three without the verdict hid it: recall fell as repeat grew.)
    const likely = (e: Entry | null, R: number): boolean =>
      e !== null && (e.flags & HAS_LEAK) !== 0 && medianOf(e, M.leak, R) >= t.min_likelihood && medianOf(e, M.leakVelocity, R) >= t.min_velocity_bytes_per_s;
    const inBase = likely(item.eb, R.b);
    const inHead = likely(item.eh, R.h);
    if (inBase !== inHead) {
      const improvement = inBase;
      const e = improvement ? item.eb : item.eh;
      const RR = improvement ? R.b : R.h;
      const msg = improvement
        ? `No longer a likely leak (was ${formatPercent(medianOf(e, M.leak, RR))} likely, ${formatBytes(medianOf(e, M.leakVelocity, RR))}/s).`
        : `Likely leak: ${formatPercent(medianOf(e, M.leak, RR))} likelihood, growing ${formatBytes(medianOf(e, M.leakVelocity, RR))}/s.`;
      out.push(makeFinding(ctx, item, 'leak', improvement, null, 'leak_likelihood', ALL_CATS, [M.leak], { raw: null, q: null, kind: 'threshold' }, msg));
    }
  }
  if (both(HAS_COPY) && item.thresholds.copy.enabled) {
    const t = item.thresholds.copy;
    for (const improvement of [false, true]) {
      const b = meanOf(item.eb, M.copy, R.b);
      const h = meanOf(item.eh, M.copy, R.h);
      if (!clears(b, h, t.min_relative, t.min_absolute_bytes, improvement)) continue;
      const sig = significant('copy');
      if (!sig) continue;
      const msg = `Copy volume ${improvement ? 'fell' : 'rose'} from ${formatBytes(b)} to ${formatBytes(h)}.`;
      out.push(makeFinding(ctx, item, 'copy', improvement, null, 'copy_bytes', ALL_CATS, [M.copy], sig, msg));
    }
  }
  if (both(HAS_GPU) && item.thresholds.gpu.enabled) {
    const t = item.thresholds.gpu;
    for (const improvement of [false, true]) {
      const candidates = [
        ['gpu', M.gpu, 'gpu_s', t.min_absolute_s, 'GPU time', formatSeconds],
        ['gpuMem', M.gpuMem, 'gpu_mem_peak_bytes', t.min_absolute_bytes, 'GPU memory peak', formatBytes],
      ] as const;
      for (const [what, k, metric, floor, label, fmt] of candidates) {
        const b = meanOf(item.eb, k, R.b);
        const h = meanOf(item.eh, k, R.h);
        if (!clears(b, h, t.min_relative, floor, improvement)) continue;
        const sig = significant(what);
        if (!sig) continue;
        const msg = `${label} ${improvement ? 'fell' : 'rose'} from ${fmt(b)} to ${fmt(h)}.`;
        out.push(makeFinding(ctx, item, 'gpu', improvement, null, metric, ALL_CATS, [k], sig, msg));
        break;
      }
    }
  }
  return out;
}
