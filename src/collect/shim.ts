// Locating and preloading the native allocation/copy sampler (native/shim, built as
// libscalene_ci_shim.so), and reading its debug dump. See docs/MEMORY.md.
//
// This module is bundled into both the ESM CLI (dist/cli.js) and the CJS preload
// (dist/preload.cjs), where `import.meta.url` and `__dirname` are each missing in turn, so it
// never asks where it lives itself: callers pass a directory inside the package and
// `findPackageRoot` walks up from it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SHIM_FILE_NAME = 'libscalene_ci_shim.so';

/** Environment variables the shim reads (each process reads them once, at start-up). */
export const SHIM_ENV = {
  /** Mean net-allocation window in bytes (default 1 048 571). */
  mallocWindow: 'SCALENE_CI_MALLOC_WINDOW_BYTES',
  /** Mean copy window in bytes (default 7 340 009). */
  copyWindow: 'SCALENE_CI_COPY_WINDOW_BYTES',
  /** Debug/test: a directory where each process writes shim-<pid>.txt at exit. */
  dumpDir: 'SCALENE_CI_SHIM_DUMP',
} as const;

export interface ShimFs {
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: 'utf8'): string;
}

const realFs: ShimFs = { existsSync, readFileSync };

/**
 * The scalene-ci package root: the nearest directory at or above `startDir` holding a
 * package.json named "scalene-ci". Null when there is none (a broken install).
 */
export function findPackageRoot(startDir: string, fs: ShimFs = realFs): string | null {
  let dir = startDir;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'scalene-ci') return dir;
      } catch {
        // an unreadable manifest is not ours: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Path of the built shim, or null when none exists for this platform: the prebuilt
 * `dist/native/<platform>-<arch>/` copy first, then the local `build/shim/` build
 * (scripts/build-shim.sh).
 */
export function shimPath(
  packageRoot: string,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
  fs: Pick<ShimFs, 'existsSync'> = realFs,
): string | null {
  // Only the Linux build exists: macOS needs __DATA,__interpose tuples the shim does not
  // have yet, and Windows has no preloading at all.
  if (platform !== 'linux') return null;
  const candidates = [
    join(packageRoot, 'dist', 'native', `${platform}-${arch}`, SHIM_FILE_NAME),
    join(packageRoot, 'build', 'shim', SHIM_FILE_NAME),
  ];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export interface PreloadResult {
  /** A new environment (the input is not modified). */
  env: NodeJS.ProcessEnv;
  /** Set when native allocation/copy sampling will not happen (or only partly): print it once. */
  warning?: string;
}

const FALLBACK = 'native allocation and copy sampling is off; JS-heap memory profiling continues';

/**
 * The environment that preloads the shim into a command and all its descendants: prepends
 * `soPath` to LD_PRELOAD (DYLD_INSERT_LIBRARIES on macOS), keeping what was there and never
 * adding it twice (nested `scalene-ci run`).
 */
export function preloadEnv(env: NodeJS.ProcessEnv, soPath: string | null, platform: NodeJS.Platform): PreloadResult {
  const out: NodeJS.ProcessEnv = { ...env };
  if (platform === 'win32') return { env: out, warning: `memory: Windows has no library preloading; ${FALLBACK}.` };
  if (soPath === null) {
    return {
      env: out,
      warning:
        platform === 'linux'
          ? `memory: ${SHIM_FILE_NAME} is not built (run scripts/build-shim.sh); ${FALLBACK}.`
          : `memory: the native memory shim is not available on ${platform} yet; ${FALLBACK}.`,
    };
  }
  // The loader splits LD_PRELOAD on ':' and whitespace, with no quoting.
  if (/[:\s]/.test(soPath)) {
    return { env: out, warning: `memory: cannot preload ${JSON.stringify(soPath)} (the path contains ':' or a space); ${FALLBACK}.` };
  }
  const variable = platform === 'darwin' ? 'DYLD_INSERT_LIBRARIES' : 'LD_PRELOAD';
  const existing = out[variable] ?? '';
  const entries = existing.split(platform === 'darwin' ? /:/ : /[:\s]+/).filter((e) => e !== '');
  if (!entries.includes(soPath)) out[variable] = [soPath, ...entries].join(':');
  if (platform === 'darwin') {
    return {
      env: out,
      warning: `memory: macOS drops ${variable} for system binaries (SIP: /bin/sh, /usr/bin/env, ...); processes started through them run without native allocation sampling.`,
    };
  }
  return { env: out };
}

// ---------------------------------------------------------------------------------------
// The debug dump (SCALENE_CI_SHIM_DUMP=<dir>): one text file per process, written at exit().

export type ShimSampleKind = 'alloc' | 'free' | 'copy' | 'free_of_sampled';

export interface ShimSample {
  kind: ShimSampleKind;
  mono_us: number;
  tid: number;
  bytes: number;
  /** Pointer values fit a double exactly (user-space addresses are < 2^48). */
  addr: number;
  aux: number;
}

export interface ShimTotals {
  alloc_bytes: number;
  free_bytes: number;
  copy_bytes: number;
  alloc_calls: number;
  free_calls: number;
  copy_calls: number;
  alloc_samples: number;
  free_samples: number;
  copy_samples: number;
  free_of_sampled_samples: number;
  dropped_samples: number;
  malloc_window_bytes: number;
  copy_window_bytes: number;
  ring_capacity: number;
}

export interface ShimDump {
  version: number;
  pid: number;
  ppid: number;
  exe: string;
  totals: ShimTotals;
  samples: ShimSample[];
}

const TOTAL_FIELDS: (keyof ShimTotals)[] = [
  'alloc_bytes',
  'free_bytes',
  'copy_bytes',
  'alloc_calls',
  'free_calls',
  'copy_calls',
  'alloc_samples',
  'free_samples',
  'copy_samples',
  'free_of_sampled_samples',
  'dropped_samples',
  'malloc_window_bytes',
  'copy_window_bytes',
  'ring_capacity',
];
const KINDS = new Set<string>(['alloc', 'free', 'copy', 'free_of_sampled']);

/** Parses one shim-<pid>.txt. Throws Error naming the line on anything malformed or truncated. */
export function parseShimDump(text: string): ShimDump {
  const lines = text.split('\n');
  const fields = new Map<string, string>();
  const samples: ShimSample[] = [];
  let ended = false;
  lines.forEach((line, i) => {
    if (line === '' || ended) return;
    if (line === 'end') {
      ended = true;
      return;
    }
    const sp = line.indexOf(' ');
    const key = sp < 0 ? line : line.slice(0, sp);
    const rest = sp < 0 ? '' : line.slice(sp + 1);
    if (key === 'sample') {
      const parts = rest.split(' ');
      const nums = parts.slice(1).map(Number);
      if (parts.length !== 6 || !KINDS.has(parts[0]) || nums.some((n) => !Number.isSafeInteger(n) || n < 0)) {
        throw new Error(`shim dump line ${i + 1}: malformed sample ${JSON.stringify(line)}`);
      }
      samples.push({ kind: parts[0] as ShimSampleKind, mono_us: nums[0], tid: nums[1], bytes: nums[2], addr: nums[3], aux: nums[4] });
    } else {
      fields.set(key, rest);
    }
  });
  if (!ended) throw new Error('shim dump is truncated (no "end" line)');
  const num = (key: string): number => {
    const v = Number(fields.get(key));
    if (!fields.has(key) || !Number.isSafeInteger(v) || v < 0) throw new Error(`shim dump: missing or bad "${key}"`);
    return v;
  };
  const totals = Object.fromEntries(TOTAL_FIELDS.map((k) => [k, num(k)])) as unknown as ShimTotals;
  return { version: num('scalene-ci-shim-dump'), pid: num('pid'), ppid: num('ppid'), exe: fields.get('exe') ?? '', totals, samples };
}
