// `npm run bench:wait`: how long `scalene-ci run` keeps the user waiting after the profiled
// command has exited (building the profile), as the run gets longer. The program has many
// hot lines (1,200 small functions called in turn: the case where building costs the most
// per window) and runs for each duration in DURATIONS (seconds; default 10,30,60), under
// `--cpu-only` and the full profile. The command stamps its own exit time; the wait is from
// that stamp to the CLI's exit. Also prints the CLI's CPU time and peak RSS, and the profile's
// size.
//   node bench/wait.mjs            DURATIONS=10,60,300 node bench/wait.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const FUNCTIONS = 1200;
const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-wait-'));

function program(seconds, stamp) {
  let s = `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(stamp)}, String(Date.now())));\n`;
  for (let i = 0; i < FUNCTIONS; i++) s += `function f${i}(x) { let a = 0; for (let k = 0; k < 200; k++) a += (k * ${i + 1}) ^ x; return a; }\n`;
  s += `const fs = [${Array.from({ length: FUNCTIONS }, (_, i) => `f${i}`).join(', ')}];\n`;
  s += `const end = Date.now() + ${seconds * 1000};\nlet t = 0, i = 0;\n`;
  s += `while (Date.now() < end) { for (let j = 0; j < 50; j++) t += fs[i++ % fs.length](j); }\n`;
  s += `if (t === 0.5) console.log(t);\n`;
  return s;
}

// The CLI reports its own CPU time and peak RSS at exit (nothing reaches the profiled child).
const report = 'data:text/javascript,' + encodeURIComponent('process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write(`\\ncli_stats ${(u.user+u.system)/1e6} ${process.resourceUsage().maxRSS}\\n`)})');

console.log(`bench:wait — ${FUNCTIONS} hot functions; Node ${process.version}; durations ${durations.join(', ')} s\n`);
console.log('| run length | mode | wait after exit (s) | CLI CPU (s) | CLI peak RSS (MB) | profile (KiB) |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
try {
  for (const seconds of durations) {
    for (const mode of ['cpu-only', 'full']) {
      const stamp = join(dir, 'exit-stamp');
      const prog = join(dir, `hot-${seconds}.mjs`);
      writeFileSync(prog, program(seconds, stamp));
      rmSync(stamp, { force: true });
      const out = join(dir, 'profile.json');
      const args = ['--import', report, cli, 'run', ...(mode === 'cpu-only' ? ['--cpu-only'] : []), '--no-report', '--json-out', out, '--', process.execPath, prog];
      const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      const end = Date.now();
      if (r.status !== 0 || !existsSync(stamp)) throw new Error(`run failed (${r.status}): ${r.stderr.slice(-400)}`);
      const waitS = (end - Number(readFileSync(stamp, 'utf8'))) / 1000;
      const m = /cli_stats ([\d.]+) (\d+)/.exec(r.stderr);
      console.log(`| ${seconds} s | ${mode} | ${waitS.toFixed(2)} | ${m ? Number(m[1]).toFixed(2) : '?'} | ${m ? (Number(m[2]) / 1024).toFixed(0) : '?'} | ${(statSync(out).size / 1024).toFixed(0)} |`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
