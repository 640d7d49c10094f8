// The self-contained HTML report of one profile: summary, per-file annotated source with
// stacked JS / native / system / GC bars, memory columns with sparklines, leak and copy
// markers, GPU columns when there was GPU time, and a sortable function table.
//
// Pure: a validated profile in, one HTML string out. `profileView` derives everything the
// page shows from the profile (the same model every other output reads); the page script
// (PROFILE_SCRIPT) only lays it out, inserting text with textContent.
import { type FileProfile, type LineProfile, type Profile, maxOf, totalSeconds } from '../model/profile.js';
import { enclosingFunction } from '../export/frames.js';
import { htmlPage } from './html-assets.js';
import { byCodeUnits } from '../sorted.js';

export interface LineView {
  line: number;
  fn: string | null;
  js: number;
  native: number;
  system: number;
  gc: number;
  total: number;
  samples: number;
  alloc?: number;
  alloc_js?: number;
  peak?: number;
  net?: number;
  copy?: number;
  timeline?: Array<[number, number]>;
  leak?: { likelihood: number; velocity_bytes_per_s: number };
  gpu_s?: number;
  gpu_util?: number;
  gpu_mem?: number;
}

export interface FileView {
  path: string;
  total: number;
  alloc: number;
  /** Source split into lines (index 0 is line 1), or null when the profile has none. */
  source: string[] | null;
  lines: LineView[];
}

export interface FunctionView {
  name: string;
  file: string;
  line: number;
  end_line: number;
  js: number;
  native: number;
  system: number;
  gc: number;
  total: number;
  samples: number;
  alloc?: number;
  peak?: number;
  copy?: number;
  gpu_s?: number;
}

export interface ProfileView {
  title: string;
  facts: Array<[string, string]>;
  missing: string[];
  warnings: string[];
  /** Which columns the page shows: a capability the source format lacks gets no column. */
  cols: { cpu: boolean; native: boolean; system: boolean; gc: boolean; memory: boolean; copy: boolean; gpu: boolean };
  totals: { js: number; native: number; system: number; gc: number; unattributed: number; all: number; alloc?: number; peak?: number; copy?: number; gpu_s?: number };
  elapsed_s: number;
  /** The hottest line (most time; most allocation when the profile has no time). */
  hot: { file: string; line: number } | null;
  /** Lines at or above this share of all time are highlighted as warm. */
  warm_share: number;
  /** Lines at or above this share of all copy volume get a copy marker. */
  copy_share: number;
  max_line_s: number;
  files: FileView[];
  functions: FunctionView[];
}

const MISSING_LABEL: Record<string, string> = {
  caller_lines: 'time in callees is not charged to the calling line',
  native_split: 'no JS / native split (all CPU time shown as JS)',
  system_time: 'no system (off-CPU) time',
  gc_time: 'no garbage-collection time',
  memory: 'no memory figures',
  copy: 'no copy volume',
  gpu: 'no GPU figures',
  function_ranges: 'function end lines are estimated',
  cpu: 'no CPU time',
  sources: 'no source text',
};

function allocOf(m: { alloc_js_bytes?: number; alloc_native_bytes?: number }): number | undefined {
  if (m.alloc_js_bytes === undefined && m.alloc_native_bytes === undefined) return undefined;
  return (m.alloc_js_bytes ?? 0) + (m.alloc_native_bytes ?? 0);
}

function lineView(f: FileProfile, l: LineProfile): LineView {
  const fn = enclosingFunction(f, l.line);
  const v: LineView = {
    line: l.line,
    fn: fn ? fn.name : null,
    js: l.cpu_js_s,
    native: l.cpu_native_s,
    system: l.system_s,
    gc: l.gc_s,
    total: totalSeconds(l),
    samples: l.samples,
  };
  const alloc = allocOf(l);
  if (alloc !== undefined) {
    v.alloc = alloc;
    v.alloc_js = l.alloc_js_bytes ?? 0;
  }
  if (l.peak_bytes !== undefined) v.peak = l.peak_bytes;
  if (l.net_bytes !== undefined) v.net = l.net_bytes;
  if (l.copy_bytes !== undefined) v.copy = l.copy_bytes;
  if (l.timeline && l.timeline.length > 0) v.timeline = l.timeline;
  if (l.leak) v.leak = l.leak;
  if (l.gpu_s !== undefined) v.gpu_s = l.gpu_s;
  if (l.gpu_util !== undefined) v.gpu_util = l.gpu_util;
  if (l.gpu_mem_peak_bytes !== undefined) v.gpu_mem = l.gpu_mem_peak_bytes;
  return v;
}

/** Everything the page shows, derived from the profile alone. */
export function profileView(profile: Profile, title?: string): ProfileView {
  const { meta, totals } = profile;
  const missing = new Set(meta.missing);
  const anyGpu = Object.values(profile.files).some((f) => f.lines.some((l) => l.gpu_s !== undefined && l.gpu_s > 0));
  const cols = {
    cpu: !missing.has('cpu'),
    native: !missing.has('cpu') && !missing.has('native_split'),
    system: !missing.has('cpu') && !missing.has('system_time'),
    gc: !missing.has('cpu') && !missing.has('gc_time'),
    memory: meta.mode === 'full' && !missing.has('memory'),
    copy: meta.mode === 'full' && !missing.has('copy'),
    gpu: meta.gpu !== null || anyGpu,
  };

  const files: FileView[] = Object.entries(profile.files).map(([path, f]) => {
    const lines = f.lines.map((l) => lineView(f, l));
    return {
      path,
      total: lines.reduce((a, l) => a + l.total, 0),
      alloc: lines.reduce((a, l) => a + (l.alloc ?? 0), 0),
      source: f.source === null ? null : f.source.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n'),
      lines,
    };
  });
  // Hottest files first; by allocation when there is no time (heap profiles).
  files.sort((a, b) => b.total - a.total || b.alloc - a.alloc || byCodeUnits(a.path, b.path));

  let hot: ProfileView['hot'] = null;
  let best = 0;
  const byTime = files.some((f) => f.total > 0);
  for (const f of files) {
    for (const l of f.lines) {
      const v = byTime ? l.total : (l.alloc ?? 0);
      if (v > best) {
        best = v;
        hot = { file: f.path, line: l.line };
      }
    }
  }

  const functions: FunctionView[] = [];
  for (const [path, f] of Object.entries(profile.files)) {
    for (const fn of f.functions) {
      const v: FunctionView = {
        name: fn.name,
        file: path,
        line: fn.line,
        end_line: fn.end_line,
        js: fn.cpu_js_s,
        native: fn.cpu_native_s,
        system: fn.system_s,
        gc: fn.gc_s,
        total: totalSeconds(fn),
        samples: fn.samples,
      };
      const alloc = allocOf(fn);
      if (alloc !== undefined) v.alloc = alloc;
      if (fn.peak_bytes !== undefined) v.peak = fn.peak_bytes;
      if (fn.copy_bytes !== undefined) v.copy = fn.copy_bytes;
      if (fn.gpu_s !== undefined) v.gpu_s = fn.gpu_s;
      functions.push(v);
    }
  }

  const facts: Array<[string, string]> = [['Source', `${meta.source_format} (${meta.tool}${meta.tool_version && meta.tool_version !== 'unknown' ? ' ' + meta.tool_version : ''})`]];
  if (meta.command.length > 0) facts.push(['Command', meta.command.join(' ')]);
  // A heap profile records no time at all: say nothing rather than "0 s".
  if (meta.elapsed_s > 0) facts.push(['Elapsed', `${meta.elapsed_s.toFixed(3)} s`]);
  if (meta.sampling_interval_ms > 0) facts.push(['Sampling interval', `${meta.sampling_interval_ms.toFixed(2)} ms`]);
  facts.push(['Mode', missing.has('cpu') ? 'memory only' : meta.mode === 'full' ? 'CPU + memory' : 'CPU only']);
  if (meta.runs > 1) facts.push(['Runs', String(meta.runs)]);
  if (meta.node_version) facts.push(['Node', meta.node_version]);
  if (meta.platform !== 'unknown') facts.push(['Platform', `${meta.platform}/${meta.arch}`]);
  if (meta.cpu_model) facts.push(['CPU', `${meta.cpu_model}${meta.cpu_count ? ' × ' + meta.cpu_count : ''}`]);
  if (meta.gpu) facts.push(['GPU', meta.gpu.devices.join(', ') || 'yes']);
  if (meta.git_sha) facts.push(['Commit', meta.git_sha.slice(0, 12)]);
  if (meta.start_time) facts.push(['Started', meta.start_time]);
  if (!meta.complete) facts.push(['Complete', 'no: the program crashed or was killed; figures cover what was collected']);

  const alloc = allocOf(totals);
  const all = totalSeconds(totals) + totals.unattributed_s;
  return {
    title: title ?? `Profile: ${meta.command.join(' ') || meta.source_format}`,
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
      ...(alloc !== undefined ? { alloc } : {}),
      ...(totals.peak_footprint_bytes !== undefined ? { peak: totals.peak_footprint_bytes } : totals.peak_bytes !== undefined ? { peak: totals.peak_bytes } : {}),
      ...(totals.copy_bytes !== undefined ? { copy: totals.copy_bytes } : {}),
      ...(totals.gpu_s !== undefined ? { gpu_s: totals.gpu_s } : {}),
    },
    elapsed_s: meta.elapsed_s,
    hot,
    warm_share: 0.05,
    copy_share: 0.05,
    max_line_s: maxOf(files.flatMap((f) => f.lines.map((l) => l.total)), 0),
    files,
    functions,
  };
}

export function renderProfileHtml(profile: Profile, opts: { title?: string } = {}): string {
  const view = profileView(profile, opts.title);
  return htmlPage({ title: view.title, script: PROFILE_SCRIPT, data: view });
}

/** The page script: lays out `data` (a ProfileView). No backticks or template holes inside. */
const PROFILE_SCRIPT = String.raw`
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
