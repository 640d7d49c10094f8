// Shared pieces of the self-contained HTML reports (profile and diff): the page shell with
// its Content-Security-Policy, the safe JSON embedding, the CSS and the client script.
//
// Safety model (the profiled code is untrusted PR code):
// - All data is embedded once as JSON in <script type="application/json">, never executed;
//   '<' is written as \u003c so no "</script>" or "<!--" in a file name can end the block.
// - The client script inserts every code-derived string with textContent / setAttribute,
//   never innerHTML; the only server-side text (the <title>) goes through escapeHtml.
// - The CSP allows exactly our inline script and style (by SHA-256) and nothing from the
//   network, so the page works from an artifact download and can load nothing else.
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';

/** JSON for a <script type="application/json"> block: nothing in it can close the element. */
export function embedJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

export interface PageParts {
  title: string;
  /** Page-specific CSS appended to the shared CSS. */
  css?: string;
  /** Page-specific script; runs after SHARED_JS with `data` in scope. */
  script: string;
  data: unknown;
}

/** A complete, self-contained HTML document. */
export function htmlPage(parts: PageParts): string {
  const css = BASE_CSS + (parts.css ?? '');
  const js = `(function () {\n'use strict';\nvar data = JSON.parse(document.getElementById('report-data').textContent);\n${SHARED_JS}\n${parts.script}\n})();\n`;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(js)}'`,
    `style-src 'sha256-${sha256(css)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<main id="app"><noscript>This report is drawn by an inline script; open it in a browser with JavaScript enabled.</noscript></main>',
    `<script type="application/json" id="report-data">${embedJson(parts.data)}</script>`,
    `<script>${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const BASE_CSS = `
:root { --js: #3b82f6; --native: #10b981; --system: #f59e0b; --gc: #a855f7; --gpu: #ec4899; --unattr: #cbd5e1;
  --bad: #dc2626; --bad-bg: #fee2e2; --good: #15803d; --good-bg: #dcfce7; --hot-bg: #fde68a; --warm-bg: #fef9c3;
  --fg: #111827; --muted: #6b7280; --line: #e5e7eb; --bg: #ffffff; --code-bg: #f9fafb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { padding: 16px 24px 48px; max-width: 1600px; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 8px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
.muted { color: var(--muted); }
.facts { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 8px 0; padding: 0; list-style: none; }
.facts li b { font-weight: 600; margin-right: 4px; }
.notes { margin: 8px 0; padding-left: 20px; color: var(--muted); font-size: 13px; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 12px; margin: 6px 0; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; border-radius: 2px; background: var(--c); }
.sw-js { --c: var(--js); } .sw-native { --c: var(--native); } .sw-system { --c: var(--system); } .sw-gc { --c: var(--gc); } .sw-unattr { --c: var(--unattr); } .sw-gpu { --c: var(--gpu); }
.bar { display: flex; height: 12px; min-width: 120px; background: #f3f4f6; border-radius: 2px; overflow: hidden; }
.bar.big { height: 18px; max-width: 720px; }
.bar span { display: block; height: 100%; }
.seg-js { background: var(--js); } .seg-native { background: var(--native); } .seg-system { background: var(--system); } .seg-gc { background: var(--gc); } .seg-unattr { background: var(--unattr); } .seg-gpu { background: var(--gpu); }
table { border-collapse: collapse; width: 100%; }
table.sides, table.totals { width: auto; min-width: 480px; }
th, td { padding: 2px 6px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; white-space: nowrap; }
th { font-weight: 600; font-size: 12px; background: #f3f4f6; position: sticky; top: 0; z-index: 1; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th.sortable { cursor: pointer; user-select: none; }
th.sortable::after { content: " \\2195"; color: var(--muted); font-size: 10px; }
th[aria-sort="ascending"]::after { content: " \\25B2"; color: var(--fg); }
th[aria-sort="descending"]::after { content: " \\25BC"; color: var(--fg); }
td.src { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 32ch; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code-bg); width: 100%; }
td.ln { color: var(--muted); text-align: right; font: 12px ui-monospace, monospace; }
tr.ctx td { color: var(--muted); }
tr.ctx td.src { color: #4b5563; }
tr.warm td { background: var(--warm-bg); }
tr.hot td { background: var(--hot-bg); font-weight: 600; }
tr.hot td.ln { color: var(--bad); }
tr.hot { outline: 2px solid var(--bad); outline-offset: -2px; }
.marker { display: inline-block; padding: 0 5px; margin-right: 3px; border-radius: 8px; font-size: 11px; font-weight: 600; }
.marker.leak { background: var(--bad-bg); color: var(--bad); }
.marker.copy { background: #e0e7ff; color: #3730a3; }
.marker.changed { background: #e5e7eb; color: #374151; }
svg.spark { width: 120px; height: 18px; display: block; }
svg.spark polyline { fill: none; stroke: #0f766e; stroke-width: 1.5; }
.file-head { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.file-head .path { font-family: ui-monospace, monospace; }
.scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; }
label.toggle { font-size: 12px; color: var(--muted); }
.verdict { display: inline-block; padding: 4px 10px; border-radius: 4px; font-weight: 700; }
.verdict.regression { background: var(--bad-bg); color: var(--bad); }
.verdict.improvement { background: var(--good-bg); color: var(--good); }
.verdict.no-change { background: #f3f4f6; color: #374151; }
.verdict.inconclusive { background: #fef3c7; color: #92400e; }
tr.regressed td { background: var(--bad-bg); }
tr.improved td { background: var(--good-bg); }
tr.regressed td.delta { color: var(--bad); font-weight: 700; }
tr.improved td.delta { color: var(--good); font-weight: 700; }
.arrow { color: var(--muted); padding: 0 3px; }
`;

/**
 * Helpers every page script uses. Plain ES5-style code in a string (no backticks or
 * template holes, so it survives being embedded in this TypeScript template literal).
 */
export const SHARED_JS = String.raw`
var SVGNS = 'http://www.w3.org/2000/svg';
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function add(parent) {
  for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
  return parent;
}
function fmtS(s) {
  if (s === undefined || s === null || !isFinite(s)) return '';
  var a = Math.abs(s);
  if (a === 0) return '0';
  if (a >= 100) return s.toFixed(0) + ' s';
  if (a >= 1) return s.toFixed(2) + ' s';
  if (a >= 0.001) return (s * 1000).toFixed(a >= 0.1 ? 0 : 1) + ' ms';
  return (s * 1e6).toFixed(0) + ' \u00b5s';
}
function fmtB(b) {
  if (b === undefined || b === null || !isFinite(b)) return '';
  var a = Math.abs(b);
  if (a === 0) return '0';
  var units = ['B', 'KB', 'MB', 'GB', 'TB'];
  var i = 0;
  while (a >= 1024 && i < units.length - 1) { a /= 1024; b /= 1024; i++; }
  return b.toFixed(a >= 100 || i === 0 ? 0 : 1) + ' ' + units[i];
}
function fmtPct(part, whole) {
  if (!(whole > 0) || !(part > 0)) return '';
  var p = 100 * part / whole;
  return p >= 10 ? p.toFixed(0) + '%' : p >= 0.1 ? p.toFixed(1) + '%' : '<0.1%';
}
function fmtNum(n, digits) {
  if (n === undefined || n === null || !isFinite(n)) return '';
  return Number(n).toFixed(digits === undefined ? 0 : digits);
}
// A stacked bar: parts is [[cssName, value, label], ...], scale is the value of a full bar.
function stackedBar(parts, scale, big) {
  var bar = el('div', big ? 'bar big' : 'bar');
  var tip = [];
  for (var i = 0; i < parts.length; i++) {
    var v = parts[i][1];
    if (!(v > 0) || !(scale > 0)) continue;
    var seg = el('span', 'seg-' + parts[i][0]);
    seg.style.width = Math.min(100, 100 * v / scale) + '%';
    bar.appendChild(seg);
    tip.push(parts[i][2] + ' ' + fmtS(v));
  }
  bar.title = tip.join(', ');
  return bar;
}
// Inline SVG sparkline of [seconds, bytes] points over [t0, t1].
function sparkline(points, t0, t1) {
  if (!points || points.length === 0) return null;
  var svg = document.createElementNS(SVGNS, 'svg');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('viewBox', '0 0 100 20');
  svg.setAttribute('preserveAspectRatio', 'none');
  var hi = 0;
  for (var i = 0; i < points.length; i++) hi = Math.max(hi, points[i][1]);
  var span = t1 > t0 ? t1 - t0 : 1;
  var pts = [];
  var list = points.length === 1 ? [[t0, points[0][1]], points[0]] : points;
  for (var j = 0; j < list.length; j++) {
    var x = Math.max(0, Math.min(100, 100 * (list[j][0] - t0) / span));
    var y = hi > 0 ? 19 - 18 * Math.max(0, list[j][1]) / hi : 19;
    pts.push(x.toFixed(2) + ',' + y.toFixed(2));
  }
  var line = document.createElementNS(SVGNS, 'polyline');
  line.setAttribute('points', pts.join(' '));
  svg.appendChild(line);
  var title = document.createElementNS(SVGNS, 'title');
  title.textContent = 'memory footprint over time, peak ' + fmtB(hi);
  svg.appendChild(title);
  return svg;
}
// Sortable table. columns: [{title, key, type: 'num'|'str', cls, cell(rec) -> Node|string}].
// Clicking a header sorts by it; clicking it again reverses the order.
function sortableTable(columns, records, initialKey, cls) {
  var table = el('table', cls || 'sortable');
  var thead = el('thead');
  var hr = el('tr');
  var tbody = el('tbody');
  var state = { key: null, dir: 1 };
  var ths = [];
  function render() {
    var sorted = records.slice();
    if (state.key !== null) {
      var col = columns.filter(function (c) { return c.key === state.key; })[0];
      sorted.sort(function (a, b) {
        var x = a[state.key], y = b[state.key];
        if (col.type === 'num') { x = typeof x === 'number' ? x : -Infinity; y = typeof y === 'number' ? y : -Infinity; return (x - y) * state.dir; }
        return String(x).localeCompare(String(y)) * state.dir;
      });
    }
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    sorted.forEach(function (rec) {
      var tr = el('tr');
      if (rec._cls) tr.className = rec._cls;
      columns.forEach(function (c) {
        var td = el('td', c.cls || (c.type === 'num' ? 'num' : ''));
        var v = c.cell ? c.cell(rec) : rec[c.key];
        if (v instanceof Node) td.appendChild(v); else if (v !== undefined && v !== null) td.textContent = String(v);
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    ths.forEach(function (th, i) {
      var key = columns[i].key;
      if (!columns[i].sortable) return;
      th.setAttribute('aria-sort', key === state.key ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }
  columns.forEach(function (c) {
    var th = el('th', (c.type === 'num' ? 'num ' : '') + (c.sortable ? 'sortable' : ''), c.title);
    if (c.sortable) {
      th.setAttribute('data-key', c.key);
      th.setAttribute('role', 'columnheader');
      th.tabIndex = 0;
      var go = function () {
        if (state.key === c.key) state.dir = -state.dir;
        else { state.key = c.key; state.dir = c.type === 'num' ? -1 : 1; }
        render();
      };
      th.addEventListener('click', go);
      th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
    }
    ths.push(th);
    hr.appendChild(th);
  });
  thead.appendChild(hr);
  table.appendChild(thead);
  table.appendChild(tbody);
  if (initialKey) {
    var ic = columns.filter(function (c) { return c.key === initialKey; })[0];
    state.key = initialKey;
    state.dir = ic && ic.type === 'num' ? -1 : 1;
  }
  render();
  return table;
}
function factsList(facts) {
  var ul = el('ul', 'facts');
  facts.forEach(function (f) {
    var li = el('li');
    add(li, el('b', '', f[0] + ':'), document.createTextNode(f[1]));
    ul.appendChild(li);
  });
  return ul;
}
function notes(list) {
  if (!list || list.length === 0) return null;
  var ul = el('ul', 'notes');
  list.forEach(function (t) { ul.appendChild(el('li', '', t)); });
  return ul;
}
function legend(items) {
  var d = el('div', 'legend');
  items.forEach(function (it) { d.appendChild(el('span', 'sw-' + it[0], it[1])); });
  return d;
}
`;
