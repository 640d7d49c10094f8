// The session directory of `scalene-ci run`: private (mkdtemp, 0700), found by
// `scalene-ci profile --pid N` only when it is the user's own and closed to others, and gone
// together with the whole profiled tree when the run itself is killed with SIGKILL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, PROGRAMS, runCli, tempDir } from './support/cli.js';
import { validateProfile } from '../src/model/validate.js';
import { watchCheckpoints } from '../src/cli/run.js';

const FOREVER = join(PROGRAMS, 'cpu', 'forever.mjs');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, probe: () => T | null | undefined | false, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function sessionsOf(pid: number): string[] {
  return readdirSync(tmpdir())
    .filter((n) => n.startsWith(`scalene-ci-${pid}-`))
    .map((n) => join(tmpdir(), n));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

test('the session directory is private and unique; profile --pid finds only a private one of ours', { skip: process.platform !== 'linux' }, async () => {
  const cli = spawn(process.execPath, [CLI, 'run', '--cpu-only', '--no-report', '--json-out', join(tempDir(), 'p.json'), '--', process.execPath, FOREVER], { stdio: 'ignore' });
  try {
    const pid = cli.pid!;
    const dir = await waitFor('the session directory', () => sessionsOf(pid)[0]);
    assert.match(dir, new RegExp(`scalene-ci-${pid}-[A-Za-z0-9]{6}$`));
    assert.equal(statSync(dir).mode & 0o777, 0o700, 'closed to other users');
    // A look-alike that others could read (as another user's planted directory would be) is ignored.
    const decoy = join(tmpdir(), `scalene-ci-${pid}-decoy0`);
    mkdirSync(decoy, { mode: 0o755 });
    try {
      const r = await runCli(['profile', '--off', '--pid', String(pid)]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(readFileSync(join(dir, 'control'), 'utf8'), 'off');
      assert.equal(existsSync(join(decoy, 'control')), false);
    } finally {
      rmSync(decoy, { recursive: true, force: true });
    }
    const none = await runCli(['profile', '--on', '--pid', '999999999']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^scalene-ci: no scalene-ci run with pid 999999999 is active/);
  } finally {
    cli.kill('SIGTERM');
    await new Promise((r) => cli.once('close', r));
  }
});

test('SIGKILL of `scalene-ci run`: the profiled processes die with it and the session directory is removed', { skip: process.platform !== 'linux' }, async () => {
  // A shell with two node processes under it: PR_SET_PDEATHSIG on the direct child alone
  // would leave both running.
  const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(FOREVER)} & ${JSON.stringify(process.execPath)} ${JSON.stringify(FOREVER)}; wait`;
  const cli = spawn(process.execPath, [CLI, 'run', '--cpu-only', '--no-report', '--json-out', join(tempDir(), 'p.json'), '--', 'bash', '-c', script], { stdio: 'ignore' });
  const pid = cli.pid!;
  const dir = await waitFor('the session directory', () => sessionsOf(pid)[0]);
  // Both node processes profiled (their metadata is in the session).
  const pids = await waitFor('two profiled processes', () => {
    const names = existsSync(join(dir, 'proc')) ? readdirSync(join(dir, 'proc')) : [];
    const found = [...new Set(names.map((n) => Number(n.split('-')[0])))].filter((p) => p !== pid);
    return found.length >= 2 ? found : null;
  });
  cli.kill('SIGKILL');
  await new Promise((r) => cli.once('close', r));
  try {
    await waitFor('the profiled processes to die', () => pids.every((p) => !alive(p)), 15_000);
    await waitFor('the session directory to go', () => !existsSync(dir), 15_000);
  } finally {
    for (const p of pids) if (alive(p)) process.kill(p, 'SIGKILL');
  }
});

test('checkpoints are read while the program runs: one overwritten after it was read still counts', async () => {
  // The program waits for its first checkpoint file, gives the CLI time to read it (it looks
  // every 250 ms with checkpoints every 500 ms), then overwrites it with garbage. Read only at
  // exit, that file would be skipped ("unreadable checkpoint") and its windows lost.
  const dir = tempDir();
  const prog = join(dir, 'prog.mjs');
  writeFileSync(prog, [
    "import { readdirSync, writeFileSync } from 'node:fs';",
    "const raw = JSON.parse(process.env.SCALENE_CI_CONFIG).dir + '/raw';",
    'const spin = (ms) => { const end = Date.now() + ms; let x = 0; while (Date.now() < end) x += Math.sqrt(x + 1); return x; };',
    'let first;',
    'const t0 = process.cpuUsage();',
    "for (let i = 0; i < 100 && !first; i++) { spin(50); first = readdirSync(raw).find((f) => f.endsWith('.0.json')); }",
    'if (!first) process.exit(3);',
    'spin(800);',
    "writeFileSync(raw + '/' + first, 'overwritten');",
    'spin(100);',
    'const u = process.cpuUsage(t0);',
    "writeFileSync(process.argv[2], String((u.user + u.system) / 1e6));",
  ].join('\n'));
  const out = join(dir, 'p.json');
  const spun = join(dir, 'spun');
  const r = await runCli(['run', '--cpu-only', '--profile-interval', '0.5', '--no-report', '--json-out', out, '--', process.execPath, prog, spun], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const profile = validateProfile(JSON.parse(readFileSync(out, 'utf8')), out);
  assert.deepEqual(profile.meta.warnings.filter((w: string) => /unreadable/.test(w)), [], 'the overwritten checkpoint was read before it was overwritten');
  const js = Object.values(profile.files)[0]!.lines.reduce((a, l) => a + l.cpu_js_s, 0);
  // ~1.4 s of spinning, the CPU time of which the program measured itself (on a busy machine a
  // wall-clock spin gets less of it); the first checkpoint's windows (~0.5 s of it) must be in
  // the profile: without them the JS time would be ~0.65 of it.
  const cpu = Number(readFileSync(spun, 'utf8'));
  assert.ok(cpu > 0.3, `the program's spins took ${cpu.toFixed(2)} s of CPU`);
  assert.ok(js > 0.85 * cpu, `JS time ${js.toFixed(2)} s of the spins' ${cpu.toFixed(2)} s: the first checkpoint's windows are missing`);
});

test('the run hears of a checkpoint as it lands (the last one comes in the exit handler): once per burst, not for its .tmp, and not once closed', { skip: process.platform !== 'linux' }, async () => {
  const raw = tempDir();
  let calls = 0;
  const w = watchCheckpoints(raw, () => calls++);
  assert.ok(w, 'a folder on this filesystem can be watched');
  try {
    // As the engine writes one (raw_writer.cc WriteFileAtomic): the .tmp, then its rename.
    writeFileSync(join(raw, '7-0.3.json.tmp'), '{}\n');
    await sleep(100);
    assert.equal(calls, 0, 'a checkpoint still being written is not one');
    renameSync(join(raw, '7-0.3.json.tmp'), join(raw, '7-0.3.json'));
    await waitFor('the rename heard', () => (calls as number) === 1, 5_000);
    // Two landing together: one look reads both.
    writeFileSync(join(raw, '7-0.4.json'), '{}\n');
    writeFileSync(join(raw, '7-1.0.json'), '{}\n');
    await sleep(200);
    const burst = calls as number;
    assert.ok(burst === 2 || burst === 3, `one look per burst: ${burst}`);
    w!.close();
    const before = calls;
    writeFileSync(join(raw, '7-0.5.json'), '{}\n');
    await sleep(200);
    assert.equal(calls, before, 'nothing once the command has ended');
  } finally {
    w?.close();
  }
  // A folder that cannot be watched (gone): the run keeps its periodic looks.
  assert.equal(watchCheckpoints(join(raw, 'gone'), () => calls++), null);
});
