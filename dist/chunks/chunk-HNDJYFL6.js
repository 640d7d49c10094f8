#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  escapeTerminal,
  maxOf,
  totalSeconds
} from "./chunk-V7KXQ3F6.js";

// src/report/text.ts
var SPARK = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(points, width = 10) {
  if (!points || points.length === 0) return "";
  const values = points.map((p) => p[1]);
  const step = Math.max(1, Math.ceil(values.length / width));
  const buckets = [];
  for (let i = 0; i < values.length; i += step) buckets.push(maxOf(values.slice(i, i + step)));
  const lo = -maxOf(buckets.map((b) => -b), 0);
  const hi = maxOf(buckets);
  if (hi === lo) return SPARK[0].repeat(buckets.length);
  return buckets.map((v) => SPARK[Math.min(SPARK.length - 1, Math.floor((v - lo) / (hi - lo) * (SPARK.length - 1)))]).join("");
}
var pct = (part, whole) => whole > 0 && part > 0 ? 100 * part / whole : 0;
var fmtPct = (p) => p >= 0.5 ? `${Math.round(p)}%` : p > 0 ? "<1%" : "";
var fmtMB = (bytes) => bytes === void 0 || Math.abs(bytes) < 1024 * 1024 * 0.05 ? "" : `${(bytes / 1048576).toFixed(bytes >= 100 * 1048576 ? 0 : 1)}`;
function renderText(profile, opts = {}) {
  const color = opts.color ?? false;
  const threshold = opts.cpuPercentThreshold ?? 1;
  const maxFull = opts.maxFullSourceLines ?? 200;
  const c = (code, s) => color && s ? `\x1B[${code}m${s}\x1B[0m` : s;
  const total = totalSeconds(profile.totals) + profile.totals.unattributed_s;
  const full = profile.meta.mode === "full";
  const hasGpu = Object.values(profile.files).some((f) => f.lines.some((l) => (l.gpu_s ?? 0) > 0));
  const elapsedS = profile.meta.elapsed_s;
  const columns = [
    { title: "JS", width: 5, cell: (m) => fmtPct(pct(m.cpu_js_s, total)) },
    { title: "native", width: 6, cell: (m) => fmtPct(pct(m.cpu_native_s, total)) },
    { title: "system", width: 6, cell: (m) => fmtPct(pct(m.system_s, total)) },
    { title: "GC", width: 4, cell: (m) => fmtPct(pct(m.gc_s, total)) }
  ];
  if (full) {
    columns.push(
      {
        title: "Mem JS",
        width: 6,
        cell: (m) => {
          const all = (m.alloc_js_bytes ?? 0) + (m.alloc_native_bytes ?? 0);
          return all > 0 ? fmtPct(pct(m.alloc_js_bytes ?? 0, all)) || "0%" : "";
        }
      },
      { title: "net MB", width: 7, cell: (m) => fmtMB(m.net_bytes) },
      { title: "timeline", width: 10, cell: (m) => sparkline(m.timeline) },
      {
        title: "copy MB/s",
        width: 9,
        cell: (m) => m.copy_bytes && elapsedS > 0 && m.copy_bytes / 1048576 / elapsedS >= 0.05 ? (m.copy_bytes / 1048576 / elapsedS).toFixed(1) : ""
      }
    );
  }
  if (hasGpu) columns.push({ title: "GPU", width: 5, cell: (m) => fmtPct(pct(m.gpu_s ?? 0, elapsedS)) });
  const out = [];
  const head = profile.meta;
  out.push(
    c("1", `scalene-ci profile of ${escapeTerminal(head.command.join(" "))}`) + `  \u2014 ${elapsedS.toFixed(2)} s elapsed, ${fmtSeconds(totalSeconds(profile.totals))} in profiled code, sampling every ${head.sampling_interval_ms} ms` + (head.complete ? "" : c("31", "  [INCOMPLETE]"))
  );
  if (full && profile.totals.peak_footprint_bytes !== void 0) {
    const at = profile.totals.peak_footprint_at;
    out.push(
      `Memory: peak ${fmtMB(profile.totals.peak_footprint_bytes) || "0"} MB` + (at ? ` (at ${escapeTerminal(at.file)}:${at.line})` : "") + (profile.totals.footprint_timeline ? `  ${sparkline(profile.totals.footprint_timeline, 30)}` : "") + (profile.totals.growth_rate_bytes_per_s !== void 0 ? `  growth ${(profile.totals.growth_rate_bytes_per_s / 1048576).toFixed(2)} MB/s` : "")
    );
  }
  for (const w of head.warnings) out.push(c("33", `warning: ${escapeTerminal(w)}`));
  if (Object.keys(profile.files).length === 0) {
    out.push("", "No samples in profiled files. (Use --profile-all to include code outside the working directory.)");
    return out.join("\n") + "\n";
  }
  const files = Object.entries(profile.files).sort((a, b) => fileTime(b[1]) - fileTime(a[1]));
  for (const [name, file] of files) {
    const ft = fileTime(file);
    out.push("");
    out.push(c("1", `${escapeTerminal(name)}: % of time = ${fmtPct(pct(ft, total)) || "0%"} (${fmtSeconds(ft)}) out of ${fmtSeconds(total)}.`));
    const header = " Line \u2502" + columns.map((col) => col.title.padStart(col.width) + " \u2502").join("") + " " + escapeTerminal(name);
    out.push(c("2", header));
    out.push(c("2", "\u2500".repeat(Math.min(header.length + 20, 120))));
    const srcLines = file.source === null ? [] : file.source.split("\n");
    const byLine = new Map(file.lines.map((l) => [l.line, l]));
    const isHot = (l) => !!l && pct(totalSeconds(l), total) >= threshold;
    let shown;
    if (opts.reduced) shown = file.lines.filter((l) => isHot(l) || l.leak !== void 0).map((l) => l.line);
    else if (srcLines.length > 0 && srcLines.length <= maxFull) shown = srcLines.map((_, i) => i + 1);
    else {
      const set = /* @__PURE__ */ new Set();
      for (const l of file.lines) for (const d of [-1, 0, 1]) if (l.line + d >= 1) set.add(l.line + d);
      shown = [...set].sort((a, b) => a - b);
    }
    if (srcLines.length > 0 && srcLines[srcLines.length - 1] === "" && shown[shown.length - 1] === srcLines.length) shown.pop();
    let prev = 0;
    for (const ln of shown) {
      if (prev && ln > prev + 1) out.push(c("2", "  ..."));
      prev = ln;
      const l = byLine.get(ln);
      const cells = columns.map((col) => (l ? col.cell(l) : "").padStart(col.width) + " \u2502").join("");
      const text = escapeTerminal((srcLines[ln - 1] ?? "").replace(/\t/g, "  "));
      const marker = l?.leak ? c("31;1", ` \u25C0 possible leak (${(l.leak.likelihood * 100).toFixed(0)}%, ${(l.leak.velocity_bytes_per_s / 1048576).toFixed(1)} MB/s)`) : "";
      const row = `${String(ln).padStart(5)} \u2502${cells} ${text}`;
      out.push((isHot(l) ? c("1;31", row) : row) + marker);
    }
    const fns = file.functions.filter((f) => totalSeconds(f) > 0).sort((a, b) => totalSeconds(b) - totalSeconds(a));
    if (fns.length > 0) {
      out.push("");
      out.push(c("2", " function summary for " + escapeTerminal(name)));
      for (const f of fns) {
        if (opts.reduced && pct(totalSeconds(f), total) < threshold) continue;
        const cells = columns.map((col) => col.cell(f).padStart(col.width) + " \u2502").join("");
        out.push(`${String(f.line).padStart(5)} \u2502${cells} ${escapeTerminal(f.name)} (lines ${f.line}\u2013${f.end_line})`);
      }
    }
  }
  const un = profile.totals.unattributed_s;
  if (un > 0) out.push("", c("2", `${fmtSeconds(un)} (${fmtPct(pct(un, total)) || "0%"}) outside profiled files (event-loop idle, Node internals, unprofiled code).`));
  return out.join("\n") + "\n";
}
function fileTime(f) {
  return f.lines.reduce((s, l) => s + totalSeconds(l), 0);
}
function fmtSeconds(s) {
  return s >= 10 ? `${s.toFixed(1)} s` : s >= 0.1 ? `${s.toFixed(2)} s` : `${(s * 1e3).toFixed(1)} ms`;
}

export {
  renderText
};
