#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  renderText
} from "./chunk-HNDJYFL6.js";
import {
  UNATTRIBUTED,
  enclosingFunction,
  exportPprof,
  formatBytes,
  formatSeconds,
  htmlPage,
  lineFrames,
  loadAnyProfileBytes
} from "./chunk-IYRJBWX4.js";
import {
  MAX_PROFILE_BYTES,
  byCodeUnits,
  escapeMarkdown,
  markdownCode,
  maxOf,
  totalSeconds
} from "./chunk-V7KXQ3F6.js";
import {
  InputError,
  UsageError
} from "./chunk-3P6TRMCU.js";

// src/cli/report.ts
import { constants } from "node:fs";
import { open, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/export/speedscope.ts
function exportSpeedscope(profile, name = "scalene-ci profile") {
  const frames = [];
  const index = /* @__PURE__ */ new Map();
  const frame = (f) => {
    const key = JSON.stringify([f.name, f.file ?? null, f.line ?? null]);
    let i = index.get(key);
    if (i === void 0) {
      i = frames.length;
      frames.push(f);
      index.set(key, i);
    }
    return i;
  };
  const rows = lineFrames(profile).map((r) => ({
    ...r,
    stack: [
      frame({ name: r.file, file: r.file }),
      frame({ name: `${r.functionName} (${r.file}:${r.functionLine})`, file: r.file, line: r.functionLine }),
      frame({ name: `${r.functionName} (${r.file}:${r.line.line})`, file: r.file, line: r.line.line })
    ]
  }));
  const missing = new Set(profile.meta.missing);
  const measures = [{ name: "Time: JS + native + system + GC", unit: "seconds", value: totalSeconds, unattributed: profile.totals.unattributed_s }];
  if (!missing.has("cpu")) {
    measures.push({ name: "JS time", unit: "seconds", value: (l) => l.cpu_js_s });
    if (!missing.has("native_split")) measures.push({ name: "Native time", unit: "seconds", value: (l) => l.cpu_native_s });
    if (!missing.has("system_time")) measures.push({ name: "System time", unit: "seconds", value: (l) => l.system_s });
    if (!missing.has("gc_time")) measures.push({ name: "GC time", unit: "seconds", value: (l) => l.gc_s });
  }
  if (profile.meta.mode === "full") {
    measures.push({ name: "Allocated bytes (JS + native)", unit: "bytes", value: (l) => (l.alloc_js_bytes ?? 0) + (l.alloc_native_bytes ?? 0) });
    if (!missing.has("copy")) measures.push({ name: "Copy volume", unit: "bytes", value: (l) => l.copy_bytes ?? 0 });
  }
  if (profile.meta.gpu) measures.push({ name: "GPU time", unit: "seconds", value: (l) => l.gpu_s ?? 0 });
  const profiles = [];
  for (const m of measures) {
    const samples = [];
    const weights = [];
    for (const r of rows) {
      const w = m.value(r.line);
      if (w > 0) {
        samples.push(r.stack);
        weights.push(w);
      }
    }
    if (m.unattributed !== void 0 && m.unattributed > 0) {
      samples.push([frame({ name: UNATTRIBUTED })]);
      weights.push(m.unattributed);
    }
    if (weights.length === 0 && profiles.length > 0) continue;
    profiles.push({ type: "sampled", name: m.name, unit: m.unit, startValue: 0, endValue: weights.reduce((a, b) => a + b, 0), samples, weights });
  }
  const active = Math.max(0, profiles.findIndex((p) => p.weights.length > 0));
  return {
    $schema: "https://www.speedscope.app/file-format-schema.json",
    shared: { frames },
    profiles,
    name,
    activeProfileIndex: active,
    exporter: `scalene-ci (${profile.meta.source_format})`
  };
}

// src/report/html.ts
var MISSING_LABEL = {
  caller_lines: "time in callees is not charged to the calling line",
  native_split: "no JS / native split (all CPU time shown as JS)",
  system_time: "no system (off-CPU) time",
  gc_time: "no garbage-collection time",
  memory: "no memory figures",
  copy: "no copy volume",
  gpu: "no GPU figures",
  function_ranges: "function end lines are estimated",
  cpu: "no CPU time",
  sources: "no source text"
};
function allocOf(m) {
  if (m.alloc_js_bytes === void 0 && m.alloc_native_bytes === void 0) return void 0;
  return (m.alloc_js_bytes ?? 0) + (m.alloc_native_bytes ?? 0);
}
function lineView(f, l) {
  const fn = enclosingFunction(f, l.line);
  const v = {
    line: l.line,
    fn: fn ? fn.name : null,
    js: l.cpu_js_s,
    native: l.cpu_native_s,
    system: l.system_s,
    gc: l.gc_s,
    total: totalSeconds(l),
    samples: l.samples
  };
  const alloc = allocOf(l);
  if (alloc !== void 0) {
    v.alloc = alloc;
    v.alloc_js = l.alloc_js_bytes ?? 0;
  }
  if (l.peak_bytes !== void 0) v.peak = l.peak_bytes;
  if (l.net_bytes !== void 0) v.net = l.net_bytes;
  if (l.copy_bytes !== void 0) v.copy = l.copy_bytes;
  if (l.timeline && l.timeline.length > 0) v.timeline = l.timeline;
  if (l.leak) v.leak = l.leak;
  if (l.gpu_s !== void 0) v.gpu_s = l.gpu_s;
  if (l.gpu_util !== void 0) v.gpu_util = l.gpu_util;
  if (l.gpu_mem_peak_bytes !== void 0) v.gpu_mem = l.gpu_mem_peak_bytes;
  return v;
}
function profileView(profile, title) {
  const { meta, totals } = profile;
  const missing = new Set(meta.missing);
  const anyGpu = Object.values(profile.files).some((f) => f.lines.some((l) => l.gpu_s !== void 0 && l.gpu_s > 0));
  const cols = {
    cpu: !missing.has("cpu"),
    native: !missing.has("cpu") && !missing.has("native_split"),
    system: !missing.has("cpu") && !missing.has("system_time"),
    gc: !missing.has("cpu") && !missing.has("gc_time"),
    memory: meta.mode === "full" && !missing.has("memory"),
    copy: meta.mode === "full" && !missing.has("copy"),
    gpu: meta.gpu !== null || anyGpu
  };
  const files = Object.entries(profile.files).map(([path, f]) => {
    const lines = f.lines.map((l) => lineView(f, l));
    return {
      path,
      total: lines.reduce((a, l) => a + l.total, 0),
      alloc: lines.reduce((a, l) => a + (l.alloc ?? 0), 0),
      source: f.source === null ? null : f.source.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n"),
      lines
    };
  });
  files.sort((a, b) => b.total - a.total || b.alloc - a.alloc || byCodeUnits(a.path, b.path));
  let hot = null;
  let best = 0;
  const byTime = files.some((f) => f.total > 0);
  for (const f of files) {
    for (const l of f.lines) {
      const v = byTime ? l.total : l.alloc ?? 0;
      if (v > best) {
        best = v;
        hot = { file: f.path, line: l.line };
      }
    }
  }
  const functions = [];
  for (const [path, f] of Object.entries(profile.files)) {
    for (const fn of f.functions) {
      const v = {
        name: fn.name,
        file: path,
        line: fn.line,
        end_line: fn.end_line,
        js: fn.cpu_js_s,
        native: fn.cpu_native_s,
        system: fn.system_s,
        gc: fn.gc_s,
        total: totalSeconds(fn),
        samples: fn.samples
      };
      const alloc2 = allocOf(fn);
      if (alloc2 !== void 0) v.alloc = alloc2;
      if (fn.peak_bytes !== void 0) v.peak = fn.peak_bytes;
      if (fn.copy_bytes !== void 0) v.copy = fn.copy_bytes;
      if (fn.gpu_s !== void 0) v.gpu_s = fn.gpu_s;
      functions.push(v);
    }
  }
  const facts = [["Source", `${meta.source_format} (${meta.tool}${meta.tool_version && meta.tool_version !== "unknown" ? " " + meta.tool_version : ""})`]];
  if (meta.command.length > 0) facts.push(["Command", meta.command.join(" ")]);
  if (meta.elapsed_s > 0) facts.push(["Elapsed", `${meta.elapsed_s.toFixed(3)} s`]);
  if (meta.sampling_interval_ms > 0) facts.push(["Sampling interval", `${meta.sampling_interval_ms.toFixed(2)} ms`]);
  facts.push(["Mode", missing.has("cpu") ? "memory only" : meta.mode === "full" ? "CPU + memory" : "CPU only"]);
  if (meta.runs > 1) facts.push(["Runs", String(meta.runs)]);
  if (meta.node_version) facts.push(["Node", meta.node_version]);
  if (meta.platform !== "unknown") facts.push(["Platform", `${meta.platform}/${meta.arch}`]);
  if (meta.cpu_model) facts.push(["CPU", `${meta.cpu_model}${meta.cpu_count ? " \xD7 " + meta.cpu_count : ""}`]);
  if (meta.gpu) facts.push(["GPU", meta.gpu.devices.join(", ") || "yes"]);
  if (meta.git_sha) facts.push(["Commit", meta.git_sha.slice(0, 12)]);
  if (meta.start_time) facts.push(["Started", meta.start_time]);
  if (!meta.complete) facts.push(["Complete", "no: the program crashed or was killed; figures cover what was collected"]);
  const alloc = allocOf(totals);
  const all = totalSeconds(totals) + totals.unattributed_s;
  return {
    title: title ?? `Profile: ${meta.command.join(" ") || meta.source_format}`,
    facts,
    missing: meta.missing.map((m) => MISSING_LABEL[m] ?? m),
    warnings: meta.warnings,
    cols,
    totals: {
      js: totals.cpu_js_s,
      native: totals.cpu_native_s,
      system: totals.system_s,
      gc: totals.gc_s,
      unattributed: totals.unattributed_s,
      all,
      ...alloc !== void 0 ? { alloc } : {},
      ...totals.peak_footprint_bytes !== void 0 ? { peak: totals.peak_footprint_bytes } : totals.peak_bytes !== void 0 ? { peak: totals.peak_bytes } : {},
      ...totals.copy_bytes !== void 0 ? { copy: totals.copy_bytes } : {},
      ...totals.gpu_s !== void 0 ? { gpu_s: totals.gpu_s } : {}
    },
    elapsed_s: meta.elapsed_s,
    hot,
    warm_share: 0.05,
    copy_share: 0.05,
    max_line_s: maxOf(files.flatMap((f) => f.lines.map((l) => l.total)), 0),
    files,
    functions
  };
}
function renderProfileHtml(profile, opts = {}) {
  const view = profileView(profile, opts.title);
  return htmlPage({ title: view.title, script: PROFILE_SCRIPT, data: view });
}
var PROFILE_SCRIPT = String.raw`
var app = document.getElementById('app');
var cols = data.cols;
var T = data.totals;
var cats = [['js', 'js', cols.native ? 'JS' : 'CPU']];
if (cols.native) cats.push(['native', 'native', 'native']);
if (cols.system) cats.push(['system', 'system', 'system']);
if (cols.gc) cats.push(['gc', 'gc', 'GC']);

add(app, el('h1', '', data.title));
app.appendChild(factsList(data.facts));

// Totals.
var summary = el('section', 'summary');
summary.id = 'summary';
if (cols.cpu) {
  var parts = cats.map(function (c) { return [c[0], T[c[1]], c[2]]; });
  parts.push(['unattr', T.unattributed, 'unattributed']);
  add(summary, el('h2', '', 'Time: ' + fmtS(T.all)), stackedBar(parts, T.all, true));
  var lg = cats.map(function (c) { return [c[0], c[2] + ' ' + fmtS(T[c[1]]) + ' (' + (fmtPct(T[c[1]], T.all) || '0%') + ')']; });
  lg.push(['unattr', 'unattributed ' + fmtS(T.unattributed) + ' (' + (fmtPct(T.unattributed, T.all) || '0%') + ')']);
  summary.appendChild(legend(lg));
}
var mem = [];
if (cols.memory && T.alloc !== undefined) mem.push(['Allocated', fmtB(T.alloc)]);
if (cols.memory && T.peak !== undefined) mem.push(['Peak footprint', fmtB(T.peak)]);
if (cols.copy && T.copy !== undefined) mem.push(['Copy volume', fmtB(T.copy)]);
if (cols.gpu && T.gpu_s !== undefined) mem.push(['GPU time', fmtS(T.gpu_s)]);
if (mem.length) summary.appendChild(factsList(mem));
if (data.missing.length) add(summary, el('h3', '', 'Not in this profile'), notes(data.missing));
if (data.warnings.length) add(summary, el('h3', '', 'Notes'), notes(data.warnings));
app.appendChild(summary);

// Per-file annotated source.
var hotRow = null;
function lineCells(tr, l) {
  var td;
  if (cols.cpu) {
    td = el('td', 'timebar');
    td.appendChild(stackedBar(cats.map(function (c) { return [c[0], l ? l[c[1]] : 0, c[2]]; }), data.max_line_s));
    tr.appendChild(td);
    tr.appendChild(el('td', 'num pct', l ? fmtPct(l.total, T.all) : ''));
    cats.forEach(function (c) { tr.appendChild(el('td', 'num', l ? fmtS(l[c[1]]) : '')); });
  }
  if (cols.memory) {
    var a = el('td', 'num', l && l.alloc ? fmtB(l.alloc) : '');
    if (l && l.alloc) a.title = 'JS ' + fmtB(l.alloc_js) + ', native ' + fmtB(l.alloc - l.alloc_js);
    tr.appendChild(a);
    tr.appendChild(el('td', 'num', l && l.peak ? fmtB(l.peak) : ''));
    if (cols.copy) tr.appendChild(el('td', 'num', l && l.copy ? fmtB(l.copy) : ''));
    td = el('td', 'spark-cell');
    if (l && l.timeline) { var sp = sparkline(l.timeline, 0, Math.max(data.elapsed_s, l.timeline[l.timeline.length - 1][0])); if (sp) td.appendChild(sp); }
    tr.appendChild(td);
  }
  if (cols.gpu) {
    tr.appendChild(el('td', 'num', l && l.gpu_s ? fmtS(l.gpu_s) : ''));
    tr.appendChild(el('td', 'num', l && l.gpu_util ? (100 * l.gpu_util).toFixed(0) + '%' : ''));
  }
  td = el('td', 'markers');
  if (l && l.leak) {
    var m = el('span', 'marker leak', 'leak ' + (100 * l.leak.likelihood).toFixed(0) + '%');
    m.title = 'likely memory leak: ' + (100 * l.leak.likelihood).toFixed(1) + '% likelihood, growing ' + fmtB(l.leak.velocity_bytes_per_s) + '/s';
    td.appendChild(m);
  }
  // Mark only lines that do a real share of the copying, not every line with a few bytes.
  if (l && l.copy && T.copy > 0 && l.copy / T.copy >= data.copy_share) {
    var cm = el('span', 'marker copy', 'copy');
    cm.title = fmtB(l.copy) + ' copied';
    td.appendChild(cm);
  }
  tr.appendChild(td);
}
// A file's lines sort by any numeric column (click or Enter on its header); source order by default.
function headerRow(state, resort) {
  var tr = el('tr');
  function th(cls, title, key) {
    var h = el('th', cls, title);
    if (key) {
      h.setAttribute('data-key', key);
      h.setAttribute('tabindex', '0');
      h.setAttribute('aria-sort', state.key === key ? (state.desc ? 'descending' : 'ascending') : 'none');
      var go = function () {
        if (state.key === key) state.desc = !state.desc;
        else { state.key = key; state.desc = key !== 'line'; }
        Array.prototype.forEach.call(tr.children, function (x) {
          var k = x.getAttribute('data-key');
          if (k) x.setAttribute('aria-sort', k === state.key ? (state.desc ? 'descending' : 'ascending') : 'none');
        });
        resort();
      };
      h.addEventListener('click', go);
      h.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
    }
    tr.appendChild(h);
  }
  th('num', 'Line', 'line');
  if (cols.cpu) {
    th('', 'Time', null);
    th('num', '%', 'total');
    cats.forEach(function (c) { th('num', c[2], c[1]); });
  }
  if (cols.memory) {
    th('num', 'Alloc', 'alloc');
    th('num', 'Peak', 'peak');
    if (cols.copy) th('num', 'Copy', 'copy');
    th('', 'Memory timeline', null);
  }
  if (cols.gpu) { th('num', 'GPU', 'gpu_s'); th('num', 'GPU util', 'gpu_util'); }
  th('', '', null);
  th('', 'Source', null);
  return tr;
}
function fileRows(tbody, f, fi, all, state) {
  while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
  var byLine = {};
  f.lines.forEach(function (l) { byLine[l.line] = l; });
  var numbers = [];
  if (all && f.source) { for (var n = 1; n <= f.source.length; n++) numbers.push(n); f.lines.forEach(function (l) { if (l.line > f.source.length) numbers.push(l.line); }); }
  else numbers = f.lines.map(function (l) { return l.line; });
  if (state && state.key !== 'line') {
    var v = function (n) { var l = byLine[n]; return l && typeof l[state.key] === 'number' ? l[state.key] : -1; };
    numbers.sort(function (a, b) { return (state.desc ? v(b) - v(a) : v(a) - v(b)) || a - b; });
  } else if (state && state.desc) numbers.reverse();
  numbers.forEach(function (n) {
    var l = byLine[n];
    var tr = el('tr', l ? '' : 'ctx');
    tr.id = 'f' + fi + '-L' + n;
    tr.setAttribute('data-line', String(n));
    if (l && data.hot && data.hot.file === f.path && data.hot.line === n) { tr.className = 'hot'; hotRow = tr; }
    else if (l && cols.cpu && T.all > 0 && l.total / T.all >= data.warm_share) tr.className = 'warm';
    tr.appendChild(el('td', 'ln', n));
    lineCells(tr, l);
    var text = f.source && n <= f.source.length ? f.source[n - 1] : (l && l.fn ? '(in ' + l.fn + ')' : '');
    tr.appendChild(el('td', 'src', text));
    tbody.appendChild(tr);
  });
}
var filesSec = el('section', 'files');
filesSec.id = 'files';
filesSec.appendChild(el('h2', '', 'Lines'));
if (data.files.length === 0) filesSec.appendChild(el('p', 'muted', 'No line of a profiled file was charged anything.'));
data.files.forEach(function (f, fi) {
  var sec = el('section', 'file');
  sec.id = 'file-' + fi;
  var head = el('div', 'file-head');
  add(head, el('h3', 'path', f.path));
  if (cols.cpu) head.appendChild(el('span', 'muted', fmtS(f.total) + (T.all > 0 ? ' (' + (fmtPct(f.total, T.all) || '0%') + ' of time)' : '')));
  if (cols.memory && f.alloc > 0) head.appendChild(el('span', 'muted', fmtB(f.alloc) + ' allocated'));
  var tbody = el('tbody');
  var state = { key: 'line', desc: false };
  var box = null;
  var resort = function () { fileRows(tbody, f, fi, box ? box.checked : false, state); };
  if (f.source) {
    var label = el('label', 'toggle');
    box = el('input');
    box.type = 'checkbox';
    box.addEventListener('change', resort);
    add(label, box, document.createTextNode(' show all ' + f.source.length + ' source lines'));
    head.appendChild(label);
  }
  sec.appendChild(head);
  var table = el('table', 'lines');
  var thead = el('thead');
  thead.appendChild(headerRow(state, resort));
  add(table, thead, tbody);
  fileRows(tbody, f, fi, false, state);
  var wrap = el('div', 'scroll');
  wrap.appendChild(table);
  sec.appendChild(wrap);
  filesSec.appendChild(sec);
});
app.appendChild(filesSec);

// Functions.
var fnSec = el('section', 'functions');
fnSec.id = 'functions';
fnSec.appendChild(el('h2', '', 'Functions'));
if (data.functions.length === 0) fnSec.appendChild(el('p', 'muted', 'No functions in this profile.'));
else {
  var fcols = [
    { title: 'Function', key: 'name', type: 'str', sortable: true },
    { title: 'File', key: 'file', type: 'str', sortable: true },
    { title: 'Lines', key: 'line', type: 'num', sortable: true, cell: function (r) { return r.line + '\u2013' + r.end_line; } },
  ];
  if (cols.cpu) {
    fcols.push({ title: 'Total', key: 'total', type: 'num', sortable: true, cell: function (r) { return fmtS(r.total); } });
    cats.forEach(function (c) { fcols.push({ title: c[2], key: c[1], type: 'num', sortable: true, cell: function (r) { return fmtS(r[c[1]]); } }); });
    fcols.push({ title: 'Samples', key: 'samples', type: 'num', sortable: true, cell: function (r) { return fmtNum(r.samples); } });
  }
  if (cols.memory) {
    fcols.push({ title: 'Alloc', key: 'alloc', type: 'num', sortable: true, cell: function (r) { return fmtB(r.alloc); } });
    fcols.push({ title: 'Peak', key: 'peak', type: 'num', sortable: true, cell: function (r) { return fmtB(r.peak); } });
    if (cols.copy) fcols.push({ title: 'Copy', key: 'copy', type: 'num', sortable: true, cell: function (r) { return fmtB(r.copy); } });
  }
  if (cols.gpu) fcols.push({ title: 'GPU', key: 'gpu_s', type: 'num', sortable: true, cell: function (r) { return fmtS(r.gpu_s); } });
  var ftable = sortableTable(fcols, data.functions, cols.cpu ? 'total' : cols.memory ? 'alloc' : 'name', 'fn-table');
  ftable.id = 'function-table';
  var fw = el('div', 'scroll');
  fw.appendChild(ftable);
  fnSec.appendChild(fw);
}
app.appendChild(fnSec);

if (hotRow) hotRow.scrollIntoView({ block: 'center' });
document.body.setAttribute('data-ready', 'true');
`;

// src/report/markdown.ts
var share = (part, whole) => whole > 0 && part > 0 ? `${(100 * part / whole).toFixed(part / whole >= 0.1 ? 0 : 1)} %` : "";
var sec = (s) => s === void 0 || s === 0 ? "" : formatSeconds(s);
var bytes = (b) => b === void 0 || b === 0 ? "" : formatBytes(b);
function table(header, align, rows) {
  const line = (cells) => `| ${cells.map((c) => c === "" ? " " : c).join(" | ")} |`;
  return [line(header), `| ${align.map((a) => a === "r" ? "---:" : ":---").join(" | ")} |`, ...rows.map(line)].join("\n");
}
function renderProfileMarkdown(profile, opts = {}) {
  const view = profileView(profile);
  const { cols, totals: T } = view;
  const h = "#".repeat(Math.min(6, Math.max(1, opts.headingLevel ?? 2)));
  const out = [];
  const command = profile.meta.command.join(" ");
  out.push(`${h} scalene-ci profile${command ? ": " + markdownCode(command) : ""}`, "");
  const cats = [["js", cols.native ? "JS" : "CPU"]];
  if (cols.native) cats.push(["native", "native"]);
  if (cols.system) cats.push(["system", "system"]);
  if (cols.gc) cats.push(["gc", "GC"]);
  const head = [`**Source:** ${escapeMarkdown(profile.meta.source_format)}`];
  if (profile.meta.elapsed_s > 0) head.push(`**Elapsed:** ${formatSeconds(profile.meta.elapsed_s)}`);
  if (cols.cpu) {
    const split = cats.map(([k, label]) => `${label} ${formatSeconds(T[k])}${T.all > 0 ? ` (${share(T[k], T.all) || "0 %"})` : ""}`);
    if (T.unattributed > 0) split.push(`unattributed ${formatSeconds(T.unattributed)}`);
    head.push(`**Time:** ${split.join(" \xB7 ")}`);
  }
  if (cols.memory && T.alloc !== void 0) head.push(`**Allocated:** ${formatBytes(T.alloc)}`);
  if (cols.memory && T.peak !== void 0) head.push(`**Peak:** ${formatBytes(T.peak)}`);
  if (cols.copy && T.copy !== void 0) head.push(`**Copied:** ${formatBytes(T.copy)}`);
  if (cols.gpu && T.gpu_s !== void 0) head.push(`**GPU:** ${formatSeconds(T.gpu_s)}`);
  out.push(head.join(" \xB7 "), "");
  const byTime = view.files.some((f) => f.total > 0);
  const lines = view.files.flatMap((f) => f.lines.map((l) => ({ f, l }))).filter(({ l }) => byTime ? l.total > 0 : (l.alloc ?? 0) > 0 || l.leak !== void 0).sort((a, b) => byTime ? b.l.total - a.l.total : (b.l.alloc ?? 0) - (a.l.alloc ?? 0)).slice(0, opts.topLines ?? 10);
  if (lines.length > 0) {
    const header = ["Line", "Function"];
    const align = ["l", "l"];
    if (cols.cpu) {
      header.push("Time", "Share", ...cats.map((c) => c[1]));
      align.push("r", "r", ...cats.map(() => "r"));
    }
    if (cols.memory) {
      header.push("Alloc", "Peak");
      align.push("r", "r");
      if (cols.copy) {
        header.push("Copy");
        align.push("r");
      }
    }
    if (cols.gpu) {
      header.push("GPU");
      align.push("r");
    }
    header.push("Notes", "Source");
    align.push("l", "l");
    const rows = lines.map(({ f, l }) => {
      const r = [`${escapeMarkdown(f.path)}:${l.line}`, l.fn === null ? "" : escapeMarkdown(l.fn)];
      if (cols.cpu) r.push(sec(l.total), share(l.total, T.all), ...cats.map(([k]) => sec(l[k])));
      if (cols.memory) {
        r.push(bytes(l.alloc), bytes(l.peak));
        if (cols.copy) r.push(bytes(l.copy));
      }
      if (cols.gpu) r.push(sec(l.gpu_s));
      const notes = [];
      if (l.leak) notes.push(`likely leak (${(100 * l.leak.likelihood).toFixed(0)} %, ${formatBytes(l.leak.velocity_bytes_per_s)}/s)`);
      if (view.hot && view.hot.file === f.path && view.hot.line === l.line) notes.unshift("hottest");
      r.push(notes.join(", "));
      const src = f.source && l.line <= f.source.length ? f.source[l.line - 1].trim() : "";
      r.push(src === "" ? "" : markdownCode(src.length > 120 ? src.slice(0, 117) + "..." : src));
      return r;
    });
    out.push(`${h}# Hottest lines`, "", table(header, align, rows), "");
  } else {
    out.push("_No line of a profiled file was charged anything._", "");
  }
  const fns = [...view.functions].sort((a, b) => byTime ? b.total - a.total : (b.alloc ?? 0) - (a.alloc ?? 0)).filter((f) => byTime ? f.total > 0 : (f.alloc ?? 0) > 0).slice(0, opts.topFunctions ?? 10);
  if (fns.length > 0) {
    const header = ["Function", "Lines"];
    const align = ["l", "l"];
    if (cols.cpu) {
      header.push("Time", "Share", ...cats.map((c) => c[1]));
      align.push("r", "r", ...cats.map(() => "r"));
    }
    if (cols.memory) {
      header.push("Alloc", "Peak");
      align.push("r", "r");
    }
    const rows = fns.map((f) => {
      const r = [escapeMarkdown(f.name), `${escapeMarkdown(f.file)}:${f.line}\u2013${f.end_line}`];
      if (cols.cpu) r.push(sec(f.total), share(f.total, T.all), ...cats.map(([k]) => sec(f[k])));
      if (cols.memory) r.push(bytes(f.alloc), bytes(f.peak));
      return r;
    });
    out.push(`${h}# Functions`, "", table(header, align, rows), "");
  }
  if (view.missing.length > 0) out.push(`**Not in this profile:** ${view.missing.map(escapeMarkdown).join("; ")}.`, "");
  if (view.warnings.length > 0) {
    out.push("<details><summary>Notes on this profile</summary>", "", ...view.warnings.map((w) => `- ${escapeMarkdown(w)}`), "", "</details>", "");
  }
  return out.join("\n");
}

// src/cli/report.ts
var REPORT_USAGE = `usage: scalene-ci report PROFILE [options]
  PROFILE                       a scalene-ci profile, Scalene JSON, V8 .cpuprofile or
                                .heapprofile, or a pprof file written by this command
  --format F                    text | markdown | html | speedscope | pprof
                                (default: from --out's extension, else text)
  --out FILE                    write to FILE instead of stdout (required for pprof)
  --top N                       markdown: lines and functions listed (default 10)
  --reduced-profile             text: only lines above the threshold
  --cpu-percent-threshold PCT   text: threshold for --reduced-profile and highlighting (default 1)
  --color / --no-color          text: force colours on or off (default: on for a terminal)`;
var REPORT_FORMATS = ["text", "markdown", "html", "speedscope", "pprof"];
function formatFromPath(path) {
  const p = path.toLowerCase();
  if (p.endsWith(".html") || p.endsWith(".htm")) return "html";
  if (p.endsWith(".md") || p.endsWith(".markdown")) return "markdown";
  if (p.endsWith(".speedscope.json")) return "speedscope";
  if (p.endsWith(".pb.gz") || p.endsWith(".pprof") || p.endsWith(".pb")) return "pprof";
  if (p.endsWith(".txt")) return "text";
  return null;
}
function parseReportArgs(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        top: { type: "string" },
        "reduced-profile": { type: "boolean" },
        "cpu-percent-threshold": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    throw new UsageError(`report: ${e instanceof Error ? e.message : String(e)}`);
  }
  const v = parsed.values;
  if (v.help) return "help";
  if (parsed.positionals.length !== 1) {
    throw new UsageError(`report: expected one PROFILE, got ${parsed.positionals.length === 0 ? "none" : parsed.positionals.length} (see scalene-ci report --help)`);
  }
  const out = v.out ?? null;
  let format;
  if (v.format !== void 0) {
    if (!REPORT_FORMATS.includes(v.format)) {
      throw new UsageError(`report: --format must be one of ${REPORT_FORMATS.join(", ")}, got ${JSON.stringify(v.format)}`);
    }
    format = v.format;
  } else format = out && formatFromPath(out) || "text";
  if (format === "pprof" && out === null) throw new UsageError("report: --format pprof writes binary data; give --out FILE (e.g. profile.pb.gz)");
  const top = v.top === void 0 ? 10 : Number(v.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`report: --top expects a positive integer, got ${JSON.stringify(v.top)}`);
  const threshold = v["cpu-percent-threshold"] === void 0 ? 1 : Number(v["cpu-percent-threshold"]);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new UsageError(`report: --cpu-percent-threshold expects a percentage (0-100), got ${JSON.stringify(v["cpu-percent-threshold"])}`);
  }
  if (v.color && v["no-color"]) throw new UsageError("report: --color and --no-color contradict each other");
  return {
    profile: parsed.positionals[0],
    format,
    out,
    top,
    reduced: v["reduced-profile"] ?? false,
    cpuPercentThreshold: threshold,
    color: v.color ? true : v["no-color"] ? false : null
  };
}
async function readAnyProfile(path, cwd) {
  let fh;
  try {
    try {
      fh = await open(resolve(cwd, path), constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT") throw new InputError(`${path}: no such file`);
      if (code === "EISDIR") throw new InputError(`${path}: is a directory, expected a profile file`);
      if (code === "EACCES") throw new InputError(`${path}: permission denied`);
      throw new InputError(`${path}: cannot read (${code ?? String(e)})`);
    }
    const st = await fh.stat();
    if (st.isDirectory()) throw new InputError(`${path}: is a directory, expected a profile file`);
    if (!st.isFile()) throw new InputError(`${path}: not a regular file (a device, FIFO or socket), expected a profile file`);
    if (st.size > MAX_PROFILE_BYTES) throw new InputError(`${path}: the file is larger than the limit of ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
    let bytes2;
    try {
      bytes2 = await fh.readFile();
    } catch (e) {
      throw new InputError(`${path}: cannot read (${e.code ?? String(e)})`);
    }
    if (bytes2.length > MAX_PROFILE_BYTES) throw new InputError(`${path}: the file is larger than the limit of ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
    return loadAnyProfileBytes(bytes2, path);
  } finally {
    await fh?.close();
  }
}
function renderReport(profile, opts) {
  switch (opts.format) {
    case "text":
      return renderText(profile, { color: opts.color, reduced: opts.reduced, cpuPercentThreshold: opts.cpuPercentThreshold });
    case "markdown":
      return renderProfileMarkdown(profile, { topLines: opts.top, topFunctions: opts.top });
    case "html":
      return renderProfileHtml(profile);
    case "speedscope":
      return JSON.stringify(exportSpeedscope(profile, profile.meta.command.join(" ") || "scalene-ci profile")) + "\n";
    case "pprof":
      return exportPprof(profile);
  }
}
async function reportCommand(args, io) {
  const opts = parseReportArgs(args);
  if (opts === "help") {
    io.stdout(REPORT_USAGE + "\n");
    return 0;
  }
  const profile = await readAnyProfile(opts.profile, io.cwd);
  const color = opts.color ?? (opts.out === null && io.isTTY);
  const output = renderReport(profile, { ...opts, color });
  if (opts.out === null) {
    if (typeof output !== "string") throw new UsageError("report: binary output needs --out FILE");
    io.stdout(output);
    return 0;
  }
  try {
    await writeFile(resolve(io.cwd, opts.out), output);
  } catch (e) {
    throw new UsageError(`report: cannot write ${opts.out} (${e.code ?? String(e)})`);
  }
  io.stderr(`scalene-ci: wrote ${opts.format} report to ${opts.out}
`);
  return 0;
}
export {
  REPORT_FORMATS,
  REPORT_USAGE,
  parseReportArgs,
  readAnyProfile,
  renderReport,
  reportCommand
};
