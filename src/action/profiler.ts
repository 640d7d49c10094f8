// Running the benchmark under a profiler: our CLI (`scalene-ci run`) or Scalene for Python,
// whose JSON is imported into the profile model. The benchmark's output streams to the log.
import { spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { parseProfile, MAX_PROFILE_BYTES } from '../model/validate.js';
import type { Profile } from '../model/profile.js';
import { loadAnyProfile } from '../import/index.js';
import type { ProfilerKind } from './inputs.js';

/** Runs a program with inherited stdio and resolves to its exit code (signal → 128+n). */
export type ExecFn = (command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }) => Promise<number>;

export const spawnExec: ExecFn = (command, args, opts) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  });

function signalNumber(signal: NodeJS.Signals): number {
  const n: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGSEGV: 11, SIGTERM: 15 };
  return n[signal] ?? 0;
}

export interface ProfileOptions {
  profiler: ProfilerKind;
  run: string;
  repeat: number;
  cpuOnly: boolean;
  profileOnly: string[];
  profileExclude: string[];
}

export interface ProfilerDeps {
  exec: ExecFn;
  /** dist/cli.js next to the Action bundle. */
  cliPath: string;
  /** The node that runs the CLI (the runner's). */
  nodePath: string;
  /** The native launcher (dist/native/linux-<arch>/scalene-ci-launch), as the bin runs `run` on
   * Linux: each run's command starts with no Node start-up in front of it. Null elsewhere. */
  launcherPath?: string | null;
  log: (line: string) => void;
}

/** POSIX shell single-quoting. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The command line that profiles `run` with our CLI, writing profile@1 JSON to `outFile`. */
export function scaleneCiCommand(opts: ProfileOptions, deps: Pick<ProfilerDeps, 'cliPath' | 'nodePath' | 'launcherPath'>, outFile: string): [string, string[]] {
  const args = ['run', '--json-out', outFile];
  if (opts.cpuOnly) args.push('--cpu-only');
  if (opts.repeat > 1) args.push('--repeat', String(opts.repeat));
  if (opts.profileOnly.length) args.push('--profile-only', opts.profileOnly.join(','));
  if (opts.profileExclude.length) args.push('--profile-exclude', opts.profileExclude.join(','));
  args.push('--', 'bash', '-c', opts.run);
  return deps.launcherPath ? [deps.launcherPath, args] : [deps.nodePath, [deps.cliPath, ...args]];
}

/**
 * Scalene's command shape: `python3 -m scalene run [options] -o <file> <script> [args]`.
 * `run` is the script and its arguments as a shell would split them.
 */
export function scaleneCommand(opts: ProfileOptions, outFile: string): [string, string[]] {
  const flags = ['-m', 'scalene', 'run'];
  if (opts.cpuOnly) flags.push('--cpu-only');
  if (opts.profileOnly.length) flags.push('--profile-only', opts.profileOnly.join(','));
  if (opts.profileExclude.length) flags.push('--profile-exclude', opts.profileExclude.join(','));
  flags.push('-o', outFile);
  return ['bash', ['-c', `exec python3 ${flags.map(shellQuote).join(' ')} ${opts.run}`]];
}

async function readProfileFile(path: string, kind: ProfilerKind): Promise<Profile> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new InputError(`the profiler wrote no profile to ${path}`);
  }
  if (size > MAX_PROFILE_BYTES) throw new InputError(`${path}: the profile is larger than ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
  const text = await readFile(path, 'utf8');
  return kind === 'scalene' ? loadAnyProfile(text, path) : parseProfile(text, path);
}

/**
 * Profile the benchmark in `cwd` with the scrubbed environment `env`. Our CLI repeats
 * runs itself (one profile holding per-run figures); Scalene is run `repeat` times and
 * each run is one profile.
 */
export async function profileBenchmark(opts: ProfileOptions, cwd: string, env: NodeJS.ProcessEnv, outDir: string, deps: ProfilerDeps): Promise<Profile[]> {
  const profiles: Profile[] = [];
  const runs = opts.profiler === 'scalene' ? opts.repeat : 1;
  for (let i = 1; i <= runs; i++) {
    const outFile = join(outDir, opts.profiler === 'scalene' ? `scalene-${i}.json` : 'scalene-ci.json');
    const [cmd, args] = opts.profiler === 'scalene' ? scaleneCommand(opts, outFile) : scaleneCiCommand(opts, deps, outFile);
    const what = opts.profiler === 'scalene' ? `Scalene (run ${i} of ${runs})` : `scalene-ci${opts.repeat > 1 ? ` (${opts.repeat} runs)` : ''}`;
    deps.log(`Profiling \`${opts.run}\` in ${cwd} with ${what}`);
    const started = Date.now();
    // The launcher runs the CLI under the runner's node (SCALENE_CI_NODE), not PATH's.
    const runEnv = opts.profiler === 'scalene-ci' && deps.launcherPath ? { ...env, SCALENE_CI_NODE: deps.nodePath } : env;
    const code = await deps.exec(cmd, args, { cwd, env: runEnv });
    deps.log(`The profiler finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${code}`);
    if (code !== 0) {
      // Not an InputError: the command ran and failed, which is the benchmark's problem, not the inputs'.
      throw new Error(`the benchmark \`${opts.run}\` failed under ${opts.profiler} (exit code ${code}); see its output above`);
    }
    const profile = await readProfileFile(outFile, opts.profiler);
    // The command the user wrote, not our `bash -c` wrapper around it (reports and the
    // comment's environment lines show it).
    if (profile.meta.command[0] === 'bash' && profile.meta.command[1] === '-c') profile.meta.command = [opts.run];
    profiles.push(profile);
  }
  return profiles;
}
