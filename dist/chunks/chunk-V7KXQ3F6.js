#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  InputError
} from "./chunk-3P6TRMCU.js";

// src/model/profile.ts
var PROFILE_SCHEMA = "scalene-ci/profile@1";
var SUMMABLE_METRICS = [
  "cpu_js_s",
  "cpu_native_s",
  "system_s",
  "gc_s",
  "samples",
  "alloc_js_bytes",
  "alloc_native_bytes",
  "free_bytes",
  "net_bytes",
  "copy_bytes",
  "gpu_s"
];
var MAX_METRICS = ["peak_bytes", "gpu_mem_peak_bytes"];
function totalSeconds(m) {
  return m.cpu_js_s + m.cpu_native_s + m.system_s + m.gc_s;
}
function maxOf(values, floor = -Infinity) {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}
function setOwn(record, key, value) {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
var MEMORY_FIGURES = ["alloc_js_bytes", "alloc_native_bytes", "free_bytes", "net_bytes", "peak_bytes"];
var CPU_FIGURES = ["cpu_js_s", "cpu_native_s", "system_s", "gc_s", "samples"];
function measuredMemoryFigures(meta) {
  if (meta.mode !== "full") return [];
  const out = [];
  if (!meta.missing.includes("memory")) out.push(...MEMORY_FIGURES);
  if (!meta.missing.includes("copy")) out.push("copy_bytes");
  return out;
}
var SUM_ROUNDING = {
  cpu_js_s: 1e6,
  cpu_native_s: 1e6,
  system_s: 1e6,
  gc_s: 1e6,
  samples: 1e3
};
function summedFigures(meta) {
  const out = [...CPU_FIGURES];
  for (const k of measuredMemoryFigures(meta)) if (SUMMABLE_METRICS.includes(k)) out.push(k);
  return out;
}
function lineOwners(lines, functions) {
  const owners = new Int32Array(lines.length).fill(-1);
  const byStart = functions.map((_, i) => i).sort((a, b) => functions[a].line - functions[b].line);
  const width = (i) => functions[i].end_line - functions[i].line;
  const before = (a, b) => width(a) < width(b) || width(a) === width(b) && a > b;
  const heap = [];
  const push = (i) => {
    let k = heap.push(i) - 1;
    while (k > 0) {
      const up = k - 1 >> 1;
      if (!before(heap[k], heap[up])) break;
      [heap[k], heap[up]] = [heap[up], heap[k]];
      k = up;
    }
  };
  const pop = () => {
    const last = heap.pop();
    if (heap.length === 0) return;
    heap[0] = last;
    for (let k = 0; ; ) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < heap.length && before(heap[l], heap[m])) m = l;
      if (r < heap.length && before(heap[r], heap[m])) m = r;
      if (m === k) break;
      [heap[k], heap[m]] = [heap[m], heap[k]];
      k = m;
    }
  };
  let next = 0;
  lines.forEach((l, j) => {
    while (next < byStart.length && functions[byStart[next]].line <= l.line) push(byStart[next++]);
    while (heap.length > 0 && functions[heap[0]].end_line < l.line) pop();
    if (heap.length > 0) owners[j] = heap[0];
  });
  return owners;
}
function lineSums(f, keys) {
  const sums = f.functions.map(() => Object.fromEntries(keys.map((k) => [k, 0])));
  const owners = lineOwners(f.lines, f.functions);
  f.lines.forEach((l, j) => {
    const o = owners[j];
    if (o < 0) return;
    for (const k of keys) sums[o][k] += l[k] ?? 0;
  });
  for (const s of sums) {
    for (const k of keys) {
      const r = SUM_ROUNDING[k];
      if (r) s[k] = Math.round(s[k] * r) / r;
    }
  }
  return sums;
}
function compactProfile(p) {
  const files = {};
  for (const [path, f] of Object.entries(p.files)) setOwn(files, path, compactFile(f, p.meta));
  return { ...p, files };
}
function compactFile(f, meta) {
  const figures = /* @__PURE__ */ new Set([...CPU_FIGURES, ...measuredMemoryFigures(meta)]);
  const strip = (m) => {
    let zeros = 0;
    for (const k of figures) if (m[k] === 0) zeros++;
    if (zeros === 0) return m;
    const out = {};
    for (const [k, v] of Object.entries(m)) if (!(v === 0 && figures.has(k))) out[k] = v;
    return out;
  };
  const lines = f.lines.map(strip);
  if (f.functions.length === 0) return { ...f, lines, functions: [] };
  const summed = summedFigures(meta);
  const sums = lineSums(f, summed);
  let derived = 0;
  const functions = f.functions.map((fn, i) => {
    const m = fn;
    const isSum = summed.every((k) => (m[k] ?? 0) === sums[i][k]);
    if (isSum) derived++;
    const oneLine = fn.end_line === fn.line;
    const out = {};
    for (const [k, v] of Object.entries(fn)) {
      if (isSum && summed.includes(k) || v === 0 && figures.has(k) || oneLine && k === "end_line") continue;
      out[k] = v;
    }
    if (!isSum && out.samples === void 0) out.samples = 0;
    return out;
  });
  return derived > 0 ? { ...f, lines, functions, function_sums: true } : { ...f, lines, functions };
}
function restoreFunctionSums(f, meta) {
  const summed = summedFigures(meta);
  const sums = lineSums(f, summed);
  f.functions.forEach((fn, i) => {
    const m = fn;
    if (m.samples !== void 0) return;
    for (const k of summed) m[k] = sums[i][k];
  });
}
function restoreCpuFigures(m) {
  for (const k of CPU_FIGURES) if (m[k] === void 0) m[k] = 0;
}
function restoreZeroFigures(p) {
  const figures = measuredMemoryFigures(p.meta);
  if (figures.length === 0) return;
  for (const f of Object.values(p.files)) {
    for (const rows of [f.lines, f.functions]) {
      for (const m of rows) for (const k of figures) if (m[k] === void 0) m[k] = 0;
    }
  }
}

// src/model/validate.ts
var MAX_PROFILE_BYTES = 512 * 1024 * 1024;
var RUN_VALUES_FLOOR = 1 << 20;
function fail(where, what) {
  throw new InputError(`${where}: ${what}`);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var MAX_SECONDS = 1e9;
var MAX_BYTES = 2 ** 60;
var MAX_COUNT = 1e15;
var MAX_LINE = 2 ** 31 - 1;
var MAX_CALLEES = 1e4;
function limitOf(key) {
  if (key.endsWith("_s")) return MAX_SECONDS;
  if (key.endsWith("_bytes") || key.endsWith("_bytes_per_s")) return MAX_BYTES;
  return MAX_COUNT;
}
function num(v, where, opts = {}) {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(where, `expected a finite number, got ${describe(v)}`);
  if (opts.min !== void 0 && v < opts.min) fail(where, `expected \u2265 ${opts.min}, got ${v}`);
  if (opts.max !== void 0 && Math.abs(v) > opts.max) fail(where, `expected at most ${opts.max} in magnitude, got ${v}`);
  if (opts.integer && !Number.isInteger(v)) fail(where, `expected an integer, got ${v}`);
  return v;
}
function str(v, where) {
  if (typeof v !== "string") fail(where, `expected a string, got ${describe(v)}`);
  return v;
}
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return v.length > 40 ? "a string" : JSON.stringify(v);
  return typeof v === "object" ? "an object" : String(v);
}
var EPS = 1e-9;
function checkMetrics(m, where, runs) {
  for (const k of ["cpu_js_s", "cpu_native_s", "system_s", "gc_s"]) num(m[k], `${where}.${k}`, { min: -EPS, max: MAX_SECONDS });
  num(m.samples, `${where}.samples`, { min: 0, max: MAX_COUNT });
  for (const k of [...SUMMABLE_METRICS, ...MAX_METRICS]) {
    if (m[k] === void 0) continue;
    if (k === "net_bytes") num(m[k], `${where}.${k}`, { max: MAX_BYTES });
    else num(m[k], `${where}.${k}`, { min: -EPS, max: limitOf(k) });
  }
  for (const k of ["elapsed_s", "unattributed_s"]) if (typeof m[k] === "number") num(m[k], `${where}.${k}`, { max: MAX_SECONDS });
  if (m.gpu_util !== void 0) {
    const u = num(m.gpu_util, `${where}.gpu_util`, { min: 0 });
    if (u > 1 + 1e-6) fail(`${where}.gpu_util`, `utilisation is a fraction in [0, 1], got ${u}`);
  }
  if (m.timeline !== void 0) {
    if (!Array.isArray(m.timeline)) fail(`${where}.timeline`, "expected an array of [seconds, bytes] pairs");
    if (m.timeline.length > 1e3) fail(`${where}.timeline`, `at most 1000 points, got ${m.timeline.length}`);
    m.timeline.forEach((p, i) => {
      if (!Array.isArray(p) || p.length !== 2) fail(`${where}.timeline[${i}]`, "expected a [seconds, bytes] pair");
      num(p[0], `${where}.timeline[${i}][0]`, { max: MAX_SECONDS });
      num(p[1], `${where}.timeline[${i}][1]`, { max: MAX_BYTES });
    });
  }
  if (m.leak !== void 0) {
    if (!isObject(m.leak)) fail(`${where}.leak`, "expected an object");
    const l = num(m.leak.likelihood, `${where}.leak.likelihood`, { min: 0 });
    if (l > 1) fail(`${where}.leak.likelihood`, `expected a probability, got ${l}`);
    num(m.leak.velocity_bytes_per_s, `${where}.leak.velocity_bytes_per_s`, { max: MAX_BYTES });
  }
  if (m.per_run !== void 0) {
    if (!isObject(m.per_run)) fail(`${where}.per_run`, "expected an object of arrays");
    for (const [k, arr] of Object.entries(m.per_run)) {
      if (!Array.isArray(arr)) fail(`${where}.per_run.${k}`, "expected an array");
      if (arr.length !== runs) fail(`${where}.per_run.${k}`, `expected ${runs} values (meta.runs), got ${arr.length}`);
      const max = limitOf(k);
      arr.forEach((x, i) => num(x, `${where}.per_run.${k}[${i}]`, { max }));
    }
  }
}
function heldValues(p) {
  let entries = 1;
  let held = 1 + perRunLength(p.totals.per_run);
  for (const f of Object.values(p.files)) {
    entries += f.lines.length + f.functions.length;
    held += f.lines.length + f.functions.length;
    for (const l of f.lines) held += perRunLength(l.per_run);
    for (const fn of f.functions) held += perRunLength(fn.per_run);
  }
  return { entries, held };
}
function perRunLength(perRun) {
  let n = 0;
  if (perRun) for (const arr of Object.values(perRun)) n += arr?.length ?? 0;
  return n;
}
function checkRunValues(profiles, runs, what) {
  let held = 0;
  let entries;
  if (profiles.length === 1) {
    const h = heldValues(profiles[0]);
    held = h.held;
    entries = h.entries;
  } else {
    const keys = /* @__PURE__ */ new Set();
    for (const p of profiles) {
      held += heldValues(p).held;
      for (const [path, f] of Object.entries(p.files)) {
        for (const l of f.lines) keys.add(`${path}\0${l.line}`);
        for (const fn of f.functions) keys.add(`${path}\0${fn.line}:${fn.end_line}:${fn.name}`);
      }
    }
    entries = keys.size + 1;
  }
  const needed = runs * entries;
  const limit = Math.max(RUN_VALUES_FLOOR, 2 * held);
  if (needed > limit) {
    throw new InputError(
      `${what}: ${runs} runs \xD7 ${entries} lines, functions and totals would be ${needed.toExponential(1)} per-run values, but the input holds ${held} values (per_run arrays back repeated runs); the limit is ${limit}`
    );
  }
}
function validateProfile(data, name) {
  if (!isObject(data)) fail(name, "expected a JSON object");
  if (data.schema !== PROFILE_SCHEMA) {
    fail(name, `not a scalene-ci profile (schema is ${describe(data.schema)}, expected "${PROFILE_SCHEMA}")`);
  }
  const meta = data.meta;
  if (!isObject(meta)) fail(`${name}: meta`, "missing or not an object");
  const runs = num(meta.runs, `${name}: meta.runs`, { min: 1, integer: true });
  num(meta.elapsed_s, `${name}: meta.elapsed_s`, { min: 0, max: MAX_SECONDS });
  num(meta.sampling_interval_ms, `${name}: meta.sampling_interval_ms`, { min: 0, max: MAX_SECONDS * 1e3 });
  if (typeof meta.complete !== "boolean") fail(`${name}: meta.complete`, "expected true or false");
  if (meta.mode !== "cpu" && meta.mode !== "full") fail(`${name}: meta.mode`, `expected "cpu" or "full", got ${describe(meta.mode)}`);
  str(meta.tool_version, `${name}: meta.tool_version`);
  str(meta.source_format, `${name}: meta.source_format`);
  if (!Array.isArray(meta.command)) fail(`${name}: meta.command`, "expected an array of strings");
  if (!Array.isArray(meta.missing)) fail(`${name}: meta.missing`, "expected an array");
  if (!Array.isArray(meta.processes)) fail(`${name}: meta.processes`, "expected an array");
  if (!Array.isArray(meta.warnings)) fail(`${name}: meta.warnings`, "expected an array");
  const totals = data.totals;
  if (!isObject(totals)) fail(`${name}: totals`, "missing or not an object");
  checkMetrics(totals, `${name}: totals`, runs);
  const files = data.files;
  if (!isObject(files)) fail(`${name}: files`, "missing or not an object");
  for (const [path, f] of Object.entries(files)) {
    const where = `${name}: files[${JSON.stringify(path)}]`;
    if (!isObject(f)) fail(where, "expected an object");
    if (f.source !== null && typeof f.source !== "string") fail(`${where}.source`, "expected a string or null");
    if (!Array.isArray(f.lines)) fail(`${where}.lines`, "expected an array");
    if (!Array.isArray(f.functions)) fail(`${where}.functions`, "expected an array");
    let prev = 0;
    f.lines.forEach((l, i) => {
      const lw = `${where}.lines[${i}]`;
      if (!isObject(l)) fail(lw, "expected an object");
      const line = num(l.line, `${lw}.line`, { min: 1, max: MAX_LINE, integer: true });
      if (line <= prev) fail(`${lw}.line`, `lines must be ascending and unique (${line} after ${prev})`);
      prev = line;
      restoreCpuFigures(l);
      checkMetrics(l, lw, runs);
      if (l.callee_lines !== void 0) {
        if (!Array.isArray(l.callee_lines) || l.callee_lines.length > MAX_CALLEES) fail(`${lw}.callee_lines`, `expected an array of at most ${MAX_CALLEES} line numbers`);
        l.callee_lines.forEach((c, j) => num(c, `${lw}.callee_lines[${j}]`, { min: 1, max: MAX_LINE, integer: true }));
      }
      if (l.callee_spans !== void 0) {
        if (!Array.isArray(l.callee_spans) || l.callee_spans.length > MAX_CALLEES) fail(`${lw}.callee_spans`, `expected an array of at most ${MAX_CALLEES} spans`);
        l.callee_spans.forEach((sp, j) => {
          const sw = `${lw}.callee_spans[${j}]`;
          if (!Array.isArray(sp) || sp.length !== 3) fail(sw, "expected [file, first line, last line]");
          str(sp[0], `${sw}[0]`);
          const first = num(sp[1], `${sw}[1]`, { min: 1, max: MAX_LINE, integer: true });
          if (num(sp[2], `${sw}[2]`, { min: 1, max: MAX_LINE, integer: true }) < first) fail(sw, "the last line is before the first");
        });
      }
    });
    f.functions.forEach((fn, i) => {
      const fw = `${where}.functions[${i}]`;
      if (!isObject(fn)) fail(fw, "expected an object");
      str(fn.name, `${fw}.name`);
      const start = num(fn.line, `${fw}.line`, { min: 0, max: MAX_LINE, integer: true });
      if (fn.end_line === void 0) fn.end_line = start;
      const end = num(fn.end_line, `${fw}.end_line`, { min: 0, max: MAX_LINE, integer: true });
      if (end < start) fail(fw, `end_line ${end} is before line ${start}`);
    });
    if (f.function_sums !== void 0) {
      if (f.function_sums !== true) fail(`${where}.function_sums`, "expected true");
      restoreFunctionSums(f, data.meta);
      delete f.function_sums;
    }
    f.functions.forEach((fn, i) => {
      restoreCpuFigures(fn);
      checkMetrics(fn, `${where}.functions[${i}]`, runs);
    });
  }
  checkRunValues([data], runs, `${name}: meta.runs`);
  const profile = data;
  restoreZeroFigures(profile);
  return profile;
}

// src/sorted.ts
function firstAtOrAfter(t, x) {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (t[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function firstAfter(t, x) {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (t[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/report/escape.ts
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
function escapeMarkdown(text) {
  return text.replace(/\r?\n|\r/g, " ").replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => "\\" + c).replace(/[<&"']/g, (c) => HTML_ESCAPES[c]).replace(/@/g, "@\u200B");
}
function markdownCode(text) {
  const body = text.replace(/\r?\n|\r/g, " ").replace(/`/g, "\u02CB").replace(/\|/g, "\\|");
  return "`" + (body.trim() === "" ? " " : body) + "`";
}
function escapeTerminal(text) {
  return text.replace(/\r\n|[\n\r\u0085\u2028\u2029]/g, "\u2424").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}

export {
  firstAtOrAfter,
  firstAfter,
  byCodeUnits,
  PROFILE_SCHEMA,
  SUMMABLE_METRICS,
  MAX_METRICS,
  totalSeconds,
  maxOf,
  setOwn,
  compactProfile,
  compactFile,
  escapeHtml,
  escapeMarkdown,
  markdownCode,
  escapeTerminal,
  MAX_PROFILE_BYTES,
  checkRunValues,
  validateProfile
};
