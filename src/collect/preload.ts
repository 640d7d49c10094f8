// Loaded into every profiled node process (main thread and workers) through
// NODE_OPTIONS="--require dist/preload.cjs". It starts the native engine before user
// code compiles, writes process metadata, keeps children and workers profiled, and makes
// sure the profile reaches disk however the process ends (exit, signal, crash: the native
// engine also checkpoints periodically, so even SIGKILL loses at most one period).
import { mkdirSync, writeFileSync, openSync, closeSync, renameSync } from 'node:fs';
import childProcess from 'node:child_process';
import workerThreads from 'node:worker_threads';
import moduleApi from 'node:module';
import { constants as osConstants } from 'node:os';
import { CONFIG_ENV, TRANSPILED, type SessionConfig, sessionPaths } from './config.js';
import { findBinary, loadAddonFrom, type Addon } from '../native/binding.js';
import { injectIntoEnv, injectIntoExecArgv } from './inject.js';
import type { Registered } from './raw.js';
import { answeredAtLoad, answerMapsAtLoad, keepTranspiledLines, onVmSourceMap, sourceMapsOn, vmSourceMap } from './loaders.js';

const STATE = Symbol.for('scalene-ci.preload');

function main(): void {
  const raw = process.env[CONFIG_ENV];
  if (!raw) return;
  const g = globalThis as Record<symbol, unknown>;
  if (g[STATE]) return; // required twice (NODE_OPTIONS and execArgv): start once
  let cfg: SessionConfig;
  try {
    cfg = JSON.parse(raw) as SessionConfig;
  } catch {
    return;
  }
  const threadId = workerThreads.threadId;
  const paths = sessionPaths(cfg.dir);
  const binary = findBinary(cfg.root);
  if (!binary) {
    if (workerThreads.isMainThread) {
      process.stderr.write(`scalene-ci: no engine for Node ${process.version} (ABI ${process.versions.modules}); pid ${process.pid} is not profiled\n`);
    }
    return;
  }
  let addon: Addon;
  try {
    addon = loadAddonFrom(binary);
  } catch (e) {
    if (workerThreads.isMainThread) process.stderr.write(`scalene-ci: cannot load the engine (${(e as Error).message.split('\n')[0]}); pid ${process.pid} is not profiled\n`);
    return;
  }
  mkdirSync(paths.raw, { recursive: true });
  mkdirSync(paths.proc, { recursive: true });
  const id = `${process.pid}-${threadId}`;
  const startUs = addon.nowUs();
  addon.start({
    intervalUs: cfg.intervalUs,
    outPrefix: `${paths.raw}/${id}`,
    checkpointMs: cfg.checkpointMs,
    controlFile: paths.control,
    threadId,
    memory: cfg.mode === 'full',
  });
  const registered: Registered[] = [];
  const meta = {
    pid: process.pid,
    ppid: process.ppid,
    thread_id: threadId,
    argv: process.argv,
    exec_argv: process.execArgv,
    cwd: process.cwd(),
    node_version: process.version,
    v8_version: addon.v8Version,
    start_us: startUs,
    end_us: null as number | null,
    exit_code: null as number | null,
    signal: null as string | null,
    final: false,
    registered,
    source_maps: {} as Record<string, unknown>,
    maps_checked: [] as string[],
    maps_enabled: sourceMapsOn(),
  };
  const writeMeta = () => {
    try {
      writeFileSync(`${paths.proc}/${id}.json`, JSON.stringify(meta));
    } catch {
      // the session directory is gone (parent died): nothing useful left to do
    }
  };
  writeMeta();
  g[STATE] = {
    register(fn: unknown, name?: string) {
      if (typeof fn !== 'function') return;
      const loc = addon.functionLocation?.(fn as (...a: unknown[]) => unknown);
      if (loc) registered.push({ name: name ?? (fn as { name: string }).name, ...loc });
      writeMeta();
    },
  };

  const gpu = workerThreads.isMainThread && cfg.gpu ? startGpu(addon, paths.gpu) : null;
  let finished = false;
  const finish = (exitCode: number | null, signal: string | null) => {
    if (finished) return;
    finished = true;
    gpu?.flush(true);
    try {
      addon.checkpoint(true);
    } catch (e) {
      process.stderr.write(`scalene-ci: could not write the profile of pid ${process.pid}: ${(e as Error).message}\n`);
    }
    meta.end_us = addon.nowUs();
    meta.exit_code = exitCode;
    meta.signal = signal;
    meta.final = true;
    answerSourceMaps(addon, meta, true);
    writeMeta();
  };
  process.on('exit', (code) => finish(code, null));
  if (workerThreads.isMainThread && addon.guardSignals) {
    // Native handlers, not process.on(): a JS listener would keep a busy process alive.
    addon.guardSignals((signal: number) => {
      const name = Object.entries(osConstants.signals).find(([, n]) => n === signal)?.[0] ?? null;
      finish(null, name);
      addon.dieBySignal?.(signal);
    });
  }
  if (cfg.checkpointMs > 0) {
    // The engine checkpoints busy threads from a native timer; this covers idle ones,
    // whose pending V8 interrupt would wait for the next JavaScript to run.
    setInterval(() => {
      if (finished) return;
      addon.checkpoint(false);
      gpu?.flush(false);
    }, cfg.checkpointMs).unref();
  }
  // The source maps of the scripts this thread ran, as soon as it is idle once they have run:
  // the CLI attributes a thread's windows of transpiled code (tsx, ts-node) only with them.
  // Inline maps reach it as their modules load (answerMapsAtLoad); what a load cannot tell (a
  // map in another file) waits for this, or for the exit in a thread busy in one synchronous run.
  setInterval(() => {
    if (!finished && answerSourceMaps(addon, meta, false)) writeMeta();
  }, Math.min(MAPS_EVERY_MS, cfg.checkpointMs > 0 ? cfg.checkpointMs : MAPS_EVERY_MS)).unref();
  // Maps of the program's vm-run modules (vitest) go to disk soon after they load, once per
  // burst of imports: the process may end by a signal that leaves no time to write them.
  let mapsDue: NodeJS.Timeout | null = null;
  onVmSourceMap((filename) => {
    if (finished || /[\\/]node_modules[\\/]/.test(filename)) return;
    meta.source_maps[filename] = vmSourceMap(filename);
    mapsDue ??= setTimeout(() => {
      mapsDue = null;
      if (!finished) writeMeta();
    }, 200).unref();
  });
  patchChildProcess(cfg);
  patchWorker(cfg);
  try {
    mkdirSync(paths.maps, { recursive: true });
    answerMapsAtLoad(paths.maps);
  } catch {
    // no answers as modules load: the thread answers when idle or at its exit
  }
  keepTranspiledLines();
}

/**
 * GPU sampling runs in one process per session: the first node process to start (the
 * root of the profiled tree, or the first node under a shell/npm), counting its
 * descendants. Sampling in every process would count the same GPU time many times.
 */
function startGpu(addon: Addon, dir: string): { flush(final: boolean): void } | null {
  if (!addon.gpuStart || !addon.gpuTake) return null;
  try {
    mkdirSync(dir, { recursive: true });
    closeSync(openSync(`${dir}/owner`, 'wx'));
  } catch {
    return null; // another process of this session owns GPU sampling
  }
  const start = addon.gpuStart({ intervalUs: 20000, pids: [process.pid], includeDescendants: true });
  const taken = { t_us: [] as number[], util: [] as number[], mem_bytes: [] as number[], per_process: true, mem_per_process: true, pids_seen: false, foreign_seen: false, dropped: 0, errors: 0 };
  const write = () => {
    const file = `${dir}/${process.pid}.json`;
    writeFileSync(file + '.tmp', JSON.stringify({ pid: process.pid, start, taken }));
    renameSync(file + '.tmp', file);
  };
  write();
  if (!start.ok) return null;
  return {
    flush(final: boolean) {
      if (final) addon.gpuStop?.();
      const t = addon.gpuTake!();
      taken.t_us.push(...t.t_us);
      taken.util.push(...t.util);
      taken.mem_bytes.push(...t.mem_bytes);
      taken.per_process &&= t.per_process;
      taken.mem_per_process &&= t.mem_per_process;
      taken.pids_seen ||= t.pids_seen;
      taken.foreign_seen ||= t.foreign_seen;
      taken.dropped += t.dropped;
      taken.errors += t.errors;
      write();
    },
  };
}

/** How often an idle thread looks up the source maps of the scripts it has run since (at
 * most: as often as it checkpoints, when that is more often). */
const MAPS_EVERY_MS = 1000;

const DEPENDENCY = /[\\/]node_modules[\\/]/;
/** Scripts of dependencies named while the thread ran, looked up at its exit. */
const laterNames: string[] = [];
/** Scripts left for the next look (the last one ran out of its budget). */
const waitingNames: string[] = [];
const MAPS_BUDGET_MS = 4;

type SourceMapsMeta = { source_maps: Record<string, unknown>; maps_checked: string[]; maps_enabled: boolean };

/**
 * Source maps Node knows for the scripts this thread's windows named (tsx, ts-node), or that
 * vm-run code carried (vite-node), added to `meta`; `maps_checked` lists every script looked up
 * (with or without a map), so the CLI knows which windows it may attribute. Whether anything
 * was added. `final`: the last look, at the thread's exit.
 */
function answerSourceMaps(addon: Addon, meta: SourceMapsMeta, final: boolean): boolean {
  // Node caches source maps only while they are enabled (--enable-source-maps, tsx's
  // setSourceMapsEnabled): otherwise there is nothing to find. vm-run modules' maps (vitest)
  // are taken as they load (onVmSourceMap), not here.
  const enabled = sourceMapsOn();
  let names = addon.takeScriptNames();
  // A dependency's map is looked up at the exit only: the CLI waits for none of them (unless
  // told to profile all code), and findSourceMap decodes a map's mappings on first use (18 ms
  // and 4 MB of heap kept for a 1,200-function file's) on the program's thread.
  if (final) {
    names = [...waitingNames, ...laterNames, ...names];
  } else {
    const now = waitingNames.splice(0);
    for (const u of names) (DEPENDENCY.test(u) ? laterNames : now).push(u);
    names = now;
  }
  const findSourceMap = (moduleApi as unknown as { findSourceMap?: (p: string) => { payload: unknown } | undefined }).findSourceMap ?? (() => undefined);
  let added = false;
  const checked = meta.maps_checked;
  if (enabled && !meta.maps_enabled) {
    meta.maps_enabled = true;
    added = true;
  }
  // A few milliseconds of the program's thread a look (each map decoded is most of it): the rest at the next.
  const until = final ? Infinity : performance.now() + MAPS_BUDGET_MS;
  for (let i = 0; i < names.length; i++) {
    const url = names[i]!;
    if (performance.now() > until) {
      waitingNames.push(...names.slice(i));
      break;
    }
    if (!url.startsWith('file://') && !url.startsWith('/')) continue;
    // Answered as it loaded, with the map Node would find (the CLI reads it from maps/):
    // looking it up would decode it here, on the program's thread, for nothing.
    if (answeredAtLoad.has(url)) continue;
    // Without source maps enabled Node kept none (vm-run modules' maps are in meta already):
    // only the loaders' files are answered then, the CLI waits for no other.
    if (!enabled && !TRANSPILED.test(url)) continue;
    if (enabled) {
      try {
        const payload = findSourceMap(url)?.payload ?? vmSourceMap(url);
        if (payload) meta.source_maps[url] = payload;
      } catch {
        // not a module Node has a map for
      }
    }
    checked.push(url);
    added = true;
  }
  return added;
}

function patchChildProcess(cfg: SessionConfig): void {
  // Children inherit NODE_OPTIONS through process.env, except when the caller passes its
  // own `env` (nodejs/node#37410): re-inject into that object.
  const cp = childProcess as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']) {
    const original = cp[name];
    if (typeof original !== 'function') continue;
    cp[name] = function patched(this: unknown, ...args: unknown[]) {
      for (let i = 1; i < args.length; i++) {
        const a = args[i];
        if (a && typeof a === 'object' && !Array.isArray(a) && 'env' in (a as object) && (a as { env?: unknown }).env) {
          const opts = a as { env: NodeJS.ProcessEnv; execArgv?: string[] };
          args[i] = { ...opts, env: injectIntoEnv(opts.env, cfg, process.env) };
        }
      }
      return original.apply(this, args);
    };
  }
}

function patchWorker(cfg: SessionConfig): void {
  const wt = workerThreads as unknown as { Worker: new (...a: unknown[]) => unknown };
  const Original = wt.Worker;
  class ProfiledWorker extends (Original as new (...a: unknown[]) => object) {
    constructor(filename: unknown, options?: { execArgv?: string[]; env?: unknown }) {
      const opts = options ? { ...options } : undefined;
      if (opts?.execArgv) opts.execArgv = injectIntoExecArgv(opts.execArgv, cfg);
      if (opts && opts.env && typeof opts.env === 'object') opts.env = injectIntoEnv(opts.env as NodeJS.ProcessEnv, cfg, process.env);
      super(filename, opts);
    }
  }
  try {
    Object.defineProperty(workerThreads, 'Worker', { value: ProfiledWorker, writable: true, configurable: true });
  } catch {
    // frozen module namespace: workers created with a custom execArgv may go unprofiled
  }
}

main();
