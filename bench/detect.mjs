// Detection benchmark on real code (`npm run bench:detect`): does `run` + `compare` find one
// injected change in code nobody here wrote, at every repeat count, and stay quiet otherwise?
//
// - Real libraries from node_modules, copied into a scratch project as if they were its own
//   code: acorn (a parser), diff (a diff algorithm), yaml (a serializer). Each gets a small
//   driver that exercises it for about half a second.
// - Mutation points are chosen independently of the profiler: V8's precise block coverage
//   (node:inspector) counts how often each statement runs, and a seeded RNG picks statements
//   in the count range each kind needs.
// - One change per mutant, on a new line before the chosen statement: a calibrated busy loop
//   (+15-50 % of the run), a JS-heap leak (arrays kept for the whole run), a native Buffer
//   leak, more copying (TypedArray.set of a large buffer), or a no-op edit (comment lines).
// - Every base and mutant is profiled RUNS times (full mode); compare runs at repeat 1, 3, 5
//   and 10 on disjoint groups of those runs.
// Prints recall per kind and repeat, false findings per compare, and the time taken.
//   node bench/detect.mjs [--runs 10] [--seed 1] [--libs acorn,diff,yaml] [--interval MS] [--json out.json] [--keep]
//   (--interval: the CPU sampling interval every run uses, `run --cpu-sampling-interval`; default
//    the CLI's own, 1 ms)
//   node bench/detect.mjs --rescore DIR   (judge a --keep run's profiles again with the current
//                                          compare: after a change to compare, no profiling)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as acornParser from 'acorn';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    libs: { type: 'string', default: 'acorn,diff,yaml' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    rescore: { type: 'string' },
    interval: { type: 'string' },
  },
});
const RUNS = Number(args.runs);
const INTERVAL_MS = args.interval === undefined ? null : Number(args.interval);
if (INTERVAL_MS !== null && !(INTERVAL_MS >= 0.1 && INTERVAL_MS <= 1000)) {
  console.error(`--interval expects a sampling interval in ms between 0.1 and 1000, got ${JSON.stringify(args.interval)}`);
  process.exit(2);
}
const REPEATS = [1, 3, 5, 10].filter((r) => r <= RUNS);
const started = Date.now();

const { compareProfiles } = await import(join(root, '.tsbuild/src/compare/index.js'));
const { DEFAULT_CONFIG } = await import(join(root, '.tsbuild/src/config/config.js'));
const { parseProfile } = await import(join(root, '.tsbuild/src/model/validate.js'));
const { mergeRuns } = await import(join(root, '.tsbuild/src/model/merge.js'));

// --- the libraries and their drivers ---------------------------------------------------------
const nm = (p) => join(root, 'node_modules', p);
const LIBS = {
  acorn: {
    copy: [[nm('acorn/dist/acorn.js'), 'lib/acorn.js']],
    mutate: 'lib/acorn.js',
    driver: `const acorn = require('./lib/acorn.js');
const src = require('fs').readFileSync(__dirname + '/corpus.js', 'utf8');
let nodes = 0;
for (let i = 0; i < ITER; i++) nodes += acorn.parse(src, { ecmaVersion: 'latest' }).body.length;
if (nodes < 0) console.log(nodes);
`,
    corpus: nm('acorn/dist/acorn.js'),
  },
  diff: {
    copy: [[nm('diff/libcjs'), 'lib/diff']],
    mutate: 'lib/diff/diff/base.js',
    driver: `const Diff = require('./lib/diff/index.js');
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const line = () => Array.from({ length: 8 }, () => words[Math.floor(rnd() * words.length)]).join(' ');
const a = Array.from({ length: 1500 }, line);
const b = a.map((l) => (rnd() < 0.08 ? line() : l));
let changes = 0;
for (let i = 0; i < ITER; i++) changes += Diff.diffLines(a.join('\\n'), b.join('\\n')).length + Diff.diffWords(a.slice(0, 60).join(' '), b.slice(0, 60).join(' ')).length;
if (changes < 0) console.log(changes);
`,
  },
  yaml: {
    copy: [[nm('yaml/dist'), 'lib/yaml']],
    mutate: 'lib/yaml/stringify/stringify.js',
    driver: `const YAML = require('./lib/yaml/index.js');
const doc = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: 'item ' + i, tags: ['a', 'b', String(i % 7)], nested: { x: i * 1.5, ok: i % 2 === 0, note: 'line one\\nline two' } })) };
let size = 0;
for (let i = 0; i < ITER; i++) size += YAML.parse(YAML.stringify(doc)).items.length;
if (size < 0) console.log(size);
`,
  },
};

// --- helpers ----------------------------------------------------------------------------------
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 4294967296);
}
const sh = (cmd, argv, opts) => {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 300_000, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r;
};
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];

/** Plain run time of the driver (median of 3), for calibration. */
function plainSeconds(dir) {
  const t = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    sh(process.execPath, ['bench.js'], { cwd: dir });
    t.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return median(t);
}

/** Per statement of `file` (inside a function), how many times it ran: V8 block coverage. */
function statementCounts(dir, file) {
  const out = join(dir, 'coverage.json');
  const runner = `const inspector = require('node:inspector');
const s = new inspector.Session(); s.connect();
const post = (m, p) => new Promise((res, rej) => s.post(m, p, (e, r) => (e ? rej(e) : res(r))));
(async () => {
  await post('Profiler.enable'); await post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  require('./bench.js');
  const { result } = await post('Profiler.takePreciseCoverage');
  require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(result.filter((r) => r.url.endsWith(${JSON.stringify(file)}))));
})();`;
  writeFileSync(join(dir, 'coverage-runner.js'), runner);
  sh(process.execPath, ['coverage-runner.js'], { cwd: dir });
  const cov = JSON.parse(readFileSync(out, 'utf8'))[0];
  const ranges = cov.functions.flatMap((f) => f.ranges);
  const source = readFileSync(join(dir, file), 'utf8');
  const ast = acornParser.parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true });
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const stmts = [];
  const visit = (node, inFunction) => {
    if (!node || typeof node.type !== 'string') return;
    const fn = inFunction || /Function/.test(node.type);
    const bodies = node.type === 'BlockStatement' ? node.body : node.type === 'SwitchCase' ? node.consequent : null;
    if (bodies && fn) {
      for (const st of bodies) {
        if (!['ExpressionStatement', 'VariableDeclaration', 'ReturnStatement', 'IfStatement'].includes(st.type)) continue;
        const line = lineOf(st.start);
        // Only statements that begin their line: a new line before them is always valid.
        if (source.slice(lineStarts[line - 1], st.start).trim() !== '') continue;
        let best = null;
        for (const r of ranges) if (r.startOffset <= st.start && st.start < r.endOffset && (!best || r.endOffset - r.startOffset < best.endOffset - best.startOffset)) best = r;
        if (best && best.count > 0) stmts.push({ line, start: st.start, indent: source.slice(lineStarts[line - 1], st.start), count: best.count });
      }
    }
    for (const k of Object.keys(node)) {
      const v = node[k];
      if (Array.isArray(v)) v.forEach((c) => visit(c, fn));
      else if (v && typeof v === 'object' && typeof v.type === 'string') visit(v, fn);
    }
  };
  visit(ast, false);
  return { stmts, source };
}

// Iterations per second of the injected busy loop, measured here.
function loopRate() {
  const t0 = process.hrtime.bigint();
  let s = 0;
  const n = 2e7;
  for (let i = 0; i < n; i++) s += Math.sqrt(i + (s % 7));
  globalThis.__sink = s;
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}

const KINDS = {
  cpu: { count: [50, 200_000], expect: ['cpu', 'new-hotspot'] },
  'js-leak': { count: [20, 20_000], expect: ['leak'] },
  'native-leak': { count: [8, 2_000], expect: ['leak'] },
  copy: { count: [8, 2_000], expect: ['copy'] },
  'no-op': { count: [1, Infinity], expect: [] },
};
const MUTANTS = [
  ['cpu', 0.15],
  ['cpu', 0.3],
  ['cpu', 0.5],
  ['js-leak', 0],
  ['native-leak', 0],
  ['copy', 0],
  ['no-op', 0],
];

function injection(kind, frac, count, baseS, ips) {
  switch (kind) {
    case 'cpu': {
      const k = Math.max(1, Math.round((frac * baseS * ips) / count));
      return `{ let s$ = 0; for (let i$ = 0; i$ < ${k}; i$++) s$ += Math.sqrt(i$ + (s$ % 7)); globalThis.__sink = s$; }`;
    }
    case 'js-leak': {
      const n = Math.max(64, Math.round(48e6 / 8 / count));
      return `(globalThis.__leak ??= []).push(new Array(${n}).fill(${count % 97}));`;
    }
    case 'native-leak': {
      const b = Math.min(16 << 20, Math.max(64 << 10, Math.round((96 << 20) / count)));
      return `(globalThis.__nleak ??= []).push(Buffer.alloc(${b}));`;
    }
    case 'copy': {
      const b = Math.min(16 << 20, Math.max(256 << 10, Math.round((192 << 20) / count)));
      return `(globalThis.__cpdst ??= Buffer.alloc(${b})).set(globalThis.__cpsrc ??= Buffer.alloc(${b}, 1));`;
    }
    default:
      return '// scalene-ci bench:detect: a no-op edit (a comment and a blank line)\n';
  }
}

function profile(dir, out) {
  sh(process.execPath, [join(root, 'dist', 'cli.js'), 'run', '--no-report', ...(INTERVAL_MS === null ? [] : ['--cpu-sampling-interval', String(INTERVAL_MS)]), '--json-out', out, '--', process.execPath, 'bench.js'], { cwd: dir });
  return parseProfile(readFileSync(out, 'utf8'), out);
}

/** Compare the base with one mutant at every repeat count (disjoint groups of runs). */
function score(m, baseProfiles, headProfiles) {
  const runs = Math.min(baseProfiles.length, headProfiles.length);
  for (const R of REPEATS) {
    const groups = (ps) => Array.from({ length: Math.floor(runs / R) }, (_, g) => (R === 1 ? ps[g] : mergeRuns(ps.slice(g * R, g * R + R))));
    const bg = groups(baseProfiles);
    const hg = groups(headProfiles);
    for (let g = 0; g < bg.length; g++) {
      const diff = compareProfiles([bg[g]], [hg[g]], DEFAULT_CONFIG);
      const onLine = (f) => f.file === m.file && f.line === m.line;
      const found = KINDS[m.kind].expect.length > 0 && diff.findings.some((f) => onLine(f) && !f.improvement && KINDS[m.kind].expect.includes(f.kind));
      // A change's own line may carry more than one kind (a leak's line also allocates and
      // takes time): those are not false, nor is a regression of the function that holds the
      // changed line (it does more work: the leak mutants' fill). Anything elsewhere is. Recall
      // needs the line itself.
      const onChange = (f) => onLine(f) || (f.scope === 'function' && f.file === m.file && f.line <= m.line && m.line <= (f.end_line ?? f.line));
      const falseFindings = diff.findings.filter((f) => !(KINDS[m.kind].expect.length > 0 && onChange(f) && !f.improvement)).length;
      results.push({ lib: m.lib, kind: m.kind, frac: m.frac, R, count: m.count, line: m.line, found, falseFindings, verdict: diff.summary.verdict, findings: diff.findings.map((f) => `${f.kind}${f.improvement ? '(improvement)' : ''} ${f.file}:${f.line}`) });
    }
  }
}

// --- the run ----------------------------------------------------------------------------------
const results = []; // { lib, kind, frac, R, found, falseFindings }
const mutants = []; // { lib, kind, frac, file, line, count }: kept as mutants.json with --keep
let libs = args.libs.split(',').filter((l) => LIBS[l]);
if (args.rescore) {
  const load = (p) => parseProfile(readFileSync(p, 'utf8'), p);
  const kept = JSON.parse(readFileSync(join(args.rescore, 'mutants.json'), 'utf8'));
  libs = [...new Set(kept.map((m) => m.lib))];
  for (const m of kept) {
    const runsOf = (name) => {
      const out = [];
      for (let i = 0; existsSync(join(args.rescore, m.lib, `${name}-${i}.json`)); i++) out.push(load(join(args.rescore, m.lib, `${name}-${i}.json`)));
      return out;
    };
    score(m, runsOf('base'), runsOf(`${m.kind}-${m.frac}`));
    const mine = results.filter((r) => r.lib === m.lib && r.kind === m.kind && r.frac === m.frac);
    console.log(`  ${m.lib} ${m.kind}${m.frac ? ` +${m.frac * 100}%` : ''} at ${m.file}:${m.line}: found ${mine.filter((r) => r.found).length}/${mine.length}, false findings ${mine.reduce((s, r) => s + r.falseFindings, 0)}`);
  }
} else {
const random = rng(Number(args.seed));
const ips = loopRate();
const work = mkdtempSync(join(tmpdir(), 'scalene-ci-detect-'));
try {
  for (const lib of libs) {
    const spec = LIBS[lib];
    const base = join(work, lib, 'base');
    mkdirSync(base, { recursive: true });
    for (const [from, to] of spec.copy) cpSync(from, join(base, to), { recursive: true });
    if (spec.corpus) cpSync(spec.corpus, join(base, 'corpus.js'));
    writeFileSync(join(base, 'package.json'), JSON.stringify({ name: `detect-${lib}`, private: true, type: 'commonjs' }));
    // Calibrate the driver to about 0.6 s.
    writeFileSync(join(base, 'bench.js'), spec.driver.replace('ITER', '1'));
    const one = plainSeconds(base);
    const iter = Math.max(1, Math.round(0.6 / one));
    writeFileSync(join(base, 'bench.js'), spec.driver.replace('ITER', String(iter)));
    const baseS = plainSeconds(base);
    const { stmts, source } = statementCounts(base, spec.mutate);
    const baseProfiles = Array.from({ length: RUNS }, (_, i) => profile(base, join(work, lib, `base-${i}.json`)));
    console.log(`${lib}: ${iter} iterations, ${baseS.toFixed(2)} s plain, ${stmts.length} candidate statements`);
    for (const [kind, frac] of MUTANTS) {
      const [lo, hi] = KINDS[kind].count;
      const pool = stmts.filter((s) => s.count >= lo && s.count <= hi);
      if (pool.length === 0) {
        console.log(`  ${kind}: no statement ran ${lo}-${hi} times; skipped`);
        continue;
      }
      const site = pool[Math.floor(random() * pool.length)];
      const text = injection(kind, frac, site.count, baseS, ips);
      const dir = join(work, lib, `${kind}-${frac}`);
      cpSync(base, dir, { recursive: true, filter: (p) => !p.endsWith('.json') || p.endsWith('package.json') });
      const lineStart = source.lastIndexOf('\n', site.start - 1) + 1;
      const mutated = kind === 'no-op' ? source.slice(0, lineStart) + site.indent + text + '\n' + source.slice(lineStart) : source.slice(0, lineStart) + site.indent + text + '\n' + source.slice(lineStart);
      writeFileSync(join(dir, spec.mutate), mutated);
      const headProfiles = Array.from({ length: RUNS }, (_, i) => profile(dir, join(work, lib, `${kind}-${frac}-${i}.json`)));
      mutants.push({ lib, kind, frac, file: spec.mutate, line: site.line, count: site.count });
      score(mutants[mutants.length - 1], baseProfiles, headProfiles);
      const mine = results.filter((r) => r.lib === lib && r.kind === kind && r.frac === frac);
      console.log(`  ${kind}${frac ? ` +${frac * 100}%` : ''} at ${spec.mutate}:${site.line} (ran ${site.count}x): found ${mine.filter((r) => r.found).length}/${mine.length}, false findings ${mine.reduce((s, r) => s + r.falseFindings, 0)}`);
    }
  }
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  else {
    writeFileSync(join(work, 'mutants.json'), JSON.stringify(mutants, null, 1));
    console.log(`kept ${work}`);
  }
}
}

// --- the table --------------------------------------------------------------------------------
const kinds = ['cpu', 'js-leak', 'native-leak', 'copy'];
const lines = [];
lines.push(`| repeat | ${kinds.map((k) => `${k} recall`).join(' | ')} | false findings / compare | no-op mutants with a finding |`);
lines.push(`|---|${kinds.map(() => '---').join('|')}|---|---|`);
for (const R of REPEATS) {
  const at = results.filter((r) => r.R === R);
  const cell = (k) => {
    const rs = at.filter((r) => r.kind === k);
    return rs.length ? `${rs.filter((r) => r.found).length}/${rs.length} (${Math.round((100 * rs.filter((r) => r.found).length) / rs.length)} %)` : '–';
  };
  const ff = at.reduce((s, r) => s + r.falseFindings, 0) / Math.max(1, at.length);
  const noop = at.filter((r) => r.kind === 'no-op');
  lines.push(`| ${R} | ${kinds.map(cell).join(' | ')} | ${ff.toFixed(3)} | ${noop.filter((r) => r.falseFindings > 0).length}/${noop.length} |`);
}
console.log(`\nbench:detect — ${libs.join(", ")}; ${RUNS} runs per version; sampling interval ${INTERVAL_MS ?? 1} ms; Node ${process.version}; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
console.log(lines.join('\n'));
const misses = results.filter((r) => (r.kind !== 'no-op' && !r.found) || r.falseFindings > 0);
if (misses.length) {
  console.log('\nMisses and false findings:');
  for (const r of misses) console.log(`  ${r.lib} ${r.kind}${r.frac ? ` +${r.frac * 100}%` : ''} R=${r.R} line ${r.line}: ${r.found || r.kind === 'no-op' ? '' : 'missed; '}${r.findings.join(', ') || 'no findings'}`);
}
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 1));
