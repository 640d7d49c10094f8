// The diff's side facts, warnings and totals. Pure.
import type { Profile } from '../model/profile.js';
import type { DiffWarning, SideInfo, TotalsSnapshot } from './types.js';
import { HAS_COPY, HAS_GPU, HAS_MEMORY, M, type Side, meanOf } from './sides.js';

// Warnings and summary

export function sideInfo(side: Side): SideInfo {
  const m = side.profiles[0]!.meta;
  return {
    runs: side.R,
    profiles: side.profiles.length,
    tool_version: m.tool_version,
    node_version: m.node_version,
    cpu_model: m.cpu_model,
    platform: `${m.platform}-${m.arch}`,
    git_sha: m.git_sha,
    mode: side.profiles.every((p) => p.meta.mode === 'full') ? 'full' : 'cpu',
    command: m.command,
    source_format: m.source_format,
  };
}

export function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function collectWarnings(base: Side, head: Side, noSources: string[]): DiffWarning[] {
  const w: DiffWarning[] = [];
  const all = [...base.profiles, ...head.profiles];
  const env = (label: string, get: (p: Profile) => string | null): void => {
    const b = distinct(base.profiles.map(get));
    const h = distinct(head.profiles.map(get));
    const values = distinct([...b, ...h]);
    if (values.length > 1) {
      const fmt = (vs: Array<string | null>): string => vs.map((v) => v ?? 'unknown').join(', ');
      w.push({
        code: 'environment',
        message: `${label} differs (base: ${fmt(b)}; head: ${fmt(h)}): timings may not be comparable.`,
      });
    }
  };
  env('CPU model', (p) => p.meta.cpu_model);
  env('Node.js version', (p) => p.meta.node_version);
  env('Platform', (p) => `${p.meta.platform}-${p.meta.arch}`);
  const intervals = distinct(all.map((p) => p.meta.sampling_interval_ms));
  if (intervals.length > 1) {
    w.push({ code: 'sampling-interval', message: `Sampling intervals differ (${intervals.join(' ms, ')} ms).` });
  }
  const modes = distinct(all.map((p) => p.meta.mode));
  if (modes.length > 1) {
    w.push({ code: 'mode', message: 'Some profiles are CPU-only: memory, leak and copy are compared only when every profile has them.' });
  }
  for (const side of [base, head]) {
    const incomplete = side.profiles.filter((p) => !p.meta.complete).length;
    if (incomplete > 0) {
      w.push({
        code: 'incomplete',
        message: `${incomplete} ${side.name} profile${incomplete > 1 ? 's are' : ' is'} incomplete (the program crashed or was killed): figures cover only what was collected.`,
      });
    }
    const missing = distinct(side.profiles.flatMap((p) => p.meta.missing));
    const other = distinct((side === base ? head : base).profiles.flatMap((p) => p.meta.missing));
    const same = missing.length === other.length && missing.every((m) => other.includes(m));
    if (missing.length > 0 && !(same && side === head)) {
      const who = same ? 'Both profiles lack' : `The ${side.name} profile lacks`;
      w.push({ code: 'missing-capability', message: `${who}: ${missing.join(', ')}; those comparisons are skipped or partial.` });
    }
    const samples = side.totals.vals.subarray(M.samples * side.R, (M.samples + 1) * side.R).reduce((a, b) => a + b, 0) / side.R;
    if (samples < 100) {
      w.push({
        code: 'few-samples',
        message: `The ${side.name} profile has only ${Math.round(samples)} samples per run: only large CPU changes can be detected; run longer or repeat.`,
      });
    }
    if (side.profiles.some((p) => p.meta.gpu !== null && !p.meta.gpu.per_process)) {
      w.push({ code: 'missing-capability', message: `The ${side.name} GPU figures are device-wide, not this process's own.` });
    }
    // Profiler warnings, once: those both sides share are said once for both.
    const own = distinct(side.profiles.flatMap((p) => p.meta.warnings));
    const theirs = new Set((side === base ? head : base).profiles.flatMap((p) => p.meta.warnings));
    const shown = side === base ? own : own.filter((m) => !theirs.has(m));
    for (const msg of shown.slice(0, 5)) w.push({ code: 'profile-warning', message: `${side === base && theirs.has(msg) ? 'base and head' : side.name}: ${msg}` });
    if (shown.length > 5) w.push({ code: 'profile-warning', message: `${side.name}: ${shown.length - 5} more profiler warnings.` });
  }
  if (noSources.length > 0) {
    const shown = noSources.slice(0, 3).join(', ') + (noSources.length > 3 ? `, and ${noSources.length - 3} more` : '');
    w.push({ code: 'no-sources', message: `No source text for ${shown}: lines were matched by function and position only.` });
  }
  return w;
}

export function totalsSnapshot(side: Side): TotalsSnapshot {
  const R = side.R;
  const e = side.totals;
  const elapsed = side.profiles.reduce((s, p) => s + p.totals.elapsed_s * p.meta.runs, 0) / R;
  const unattributed = side.profiles.reduce((s, p) => s + p.totals.unattributed_s * p.meta.runs, 0) / R;
  const t: TotalsSnapshot = {
    elapsed_s: elapsed,
    cpu_js_s: meanOf(e, M.js, R),
    cpu_native_s: meanOf(e, M.native, R),
    system_s: meanOf(e, M.system, R),
    gc_s: meanOf(e, M.gc, R),
    // The totals' categories cover profiled files only; unattributed time is kept apart.
    attributed_s: side.totalMeanS,
    unattributed_s: unattributed,
    samples: meanOf(e, M.samples, R),
    runs: R,
  };
  if (side.flags & HAS_MEMORY) {
    t.alloc_bytes = meanOf(e, M.alloc, R);
    const peaks = side.profiles.map((p) => p.totals.peak_footprint_bytes).filter((x): x is number => x !== undefined);
    if (peaks.length > 0) t.peak_footprint_bytes = peaks.reduce((a, b) => a + b, 0) / peaks.length;
  }
  if (side.flags & HAS_COPY) t.copy_bytes = meanOf(e, M.copy, R);
  if (side.flags & HAS_GPU) t.gpu_s = meanOf(e, M.gpu, R);
  return t;
}
