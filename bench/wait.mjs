// `npm run bench:wait`: what a long run costs after and during it, as the run gets longer.
// The program has many hot lines (1,200 small functions called in turn: the case where
// building costs the most per window) and runs for each duration in DURATIONS (seconds;
// default 10,30,60) plain, under `--cpu-only` and under the full profile. Per run it reports:
// - the wait after the command exits: from the program's own exit stamp to the CLI's exit;
// - the longest stall the program saw: the largest gap between two consecutive clock reads
//   in its hot loop (a loop turn takes ~20 µs), and how many gaps exceeded 5 ms; the plain
//   run's figures are the machine's own (scheduling, GC), so a profiler stall is the excess;
// - the profiler's own work on the program's thread (window rolls, heap readings, checkpoints:
//   full mode records each span, native/src/cpu_profiler.cc OnInterrupt): the longest span,
//   and the longest one that wrote a checkpoint (in the program's own process);
// - the CLI's CPU time and peak RSS, the profiled process's peak RSS (GNU time when present);
// - the profile's size, and that size per 10k lines of profiled source.
//   node bench/wait.mjs            DURATIONS=10,60,300 node bench/wait.mjs
//   MODES=cpu-only,full DURATIONS=300 node bench/wait.mjs     (default: plain,cpu-only,full)
//   TYPESCRIPT=1 node bench/wait.mjs   the same program as TypeScript (typed), run by tsx: the
//                                      path TypeScript projects take (source maps from the process)
//   COMPILED=cjs|esm TYPESCRIPT=1 node bench/wait.mjs   the TypeScript compiled by tsc (its
//                                      transpileModule) to CommonJS or an ES module with a .map file,
//                                      run by `node --enable-source-maps` (no loader)
//   YIELD=1 node bench/wait.mjs        the loop lets the event loop turn every 5 ms (an async
//                                      harness): a TypeScript thread answers for its maps then
//   KEEP=1 node bench/wait.mjs         keeps the folder (programs, the last full run's session)
//                                      and prints its path: for replaying a run's exit offline
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('bench:wait needs dist/cli.js: run `npm run build` first');
  process.exit(2);
}
const durations = (process.env.DURATIONS ?? '10,30,60').split(',').map(Number);
if (durations.some((d) => !(d > 0))) {
  console.error(`DURATIONS must be positive seconds, got ${JSON.stringify(process.env.DURATIONS)}`);
  process.exit(2);
}
const modes = (process.env.MODES ?? 'plain,cpu-only,full').split(',');
if (modes.some((m) => !['plain', 'cpu-only', 'full'].includes(m))) {
  console.error(`MODES must name plain, cpu-only or full, got ${JSON.stringify(process.env.MODES)}`);
  process.exit(2);
}
const typescript = process.env.TYPESCRIPT === '1';
const yielding = process.env.YIELD === '1';
const compiled = process.env.COMPILED ?? '';
if (compiled !== '' && (!['cjs', 'esm'].includes(compiled) || !typescript)) {
  console.error(`COMPILED must be cjs or esm, with TYPESCRIPT=1; got ${JSON.stringify(compiled)}`);
  process.exit(2);
}
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
if (typescript && !existsSync(tsx)) {
  console.error('bench:wait TYPESCRIPT=1 needs tsx: run `npm ci` first');
  process.exit(2);
}
const FUNCTIONS = 1200;
const STALL_MS = 5;
const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-wait-'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function program(seconds, stamp) {
  let s = `import { writeFileSync } from 'node:fs';\n`;
  s += `let maxGap = 0, over = 0;\n`;
  s += `process.on('exit', () => writeFileSync(${JSON.stringify(stamp)}, JSON.stringify({ t: Date.now(), maxGap, over, pid: process.pid })));\n`;
  const num = typescript ? ': number' : '';
  for (let i = 0; i < FUNCTIONS; i++) s += `function f${i}(x${num})${num} { let a = 0; for (let k = 0; k < 200; k++) a += (k * ${i + 1}) ^ x; return a; }\n`;
  s += `const fs = [${Array.from({ length: FUNCTIONS }, (_, i) => `f${i}`).join(', ')}];\n`;
  s += `const end = Date.now() + ${seconds * 1000};\nlet t = 0, i = 0, last = performance.now();\n`;
  // YIELD=1: the loop lets the event loop turn every 5 ms, as async harnesses do between iterations.
  if (yielding) s += `let turned = last;\nasync function main()${typescript ? ': Promise<void>' : ''} {\n`;
  s += `while (Date.now() < end) {\n`;
  s += `  for (let j = 0; j < 50; j++) t += fs[i++ % fs.length](j);\n`;
  s += `  const now = performance.now(), gap = now - last; last = now;\n`;
  s += `  if (gap > maxGap) maxGap = gap;\n  if (gap > ${STALL_MS}) over++;\n`;
  if (yielding) s += `  if (now - turned > 5) { await new Promise${typescript ? '<void>' : ''}((done) => setImmediate(done)); turned = last = performance.now(); }\n`;
  s += `}\n`;
  if (yielding) s += `}\nvoid main().then(() => { if (t === 0.5) console.log(t); });\n`;
  else s += `if (t === 0.5) console.log(t);\n`;
  return s;
}

/** The longest span of the profiler's own work in the program's process (pid), and the longest
 * that wrote a checkpoint, in ms, from a kept session's windows. A checkpoint's span ends after its file is written, so it is
 * reported in the next file's first window, starting before that window. */
function ownSpans(sessionsDir, pid) {
  const session = readdirSync(sessionsDir).find((n) => n.startsWith('scalene-ci-'));
  if (!session) return null;
  const raw = join(sessionsDir, session, 'raw');
  let longest = 0;
  let checkpoint = 0;
  for (const f of readdirSync(raw)) {
    const m = /^(\d+)-\d+\.(\d+)\.json$/.exec(f);
    // The program's own threads: another process (tsx's CLI, waiting for its child) stalls nothing.
    if (!m || Number(m[1]) !== pid) continue;
    const windows = readFileSync(join(raw, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    windows.forEach((w, i) => {
      const own = w.own ?? [];
      for (let k = 0; k + 1 < own.length; k += 2) {
        if (own[k + 1] > w.end_us) continue; // the final window's open-ended exit work
        const ms = (own[k + 1] - own[k]) / 1000;
        longest = Math.max(longest, ms);
        if (i === 0 && Number(m[2]) > 0 && own[k] < w.start_us) checkpoint = Math.max(checkpoint, ms);
      }
    });
  }
  return { longest, checkpoint };
}

// The CLI reports its own CPU time and peak RSS at exit (nothing reaches the profiled child).
const report = 'data:text/javascript,' + encodeURIComponent('process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write(`\\ncli_stats ${(u.user+u.system)/1e6} ${process.resourceUsage().maxRSS}\\n`)})');

console.log(`bench:wait — ${FUNCTIONS} hot functions${typescript ? (compiled ? `, TypeScript compiled by tsc (${compiled}, a .map file) under --enable-source-maps` : ', TypeScript under tsx') : ''}${yielding ? ', yielding every 5 ms' : ''}; Node ${process.version}; durations ${durations.join(', ')} s\n`);
console.log(`| run length | mode | wait after exit (s) | longest stall (ms) | stalls > ${STALL_MS} ms | profiler's longest span / at a checkpoint (ms) | CLI CPU (s) | CLI peak RSS (MB) | program peak RSS (MB) | profile (KiB) | per 10k lines (MiB) |`);
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
try {
  for (const seconds of durations) {
    const prog = join(dir, `hot-${seconds}.${typescript ? 'ts' : 'mjs'}`);
    const stamp = join(dir, 'exit-stamp');
    const source = program(seconds, stamp);
    writeFileSync(prog, source);
    const lines = source.split('\n').length - 1;
    let run = typescript ? [tsx, prog] : [prog];
    if (compiled) {
      const ts = (await import('typescript')).default;
      const ext = compiled === 'cjs' ? 'cjs' : 'mjs';
      const js = join(dir, `hot-${seconds}.${ext}`);
      const out = ts.transpileModule(source, { fileName: `hot-${seconds}.ts`, compilerOptions: { target: ts.ScriptTarget.ES2022, module: compiled === 'cjs' ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext, sourceMap: true } });
      writeFileSync(js, out.outputText.replace(/\/\/# sourceMappingURL=.*\s*$/, `//# sourceMappingURL=hot-${seconds}.${ext}.map\n`));
      writeFileSync(`${js}.map`, out.sourceMapText);
      run = ['--enable-source-maps', js];
    }
    for (const mode of modes) {
      rmSync(stamp, { force: true });
      const out = join(dir, 'profile.json');
      rmSync(out, { force: true });
      const timed = gnuTime ? [gnuTime, '-f', 'prog_rss %M'] : [];
      const cmd = [...timed, process.execPath, ...run];
      const args = mode === 'plain' ? cmd.slice(1) : ['--import', report, cli, 'run', ...(mode === 'cpu-only' ? ['--cpu-only'] : []), '--no-report', '--json-out', out, '--', ...cmd];
      // Full mode keeps its session (in a folder of its own) for the profiler's spans.
      const sessions = join(dir, 'sessions');
      rmSync(sessions, { recursive: true, force: true });
      mkdirSync(sessions);
      const env = mode === 'full' ? { ...process.env, TMPDIR: sessions, SCALENE_CI_KEEP_SESSION: '1' } : process.env;
      const r = spawnSync(mode === 'plain' ? cmd[0] : process.execPath, args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      const end = Date.now();
      if (r.status !== 0 || !existsSync(stamp)) throw new Error(`run failed (${r.status}): ${r.stderr.slice(-400)}`);
      const st = JSON.parse(readFileSync(stamp, 'utf8'));
      const m = /cli_stats ([\d.]+) (\d+)/.exec(r.stderr);
      const rss = /prog_rss (\d+)/.exec(r.stderr);
      const size = existsSync(out) ? statSync(out).size : null;
      const spans = mode === 'full' ? ownSpans(sessions, st.pid) : null;
      const cells = [
        `${seconds} s`,
        mode,
        mode === 'plain' ? '—' : ((end - st.t) / 1000).toFixed(2),
        st.maxGap.toFixed(1),
        String(st.over),
        spans ? `${spans.longest.toFixed(1)} / ${spans.checkpoint.toFixed(1)}` : '—',
        m ? Number(m[1]).toFixed(2) : '—',
        m ? (Number(m[2]) / 1024).toFixed(0) : '—',
        rss ? (Number(rss[1]) / 1024).toFixed(0) : '?',
        size === null ? '—' : (size / 1024).toFixed(0),
        size === null ? '—' : ((size / lines) * 10_000 / 1024 / 1024).toFixed(2),
      ];
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
} finally {
  if (process.env.KEEP === '1') console.log(`kept: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
