// The self-contained HTML report of a comparison (`compare --format html`): verdict,
// base → head totals, a per-file diff view of the lines that regressed (red) or improved
// (green) with their base → head figures and time split, and a sortable findings table.
//
// Pure: a DiffResult in, one HTML string out. Figures are formatted here with the same
// helpers as the text and Markdown diff, so every output says the same thing.
import type { DiffResult, Finding, FindingKind, TotalsSnapshot } from '../compare/types.js';
import { FINDING_KINDS } from '../compare/types.js';
import { categoryLabel, isPythonDiff, KIND_LABEL, inconclusiveSentence, formatBytes, formatMetric, formatPValue, formatPercent, formatSeconds, formatSigned, metricValue } from '../compare/format.js';
import { htmlPage } from './html-assets.js';
import { TAU_PROGRAM } from '../compare/significance.js';
import { maxOf } from '../model/profile.js';
import { byCodeUnits } from '../sorted.js';

export interface FindingRow {
  id: string;
  kind: FindingKind;
  kind_label: string;
  what: string;
  file: string;
  line: number;
  base_file: string | null;
  base_line: number | null;
  location: 'head' | 'base';
  where: string;
  function: string | null;
  source: string | null;
  base_text: string;
  head_text: string;
  delta_text: string;
  rel_text: string;
  p_text: string;
  /** Numbers for sorting. */
  delta: number;
  rel: number | null;
  p: number | null;
  improvement: boolean;
  changed: boolean;
  message: string;
  /** CPU split [js, native, system, gc] in seconds on each side, for the bars. */
  base_split: [number, number, number, number];
  head_split: [number, number, number, number];
  base_present: boolean;
}

export interface DiffView {
  title: string;
  verdict: DiffResult['summary']['verdict'];
  verdict_text: string;
  counts: Array<[string, number, number]>;
  totals: Array<{ label: string; base: string; head: string; delta: string; worse: boolean | null }>;
  sides: Array<[string, string, string]>;
  files: DiffResult['summary']['files'];
  warnings: string[];
  groups: Array<{ file: string; base_file: string | null; rows: FindingRow[] }>;
  rows: FindingRow[];
  scale_s: number;
}

const split = (s: Finding['base']): [number, number, number, number] => [s.cpu_js_s, s.cpu_native_s, s.system_s, s.gc_s];

function row(f: Finding, i: number, python = false): FindingRow {
  const base = metricValue(f, 'base');
  const head = metricValue(f, 'head');
  const baseWhere = f.base_line !== null ? `${f.base_file ?? f.file}:${f.base_line}` : 'new';
  const headWhere = f.location === 'head' ? `${f.file}:${f.line}` : 'removed';
  const scope = f.scope === 'function' ? `function ${f.function ?? ''}`.trim() : 'line';
  const what = f.category && f.category !== 'total' ? `${categoryLabel(f.category, python)} time` : f.metric.replace(/_/g, ' ');
  return {
    id: `finding-${i}`,
    kind: f.kind,
    kind_label: KIND_LABEL[f.kind],
    what: `${scope}: ${what}`,
    file: f.file,
    line: f.line,
    base_file: f.base_file,
    base_line: f.base_line,
    location: f.location,
    where: f.location === 'base' ? baseWhere : f.base_line !== null && (f.base_line !== f.line || (f.base_file ?? f.file) !== f.file) ? `${baseWhere} → ${headWhere}` : headWhere,
    function: f.function,
    source: f.source_line,
    base_text: f.base.present ? formatMetric(f, base) : '—',
    head_text: f.head.present ? formatMetric(f, head) : '—',
    delta_text: formatSigned(formatMetric(f, f.delta), f.delta),
    rel_text: f.relative_delta === null ? 'new' : formatSigned(formatPercent(f.relative_delta), f.relative_delta),
    p_text: formatPValue(f.p_value),
    delta: f.delta,
    rel: f.relative_delta,
    p: f.p_value,
    improvement: f.improvement,
    changed: f.changed_in_head,
    message: f.message,
    base_split: split(f.base),
    head_split: split(f.head),
    base_present: f.base.present,
  };
}

/**
 * A total is coloured only when it moved beyond run-to-run noise: two program-level spreads
 * (TAU_PROGRAM, on log time) for these run counts. Smaller changes are left neutral: a red
 * "+4 %" on identical code is exactly what a reader should not act on.
 */
export function totalsNoise(baseRuns: number, headRuns: number): number {
  return Math.exp(2 * TAU_PROGRAM * Math.sqrt(1 / Math.max(1, baseRuns) + 1 / Math.max(1, headRuns))) - 1;
}

function totalsRows(b: TotalsSnapshot, h: TotalsSnapshot, python = false, noise = 0): DiffView['totals'] {
  const out: DiffView['totals'] = [];
  const t = (label: string, x: number | undefined, y: number | undefined, fmt: (v: number) => string, higherIsWorse = true) => {
    if (x === undefined && y === undefined) return;
    const bx = x ?? 0;
    const hy = y ?? 0;
    const d = hy - bx;
    const lo = Math.min(bx, hy);
    const beyond = d !== 0 && (lo <= 0 || Math.max(bx, hy) / lo - 1 > noise);
    out.push({ label, base: x === undefined ? '—' : fmt(bx), head: y === undefined ? '—' : fmt(hy), delta: formatSigned(fmt(d), d), worse: beyond ? (d > 0) === higherIsWorse : null });
  };
  t('Elapsed', b.elapsed_s, h.elapsed_s, formatSeconds);
  t('Time in profiled code', b.attributed_s, h.attributed_s, formatSeconds);
  t(python ? 'Python' : 'JS', b.cpu_js_s, h.cpu_js_s, formatSeconds);
  t('Native', b.cpu_native_s, h.cpu_native_s, formatSeconds);
  t('System', b.system_s, h.system_s, formatSeconds);
  t('GC', b.gc_s, h.gc_s, formatSeconds);
  t('Unattributed', b.unattributed_s, h.unattributed_s, formatSeconds);
  t('Allocated', b.alloc_bytes, h.alloc_bytes, formatBytes);
  t('Peak footprint', b.peak_footprint_bytes, h.peak_footprint_bytes, formatBytes);
  t('Copy volume', b.copy_bytes, h.copy_bytes, formatBytes);
  t('GPU time', b.gpu_s, h.gpu_s, formatSeconds);
  return out;
}

export function diffView(diff: DiffResult, title = 'Performance diff: base → head'): DiffView {
  const { summary } = diff;
  const rows = diff.findings.map((f, i) => row(f, i, isPythonDiff(diff)));
  const groups = new Map<string, { file: string; base_file: string | null; rows: FindingRow[] }>();
  for (const r of rows) {
    const key = r.location === 'base' ? (r.base_file ?? r.file) : r.file;
    let g = groups.get(key);
    if (!g) {
      g = { file: key, base_file: r.base_file !== null && r.base_file !== key ? r.base_file : null, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  for (const g of groups.values()) g.rows.sort((a, b) => a.line - b.line || byCodeUnits(a.kind, b.kind));
  const verdictText =
    summary.verdict === 'regression'
      ? `${summary.regressions} regression${summary.regressions === 1 ? '' : 's'}${summary.improvements ? `, ${summary.improvements} improvement${summary.improvements === 1 ? '' : 's'}` : ''}`
      : summary.verdict === 'inconclusive' && summary.inconclusive
        ? `Inconclusive: ${inconclusiveSentence(summary.inconclusive)}`
        : summary.verdict === 'improvement'
          ? `${summary.improvements} improvement${summary.improvements === 1 ? '' : 's'}, no regressions`
          : 'No significant change';
  const out: Array<[string, string, string]> = [];
  const sideFacts = (label: string, get: (s: DiffResult['base']) => string | null) => {
    const b = get(diff.base);
    const h = get(diff.head);
    if (b || h) out.push([label, b ?? '—', h ?? '—']);
  };
  sideFacts('Command', (s) => s.command.join(' ') || null);
  sideFacts('Commit', (s) => (s.git_sha ? s.git_sha.slice(0, 12) : null));
  sideFacts('Runs', (s) => `${s.runs} run${s.runs === 1 ? '' : 's'} in ${s.profiles} profile${s.profiles === 1 ? '' : 's'}`);
  sideFacts('Mode', (s) => (s.mode === 'full' ? 'CPU + memory' : 'CPU only'));
  sideFacts('Node', (s) => s.node_version);
  sideFacts('CPU', (s) => s.cpu_model);
  sideFacts('Tool', (s) => s.tool_version);
  const scale = maxOf(rows.flatMap((r) => [r.base_split, r.head_split].map((x) => x[0] + x[1] + x[2] + x[3])), 0);
  return {
    title,
    verdict: summary.verdict,
    verdict_text: verdictText + (summary.slowdown_ratio !== null ? ` · head/base time ${summary.slowdown_ratio.toFixed(2)}×` : ''),
    counts: FINDING_KINDS.map((k) => [KIND_LABEL[k], summary.by_kind[k]?.regressions ?? 0, summary.by_kind[k]?.improvements ?? 0] as [string, number, number]).filter((c) => c[1] + c[2] > 0),
    totals: totalsRows(summary.totals.base, summary.totals.head, isPythonDiff(diff), totalsNoise(diff.base.runs, diff.head.runs)),
    sides: out,
    files: summary.files,
    warnings: diff.warnings.map((w) => w.message),
    groups: [...groups.values()],
    rows,
    scale_s: scale,
  };
}

export function renderDiffHtml(diff: DiffResult, opts: { title?: string } = {}): string {
  const view = diffView(diff, opts.title);
  return htmlPage({ title: view.title, script: DIFF_SCRIPT, data: view });
}

/** The page script: lays out `data` (a DiffView). No backticks or template holes inside. */
const DIFF_SCRIPT = String.raw`
var app = document.getElementById('app');
add(app, el('h1', '', data.title));
var v = el('div', 'verdict ' + data.verdict, data.verdict_text);
v.id = 'verdict';
app.appendChild(v);
var CATS = [['js', 'JS'], ['native', 'native'], ['system', 'system'], ['gc', 'GC']];

// Sides and totals.
if (data.sides.length) {
  var st = el('table', 'sides');
  var sh = el('tr');
  add(sh, el('th', '', ''), el('th', '', 'Base'), el('th', '', 'Head'));
  add(st, add(el('thead'), sh));
  var sb = el('tbody');
  data.sides.forEach(function (s) { var tr = el('tr'); add(tr, el('th', '', s[0]), el('td', '', s[1]), el('td', '', s[2])); sb.appendChild(tr); });
  st.appendChild(sb);
  app.appendChild(st);
}
app.appendChild(el('h2', '', 'Totals'));
var tt = el('table', 'totals');
tt.id = 'totals';
var th = el('tr');
add(th, el('th', '', 'Measure'), el('th', 'num', 'Base'), el('th', '', ''), el('th', 'num', 'Head'), el('th', 'num', 'Change'));
add(tt, add(el('thead'), th));
var tb = el('tbody');
data.totals.forEach(function (t) {
  var tr = el('tr', t.worse === true ? 'regressed' : t.worse === false ? 'improved' : '');
  add(tr, el('td', '', t.label), el('td', 'num', t.base), el('td', 'arrow', '\u2192'), el('td', 'num', t.head), el('td', 'num delta', t.delta));
  tb.appendChild(tr);
});
tt.appendChild(tb);
app.appendChild(tt);
if (data.counts.length) {
  app.appendChild(factsList(data.counts.map(function (c) { return [c[0], c[1] + ' regressed, ' + c[2] + ' improved']; })));
}
var fl = [];
if (data.files.renamed.length) fl.push('Renamed: ' + data.files.renamed.map(function (r) { return r.base + ' \u2192 ' + r.head; }).join(', '));
if (data.files.added.length) fl.push('Only in head: ' + data.files.added.join(', '));
if (data.files.removed.length) fl.push('Only in base: ' + data.files.removed.join(', '));
if (fl.length) app.appendChild(notes(fl));
if (data.warnings.length) {
  var det = el('details', 'warnings');
  add(det, el('summary', '', 'Notes (' + data.warnings.length + ')'), notes(data.warnings));
  app.appendChild(det);
}

// Per-file diff view.
var dv = el('section', 'diff');
dv.id = 'diff';
dv.appendChild(el('h2', '', 'Changed lines'));
if (data.groups.length === 0) dv.appendChild(el('p', 'muted', 'No line changed significantly.'));
else dv.appendChild(legend([['js', 'JS'], ['native', 'native'], ['system', 'system'], ['gc', 'GC']]));
data.groups.forEach(function (g) {
  var head = el('div', 'file-head');
  add(head, el('h3', 'path', g.file));
  if (g.base_file) head.appendChild(el('span', 'muted', 'was ' + g.base_file));
  dv.appendChild(head);
  var table = el('table', 'difflines');
  var hr = el('tr');
  add(hr, el('th', 'num', 'Base'), el('th', 'num', 'Head'), el('th', '', 'Change'), el('th', '', 'Time split (base over head)'), el('th', 'num', 'Base'), el('th', '', ''), el('th', 'num', 'Head'), el('th', 'num', '\u0394'), el('th', 'num', 'p'), el('th', '', 'Source'));
  add(table, add(el('thead'), hr));
  var body = el('tbody');
  g.rows.forEach(function (r) {
    var tr = el('tr', r.improvement ? 'improved' : 'regressed');
    tr.id = r.id;
    tr.setAttribute('data-kind', r.kind);
    tr.title = r.message;
    add(tr,
      el('td', 'ln', r.base_line === null ? '\u2014' : r.base_line),
      el('td', 'ln', r.location === 'base' ? '\u2014' : r.line));
    var what = el('td', 'what', r.what);
    if (r.changed) what.appendChild(el('span', 'marker changed', 'edited'));
    tr.appendChild(what);
    var bars = el('td', 'bars');
    add(bars,
      stackedBar(CATS.map(function (c, i) { return [c[0], r.base_split[i], 'base ' + c[1]]; }), data.scale_s),
      stackedBar(CATS.map(function (c, i) { return [c[0], r.head_split[i], 'head ' + c[1]]; }), data.scale_s));
    tr.appendChild(bars);
    add(tr, el('td', 'num', r.base_text), el('td', 'arrow', '\u2192'), el('td', 'num', r.head_text), el('td', 'num delta', r.delta_text + ' (' + r.rel_text + ')'), el('td', 'num', r.p_text));
    tr.appendChild(el('td', 'src', r.source === null ? (r.function ? '(in ' + r.function + ')' : '') : r.source));
    body.appendChild(tr);
  });
  table.appendChild(body);
  var wrap = el('div', 'scroll');
  wrap.appendChild(table);
  dv.appendChild(wrap);
});
app.appendChild(dv);

// Sortable findings table.
if (data.rows.length) {
  var fs = el('section', 'findings');
  fs.id = 'findings';
  fs.appendChild(el('h2', '', 'All findings'));
  data.rows.forEach(function (r) { r._cls = r.improvement ? 'improved' : 'regressed'; });
  var t = sortableTable([
    { title: 'Kind', key: 'kind_label', type: 'str', sortable: true },
    { title: 'What', key: 'what', type: 'str', sortable: true },
    { title: 'Where', key: 'where', type: 'str', sortable: true },
    { title: 'Function', key: 'function', type: 'str', sortable: true, cell: function (r) { return r.function || ''; } },
    { title: 'Base', key: 'base_text', type: 'str', cls: 'num' },
    { title: 'Head', key: 'head_text', type: 'str', cls: 'num' },
    { title: '\u0394', key: 'delta', type: 'num', sortable: true, cell: function (r) { return r.delta_text; } },
    { title: 'Relative', key: 'rel', type: 'num', sortable: true, cell: function (r) { return r.rel_text; } },
    { title: 'p', key: 'p', type: 'num', sortable: true, cell: function (r) { return r.p_text; } },
    { title: 'Finding', key: 'message', type: 'str', cls: 'msg' }
  ], data.rows, null, 'findings-table');
  t.id = 'findings-table';
  var w = el('div', 'scroll');
  w.appendChild(t);
  fs.appendChild(w);
  app.appendChild(fs);
}
document.body.setAttribute('data-ready', 'true');
`;
