// `npm run bench`: side-by-side benchmark of scalene-ci against the profilers people use on
// Node today, on real-world workloads nobody here wrote plus the suite's ground-truth programs.
//
//   npm run bench                   # the measured run (7 interleaved rounds, ~8 min on 2 cores)
//   ROUNDS=1 npm run bench          # quick smoke run
//   WORKLOADS=acorn-parse,split npm run bench   # a subset
//
// Tools, each at a 1 ms sampling interval (INTERVAL_MS=5 npm run bench: all at 5 ms):
//   plain       node W
//   cpu-only    scalene-ci run --cpu-only -- node W
//   full        scalene-ci run -- node W            (CPU + the memory/copy machinery)
//   cpu-prof    node --cpu-prof --cpu-prof-interval 1000 W
//   dd-pprof    node --require bench/dd-preload.cjs W  (@datadog/pprof wall + heap profiler)
// scalene-ci runs through its bin (dist/scalene-ci.sh: on Linux the native launcher, the Node
// CLI beside the program, started from its V8 snapshot: built before the rounds, README "run").
// NODE_CLI=1 adds node-cli-cpu-only and node-cli-full: the Node CLI in front of the program
// (SCALENE_CI_NO_LAUNCHER=1); NO_SNAPSHOT=1 adds no-snapshot-cpu-only and no-snapshot-full: the
// launcher with the Node CLI loaded from its files (SCALENE_CI_NO_SNAPSHOT=1); CLI_WRAP=nice,idle
// adds nice-* and idle-*: the launcher with the CLI started at `nice -n 19` or SCHED_IDLE; all
// measured in the same rounds.
//
// Every round runs every (workload, tool) pair once, in a shuffled order, so load from other
// tenants of a shared machine hits every tool alike; ratios are taken against the plain run
// of the same round, and medians and interquartile ranges are over rounds.
//
// Figures per run: whole-process wall time (spawn to exit, including the profiler writing its
// output and, for scalene-ci, building the profile in the supervising CLI process); peak RSS
// of the profiled node process (from /usr/bin/time, so memory used while writing the profile
// at exit counts) and of the scalene-ci CLI process; the size of the profile file(s) written.
// For the ground-truth programs, each tool's profile is read back for fidelity (fidelity.mjs).
//
// Output: Markdown tables on stdout; the same in .cache/bench/results.md and the raw per-run
// data in .cache/bench/results.json; the latest profile of each (workload, tool) in .cache/bench/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fmt, interleave, median, quantile, timeRun } from './lib.mjs';
import * as fidelity from './fidelity.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const ddPreload = join(here, 'dd-preload.cjs');
const outDir = join(root, '.cache', 'bench');
// The built profiler is measured from a copy taken at start (package.json, dist/, the shim):
// on a shared checkout dist/ may be rebuilt during a 10-minute run, and a half-written
// prebuild would fail runs or mix two builds in one table. The CLI finds its engine, preload
// and shim relative to its package root, so the copy runs exactly as dist/ does.
const snapshot = join(outDir, 'snapshot');
// The bin as users run it (node_modules/.bin/scalene-ci, npx): on Linux the native launcher
// starts the workload and the Node CLI beside it.
const bin = join(snapshot, 'dist', 'scalene-ci.sh');
// Every tool samples at the same interval: 1 ms (scalene-ci's default) unless INTERVAL_MS says
// otherwise (the interval's cost, for choosing the default: docs/PERFORMANCE.md).
const INTERVAL_MS = Number(process.env.INTERVAL_MS ?? 1);
const INTERVAL_US = Math.round(INTERVAL_MS * 1000);

function die(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

if (!existsSync(join(root, 'dist', 'cli.js'))) die('needs dist/cli.js: run `npm run build` first');
if (!(INTERVAL_MS >= 0.1 && INTERVAL_MS <= 1000)) die(`INTERVAL_MS must be between 0.1 and 1000 (got ${JSON.stringify(process.env.INTERVAL_MS)})`);
const rounds = Number(process.env.ROUNDS ?? 7);
if (!Number.isInteger(rounds) || rounds < 1) die(`ROUNDS must be a positive integer (got ${JSON.stringify(process.env.ROUNDS)})`);
// GNU time reports the peak RSS of the process it runs, after that process has exited.
const GNU_TIME = '/usr/bin/time';
const haveTime = existsSync(GNU_TIME);
if (!haveTime) console.error('bench: /usr/bin/time not found: peak RSS falls back to what workloads print themselves (exit-time memory not counted)');

const ALL_WORKLOADS = [
  { name: 'acorn-parse', file: join(here, 'workloads', 'acorn-parse.mjs'), what: 'acorn parses typescript.js (9 MB)' },
  { name: 'marked-render', file: join(here, 'workloads', 'marked-render.mjs'), what: 'marked renders all node_modules Markdown (4 MB) ×2' },
  { name: 'ts-compile', file: join(here, 'workloads', 'ts-compile.mjs'), what: 'tsc type-checks + emits 24 .ts files from node_modules' },
  { name: 'json-roundtrip', file: join(here, 'workloads', 'json-roundtrip.mjs'), what: 'JSON stringify/parse ×12 of node_modules manifests + TS message catalogues (12 MB)' },
  { name: 'zlib-pipeline', file: join(here, 'workloads', 'zlib-pipeline.mjs'), what: 'gzip → gunzip stream pipeline over 36 MB' },
  { name: 'split', file: join(root, 'test', 'programs', 'cpu', 'split.mjs'), what: 'ground truth: JS / native / sleep, 400 ms each', fidelity: 'split' },
  { name: 'callers', file: join(root, 'test', 'programs', 'cpu', 'callers.mjs'), what: 'ground truth: library call from two lines, 1:2', fidelity: 'callers' },
  // Not a workload: measures the fixed cost per run; left out of the medians and targets.
  { name: 'empty', file: join(here, 'workloads', 'empty.mjs'), what: 'does nothing (fixed cost per run)', probe: true },
];
const only = process.env.WORKLOADS ? new Set(process.env.WORKLOADS.split(',').map((s) => s.trim())) : null;
const workloads = ALL_WORKLOADS.filter((w) => !only || only.has(w.name));
if (workloads.length === 0) die(`WORKLOADS matched nothing (known: ${ALL_WORKLOADS.map((w) => w.name).join(', ')})`);

// The supervising CLI reports its own peak RSS when it exits (a data: URL module, so no file
// is added to the CLI and nothing reaches the profiled child, which gets no execArgv of ours).
const supervisorHook =
  'data:text/javascript,' +
  encodeURIComponent(
    "process.on('exit', () => { const u = process.cpuUsage(); " +
      "process.stderr.write('supervisor_rss_kb=' + process.resourceUsage().maxRSS + '\\nsupervisor_cpu_s=' + (u.user + u.system) / 1e6 + '\\n'); });",
  );

/** The profiled command: node (with flags) running the workload, under GNU time. */
function nodeCommand(w, nodeFlags = []) {
  const node = [process.execPath, ...nodeFlags, w.file];
  return haveTime ? [GNU_TIME, '-f', 'peak_rss_kb=%M\nproc_user_s=%U\nproc_sys_s=%S', ...node] : node;
}

const outBase = (w, tool) => join(outDir, `${w.name}.${tool}`);

function scaleneRun(w, tool, extraFlags, nodeCli = Boolean(process.env.SCALENE_CI_NO_LAUNCHER), extraEnv = {}) {
  const out = `${outBase(w, tool)}.json`;
  rmSync(out, { force: true });
  // The CLI's peak RSS and CPU time: the launcher reports them from wait4 (SCALENE_CI_LAUNCH_STATS);
  // where the Node CLI runs in front instead (SCALENE_CI_NO_LAUNCHER=1), a hook in it does.
  const args = ['run', ...extraFlags, ...(INTERVAL_MS === 1 ? [] : ['--cpu-sampling-interval', String(INTERVAL_MS)]), '--no-report', '--json-out', out, '--', ...nodeCommand(w)];
  const r = nodeCli
    ? timeRun(process.execPath, ['--import', supervisorHook, join(snapshot, 'dist', 'cli.js'), ...args], { cwd: root })
    : timeRun(bin, args, { cwd: root, env: { ...benchEnv(), ...extraEnv } });
  return { ...r, outputs: [out] };
}

const benchEnv = () => ({ ...process.env, SCALENE_CI_LAUNCH_STATS: '1', PATH: `${dirname(process.execPath)}:${process.env.PATH}` });
// CLI_WRAP: the CLI's node through a SCALENE_CI_NODE wrapper that lowers its priority.
const CLI_WRAPS = (process.env.CLI_WRAP ?? '').split(',').filter(Boolean);
const wrapperOf = (kind) => {
  const f = join(outDir, `node-${kind}.sh`);
  if (existsSync(f)) return f;
  const prefix = kind === 'nice' ? 'nice -n 19' : kind === 'idle' ? 'chrt -i 0' : die(`CLI_WRAP: unknown ${kind}`);
  writeFileSync(f, `#!/bin/sh\nexec ${prefix} ${process.execPath} "$@"\n`, { mode: 0o755 });
  return f;
};
const OURS = new Set(['cpu-only', 'full', 'node-cli-cpu-only', 'node-cli-full', 'no-snapshot-cpu-only', 'no-snapshot-full', ...CLI_WRAPS.flatMap((k) => [`${k}-cpu-only`, `${k}-full`])]);
const TOOLS = [
  {
    name: 'plain',
    run: (w) => {
      const [cmd, ...args] = nodeCommand(w);
      return { ...timeRun(cmd, args, { cwd: root }), outputs: [] };
    },
  },
  { name: 'cpu-only', run: (w) => scaleneRun(w, 'cpu-only', ['--cpu-only']) },
  { name: 'full', run: (w) => scaleneRun(w, 'full', []) },
  // NODE_CLI=1: also the Node CLI in front of the program (the way before the launcher), in the same rounds.
  ...(process.env.NODE_CLI
    ? [
        { name: 'node-cli-cpu-only', run: (w) => scaleneRun(w, 'node-cli-cpu-only', ['--cpu-only'], true) },
        { name: 'node-cli-full', run: (w) => scaleneRun(w, 'node-cli-full', [], true) },
      ]
    : []),
  ...(process.env.NO_SNAPSHOT
    ? [
        { name: 'no-snapshot-cpu-only', run: (w) => scaleneRun(w, 'no-snapshot-cpu-only', ['--cpu-only'], false, { SCALENE_CI_NO_SNAPSHOT: '1' }) },
        { name: 'no-snapshot-full', run: (w) => scaleneRun(w, 'no-snapshot-full', [], false, { SCALENE_CI_NO_SNAPSHOT: '1' }) },
      ]
    : []),
  ...CLI_WRAPS.flatMap((k) => {
    return [
      { name: `${k}-cpu-only`, run: (w) => scaleneRun(w, `${k}-cpu-only`, ['--cpu-only'], false, { SCALENE_CI_NODE: wrapperOf(k) }) },
      { name: `${k}-full`, run: (w) => scaleneRun(w, `${k}-full`, [], false, { SCALENE_CI_NODE: wrapperOf(k) }) },
    ];
  }),
  {
    name: 'cpu-prof',
    run: (w) => {
      const out = `${outBase(w, 'cpu-prof')}.cpuprofile`;
      rmSync(out, { force: true });
      const flags = ['--cpu-prof', '--cpu-prof-interval', String(INTERVAL_US), '--cpu-prof-dir', outDir, '--cpu-prof-name', `${w.name}.cpu-prof.cpuprofile`];
      const [cmd, ...args] = nodeCommand(w, flags);
      return { ...timeRun(cmd, args, { cwd: root }), outputs: [out] };
    },
  },
  {
    name: 'dd-pprof',
    run: (w) => {
      const base = outBase(w, 'dd-pprof');
      const outputs = [`${base}.time.pb.gz`, `${base}.heap.pb.gz`];
      for (const o of outputs) rmSync(o, { force: true });
      const [cmd, ...args] = nodeCommand(w, ['--require', ddPreload]);
      return { ...timeRun(cmd, args, { cwd: root, env: { ...process.env, DD_PPROF_OUT: base, DD_PPROF_INTERVAL_US: String(INTERVAL_US) } }), outputs };
    },
  },
];

const tagged = (stderr, tag) => {
  const m = new RegExp(`(?:^|\\n)${tag}=([\\d.]+)`).exec(stderr);
  return m ? Number(m[1]) : null;
};

let readers = null;

/** Read a ground-truth program's profile back: seconds per known line, per tool. */
function fidelityOf(w, tool, outputs) {
  const spec = w.fidelity === 'split' ? fidelity.SPLIT : fidelity.CALLERS;
  let times;
  if (OURS.has(tool)) times = fidelity.oursLineTimes(readers, readFileSync(outputs[0], 'utf8'), outputs[0], spec.file, spec.lines);
  else if (tool === 'cpu-prof') times = fidelity.cpuprofileLineTimes(readers, readFileSync(outputs[0], 'utf8'), outputs[0], spec.file, spec.lines, root);
  else if (tool === 'dd-pprof') times = fidelity.pprofLineTimes(readFileSync(outputs[0]), spec.file, spec.lines);
  else return null;
  return w.fidelity === 'split' ? fidelity.splitScore(times) : fidelity.callersScore(times);
}

// A run that fails is retried once (and reported): a transient failure on a shared machine
// should not throw away ten minutes of measurements; a second failure stops the benchmark.
const retries = [];
function runOnce(t, w) {
  try {
    return t.run(w);
  } catch (e) {
    retries.push(`${t.name} on ${w.name}: ${String(e.message).split('\n').find((l) => /error|failed/i.test(l))?.slice(0, 160) ?? 'failed'}`);
    log(`retrying ${t.name} on ${w.name} after: ${e.message.slice(0, 400)}`);
    return t.run(w);
  }
}

// Background load: CPU the whole machine used during a round (/proc/stat) minus what the
// benchmark's own runs and this process used. The load average cannot tell the two apart —
// one profiled run alone keeps it near 2 on this machine (GC, zlib and profiler threads).
let ownCpuS = 0;
function machineBusyS() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy = all but idle and iowait
    return (f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] ?? 0)) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}
const selfCpuS = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** One measured run: time it, then (outside the timed part) collect sizes and fidelity. */
const variants = TOOLS.map((t) => ({
  name: t.name,
  run: (w) => {
    const r = runOnce(t, w);
    const procCpuS = haveTime ? tagged(r.stderr, 'proc_user_s') + tagged(r.stderr, 'proc_sys_s') + (tagged(r.stderr, 'supervisor_cpu_s') ?? 0) : 0;
    ownCpuS += procCpuS;
    for (const o of r.outputs) if (!existsSync(o)) throw new Error(`${t.name} on ${w.name} wrote no ${relative(root, o)}`);
    const outBytes = r.outputs.reduce((a, o) => a + statSync(o).size, 0);
    // pprof is already gzipped; gzip the others too so sizes also compare like for like.
    const outGzBytes = r.outputs.reduce((a, o) => a + (o.endsWith('.gz') ? statSync(o).size : gzipSync(readFileSync(o)).length), 0);
    return {
      wallS: r.wallS,
      peakRssKb: tagged(r.stderr, 'peak_rss_kb') ?? tagged(r.stderr, 'maxrss_kb'),
      selfRssKb: tagged(r.stderr, 'maxrss_kb'),
      supervisorRssKb: tagged(r.stderr, 'supervisor_rss_kb'),
      // The CLI's memory as the kernel splits it, at the end of its work (cli/exit.ts).
      supervisorPrivateKb: tagged(r.stderr, 'supervisor_private_kb'),
      supervisorPssKb: tagged(r.stderr, 'supervisor_pss_kb'),
      // CPU seconds of the profiled process (GNU time) plus scalene-ci's CLI process, if any.
      cpuS: haveTime ? procCpuS : null,
      supervisorCpuS: tagged(r.stderr, 'supervisor_cpu_s'),
      outBytes: r.outputs.length ? outBytes : null,
      outGzBytes: r.outputs.length ? outGzBytes : null,
      fidelity: w.fidelity ? fidelityOf(w, t.name, r.outputs) : null,
      load1: os.loadavg()[0],
    };
  },
}));

// ---------------------------------------------------------------------------------------
mkdirSync(outDir, { recursive: true });
rmSync(snapshot, { recursive: true, force: true });
mkdirSync(snapshot, { recursive: true });
cpSync(join(root, 'package.json'), join(snapshot, 'package.json'));
cpSync(join(root, 'dist'), join(snapshot, 'dist'), { recursive: true, filter: (src) => !src.startsWith(join(root, 'dist', 'action')) });
if (existsSync(join(root, 'build', 'shim'))) cpSync(join(root, 'build', 'shim'), join(snapshot, 'build', 'shim'), { recursive: true });
readers = await fidelity.loadRepoReaders(root);
const machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores: os.cpus().length,
  memory_gib: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  v8: process.versions.v8,
  ddPprof: JSON.parse(readFileSync(join(root, 'node_modules', '@datadog', 'pprof', 'package.json'), 'utf8')).version,
  scaleneCi: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  gitSha: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })(),
};
// What was measured: the built profiler can change under a long run on a shared checkout.
const fingerprint = (dir) => {
  const h = createHash('sha256');
  for (const f of ['dist/scalene-ci.sh', 'dist/native/linux-x64/scalene-ci-launch', 'dist/cli.js', 'dist/preload.cjs', `dist/prebuilds/linux-x64/scalene_ci.abi${process.versions.modules}.node`, 'dist/native/linux-x64/libscalene_ci_shim.so', 'build/shim/libscalene_ci_shim.so']) {
    const abs = join(dir, f);
    h.update(f + (existsSync(abs) ? readFileSync(abs).toString('base64') : 'absent'));
  }
  return h.digest('hex').slice(0, 12);
};
machine.distFingerprint = fingerprint(snapshot);
const t0 = Date.now();
const loadStart = os.loadavg();
const log = (m) => process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(0)} s, load ${os.loadavg()[0].toFixed(2)}] ${m}\n`);
log(`${rounds} round(s) × ${workloads.length} workloads × ${TOOLS.length} tools; warming up`);
// The CLI's snapshot for this copy of dist/ (the launcher names it by the bundle's inode and
// times, so a fresh copy has none): one run asks for it, and the rounds wait until it is built.
if (!process.env.SCALENE_CI_NO_SNAPSHOT && !process.env.SCALENE_CI_NO_LAUNCHER && process.platform === 'linux') {
  const cache = join(process.env.XDG_CACHE_HOME || join(os.homedir(), '.cache'), 'scalene-ci');
  const before = new Set(existsSync(cache) ? readdirSync(cache) : []);
  timeRun(bin, ['run', '--cpu-only', '--no-report', '--json-out', join(outDir, 'prime.json'), '--', process.execPath, '-e', '0'], { cwd: root, env: benchEnv() });
  const until = Date.now() + 120_000;
  const built = () => readdirSync(cache).some((n) => n.endsWith('.blob') && !before.has(n));
  const busy = () => readdirSync(cache).some((n) => n.endsWith('.lock'));
  while (existsSync(cache) && Date.now() < until && !built() && busy()) execFileSync('sleep', ['0.2']);
  log(existsSync(cache) && built() ? 'the CLI snapshot for this copy of dist/ is built' : 'note: no new CLI snapshot was built (one was there, or the build failed): see ~/.cache/scalene-ci');
}
// Warm-up (discarded): page cache for the inputs, and each tool's code, once.
for (const w of workloads) TOOLS[0].run(w);
for (const t of TOOLS) t.run(workloads[workloads.length - 1]);
const loads = [];
const background = [];
let mark = { busy: machineBusyS(), own: ownCpuS + selfCpuS(), at: Date.now() };
const results = interleave(workloads, variants, rounds, (m) => {
  loads.push(os.loadavg()[0]);
  const now = { busy: machineBusyS(), own: ownCpuS + selfCpuS(), at: Date.now() };
  // Cores kept busy by other processes, on average over the round.
  if (now.busy !== null && mark.busy !== null) background.push(Math.max(0, now.busy - mark.busy - (now.own - mark.own)) / ((now.at - mark.at) / 1000));
  mark = now;
  log(`${m}${background.length ? `; other processes kept ${background[background.length - 1].toFixed(2)} of ${os.cpus().length} cores busy` : ''}`);
});
const loadEnd = os.loadavg();
// Informational: the measured copy cannot change, but the checkout's build may have.
const distChanged = fingerprint(root) !== machine.distFingerprint;
if (distChanged) log('note: dist/ in the checkout changed during the run; the figures are for the copy taken at start');
const durationS = (Date.now() - t0) / 1000;

// ---------------------------------------------------------------------------------------
// Summaries. Ratios are per round (tool / plain of the same round); medians and IQRs over rounds.
const iqr = (xs) => [quantile(xs, 0.25), quantile(xs, 0.75)];
const ratioCell = (xs) => (xs.length > 1 ? `${fmt(median(xs))} (${fmt(quantile(xs, 0.25))}–${fmt(quantile(xs, 0.75))})` : fmt(median(xs)));
const mb = (kb) => (kb === null || !Number.isFinite(kb) ? 'n/a' : (kb / 1024).toFixed(0));
const kib = (b) => (b === null || !Number.isFinite(b) ? '—' : b >= 10 * 2 ** 20 ? `${(b / 2 ** 20).toFixed(1)} MiB` : `${(b / 1024).toFixed(0)} KiB`);
const PROFILERS = TOOLS.slice(1).map((t) => t.name);
const col = (w, tool, key) => results[w.name][tool].runs.map((r) => r[key]).filter((x) => x !== null && x !== undefined);

const summary = { machine, rounds, durationS, loadStart, loadEnd, loadsPerRound: loads, backgroundCoresPerRound: background, workloads: {} };
for (const w of workloads) {
  const s = {};
  for (const t of TOOLS) {
    const res = results[w.name][t.name];
    s[t.name] = {
      wall_s: median(col(w, t.name, 'wallS')),
      wall_iqr_s: iqr(col(w, t.name, 'wallS')),
      ratio: median(res.ratios),
      cpu_s: median(col(w, t.name, 'cpuS')),
      cpu_ratios: res.runs.map((r, i) => r.cpuS / results[w.name].plain.runs[i].cpuS).filter(Number.isFinite),
      ratio_iqr: iqr(res.ratios),
      peak_rss_kb: median(col(w, t.name, 'peakRssKb')),
      self_rss_kb: median(col(w, t.name, 'selfRssKb')),
      supervisor_rss_kb: col(w, t.name, 'supervisorRssKb').length ? median(col(w, t.name, 'supervisorRssKb')) : null,
      supervisor_cpu_s: col(w, t.name, 'supervisorCpuS').length ? median(col(w, t.name, 'supervisorCpuS')) : null,
      supervisor_private_kb: col(w, t.name, 'supervisorPrivateKb').length ? median(col(w, t.name, 'supervisorPrivateKb')) : null,
      supervisor_pss_kb: col(w, t.name, 'supervisorPssKb').length ? median(col(w, t.name, 'supervisorPssKb')) : null,
      out_bytes: col(w, t.name, 'outBytes').length ? median(col(w, t.name, 'outBytes')) : null,
      out_gz_bytes: col(w, t.name, 'outGzBytes').length ? median(col(w, t.name, 'outGzBytes')) : null,
    };
    // Paired with node --cpu-prof in the same round: is scalene-ci slower than it?
    if (OURS.has(t.name)) {
      const vsCpuProf = res.runs.map((r, i) => r.wallS / results[w.name]['cpu-prof'].runs[i].wallS);
      s[t.name].vs_cpu_prof = median(vsCpuProf);
      s[t.name].vs_cpu_prof_iqr = iqr(vsCpuProf);
    }
  }
  summary.workloads[w.name] = s;
}
const measured = workloads.filter((w) => !w.probe);
const probe = workloads.find((w) => w.probe);
const overall = Object.fromEntries(PROFILERS.map((p) => [p, median(measured.map((w) => summary.workloads[w.name][p].ratio))]));
const realWorld = measured.filter((w) => !w.fidelity);
const overallReal = Object.fromEntries(PROFILERS.map((p) => [p, realWorld.length ? median(realWorld.map((w) => summary.workloads[w.name][p].ratio)) : NaN]));
summary.overall = overall;
summary.overallRealWorld = overallReal;

const lines = [];
const p = (s = '') => lines.push(s);
p(`## Results (${rounds} interleaved round${rounds === 1 ? '' : 's'}, every tool sampling every ${INTERVAL_MS} ms)`);
p();
p(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gib} GiB, ${machine.os}; Node ${machine.node} (V8 ${machine.v8}); ` +
  `scalene-ci ${machine.scaleneCi} (${machine.gitSha ?? 'unknown sha'}); @datadog/pprof ${machine.ddPprof}.`);
p(`Built profiler measured: a copy of dist/ taken at start, fingerprint ${machine.distFingerprint}${distChanged ? ' (the checkout\'s dist/ was rebuilt during the run)' : ''}.` +
  (retries.length ? ` ${retries.length} run(s) failed and were retried once: ${retries.join('; ')}.` : ''));
p(`Load average (1 min) at start ${loadStart[0].toFixed(2)}, per round ${loads.map((l) => l.toFixed(2)).join(', ')}, at end ${loadEnd[0].toFixed(2)} (the benchmark's own threads count in it). Took ${(durationS / 60).toFixed(1)} min.`);
if (background.length) p(`Other processes on the machine kept on average ${background.map((b) => b.toFixed(2)).join(', ')} of ${machine.cores} cores busy per round (machine CPU time from /proc/stat minus the benchmark's own).`);
p();
p('| workload | what it does |');
p('| --- | --- |');
for (const w of workloads) p(`| ${w.name} | ${w.what} |`);
p();
p('### Wall time: ratio to plain `node` (median over rounds, IQR in parentheses)');
p();
p(`| workload | plain (s) | ${PROFILERS.map((x) => `\`${x}\``).join(' | ')} |`);
p(`| --- | ---: | ${PROFILERS.map(() => '---:').join(' | ')} |`);
for (const w of measured) {
  const s = summary.workloads[w.name];
  p(`| ${w.name} | ${fmt(s.plain.wall_s, 2)} | ${PROFILERS.map((x) => ratioCell(results[w.name][x].ratios)).join(' | ')} |`);
}
p(`| **median over workloads** | | ${PROFILERS.map((x) => `**${fmt(overall[x])}**`).join(' | ')} |`);
if (realWorld.length && realWorld.length !== measured.length) p(`| median over the ${realWorld.length} npm workloads | | ${PROFILERS.map((x) => fmt(overallReal[x])).join(' | ')} |`);
if (probe) {
  // Paired per round: the tool's run minus the plain run of the same round.
  const extraMs = (x) => median(results[probe.name][x].runs.map((r, i) => (r.wallS - results[probe.name].plain.runs[i].wallS) * 1000));
  summary.fixedCostMs = Object.fromEntries(PROFILERS.map((x) => [x, extraMs(x)]));
  p();
  p(`Fixed cost per run (a program that does nothing; plain \`node\` ${fmt(summary.workloads[probe.name].plain.wall_s * 1000, 0)} ms): ` +
    PROFILERS.map((x) => `\`${x}\` +${fmt(summary.fixedCostMs[x], 0)} ms`).join(', ') + '.');
}
p();
if (haveTime) {
  p('### CPU time: ratio to plain `node` (profiled process + scalene-ci\'s CLI process; median, IQR)');
  p();
  p('Less sensitive than wall time to other tenants of the machine; includes the profilers\' own threads.');
  p();
  p(`| workload | plain (CPU s) | ${PROFILERS.map((x) => `\`${x}\``).join(' | ')} |`);
  p(`| --- | ---: | ${PROFILERS.map(() => '---:').join(' | ')} |`);
  for (const w of measured) {
    const s = summary.workloads[w.name];
    p(`| ${w.name} | ${fmt(s.plain.cpu_s, 2)} | ${PROFILERS.map((x) => ratioCell(s[x].cpu_ratios)).join(' | ')} |`);
  }
  summary.overallCpu = Object.fromEntries(PROFILERS.map((x) => [x, median(measured.map((w) => median(summary.workloads[w.name][x].cpu_ratios)))]));
  p(`| **median over workloads** | | ${PROFILERS.map((x) => `**${fmt(summary.overallCpu[x])}**`).join(' | ')} |`);
  p();
}
p('### scalene-ci vs `node --cpu-prof`: wall-time ratio in the same round (median, IQR)');
p();
p('| workload | `cpu-only` / `cpu-prof` | `full` / `cpu-prof` |');
p('| --- | ---: | ---: |');
for (const w of measured) {
  const s = summary.workloads[w.name];
  const cell = (x) => `${fmt(s[x].vs_cpu_prof)} (${fmt(s[x].vs_cpu_prof_iqr[0])}–${fmt(s[x].vs_cpu_prof_iqr[1])})`;
  p(`| ${w.name} | ${cell('cpu-only')} | ${cell('full')} |`);
}
p();
p('### Peak RSS of the profiled process, MB (median), and the profiler\'s share of it');
p();
p('Share = (RSS under the tool − plain RSS) / RSS under the tool. scalene-ci also runs a supervising CLI process (the last two columns), which is not in the share: its peak RSS, then what it holds alone at the end of its work (private pages, then PSS: shared pages divided among their sharers; most of its RSS is the node binary, shared with the profiled node).');
p();
p(`| workload | plain | ${PROFILERS.map((x) => `\`${x}\``).join(' | ')} | scalene-ci CLI peak RSS (cpu-only / full) | CLI private / PSS at its end (cpu-only; full) |`);
p(`| --- | ---: | ${PROFILERS.map(() => '---:').join(' | ')} | ---: | ---: |`);
const rssShare = {};
for (const w of measured) {
  const s = summary.workloads[w.name];
  rssShare[w.name] = {};
  const cells = PROFILERS.map((x) => {
    const share = ((s[x].peak_rss_kb - s.plain.peak_rss_kb) / s[x].peak_rss_kb) * 100;
    rssShare[w.name][x] = share;
    return `${mb(s[x].peak_rss_kb)} (${share >= 0 ? '+' : ''}${fmt(share, 1)}%)`;
  });
  const own = (x) => (s[x].supervisor_private_kb === null ? 'n/a' : `${mb(s[x].supervisor_private_kb)} / ${mb(s[x].supervisor_pss_kb)}`);
  p(`| ${w.name} | ${mb(s.plain.peak_rss_kb)} | ${cells.join(' | ')} | ${mb(s['cpu-only'].supervisor_rss_kb)} / ${mb(s.full.supervisor_rss_kb)} | ${own('cpu-only')}; ${own('full')} |`);
}
summary.rssShare = rssShare;
p();
p('### Output size (median; gzipped in parentheses — @datadog/pprof writes gzipped protobuf, time + heap profile)');
p();
p(`| workload | ${PROFILERS.map((x) => `\`${x}\``).join(' | ')} |`);
p(`| --- | ${PROFILERS.map(() => '---:').join(' | ')} |`);
for (const w of measured) {
  const s = summary.workloads[w.name];
  p(`| ${w.name} | ${PROFILERS.map((x) => (x === 'dd-pprof' ? kib(s[x].out_bytes) : `${kib(s[x].out_bytes)} (${kib(s[x].out_gz_bytes)})`)).join(' | ')} |`);
}

// Fidelity tables.
const fidRuns = (w, tool) => results[w.name][tool].runs.map((r) => r.fidelity);
const spread = (xs, d = 1) => (xs.length > 1 ? ` [${fmt(Math.min(...xs), d)}–${fmt(Math.max(...xs), d)}]` : '');
const splitW = workloads.find((w) => w.fidelity === 'split');
if (splitW) {
  p();
  p('### Fidelity, split.mjs: share of the three lines\' time (truth 33.3% each), median over rounds');
  p();
  p('Max error = largest |share − 1/3| of the three lines, percentage points (median [min–max] over rounds). Kind = the kind of time with the largest share on each line (truth: JS / native / system).');
  p();
  p('| tool | line 11 (JS) | line 13 (native) | line 14 (sleep) | max error, pp | kind of time per line |');
  p('| --- | ---: | ---: | ---: | ---: | --- |');
  summary.split = {};
  for (const tool of PROFILERS) {
    const fs = fidRuns(splitW, tool);
    const share = (l) => median(fs.map((f) => f.shares[l]));
    const secs = (l) => median(fs.map((f) => f.seconds[l]));
    const errs = fs.map((f) => f.maxErrPp);
    let kinds = 'n/a (no kinds of time)';
    if (fs[0].kinds) {
      const right = median(fs.map((f) => f.kindsRight));
      const modal = fidelity.SPLIT.lines.map((l) => {
        const ks = fs.map((f) => f.kinds[l]);
        const best = [...new Set(ks)].sort((a, b) => ks.filter((k) => k === b).length - ks.filter((k) => k === a).length)[0];
        return `${best} ${fmt(median(fs.map((f) => f.kindShares[l] ?? NaN)) * 100, 0)}%`;
      });
      kinds = `${modal.join(' / ')} (${fmt(right, 0)}/3 right)`;
    }
    summary.split[tool] = { shares: Object.fromEntries(fidelity.SPLIT.lines.map((l) => [l, share(l)])), seconds: Object.fromEntries(fidelity.SPLIT.lines.map((l) => [l, secs(l)])), maxErrPp: median(errs), maxErrRange: [Math.min(...errs), Math.max(...errs)], kinds };
    p(`| \`${tool}\` | ${fidelity.SPLIT.lines.map((l) => `${fmt(share(l) * 100, 1)}% (${fmt(secs(l), 2)} s)`).join(' | ')} | ${fmt(median(errs), 1)}${spread(errs)} | ${kinds} |`);
  }
}
const callersW = workloads.find((w) => w.fidelity === 'callers');
if (callersW) {
  p();
  p('### Fidelity, callers.mjs: time of line 7 / line 6 (truth 2.0), median [min–max] over rounds');
  p();
  p('| tool | line 6 (s) | line 7 (s) | ratio | error |');
  p('| --- | ---: | ---: | ---: | ---: |');
  summary.callers = {};
  for (const tool of PROFILERS) {
    const fs = fidRuns(callersW, tool);
    const ratios = fs.map((f) => f.ratio).filter(Number.isFinite);
    const s6 = median(fs.map((f) => f.seconds[6]));
    const s7 = median(fs.map((f) => f.seconds[7]));
    summary.callers[tool] = { s6, s7, ratio: ratios.length ? median(ratios) : null, errPct: ratios.length ? median(fs.map((f) => f.errPct).filter(Number.isFinite)) : null };
    // A .cpuprofile cannot put a callee's time on the calling line (see fidelity.mjs), so
    // whatever leaf ticks happen to fall on lines 6-7 are not an attribution of the calls.
    if (tool === 'cpu-prof' || ratios.length === 0) {
      summary.callers[tool].ratio = null;
      summary.callers[tool].errPct = null;
      p(`| \`${tool}\` | ${fmt(s6, 3)} | ${fmt(s7, 3)} | n/a | n/a — no call-site lines: the callee's time is on its own node, whose parent names \`main\`, not a line |`);
    } else {
      const errs = fs.map((f) => f.errPct).filter(Number.isFinite);
      p(`| \`${tool}\` | ${fmt(s6, 3)} | ${fmt(s7, 3)} | ${fmt(median(ratios), 2)}${spread(ratios, 2)} | ${fmt(median(errs), 1)}%${spread(errs)} |`);
    }
  }
}

// Targets from the overhead issue (18): relative to `node --cpu-prof` at the same interval.
p();
p('### Targets');
p();
const verdict = (ok) => (ok ? 'met' : '**missed**');
for (const [x, slack] of [['cpu-only', 0.02], ['full', 0.06]]) {
  if (!Number.isFinite(overall[x]) || !Number.isFinite(overall['cpu-prof'])) continue;
  const limit = overall['cpu-prof'] + slack;
  p(`- \`${x}\` wall ratio ≤ \`cpu-prof\`'s + ${slack} (median over workloads): ${fmt(overall[x])}× against a limit of ${fmt(limit)}× (\`cpu-prof\` ${fmt(overall['cpu-prof'])}×) — ${verdict(overall[x] <= limit)}`);
}
if (summary.fixedCostMs) {
  for (const x of ['cpu-only', 'full']) p(`- \`${x}\` fixed cost per run ≤ 30 ms over plain node: +${fmt(summary.fixedCostMs[x], 0)} ms — ${verdict(summary.fixedCostMs[x] <= 30)}`);
}
for (const x of ['cpu-only', 'full']) {
  // Everything scalene-ci runs: the profiled process's extra plus the supervising CLI process.
  const extra = Object.fromEntries(measured.map((w) => {
    const s = summary.workloads[w.name];
    const plainKb = s.plain.peak_rss_kb;
    return [w.name, plainKb ? ((s[x].peak_rss_kb - plainKb + (s[x].supervisor_rss_kb ?? 0)) / plainKb) * 100 : NaN];
  }));
  const over = measured.filter((w) => !(extra[w.name] <= 10));
  // (Not the verdict: the method above is the target's. What the CLI holds alone, its private
  // pages at its end, in place of its peak RSS, of which most is the node binary's shared pages.)
  const extraOwn = measured.map((w) => {
    const s = summary.workloads[w.name];
    const plainKb = s.plain.peak_rss_kb;
    return plainKb && s[x].supervisor_private_kb !== null ? `${fmt(((s[x].peak_rss_kb - plainKb + s[x].supervisor_private_kb) / plainKb) * 100, 0)}%` : 'n/a';
  });
  p(`- \`${x}\` extra memory (profiled process's extra + the CLI process) ≤ 10% of the program's peak RSS on every workload: ${over.length === 0 ? 'met' : `**missed** on ${over.map((w) => `${w.name} (${fmt(extra[w.name], 0)}%)`).join(', ')}`}; the profiled process's share alone: ${measured.map((w) => `${fmt(rssShare[w.name][x], 1)}%`).join(', ')}; counting the CLI's private memory at its end instead of its peak RSS (not the target's method): ${extraOwn.join(', ')}`);
}
const md = lines.join('\n') + '\n';
process.stdout.write(md);
writeFileSync(join(outDir, 'results.md'), md);
writeFileSync(join(outDir, 'results.json'), JSON.stringify({ summary, runs: results }, null, 1));
log(`wrote ${relative(root, join(outDir, 'results.md'))} and results.json`);
