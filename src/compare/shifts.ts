// Time or bytes that the profiler merely moved between unchanged lines of a file (inlining,
// a GC's site) is not a change: such pairs of findings are dropped and noted. Pure.
import type { FilePair } from './match.js';
import { formatBytes, formatSeconds } from './format.js';
import type { Finding, FindingKind, FindingMetric } from './types.js';
import { ALL_CATS, type FnEntry, type Item, M, type Side, type SideFile, meanOf, runsOf, totalMean } from './sides.js';
import { type Ctx, changedInHead } from './findings.js';
import type { SpreadPrior } from './stats.js';

/** Variance (s²) of a line's mean time difference between identical sides: the shared
 * run-to-run spread (a factor, so proportional to the time) and Poisson sampling. */
function timeDeltaVariance(item: Item, base: Side, head: Side, prior: SpreadPrior, ratio: number): number {
  let v = 0;
  for (const [side, e, scale] of [[base, item.eb, 1], [head, item.eh, ratio]] as const) {
    if (!e) continue;
    let sumSq = 0;
    let sum = 0;
    const per = new Array<number>(side.R).fill(0);
    for (const k of ALL_CATS) runsOf(e, k, side.R).forEach((x, r) => (per[r]! += x / scale));
    for (const x of per) {
      sumSq += x * x;
      sum += x;
    }
    v += (prior.tau2 * sumSq) / (side.R * side.R) + sum / (side.R * side.R * side.rate);
  }
  return v;
}

/**
 * Time or bytes that move between unchanged lines of one file with no net change are not a
 * regression: the profiler charged the same work elsewhere (V8 inlined a callee, or split a
 * function's samples between its lines differently; a GC's bytes went to a callee's line in
 * one run and to its caller's in the next). A CPU finding (a memory finding) on an unchanged
 * line is dropped when opposite, notable changes of time (of the same bytes metric) on other
 * unchanged lines of the same file add up to about the same amount (they differ by at most
 * half the larger, plus, for time, twice the run-to-run noise of the offsetting lines) and
 * cover at least half of it (smallest findings first, so an offset explains the finding it
 * most resembles). The noise (only of lines that are not findings themselves: those changed by
 * more than noise) matters where the offsetting lines are big: between identical runs of the
 * compare leak pair (1 comparison in ~200), V8 charged 14 ms (23 samples) to the header of a
 * top-level loop that had none in the other run, while the loop's three callee lines, 40-50 ms
 * each and ±15 % from run to run, fell by 30 ms in all. Edited lines are never dropped: moving
 * work by editing code is a real change. (Lines whose samples ran under an edited line are
 * not exempt: V8's call edges from an on-stack-replaced top-level loop name callees that the
 * edited line never called, and the stress check's leak pair then kept the GC and stack-check
 * time that moved onto `function checksum(n) {` as a new hotspot.)
 */
export function dropAttributionShifts(ctx: Ctx, prior: SpreadPrior, items: Item[], findings: Finding[], itemOf: Map<Finding, Item>, notes: string[]): Finding[] {
  const { base, head, scale } = ctx;
  interface Measure {
    kinds: ReadonlySet<FindingKind>;
    metric: FindingMetric | null; // null: any metric of those kinds
    delta(i: Item): number;
    notable(i: Item, d: number): boolean;
    format(d: number): string;
    /** Variance of an offsetting line's delta between identical sides (0: not modelled). */
    variance(i: Item): number;
    what: [string, string, string]; // more, less, noun
  }
  const cpuIn = (ratio: number, kinds: FindingKind[]): Measure => ({
    kinds: new Set<FindingKind>(kinds),
    metric: null,
    delta: (i) => totalMean(i.eh, head.R) / ratio - totalMean(i.eb, base.R),
    notable: (i, d) => {
      const t = i.thresholds.cpu;
      const ref = Math.max(totalMean(i.eb, base.R), totalMean(i.eh, head.R) / ratio);
      return Math.abs(d) >= t.min_absolute_s && Math.abs(d) >= t.min_relative * ref;
    },
    format: formatSeconds,
    variance: (i) => timeDeltaVariance(i, base, head, prior, ratio),
    what: ['more', 'less', 'time'],
  });
  // Time on the base runner's scale (a slower runner makes no line faster or slower)...
  const cpu = cpuIn(scale.ratio, ['cpu', 'new-hotspot']);
  // ...and, for a new hotspot, as profiled: the runner's ratio comes from the same unchanged
  // lines, so when they paid for the hotspot it reads as "head ran faster" and the offset
  // vanishes from the scaled figures (the leak pair above: 0.8, with nothing left to offset
  // 14 ms). A line from (almost) nothing to a hotspot, with its file's other lines down by as
  // much in seconds, did not get new work. A change of a line that had time (a cpu finding)
  // is judged on the runner's scale only, so a faster runner explains no slower line.
  const cpuAsProfiled = cpuIn(1, ['new-hotspot']);
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
    variance: () => 0,
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
  for (const m of [cpu, cpuAsProfiled, bytes('alloc_bytes', M.alloc, 'allocation'), bytes('peak_bytes', M.peak, 'peak memory')]) {
    for (const improvement of [false, true]) {
      const candidates = findings
        .filter((f) => m.kinds.has(f.kind) && (m.metric === null || f.metric === m.metric) && f.improvement === improvement && !f.changed_in_head && itemOf.has(f) && !dropped.has(f))
        .map((f) => ({ f, item: itemOf.get(f)!, d: Math.abs(m.delta(itemOf.get(f)!)) }))
        .sort((a, b) => a.d - b.d);
      // Run-to-run noise can hide a shift only in lines whose own change is not a finding:
      // a line found to have changed the opposite way changed by more than noise.
      const found = new Set(findings.filter((f) => m.kinds.has(f.kind) && f.improvement !== improvement).map((f) => itemOf.get(f)));
      const pools = new Map<FilePair, { total: number; left: number; noise: number; lines: number[] }>();
      for (const c of candidates) {
        let pool = pools.get(c.item.pair);
        if (!pool) {
          const opposite = (byPair.get(c.item.pair) ?? []).filter((i) => {
            const d = m.delta(i);
            return (improvement ? d > 0 : d < 0) && m.notable(i, d);
          });
          const total = opposite.reduce((sum, i) => sum + Math.abs(m.delta(i)), 0);
          const noise = Math.sqrt(opposite.reduce((sum, i) => sum + (found.has(i) ? 0 : m.variance(i)), 0));
          pool = { total, left: total, noise, lines: opposite.map((i) => (i.headLine ?? i.baseLine)!) };
          pools.set(c.item.pair, pool);
        }
        const take = Math.min(pool.left, c.d);
        pool.left -= take;
        // A shift conserves what moved: the offsetting changes add up to about this one. Two
        // unrelated changes of different sizes (one line faster, another slower) are both kept.
        const conserved = Math.abs(pool.total - c.d) <= 0.5 * Math.max(pool.total, c.d) + 2 * pool.noise;
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

/** Share of a CPU finding's growth that must be GC (GC and off-CPU time in another file) for it
 * to count as the leak's cost. */
const LEAK_COST_SHARE = 0.5;
/** In another file than the leak, a line whose own allocation rose by more than this (and by
 * LEAK_COST_ALLOC_BYTES) may be paying for its own GCs: its growth is not the leak's. */
const LEAK_COST_ALLOC_RATIO = 1.5;
const LEAK_COST_ALLOC_BYTES = 4 * 1024 * 1024;

/**
 * A leak's cost elsewhere is the leak's finding, not a new hotspot. A growing heap makes every
 * collection longer, and V8 charges GC time to the allocating line that ran into it; a caller
 * that V8 inlined the leaking line into also takes its work, its GC and its page faults. In
 * bench:detect (docs/DETECTION.md) each JS-leak mutant (an array of ~94 KB kept per call) made
 * another line a "new hotspot" in 2-6 comparisons of 10: acorn's `var prop =
 * this.parseProperty(…)` (+146 ms: GC 72, off-CPU 41, JS 33) beside the leak inside
 * parseProperty, and lines that only allocate, with GC growth. So, when a comparison has a leak
 * regression on a line, a CPU regression on an unchanged line is folded into it (dropped, with a
 * note) when at least half of its growth is GC time in the leak's file, or whatever its growth
 * on a line whose samples ran in the leaking line (`callee_lines`): V8 charges an inlined
 * callee's work to its caller's line at times (yaml's `getTagObject(…)` call line, +54 ms of
 * JS beside the leak inside getTagObject, a "new hotspot" with no finding on the leaking line's
 * time; acorn's parseProperty call, +31 ms: JS 17, GC 7, off-CPU 7). In other files the same
 * holds for a caller whose samples ran in the leaking line's function (`callee_spans`: yaml's
 * `stringify.stringify(…)` calls in stringifyPair.js, +17-21 ms of JS each, the leaking
 * function inlined into them), and for GC and off-CPU time (page faults of the growing heap
 * land there too) on a line whose own allocation did not rise: diff's `word.js:80` (+32 ms, GC 29) and yaml's
 * `stringifyCollection.js:12` (+30 ms, GC 27), each 0 ms in base, beside JS leaks in another
 * file, 0-0.5 MB allocated on both sides. Edited lines keep their findings, and so does growth
 * in JS or native time elsewhere.
 */
export function foldLeakCosts(findings: Finding[], itemOf: Map<Finding, Item>, notes: string[]): Finding[] {
  const leaks = findings.filter((f) => f.kind === 'leak' && !f.improvement && f.scope === 'line');
  if (leaks.length === 0) return findings;
  return findings.filter((f) => {
    // An edited line (or function) keeps its finding.
    const item = itemOf.get(f);
    if ((f.kind !== 'cpu' && f.kind !== 'new-hotspot') || f.improvement || editedIn(f, item)) return true;
    const grew = f.head.total_s - f.base.total_s;
    if (!(grew > 0)) return true;
    const gc = f.head.gc_s - f.base.gc_s;
    const off = f.head.system_s - f.base.system_s;
    const sameFile = leaks.filter((l) => l.file === f.file);
    let leak: Finding | null = null;
    let calling: Finding | undefined;
    if (sameFile.length > 0) {
      const callees = item!.eh?.callees ?? [];
      calling = sameFile.find((l) => callees.includes(l.line));
      // A line whose samples ran in the leaking line is its caller: unedited, all its growth (JS
      // included: the leaking line's own work, inlined into it) is the leaking line's.
      leak = calling ?? (gc >= LEAK_COST_SHARE * grew ? sameFile[0]! : null);
    } else {
      // A caller in another file (its samples ran in the leaking line's function there): as above.
      calling = leaks.find((l) => (item!.eh?.calleeSpans ?? []).some(([file, first, last]) => file === l.file && l.line >= first && l.line <= last));
      const allocB = f.base.alloc_bytes ?? 0;
      const allocH = f.head.alloc_bytes ?? 0;
      const ownAlloc = allocH > LEAK_COST_ALLOC_RATIO * allocB && allocH - allocB > LEAK_COST_ALLOC_BYTES;
      leak = calling ?? (!ownAlloc && gc + off >= LEAK_COST_SHARE * grew ? leaks[0]! : null);
    }
    if (!leak) return true;
    const where = leak.file === f.file ? `line ${leak.line}` : `${leak.file}:${leak.line}`;
    notes.push(
      `${f.file}:${f.line}: ${formatSeconds(grew)} more time (GC ${formatSeconds(gc)}, off-CPU ${formatSeconds(off)}) with the likely leak on ${where}${leak === calling ? ', which this line calls' : ''}: a growing heap makes every collection longer; counted as the leak's cost, not reported apart.`,
    );
    return false;
  });
}

/** Whether a finding's code was edited: its line, or any line of its function (head lines). A
 * finding without a base counterpart counts as edited. (`changed_in_head` also marks a line
 * whose callee lines were edited, which the leaking line's caller always is.) */
function editedIn(f: Finding, item: Item | undefined): boolean {
  if (!item || item.headLine === null || item.pair.base === null) return true;
  const mapping = item.pair.mapping!;
  if (f.scope === 'function' && f.end_line !== undefined) {
    for (let l = f.line; l <= f.end_line; l++) if (mapping.changed(l)) return true;
    return false;
  }
  return mapping.changed(item.headLine);
}

/** The innermost function of `file` whose range holds `line`. */
function functionAt(file: SideFile | null, line: number): FnEntry | null {
  let best: FnEntry | null = null;
  for (const fn of file?.functions ?? []) {
    if (line >= fn.line && line <= fn.end_line && (!best || fn.end_line - fn.line < best.end_line - best.line)) best = fn;
  }
  return best;
}

/**
 * One leak, one finding. V8's sampling heap profiler names the function that allocated a kept
 * object (the optimized frame's function, which includes what it inlined), not the line; the
 * profiler places a function's samples on the lines that allocated in the same interval
 * (collect/memory/heap-lines.ts), so an edited line that keeps what it makes can give its
 * neighbours a leak verdict too: diff's `component.value = this.join(…)` (35.8 MB) under the
 * injected `__leak.push(new Array(7435)…)` line, yaml's `tagObj.stringify(…)` call (12.6 MB)
 * in the function that inlines the leaking one (bench:detect, 1 comparison in 10 each). So a
 * leak regression on an unedited line is folded into one on an edited line of the same file
 * when the unedited line's function is the edited line's, or calls into it (a line of it has
 * samples that ran in the leaking line's function: callee_lines).
 */
export function foldLeakSplits(findings: Finding[], itemOf: Map<Finding, Item>, notes: string[]): Finding[] {
  const leaks = findings.filter((f) => f.kind === 'leak' && !f.improvement && f.scope === 'line');
  if (leaks.length < 2) return findings;
  const isEdited = (f: Finding): boolean => editedIn(f, itemOf.get(f));
  const edited = leaks.filter(isEdited);
  if (edited.length === 0) return findings;
  return findings.filter((f) => {
    if (f.kind !== 'leak' || f.improvement || f.scope !== 'line' || isEdited(f)) return true;
    const item = itemOf.get(f)!;
    const file = item.headFile;
    const own = functionAt(file, f.line);
    if (!own) return true;
    const into = edited.find((e) => {
      if (e.file !== f.file) return false;
      const target = functionAt(file, e.line);
      if (!target) return false;
      if (target === own) return true;
      for (let l = own.line; l <= own.end_line; l++) {
        const callees = file!.lines.get(l)?.callees;
        if (callees?.some((c) => c >= target.line && c <= target.end_line)) return true;
      }
      return false;
    });
    if (!into) return true;
    notes.push(
      `${f.file}:${f.line}: a likely leak as well, in ${functionAt(file, into.line) === own ? 'the function of' : 'a function that calls into'} the edited line ${into.line}, which leaks: V8's heap profiler names the allocating function, not the line, so its kept objects show on its other allocating lines too; counted as the leak on line ${into.line}.`,
    );
    return false;
  });
}

/**
 * GC time goes to the line running when a collection starts, and the line that fills the young
 * generation fastest starts most of them: when an edited line now allocates much more, the
 * other lines' GC time falls with no change of their own. bench:detect at repeat 10: acorn's
 * CPU mutants (a busy loop whose boxed doubles are ~9 MB of new allocation) took the GCs that
 * `parseIdent`'s line had triggered (6 ms → 0 in every run, an "improvement" at p = 0.0004).
 * So a GC-time improvement on an unedited line or function is dropped (with a note) when an
 * edited line of the comparison has an allocation regression.
 */
export function foldGcShifts(findings: Finding[], itemOf: Map<Finding, Item>, notes: string[]): Finding[] {
  const allocating = findings.find((f) => f.kind === 'memory' && !f.improvement && f.metric === 'alloc_bytes' && editedIn(f, itemOf.get(f)));
  if (!allocating) return findings;
  return findings.filter((f) => {
    if (f.kind !== 'cpu' || !f.improvement || f.category !== 'gc' || editedIn(f, itemOf.get(f))) return true;
    notes.push(
      `${f.file}:${f.line}: GC time fell (${formatSeconds(f.base.gc_s)} → ${formatSeconds(f.head.gc_s)}) while the edited line ${allocating.file}:${allocating.line} allocates more: a collection is charged to the line that starts it, and that line now starts more of them; not counted as a change.`,
    );
    return false;
  });
}
