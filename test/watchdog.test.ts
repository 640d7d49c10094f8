// The CLI's watchdog (src/cli/session.ts): a `sh` that, when the CLI goes without disarming
// it, ends every process whose environment names the session folder and removes the folder.
// Started through the engine's posix_spawn (native/src/addon.cc SpawnWatchdog) where the
// engine is loaded, from Node's child_process otherwise: the same behaviour both ways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './support/cli.js';
import { findBinary } from '../src/native/binding.js';

const engine = findBinary(ROOT);
const skip = process.platform !== 'linux' ? 'the watchdog is Linux only' : engine === null ? 'no engine for this Node' : false;
const BUILT = join(ROOT, '.tsbuild', 'src');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Running: not gone, not a zombie (killed, and not yet reaped by whoever inherited it). */
const alive = (pid: number): boolean => {
  try {
    return !/^State:\s*[ZX]/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

/** A CLI stand-in: starts the watchdog for `dir` (natively or from Node), disarms it or not,
 * says the watchdog's pid (native only) and what its fds are, then exits. Its fd 3 is open,
 * as the launcher's pipe is in the CLI. */
function cliStandIn(dir: string, native: boolean, disarm: boolean): { wdPid: number | null; wdFds: string[]; wdLinks: Array<string | null>; cliFd3: string; wdOut: string | null } {
  const code = `
    const { startWatchdog } = await import(${JSON.stringify(pathToFileURL(join(BUILT, 'cli', 'session.js')).href)});
    const { loadAddonFrom } = await import(${JSON.stringify(pathToFileURL(join(BUILT, 'native', 'binding.js')).href)});
    const addon = loadAddonFrom(${JSON.stringify(engine)});
    let spawned = null;
    const spawner = ${native} ? (argv, env) => (spawned = addon.spawnWatchdog(argv, env)) : null;
    const w = startWatchdog(${JSON.stringify(dir)}, spawner);
    const fs = await import('node:fs');
    let fds = [];
    if (spawned) for (let i = 0; i < 100 && fds.length === 0; i++) { fds = fs.readdirSync('/proc/' + spawned.pid + '/fd'); if (!fds.length) await new Promise((r) => setTimeout(r, 10)); }
    const out = spawned ? fs.readlinkSync('/proc/' + spawned.pid + '/fd/1') : null;
    // What each of the watchdog's fds is open on ("socket:[inode]": Node's stdio pipes are socket pairs), to compare with our fd 3.
    const links = spawned ? fds.map((f) => { try { return fs.readlinkSync('/proc/' + spawned.pid + '/fd/' + f); } catch { return null; } }) : [];
    if (${disarm}) w.disarm();
    console.log(JSON.stringify({ wdPid: spawned ? spawned.pid : null, wdFds: fds, wdLinks: links, cliFd3: fs.readlinkSync('/proc/self/fd/3'), wdOut: out }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim());
}

for (const native of [true, false]) {
  const how = native ? 'posix_spawn (the engine)' : "Node's child_process";
  test(`watchdog through ${how}: the CLI gone without disarming it ends the session's tree and removes its folder; disarmed, it leaves both`, { skip }, async () => {
    for (const disarm of [false, true]) {
      const dir = mkdtempSync(join(tmpdir(), 'scalene-ci-wdtest-'));
      // A process of the profiled tree: its environment names the session folder.
      const member = spawn('sleep', ['30'], { env: { ...process.env, SCALENE_CI_CONFIG: JSON.stringify({ dir }) }, stdio: 'ignore', detached: true });
      member.unref();
      try {
        const { wdPid, wdFds, wdLinks, cliFd3, wdOut } = cliStandIn(dir, native, disarm);
        if (native) {
          assert.ok(wdPid! > 0);
          // stdin (the pipe), stdout and stderr; never the CLI's fd 3, whose end the launcher
          // reads to learn that the CLI is gone. Compared by what the fds are open on, not by
          // number: the watchdog's own start (the dynamic loader reading ld.so.cache and libc)
          // briefly holds an fd 3 of its own, which the listing may catch (a CI run on Node 26
          // did). (This cannot fail on Node 20-26 even without SpawnWatchdog's addclose(3): Node
          // marks the fds it inherits close-on-exec at its start, checked by undoing it; the
          // addclose is for a CLI whose fd 3 stayed open.)
          assert.ok(['0', '1', '2'].every((f) => wdFds.includes(f)), wdFds.join(','));
          assert.match(cliFd3, /^(pipe|socket):\[\d+\]$/);
          assert.ok(!wdLinks.includes(cliFd3), `the CLI's fd 3 (${cliFd3}) in the watchdog: ${wdFds.map((f, i) => `${f} → ${wdLinks[i]}`).join(', ')}`);
          assert.equal(wdOut, '/dev/null');
        }
        let i = 0;
        if (!disarm) for (; i < 100 && (alive(member.pid!) || existsSync(dir)); i++) await sleep(50);
        else await sleep(600);
        assert.equal(alive(member.pid!), disarm, disarm ? 'a disarmed watchdog leaves the tree alone' : 'the tree is ended');
        assert.equal(existsSync(dir), disarm, disarm ? 'and the folder' : 'the folder is removed');
      } finally {
        try {
          process.kill(member.pid!, 'SIGKILL');
        } catch {
          // ended by the watchdog
        }
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
}

test('spawnWatchdog with a command that does not exist: null, and no fd left open', { skip }, async () => {
  const { loadAddonFrom } = await import('../src/native/binding.js');
  const addon = loadAddonFrom(engine!);
  const before = readdirSync('/proc/self/fd').length;
  assert.equal(addon.spawnWatchdog!(['/nonexistent/sh', '-c', 'true'], []), null);
  assert.equal(readdirSync('/proc/self/fd').length, before);
});
