// `compareProfiles`: the line-level diff of two sets of profile runs (base and head), with
// statistics that hold on shared CI runners. Pure: validated profiles and a config in,
// a "scalene-ci/diff@1" object out.
//
// The design, in short (docs/CONFIG.md has the user-facing version):
// - Lines are compared through the mapping of src/compare/match.ts, never by raw number.
// - CPU time is tested per line and per category (JS / native / system / GC) twice, and both
//   must agree: relative to the code that did not change (the runner's speed ratio, estimated
//   robustly from the lines present on both sides), so a uniformly slower runner flags nothing;
//   and in absolute time, so a line whose share moved only because another line changed is not
//   flagged. Effect-size floors apply to both.
// - Single runs: sample counts are Poisson, so the head count given the two counts' sum is
//   binomial (the conditional test of two Poisson rates); off-CPU time is first stripped of
//   runner contention and counted in the samples that carried it. Repeated runs: Welch's
//   t-test on per-run values, which measures run-to-run noise instead of assuming it.
// - Benjamini–Hochberg across everything tested in one comparison.
// - Time the profiler merely moved between unchanged lines of a file is not reported.
import type { Profile } from '../model/profile.js';
import { type CompareConfig, type KindThresholds, matchesAny, thresholdsFor } from '../config/config.js';
import { type FileInfo, matchFiles } from './match.js';
import { benjaminiHochberg, moderatedLogTest, runsToResolve, type LogRuns, type SpreadPrior, type TestResult } from './stats.js';
import { DIFF_SCHEMA, FINDING_KINDS, type DiffResult, type Finding, type FindingKind, type Inconclusive } from './types.js';
import { ALL_CATS, CATS, CAT_INDEX, type FnEntry, HAS_COPY, HAS_GPU, HAS_MEMORY, type Item, M, type Side, type Test, buildSide, meanOf, totalMean } from './sides.js';
import { referenceScale } from './scale.js';
import { ALLOC_SAMPLE_BYTES, COPY_SAMPLE_BYTES, SPREAD_PRIOR_DF, TAU_PROGRAM, logRuns, spreadPrior, testAbsolute, testBytes, testTime } from './significance.js';
import { type Ctx, bytesFindings, cpuFindings, share } from './findings.js';
import { collectWarnings, sideInfo, totalsSnapshot } from './summary.js';
import { dropAttributionShifts, foldGcShifts, foldLeakCosts, foldLeakSplits } from './shifts.js';
import { byCodeUnits } from '../sorted.js';

export type { CompareConfig } from '../config/config.js';
export * from './types.js';

const KIND_ORDER: Record<FindingKind, number> = { 'new-hotspot': 0, cpu: 1, memory: 2, leak: 3, copy: 4, gpu: 5 };

/** How much a finding matters, for ordering within its kind (and for truncation). */
export function findingImpact(f: Finding): number {
  if (f.kind === 'cpu' || f.kind === 'new-hotspot') return Math.abs(f.share_delta);
  return Math.abs(f.delta);
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.improvement !== b.improvement) return a.improvement ? 1 : -1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  return findingImpact(b) - findingImpact(a) || byCodeUnits(a.file, b.file) || a.line - b.line;
}

// ---------------------------------------------------------------------------------------------

/**
 * Compare base and head. Each list holds the runs of one side (validated profiles, each of
 * which may itself hold several runs in `per_run` arrays); every profile of a side is expected
 * to be the same benchmark (use `mergeShards` first for different ones).
 */

/**
 * Total on-CPU time moved beyond run-to-run noise, yet no line or function is significant: the
 * verdict must not be "no change". Says how many runs a side would name the line that moved
 * most, from the same model the line tests use.
 */
function inconclusiveCpu(ctx: Ctx, prior: SpreadPrior, items: Item[], tests: number): Inconclusive | null {
  const { base, head, config } = ctx;
  const ON_CPU: number[] = [M.js, M.native, M.gc];
  const program = (side: Side): LogRuns => {
    const y: number[] = [];
    const events: number[] = [];
    for (let r = 0; r < side.R; r++) {
      let sec = 0;
      for (const k of ON_CPU) sec += side.totals.vals[k * side.R + r]!;
      y.push(Math.log(sec + 1 / side.rate));
      events.push(sec * side.rate);
    }
    return { y, events };
  };
  const pb = program(base);
  const ph = program(head);
  const ratio = Math.exp(ph.y.reduce((a, b) => a + b, 0) / head.R - pb.y.reduce((a, b) => a + b, 0) / base.R);
  if (Math.abs(ratio - 1) < config.thresholds.cpu.min_relative) return null;
  const t = moderatedLogTest(pb, ph, { tau2: TAU_PROGRAM ** 2, df: SPREAD_PRIOR_DF });
  if (t.p >= config.alpha) return null;
  // The line whose on-CPU time moved most in the program's direction.
  let best: { item: Item; delta: number } | null = null;
  for (const item of items) {
    if (item.scope !== 'line') continue;
    const b = ON_CPU.reduce((s: number, k) => s + meanOf(item.eb, k, base.R), 0);
    const h = ON_CPU.reduce((s: number, k) => s + meanOf(item.eh, k, head.R), 0);
    const delta = (h - b) * Math.sign(ratio - 1);
    if (delta > 0 && (!best || delta > best.delta)) best = { item, delta };
  }
  let runs: number | null = null;
  let line: string | null = null;
  if (best) {
    const lb = logRuns(base, best.item.eb, ON_CPU, null);
    const lh = logRuns(head, best.item.eh, ON_CPU, null);
    const d = lh.y.reduce((a, b) => a + b, 0) / head.R - lb.y.reduce((a, b) => a + b, 0) / base.R;
    const lambda = [...lb.events, ...lh.events].reduce((a, b) => a + b, 0) / (base.R + head.R);
    runs = runsToResolve(d, prior.tau2 + 1 / (lambda + 0.5), config.alpha / Math.max(1, tests), SPREAD_PRIOR_DF);
    const it = best.item;
    line = it.headLine !== null ? `${it.pair.head}:${it.headLine}` : `${it.pair.base}:${it.baseLine}`;
  }
  return { cpu_ratio: ratio, p_value: t.p, runs_needed: runs, line };
}

export function compareProfiles(baseProfiles: Profile[], headProfiles: Profile[], config: CompareConfig): DiffResult {
  const base = buildSide('base', baseProfiles);
  const head = buildSide('head', headProfiles);

  const baseInfos: Record<string, FileInfo> = Object.create(null) as Record<string, FileInfo>; // a file named "__proto__" is a file
  for (const [p, f] of base.files) baseInfos[p] = f.info;
  const headInfos: Record<string, FileInfo> = Object.create(null) as Record<string, FileInfo>;
  for (const [p, f] of head.files) headInfos[p] = f.info;

  let ignoredFiles = 0;
  const isIgnored = (path: string | null): boolean => path !== null && config.ignore.length > 0 && matchesAny(path, config.ignore);
  const match = matchFiles(baseInfos, headInfos);

  // 1. Items: every line (and function) with data on either side, through the line mapping.
  const items: Item[] = [];
  const thresholdCache = new Map<string, KindThresholds>();
  const wantLines = config.scope !== 'functions';
  const wantFunctions = config.scope !== 'lines';
  for (const pair of match.pairs) {
    if (isIgnored(pair.head) || isIgnored(pair.base)) {
      ignoredFiles++;
      continue;
    }
    const path = (pair.head ?? pair.base)!;
    let thresholds = thresholdCache.get(path);
    if (!thresholds) thresholdCache.set(path, (thresholds = thresholdsFor(config, path)));
    const bf = pair.base !== null ? base.files.get(pair.base)! : null;
    const hf = pair.head !== null ? head.files.get(pair.head)! : null;
    const mapping = pair.mapping;
    if (wantLines) {
      const seenBase = new Set<number>();
      if (hf) {
        for (const [hl, eh] of hf.lines) {
          const bl = bf && mapping ? mapping.toBase(hl) : null;
          const eb = bl !== null && bf ? (bf.lines.get(bl) ?? null) : null;
          if (eb && bl !== null) seenBase.add(bl);
          items.push({ scope: 'line', pair, baseFile: bf, headFile: hf, baseLine: bl, headLine: hl, eb, eh, thresholds });
        }
      }
      if (bf) {
        for (const [bl, eb] of bf.lines) {
          if (seenBase.has(bl)) continue;
          const hl = hf && mapping ? mapping.toHead(bl) : null;
          items.push({ scope: 'line', pair, baseFile: bf, headFile: hf, baseLine: bl, headLine: hl, eb, eh: null, thresholds });
        }
      }
    }
    if (wantFunctions) {
      const usedBase = new Set<FnEntry>();
      for (const g of hf?.functions ?? []) {
        if (g.name === MODULE_SCOPE) continue;
        // Same name; among several (overloads, anonymous), the one whose start maps here.
        const same = (bf?.functions ?? []).filter((f) => f.name === g.name && !usedBase.has(f));
        let f: FnEntry | undefined = same.find((x) => mapping?.toHead(x.line) === g.line);
        if (!f && same.length === 1 && g.name !== '') f = same[0];
        if (f) usedBase.add(f);
        const fn = { name: g.name, line: g.line, end_line: g.end_line, location: 'head' as const };
        items.push({ scope: 'function', pair, baseFile: bf, headFile: hf, baseLine: f?.line ?? null, headLine: g.line, eb: f ?? null, eh: g, fn, thresholds });
      }
      for (const f of bf?.functions ?? []) {
        if (usedBase.has(f) || f.name === MODULE_SCOPE) continue;
        const fn = { name: f.name, line: f.line, end_line: f.end_line, location: 'base' as const };
        items.push({ scope: 'function', pair, baseFile: bf, headFile: hf, baseLine: f.line, headLine: null, eb: f, eh: null, fn, thresholds });
      }
    }
  }

  const scale = referenceScale(base, head, items);
  const prior = spreadPrior(base, head, items);
  const ctx: Ctx = { base, head, config, scale };

  // 2. Tests: the Benjamini–Hochberg family is every hypothesis tested here.
  const tests: Test[] = [];
  const byItem = new Map<Item, Test[]>();
  const add = (item: Item, what: Test['what'], result: TestResult | null): void => {
    if (!result) return;
    const t: Test = { item, what, result, q: 1 };
    tests.push(t);
    const list = byItem.get(item);
    if (list) list.push(t);
    else byItem.set(item, [t]);
  };
  // Bytes per sample, as the profiles recorded them (older profiles: the shim's defaults).
  const windowOf = (k: 'malloc_bytes' | 'copy_bytes' | 'js_gc_bytes', fallback: number) =>
    Math.max(...[...base.profiles, ...head.profiles].map((p) => p.meta.memory_windows?.[k] ?? fallback));
  const allocWindow = windowOf('malloc_bytes', ALLOC_SAMPLE_BYTES);
  // JS allocation is placed once per GC, so a line's JS bytes are a count of GCs' worth, not
  // of 1 MiB samples (older profiles did not record it: the native window then).
  const jsWindow = Math.max(allocWindow, windowOf('js_gc_bytes', allocWindow));
  const copyWindow = windowOf('copy_bytes', COPY_SAMPLE_BYTES);
  const both = (flag: number): boolean => (base.flags & flag) !== 0 && (head.flags & flag) !== 0;
  // Independent filtering (Bourgon et al., 2010): a hypothesis whose two sides together are
  // below the effect floors can never become a finding, so it does not join the family. The
  // filter looks only at the sum of both sides, which under "no change" says nothing about how
  // it splits (the conditional count test is exactly independent of it), so the false-discovery
  // rate holds while the many tiny lines of a program stop diluting the few that matter.
  const headScale = Math.max(1, 1 / scale.ratio);
  const canMove = (b: number, h: number, floor: number): boolean => b + h * headScale >= floor;
  for (const item of items) {
    const { eb, eh } = item;
    const tc = item.thresholds.cpu;
    for (const c of CATS) {
      const k = CAT_INDEX[c];
      const b = meanOf(eb, k, base.R);
      const h = meanOf(eh, k, head.R);
      if (b <= 0 && h <= 0) continue;
      if (!tc.enabled || !canMove(b, h, tc.min_absolute_s) || !canMove(b, h, tc.min_share_points * base.totalMeanS)) continue;
      add(item, c, testTime(base, head, scale, prior, eb, eh, [k]));
    }
    // Hotspot candidates get a test of their total share too.
    const th = item.thresholds['new-hotspot'];
    if (th.enabled && share(base, eb, ALL_CATS) <= th.max_base_share && share(head, eh, ALL_CATS) >= th.min_share && canMove(totalMean(eb, base.R), totalMean(eh, head.R), th.min_absolute_s)) {
      add(item, 'total', testTime(base, head, scale, prior, eb, eh, ALL_CATS));
    }
    if (both(HAS_MEMORY)) {
      // A line's figures mix the two granularities in proportion to its JS share.
      const all = meanOf(eb, M.alloc, base.R) + meanOf(eh, M.alloc, head.R);
      const jsShare = all > 0 ? (meanOf(eb, M.allocJs, base.R) + meanOf(eh, M.allocJs, head.R)) / all : 0;
      const window = jsShare * jsWindow + (1 - jsShare) * allocWindow;
      const tm = item.thresholds.memory;
      for (const [what, k] of [['alloc', M.alloc], ['peak', M.peak]] as const) {
        if (tm.enabled && meanOf(eb, k, base.R) + meanOf(eh, k, head.R) >= tm.min_absolute_bytes) add(item, what, testBytes(base, head, eb, eh, k, window, prior));
      }
    }
    const tcopy = item.thresholds.copy;
    if (both(HAS_COPY) && tcopy.enabled && meanOf(eb, M.copy, base.R) + meanOf(eh, M.copy, head.R) >= tcopy.min_absolute_bytes) {
      add(item, 'copy', testBytes(base, head, eb, eh, M.copy, copyWindow, prior));
    }
    if (both(HAS_GPU)) {
      add(item, 'gpu', testAbsolute(base, head, eb, eh, M.gpu));
      add(item, 'gpuMem', testAbsolute(base, head, eb, eh, M.gpuMem));
    }
  }
  const q = benjaminiHochberg(tests.map((t) => t.result.p));
  tests.forEach((t, i) => (t.q = q[i]!));

  // 3. Findings, with effect-size floors.
  const lineFindings: Finding[] = [];
  const fnFindings: Finding[] = [];
  const calleesOf = new Map<Finding, number[]>();
  const itemOf = new Map<Finding, Item>();
  for (const item of items) {
    const ts = byItem.get(item) ?? [];
    const found = [...cpuFindings(ctx, item, ts), ...bytesFindings(ctx, item, ts)];
    (item.scope === 'line' ? lineFindings : fnFindings).push(...found);
    for (const f of found) itemOf.set(f, item);
    if (item.scope === 'line' && item.eh?.callees) for (const f of found) calleesOf.set(f, item.eh.callees);
  }

  // 4. One cause, one finding. A caller line charged with time spent in a callee line of the
  //    same file defers to the callee's finding; a function defers to findings on its lines.
  const group = (k: FindingKind): string => (k === 'new-hotspot' ? 'cpu' : k);
  const key = (f: Finding, line: number): string => `${group(f.kind)}|${f.improvement}|${f.location}|${f.file}|${line}`;
  const lineKeys = new Set(lineFindings.map((f) => key(f, f.line)));
  // ...and one in another file whose samples ran in a callee's lines there (callee_spans: V8
  // inlines across files too; yaml's stringifyPair, +10 ms of JS beside a CPU mutant inside
  // the stringify function it calls, at repeat 10).
  const inSpan = (f: Finding, spans: Array<[string, number, number]> | undefined): boolean =>
    (spans ?? []).some(([file, first, last]) =>
      file !== f.file && lineFindings.some((g) => g.file === file && g.line >= first && g.line <= last && group(g.kind) === group(f.kind) && g.improvement === f.improvement && g.location === f.location));
  const keptLines = lineFindings.filter((f) => !(calleesOf.get(f) ?? []).some((l) => l !== f.line && lineKeys.has(key(f, l))) && !inSpan(f, itemOf.get(f)?.eh?.calleeSpans));
  const keptFns = fnFindings.filter((f) => {
    const lines = itemOf.get(f)?.headFile?.lines;
    for (let l = f.line; l <= (f.end_line ?? f.line); l++) {
      if (lineKeys.has(key(f, l))) return false;
      if (f.location === 'head' && inSpan(f, lines?.get(l)?.calleeSpans)) return false;
    }
    return true;
  });
  const shifts: string[] = [];
  const unshifted = dropAttributionShifts(ctx, prior, items, keptLines, itemOf, shifts);
  const leakCosts: string[] = [];
  const findings = foldGcShifts(foldLeakCosts(foldLeakSplits([...unshifted, ...keptFns], itemOf, leakCosts), itemOf, leakCosts), itemOf, shifts).sort(compareFindings);
  tieToChangedCallers(items, findings);

  // 5. Summary.
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, { regressions: 0, improvements: 0 }])) as DiffResult['summary']['by_kind'];
  for (const f of findings) byKind[f.kind][f.improvement ? 'improvements' : 'regressions']++;
  const regressions = findings.filter((f) => !f.improvement).length;
  const improvements = findings.length - regressions;
  const cpuNamed = findings.some((f) => f.kind === 'cpu' || f.kind === 'new-hotspot');
  const inconclusive = regressions === 0 && !cpuNamed ? inconclusiveCpu(ctx, prior, items, tests.length) : null;
  return {
    schema: DIFF_SCHEMA,
    findings,
    summary: {
      verdict: regressions > 0 ? 'regression' : inconclusive ? 'inconclusive' : improvements > 0 ? 'improvement' : 'no-change',
      regressions,
      improvements,
      by_kind: byKind,
      totals: { base: totalsSnapshot(base), head: totalsSnapshot(head) },
      slowdown_ratio: base.totalMeanS > 0 ? head.totalMeanS / base.totalMeanS : null,
      runner_ratio: scale.ratio,
      tests: tests.length,
      alpha: config.alpha,
      files: { matched: match.pairs.filter((p) => p.base !== null && p.head !== null).length, added: match.added, removed: match.removed, renamed: match.renamed },
      ignored_files: ignoredFiles,
      ...(inconclusive ? { inconclusive } : {}),
    },
    warnings: [
      ...collectWarnings(base, head, match.withoutSources),
      ...shifts.map((message) => ({ code: 'attribution-shift' as const, message })),
      ...leakCosts.map((message) => ({ code: 'leak-cost' as const, message })),
    ],
    base: sideInfo(base),
    head: sideInfo(head),
  };
}

/**
 * A script's top level is no function a reviewer can act on, and its total is where V8's
 * inlining moves time most: an on-stack-replaced top-level loop gets its callees' time in one
 * run and not in the next (Node 22 stress: "(module)" 1.4x between identical runs while each
 * of its lines and its callees' lines was within noise, the lines' shifts being filtered as
 * such). Its lines are tested one by one; it gets no function-scope finding of its own.
 */
const MODULE_SCOPE = '(module)';

/**
 * The reviewer's question is "which of my edits did this?": when the time rose in an unchanged
 * callee because the PR changed a call site (a larger argument, a new call), name the changed
 * head lines whose samples ran in the finding's line (the profile's `callee_lines`, same file).
 */
function tieToChangedCallers(items: Item[], findings: Finding[]): void {
  const callersOf = new Map<string, Set<number>>();
  for (const item of items) {
    if (item.scope !== 'line' || item.headLine === null || item.pair.head === null || !item.eh?.callees) continue;
    const changed = item.pair.base === null || item.pair.mapping!.changed(item.headLine);
    if (!changed) continue;
    for (const l of item.eh.callees) {
      if (l === item.headLine) continue;
      const k = `${item.pair.head}\0${l}`;
      let set = callersOf.get(k);
      if (!set) callersOf.set(k, (set = new Set()));
      set.add(item.headLine);
    }
  }
  if (callersOf.size === 0) return;
  for (const f of findings) {
    if (f.location !== 'head') continue;
    const callers = new Set<number>();
    const last = f.scope === 'function' ? (f.end_line ?? f.line) : f.line;
    for (let l = f.line; l <= last; l++) for (const c of callersOf.get(`${f.file}\0${l}`) ?? []) callers.add(c);
    // A function's own changed lines are its own edit, not a call site.
    if (f.scope === 'function') for (const c of [...callers]) if (c >= f.line && c <= last) callers.delete(c);
    if (callers.size > 0) f.changed_callers = [...callers].sort((a, b) => a - b);
  }
}

