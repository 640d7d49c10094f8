// `scalene-ci run [options] -- <command...>`: run a command with every node process in
// its tree profiled, then write the JSON profile and print the report.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, watch, writeFileSync, writeSync, type FSWatcher } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, InputError, NativeError } from '../errors.js';
import { CONFIG_ENV, TRANSPILED, TYPESCRIPT, type SessionConfig, sessionPaths } from '../collect/config.js';
import { nodeOptionsRequire } from '../collect/inject.js';
import { ensureBinary, findBinary, loadHostEngine } from '../native/binding.js';
import type { Profile } from '../model/profile.js';
import type { Attributor, FileFilter, SourceAccess } from '../collect/attribute.js';
import type { CheckpointCache, CheckpointFile, LoadAnswers, ProcMeta } from '../collect/raw.js';
import type { LineMapper } from '../collect/sourcemap.js';
import type { RunInfo } from '../collect/build-profile.js';

type Post = typeof import('../collect/postprocess.js');
const loadPost = (): Promise<Post> => import('../collect/postprocess.js');
import type { CliIO } from './io.js';
import { toolVersion } from '../paths.js';
import { preloadEnv, shimPath, SHIM_ENV } from '../collect/shim.js';
import { createSessionDir, startWatchdog, sweepStaleSessions, type NativeSpawn, type Watchdog } from './session.js';
import { readGitSha } from './git.js';

export const RUN_USAGE = `usage: scalene-ci run [options] -- <command...>
  --json-out FILE               profile JSON (default scalene-profile.json)
  --outfile FILE                write the report to FILE instead of stdout
  --cpu-only                    CPU time only (no memory/copy profiling)
  --cpu-sampling-interval MS    sampling interval in ms (default 1)
  --cpu-percent-threshold PCT   report lines with at least PCT% of time (default 1)
  --reduced-profile             only lines above the threshold
  --profile-interval S          also write the profile every S seconds
  --repeat N                    run the command N times; keep per-run figures
  --profile-all                 profile all code, not just files under the working directory
  --profile-only a,b            only files whose path contains one of these
  --profile-exclude a,b         skip files whose path contains one of these
  --use-virtual-time            count only CPU time (no off-CPU/system time)
  --malloc-threshold BYTES      native allocation sampling window (default 1048571)
  --gpu / --no-gpu              GPU time and memory per line via NVML (default: on when a driver exists)
  --no-report                   do not print the report`;

export interface RunOptions {
  jsonOut: string;
  outfile: string | null;
  cpuOnly: boolean;
  intervalMs: number;
  cpuPercentThreshold: number;
  reduced: boolean;
  profileIntervalS: number | null;
  repeat: number;
  filter: Omit<FileFilter, 'root' | 'alwaysExclude'>;
  useVirtualTime: boolean;
  report: boolean;
  /** GPU sampling through NVML: on by default where a driver exists; --no-gpu turns it off. */
  gpu: boolean;
  gpuExplicit: boolean;
  command: string[];
  /** The shim's net-allocation sampling window (SCALENE_CI_MALLOC_WINDOW_BYTES); null = its default. */
  mallocThresholdBytes: number | null;
}

/** Bounds of --malloc-threshold: below a page, sampling costs more than it tells; the shim caps windows at 2^40. */
const MALLOC_THRESHOLD_MIN_BYTES = 4096;
const MALLOC_THRESHOLD_MAX_BYTES = 2 ** 40;

function mallocThreshold(value: string | undefined, cpuOnly: boolean): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < MALLOC_THRESHOLD_MIN_BYTES || n > MALLOC_THRESHOLD_MAX_BYTES) {
    throw new UsageError(`--malloc-threshold expects a whole number of bytes between ${MALLOC_THRESHOLD_MIN_BYTES} and ${MALLOC_THRESHOLD_MAX_BYTES}, got ${JSON.stringify(value)}`);
  }
  if (cpuOnly) throw new UsageError('--malloc-threshold sets the memory sampling window; it has no effect with --cpu-only');
  return n;
}

function positiveNumber(name: string, value: string | undefined, fallback: number, opts: { integer?: boolean; min?: number } = {}): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= (opts.min ?? 0) || (opts.integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} expects a ${opts.integer ? 'positive integer' : 'positive number'}, got ${JSON.stringify(value)}`);
  }
  return n;
}

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

export function parseRunArgs(args: string[]): RunOptions {
  const dd = args.indexOf('--');
  const optionArgs = dd >= 0 ? args.slice(0, dd) : args;
  let command = dd >= 0 ? args.slice(dd + 1) : [];
  let parsed;
  try {
    parsed = parseArgs({
      args: optionArgs,
      allowPositionals: true,
      strict: true,
      options: {
        'json-out': { type: 'string' },
        outfile: { type: 'string' },
        'cpu-only': { type: 'boolean' },
        'cpu-sampling-interval': { type: 'string' },
        'cpu-percent-threshold': { type: 'string' },
        'reduced-profile': { type: 'boolean' },
        'profile-interval': { type: 'string' },
        repeat: { type: 'string' },
        'profile-all': { type: 'boolean' },
        'profile-only': { type: 'string' },
        'profile-exclude': { type: 'string' },
        'use-virtual-time': { type: 'boolean' },
        'no-report': { type: 'boolean' },
        'malloc-threshold': { type: 'string' },
        gpu: { type: 'boolean' },
        'no-gpu': { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (see scalene-ci run --help)`);
  }
  const v = parsed.values;
  if (command.length === 0 && parsed.positionals.length > 0) command = parsed.positionals;
  else if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[0])} before --`);
  if (command.length === 0) throw new UsageError('missing command: scalene-ci run [options] -- <command...>');
  // `scalene-ci run app.js` is shorthand for `node app.js`, as `scalene app.py` is for python.
  if (/\.(c|m)?js$/.test(command[0]!)) command = [process.execPath, ...command];
  else if (/\.(c|m)?ts$/.test(command[0]!)) {
    // Node's type stripping keeps every line where it was: exact lines, no source map.
    if (!(process.features as { typescript?: unknown }).typescript && Number(process.versions.node.split('.')[0]) < 23) {
      throw new UsageError(`running ${command[0]} directly needs Node ≥ 23.6 (type stripping); otherwise use: scalene-ci run -- npx tsx ${command[0]}`);
    }
    command = [process.execPath, '--experimental-strip-types', '--no-warnings', ...command];
  }
  const threshold = v['cpu-percent-threshold'] === undefined ? 1 : Number(v['cpu-percent-threshold']);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new UsageError(`--cpu-percent-threshold expects a percentage between 0 and 100, got ${JSON.stringify(v['cpu-percent-threshold'])}`);
  }
  const intervalMs = positiveNumber('cpu-sampling-interval', v['cpu-sampling-interval'], 1);
  if (intervalMs < 0.1 || intervalMs > 1000) throw new UsageError(`--cpu-sampling-interval must be between 0.1 and 1000 ms, got ${intervalMs}`);
  return {
    jsonOut: v['json-out'] ?? 'scalene-profile.json',
    outfile: v.outfile ?? null,
    cpuOnly: v['cpu-only'] ?? false,
    intervalMs,
    cpuPercentThreshold: threshold,
    reduced: v['reduced-profile'] ?? false,
    profileIntervalS: v['profile-interval'] === undefined ? null : positiveNumber('profile-interval', v['profile-interval'], 0),
    repeat: positiveNumber('repeat', v.repeat, 1, { integer: true }),
    filter: {
      profileAll: v['profile-all'] ?? false,
      profileOnly: list(v['profile-only']),
      profileExclude: list(v['profile-exclude']),
    },
    useVirtualTime: v['use-virtual-time'] ?? false,
    report: !(v['no-report'] ?? false),
    gpu: !(v['no-gpu'] ?? false),
    gpuExplicit: v.gpu ?? false,
    command,
    mallocThresholdBytes: mallocThreshold(v['malloc-threshold'], v['cpu-only'] ?? false),
  };
}

// The shim's default sampling windows (native/shim/shim.c; see docs/MEMORY.md for why).
const DEFAULT_MALLOC_WINDOW_BYTES = 1_048_571;
const DEFAULT_COPY_WINDOW_BYTES = 7_340_009;

/** Default checkpoint period: bounds what a SIGKILL can lose, at ~0.1% overhead. */
const DEFAULT_CHECKPOINT_MS = 10_000;

/** How often every profiled thread writes a checkpoint (the launcher computes the same). */
function checkpointPeriodMs(opts: RunOptions, env: NodeJS.ProcessEnv): number {
  // (SCALENE_CI_CHECKPOINT_MS: a shorter period for tests of what happens between checkpoints.)
  const defaultMs = Number(env.SCALENE_CI_CHECKPOINT_MS) > 0 ? Number(env.SCALENE_CI_CHECKPOINT_MS) : DEFAULT_CHECKPOINT_MS;
  return opts.profileIntervalS ? Math.min(opts.profileIntervalS * 1000, defaultMs) : defaultMs;
}

export interface RunDeps {
  root: string;
  io: CliIO;
}

interface OneRun {
  profile: Profile;
  exitCode: number;
}

function checkWritable(path: string, what: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) throw new UsageError(`cannot write ${what} ${path}: directory ${dir} does not exist`);
  try {
    const probe = join(dir, `.scalene-ci-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    throw new UsageError(`cannot write ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * Set when the native launcher (native/launch/launch.c) started this process: the command
 * already runs, in the session it created, and this process only builds its profile. The
 * launcher hands over only what it checked itself (the options' values, the outputs writable,
 * the shim there for a full profile); with --repeat, it starts each run's command and says so
 * on the channel below.
 */
export interface Attach {
  dir: string;
  pid: number;
  /** The command's start: CLOCK_MONOTONIC (process.hrtime's clock on Linux) and Unix time. */
  startNs: bigint;
  startMs: number;
}

export const ATTACH_ENV = 'SCALENE_CI_ATTACH';

export function attachFromEnv(env: NodeJS.ProcessEnv): Attach | null {
  const raw = env[ATTACH_ENV];
  return raw ? parseAttach(raw) : null;
}

function parseAttach(raw: string): Attach {
  const m = /^([^\t]+)\t(\d+)\t(\d+)\t(\d+)$/.exec(raw);
  if (!m) throw new UsageError(`${ATTACH_ENV} is malformed (it is set by the scalene-ci launcher, not by hand)`);
  return { dir: m[1]!, pid: Number(m[2]), startNs: BigInt(m[3]!), startMs: Number(m[4]) };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** When it ended, on process.hrtime's clock. */
  endNs: bigint;
  spawnError?: NodeJS.ErrnoException;
}

/**
 * The launcher's side of the conversation (its header comment has the contract). On stdin,
 * a line per event: a command's end, "<code or -1> <signal number or 0> <end,
 * CLOCK_MONOTONIC ns>", and with --repeat the next run's start, "attach <dir>\t<pid>\t<ns>\t<ms>".
 * On fd 3, "next" once a run's profile is built, and "exit <code>" when all output is written
 * (exit.ts releaseLauncher: the launcher returns that status without waiting for this
 * process's exit). End of file where a line is due: the
 * launcher is gone (killed), and with it the program's parent; the caller then leaves the
 * session to the watchdog.
 */
class LauncherChannel {
  private buffered = '';
  private lines: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;

  constructor() {
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d: string) => {
      this.buffered += d;
      let nl;
      while ((nl = this.buffered.indexOf('\n')) >= 0) {
        this.lines.push(this.buffered.slice(0, nl));
        this.buffered = this.buffered.slice(nl + 1);
      }
      this.wake();
    });
    const end = (): void => {
      this.ended = true;
      this.wake();
    };
    process.stdin.on('end', end);
    process.stdin.on('error', end);
    // The pipe keeps this process alive only while a line is awaited: a failure before the
    // first wait (no engine for this Node) must end it at once, and with it, its watchdog's
    // pipe: the command then ends too.
    this.hold(false);
  }

  private hold(on: boolean): void {
    const stdin = process.stdin as unknown as { ref?: () => void; unref?: () => void };
    if (on) stdin.ref?.();
    else stdin.unref?.();
  }

  private wake(): void {
    if (!this.waiting || (this.lines.length === 0 && !this.ended)) return;
    const w = this.waiting;
    this.waiting = null;
    this.hold(false);
    w(this.lines.shift() ?? null);
  }

  private line(): Promise<string | null> {
    return new Promise((res) => {
      this.waiting = res;
      this.hold(true);
      this.wake();
    });
  }

  async exit(): Promise<Exit | null> {
    const m = /^(-?\d+) (\d+) (\d+)$/.exec((await this.line()) ?? '');
    if (!m) return null;
    const code = Number(m[1]);
    const sigNum = Number(m[2]);
    const signal = sigNum ? ((Object.entries(osConstants.signals).find(([, n]) => n === sigNum)?.[0] as NodeJS.Signals | undefined) ?? null) : null;
    return { code: code >= 0 ? code : null, signal, endNs: BigInt(m[3]!) };
  }

  /** Asks for the next run; its start, or null when the launcher could not start it. */
  async next(): Promise<Attach | null> {
    try {
      writeSync(3, 'next\n');
    } catch {
      return null;
    }
    const line = await this.line();
    return line?.startsWith('attach ') ? parseAttach(line.slice('attach '.length)) : null;
  }

  /** Nothing more is expected: stdin no longer keeps the process alive. */
  close(): void {
    process.stdin.pause();
    this.hold(false);
  }
}

export async function runCommand(args: string[], io: CliIO, root: string): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(RUN_USAGE + '\n');
    return 0;
  }
  const attach = attachFromEnv(io.env);
  // The engine, loaded first: the watchdog below starts through its posix_spawn (session.ts),
  // and the exit path needs it at the program's exit (exit.ts: releaseLauncher, exitNow),
  // where loading it cost ~1 ms.
  const engine = attach ? loadHostEngine(root) : null;
  const nativeSpawn: NativeSpawn | null = engine?.spawnWatchdog ?? null;
  // The launcher's command already runs: should anything below fail (no engine for this Node,
  // say), this process's exit must end it and its session, as if the run had been killed.
  let firstWatchdog = attach ? startWatchdog(attach.dir, nativeSpawn) : null;
  // (Without an engine the watchdogs start from Node: session.ts.)
  const watchdogFor = (dir: string): Watchdog => {
    const w = firstWatchdog ?? startWatchdog(dir, nativeSpawn);
    firstWatchdog = null;
    return w;
  };
  const opts = parseRunArgs(args);
  const channel = attach ? new LauncherChannel() : null;
  // (For tests and the benches: which way this run went.)
  if (attach && io.env.SCALENE_CI_DEBUG) io.stderr(`scalene-ci: debug: the launcher started the command (pid ${attach.pid}); this process builds its profile\n`);
  const jsonOut = resolve(io.cwd, opts.jsonOut);
  checkWritable(jsonOut, 'the profile');
  if (opts.outfile) checkWritable(resolve(io.cwd, opts.outfile), 'the report');
  // (In a clone with no engine for this Node, ensureBinary compiles one. The launcher's command
  // started before that, without it: it is stopped, and the next run has the engine.)
  const hadEngine = !attach || engine !== null || findBinary(root) !== null;
  ensureBinary(root, (l) => io.stderr(l + '\n'));
  if (!hadEngine) throw new NativeError(`the engine for Node ${process.version} is built now; the command had started without it and was stopped: run it again`);

  const runs: OneRun[] = [];
  let current = attach;
  let notStarted = false;
  for (let i = 0; i < opts.repeat; i++) {
    if (channel && i > 0) {
      // The launcher starts the next run once this process is idle (it prints "run i/N").
      current = await channel.next();
      if (!current) {
        // (The launcher said why, or was killed.) The runs before it are kept.
        io.stderr(`scalene-ci: run ${i + 1}/${opts.repeat} did not start; the profile has the ${i} run(s) before it\n`);
        notStarted = true;
        break;
      }
    } else if (!channel && opts.repeat > 1) io.stderr(`scalene-ci: run ${i + 1}/${opts.repeat}\n`);
    const r = await profileOnce(opts, io, root, jsonOut, current, channel, watchdogFor);
    runs.push(r);
    if (r.exitCode !== 0) break; // a failing benchmark: stop repeating, keep what we have
  }
  channel?.close();
  const { mergeRuns, renderText, compactProfile } = await loadPost();
  const profile = runs.length === 1 ? runs[0]!.profile : mergeRuns(runs.map((r) => r.profile));
  writeAtomic(jsonOut, JSON.stringify(compactProfile(profile)));
  if (opts.report) {
    const text = renderText(profile, {
      color: io.isTTY && !opts.outfile,
      reduced: opts.reduced,
      cpuPercentThreshold: opts.cpuPercentThreshold,
    });
    if (opts.outfile) writeFileSync(resolve(io.cwd, opts.outfile), text);
    else io.stdout(text);
  }
  io.stderr(`scalene-ci: profile written to ${opts.jsonOut}${profile.meta.complete ? '' : ' (incomplete: the command failed or was killed)'}\n`);
  return notStarted ? 2 : runs[runs.length - 1]!.exitCode;
}

async function profileOnce(
  opts: RunOptions,
  io: CliIO,
  root: string,
  jsonOut: string,
  attach: Attach | null,
  channel: LauncherChannel | null,
  watchdogFor: (dir: string) => Watchdog,
): Promise<OneRun> {
  // A private directory (mkdtemp, 0700) whose name starts with our pid, so that
  // `scalene-ci profile --off --pid N` can find its control file from another shell. (The
  // launcher's is named after the launcher's pid, which is the `scalene-ci` the user sees.)
  sweepStaleSessions();
  cleanUpBuiltRuns(); // the runs before, while this one goes
  const dir = attach?.dir ?? createSessionDir();
  const runWarnings: string[] = [];
  const started = attach && channel ? attachedCommand(attach, channel) : startCommand(opts, io, root, dir, runWarnings);
  return observe(opts, io, root, jsonOut, dir, runWarnings, started, watchdogFor);
}

interface Started {
  startTime: Date;
  t0: bigint;
  pid: number | undefined;
  exited: Promise<Exit | null>;
  /** Signals to `scalene-ci` while the command runs are the command's. */
  forward: (sig: NodeJS.Signals) => void;
  /** The launcher started the command: the session folder is the launcher's to remove. */
  launched?: boolean;
}

/** The launcher started the command: its pid and start, and its end from the launcher. */
function attachedCommand(attach: Attach, channel: LauncherChannel): Started {
  // (No signal forwarding: this process has its own process group, and the launcher, the
  // command's parent, forwards what `scalene-ci` receives.)
  return { startTime: new Date(attach.startMs), t0: attach.startNs, pid: attach.pid, exited: channel.exit(), forward: () => undefined, launched: true };
}

function startCommand(opts: RunOptions, io: CliIO, root: string, dir: string, runWarnings: string[]): Started {
  const paths = sessionPaths(dir);
  mkdirSync(paths.raw, { recursive: true });
  mkdirSync(paths.proc, { recursive: true });
  const preload = join(root, 'dist', 'preload.cjs');
  if (!existsSync(preload)) throw new InputError(`the profiler's preload ${preload} is missing: run \`npm run build\``);
  const checkpointMs = checkpointPeriodMs(opts, io.env);
  const cfg: SessionConfig = {
    dir,
    root,
    preload,
    intervalUs: Math.round(opts.intervalMs * 1000),
    checkpointMs,
    mode: opts.cpuOnly ? 'cpu' : 'full',
    gpu: opts.gpu,
  };
  let env: NodeJS.ProcessEnv = { ...io.env, [CONFIG_ENV]: JSON.stringify(cfg) };
  env.NODE_OPTIONS = [io.env.NODE_OPTIONS, nodeOptionsRequire(preload)].filter(Boolean).join(' ');
  if (!opts.cpuOnly) {
    // The allocation/copy shim goes into every process of the tree, node or not.
    const pre = preloadEnv(env, shimPath(root), process.platform);
    env = pre.env;
    if (opts.mallocThresholdBytes !== null) env[SHIM_ENV.mallocWindow] = String(opts.mallocThresholdBytes);
    if (pre.warning) {
      io.stderr(`scalene-ci: ${pre.warning}\n`);
      runWarnings.push(pre.warning);
    }
  }

  const startTime = new Date();
  const t0 = process.hrtime.bigint();
  // The suspend hint is for someone at a shell; in CI (the Action, any CI=true runner) nobody
  // can type it, and it only adds noise to the log.
  const hint = io.env.CI || io.env.GITHUB_ACTIONS ? '' : `; suspend with \`scalene-ci profile --off --pid ${process.pid}\``;
  io.stderr(`scalene-ci: profiling ${JSON.stringify(opts.command.join(' '))} (scalene-ci pid ${process.pid}${hint})\n`);
  const child = spawn(opts.command[0]!, opts.command.slice(1), { cwd: io.cwd, env, stdio: 'inherit' });
  const exited = new Promise<Exit>((res) => {
    child.on('error', (e: NodeJS.ErrnoException) => res({ code: null, signal: null, endNs: process.hrtime.bigint(), spawnError: e }));
    child.on('exit', (c, s) => res({ code: c, signal: s, endNs: process.hrtime.bigint() }));
  });
  const forward = (sig: NodeJS.Signals): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  };
  return { startTime, t0, pid: child.pid, exited, forward };
}

async function observe(
  opts: RunOptions,
  io: CliIO,
  root: string,
  jsonOut: string,
  dir: string,
  runWarnings: string[],
  started: Started,
  watchdogFor: (dir: string) => Watchdog,
): Promise<OneRun> {
  const { startTime, t0 } = started;
  const checkpointMs = checkpointPeriodMs(opts, io.env);
  const paths = sessionPaths(dir);
  // If we are killed outright, the profiled tree and the session directory go with us.
  const watchdog = watchdogFor(dir);
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((s) => [s, () => started.forward(s)] as const);
  for (const [s, h] of handlers) process.on(s, h);
  let interim: NodeJS.Timeout | null = null;
  let endNs: bigint | null = null;
  // Started once the child runs: module loading overlaps the program's own start-up.
  const postPromise = loadPost();
  // Read from .git after the child started (no git process: it would take a core from the
  // program's own start-up).
  let sha: string | null = null;
  const shaPromise = Promise.resolve().then(() => (sha = readGitSha(io.cwd)));
  let post: Post | null = null;
  void postPromise.then((m) => (post = m), () => undefined);
  const filter: FileFilter = { root: io.cwd, alwaysExclude: [join(root, 'dist'), join(root, 'build', 'src')], ...opts.filter };
  // One parse per source file serves the CPU and the memory attribution (and every interim
  // build). A source edited while the program runs is read as it was at its first use.
  // (The text is kept with it: the profile's build reuses the analysis for that same text.)
  const parsedCache = new Map<string, { text: string | null; lines: ReturnType<Post['sourceLines']> }>();
  const parsed = (abs: string): ReturnType<Post['sourceLines']> => {
    let entry = parsedCache.get(abs);
    if (!entry) {
      const text = readSourceSafe(abs);
      parsedCache.set(abs, (entry = { text, lines: text === null ? null : post!.analyseSource(abs, text) }));
    }
    return entry.lines;
  };
  // A run shorter than a checkpoint period names its sources first at its exit, and their
  // analysis was then the largest part of the wait (a 4-line script: 15 ms, most of it the
  // parser's first compile). The command's entry script is analysed now instead, on this
  // process's core while the program runs; other files still at their first checkpoint.
  let entryAhead: string | null = null;
  const tsAhead: string[] = [];
  void postPromise.then(() => {
    const entry = entryScript(opts.command, io.cwd);
    if (!entry || endNs !== null || !post!.isProfiledPath(entry, filter)) return;
    try {
      parsed(entry);
      entryAhead = entry;
    } catch {
      // only a head start: the build analyses it again, and says what went wrong there
    }
  }, () => undefined);
  const sources = (p: Post): SourceAccess =>
    p.sourceAccess(parsed, (abs, dumped, url) => {
      const payload = dumped[url] ?? dumped[abs];
      let mapper: LineMapper | null;
      if (payload) mapper = p.mapperFromPayload(payload, url.startsWith('file://') ? url : abs);
      else {
        const src = readSourceSafe(abs);
        mapper = src === null ? null : p.mapperFromDisk(abs, src);
      }
      if (mapper?.sources && endNs === null) analyseMappedAhead(p, mapper.sources);
      return mapper;
    });
  // The TypeScript sources a map names (tsc's output run by node --enable-source-maps: the
  // windows name the .js, not the .ts), analysed as soon as the map is known while the program
  // runs, on this process's core: the build at the exit finds the analysis made from the same
  // text (1,200 one-line functions: ~0.3 s of the wait).
  const analyseMappedAhead = (p: Post, files: readonly string[]): void => {
    for (const abs of files) {
      if (!TYPESCRIPT.test(abs) || parsedCache.has(abs) || !p.isProfiledPath(abs, filter)) continue;
      try {
        p.loadTypeScriptParsers();
        if (parsed(abs)) tsAhead.push(abs);
      } catch {
        // only a head start: the build parses it again, and says what went wrong there
      }
    }
  };
  // While the program runs, this process reads its checkpoints, analyses the profiled sources
  // they name and attributes their windows' CPU samples, so that the program's exit waits only
  // for what came after. A CPU-only run keeps of an attributed checkpoint only two headers:
  // this process's memory does not grow with the run (bench:wait; but for the per-sample
  // tracks GPU readings are joined with, when a GPU is sampled). The full profile keeps the
  // windows and the tracks: its memory stages follow heap-profiler samples across the whole
  // run and join memory events with every CPU sample, at the exit. What needs the whole run
  // to attribute goes the old way, all at the exit, from the files: `profile(fn)`
  // registrations, known from a process record at its exit, interim profiles
  // (--profile-interval), a thread's windows whose source maps are not answered (below).
  const checkpoints: CheckpointCache = new Map();
  let attributor: Attributor | null = null;
  let incremental = !opts.profileIntervalS;
  // GPU time per line joins the readings with the main thread's samples at the exit: a run
  // whose GPU sampling started keeps them. (The owner process writes its start before its
  // first checkpoint, so it is known by the first window fed.)
  let gpuSampling = false;
  // Until the owner's start record is read (once: the file then grows with every reading).
  let gpuKnown = !opts.gpu;
  const fed = new Map<string, FedThread>();
  let fedWhileRunning = 0;
  // Checkpoint files fed (kept without what the attributor read of them).
  const fedNames = new Set<string>();
  // Source-map answers written as modules loaded (loaders.ts answerMapsAtLoad), per process:
  // a thread busy in one synchronous loop has them before it is ever idle.
  let loadAnswers: LoadAnswers | null = null;
  const loadState = (): LoadAnswers => (loadAnswers ??= post!.newLoadAnswers());
  const loadedOf = (pid: number): ReadonlyMap<string, unknown> => post!.readLoadAnswers(paths.maps, pid, loadState());
  // A thread's process record, read again while one of its windows waits for an answer.
  const readRecord = (pid: number, threadId: number): ProcMeta | null => {
    try {
      return JSON.parse(readFileSync(join(paths.proc, `${pid}-${threadId}.json`), 'utf8')) as ProcMeta;
    } catch {
      return null; // not written yet, or being replaced: the next look
    }
  };
  // The profiled scripts a checkpoint's windows name.
  const profiledUrls = (f: CheckpointFile): string[] => {
    const urls = new Set<string>();
    for (const seg of f.segments) {
      for (const u of seg.strings) {
        if (!u.startsWith('file://') && !u.startsWith('/')) continue;
        const abs = post!.urlToPath(u);
        if (abs && post!.isProfiledPath(abs, filter)) urls.add(u);
      }
    }
    return [...urls];
  };
  const feed = (files: CheckpointFile[], last: boolean): void => {
    if (!post || !incremental) return;
    const p = post;
    attributor ??= p.createAttributor([], { filter, useVirtualTime: opts.useVirtualTime, registered: [], memory: !opts.cpuOnly }, sources(p));
    const a = attributor;
    const touched = new Set<FedThread>();
    for (const f of files) {
      const id = `${f.pid}-${f.threadId}`;
      let th = fed.get(id);
      if (!th) fed.set(id, (th = newFedThread(f.pid, f.threadId)));
      th.held.set(f.seq, f);
      touched.add(th);
    }
    for (const th of last ? fed.values() : touched) {
      // In file order; at the exit, past a file that could not be read (as a whole read does).
      const order = last ? [...th.held.keys()].sort((x, y) => x - y) : [];
      for (;;) {
        const f = th.held.get(last ? (order.shift() ?? -1) : th.next);
        if (!f) break;
        const urls = profiledUrls(f);
        // Whether its process keeps source maps (then every profiled script waits for its
        // answer) is in the record the preload writes as it starts: read before the first
        // window is fed (else a plain script under --enable-source-maps went in without its map
        // and the run was attributed again at the exit), and again while a window waits.
        if (!last && (!th.recordSeen || !answered(th, urls))) {
          const rec = readRecord(th.pid, th.threadId);
          if (rec) {
            th.recordSeen = true;
            learn(th, rec);
          }
          if (!answered(th, urls)) {
            learnLoaded(th, loadedOf(th.pid));
            if (!answered(th, urls)) break;
          }
        }
        th.held.delete(f.seq);
        th.next = f.seq + 1;
        for (const u of urls) (th.maps?.[u] === undefined ? th.fedWithoutMap : th.fedWithMap).add(u);
        a.add({ pid: f.pid, threadId: f.threadId, meta: th.maps ? ({ source_maps: th.maps } as ProcMeta) : null }, f.segments);
        checkpoints.set(f.name, opts.cpuOnly ? p.checkpointHeaders(f.segments) : p.checkpointForMemory(f.segments));
        fedNames.add(f.name);
        if (!last) fedWhileRunning++;
      }
    }
    // A thread busy in one synchronous run whose maps its loads did not answer (a map in a
    // separate file) answers only at its exit: its windows are read again from the files then
    // rather than kept here until then.
    let waiting = 0;
    for (const th of fed.values()) waiting += th.held.size;
    if (!last && waiting > MAX_WAITING_FILES) {
      incremental = false;
      fed.clear();
      return;
    }
    if (!gpuKnown) {
      const session = p.readGpuSession(paths.gpu);
      if (session) {
        gpuKnown = true;
        gpuSampling = session.start.ok === true;
      }
    }
    if (opts.cpuOnly && !gpuSampling) a.dropTracks(opts.intervalMs);
  };
  const prefetch = (): void => {
    if (!post) return;
    const files = post.takeCheckpoints(dir, checkpoints);
    for (const f of files) {
      for (const seg of f.segments) {
        for (const s of seg.strings) {
          if (!s.startsWith('file://') && !s.startsWith('/')) continue;
          const abs = post.urlToPath(s);
          if (!abs || parsedCache.has(abs) || !post.isProfiledPath(abs, filter)) continue;
          if (TRANSPILED.test(abs)) post.loadTypeScriptParsers();
          // Its analysis now (a TypeScript source's by its own parser), on this process's
          // core: the build at the exit finds it made from the same text (a large file's
          // parse took most of the wait).
          if (parsed(abs) && TYPESCRIPT.test(abs)) tsAhead.push(abs);
        }
      }
    }
    feed(files, false);
  };
  const build = (complete: boolean, exitCode: number | null, signal: string | null): Profile => {
    const { readSession, attribute, attributeMemory, buildProfile, readGpuSession, gpuStatusLine, applyGpuSession } = post!;
    const elapsedS = Number((endNs ?? process.hrtime.bigint()) - t0) / 1e9;
    const warnings: string[] = [...runWarnings];
    const rest = post!.takeCheckpoints(dir, checkpoints);
    // (The maps decoded while the program ran are not decoded again.)
    let { threads, skipped } = readSession(dir, checkpoints, loadState());
    const registered = threads.flatMap((t) => t.meta?.registered ?? []);
    if (registered.length > 0 || (incremental && !finalAnswers(fed, threads, rest, profiledUrls, loadedOf))) incremental = false;
    let attribution;
    if (incremental) {
      feed(rest, true);
      attribution = attributor!.finish();
      // (For tests and bench:wait: which way the windows went.)
      if (io.env.SCALENE_CI_DEBUG) io.stderr(`scalene-ci: debug: ${fedWhileRunning} checkpoint file(s) attributed while the command ran, ${checkpoints.size - fedWhileRunning} at its exit\n`);
      if (io.env.SCALENE_CI_DEBUG && entryAhead) io.stderr(`scalene-ci: debug: entry script analysed while the command ran: ${entryAhead}\n`);
    } else {
      if (io.env.SCALENE_CI_DEBUG) io.stderr('scalene-ci: debug: all checkpoint files attributed at the exit\n');
      // Windows already fed to an attributor (kept without what it read) are read again from
      // their files; the others were kept whole (a run gone this way keeps them until its exit).
      if (attributor) {
        for (const name of fedNames) checkpoints.delete(name);
        ({ threads, skipped } = readSession(dir, checkpoints, loadState()));
      }
      attribution = attribute(threads, { filter, useVirtualTime: opts.useVirtualTime, registered, memory: !opts.cpuOnly }, sources(post!));
    }
    if (io.env.SCALENE_CI_DEBUG && tsAhead.length > 0) io.stderr(`scalene-ci: debug: TypeScript analysed while the command ran: ${tsAhead.join(', ')}\n`);
    if (skipped.length > 0) warnings.push(`${skipped.length} unreadable checkpoint file(s) skipped`);
    if (threads.length === 0) warnings.push('no node process was profiled (is the command a node program?)');
    if (signal) warnings.push(`the command was killed by ${signal}`);
    else if (exitCode !== null && exitCode !== 0) warnings.push(`the command exited with code ${exitCode}`);
    const info: RunInfo = {
      toolVersion: toolVersion(root),
      command: opts.command,
      startTime,
      elapsedS,
      intervalMs: opts.intervalMs,
      gitSha: sha,
      mode: opts.cpuOnly ? 'cpu' : 'full',
      useVirtualTime: opts.useVirtualTime,
      complete,
      warnings,
      memoryWindows: opts.cpuOnly ? undefined : { malloc_bytes: opts.mallocThresholdBytes ?? DEFAULT_MALLOC_WINDOW_BYTES, copy_bytes: DEFAULT_COPY_WINDOW_BYTES },
    };
    const memory = opts.cpuOnly
      ? null
      : attributeMemory(threads, attribution, {
          registered,
          sourceLines: parsed,
          mallocWindowBytes: opts.mallocThresholdBytes ?? DEFAULT_MALLOC_WINDOW_BYTES,
        });
    const readSource = (abs: string): string | null => parsedCache.get(abs)?.text ?? readSourceSafe(abs);
    const profile = buildProfile(attribution, threads, info, io.cwd, readSource, memory, (abs, text) => {
      const entry = parsedCache.get(abs);
      return entry && entry.text === text ? entry.lines : undefined;
    });
    // The command itself killed by a signal: its native guard wrote the last window on the way
    // out, but its process record cannot know the signal; this process does.
    if (signal) {
      for (const p of profile.meta.processes) {
        if (p.pid !== started.pid) continue;
        p.signal = signal;
        p.complete = false;
      }
    }
    const gpu = opts.gpu ? readGpuSession(paths.gpu) : null;
    if (gpu) {
      if (opts.gpuExplicit && !gpu.start.ok) io.stderr(`scalene-ci: ${gpuStatusLine(gpu.start)}\n`);
      applyGpuSession(profile, attribution, gpu, io.cwd);
    }
    return profile;
  };
  // Checkpoints come every checkpointMs (10 s by default), more often in a run's first 40 s
  // (a quarter of the time so far, at least 500 ms: native/src/cpu_profiler.cc CheckpointDue);
  // look a few times per period.
  const lookEveryMs = (): number => Math.max(250, Math.min(2000, checkpointMs / 4, (Date.now() - startTime.getTime()) / 8));
  let prefetcher: NodeJS.Timeout;
  // Until the command has ended: after that the build reads what is left.
  const lookNow = (): void => {
    if (endNs !== null) return;
    try {
      prefetch();
    } catch {
      // the final read will see (and report) whatever could not be read here
    }
  };
  const look = (): void => {
    lookNow();
    prefetcher = setTimeout(look, lookEveryMs());
    prefetcher.unref();
  };
  prefetcher = setTimeout(look, lookEveryMs());
  prefetcher.unref();
  // And as soon as a checkpoint file lands (inotify): the last one is written in the program's
  // exit handler, so its windows are attributed while the process tears down and the launcher
  // learns of the exit, not after (the empty program: the CLI's 4.6 ms from the exit's news to
  // the status, of which reading and attributing that checkpoint is most). The looks stay for
  // filesystems without notifications.
  const watcher = watchCheckpoints(paths.raw, lookNow);
  // (What landed before the watch began: a short program's last checkpoint, on a slow start.)
  if (watcher) setImmediate(lookNow);
  if (opts.profileIntervalS) {
    interim = setInterval(() => {
      if (!post) return;
      try {
        writeAtomic(jsonOut, JSON.stringify(post.compactProfile(build(false, null, null))));
      } catch {
        // a checkpoint being renamed while we read: the next tick will do
      }
    }, opts.profileIntervalS * 1000);
  }
  const ended = await started.exited;
  watcher?.close();
  clearTimeout(prefetcher);
  if (interim) clearInterval(interim);
  for (const [s, h] of handlers) process.removeListener(s, h);
  // The launcher gone before it could say how the command ended: no profile; leaving now
  // without disarming the watchdog ends the profiled tree and removes the session.
  if (!ended) throw new InputError('the scalene-ci launcher ended before the command did: no profile was written');
  const { code, signal, spawnError } = ended;
  endNs = ended.endNs;
  if (spawnError) {
    watchdog.disarm();
    rmSync(dir, { recursive: true, force: true });
    if (spawnError.code === 'ENOENT') throw new InputError(`command not found: ${opts.command[0]}`);
    if (spawnError.code === 'EACCES') throw new InputError(`command is not executable: ${opts.command[0]}`);
    throw new InputError(`cannot run ${opts.command[0]}: ${spawnError.message}`);
  }
  const exitCode = code ?? 128 + signalNumber(signal);
  post = await postPromise;
  await shaPromise;
  const profile = build(signal === null && code === 0, code, signal);
  const cleanUp = (): void => {
    if (!process.env.SCALENE_CI_KEEP_SESSION) rmSync(dir, { recursive: true, force: true });
    watchdog.disarm();
  };
  if (started.launched) afterRelease(cleanUp);
  else cleanUp();
  return { profile, exitCode };
}

/**
 * A launched run's clean-up once it is built (removing its session folder, disarming its
 * watchdog): done after the launcher has the status (exit.ts releaseLauncher), at this
 * process's exit, or while the next run of a `--repeat` goes. Removing a session folder took
 * 1-2 ms of unlinks on this machine's ext4 and the disarm 0.4 ms, which the launcher's return
 * would otherwise wait for. (Killed in between, this process leaves the folder to the next
 * run's sweep of folders whose run is gone, and its watchdog ends what is left of the tree,
 * as it would have a moment before.)
 */
const cleanUps: Array<() => void> = [];
let cleaningAtExit = false;
function afterRelease(cleanUp: () => void): void {
  cleanUps.push(cleanUp);
  if (cleaningAtExit) return;
  cleaningAtExit = true;
  process.on('exit', cleanUpBuiltRuns);
}
function cleanUpBuiltRuns(): void {
  for (const cleanUp of cleanUps.splice(0)) cleanUp();
}

/**
 * Calls `onFile` (once per burst, on the next turn of the event loop) when a file lands in the
 * session's checkpoint folder; null where the folder cannot be watched (no inotify, its limits
 * reached): the periodic looks still find every file.
 */
export function watchCheckpoints(folder: string, onFile: () => void): FSWatcher | null {
  let due = false;
  try {
    const w = watch(folder, { persistent: false }, (_event, name) => {
      // a checkpoint lands by rename from its `.tmp`: the final name is the one to read
      if (due || (typeof name === 'string' && name.endsWith('.tmp'))) return;
      due = true;
      setImmediate(() => {
        due = false;
        onFile();
      });
    });
    w.on('error', () => w.close());
    return w;
  } catch {
    return null;
  }
}

/** Readers (CI steps, `--profile-interval` watchers) never see half a profile. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal ? (osConstants.signals[signal] ?? 0) : 0;
}

/** Checkpoint files waiting for their threads' source maps, in all, before the run's windows
 * go the old way (all at the exit, from the files). Inline maps are answered as the modules
 * load (loaders.ts answerMapsAtLoad); the rest by an idle thread within a second (preload.ts
 * MAPS_EVERY_MS), by a synchronous program only at its exit. */
const MAX_WAITING_FILES = 8;

/** A thread's windows fed to the attributor while the program runs. */
interface FedThread {
  pid: number;
  threadId: number;
  next: number;
  held: Map<number, CheckpointFile>;
  /** Its source maps, once its record gave any: one object for the run, added to (the
   * attributor caches what it derives from a thread's maps by the object). */
  maps: Record<string, unknown> | null;
  /** Scripts its record has answered for (a map in `maps`, or none). */
  checked: Set<string>;
  /** Whether its process has source maps enabled: then every profiled script waits for its answer. */
  mapsEnabled: boolean;
  /** Whether its record has been read once (the first window waits for nothing else). */
  recordSeen: boolean;
  final: boolean;
  /** Profiled scripts of windows fed without a map of theirs: a final record with one undoes the run's attribution. */
  fedWithoutMap: Set<string>;
  /** ... and with one (from its record or from the answers written as modules loaded): a
   * final record without it undoes it too (Node did not keep that map: the batch way has none). */
  fedWithMap: Set<string>;
}

function newFedThread(pid: number, threadId: number): FedThread {
  return { pid, threadId, next: 0, held: new Map(), maps: null, checked: new Set(), mapsEnabled: false, recordSeen: false, final: false, fedWithoutMap: new Set(), fedWithMap: new Set() };
}

/** Whether a thread's record has answered for the source maps of every script in `urls` that needs one. */
function answered(th: FedThread, urls: readonly string[]): boolean {
  if (th.final) return true;
  return urls.every((u) => th.checked.has(u) || (!th.mapsEnabled && !TRANSPILED.test(u)));
}

/** What a thread's process record says of its source maps. */
function learn(th: FedThread, rec: ProcMeta): void {
  const maps = rec.source_maps ?? {};
  for (const [url, payload] of Object.entries(maps)) {
    if (!payload || th.maps?.[url] !== undefined) continue;
    (th.maps ??= {})[url] = payload;
    th.checked.add(url);
  }
  for (const url of rec.maps_checked ?? []) th.checked.add(url);
  th.mapsEnabled ||= rec.maps_enabled === true;
  th.final ||= rec.final === true;
}

/** What the answers written as the thread's process loaded its modules say of their maps
 * (the first answer for a script holds, as in learn). A plain script's counts only where its
 * process keeps maps, as its record would. */
function learnLoaded(th: FedThread, answers: ReadonlyMap<string, unknown>): void {
  for (const [url, payload] of answers) {
    if (th.checked.has(url) || (!th.mapsEnabled && !TRANSPILED.test(url))) continue;
    if (payload) (th.maps ??= {})[url] = payload;
    th.checked.add(url);
  }
}

/**
 * At the exit, with every thread's last record: whether the windows fed while the program ran
 * were fed with the maps the records now give (else the run is attributed again from the
 * files), and whether every thread still waiting can be answered from its own record (a
 * thread whose process was killed before answering borrows another's maps: the old way).
 */
function finalAnswers(fed: Map<string, FedThread>, threads: ReadonlyArray<{ pid: number; threadId: number; meta: ProcMeta | null }>, rest: readonly CheckpointFile[], urlsOf: (f: CheckpointFile) => string[], loadedOf: (pid: number) => ReadonlyMap<string, unknown>): boolean {
  for (const t of threads) {
    const id = `${t.pid}-${t.threadId}`;
    let th = fed.get(id);
    if (!th) fed.set(id, (th = newFedThread(t.pid, t.threadId)));
    if (t.meta) learn(th, t.meta);
    for (const url of th.fedWithoutMap) if (th.maps?.[url] !== undefined) return false;
    if (t.meta?.final) for (const url of th.fedWithMap) if (!t.meta.source_maps?.[url]) return false;
    learnLoaded(th, loadedOf(t.pid));
  }
  for (const f of rest) {
    const th = fed.get(`${f.pid}-${f.threadId}`);
    if (!th || !answered(th, urlsOf(f))) return false;
  }
  for (const th of fed.values()) for (const f of th.held.values()) if (!answered(th, urlsOf(f))) return false;
  return true;
}

// node's options that take the next argument as their value (the script comes after them).
const NODE_VALUE_OPTIONS = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions', '--env-file', '--input-type', '--title', '--stack-size']);

/**
 * The absolute path of the JavaScript file a `node …` command runs, or null (another
 * command, `-e`/`-p`, a TypeScript file, no such file). Only a head start for the analysis:
 * whatever it misses is analysed when a checkpoint names it.
 */
export function entryScript(command: readonly string[], cwd: string): string | null {
  const [bin, ...args] = command;
  if (!bin || !/^node(?:js)?(?:\d+)?$/.test(bin.split('/').pop() ?? '')) return null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print' || a === '-') return null;
    if (a === '--') return scriptFile(args[i + 1], cwd);
    if (a.startsWith('-')) {
      if (NODE_VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    return scriptFile(a, cwd);
  }
  return null;
}

/** Node runs the main script by its real path (V8 names it so): the same here. */
function scriptFile(arg: string | undefined, cwd: string): string | null {
  if (!arg || !/\.[cm]?js$/.test(arg)) return null;
  try {
    return realpathSync(resolve(cwd, arg));
  } catch {
    return null;
  }
}

/** A source file's text, or null where it cannot be read (also the warm-up's reader). */
export function readSourceSafe(abs: string): string | null {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    return null;
  }
}
