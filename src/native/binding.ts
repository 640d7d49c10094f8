// The one module that locates and types the native addon. Prebuilt binaries live in
// dist/prebuilds/linux-x64/scalene_ci.abi<N>.node (node-gyp-build's naming), one per Node
// ABI, because the addon uses V8's C++ profiler API, which is not ABI-stable.
import { existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import nodeGypBuild from 'node-gyp-build';
import { NativeError } from '../errors.js';
import type { GpuAddon } from '../collect/gpu.js';

export interface StartOptions {
  intervalUs: number;
  outPrefix: string;
  checkpointMs: number;
  controlFile: string;
  threadId: number;
  /** JS heap and native (shim) memory sampling: full mode. */
  memory?: boolean;
  /** Attribution window length in ms (default 100). */
  windowMs?: number;
}

export interface Addon extends Partial<GpuAddon> {
  start(options: StartOptions): boolean;
  /** Writes what was collected; returns the file written, or null when nothing was. */
  checkpoint(final: boolean): string | null;
  setPaused(paused: boolean): void;
  functionLocation?(fn: (...args: unknown[]) => unknown): { url: string; line: number; column: number } | null;
  /** Save the profile on SIGTERM/SIGINT/SIGHUP, then die by the signal as before. */
  guardSignals?(onSignal: (signal: number) => void): void;
  dieBySignal?(signal: number): void;
  nowUs(): number;
  threadCpuUs(): number;
  v8Version: string;
}

export function prebuildName(abi: string = process.versions.modules): string {
  return `scalene_ci.abi${abi}.node`;
}

/** Where a compiled-from-source binary for this ABI is cached when dist/ is read-only. */
export function cachedBinaryPath(abi: string = process.versions.modules): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'scalene-ci', `${process.platform}-${process.arch}`, prebuildName(abi));
}

/** Candidate paths for this Node's ABI, in order of preference. */
export function binaryCandidates(root: string): string[] {
  const platformDir = `${process.platform}-${process.arch}`;
  return [join(root, 'dist', 'prebuilds', platformDir, prebuildName()), cachedBinaryPath()];
}

export function findBinary(root: string): string | null {
  // node-gyp-build picks the prebuild matching this runtime and ABI from dist/prebuilds
  // (there is no dist/build/, so a stray local build for another ABI is never loaded).
  try {
    return nodeGypBuild.resolve(join(root, 'dist'));
  } catch {
    // no matching prebuild: fall back to a binary compiled on this machine
  }
  const cached = cachedBinaryPath();
  return existsSync(cached) ? cached : null;
}

export function loadAddonFrom(path: string): Addon {
  // createRequire from the binary's own path: works in the ESM CLI and the CJS preload alike.
  return createRequire(path)(path) as Addon;
}

/**
 * Finds the binary for the running Node, compiling it from source when no prebuild
 * matches (an unusual Node version). Throws NativeError with one line saying what to
 * install when compiling is impossible.
 */
export function ensureBinary(root: string, log: (line: string) => void): string {
  const found = findBinary(root);
  if (found) return found;
  log(`scalene-ci: no prebuilt engine for Node ${process.version} (ABI ${process.versions.modules}); compiling it from source once…`);
  const nodeGyp = locateNodeGyp();
  const r = spawnSync(process.execPath, [nodeGyp, 'rebuild', '--release'], { cwd: root, encoding: 'utf8' });
  const built = join(root, 'build', 'Release', 'scalene_ci.node');
  if (r.status !== 0 || !existsSync(built)) {
    throw new NativeError(
      `cannot build the native engine for Node ${process.version}: install a C++ toolchain (g++, make, python3) and Node headers, then retry`,
    );
  }
  for (const target of binaryCandidates(root)) {
    try {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(built, target);
      return target;
    } catch {
      // read-only install: try the next location
    }
  }
  return built;
}

function locateNodeGyp(): string {
  try {
    return createRequire(join(process.cwd(), 'noop.js')).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm ships its own node-gyp next to the node binary.
    const bundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    if (existsSync(bundled)) return bundled;
    throw new NativeError('cannot build the native engine: node-gyp not found (install it with `npm i -g node-gyp`)');
  }
}
