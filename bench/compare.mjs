// Benchmark of `compare` on large profiles: two synthetic profiles of 50,000 profiled lines
// each (200 files × 250 lines, with sources and functions), where head shifts lines in a
// third of the files, edits a few lines and makes 20 of them heavier (+3 s each, 3 % of the total). Target: under 2 s.
//
// Self-contained: the TypeScript sources are bundled on the fly with esbuild into .cache/,
// so it runs with a plain `node bench/compare.mjs` (`npm run bench:compare`), no build needed.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = 200;
const LINES_PER_FILE = 250;
const REGRESSIONS = 20;

async function loadCompare() {
  const outfile = join(root, '.cache', 'bench-compare.mjs');
  mkdirSync(join(root, '.cache'), { recursive: true });
  await build({
    stdin: {
      contents: [
        "export { compareProfiles } from './src/compare/index.ts';",
        "export { DEFAULT_CONFIG } from './src/config/config.ts';",
        "export { parseProfile } from './src/model/validate.ts';",
        "export { renderDiffMarkdown } from './src/compare/render-markdown.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'bench-compare.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // Bundled CommonJS dependencies (yaml) need a real `require` in an ESM bundle.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(mean, rand) {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * Math.sqrt(-2 * Math.log(Math.max(rand(), 1e-12))) * Math.cos(2 * Math.PI * rand())));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

/**
 * One side. Every line of every file is charged something (a worst case: real profiles are
 * sparse), with expected times drawn once per (file, line) so base and head share them.
 */
function makeProfile(side, seed) {
  const costs = rng(42);
  const rand = rng(seed);
  const files = {};
  const totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
  for (let f = 0; f < FILES; f++) {
    const shifted = side === 'head' && f % 3 === 0;
    const src = [];
    const map = []; // base line index → line number in this version
    if (shifted) src.push('// added in head', '');
    for (let i = 0; i < LINES_PER_FILE; i++) {
      if (i % 50 === 0) src.push(`function fn_${f}_${i}() {`);
      else if (i % 50 === 49) src.push('}');
      else src.push(`  const v${i} = work_${f}_${i}(input, ${i % 17});`);
      map.push(src.length);
      if (shifted && i === 120) src.push('  // another comment in head');
    }
    const lines = [];
    const functions = [];
    for (let i = 0; i < LINES_PER_FILE; i++) {
      let ms = costs() * 4; // 0-4 ms per line: ~100 s in all
      if (side === 'head' && f * LINES_PER_FILE + i < REGRESSIONS * 997 && (f * LINES_PER_FILE + i) % 997 === 0) ms += 3000; // +3 s: 3 % of the total
      const js = poisson(ms * 0.8, rand) / 1000;
      const native = poisson(ms * 0.15, rand) / 1000;
      const gc = poisson(ms * 0.05, rand) / 1000;
      const samples = Math.round((js + native + gc) * 1000);
      lines.push({ line: map[i], cpu_js_s: js, cpu_native_s: native, system_s: 0, gc_s: gc, samples });
      totals.cpu_js_s += js;
      totals.cpu_native_s += native;
      totals.gc_s += gc;
      totals.samples += samples;
    }
    for (let i = 0; i < LINES_PER_FILE; i += 50) {
      const inside = lines.slice(i, i + 50);
      const sum = (k) => inside.reduce((s, l) => s + l[k], 0);
      functions.push({ name: `fn_${f}_${i}`, line: map[i], end_line: map[i + 49], cpu_js_s: sum('cpu_js_s'), cpu_native_s: sum('cpu_native_s'), system_s: 0, gc_s: sum('gc_s'), samples: sum('samples') });
    }
    files[`src/dir_${f % 10}/module_${f}.js`] = { source: src.join('\n') + '\n', lines, functions };
  }
  const elapsed = totals.cpu_js_s + totals.cpu_native_s + totals.gc_s;
  return {
    schema: 'scalene-ci/profile@1',
    meta: {
      tool: 'scalene-ci', tool_version: 'bench', source_format: 'scalene-ci', node_version: process.version, v8_version: null,
      platform: process.platform, arch: process.arch, cpu_model: 'bench', cpu_count: 1, command: ['node', 'bench'],
      start_time: new Date(0).toISOString(), elapsed_s: elapsed, sampling_interval_ms: 1, runs: 1, git_sha: null,
      complete: true, mode: 'cpu', use_virtual_time: false, gpu: null, missing: ['memory', 'copy'], processes: [], warnings: [],
    },
    totals: { ...totals, elapsed_s: elapsed, unattributed_s: 0 },
    files,
  };
}

const { compareProfiles, DEFAULT_CONFIG, parseProfile, renderDiffMarkdown } = await loadCompare();
const baseText = JSON.stringify(makeProfile('base', 1));
const headText = JSON.stringify(makeProfile('head', 2));

const runs = [];
let diff;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const base = parseProfile(baseText, 'base.json');
  const head = parseProfile(headText, 'head.json');
  const t1 = performance.now();
  diff = compareProfiles([base], [head], DEFAULT_CONFIG);
  const t2 = performance.now();
  const md = renderDiffMarkdown(diff, {});
  const t3 = performance.now();
  runs.push({ parse: t1 - t0, compare: t2 - t1, markdown: t3 - t2, mdChars: md.length });
}
const lines = (p) => Object.values(JSON.parse(p).files).reduce((n, f) => n + f.lines.length, 0);
const best = (k) => Math.min(...runs.map((r) => r[k]));
const regressions = diff.findings.filter((f) => !f.improvement);
console.log(`profiles: ${lines(baseText)} + ${lines(headText)} lines, ${(baseText.length / 1e6).toFixed(1)} + ${(headText.length / 1e6).toFixed(1)} MB of JSON`);
console.log(`parse + validate: ${best('parse').toFixed(0)} ms`);
console.log(`compareProfiles: ${best('compare').toFixed(0)} ms (best of ${runs.length}; ${diff.summary.tests} tests, ${regressions.length} regressions found, ${REGRESSIONS} injected)`);
console.log(`renderDiffMarkdown: ${best('markdown').toFixed(0)} ms (${runs[0].mdChars} chars)`);
const total = best('parse') + best('compare');
console.log(`compare of two 50,000-line profiles: ${(total / 1000).toFixed(2)} s including parsing (target < 2 s): ${total < 2000 ? 'OK' : 'TOO SLOW'}`);
if (regressions.length !== REGRESSIONS) console.log(`note: expected ${REGRESSIONS} regressions, found ${regressions.length}`);
process.exitCode = total < 2000 ? 0 : 1;
