// Bad input and bad endings: one clear line, a non-zero exit, never a stack trace, and
// never lost data (a crashed or killed benchmark still leaves its profile).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PROGRAMS, lineOf, lineTotal, readProfile, runCli, tempDir } from './support/cli.js';

const CPU = join(PROGRAMS, 'cpu');

/** The profiled node process running forever.mjs (not the scalene-ci CLI around it). */
function isBenchmark(pid: string): boolean {
  const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  return cmd.includes('forever.mjs') && !cmd.includes('cli.js');
}

function benchmarks(): string[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return isBenchmark(d);
      } catch {
        return false;
      }
    });
}

function cpuSeconds(pid: string): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100)
  } catch {
    return 0;
  }
}

/** The running benchmark's pids once one has had `seconds` of CPU (a fixed wall-clock wait
 * gives too little on a loaded machine), or whatever is running after 30 s. */
async function benchmarkWithCpu(seconds: number): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  let victims: string[] = [];
  while (Date.now() < deadline) {
    victims = benchmarks();
    if (victims.length > 0 && victims.some((v) => cpuSeconds(v) >= seconds)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return victims;
}

function oneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split('\n').filter((l) => l.startsWith('scalene-ci: ') && !l.includes('profiling "'));
  assert.ok(lines.some((l) => pattern.test(l)), `expected ${pattern} in:\n${stderr}`);
  assert.equal(/\n\s+at /.test(stderr), false, 'no stack trace');
}

test('unknown option', async () => {
  const r = await runCli(['run', '--frobnicate', '--', 'node', '-e', '1']);
  assert.equal(r.code, 2);
  oneLineError(r.stderr, /^scalene-ci: Unknown option '--frobnicate'/);
});

test('unknown command and bad option values', async () => {
  const r = await runCli(['frobnicate']);
  assert.equal(r.code, 2);
  oneLineError(r.stderr, /unknown command "frobnicate"/);
  const v = await runCli(['run', '--repeat', 'zero', '--', 'node', '-e', '1']);
  assert.equal(v.code, 2);
  oneLineError(v.stderr, /--repeat expects a positive integer, got "zero"/);
});

test('missing command', async () => {
  const r = await runCli(['run']);
  assert.equal(r.code, 2);
  oneLineError(r.stderr, /missing command/);
});

test('command not found', async () => {
  const dir = tempDir();
  const r = await runCli(['run', '--json-out', join(dir, 'p.json'), '--', 'definitely-not-a-command-xyz']);
  assert.equal(r.code, 2);
  oneLineError(r.stderr, /command not found: definitely-not-a-command-xyz/);
});

test('unwritable output path', async () => {
  const r = await runCli(['run', '--json-out', '/nonexistent-dir/p.json', '--', 'node', '-e', '1']);
  assert.equal(r.code, 2);
  oneLineError(r.stderr, /cannot write the profile \/nonexistent-dir\/p\.json/);
  const r2 = await runCli(['run', '--json-out', '/proc/p.json', '--', 'node', '-e', '1']);
  assert.equal(r2.code, 2);
  oneLineError(r2.stderr, /cannot write the profile \/proc\/p\.json/);
});

test('a crashing command: exit code passed through, profile written and marked incomplete', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const r = await runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'crash.mjs')]);
  assert.equal(r.code, 1);
  const p = readProfile(out);
  assert.equal(p.meta.complete, false);
  assert.ok(lineTotal(lineOf(p, 'test/programs/cpu/crash.mjs', 2)) > 0.05, 'work before the crash is in the profile');
  assert.ok(p.meta.warnings.some((w) => /exited with code 1/.test(w)));
});

test('a native crash (SIGSEGV): the native stack on stderr, the same death, the profile kept', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  // Nothing can be written from inside a crash: what survives is the last checkpoint.
  const r = await runCli(['run', '--profile-interval', '0.3', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'segv.mjs')]);
  assert.equal(r.code, 128 + 11);
  const report = r.stderr.split('\n');
  const at = report.findIndex((l) => l.startsWith('scalene-ci: the profiled process crashed (SIGSEGV at 0x'));
  assert.ok(at >= 0, r.stderr);
  assert.match(report[at + 1] ?? '', /\[0x[0-9a-f]+\]$/, 'a native frame follows');
  const p = readProfile(out);
  assert.equal(p.meta.complete, false);
  assert.ok(lineTotal(lineOf(p, 'test/programs/cpu/segv.mjs', 2)) > 0.2, 'work up to the last checkpoint is in the profile');
});

test('WebAssembly traps (SIGSEGV caught by V8) are not crashes', async () => {
  const r = await runCli(['run', '--no-report', '--json-out', join(tempDir(), 'p.json'), '--', process.execPath, join(CPU, 'wasm-trap.mjs')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /traps 1000/);
  assert.equal(r.stderr.includes('crashed'), false, r.stderr);
});

test('a killed command (SIGKILL): the last checkpoint survives, marked incomplete', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  // --profile-interval 1 checkpoints every second; the program never ends, so kill it.
  const pending = runCli(['run', '--profile-interval', '1', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'forever.mjs')]);
  // Kill once the benchmark has had 2.2 s of CPU: then at least one checkpoint (every second
  // of wall time, which is never less than CPU time) holds over a second of its work, however
  // loaded the machine is. (A fixed 2.5 s wait left 0.48 s of CPU on a busy 2-core machine.)
  const victims = await benchmarkWithCpu(2.2);
  // Kill the profiled node process itself (not the CLI), as an OOM killer would.
  assert.ok(victims.length >= 1, 'found the running benchmark');
  for (const v of victims) process.kill(Number(v), 'SIGKILL');
  const r = await pending;
  assert.equal(r.code, 128 + 9);
  assert.ok(existsSync(out));
  const p = readProfile(out);
  assert.equal(p.meta.complete, false);
  const hot = lineTotal(lineOf(p, 'test/programs/cpu/forever.mjs', 3));
  assert.ok(hot > 0.5, `at least one checkpoint's worth of samples survived (${hot.toFixed(2)} s)`);
});

test('a command SIGKILLed 2 s in, at the default checkpoint period: its first seconds survive (checkpoints come more often early)', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  writeFileSync(join(dir, 'spin-then-die.js'), 'const end = Date.now() + 2000;\nlet x = 0;\nwhile (Date.now() < end) x += Math.sqrt(x + 1);\nprocess.kill(process.pid, "SIGKILL");\n');
  // No SCALENE_CI_CHECKPOINT_MS, no --profile-interval: the 10 s period, which starts at a
  // quarter of the time profiled so far (at least 500 ms). With a flat 10 s, nothing of this
  // run was ever written (the kill leaves no time to write the last windows).
  const r = await runCli(['run', '--cpu-only', '--json-out', out, '--no-report', '--', process.execPath, 'spin-then-die.js'], { cwd: dir });
  assert.equal(r.code, 128 + 9, r.stderr);
  const p = readProfile(out);
  assert.equal(p.meta.complete, false);
  const hot = lineTotal(lineOf(p, 'spin-then-die.js', 3));
  assert.ok(hot > 0.5, `the checkpoints of the first 1.5-2 s survived (${hot.toFixed(2)} s on the loop)`);
});

test('SIGTERM to the profiled process: profile flushed on the way out', async () => {
  const dir = tempDir();
  const out = join(dir, 'p.json');
  const pending = runCli(['run', '--json-out', out, '--no-report', '--', process.execPath, join(CPU, 'forever.mjs')]);
  const victims = await benchmarkWithCpu(0.8);
  for (const v of victims) process.kill(Number(v), 'SIGTERM');
  const r = await pending;
  assert.equal(r.code, 128 + 15);
  const p = readProfile(out);
  assert.equal(p.meta.complete, false);
  assert.deepEqual(p.meta.processes.map((x) => [x.signal, x.complete]), [['SIGTERM', false]], 'the killed process is not complete either');
  // No periodic checkpoint happened yet (default period 10 s): the signal handler wrote it.
  assert.ok(lineTotal(lineOf(p, 'test/programs/cpu/forever.mjs', 3)) > 0.3);
});
