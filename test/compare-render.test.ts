// Renderers of the diff: Markdown (PR comment), terminal text, and their escaping and size limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareProfiles } from '../src/compare/index.js';
import { renderDiffMarkdown } from '../src/compare/render-markdown.js';
import { renderDiffText } from '../src/compare/render-text.js';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import type { DiffResult } from '../src/compare/types.js';
import { makeProfile, sourceOf, type LineSpec } from './compare-helpers.js';

const EVIL_FILE = 'src/<img src=x onerror=alert(1)>|@admin`[x](javascript:alert(1))`.js';
const EVIL_LINE = '  x = "<script>alert(1)</script>" | `tick` @everyone [link](http://evil) \u001b[31mred';

/** A diff with one new hotspot in a file whose name and source are hostile. */
function hostileDiff(): DiffResult {
  const source = sourceOf(10, { 4: EVIL_LINE, 1: 'function <b>bad</b>() {' });
  const base = makeProfile({ files: { [EVIL_FILE]: { source, lines: [{ line: 2, cpu_js_s: 0.3 }], functions: [{ name: '<b>bad</b>|@x', line: 1, end_line: 10 }] } } });
  const head = makeProfile({
    files: { [EVIL_FILE]: { source, lines: [{ line: 2, cpu_js_s: 0.3 }, { line: 4, cpu_js_s: 0.2 }], functions: [{ name: '<b>bad</b>|@x', line: 1, end_line: 10 }] } },
    meta: { cpu_model: 'CPU <i>x</i>' },
  });
  return compareProfiles([base], [head], DEFAULT_CONFIG);
}

/** A diff with `n` new hotspots spread over many files (for the size limit). */
function bigDiff(n: number): DiffResult {
  const files: Record<string, { source: string; lines: LineSpec[] }> = {};
  const headFiles: Record<string, { source: string; lines: LineSpec[] }> = {};
  for (let i = 0; i < n; i++) {
    const src = sourceOf(5, { 3: `  expensive_call_number_${i}(with, some, rather, long, arguments, to, fill, the, table);` });
    files[`src/module_${i}/file_${i}.js`] = { source: src, lines: [{ line: 1, cpu_js_s: 0.5 }] };
    headFiles[`src/module_${i}/file_${i}.js`] = { source: src, lines: [{ line: 1, cpu_js_s: 0.5 }, { line: 3, cpu_js_s: 0.1 + i * 0.001 }] };
  }
  const cfg = structuredClone(DEFAULT_CONFIG);
  cfg.thresholds['new-hotspot'].min_share = 0;
  cfg.thresholds['new-hotspot'].max_base_share = 0;
  return compareProfiles([makeProfile({ files })], [makeProfile({ files: headFiles })], cfg);
}

test('Markdown: verdict, a sentence per top finding, one compact table, statistics collapsed', () => {
  const base = makeProfile({ files: { 'src/app.js': { source: sourceOf(20), lines: [{ line: 3, cpu_js_s: 0.2 }, { line: 8, cpu_js_s: 0.2 }] } } });
  const head = makeProfile({ files: { 'src/app.js': { source: sourceOf(20), lines: [{ line: 3, cpu_js_s: 0.2 }, { line: 8, cpu_js_s: 0.6 }, { line: 12, cpu_js_s: 0.3 }] } } });
  const diff = compareProfiles([base], [head], DEFAULT_CONFIG);
  assert.deepEqual(diff.findings.map((f) => [f.kind, f.line]), [['new-hotspot', 12], ['cpu', 8]]);
  const md = renderDiffMarkdown(diff, { blobUrl: (f, l) => `https://github.com/o/r/blob/abc/${f}#L${l}`, title: '## Perf' });
  assert.ok(md.startsWith('## Perf\n'));
  assert.match(md, /\*\*❌ 2 regressions\*\* \(1 new hotspot, 1 CPU regression\)/);
  // One sentence per top finding leads, before any table.
  const lead = md.split('| Line')[0]!;
  assert.match(lead, /- \*\*src\/app\\\.js:12\*\* is a new hotspot: 300\.0 ms \(\d+\.\d % of the run\)\./);
  assert.match(lead, /- \*\*src\/app\\\.js:8\*\* is 3\.0× slower in JS time \(\+400\.0 ms, \d+\.\d % → \d+\.\d % of the run\)\./);
  // The compact table: four columns, numbers that fit a line, no statistics.
  const [visible, details] = md.split('<details><summary>Details');
  assert.match(visible!, /^\| Line \| What \| Base → head \| Change \|$/m);
  const row8 = visible!.split('\n').find((l) => l.includes('app\\.js:8]'))!;
  assert.match(row8, /\| CPU \(JS\) \| 200\.0 → 600\.0 ms \| \+400\.0 ms · 3\.0× \|$/);
  assert.doesNotMatch(visible!, /p \(BH\)/);
  assert.ok(md.includes('[src/app\\.js:12](https://github.com/o/r/blob/abc/src/app.js#L12)'), md);
  // The statistics and code are in the collapsed details.
  assert.ok(details!.includes('`stmt_12();`'));
  assert.match(details!, /\| p \(BH\) \|/);
  assert.doesNotMatch(details!, /New hotspot: /, 'no prose repetition of each row');
  assert.ok(md.length < 60_000);
  const clean = renderDiffMarkdown(compareProfiles([base], [base], DEFAULT_CONFIG));
  assert.match(clean, /\*\*✅ No significant change\*\*/);
  assert.doesNotMatch(clean, /\| Line \| What/);
});

test('Markdown: one row per line whatever kinds fire on it; leaks in MiB held and MiB/s', () => {
  const MiB = 1024 * 1024;
  const src = sourceOf(30, { 21: '  for (let i = 0; i < 1000; i++) retained.push(new Array(16).fill(round));' });
  const base = makeProfile({ files: { 'leak.js': { source: src, lines: [{ line: 3, cpu_js_s: 0.3 }, { line: 21, cpu_js_s: 0.01, alloc_js_bytes: 2 * MiB, net_bytes: 0, peak_bytes: 2 * MiB }] } } });
  const head = makeProfile({
    files: {
      'leak.js': {
        source: src,
        lines: [
          { line: 3, cpu_js_s: 0.3 },
          { line: 21, cpu_js_s: 0.2, alloc_js_bytes: 130 * MiB, net_bytes: 96 * MiB, peak_bytes: 96 * MiB, leak: { likelihood: 0.99, velocity_bytes_per_s: 150 * MiB } },
        ],
      },
    },
  });
  const diff = compareProfiles([base], [head], DEFAULT_CONFIG);
  const kinds = diff.findings.filter((f) => f.line === 21).map((f) => f.kind);
  assert.ok(kinds.includes('leak') && kinds.length >= 2, kinds.join());
  const md = renderDiffMarkdown(diff);
  const visible = md.split('<details><summary>Details')[0]!;
  const rows = visible.split('\n').filter((l) => l.startsWith('| leak\\.js:21'));
  assert.equal(rows.length, 1, visible);
  assert.match(rows[0]!, /leak/);
  assert.match(rows[0]!, /holds 96\.0 MiB/);
  assert.match(rows[0]!, /\+150\.0 MiB\/s/);
  assert.doesNotMatch(rows[0]!, /99\.0 %/, 'no bare likelihood in the value columns');
  assert.match(visible, /likely leaks: it still holds 96\.0 MiB at the end, growing 150\.0 MiB\/s/);
});

test('Markdown: a finding in an unchanged callee names the changed call site that reaches it', () => {
  // base: renderRows(1000) on line 27 calls the loop on line 18; head changes line 27 only.
  const baseSrc = sourceOf(30, { 18: '    out.push(row(i));', 27: 'renderRows(1000);' });
  const headSrc = sourceOf(30, { 18: '    out.push(row(i));', 27: 'renderRows(600000);' });
  const fns = [{ name: 'renderRows', line: 16, end_line: 20 }];
  const base = makeProfile({ files: { 'bench.cjs': { source: baseSrc, functions: fns, lines: [{ line: 5, cpu_js_s: 0.4 }, { line: 18, cpu_js_s: 0.1 }, { line: 27, cpu_js_s: 0.1, callee_lines: [18] }] } } });
  const head = makeProfile({ files: { 'bench.cjs': { source: headSrc, functions: fns, lines: [{ line: 5, cpu_js_s: 0.4 }, { line: 18, cpu_js_s: 0.5 }, { line: 27, cpu_js_s: 0.5, callee_lines: [18] }] } } });
  const diff = compareProfiles([base], [head], DEFAULT_CONFIG);
  const f = diff.findings.find((x) => x.line === 18 && !x.improvement);
  assert.ok(f, JSON.stringify(diff.findings.map((x) => [x.kind, x.line])));
  assert.equal(f.changed_in_head, false);
  assert.deepEqual(f.changed_callers, [27]);
  const md = renderDiffMarkdown(diff);
  assert.match(md, /\*\*renderRows\*\* \(bench\\\.cjs:18\) is 5\.0× slower .*; called from changed line 27\./);
  assert.match(md, /_called from changed line 27_/);
  // Unchanged call sites do not count.
  const same = compareProfiles([base], [makeProfile({ files: { 'bench.cjs': { source: baseSrc, functions: fns, lines: [{ line: 5, cpu_js_s: 0.4 }, { line: 18, cpu_js_s: 0.5 }, { line: 27, cpu_js_s: 0.5, callee_lines: [18] }] } } })], DEFAULT_CONFIG);
  assert.ok(same.findings.every((x) => x.changed_callers === undefined));
});

test('Markdown: a large PR is rolled up per function and file, within the comment limit', () => {
  const diff = bigDiff(150);
  const md = renderDiffMarkdown(diff);
  assert.ok(md.length <= 60_000, String(md.length));
  const visible = md.split('<details>')[0]!;
  assert.match(visible, /By function \(top \d+ of \d+\):/);
  assert.match(visible, /By file: /);
  const shownRows = visible.split('\n').filter((l) => /^\| \S+file\\_\d+\\\.js:3/.test(l));
  assert.ok(shownRows.length <= 8, `rows in view: ${shownRows.length}`);
  assert.match(md, /<details><summary>All \d+ lines<\/summary>/);
});

test('Markdown: code-derived text cannot inject markup, links or mentions', () => {
  const diff = hostileDiff();
  assert.equal(diff.findings.length, 1);
  const md = renderDiffMarkdown(diff, { blobUrl: (f, l) => `https://github.com/o/r/blob/abc/${f})](javascript:alert(1))#L${l}` });
  // Source text is shown in code spans (where GitHub renders nothing as markup); outside
  // them, no code-derived '<' survives.
  const spans = md.match(/`[^`\n]*`/g) ?? [];
  assert.ok(spans.some((s) => s.includes('<script>alert(1)</script>')), 'the source line is shown, verbatim, as code');
  assert.ok(spans.every((s) => !s.slice(1, -1).includes('`')));
  const outside = md.replace(/`[^`\n]*`/g, '');
  assert.ok(!outside.includes('<img'), 'no raw HTML from file names');
  assert.ok(!outside.includes('<b>'), 'no raw HTML from function names');
  assert.ok(!outside.includes('<script>'), 'no raw HTML from source');
  assert.ok(!outside.includes('<i>'), 'no raw HTML from meta');
  assert.ok(!/<(?!\/?(details|summary)>)/.test(outside), 'only our own <details>/<summary> tags');
  assert.ok(!/@(admin|x|everyone)/.test(md.replace(/`[^`\n]*`/g, '').replace(/\]\([^)]*\)/g, '')), 'no @-mentions outside code and link destinations');
  assert.ok(!md.includes('](javascript:'), 'no injected link destinations');
  assert.ok(!md.includes('\u001b'), 'no control characters');
  // The link destination is percent-encoded, so the file name cannot close it.
  const link = md.match(/\]\((https:\/\/github\.com[^)\s]*)\)/);
  assert.ok(link, md);
  assert.ok(!link[1]!.includes('(') && !link[1]!.includes('<'), link[1]);
  // Table rows keep their column count: pipes from code are escaped.
  // (the compact table and the statistics table in the details each have the row).
  const all = md.split('\n');
  const rows = all.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('| ') && l.includes(':4'));
  assert.equal(rows.length, 2);
  for (const [row, i] of rows) {
    const header = all.slice(0, i).reverse().find((l) => l.startsWith('| Line'))!;
    assert.equal(row.split(/(?<!\\)\|/).length, header.split('|').length, row);
  }
});

test('Markdown: stays under maxChars by dropping the least significant rows, and says so', () => {
  const diff = bigDiff(400);
  assert.equal(diff.findings.length, 400);
  const full = renderDiffMarkdown(diff, { maxChars: 10_000_000 });
  assert.ok(full.length > 60_000, `full rendering ${full.length} chars`);
  assert.doesNotMatch(full, /omitted/);
  for (const maxChars of [60_000, 20_000, 5_000]) {
    const md = renderDiffMarkdown(diff, { maxChars });
    assert.ok(md.length <= maxChars, `${md.length} > ${maxChars}`);
    const omitted = Number(md.match(/_(\d+) less significant findings? omitted/)?.[1]);
    assert.ok(omitted > 0 && omitted < 400, `omitted ${omitted}`);
    // The most significant finding (largest share) is kept; the least significant is gone.
    const top = diff.findings[0]!;
    const last: (typeof diff.findings)[number] = diff.findings[diff.findings.length - 1]!;
    assert.ok(md.includes(`file\\_${top.file.match(/file_(\d+)/)![1]}\\.js:3`), 'top finding kept');
    assert.ok(!md.includes(`file\\_${last.file.match(/file_(\d+)/)![1]}\\.js:3`), 'least significant finding dropped');
  }
  // Default limit: 60,000.
  assert.ok(renderDiffMarkdown(diff).length <= 60_000);
});

test('text: verdict, findings with code, escaped control characters', () => {
  const diff = hostileDiff();
  const text = renderDiffText(diff);
  assert.match(text, /^scalene-ci compare: REGRESSION: 1 finding/);
  assert.match(text, /New hotspots \(1\)/);
  assert.ok(!text.includes('\u001b'), 'no raw escape sequences without colour');
  assert.ok(text.includes('\uFFFD[31mred'));
  const coloured = renderDiffText(diff, { color: true });
  assert.ok(coloured.includes('\u001b[1m'));
  assert.ok(!coloured.includes('\u001b[31mred'), 'code-derived escapes are still neutralised');
  const none = renderDiffText(compareProfiles([makeProfile({ files: {} })], [makeProfile({ files: {} })], DEFAULT_CONFIG));
  assert.match(none, /No significant change/);
});

test('JSON contract: schema, findings fields, summary and warnings', () => {
  const diff = hostileDiff();
  const json = JSON.parse(JSON.stringify(diff));
  assert.equal(json.schema, 'scalene-ci/diff@1');
  const f = json.findings[0];
  for (const k of ['kind', 'file', 'line', 'function', 'base', 'head', 'delta', 'p_value', 'p_value_raw', 'changed_in_head', 'improvement']) assert.ok(k in f, k);
  for (const k of ['cpu_js_s', 'cpu_native_s', 'system_s', 'gc_s', 'total_s', 'share', 'samples']) assert.equal(typeof f.head[k], 'number', k);
  assert.equal(json.summary.verdict, 'regression');
  assert.deepEqual(Object.keys(json.summary.by_kind).sort(), ['copy', 'cpu', 'gpu', 'leak', 'memory', 'new-hotspot']);
  assert.ok(Array.isArray(json.warnings));
  assert.ok(json.warnings.some((w: { code: string }) => w.code === 'environment'));
});

test('Markdown links keep the escapes of scoped-package paths (%40 is not double-encoded)', () => {
  const base = makeProfile({ files: { 'packages/@app/core/a+b=c.js': { source: sourceOf(20), lines: [{ line: 3, cpu_js_s: 0.2 }] } } });
  const head = makeProfile({ files: { 'packages/@app/core/a+b=c.js': { source: sourceOf(20), lines: [{ line: 3, cpu_js_s: 0.2 }, { line: 12, cpu_js_s: 0.3 }] } } });
  const diff = compareProfiles([base], [head], DEFAULT_CONFIG);
  const enc = (f: string) => f.split('/').map(encodeURIComponent).join('/');
  const md = renderDiffMarkdown(diff, { blobUrl: (f, l) => `https://github.com/o/r/blob/abc/${enc(f)}#L${l}` });
  assert.ok(md.includes('](https://github.com/o/r/blob/abc/packages/%40app/core/a%2Bb%3Dc.js#L12)'), md);
  assert.ok(!md.includes('%2540'));
  // A stray '%' and characters that would end the destination are still encoded.
  const odd = renderDiffMarkdown(diff, { blobUrl: () => 'https://x.test/a%zz b)(<é>' });
  assert.ok(odd.includes('](https://x.test/a%25zz%20b%29%28%3C%C3%A9%3E)'), odd);
});

test('a comparison of Python (Scalene) profiles says Python time, not JS', async () => {
  const { scaleneProfile } = await import('./import-fixtures.js');
  const diff = compareProfiles([scaleneProfile('cpu.scalene.json')], [scaleneProfile('cpu_regressed.scalene.json')], DEFAULT_CONFIG);
  assert.equal(diff.base.source_format, 'scalene');
  const f = diff.findings[0]!;
  assert.ok(f.category === 'js' || f.category === 'native');
  if (f.category === 'js') assert.match(f.message, /^Python time rose/);
  const md = renderDiffMarkdown(diff);
  const text = renderDiffText(diff);
  assert.doesNotMatch(md, /\bJS\b/);
  assert.doesNotMatch(text, /\[JS\]/);
  // A JavaScript comparison keeps its labels.
  const js = makeProfile({ files: { 'a.js': { source: sourceOf(20), lines: [{ line: 3, cpu_js_s: 0.2 }, { line: 8, cpu_js_s: 0.05 }] } } });
  const js2 = makeProfile({ files: { 'a.js': { source: sourceOf(20), lines: [{ line: 3, cpu_js_s: 0.2 }, { line: 8, cpu_js_s: 0.6 }] } } });
  assert.match(renderDiffMarkdown(compareProfiles([js], [js2], DEFAULT_CONFIG)), /in JS time/);
});
