// `npm run bench:inprocess`: what the profiled process alone costs, without the launcher in
// front of it and the CLI beside it. Each workload runs plain, under `node --cpu-prof`, and
// with the preload and the environment `scalene-ci run` gives the command (SCALENE_CI_CONFIG,
// NODE_OPTIONS; for the full profile also the shim in LD_PRELOAD: taken from a real run of the
// bin, so it stays the launcher's), in interleaved rounds. The session folder it writes is
// removed unread: nothing builds a profile.
//
// What `npm run bench` measures for `scalene-ci run` is this plus the launcher, the CLI's start
// and work beside the program, and the wait for the profile after the exit; the difference
// between the two tables is what the supervising side costs (docs/PERFORMANCE.md, "Inside the
// profiled process").
//   npm run bench:inprocess         ROUNDS=15 WORKLOADS=empty,json-roundtrip npm run bench:inprocess
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, interleave, median, quantile } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const bin = join(root, 'dist', 'scalene-ci.sh');
if (process.platform !== 'linux' || !existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench:inprocess needs a built dist/ (`npm run build`) on Linux');
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 9);
const names = (process.env.WORKLOADS ?? 'empty,acorn-parse,marked-render,ts-compile,json-roundtrip,zlib-pipeline').split(',');
const workloads = names.map((name) => ({ name, file: join(here, 'workloads', `${name}.mjs`) }));
const missing = workloads.filter((w) => !existsSync(w.file));
if (missing.length > 0 || !(rounds > 0)) {
  console.error(`bench:inprocess: no workload ${missing.map((w) => w.name).join(', ')} in bench/workloads, or ROUNDS is not a positive number`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'scalene-ci-inprocess-'));
const haveTime = existsSync('/usr/bin/time');

/** One run: wall time from spawn to exit (ns clock), CPU time of the process (GNU time, 10 ms steps). */
function timed(args, env) {
  const cmd = haveTime ? '/usr/bin/time' : process.execPath;
  const argv = haveTime ? ['-f', 'inprocess_cpu=%U %S', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-400)}`);
  const m = /inprocess_cpu=([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { wallS, cpuS: m ? Number(m[1]) + Number(m[2]) : NaN };
}

/** The variables the launcher gives a command (native/launch/launch.c), asked of the bin itself. */
function launcherEnv(args) {
  const show = 'printf "%s\\n%s\\n%s" "$SCALENE_CI_CONFIG" "$NODE_OPTIONS" "$LD_PRELOAD"';
  const r = spawnSync(bin, ['run', ...args, '--no-report', '--json-out', join(work, 'env.json'), '--', 'sh', '-c', show], {
    encoding: 'utf8',
    // the CLI under the node running this bench, as bench/run.mjs does
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
  });
  const [config, nodeOptions, ldPreload] = r.stdout.split('\n');
  if (r.status !== 0 || !config) {
    console.error(`bench:inprocess: \`scalene-ci run ${args.join(' ')}\` did not run (${r.status}): ${r.stderr.trim().split('\n').pop()}`);
    rmSync(work, { recursive: true, force: true });
    process.exit(2);
  }
  const env = { SCALENE_CI_CONFIG: config, NODE_OPTIONS: nodeOptions };
  if (ldPreload) env.LD_PRELOAD = ldPreload;
  return env;
}
const given = { cpu: launcherEnv(['--cpu-only']), full: launcherEnv([]) };

/** A run in the command's environment, with a session folder of its own. */
function underPreload(w, mode) {
  const dir = join(work, 'session');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const env = given[mode];
  return timed([w.file], { ...env, SCALENE_CI_CONFIG: JSON.stringify({ ...JSON.parse(env.SCALENE_CI_CONFIG), dir }) });
}

const variants = [
  { name: 'plain', run: (w) => timed([w.file], {}) },
  { name: 'cpu-prof', run: (w) => timed(['--cpu-prof', `--cpu-prof-dir=${join(work, 'cpu-prof')}`, '--cpu-prof-interval', '1000', w.file], {}) },
  { name: 'cpu-only', run: (w) => underPreload(w, 'cpu') },
  { name: 'full', run: (w) => underPreload(w, 'full') },
];

console.log(`bench:inprocess — ${rounds} interleaved rounds, Node ${process.version}, 1 ms sampling; the profiled process alone (no launcher, no CLI)`);
let results;
try {
  results = interleave(workloads, variants, rounds, (m) => process.stderr.write(m + '\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
const tools = variants.slice(1).map((v) => v.name);
console.log(`\n| workload | plain wall (s) | ${tools.map((t) => `\`${t}\` wall`).join(' | ')} | plain CPU (s) | ${tools.map((t) => `\`${t}\` CPU`).join(' | ')} |`);
console.log(`| --- | ---: | ${tools.map(() => '---:').join(' | ')} | ---: | ${tools.map(() => '---:').join(' | ')} |`);
const overall = Object.fromEntries(tools.map((t) => [t, []]));
for (const w of workloads) {
  const r = results[w.name];
  const plainCpu = median(r.plain.runs.map((x) => x.cpuS));
  const wall = tools.map((t) => {
    const ratios = r[t].ratios;
    if (w.name !== 'empty') overall[t].push(median(ratios));
    return `${fmt(median(ratios))} (${fmt(quantile(ratios, 0.25))}–${fmt(quantile(ratios, 0.75))})`;
  });
  const cpu = tools.map((t) => fmt(median(r[t].runs.map((x, i) => x.cpuS / r.plain.runs[i].cpuS))));
  console.log(`| ${w.name} | ${fmt(median(r.plain.runs.map((x) => x.wallS)), 3)} | ${wall.join(' | ')} | ${fmt(plainCpu, 2)} | ${cpu.join(' | ')} |`);
}
if (results.empty) {
  const e = results.empty;
  const plainMs = median(e.plain.runs.map((x) => x.wallS)) * 1000;
  const extra = tools.map((t) => `\`${t}\` +${fmt(median(e[t].runs.map((x, i) => x.wallS - e.plain.runs[i].wallS)) * 1000, 1)} ms`);
  console.log(`\nFixed cost in the process (the empty program; plain ${fmt(plainMs, 1)} ms): ${extra.join(', ')} (median of per-round differences).`);
}
if (overall['cpu-prof'].length > 0) {
  const m = Object.fromEntries(tools.map((t) => [t, median(overall[t])]));
  console.log(`Median wall ratio over the other workloads: ${tools.map((t) => `\`${t}\` ${fmt(m[t])}×`).join(', ')}; against \`cpu-prof\`: \`cpu-only\` ${m['cpu-only'] - m['cpu-prof'] >= 0 ? '+' : ''}${fmt(m['cpu-only'] - m['cpu-prof'])}, \`full\` ${m.full - m['cpu-prof'] >= 0 ? '+' : ''}${fmt(m.full - m['cpu-prof'])}.`);
}
