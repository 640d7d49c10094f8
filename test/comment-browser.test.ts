// The PR comment as GitHub shows it: each comment state rendered to HTML by a GFM renderer
// (marked), styled with GitHub's own Markdown CSS (github-markdown-css), at the width of a
// PR comment, in headless Chromium. No table may overflow the comment (GitHub gives such a
// table a horizontal scrollbar), and the first paragraph after the verdict names the top
// finding, or says what to do. Screenshots go to test-artifacts/comment-*.png. Skips when
// /usr/bin/chromium is not installed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { marked } from 'marked';
import { compareProfiles } from '../src/compare/index.js';
import { renderDiffMarkdown } from '../src/compare/render-markdown.js';
import type { DiffResult } from '../src/compare/types.js';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { renderComment, renderSummary, type ReportParts } from '../src/action/summary.js';
import { ROOT } from './support/cli.js';
import { makeProfile, sourceOf, type LineSpec } from './compare-helpers.js';
import { mirroredImprovement, scaleneProfile } from './import-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium); comment screenshots skipped`;
const ARTIFACTS = join(ROOT, 'test-artifacts');
/** The Markdown body of a PR timeline comment at a 1280 px window: 780 px, 16 px padding. */
const COMMENT_WIDTH_PX = 780;
const CSS = readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const MiB = 1024 * 1024;
const link = (f: string, l: number): string => `https://github.com/octo/demo/blob/${'b'.repeat(40)}/${f}#L${l}`;
const DRILL = 'Drill down: [artifact `scalene-ci`](https://github.com/octo/demo/actions/runs/101/artifacts/7) (HTML report, diff view, speedscope file, profiles) · [job summary](https://github.com/octo/demo/actions/runs/101).';
const REPRO = 'gh run download 101 -R octo/demo -n scalene-ci -D scalene-ci && npx scalene-ci compare scalene-ci/baseline scalene-ci/profiles';

let browser: Browser | null = null;
before(async () => {
  if (SKIP) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
});
after(async () => {
  await browser?.close();
});

function parts(diff: DiffResult | null, extra: Partial<ReportParts> = {}): ReportParts {
  return {
    title: 'scalene-ci',
    diffMarkdown: diff ? renderDiffMarkdown(diff, { blobUrl: link, title: '### scalene-ci', links: DRILL, reproduce: REPRO }) : null,
    baseline: diff ? 'artifact of [run 100](https://github.com/octo/demo/actions/runs/100) (merge base, `aaaaaaa`)' : null,
    noComparison: null,
    notes: [],
    head: [],
    link,
    footer: 'Head: commit `bbbbbbb` · [workflow run](https://github.com/octo/demo/actions/runs/101) · artifact `scalene-ci`',
    ...extra,
  };
}

/** A CPU regression in an unchanged callee (line 18) reached from a changed call (line 27). */
function cpuDiff(): DiffResult {
  const src = (n: string): string => sourceOf(30, { 18: '    out += `<tr><td>${i}</td><td>${(i * 7) % 13}</td></tr>`;', 27: `out += renderRows(${n});` });
  const fns = [{ name: 'renderRows', line: 16, end_line: 20 }];
  const side = (n: string, l18: number, l27: number) =>
    makeProfile({ files: { 'bench.cjs': { source: src(n), functions: fns, lines: [{ line: 5, cpu_js_s: 0.35 }, { line: 18, cpu_js_s: l18 }, { line: 27, cpu_js_s: l27, callee_lines: [18] }] } } });
  return compareProfiles([side('150_000', 0.0665, 0.07)], [side('600_000', 0.28, 0.28)], DEFAULT_CONFIG);
}

function leakDiff(): DiffResult {
  const src = sourceOf(30, { 21: '  for (let i = 0; i < 1000; i++) retained.push(new Array(16).fill(round));' });
  const side = (l21: LineSpec) => makeProfile({ files: { 'prog.js': { source: src, functions: [{ name: 'archive', line: 19, end_line: 23 }], lines: [{ line: 11, cpu_js_s: 0.3 }, l21] } } });
  return compareProfiles(
    [side({ line: 21, cpu_js_s: 0.01, alloc_js_bytes: 2 * MiB, net_bytes: 0, peak_bytes: 2 * MiB })],
    [side({ line: 21, cpu_js_s: 0.2, alloc_js_bytes: 130 * MiB, net_bytes: 96 * MiB, peak_bytes: 96 * MiB, leak: { likelihood: 0.99, velocity_bytes_per_s: 150 * MiB } })],
    DEFAULT_CONFIG,
  );
}

/** `n` new hotspots over many files of a monorepo. */
function bigDiff(n: number): DiffResult {
  const base: Record<string, { source: string; lines: LineSpec[] }> = {};
  const head: Record<string, { source: string; lines: LineSpec[] }> = {};
  for (let i = 0; i < n; i++) {
    const src = sourceOf(5, { 3: `  expensive_call_number_${i}(with, some, rather, long, arguments, to, fill, the, table);` });
    const file = `packages/@app/module-${i % 12}/src/file_${i}.js`;
    base[file] = { source: src, lines: [{ line: 1, cpu_js_s: 0.5 }] };
    head[file] = { source: src, lines: [{ line: 1, cpu_js_s: 0.5 }, { line: 3, cpu_js_s: 0.1 + i * 0.001 }] };
  }
  const cfg = structuredClone(DEFAULT_CONFIG);
  cfg.thresholds['new-hotspot'].min_share = 0;
  cfg.thresholds['new-hotspot'].max_base_share = 0;
  return compareProfiles([makeProfile({ files: base })], [makeProfile({ files: head })], cfg);
}

/** The inconclusive verdict as compare states it (total on-CPU time moved, no line named). */
function inconclusiveDiff(): DiffResult {
  const src = sourceOf(5);
  const d = compareProfiles([makeProfile({ files: { 'a.js': { source: src, lines: [{ line: 2, cpu_js_s: 0.3 }] } } })], [makeProfile({ files: { 'a.js': { source: src, lines: [{ line: 2, cpu_js_s: 0.3 }] } } })], DEFAULT_CONFIG);
  d.summary.verdict = 'inconclusive';
  d.summary.inconclusive = { cpu_ratio: 1.31, p_value: 0.004, runs_needed: 6, line: 'a.js:2' };
  return d;
}

interface Rendered {
  /** Tables wider than the comment: [index, scrollWidth, clientWidth]. */
  overflowing: Array<[number, number, number]>;
  /** Text of the first paragraph and the first list item after the heading. */
  firstParagraph: string;
  firstItem: string;
}

async function render(name: string, markdown: string): Promise<Rendered> {
  const body = await marked.parse(markdown, { gfm: true });
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}\nbody{margin:0;background:#fff}.markdown-body{box-sizing:border-box;width:${COMMENT_WIDTH_PX}px;padding:16px}</style></head><body><article class="markdown-body">${body}</article></body></html>`;
  const file = join(ARTIFACTS, `comment-${name}.html`);
  writeFileSync(file, html);
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    // Open every <details> for the picture and for the overflow check.
    await page.$$eval('details', (ds) => ds.forEach((d) => d.setAttribute('open', '')));
    const overflowing = await page.$$eval('table', (ts) =>
      ts.map((t, i) => [i, (t as unknown as { scrollWidth: number }).scrollWidth, (t as unknown as { clientWidth: number }).clientWidth] as [number, number, number]).filter(([, s, c]) => s > c + 1),
    );
    const firstParagraph = await page.$eval('article > p', (p) => p.textContent ?? '');
    const firstItem = await page.$$eval('article > ul > li', (li) => li[0]?.textContent ?? '');
    await page.locator('article').screenshot({ path: join(ARTIFACTS, `comment-${name}.png`) });
    return { overflowing, firstParagraph, firstItem };
  } finally {
    await context.close();
  }
}

test('every comment state renders within the comment width and leads with the answer', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const cpu = cpuDiff();
  const leak = leakDiff();
  const big = bigDiff(150);
  const python = compareProfiles([scaleneProfile('cpu.scalene.json')], [scaleneProfile('cpu_regressed.scalene.json')], DEFAULT_CONFIG);
  const states: Array<{ name: string; md: string; first: RegExp; item?: RegExp }> = [
    { name: 'regression', md: renderComment('<!-- m -->', parts(cpu)), first: /❌ \d+ regression/, item: /renderRows \(bench\.cjs:18\) is [\d.]+× slower .*called from changed line 27/ },
    { name: 'leak', md: renderComment('<!-- m -->', parts(leak)), first: /❌ \d+ regression/, item: /prog\.js:21.* likely leaks: it still holds 96\.0 MiB at the end, growing 150\.0 MiB\/s/ },
    { name: 'no-change', md: renderComment('<!-- m -->', parts(compareProfiles([makeProfile({ files: { 'a.js': { source: sourceOf(5), lines: [{ line: 2, cpu_js_s: 0.3 }] } } })], [makeProfile({ files: { 'a.js': { source: sourceOf(5), lines: [{ line: 2, cpu_js_s: 0.3 }] } } })], DEFAULT_CONFIG))), first: /✅ No significant change/ },
    {
      name: 'no-baseline',
      md: renderComment('<!-- m -->', parts(null, { noComparison: "no baseline for 'main' (the notes below say what was tried)", nextStep: '**Next step:** run this workflow once on a push to `main` (its run uploads the baseline artifact; artifacts expire, so keep it running on every push), or set `baseline: same-runner` to profile the base commit on this runner (slower, no artifact needed).', drill: DRILL, notes: ['Baseline search: no successful push run of this workflow on main'] })),
      first: /No comparison: no baseline for 'main'/,
      item: /^$/,
    },
    { name: 'large', md: renderComment('<!-- m -->', parts(big)), first: /❌ 150 regressions/, item: /is a new hotspot/ },
    { name: 'python', md: renderComment('<!-- m -->', parts(python)), first: /❌ 1 regression/, item: /python_work \(cpu_regressed\.py:10\) is [\d.]+× slower in Python time/ },
    { name: 'improvement', md: renderComment('<!-- m -->', parts(mirroredImprovement(cpu))), first: /✅ No regressions · 1 improvement/ },
    // A fork's pull request: the comparison happens; a read-only token cannot comment, so the
    // job summary (the same body) carries it, with the warning that says what to do.
    {
      name: 'fork',
      md: renderSummary(parts(cpu, { notes: ["Cannot comment on pull request #7 (POST /repos/octo/demo/issues/7/comments answered 403). The token is read-only because this pull request comes from a fork: use the two-workflow mode (pull_request + workflow_run) from docs/ACTION.md, or give the job 'pull-requests: write'. The report is in the job summary."] })),
      first: /❌ \d+ regression/,
      item: /renderRows \(bench\.cjs:18\) is [\d.]+× slower .*called from changed line 27/,
    },
    { name: 'inconclusive', md: renderComment('<!-- m -->', parts(inconclusiveDiff())), first: /⚠️ Inconclusive · on-CPU time moved \+31 % beyond run-to-run noise .* about 6 runs a side \(repeat: 6\) would name the line \(it is most likely a\.js:2\)/ },
  ];
  for (const s of states) {
    const r = await render(s.name, s.md);
    assert.deepEqual(r.overflowing, [], `${s.name}: tables wider than the ${COMMENT_WIDTH_PX} px comment: ${JSON.stringify(r.overflowing)}`);
    assert.match(r.firstParagraph, s.first, `${s.name}: first paragraph "${r.firstParagraph}"`);
    if (s.item) assert.match(r.firstItem, s.item, `${s.name}: first item "${r.firstItem}"`);
  }
  // The no-baseline state says what to do, right under the reason.
  const nb = await marked.parse(renderComment('<!-- m -->', parts(null, { noComparison: 'no baseline', nextStep: '**Next step:** x' })), { gfm: true });
  assert.ok(nb.indexOf('No comparison') < nb.indexOf('Next step'));
});
