// The end of `scalene-ci run`, once the profile and the report are written.
import moduleApi from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBinary, loadAddonFrom } from '../native/binding.js';
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
  if (process.platform !== 'linux') return;
  // Node writes these at its own exit, after the `exit` listeners: a CPU or heap profile of
  // the CLI, V8 coverage (c8).
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  if (process.env.NODE_V8_COVERAGE || /--(cpu-prof|heap-prof|prof)\b/.test(flags)) return;
  if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) return;
  const mod = moduleApi as unknown as { getCompileCacheDir?: () => string | undefined; flushCompileCache?: () => void };
  if (mod.getCompileCacheDir?.()) {
    // Node writes the compile cache at its own exit (bin.ts enables it): flush it here.
    if (!mod.flushCompileCache) return;
    mod.flushCompileCache();
  }
  let quickExit: ((code: number) => never) | undefined;
  try {
    const binary = findBinary(findPackageRoot(dirname(fileURLToPath(import.meta.url))));
    quickExit = binary ? loadAddonFrom(binary).quickExit : undefined;
  } catch {
    return;
  }
  if (typeof quickExit !== 'function') return;
  const exitFast = quickExit;
  (process as unknown as { reallyExit: (code: number) => void }).reallyExit = (c: number) => exitFast(c);
  process.exit(code);
}

// Loaded with this module at `run`'s end (settle.ts).
export { startSnapshotBuild } from './snapshot-cache.js';
