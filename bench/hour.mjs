// `npm run bench:hour`: a one-hour CPU-only run, simulated from recorded windows. A real
// 60-second run of bench:wait's program (1,200 hot functions) is recorded (its session kept);
// its 10-second checkpoints are then replayed, shifted in time, for HOURS hours (default 1),
// through the same window-by-window attribution `scalene-ci run --cpu-only` uses while a
// program runs (collect/attribute.ts createAttributor). Per simulated 5 minutes it prints the
// time one checkpoint took to attribute and the attribution's memory (heap after a full GC);
// at the end, the work the real run does after the program's exit: the last checkpoint,
// finishing the attribution, building the profile, and the profile's size.
//   npm run bench:hour        HOURS=2 npm run bench:hour
// Needs `npm run build` (the recording) and `tsc -p tsconfig.json` (.tsbuild, the replay).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const built = join(root, '.tsbuild', 'src', 'collect', 'attribute.js');
if (!existsSync(cli) || !existsSync(built)) {
  console.error('bench:hour needs dist/cli.js and .tsbuild: run `npm run build` and `npx tsc -p tsconfig.json` first');
  process.exit(2);
}
if (typeof globalThis.gc !== 'function') {
  // Memory is read after a full GC: start again with it exposed.
  const r = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url)], { stdio: "inherit", env: process.env });
  process.exit(r.status ?? 1);
}
const hours = Number(process.env.HOURS ?? 1);
if (!(hours > 0)) {
  console.error(`HOURS must be a positive number, got ${JSON.stringify(process.env.HOURS)}`);
  process.exit(2);
}
const { createAttributor, sourceAccess } = await import(built);
const { takeCheckpoints, checkpointHeaders, readSession } = await import(join(root, '.tsbuild/src/collect/raw.js'));
const { sourceLines } = await import(join(root, '.tsbuild/src/collect/functions.js'));
const { mapperFromDisk } = await import(join(root, '.tsbuild/src/collect/sourcemap.js'));
const { buildProfile } = await import(join(root, '.tsbuild/src/collect/build-profile.js'));
const { compactProfile } = await import(join(root, '.tsbuild/src/model/profile.js'));

const FUNCTIONS = 1200;
const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-hour-'));
try {
  // 1. Record.
  let src = '';
  for (let i = 0; i < FUNCTIONS; i++) src += `function f${i}(x) { let a = 0; for (let k = 0; k < 200; k++) a += (k * ${i + 1}) ^ x; return a; }\n`;
  src += `const fs = [${Array.from({ length: FUNCTIONS }, (_, i) => `f${i}`).join(', ')}];\n`;
  src += 'const end = Date.now() + 60000;\nlet t = 0, i = 0;\nwhile (Date.now() < end) { for (let j = 0; j < 50; j++) t += fs[i++ % fs.length](j); }\nif (t === 0.5) console.log(t);\n';
  const prog = join(dir, 'hot.mjs');
  writeFileSync(prog, src);
  const sessions = join(dir, 'sessions');
  mkdirSync(sessions);
  console.log(`bench:hour — recording a 60 s CPU-only run of ${FUNCTIONS} hot functions (Node ${process.version}) ...`);
  const r = spawnSync(process.execPath, [cli, 'run', '--cpu-only', '--no-report', '--json-out', join(dir, 'p.json'), '--', process.execPath, prog], {
    cwd: dir,
    env: { ...process.env, TMPDIR: sessions, SCALENE_CI_KEEP_SESSION: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`recording failed (${r.status}): ${r.stderr.slice(-400)}`);
  const session = join(sessions, readdirSync(sessions).find((n) => n.startsWith('scalene-ci-')));
  // The main thread's full checkpoints (10 s each); the last, short one is the exit's.
  const files = takeCheckpoints(session, new Map())
    .filter((f) => f.threadId === 0 && f.segments.length >= 50 && !f.segments.some((s) => s.final))
    .sort((a, b) => a.seq - b.seq);
  if (files.length < 2) throw new Error(`too few checkpoints recorded: ${files.length}`);
  const span = Math.max(...files.map((f) => f.segments[f.segments.length - 1].end_us - f.segments[0].start_us)) + 1000;
  const t0 = files[0].segments[0].start_us;

  // 2. Replay: checkpoint n is recorded checkpoint n mod k, moved to start at t0 + n × span.
  const shifted = (f, n) => {
    const d = t0 + n * span - f.segments[0].start_us;
    return f.segments.map((s) => {
      const samples = s.samples.slice();
      for (let i = 1; i < samples.length; i += 3) samples[i] += d;
      const stride = s.clock_stride ?? 2;
      const clock = s.clock.slice();
      for (let i = 0; i < clock.length; i += stride) {
        clock[i] += d;
        clock[i + 1] += d; // the thread's CPU clock moves on by as much (a busy thread)
      }
      return { ...s, start_us: s.start_us + d, end_us: s.end_us + d, samples, clock, paused: s.paused?.map((x) => x + d), seq: n * 1000 + s.seq };
    });
  };
  const cache = new Map();
  const parsed = new Map();
  const lines = (abs) => {
    if (!parsed.has(abs)) parsed.set(abs, existsSync(abs) ? sourceLines(readFileSync(abs, 'utf8')) : null);
    return parsed.get(abs);
  };
  const sources = sourceAccess(lines, (abs) => (existsSync(abs) ? mapperFromDisk(abs, readFileSync(abs, 'utf8')) : null));
  const filter = { root: dir, alwaysExclude: [], profileAll: false, profileOnly: [], profileExclude: [] };
  const attributor = createAttributor([], { filter, useVirtualTime: false, registered: [], memory: false }, sources);
  const thread = { pid: files[0].pid, threadId: 0, meta: null };
  const checkpoints = Math.round((hours * 3600e6) / span);
  const heapMb = () => {
    globalThis.gc();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  console.log(`replaying ${files.length} recorded checkpoints as ${checkpoints} (${hours} h)\n`);
  console.log('| simulated time | attributing one checkpoint (ms, median of the last 5 min) | heap after a full GC (MB) |');
  console.log('| ---: | ---: | ---: |');
  let times = [];
  const headers = [];
  for (let n = 0; n < checkpoints - 1; n++) {
    const segs = shifted(files[n % files.length], n);
    const t = performance.now();
    attributor.add(thread, segs);
    attributor.dropTracks(1);
    headers.push(...checkpointHeaders(segs)); // what the run keeps of each checkpoint
    times.push(performance.now() - t);
    if ((n + 1) % Math.round(300e6 / span) === 0) {
      times.sort((a, b) => a - b);
      console.log(`| ${(((n + 1) * span) / 60e6).toFixed(0)} min | ${times[times.length >> 1].toFixed(1)} | ${heapMb().toFixed(1)} |`);
      times = [];
    }
  }
  // 3. The exit: the last checkpoint, finishing, building and writing the profile.
  const t = performance.now();
  const last = shifted(files[(checkpoints - 1) % files.length], checkpoints - 1);
  attributor.add(thread, last);
  const attribution = attributor.finish();
  const { threads } = readSession(session, cache);
  const main = threads.find((x) => x.threadId === 0);
  main.segments = [...headers, ...checkpointHeaders(last)];
  const info = { toolVersion: 'bench', command: ['node', prog], startTime: new Date(), elapsedS: (checkpoints * span) / 1e6, intervalMs: 1, gitSha: null, mode: 'cpu', useVirtualTime: false, complete: true, warnings: [] };
  const profile = buildProfile(attribution, threads, info, dir, (abs) => (existsSync(abs) ? readFileSync(abs, 'utf8') : null));
  const text = JSON.stringify(compactProfile(profile));
  const exitMs = performance.now() - t;
  const sourceLineCount = src.split('\n').length - 1;
  console.log(`\nafter the exit (last checkpoint, finish, build, serialise): ${exitMs.toFixed(0)} ms; heap ${heapMb().toFixed(1)} MB`);
  console.log(`profile: ${(text.length / 1024).toFixed(0)} KiB, ${((text.length / sourceLineCount) * 1e4 / 2 ** 20).toFixed(2)} MiB per 10k lines of profiled source; ${((profile.totals.cpu_js_s + profile.totals.cpu_native_s + profile.totals.gc_s) / 3600).toFixed(2)} h of CPU on its lines`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
