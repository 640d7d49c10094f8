// The one module that locates and types the native addon.
//
// Prebuilt binaries ship inside the package, one per platform and Node ABI, because the
// addon uses V8's C++ profiler API, which is not ABI-stable:
//   dist/prebuilds/<platform>-<arch>/scalene_ci.abi<N>.node
// Why in the package and not per-platform optional packages (esbuild, sharp): each binary
// is ~260 KB, so all of them together stay far below the tarball budget, and one package
// needs no install-time logic at all. Why our own resolver and not node-gyp-build: the
// lookup is one path, and a resolver we own can say, when nothing matches, which platforms
// do have an engine. Nothing is compiled at install (there is no binding.gyp at the package
// root); only a clone, which has native/binding.gyp, compiles a missing engine on first use.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
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
  /** The script names this thread's windows have named since the last call (each once a run). */
  takeScriptNames(): string[];
  functionLocation?(fn: (...args: unknown[]) => unknown): { url: string; line: number; column: number } | null;
  /** Save the profile on SIGTERM/SIGINT/SIGHUP, then die by the signal as before. */
  guardSignals?(onSignal: (signal: number) => void): void;
  dieBySignal?(signal: number): void;
  nowUs(): number;
  threadCpuUs(): number;
  /** Flushes C stdio and ends the process at once (`_exit`): the CLI's exit (cli/exit.ts). */
  quickExit?(code: number): never;
  /** Points stdout and stderr at /dev/null, then writes `line` to `fd` and closes it: the
   * CLI's last word to the launcher (cli/exit.ts releaseLauncher). Whether it was written. */
  releaseStdio?(fd: number, line: string): boolean;
  /** posix_spawn of the CLI's watchdog (cli/session.ts) with a pipe on its stdin: {pid, fd},
   * fd the pipe's write end, or null. Linux. */
  spawnWatchdog?(argv: string[], env: string[]): { pid: number; fd: number } | null;
  v8Version: string;
}

/** The platform/arch pair that names a prebuild directory, e.g. `linux-x64`. */
export interface Target {
  platform: string;
  arch: string;
  /** process.versions.modules of the Node the binary is for. */
  abi: string;
}

const HOST: Target = { platform: process.platform, arch: process.arch, abi: process.versions.modules };

/** The gyp file of the engine: present in a clone, absent from the published package. */
export const BINDING_GYP = join('native', 'binding.gyp');
/** Where `node-gyp rebuild --directory=native` leaves the engine. */
export const LOCAL_BUILD = join('native', 'build', 'Release', 'scalene_ci.node');

export function prebuildName(abi: string = HOST.abi): string {
  return `scalene_ci.abi${abi}.node`;
}

export function prebuildPath(root: string, target: Target = HOST): string {
  return join(root, 'dist', 'prebuilds', `${target.platform}-${target.arch}`, prebuildName(target.abi));
}

/** Where a compiled-from-source binary for this ABI is cached when dist/ is read-only. */
export function cachedBinaryPath(target: Target = HOST): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'scalene-ci', `${target.platform}-${target.arch}`, prebuildName(target.abi));
}

/** The prebuild for this platform and ABI, else one compiled on this machine, else null. */
export function findBinary(root: string, target: Target = HOST): string | null {
  for (const candidate of [prebuildPath(root, target), cachedBinaryPath(target)]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export function loadAddonFrom(path: string): Addon {
  // createRequire from the binary's own path: works in the ESM CLI and the CJS preload alike.
  return createRequire(path)(path) as Addon;
}

const hostEngines = new Map<string, Addon>();
/**
 * The engine for this process's own Node under `root`, loaded, or null (none found, or it
 * does not load). A found engine is kept: the CLI's start and its exit both want it, and a
 * second lookup costs a few `existsSync` calls. A miss is not kept (ensureBinary may build
 * one in between).
 */
export function loadHostEngine(root: string): Addon | null {
  const kept = hostEngines.get(root);
  if (kept) return kept;
  const binary = findBinary(root);
  if (!binary) return null;
  try {
    const addon = loadAddonFrom(binary);
    hostEngines.set(root, addon);
    return addon;
  } catch {
    return null;
  }
}

// Node's ABI numbers for the majors we ship; others are named by their ABI.
const NODE_MAJOR_BY_ABI: Record<string, string> = { '115': '20', '127': '22', '137': '24', '147': '26' };

/**
 * The engines the package ships, for the one-line "no engine" error: platforms grouped by
 * the Node versions they cover, e.g. "linux-arm64, linux-x64 (Node 20, 22, 24, 26)".
 */
export function describePrebuilds(root: string): string {
  const dir = join(root, 'dist', 'prebuilds');
  const byNodes = new Map<string, string[]>();
  let platforms: string[] = [];
  try {
    platforms = readdirSync(dir).sort();
  } catch {
    // no prebuilds at all
  }
  for (const platform of platforms) {
    let abis: string[] = [];
    try {
      abis = readdirSync(join(dir, platform))
        .map((f) => /^scalene_ci\.abi(\d+)\.node$/.exec(f)?.[1])
        .filter((a): a is string => a !== undefined);
    } catch {
      continue;
    }
    if (abis.length === 0) continue;
    const nodes = abis
      .sort((a, b) => Number(a) - Number(b))
      .map((a) => NODE_MAJOR_BY_ABI[a] ?? `ABI ${a}`)
      .join(', ');
    byNodes.set(nodes, [...(byNodes.get(nodes) ?? []), platform]);
  }
  if (byNodes.size === 0) return 'no platform';
  return [...byNodes].map(([nodes, plats]) => `${plats.join(', ')} (Node ${nodes})`).join('; ');
}

/**
 * Finds the binary for the running Node. In a clone (native/binding.gyp present) a missing
 * engine is compiled from source once; an installed package never compiles: it throws
 * NativeError with one line naming the platforms that have an engine and how to build one.
 */
export function ensureBinary(root: string, log: (line: string) => void, target: Target = HOST): string {
  const found = findBinary(root, target);
  if (found) return found;
  const what = `Node ${process.version} (ABI ${target.abi}) on ${target.platform}-${target.arch}`;
  if (!existsSync(join(root, BINDING_GYP))) {
    throw new NativeError(
      `\`run\` needs the native engine, and this package has none for ${what}; it ships engines for ${describePrebuilds(root)}. ` +
        'To build one, clone the scalene-ci repository and run `npm ci && npm run build:native` there ' +
        '(compare, report and merge work without it)',
    );
  }
  log(`scalene-ci: no prebuilt engine for ${what}; compiling it from source once…`);
  const nodeGyp = locateNodeGyp(root);
  const args = [nodeGyp, 'rebuild', '--release', '--directory=native'];
  // Headers next to the running node (Debian's /usr, the node-linux-* npm packages): use
  // them rather than have node-gyp download them, which fails offline.
  const prefix = join(dirname(process.execPath), '..');
  if (existsSync(join(prefix, 'include', 'node', 'node.h'))) args.push(`--nodedir=${prefix}`);
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const built = join(root, LOCAL_BUILD);
  if (r.status !== 0 || !existsSync(built)) {
    throw new NativeError(
      `cannot build the native engine for ${what}: install a C++ toolchain (g++, make, python3) and Node headers, then retry`,
    );
  }
  for (const dest of [prebuildPath(root, target), cachedBinaryPath(target)]) {
    try {
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(built, dest);
      return dest;
    } catch {
      // read-only checkout: try the next location
    }
  }
  return built;
}

function locateNodeGyp(root: string): string {
  // A clone has node-gyp as a devDependency; otherwise npm's own copy next to node.
  for (const from of [root, process.cwd()]) {
    try {
      return createRequire(join(from, 'noop.js')).resolve('node-gyp/bin/node-gyp.js');
    } catch {
      // not installed there
    }
  }
  const bundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (existsSync(bundled)) return bundled;
  throw new NativeError('cannot build the native engine: node-gyp not found (run `npm ci` in the clone, or `npm i -g node-gyp`)');
}
