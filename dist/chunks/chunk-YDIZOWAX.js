#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  MAX_METRICS,
  PROFILE_SCHEMA,
  SUMMABLE_METRICS,
  checkRunValues,
  setOwn
} from "./chunk-V7KXQ3F6.js";
import {
  InputError
} from "./chunk-3P6TRMCU.js";

// src/model/merge.ts
var RUN_METRICS = [...SUMMABLE_METRICS, ...MAX_METRICS, "gpu_util"];
var REQUIRED = /* @__PURE__ */ new Set(["cpu_js_s", "cpu_native_s", "system_s", "gc_s", "samples"]);
function calleeFields(callees, entries) {
  const spans = /* @__PURE__ */ new Map();
  for (const e of entries) for (const sp of e?.callee_spans ?? []) spans.set(`${sp[0]}\0${sp[1]}\0${sp[2]}`, sp);
  return { ...callees.length > 0 ? { callee_lines: callees } : {}, ...spans.size > 0 ? { callee_spans: [...spans.values()] } : {} };
}
function distinct(values) {
  return [...new Set(values)];
}
function requireProfiles(profiles, what) {
  if (profiles.length === 0) throw new InputError(`nothing to merge: no ${what} given`);
}
function mergeMeta(profiles, runs, elapsed_s, extraWarnings) {
  const first = profiles[0].meta;
  const modes = distinct(profiles.map((p) => p.meta.mode));
  const starts = profiles.map((p) => p.meta.start_time).sort();
  const gpus = profiles.map((p) => p.meta.gpu).filter((g) => g !== null);
  const warnings = distinct([...profiles.flatMap((p) => p.meta.warnings), ...extraWarnings]);
  return {
    ...first,
    node_version: distinct(profiles.map((p) => p.meta.node_version)).length === 1 ? first.node_version : null,
    cpu_model: distinct(profiles.map((p) => p.meta.cpu_model)).length === 1 ? first.cpu_model : null,
    start_time: starts[0],
    elapsed_s,
    runs,
    git_sha: distinct(profiles.map((p) => p.meta.git_sha)).length === 1 ? first.git_sha : null,
    complete: profiles.every((p) => p.meta.complete),
    mode: modes.length === 1 ? modes[0] : "cpu",
    gpu: gpus.length === 0 ? null : { per_process: gpus.every((g) => g.per_process), devices: distinct(gpus.flatMap((g) => g.devices)) },
    // Memory figures survive a merge only when every input had them.
    missing: distinct([...profiles.flatMap((p) => p.meta.missing), ...modes.length > 1 ? ["memory", "copy"] : []]),
    processes: profiles.flatMap((p) => p.meta.processes),
    warnings,
    ...profiles.some((p) => p.meta.sampler_late_share !== void 0) ? { sampler_late_share: Math.max(...profiles.map((p) => p.meta.sampler_late_share ?? 0)) } : {},
    ...profiles.some((p) => p.meta.gc_pause_s !== void 0) ? { gc_pause_s: Math.max(...profiles.map((p) => p.meta.gc_pause_s ?? 0)) } : {}
  };
}
function checkCompatible(profiles) {
  const warnings = [];
  const intervals = distinct(profiles.map((p) => p.meta.sampling_interval_ms));
  if (intervals.length > 1) warnings.push(`merged profiles with different sampling intervals (${intervals.join(", ")} ms)`);
  const modes = distinct(profiles.map((p) => p.meta.mode));
  if (modes.length > 1) warnings.push("merged CPU-only and full profiles: memory figures dropped");
  return warnings;
}
function runValues(m, key, runs) {
  if (!m) return void 0;
  const arr = m.per_run?.[key];
  if (arr && arr.length === runs) return arr;
  const v = m[key];
  return v === void 0 ? void 0 : new Array(runs).fill(v);
}
function mergeRunEntry(entries, runCounts, keepMemory) {
  const total = runCounts.reduce((a, b) => a + b, 0);
  const out = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, per_run: {} };
  for (const key of RUN_METRICS) {
    if (!keepMemory && !REQUIRED.has(key) && !key.startsWith("gpu")) continue;
    const present = entries.some((e) => e !== void 0 && e[key] !== void 0);
    if (!present && !REQUIRED.has(key)) continue;
    const values = new Array(total);
    let at = 0;
    let sum = 0;
    entries.forEach((e, i) => {
      const n = runCounts[i];
      const arr = e?.per_run?.[key];
      const own = arr && arr.length === n ? arr : null;
      const mean = own ? 0 : e?.[key] ?? 0;
      for (let j = 0; j < n; j++) {
        const x = own ? own[j] : mean;
        values[at++] = x;
        sum += x;
      }
    });
    out[key] = sum / total;
    out.per_run[key] = values;
  }
  if (keepMemory) {
    const leaks = entries.map((e, i) => ({ leak: e?.leak, runs: runCounts[i] }));
    if (leaks.some((l) => l.leak)) {
      const likelihood = weightedMedian(leaks.map((l) => [l.leak?.likelihood ?? 0, l.runs]));
      const velocity = weightedMedian(leaks.map((l) => [l.leak?.velocity_bytes_per_s ?? 0, l.runs]));
      if (likelihood > 0) out.leak = { likelihood, velocity_bytes_per_s: velocity };
    }
    const timeline = entries.find((e) => e?.timeline)?.timeline;
    if (timeline) out.timeline = timeline;
  }
  return out;
}
function mergeRuns(profiles) {
  requireProfiles(profiles, "runs");
  checkRunValues(profiles, profiles.reduce((n, p) => n + p.meta.runs, 0), "merging runs");
  const warnings = checkCompatible(profiles);
  const commands = distinct(profiles.map((p) => JSON.stringify(p.meta.command)));
  if (commands.length > 1) warnings.push(`merged runs of different commands (${commands.length} distinct): are these the same benchmark?`);
  const keepMemory = profiles.every((p) => p.meta.mode === "full");
  const runCounts = profiles.map((p) => p.meta.runs);
  const runs = runCounts.reduce((a, b) => a + b, 0);
  const files = {};
  const paths = distinct(profiles.flatMap((p) => Object.keys(p.files)));
  for (const path of paths) {
    const versions = profiles.map((p) => Object.hasOwn(p.files, path) ? p.files[path] : void 0);
    const sources = distinct(versions.map((f) => f?.source).filter((s) => typeof s === "string"));
    if (sources.length > 1) warnings.push(`${path}: the source differs between runs; keeping the first`);
    const lineNumbers = distinct(versions.flatMap((f) => f?.lines.map((l) => l.line) ?? [])).sort((a, b) => a - b);
    const lineMaps = versions.map((f) => new Map((f?.lines ?? []).map((l) => [l.line, l])));
    const lines = lineNumbers.map((line) => {
      const entries = lineMaps.map((m) => m.get(line));
      const callees = distinct(entries.flatMap((e) => e?.callee_lines ?? []));
      const merged = mergeRunEntry(entries, runCounts, keepMemory);
      return { line, ...merged, ...calleeFields(callees, entries) };
    });
    const fnKeys = distinct(versions.flatMap((f) => f?.functions.map((fn) => `${fn.line}:${fn.end_line}:${fn.name}`) ?? []));
    const functions = fnKeys.map((key) => {
      const entries = versions.map((f) => f?.functions.find((fn) => `${fn.line}:${fn.end_line}:${fn.name}` === key));
      const first = entries.find((e) => e !== void 0);
      return { name: first.name, line: first.line, end_line: first.end_line, ...mergeRunEntry(entries, runCounts, keepMemory) };
    });
    functions.sort((a, b) => a.line - b.line || b.end_line - a.end_line);
    const generated = versions.find((f) => f?.generated_from)?.generated_from;
    setOwn(files, path, { source: sources[0] ?? null, lines, functions, ...generated ? { generated_from: generated } : {} });
  }
  const totalsMerged = mergeRunEntry(profiles.map((p) => p.totals), runCounts, keepMemory);
  const elapsedRuns = profiles.flatMap((p) => runValues({ ...p.totals, per_run: p.totals.per_run }, "elapsed_s", p.meta.runs) ?? []);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const weighted = (get) => {
    if (profiles.every((p) => get(p.totals) === void 0)) return void 0;
    return profiles.reduce((s, p) => s + (get(p.totals) ?? 0) * p.meta.runs, 0) / runs;
  };
  const totals = {
    ...totalsMerged,
    per_run: { ...totalsMerged.per_run, elapsed_s: elapsedRuns },
    elapsed_s: mean(elapsedRuns),
    unattributed_s: weighted((t) => t.unattributed_s) ?? 0
  };
  if (keepMemory) {
    const peak = weighted((t) => t.peak_footprint_bytes);
    if (peak !== void 0) totals.peak_footprint_bytes = peak;
    const growth = weighted((t) => t.growth_rate_bytes_per_s);
    if (growth !== void 0) totals.growth_rate_bytes_per_s = growth;
    const withPeak = profiles.filter((p) => p.totals.peak_footprint_at !== void 0);
    if (withPeak.length > 0) {
      const top = withPeak.reduce((a, b) => (b.totals.peak_footprint_bytes ?? 0) > (a.totals.peak_footprint_bytes ?? 0) ? b : a);
      totals.peak_footprint_at = top.totals.peak_footprint_at ?? null;
    }
    const timeline = profiles.find((p) => p.totals.footprint_timeline)?.totals.footprint_timeline;
    if (timeline) totals.footprint_timeline = timeline;
    const bg = profiles.filter((p) => p.totals.native_background);
    if (bg.length > 0) {
      const sum = (k) => profiles.reduce((s, p) => s + (p.totals.native_background?.[k] ?? 0) * p.meta.runs, 0) / runs;
      totals.native_background = { alloc_native_bytes: sum("alloc_native_bytes"), free_bytes: sum("free_bytes"), copy_bytes: sum("copy_bytes") };
    }
  }
  return { schema: PROFILE_SCHEMA, meta: mergeMeta(profiles, runs, mean(elapsedRuns), warnings), totals, files };
}
function sumEntry(entries, keepPerRun, keepMemory) {
  const out = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
  const rec = out;
  for (const key of SUMMABLE_METRICS) {
    if (!keepMemory && !REQUIRED.has(key) && key !== "gpu_s") continue;
    const present = entries.filter((e) => e[key] !== void 0);
    if (present.length === 0 && !REQUIRED.has(key)) continue;
    rec[key] = present.reduce((s, e) => s + (e[key] ?? 0), 0);
  }
  for (const key of MAX_METRICS) {
    if (!keepMemory && key === "peak_bytes") continue;
    const present = entries.filter((e) => e[key] !== void 0);
    if (present.length > 0) rec[key] = Math.max(...present.map((e) => e[key]));
  }
  const util = entries.filter((e) => e.gpu_util !== void 0);
  if (util.length > 0) {
    const w = util.reduce((s, e) => s + (e.gpu_s ?? 0), 0);
    out.gpu_util = w > 0 ? util.reduce((s, e) => s + e.gpu_util * (e.gpu_s ?? 0), 0) / w : util.reduce((s, e) => s + e.gpu_util, 0) / util.length;
  }
  if (keepMemory) {
    const leaks = entries.filter((e) => e.leak);
    if (leaks.length > 0) out.leak = leaks.reduce((a, b) => b.leak.likelihood > a.leak.likelihood ? b : a).leak;
    const timeline = entries.find((e) => e.timeline)?.timeline;
    if (timeline) out.timeline = timeline;
  }
  if (keepPerRun) {
    const per = {};
    for (const key of RUN_METRICS) {
      const arrays = entries.map((e) => e.per_run?.[key]);
      if (arrays.every((a) => a === void 0) || rec[key] === void 0) continue;
      const runs = arrays.find((a) => a !== void 0).length;
      const isMax = MAX_METRICS.includes(key);
      const values = new Array(runs).fill(0);
      entries.forEach((e, i) => {
        const arr = arrays[i] ?? new Array(runs).fill(e[key] ?? 0);
        for (let r = 0; r < runs; r++) values[r] = isMax ? Math.max(values[r], arr[r]) : values[r] + arr[r];
      });
      if (key !== "gpu_util") per[key] = values;
    }
    if (Object.keys(per).length > 0) out.per_run = per;
  }
  return out;
}
function mergeShards(profiles) {
  requireProfiles(profiles, "shards");
  checkRunValues(profiles, profiles.reduce((n, p) => Math.max(n, p.meta.runs), 1), "merging shards");
  const warnings = checkCompatible(profiles);
  const keepMemory = profiles.every((p) => p.meta.mode === "full");
  const runCounts = distinct(profiles.map((p) => p.meta.runs));
  const keepPerRun = runCounts.length === 1 && runCounts[0] > 1;
  const runs = keepPerRun ? runCounts[0] : 1;
  if (runCounts.length > 1) warnings.push(`merged shards with different run counts (${runCounts.join(", ")}): per-run figures dropped`);
  const files = {};
  const paths = distinct(profiles.flatMap((p) => Object.keys(p.files)));
  for (const path of paths) {
    const versions = profiles.map((p) => Object.hasOwn(p.files, path) ? p.files[path] : void 0).filter((f) => f !== void 0);
    const sources = distinct(versions.map((f) => f.source).filter((s) => typeof s === "string"));
    if (sources.length > 1) warnings.push(`${path}: the source differs between shards; keeping the first`);
    const byLine = /* @__PURE__ */ new Map();
    for (const f of versions) for (const l of f.lines) byLine.set(l.line, [...byLine.get(l.line) ?? [], l]);
    const lines = [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([line, entries]) => {
      const callees = distinct(entries.flatMap((e) => e.callee_lines ?? []));
      return { line, ...sumEntry(entries, keepPerRun, keepMemory), ...calleeFields(callees, entries) };
    });
    const byFn = /* @__PURE__ */ new Map();
    for (const f of versions) for (const fn of f.functions) {
      const key = `${fn.line}:${fn.end_line}:${fn.name}`;
      byFn.set(key, [...byFn.get(key) ?? [], fn]);
    }
    const functions = [...byFn.values()].map((entries) => ({
      name: entries[0].name,
      line: entries[0].line,
      end_line: entries[0].end_line,
      ...sumEntry(entries, keepPerRun, keepMemory)
    }));
    functions.sort((a, b) => a.line - b.line || b.end_line - a.end_line);
    const generated = versions.find((f) => f.generated_from)?.generated_from;
    setOwn(files, path, { source: sources[0] ?? null, lines, functions, ...generated ? { generated_from: generated } : {} });
  }
  const summed = sumEntry(profiles.map((p) => p.totals), keepPerRun, keepMemory);
  const elapsed = profiles.reduce((s, p) => s + p.totals.elapsed_s, 0);
  const totals = {
    ...summed,
    elapsed_s: elapsed,
    unattributed_s: profiles.reduce((s, p) => s + p.totals.unattributed_s, 0)
  };
  if (keepPerRun) {
    const el = new Array(runs).fill(0);
    for (const p of profiles) {
      const arr = p.totals.per_run?.elapsed_s ?? new Array(runs).fill(p.totals.elapsed_s);
      arr.forEach((v, i) => el[i] += v);
    }
    totals.per_run = { ...summed.per_run ?? {}, elapsed_s: el };
  } else {
    delete totals.per_run;
  }
  if (keepMemory) {
    const peaks = profiles.map((p) => p.totals.peak_footprint_bytes).filter((x) => x !== void 0);
    if (peaks.length > 0) totals.peak_footprint_bytes = peaks.reduce((a, b) => a + b, 0);
    const bg = profiles.filter((p) => p.totals.native_background);
    if (bg.length > 0) {
      totals.native_background = {
        alloc_native_bytes: bg.reduce((s, p) => s + p.totals.native_background.alloc_native_bytes, 0),
        free_bytes: bg.reduce((s, p) => s + p.totals.native_background.free_bytes, 0),
        copy_bytes: bg.reduce((s, p) => s + p.totals.native_background.copy_bytes, 0)
      };
    }
    const growth = profiles.map((p) => p.totals.growth_rate_bytes_per_s).filter((x) => x !== void 0);
    if (growth.length > 0) totals.growth_rate_bytes_per_s = growth.reduce((a, b) => a + b, 0);
  }
  const meta = mergeMeta(profiles, runs, elapsed, warnings);
  if (distinct(profiles.map((p) => JSON.stringify(p.meta.command))).length > 1) meta.command = [`(${profiles.length} shards)`];
  return { schema: PROFILE_SCHEMA, meta, totals, files };
}
function weightedMedian(items) {
  const sorted = items.filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return 0;
  const at = (k) => {
    let seen = 0;
    for (const [v, n] of sorted) if ((seen += n) > k) return v;
    return sorted[sorted.length - 1][0];
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

export {
  mergeRuns,
  mergeShards
};
