// Time or bytes that the profiler merely moved between unchanged lines of a file (inlining,
// a GC's site) is not a change: such pairs of findings are dropped and noted. Pure.
import type { FilePair } from './match.js';
import { formatBytes, formatSeconds } from './format.js';
import type { Finding, FindingKind, FindingMetric } from './types.js';
import { type Item, M, meanOf, totalMean } from './sides.js';
import { type Ctx, changedInHead } from './findings.js';

/**
 * Time or bytes that move between unchanged lines of one file with no net change are not a
 * regression: the profiler charged the same work elsewhere (V8 inlined a callee, or split a
 * function's samples between its lines differently; a GC's bytes went to a callee's line in
 * one run and to its caller's in the next). A CPU finding (a memory finding) on an unchanged
 * line is dropped when opposite, notable changes of time (of the same bytes metric) on other
 * unchanged lines of the same file add up to about the same amount (they differ by at most
 * half the larger) and cover at least half of it (smallest findings first, so an offset
 * explains the finding it most resembles). Edited lines are never dropped: moving work by
 * editing code is a real change.
 */
export function dropAttributionShifts(ctx: Ctx, items: Item[], findings: Finding[], itemOf: Map<Finding, Item>, notes: string[]): Finding[] {
  const { base, head, scale } = ctx;
  interface Measure {
    kinds: ReadonlySet<FindingKind>;
    metric: FindingMetric | null; // null: any metric of those kinds
    delta(i: Item): number;
    notable(i: Item, d: number): boolean;
    format(d: number): string;
    what: [string, string, string]; // more, less, noun
  }
  const cpu: Measure = {
    kinds: new Set<FindingKind>(['cpu', 'new-hotspot']),
    metric: null,
    delta: (i) => totalMean(i.eh, head.R) / scale.ratio - totalMean(i.eb, base.R),
    notable: (i, d) => {
      const t = i.thresholds.cpu;
      const ref = Math.max(totalMean(i.eb, base.R), totalMean(i.eh, head.R) / scale.ratio);
      return Math.abs(d) >= t.min_absolute_s && Math.abs(d) >= t.min_relative * ref;
    },
    format: formatSeconds,
    what: ['more', 'less', 'time'],
  };
  const bytes = (metric: FindingMetric, k: number, noun: string): Measure => ({
    kinds: new Set<FindingKind>(['memory']),
    metric,
    delta: (i) => meanOf(i.eh, k, head.R) - meanOf(i.eb, k, base.R),
    // Only the absolute floor: bytes move between lines a GC (1-64 MB) at a time, so a big
    // line that gave one GC's bytes to its neighbour moves by less than min_relative of
    // itself (70 → 58 MiB while 0 → 12 MiB, between identical runs on Node 24); the
    // conservation check below still keeps unrelated changes of different sizes.
    notable: (i, d) => Math.abs(d) >= i.thresholds.memory.min_absolute_bytes,
    format: formatBytes,
    what: ['more', 'less', noun],
  });
  const byPair = new Map<FilePair, Item[]>();
  for (const i of items) {
    if (i.scope !== 'line' || i.pair.base === null || i.pair.head === null || changedInHead(i)) continue;
    const list = byPair.get(i.pair);
    if (list) list.push(i);
    else byPair.set(i.pair, [i]);
  }
  const dropped = new Set<Finding>();
  for (const m of [cpu, bytes('alloc_bytes', M.alloc, 'allocation'), bytes('peak_bytes', M.peak, 'peak memory')]) {
    for (const improvement of [false, true]) {
      const candidates = findings
        .filter((f) => m.kinds.has(f.kind) && (m.metric === null || f.metric === m.metric) && f.improvement === improvement && !f.changed_in_head && itemOf.has(f))
        .map((f) => ({ f, item: itemOf.get(f)!, d: Math.abs(m.delta(itemOf.get(f)!)) }))
        .sort((a, b) => a.d - b.d);
      const pools = new Map<FilePair, { total: number; left: number; lines: number[] }>();
      for (const c of candidates) {
        let pool = pools.get(c.item.pair);
        if (!pool) {
          const opposite = (byPair.get(c.item.pair) ?? []).filter((i) => {
            const d = m.delta(i);
            return (improvement ? d > 0 : d < 0) && m.notable(i, d);
          });
          const total = opposite.reduce((sum, i) => sum + Math.abs(m.delta(i)), 0);
          pool = { total, left: total, lines: opposite.map((i) => (i.headLine ?? i.baseLine)!) };
          pools.set(c.item.pair, pool);
        }
        const take = Math.min(pool.left, c.d);
        pool.left -= take;
        // A shift conserves what moved: the offsetting changes add up to about this one. Two
        // unrelated changes of different sizes (one line faster, another slower) are both kept.
        const conserved = Math.abs(pool.total - c.d) <= 0.5 * Math.max(pool.total, c.d);
        if (c.d > 0 && take >= 0.5 * c.d && conserved) {
          dropped.add(c.f);
          const [more, less, noun] = m.what;
          notes.push(
            `${c.f.file}:${c.f.line}: ${m.format(c.d)} ${improvement ? less : more} ${noun} offset by ${improvement ? more : less} on unchanged line${pool.lines.length > 1 ? 's' : ''} ${pool.lines.join(', ')} of the same file: the profiler attributed the same work differently; not reported.`,
          );
        }
      }
    }
  }
  return findings.filter((f) => !dropped.has(f));
}
