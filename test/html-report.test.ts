// HTML reports, without a browser: self-contained (nothing external), CSP hashes that match
// the inline code, data embedded so that nothing in it can become markup, and the embedded
// data equal to what the profile says. test/html-browser.test.ts opens them in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { compareProfiles } from '../src/compare/index.js';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { embedJson } from '../src/report/html-assets.js';
import { formatMetric, metricValue } from '../src/compare/format.js';
import { diffView, renderDiffHtml, totalsNoise } from '../src/report/html-diff.js';
import { profileView, renderProfileHtml } from '../src/report/html.js';
import { totalSeconds, type Profile } from '../src/model/profile.js';
import { HOSTILE_FILE, HOSTILE_FUNCTION, HOSTILE_SOURCE, SCALENE_FIXTURES, hostileProfile, mirroredImprovement, scaleneProfile } from './import-fixtures.js';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

function parts(html: string) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)];
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
  return { scripts, styles, csp };
}

/** Checks every HTML report must pass; returns the embedded data. */
function checkPage(html: string, what: string): unknown {
  const { scripts, styles, csp } = parts(html);
  assert.equal((html.match(/<script\b/gi) ?? []).length, 2, `${what}: exactly the data block and our script`);
  assert.equal(scripts.length, 2);
  assert.match(scripts[0]![1]!, /type="application\/json" id="report-data"/);
  assert.equal(scripts[1]![1]!.trim(), '', 'the code block is a plain inline script');
  assert.equal(styles.length, 1);
  // Nothing loads from anywhere: no src/href attributes, no CSS urls or imports.
  const markup = html.replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, '<script$1></script>').replace(/<style>[\s\S]*?<\/style>/i, '<style></style>');
  assert.doesNotMatch(markup, /\s(src|href|srcset|action|poster|data|background)\s*=/i, `${what}: an attribute that loads something`);
  assert.doesNotMatch(markup, /https?:/i, `${what}: a URL in the markup`);
  assert.doesNotMatch(styles[0]![1]!, /url\(|@import/i);
  const code = scripts[1]![2]!;
  assert.deepEqual([...new Set(code.match(/https?:\/\/[^\s'"]+/g) ?? [])], ['http://www.w3.org/2000/svg'], 'the only URL in the code is the SVG namespace');
  assert.doesNotMatch(code, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/, 'no markup from strings');
  // The CSP allows exactly this script and this style, and nothing from the network.
  assert.match(csp, /default-src 'none'/);
  assert.ok(csp.includes(`script-src 'sha256-${sha(code)}'`), `${what}: script hash`);
  assert.ok(csp.includes(`style-src 'sha256-${sha(styles[0]![1]!)}'`), `${what}: style hash`);
  const data = scripts[0]![2]!;
  assert.doesNotMatch(data, /[<>&]/, 'no markup characters in the data block');
  return JSON.parse(data);
}

test('profile report: self-contained, hashed, and its data is the profile view', () => {
  for (const name of SCALENE_FIXTURES) {
    const p = scaleneProfile(name);
    const data = checkPage(renderProfileHtml(p), name);
    assert.deepEqual(data, JSON.parse(JSON.stringify(profileView(p))), name);
  }
});

test('profile view: hottest line, columns by capability, totals from the profile', () => {
  const cpu = profileView(scaleneProfile('cpu.scalene.json'));
  assert.deepEqual(cpu.hot, { file: 'cpu.py', line: 8 });
  assert.deepEqual(cpu.cols, { cpu: true, native: true, system: true, gc: false, memory: true, copy: true, gpu: false });
  const only = profileView(scaleneProfile('cpu.cpu-only.scalene.json'));
  assert.equal(only.cols.memory, false);
  assert.deepEqual(only.hot, { file: 'cpu.py', line: 13 });
  const p = scaleneProfile('mem.no-stacks.scalene.json');
  const mem = profileView(p);
  assert.equal(mem.totals.all, totalSeconds(p.totals) + p.totals.unattributed_s);
  assert.equal(mem.totals.copy, p.totals.copy_bytes);
  const l11 = mem.files[0]!.lines.find((l) => l.line === 11)!;
  assert.equal(l11.leak!.likelihood, p.files['mem.py']!.lines.find((l) => l.line === 11)!.leak!.likelihood);
  assert.equal(l11.fn, 'leak');
  assert.equal(mem.files[0]!.source!.length, 26, 'mem.py has 26 lines');
  // A profile with allocation but no time (V8 heap profile) picks its hottest line by bytes.
  const heapish: Profile = structuredClone(p);
  heapish.meta.missing = [...heapish.meta.missing, 'cpu'];
  for (const l of heapish.files['mem.py']!.lines) Object.assign(l, { cpu_js_s: 0, cpu_native_s: 0, system_s: 0 });
  const hv = profileView(heapish);
  assert.equal(hv.cols.cpu, false);
  assert.deepEqual(hv.hot, { file: 'mem.py', line: 15 }, 'line 15 allocates 4.5 GB');
});

test('embedJson: nothing can close the script element', () => {
  const nasty = { a: '</script><script>alert(1)</script>', b: '<!-- -->', c: '\u2028\u2029', d: '&amp;' };
  const out = embedJson(nasty);
  assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(out), nasty);
});

test('hostile names and source are data, never markup', () => {
  const html = renderProfileHtml(hostileProfile());
  const data = checkPage(html, 'hostile') as ReturnType<typeof profileView>;
  assert.doesNotMatch(html, /<img|<b>|window\.__pwned=1<\/script>/i);
  assert.match(html, /<title>Profile: &lt;script&gt;window\.__pwned=4&lt;\/script&gt;<\/title>/, 'the title is escaped');
  // The page still has every string, intact, to show as text.
  assert.equal(data.files[0]!.path, HOSTILE_FILE);
  assert.equal(data.files[0]!.source![7], HOSTILE_SOURCE);
  assert.ok(data.functions.every((f) => f.name.startsWith(HOSTILE_FUNCTION)));
});

function regressedDiff(base: Profile, head: Profile) {
  return compareProfiles([base], [head], DEFAULT_CONFIG);
}

test('diff report: self-contained, hashed, regressed and improved rows with base → head figures', () => {
  const diff = regressedDiff(scaleneProfile('cpu.scalene.json'), scaleneProfile('cpu_regressed.scalene.json'));
  const html = renderDiffHtml(diff);
  const data = checkPage(html, 'diff') as ReturnType<typeof diffView>;
  assert.deepEqual(data, JSON.parse(JSON.stringify(diffView(diff))));
  assert.equal(data.verdict, 'regression');
  const loop = data.rows.find((r) => r.line === 10)!;
  assert.equal(loop.base_line, 8);
  assert.equal(loop.improvement, false);
  assert.equal(loop.where, 'cpu.py:8 → cpu_regressed.py:10');
  const finding = diff.findings.find((f) => f.line === 10 && !f.improvement)!;
  assert.equal(loop.base_text, formatMetric(finding, metricValue(finding, 'base')));
  assert.equal(loop.head_text, formatMetric(finding, metricValue(finding, 'head')));
  assert.ok(metricValue(finding, 'head') > 2 * metricValue(finding, 'base'), 'the loop at least doubled');
  assert.deepEqual(data.files.renamed, [{ base: 'cpu.py', head: 'cpu_regressed.py' }]);
  // The same line as an improvement (base and head swapped).
  const back = diffView(mirroredImprovement(diff));
  assert.equal(back.verdict, 'improvement');
  const fixed = back.rows.find((r) => r.line === 8)!;
  assert.equal(fixed.improvement, true);
  assert.equal(fixed.base_line, 10);
  assert.equal(fixed.where, 'cpu_regressed.py:10 → cpu.py:8');
  assert.match(fixed.delta_text, /^-\d+(\.\d+)? m?s$/);
});

test('diff report: hostile names and source are data, never markup', () => {
  const base = hostileProfile();
  const head = hostileProfile();
  const f = head.files[HOSTILE_FILE]!;
  const l8 = f.lines.find((l) => l.line === 8)!;
  l8.cpu_js_s *= 6; // beyond single-run spread (docs/STATISTICS.md): this test is about escaping
  l8.samples *= 3;
  for (const fn of f.functions) if (fn.line === 6) fn.cpu_js_s = l8.cpu_js_s;
  head.totals.cpu_js_s += (2 / 3) * l8.cpu_js_s;
  const diff = regressedDiff(base, head);
  const row = diff.findings.find((x) => x.line === 8 && !x.improvement);
  assert.ok(row, 'the tripled line is a regression');
  assert.equal(row.source_line?.trim(), HOSTILE_SOURCE.trim());
  const html = renderDiffHtml(diff);
  const data = checkPage(html, 'hostile diff') as ReturnType<typeof diffView>;
  assert.doesNotMatch(html, /<img|<b>/i);
  assert.equal(data.groups[0]!.file, HOSTILE_FILE);
});

test('diff report: totals are coloured only beyond run-to-run noise', () => {
  const diff = regressedDiff(scaleneProfile('cpu.scalene.json'), scaleneProfile('cpu_regressed.scalene.json'));
  // cpu → cpu_regressed: Python time 1.79 s → 4.28 s is far beyond noise; system 925 → 1000 ms (+8 %) is not.
  const totals = diffView(diff).totals;
  const row = (label: string) => totals.find((t) => t.label === label)!;
  assert.equal(row('Python').worse, true);
  assert.equal(row('System').worse, null, 'an 8 % move of one run a side is within noise: not red');
  // The noise band narrows with runs: 2 spreads of log time.
  assert.ok(totalsNoise(1, 1) > totalsNoise(5, 5));
  assert.ok(Math.abs(totalsNoise(1, 1) - (Math.exp(2 * 0.16 * Math.SQRT2) - 1)) < 1e-12);
});

