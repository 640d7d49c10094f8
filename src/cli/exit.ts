// The end of `scalene-ci run`, once the profile and the report are written.
import { readFileSync, writeSync } from 'node:fs';
import moduleApi from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Addon, loadHostEngine } from '../native/binding.js';
import { findPackageRoot } from '../paths.js';

/**
 * Ends the process with `code` through the engine's `_exit` (native/src/addon.cc QuickExit)
 * after Node's `exit` listeners ran (process.exit calls process.reallyExit last). Why: Node's
 * own exit waited 90–150 ms in half the runs on Node 20 for TurboFan jobs still compiling the
 * attribution's functions, and ~20 ms on every version to tear the isolate down (measured:
 * docs/PERFORMANCE.md). Returns without exiting wherever that could lose anything: not Linux
 * (stdout may be asynchronous), a write still pending, a compile cache that cannot be flushed,
 * a profile or coverage that Node writes at exit, no engine, or an engine built before
 * quickExit existed.
 */
export function exitNow(code: number): void {
  if (!canEndNow()) return;
  const quickExit = engine()?.quickExit;
  if (typeof quickExit !== 'function') return;
  const exitFast = quickExit;
  (process as unknown as { reallyExit: (code: number) => void }).reallyExit = (c: number) => exitFast(c);
  process.exit(code);
}

/**
 * Started by the launcher (`SCALENE_CI_ATTACH`): tells it on fd 3 that the run is over and
 * with which status ("exit <code>"), after pointing this process's stdout and stderr at
 * /dev/null (native/src/addon.cc ReleaseStdio). The launcher returns that status at once
 * rather than wait for this process's exit: ~3 ms on every run (Node's exit path, then the
 * kernel tearing down a 50 MB process), which readers of the run's output would otherwise
 * wait for too. Called once the profile, the report and every message are written; does
 * nothing where `exitNow` could not end the process either (this process's own exit must
 * then come first), or with an engine built before ReleaseStdio existed: the launcher then
 * waits for the exit, as it always did.
 */
export function releaseLauncher(code: number, env: NodeJS.ProcessEnv): void {
  if (env.SCALENE_CI_LAUNCH_STATS) reportOwnMemory();
  if (!env.SCALENE_CI_ATTACH || !canEndNow()) return;
  engine()?.releaseStdio?.(3, `exit ${code}\n`);
}

/**
 * For the benches (bench/run.mjs, which sets SCALENE_CI_LAUNCH_STATS; the launcher reports the
 * peak RSS from wait4): this process's memory now, its work done, split as the kernel counts
 * it. Most of its RSS is the node binary's pages, shared with the profiled node process:
 * "private" is what this process alone holds, "pss" charges shared pages by their sharers.
 */
function reportOwnMemory(): void {
  try {
    const rollup = readFileSync('/proc/self/smaps_rollup', 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? NaN);
    const privateKb = kb('Private_Clean') + kb('Private_Dirty');
    if (Number.isFinite(privateKb)) writeSync(2, `supervisor_private_kb=${privateKb}\nsupervisor_pss_kb=${kb('Pss')}\n`);
  } catch {
    // not Linux, or no smaps_rollup (kernels before 4.14): the RSS alone is reported
  }
}

/** Whether nothing is lost by ending without Node's exit (see exitNow). */
function canEndNow(): boolean {
  if (process.platform !== 'linux') return false;
  // Node writes these at its own exit, after the `exit` listeners: a CPU or heap profile of
  // the CLI, V8 coverage (c8).
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  if (process.env.NODE_V8_COVERAGE || /--(cpu-prof|heap-prof|prof)\b/.test(flags)) return false;
  if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) return false;
  const mod = moduleApi as unknown as { getCompileCacheDir?: () => string | undefined; flushCompileCache?: () => void };
  if (mod.getCompileCacheDir?.()) {
    // Node writes the compile cache at its own exit (bin.ts enables it): flush it here.
    if (!mod.flushCompileCache) return false;
    mod.flushCompileCache();
  }
  return true;
}

/** The engine (for releaseStdio, then quickExit), or null without one (run.ts loaded it first). */
let root: string | null | undefined;
function engine(): Addon | null {
  if (root === undefined) {
    try {
      root = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
    } catch {
      root = null;
    }
  }
  return root === null ? null : loadHostEngine(root);
}

// Loaded with this module at `run`'s end (settle.ts).
export { startSnapshotBuild } from './snapshot-cache.js';
