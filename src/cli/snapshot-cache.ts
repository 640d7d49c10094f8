// The CLI's snapshots in the user's cache folder ($XDG_CACHE_HOME/scalene-ci, else
// ~/.cache/scalene-ci): one per node binary, package install and NODE_OPTIONS, named by the
// launcher (native/launch/launch.c `find_snapshot`), which passes the name of a missing one
// in SCALENE_CI_SNAPSHOT_TO. This module builds it after that run, in a detached process at
// the lowest priority (never in the run's wait, and barely beside a next benchmark), checks
// that the node can start from it, and only then puts it in place. A snapshot is code: the
// folder and the file must be this user's alone, or the launcher ignores them.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../paths.js';

/** The argument a snapshot's main answers with one line (snapshot.ts): the build's check. */
export const SNAPSHOT_CHECK = '--scalene-ci-snapshot-check';
const CHECK_PREFIX = 'scalene-ci snapshot ok';
export const snapshotCheckLine = (warm: string): string => `${CHECK_PREFIX} (${warm})\n`;

/** A build that died holds its lock this long before another may take over. */
const LOCK_STALE_MS = 120_000;
/**
 * Snapshots kept per user, the most recently used (the launcher touches the one it starts
 * from): one per node binary in use, with room for a few NODE_OPTIONS; each node upgrade or
 * package install makes a new one, and the old ones go here.
 */
const KEEP_SNAPSHOTS = 8;
/** A failed build is retried after this long (its marker stops a retry on every run). */
const FAILED_RETRY_MS = 7 * 24 * 3600_000;

/** After `run`: starts the build the launcher asked for (SCALENE_CI_SNAPSHOT_TO), detached. */
export function startSnapshotBuild(env: NodeJS.ProcessEnv): void {
  const blob = env.SCALENE_CI_SNAPSHOT_TO;
  if (!blob || !isAbsolute(blob) || !/^cli-[0-9a-f]{16}\.blob$/.test(basename(blob))) return;
  try {
    const dir = dirname(blob);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!privateToUs(dir)) return;
    if (!takeLock(`${blob}.lock`)) return;
    const root = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
    const { SCALENE_CI_SNAPSHOT_TO: _to, SCALENE_CI_ATTACH: _attach, ...rest } = env;
    const child = spawn(process.execPath, [join(root, 'dist', 'snapshot-build.js'), blob], { detached: true, stdio: 'ignore', env: rest });
    child.on('error', () => rmSync(`${blob}.lock`, { force: true }));
    child.unref();
  } catch {
    // only a speed-up: the next run asks again
  }
}

export interface SnapshotBuild {
  node: string;
  blob: string;
  /** dist/cli-snapshot.cjs */
  bundle: string;
  /** dist/cli.js: the argument the launcher passes after the snapshot */
  cli: string;
  env: NodeJS.ProcessEnv;
}

/** Builds, checks and installs one snapshot (in the detached process); false if it failed. */
export function buildSnapshot(o: SnapshotBuild): boolean {
  const tmp = `${o.blob}.${process.pid}.tmp`;
  try {
    const made = spawnSync(o.node, ['--snapshot-blob', tmp, '--build-snapshot', o.bundle], { stdio: 'ignore', timeout: 120_000, env: o.env });
    let why = made.error ? made.error.message : made.status !== 0 ? `the build ended with ${made.status ?? made.signal}` : '';
    if (!why) {
      const check = spawnSync(o.node, ['--snapshot-blob', tmp, o.cli, SNAPSHOT_CHECK], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000, env: o.env });
      if (check.status !== 0 || !check.stdout.startsWith(CHECK_PREFIX)) why = `node could not start from it (${check.status ?? check.signal})`;
    }
    if (why) {
      writeFileSync(`${o.blob}.failed`, why + '\n', { mode: 0o600 });
      return false;
    }
    chmodSync(tmp, 0o600);
    renameSync(tmp, o.blob);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${o.blob}.lock`, { force: true });
    prune(dirname(o.blob));
  }
}

function privateToUs(path: string): boolean {
  const st = statSync(path);
  return (process.getuid === undefined || st.uid === process.getuid()) && (st.mode & 0o022) === 0;
}

function takeLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx', 0o600));
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs < LOCK_STALE_MS) return false;
      writeFileSync(lock, '');
      return true;
    } catch {
      return false;
    }
  }
}

/** The KEEP_SNAPSHOTS most recently used snapshots stay; leftovers of killed or never-started builds and old failures go. */
function prune(dir: string): void {
  try {
    const now = Date.now();
    const entries = readdirSync(dir).map((name) => {
      try {
        return { name, mtimeMs: statSync(join(dir, name)).mtimeMs };
      } catch {
        return { name, mtimeMs: now };
      }
    });
    const blobs = entries.filter((e) => /^cli-[0-9a-f]{16}\.blob$/.test(e.name)).sort((a, b) => b.mtimeMs - a.mtimeMs);
    const stale = [
      ...blobs.slice(KEEP_SNAPSHOTS),
      ...entries.filter((e) => e.name.endsWith('.tmp') && now - e.mtimeMs > LOCK_STALE_MS * 5),
      // A build that never ran (its package removed before the detached builder could load:
      // a temporary project's install) leaves its lock: gone after ten minutes, like a killed build's .tmp.
      ...entries.filter((e) => e.name.endsWith('.lock') && now - e.mtimeMs > LOCK_STALE_MS * 5),
      ...entries.filter((e) => e.name.endsWith('.failed') && now - e.mtimeMs > FAILED_RETRY_MS),
    ];
    for (const e of stale) rmSync(join(dir, e.name), { force: true });
  } catch {
    // a folder we cannot list: nothing to tidy
  }
}
