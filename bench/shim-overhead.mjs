#!/usr/bin/env node
// Overhead of the LD_PRELOAD allocation/copy sampler (native/shim) on malloc-heavy Node work.
//
//   node bench/shim-overhead.mjs [--runs 11] [--instructions] [--shim path.so] [--json]
//
// Timing: each workload runs in a fresh node process, alternately without and with the shim
// (interleaved, and alternating which goes first, so drift in machine load hits both sides
// alike). The workload measures its own CPU time (process.cpuUsage, user+system, start-up
// excluded): on a shared machine CPU time is steadier than elapsed time, which includes
// waiting for a core. Elapsed work time and whole-process wall time (Node 20's start-up alone
// makes ~450k mallocs) are reported too. Each figure is the median of the per-pair ratios
// shim/plain, with the interquartile range of those ratios.
//
// --instructions: also counts instructions executed (valgrind --tool=callgrind, at 1/4 scale
// since it runs ~50x slower), which no other load on the machine can disturb. Needs valgrind.
//
// It also prints each workload's malloc/free/copy call counts (from the shim's dump), so the
// ratio can be checked against the per-call cost (`harness speed` in test/shim/harness.c).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let values;
try {
  ({ values } = parseArgs({
    options: {
      runs: { type: 'string', default: '11' },
      shim: { type: 'string', default: join(root, 'build', 'shim', 'libscalene_ci_shim.so') },
      instructions: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  }));
} catch (err) {
  console.error(`shim-overhead: ${err.message}`);
  process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`shim-overhead: --runs must be a positive integer (got ${JSON.stringify(values.runs)})`);
  process.exit(2);
}
const shim = values.shim;
if (!existsSync(shim)) {
  const built = spawnSync('bash', [join(root, 'scripts', 'build-shim.sh')], { stdio: 'inherit' });
  if (built.status !== 0 || !existsSync(shim)) {
    console.error(`shim-overhead: ${shim} does not exist and scripts/build-shim.sh could not build it`);
    process.exit(2);
  }
}
if (values.instructions && spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('shim-overhead: --instructions needs valgrind (apt-get install valgrind)');
  process.exit(2);
}

// Each workload scales its loop counts by SCALE, then prints the CPU and elapsed
// milliseconds its work took and a checksum (which must not change under the shim).
const prologue = "const SCALE = Number(process.env.BENCH_SCALE || 1);";
const epilogue = 'const c = process.cpuUsage(c0); console.log((c.user + c.system) / 1000, performance.now() - t0, n);';
const workloads = {
  // Many small mallocs and frees (V8 parser/serializer buffers, strings) plus copies.
  json: `
    const o = Array.from({ length: 50000 }, (_, i) => ({ id: i, name: 'item' + i, tags: ['a', 'b', String(i % 97)], v: i / 3 }));
    const t0 = performance.now(), c0 = process.cpuUsage();
    let n = 0;
    for (let r = 0; r < 8 * SCALE; r++) n += JSON.parse(JSON.stringify(o)).length;`,
  // Buffer churn: calloc/malloc/free of 1 KB..256 KB buffers, memmove via concat and copy.
  buffers: `
    const t0 = performance.now(), c0 = process.cpuUsage();
    let keep = [], n = 0;
    for (let i = 0; i < 60000 * SCALE; i++) {
      const size = 1024 << (i % 9);
      const a = Buffer.alloc(size, i & 255);
      const b = Buffer.allocUnsafe(size);
      a.copy(b);
      const c = Buffer.concat([a, b]);
      keep[i % 64] = c;
      n += c[size];
    }`,
  // Tiny native allocations through node APIs (TextEncoder, URL parsing, Map growth).
  small: `
    const t0 = performance.now(), c0 = process.cpuUsage();
    const enc = new TextEncoder();
    let n = 0;
    const m = new Map();
    for (let i = 0; i < 300000 * SCALE; i++) {
      n += enc.encode('k' + i).length;
      if (i % 3 === 0) n += new URL('https://example.com/p/' + i + '?q=' + i).pathname.length;
      m.set(i, 'v' + i);
      if (m.size > 5000) m.clear();
    }`,
};

function envFor(preload, extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.LD_PRELOAD;
  if (preload) env.LD_PRELOAD = shim;
  return env;
}

function once(source, preload) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', `${prologue}${source}\n${epilogue}`], { env: envFor(preload), encoding: 'utf8' });
  const wall_ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`workload failed (${preload ? 'with' : 'without'} shim): ${r.stderr}`);
  const [cpu, work, check] = r.stdout.trim().split(' ');
  return { cpu_ms: Number(cpu), work_ms: Number(work), wall_ms, check };
}

function instructions(source, preload) {
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '-e', `${prologue}${source}\n${epilogue}`],
    { env: envFor(preload, { BENCH_SCALE: '0.25' }), encoding: 'utf8' },
  );
  const m = /Collected : (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`valgrind run failed: ${r.stderr.slice(-2000)}`);
  return Number(m[1]);
}

/** malloc/free/copy calls the workload makes (read from the shim's exit dump). */
function callCounts(source) {
  const dir = mkdtempSync(join(tmpdir(), 'shim-bench-'));
  try {
    spawnSync(process.execPath, ['-e', `${prologue}${source}\n${epilogue}`], {
      env: envFor(true, { SCALENE_CI_SHIM_DUMP: dir }),
    });
    const file = readdirSync(dir).find((f) => f.startsWith('shim-'));
    if (!file) return null;
    const fields = Object.fromEntries(
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .map((l) => l.split(' '))
        .filter((p) => p.length === 2),
    );
    return { alloc_calls: Number(fields.alloc_calls), free_calls: Number(fields.free_calls), copy_calls: Number(fields.copy_calls) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
};
const median = (xs) => quantile(xs, 0.5);
const iqr = (xs) => [quantile(xs, 0.25), quantile(xs, 0.75)];

const results = {};
for (const [name, source] of Object.entries(workloads)) {
  once(source, false); // warm the page cache
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const shimFirst = i % 2 === 1;
    const a = once(source, shimFirst);
    const b = once(source, !shimFirst);
    const [plain, shimmed] = shimFirst ? [b, a] : [a, b];
    if (plain.check !== shimmed.check) throw new Error(`${name}: results differ with the shim (${plain.check} vs ${shimmed.check})`);
    pairs.push({ plain, shimmed });
  }
  const ratios = (key) => pairs.map((p) => p.shimmed[key] / p.plain[key]);
  const r = {
    runs,
    calls: callCounts(source),
    plain_cpu_ms: median(pairs.map((p) => p.plain.cpu_ms)),
    shim_cpu_ms: median(pairs.map((p) => p.shimmed.cpu_ms)),
    cpu_ratio_median: median(ratios('cpu_ms')),
    cpu_ratio_iqr: iqr(ratios('cpu_ms')),
    work_ratio_median: median(ratios('work_ms')),
    work_ratio_iqr: iqr(ratios('work_ms')),
    wall_ratio_median: median(ratios('wall_ms')),
    wall_ratio_iqr: iqr(ratios('wall_ms')),
  };
  if (values.instructions) {
    const plainIr = instructions(source, false);
    const shimIr = instructions(source, true);
    r.instructions_plain = plainIr;
    r.instructions_shim = shimIr;
    r.instructions_ratio = shimIr / plainIr;
  }
  results[name] = r;
}

if (values.json) {
  console.log(JSON.stringify({ node: process.version, shim, results }, null, 2));
} else {
  const f = (x) => x.toFixed(3);
  const range = ([lo, hi]) => `[${f(lo)}, ${f(hi)}]`;
  console.log(`shim overhead, ${process.version}, ${runs} interleaved pairs per workload; median ratio shim/plain [IQR]`);
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `  ${name.padEnd(8)} cpu ${r.plain_cpu_ms.toFixed(0)} -> ${r.shim_cpu_ms.toFixed(0)} ms: ${f(r.cpu_ratio_median)} ${range(r.cpu_ratio_iqr)}` +
        `  elapsed ${f(r.work_ratio_median)} ${range(r.work_ratio_iqr)}  process wall ${f(r.wall_ratio_median)} ${range(r.wall_ratio_iqr)}` +
        (r.instructions_ratio ? `  instructions (1/4 scale) ${f(r.instructions_ratio)}` : ''),
    );
    if (r.calls) {
      console.log(`           calls per run: ${r.calls.alloc_calls} allocs, ${r.calls.free_calls} frees, ${r.calls.copy_calls} copies`);
    }
  }
}
