// The session directory of one `scalene-ci run` (checkpoints, process metadata, the control
// file) and what keeps it and the profiled tree from outliving the run.
//
// - Created with mkdtemp: a fresh name with a random suffix, mode 0700, created atomically,
//   so another local user can neither pre-create it, read it, nor make the run fail. Its
//   name starts `scalene-ci-<pid>-`, which is how `scalene-ci profile --pid N` finds it:
//   only a directory owned by this user and closed to others counts.
// - A watchdog (a POSIX shell, Linux only) holds a pipe from the run. If the run dies
//   without saying "done" (SIGKILL, an OOM kill), the pipe closes, and the watchdog sends
//   SIGTERM to every process whose environment names this session (the profiled tree: the
//   variable is inherited by every process in it), SIGKILL to any still there 5 s later,
//   and removes the directory. PR_SET_PDEATHSIG would only reach the direct child (a shell
//   or npm), not the node processes under it.
// - Each run also removes sessions of earlier runs whose process is gone (a run killed
//   together with its watchdog, e.g. a whole process group).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'scalene-ci-';

/** A new private session directory for the run with this pid. */
export function createSessionDir(pid: number = process.pid): string {
  return mkdtempSync(join(tmpdir(), `${PREFIX}${pid}-`));
}

/** Session directories in tmpdir() owned by this user and closed to others, with their run's pid. */
function ownSessions(): Array<{ dir: string; pid: number; mtimeMs: number }> {
  const uid = process.getuid?.();
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const m = /^scalene-ci-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
    if (!m) continue;
    const dir = join(tmpdir(), name);
    try {
      const st = lstatSync(dir);
      if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o077) !== 0) continue;
      out.push({ dir, pid: Number(m[1]), mtimeMs: st.mtimeMs });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The session directory of the running `scalene-ci run` with this pid, or null. */
export function findSessionDir(pid: number): string | null {
  const mine = ownSessions().filter((s) => s.pid === pid && isAlive(s.pid));
  mine.sort((a, b) => b.mtimeMs - a.mtimeMs);
  return mine[0]?.dir ?? null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove session directories whose run is gone. */
export function sweepStaleSessions(): void {
  for (const s of ownSessions()) if (s.pid !== process.pid && !isAlive(s.pid)) rmSync(s.dir, { recursive: true, force: true });
}

// $1: the session directory (unique: it ends in mkdtemp's random suffix).
const WATCHDOG = `
read -r word
[ "$word" = done ] && exit 0
dir=$1
tree() {
  for e in /proc/[0-9]*/environ; do
    grep -qaF "$dir" "$e" 2>/dev/null || continue
    p=\${e#/proc/}
    echo "\${p%/environ}"
  done
}
kill -TERM $(tree) 2>/dev/null
i=0
while [ $i -lt 50 ] && [ -n "$(tree)" ]; do sleep 0.1; i=$((i + 1)); done
kill -KILL $(tree) 2>/dev/null
rm -rf "$dir"
`;

function nativeSpawnOrNull(nativeSpawn: NativeSpawn | null, argv: string[], env: string[]): { pid: number; fd: number } | null {
  try {
    return nativeSpawn?.(argv, env) ?? null;
  } catch {
    return null;
  }
}

export interface Watchdog {
  /** The run ends normally: the watchdog exits without touching anything. */
  disarm(): void;
}

/** The engine's spawnWatchdog (native/src/addon.cc): posix_spawn with a pipe on the child's
 * stdin; {pid, fd} with fd the pipe's write end, or null. */
export type NativeSpawn = (argv: string[], env: string[]) => { pid: number; fd: number } | null;

/**
 * Start the watchdog for `dir` (Linux: it finds the tree through /proc). Its environment
 * is empty but PATH, so it never matches itself. Through `nativeSpawn` where the engine is
 * loaded: Node's child_process forks the CLI, ~10 ms of its CPU at the start of every run
 * (addon.cc SpawnWatchdog says why); from Node otherwise.
 */
export function startWatchdog(dir: string, nativeSpawn: NativeSpawn | null = null): Watchdog {
  if (process.platform !== 'linux') return { disarm() {} };
  const spawned = nativeSpawnOrNull(nativeSpawn, ['/bin/sh', '-c', WATCHDOG, 'scalene-ci-watchdog', dir], ['PATH=/usr/bin:/bin']);
  if (spawned) {
    let fd: number | null = spawned.fd;
    return {
      disarm() {
        if (fd === null) return; // once: the number may name another file afterwards
        try {
          writeSync(fd, 'done\n');
        } catch {
          // the watchdog is gone already
        }
        closeSync(fd);
        fd = null;
      },
    };
  }
  let child: ChildProcess;
  try {
    child = spawn('/bin/sh', ['-c', WATCHDOG, 'scalene-ci-watchdog', dir], {
      stdio: ['pipe', 'ignore', 'ignore'],
      env: { PATH: '/usr/bin:/bin' },
    });
  } catch {
    return { disarm() {} };
  }
  child.on('error', () => {});
  child.stdin!.on('error', () => {});
  child.unref();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  return {
    disarm() {
      child.stdin!.end('done\n');
    },
  };
}
