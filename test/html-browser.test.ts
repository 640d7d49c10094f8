// The HTML reports in a real headless Chromium (Debian's `chromium`, driven by
// playwright-core): they render, the hottest line is highlighted and on screen, sorting
// works, hostile input stays text, nothing is fetched and the console stays clean.
// Screenshots go to test-artifacts/. Skips when /usr/bin/chromium is not installed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compareProfiles } from '../src/compare/index.js';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { importScalene } from '../src/import/scalene.js';
import { totalSeconds } from '../src/model/profile.js';
import { renderDiffHtml } from '../src/report/html-diff.js';
import { formatMetric, metricValue } from '../src/compare/format.js';
import { renderProfileHtml } from '../src/report/html.js';
import { ROOT } from './support/cli.js';
import { HOSTILE_FILE, HOSTILE_FUNCTION, HOSTILE_SOURCE, hostileProfile, mirroredImprovement, runScaleneCi, runV8Profiler, scaleneJson, scaleneProfile } from './import-fixtures.js';
import { loadAnyProfile } from '../src/import/index.js';

// page.evaluate / $eval callbacks run in the page; tsconfig has no DOM lib, so name what they use.
declare const window: { getComputedStyle(e: unknown): { backgroundColor: string }; __pwned?: number };

const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium); browser checks of the HTML report skipped`;
const ARTIFACTS = join(ROOT, 'test-artifacts');
let browser: Browser | null = null;

before(async () => {
  if (SKIP) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  /** Console errors and warnings, page errors, CSP violations, dialogs, requests beyond the file. */
  problems: string[];
  close: () => Promise<void>;
}

async function open(name: string, html: string, viewport = { width: 1400, height: 900 }): Promise<Opened> {
  const file = join(ARTIFACTS, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser!.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== url) problems.push(`request: ${r.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  return { page, problems, close: () => context.close() };
}

const cellTexts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));

test('profile report: renders, highlights the hottest line on screen, sorts the function table', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const profile = scaleneProfile('cpu.scalene.json');
  const { page, problems, close } = await open('html-profile', renderProfileHtml(profile));
  try {
    // The hottest line (cpu.py:8, the pure-Python loop) is highlighted and visible.
    const hot = await page.$$('tr.hot');
    assert.equal(hot.length, 1);
    assert.equal(await hot[0]!.getAttribute('data-line'), '8');
    assert.match((await hot[0]!.$eval('td.src', (e) => e.textContent)) ?? '', /for i in range\(n\): total \+= i \* i/);
    const box = (await hot[0]!.boundingBox())!;
    const vh = page.viewportSize()!.height;
    assert.ok(box.y >= 0 && box.y + box.height <= vh, `hot row at y=${box.y} is inside the ${vh}px viewport`);
    const bg = (sel: string) => page.$eval(sel, (e) => window.getComputedStyle(e).backgroundColor);
    assert.notEqual(await bg('tr.hot td.src'), await bg('tr[data-line="22"] td.src'), 'the hot row looks different');
    await page.screenshot({ path: join(ARTIFACTS, 'html-profile.png') });

    // Function table: starts by total time, descending — the order the model gives.
    const byTotal = Object.values(profile.files)
      .flatMap((f) => f.functions)
      .sort((a, b) => totalSeconds(b) - totalSeconds(a))
      .map((f) => f.name);
    const names = () => cellTexts(page, '#function-table tbody tr td:first-child');
    assert.deepEqual(await names(), byTotal);
    const total = page.locator('#function-table th[data-key="total"]');
    assert.equal(await total.getAttribute('aria-sort'), 'descending');
    await total.click();
    assert.equal(await total.getAttribute('aria-sort'), 'ascending');
    assert.deepEqual(await names(), [...byTotal].reverse());
    const fnHeader = page.locator('#function-table th[data-key="name"]');
    await fnHeader.click();
    assert.equal(await fnHeader.getAttribute('aria-sort'), 'ascending');
    assert.equal(await total.getAttribute('aria-sort'), 'none');
    assert.deepEqual(await names(), ['main', 'native_work', 'python_work', 'system_work']);
    await fnHeader.click();
    assert.deepEqual(await names(), ['system_work', 'python_work', 'native_work', 'main']);
    // Keyboard works too.
    await total.focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await names(), byTotal);

    // The lines sort by a column: % descending first, then ascending; Line goes back to source order.
    const lineOrder = () => page.$$eval('#file-0 tbody tr', (rs) => rs.map((r) => Number(r.getAttribute('data-line'))));
    const byShare = [...profile.files['cpu.py']!.lines].sort((a, b) => totalSeconds(b) - totalSeconds(a) || a.line - b.line).map((l) => l.line);
    const pct = page.locator('#file-0 th[data-key="total"]');
    await pct.click();
    assert.equal(await pct.getAttribute('aria-sort'), 'descending');
    assert.deepEqual((await lineOrder())[0], byShare[0], 'hottest line first');
    await pct.click();
    assert.equal(await pct.getAttribute('aria-sort'), 'ascending');
    await page.locator('#file-0 th[data-key="line"]').click();
    assert.deepEqual(await lineOrder(), profile.files['cpu.py']!.lines.map((l) => l.line));
    // Long source lines wrap inside the page instead of running off it.
    assert.equal(await page.$eval('#file-0 td.src', (e) => (window.getComputedStyle(e) as unknown as { whiteSpace: string }).whiteSpace), 'pre-wrap');

    // "show all source lines" shows the whole file, with the data lines still marked.
    assert.equal(await page.locator('#file-0 tbody tr').count(), profile.files['cpu.py']!.lines.length);
    await page.locator('#file-0 input[type=checkbox]').check();
    assert.equal(await page.locator('#file-0 tbody tr').count(), 29);
    assert.equal(await page.locator('#file-0 tbody tr.ctx').count(), 29 - profile.files['cpu.py']!.lines.length);
    assert.equal(await page.locator('#file-0 tr.hot').getAttribute('data-line'), '8');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('profile report of a real scalene-ci run: GC column, hot loop line highlighted', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const program = ['function work(n) {', '  let s = 0;', '  for (let i = 0; i < n; i++) s += Math.sqrt(i) * (i % 7);', '  return s;', '}', 'let r = 0;', 'for (let k = 0; k < 40; k++) r += work(1e6);', 'console.log(r > 0);', ''].join('\n');
  const run = await runScaleneCi(program);
  const profile = loadAnyProfile(run.text, run.file);
  const { page, problems, close } = await open('html-scalene-ci', renderProfileHtml(profile));
  try {
    const headers = await cellTexts(page, '#file-0 thead th');
    assert.ok(['JS', 'native', 'system', 'GC'].every((h) => headers.includes(h)), `headers: ${headers}`);
    const hot = page.locator('tr.hot');
    assert.equal(await hot.getAttribute('data-line'), '3', 'the loop line');
    assert.ok(await hot.isVisible());
    assert.match((await hot.locator('td.src').textContent()) ?? '', /Math\.sqrt/);
    await page.screenshot({ path: join(ARTIFACTS, 'html-scalene-ci.png') });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('profile report of a real .heapprofile: memory columns only, hottest line by bytes', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const run = runV8Profiler('heap', 'globalThis.keep = [];\nfunction retain() {\n  for (let i = 0; i < 300000; i++) keep.push({ id: i, name: "item" + i });\n}\nretain();\n');
  const profile = loadAnyProfile(run.text, run.file);
  const { page, problems, close } = await open('html-heap', renderProfileHtml(profile));
  try {
    assert.equal(await page.locator('#summary h2').count(), 0, 'no time bar without time');
    if (Object.keys(profile.files).length === 0) {
      // Node 20 writes no script URL for user functions at exit (see docs/IMPORT.md).
      assert.match((await page.locator('#files p').textContent()) ?? '', /No line/);
    } else {
      const headers = await cellTexts(page, '#file-0 thead th');
      assert.ok(headers.includes('Alloc') && !headers.includes('Time') && !headers.includes('JS'), `headers: ${headers}`);
      assert.equal(await page.locator('tr.hot').getAttribute('data-line'), '2', 'retain() starts on line 2');
      assert.equal(await page.locator('#function-table th[data-key="alloc"]').getAttribute('aria-sort'), 'descending');
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('profile report: leak and copy markers, sparklines, no GPU columns without GPU', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const { page, problems, close } = await open('html-memory', renderProfileHtml(scaleneProfile('mem.no-stacks.scalene.json')));
  try {
    assert.match((await page.locator('tr[data-line="11"] .marker.leak').textContent()) ?? '', /^leak 9\d%$/);
    assert.equal(await page.locator('.marker.leak').count(), 1);
    assert.equal(await page.locator('tr[data-line="15"] .marker.copy').count(), 1, 'line 15 copies 4.5 GB');
    assert.equal(await page.locator('tr[data-line="21"] .marker.copy').count(), 0, 'a 37 MB copy is not marked');
    assert.ok((await page.locator('svg.spark polyline').count()) >= 4);
    const points = await page.locator('tr[data-line="7"] svg.spark polyline').getAttribute('points');
    assert.equal(points!.split(' ').length, 100, 'line 7 timeline has 100 points');
    const headers = await cellTexts(page, '#file-0 thead th');
    assert.ok(headers.includes('Alloc') && headers.includes('Peak') && headers.includes('Copy'));
    assert.ok(!headers.includes('GPU') && !headers.includes('GC'), `headers: ${headers}`);
    await page.screenshot({ path: join(ARTIFACTS, 'html-memory.png'), fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('profile report: GPU columns appear when the profile has GPU time', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const json = scaleneJson('cpu.scalene.json') as { gpu: boolean; files: Record<string, { lines: Array<Record<string, number>> }> };
  json.gpu = true;
  Object.values(json.files)[0]!.lines.find((l) => l.lineno === 13)!.n_gpu_percent = 80;
  const { page, problems, close } = await open('html-gpu', renderProfileHtml(importScalene(json, 'gpu')));
  try {
    const headers = await cellTexts(page, '#file-0 thead th');
    assert.ok(headers.includes('GPU') && headers.includes('GPU util'), `headers: ${headers}`);
    assert.equal(((await page.locator('tr[data-line="13"] td').allTextContents()).find((x) => x === '80%')), '80%');
    assert.ok((await cellTexts(page, '#function-table thead th')).includes('GPU'));
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('profile report: hostile file names, function names and source are shown as text and run nothing', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const { page, problems, close } = await open('html-hostile', renderProfileHtml(hostileProfile()));
  try {
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('#file-0 h3.path').textContent(), HOSTILE_FILE);
    assert.equal(await page.locator('tr.hot td.src').textContent(), HOSTILE_SOURCE);
    const fnNames = await cellTexts(page, '#function-table tbody tr td:first-child');
    assert.ok(fnNames.length > 0 && fnNames.every((n) => n.startsWith(HOSTILE_FUNCTION)), fnNames.join('\n'));
    assert.equal(await page.locator('img, a, iframe, object, embed').count(), 0, 'no element came from the data');
    assert.equal(await page.locator('b', { hasText: 'bold' }).count(), 0, 'the <b> in the source stayed text');
    assert.equal(await page.locator('script').count(), 2);
    assert.equal(await page.title(), 'Profile: <script>window.__pwned=4</script>');
    await page.screenshot({ path: join(ARTIFACTS, 'html-hostile.png') });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('diff report: regressed and improved lines coloured with base → head figures; findings sort', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const base = scaleneProfile('cpu.scalene.json');
  const head = scaleneProfile('cpu_regressed.scalene.json');
  const forward = compareProfiles([base], [head], DEFAULT_CONFIG);
  const finding = forward.findings.find((f) => f.line === 10 && !f.improvement)!;
  assert.ok(finding, 'compare finds the loop regression');
  const { page, problems, close } = await open('html-diff', renderDiffHtml(forward));
  try {
    assert.equal(await page.locator('#verdict').getAttribute('class'), 'verdict regression');
    const loop = page.locator('#diff tr.regressed').filter({ hasText: 'for i in range(n)' });
    assert.equal(await loop.count(), 1);
    const cells = (await loop.locator('td').allTextContents()).map((s) => s.trim());
    assert.equal(cells[0], '8', 'base line');
    assert.equal(cells[1], '10', 'head line');
    const baseText = formatMetric(finding, metricValue(finding, 'base'));
    const headText = formatMetric(finding, metricValue(finding, 'head'));
    assert.ok(cells.includes(baseText) && cells.includes(headText), `base → head figures ${baseText} → ${headText} in ${cells}`);
    const red = await loop.locator('td.src').evaluate((e) => window.getComputedStyle(e).backgroundColor);
    assert.equal(red, 'rgb(254, 226, 226)', 'regressed rows are red');
    assert.equal(await loop.locator('.bar').count(), 2, 'base and head time split bars');
    await page.screenshot({ path: join(ARTIFACTS, 'html-diff.png'), fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
  // As an improvement (base and head swapped) the loop is green; the findings table sorts.
  const both = mirroredImprovement(forward);
  both.findings.push(...forward.findings.filter((f) => !f.improvement).slice(0, 1));
  const back = await open('html-diff-improvement', renderDiffHtml(both));
  try {
    assert.equal(await back.page.locator('#verdict').getAttribute('class'), 'verdict improvement');
    const fixed = back.page.locator('#diff tr.improved').filter({ hasText: 'for i in range(n)' });
    assert.equal(await fixed.count(), 1);
    assert.equal(await fixed.locator('td.src').evaluate((e) => window.getComputedStyle(e).backgroundColor), 'rgb(220, 252, 231)');
    const rowClasses = () => back.page.$$eval('#findings-table tbody tr', (rows) => rows.map((r) => r.className));
    assert.deepEqual(await rowClasses(), ['improved', 'regressed'], 'unsorted: the diff order');
    const delta = back.page.locator('#findings-table th[data-key="delta"]');
    await delta.click();
    assert.equal(await delta.getAttribute('aria-sort'), 'descending');
    assert.deepEqual(await rowClasses(), ['regressed', 'improved'], 'largest increase first');
    await delta.click();
    assert.equal(await delta.getAttribute('aria-sort'), 'ascending');
    assert.deepEqual(await rowClasses(), ['improved', 'regressed']);
    assert.match((await back.page.locator('#findings-table tbody tr.improved td').nth(6).textContent()) ?? '', /^-\d+(\.\d+)? m?s$/);
    assert.deepEqual(back.problems, []);
  } finally {
    await back.close();
  }
});
