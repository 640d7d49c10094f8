// What the preload does so that code run through a TypeScript loader or a test runner keeps
// exact lines. V8 reports a sample's line in the code it ran (never a column), so the
// generated code must keep the source's lines apart and its source map must reach the
// collector:
//  - tsx transforms with esbuild's minifyWhitespace (a file on one or two lines): turned off
//    for tsx's own calls, in every thread that transforms (tsx's ESM hooks run in a thread
//    of their own), with tsx's disk cache of minified output kept apart from ours.
//  - vite-node (vitest) runs each module through vm.runInThisContext with an inline source
//    map that Node does not keep: the map is kept here, by the script's filename.
//  - ts-node's inline maps are kept by Node only while source maps are enabled.
//  - Every module's inline map is written to the session as the module loads (answerMapsAtLoad),
//    so that the CLI need not wait for the thread to be idle to attribute its windows.
import moduleApi from 'node:module';
import { lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import os from 'node:os';
import { join as pathJoin } from 'node:path';
import vm from 'node:vm';
import workerThreads from 'node:worker_threads';
import { TRANSPILED } from './config.js';
import { mapOfDataUrl } from './data-url.js';

/** Set by the main thread for its other threads (tsx's ESM hooks thread has no argv to go by). */
const TSX_ESBUILD_ENV = 'SCALENE_CI_TSX_ESBUILD';
const WRAP = Symbol.for('scalene-ci.tsx-esbuild');
const TSX_FILE = /[\\/]tsx[\\/]dist[\\/]/;
const TSX_CLI = /[\\/]tsx[\\/]dist[\\/]cli\.m?js$/;

export function keepTranspiledLines(): void {
  keepTsxLines();
  keepVmSourceMaps();
  keepTsNodeMaps();
}

/** Inline source maps of scripts run through node:vm, by filename (data: URLs, decoded on demand). */
const vmMaps = new Map<string, string>();
let onVmMap: ((filename: string) => void) | null = null;

/**
 * Called with each vm-run script's filename as its map is kept. vitest's pool workers end by
 * SIGTERM, when the engine saves the samples and the process dies without running JavaScript
 * again: maps of the program's files must reach disk while it runs.
 */
export function onVmSourceMap(listener: (filename: string) => void): void {
  onVmMap = listener;
}

/** The source map of a script run through node:vm with an inline map, if any. */
export function vmSourceMap(filename: string): unknown {
  const url = vmMaps.get(filename);
  if (!url) return undefined;
  try {
    return mapOfDataUrl(url);
  } catch {
    return undefined;
  }
}

const INLINE_MAP = /\/\/[#@]\s*sourceMappingURL=(data:[^\s'"]+)\s*(?:\}\s*)*$/;

function rememberVmMap(code: unknown, options: unknown): void {
  if (typeof code !== 'string') return;
  const filename = typeof options === 'string' ? options : (options as { filename?: unknown } | undefined)?.filename;
  if (typeof filename !== 'string' || filename === '') return;
  // vite-node appends its wrapper's closing braces after the map comment's line.
  const at = code.lastIndexOf('sourceMappingURL=data:');
  if (at < 0) return;
  const m = INLINE_MAP.exec(code.slice(Math.max(0, code.lastIndexOf('\n', at)) ));
  if (!m) return;
  vmMaps.set(filename, (' ' + m[1]!).slice(1));
  onVmMapAnswer?.(filename, code);
  onVmMap?.(filename);
}

/**
 * vite-node (vitest 2 and 3) evaluates each transformed module with vm.runInThisContext (or
 * runInContext in vitest's vm pools) under the source file's own name, so V8's profile names
 * the .ts file while its lines are the generated code's.
 */
function keepVmSourceMaps(): void {
  const api = vm as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const [name, optionsAt] of [['runInThisContext', 1], ['runInContext', 2], ['runInNewContext', 2]] as const) {
    const original = api[name];
    if (typeof original !== 'function') continue;
    const patched = function (this: unknown, ...args: unknown[]) {
      rememberVmMap(args[0], args[optionsAt]);
      return original.apply(this, args);
    };
    try {
      api[name] = patched;
    } catch {
      // a frozen module: vm-run code keeps its generated lines
    }
  }
  // `import { runInThisContext } from 'node:vm'` reads a snapshot of the exports.
  (moduleApi as unknown as { syncBuiltinESMExports?: () => void }).syncBuiltinESMExports?.();
}

/**
 * ts-node compiles each .ts file in memory with an inline source map, which Node keeps
 * (and module.findSourceMap returns) only while source maps are enabled. Enabled here, before
 * ts-node registers, and only under ts-node: elsewhere stack traces stay as they were.
 */
function keepTsNodeMaps(): void {
  const args = [...process.execArgv, ...process.argv.slice(1, 2), process.env.NODE_OPTIONS ?? ''].join(' ');
  if (!/ts-node/.test(args)) return;
  (process as unknown as { setSourceMapsEnabled?: (on: boolean) => void }).setSourceMapsEnabled?.(true);
}

/** esbuild's entry file as tsx resolves it, when this process runs under tsx. */
function tsxEsbuild(): string | null {
  if (!workerThreads.isMainThread) return process.env[TSX_ESBUILD_ENV] || null;
  // tsx's CLI (`tsx file.ts`, `npx tsx`) only starts a node child with tsx's loader, and
  // that child transforms: loading esbuild here would cost the run ~15 ms for nothing.
  if (TSX_CLI.test(process.argv[1] ?? '') && !process.execArgv.some((a) => TSX_FILE.test(a))) return null;
  const values: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(?:import|require|loader|experimental-loader)(?:=(.*))?$/.exec(argv[i]!) ?? (argv[i] === '-r' ? [argv[i]!, undefined] : null);
    if (m) values.push(m[1] ?? argv[++i] ?? '');
  }
  values.push(process.argv[1] ?? '');
  for (const v of values) {
    try {
      let from: string | null = null;
      if (TSX_FILE.test(v)) from = v.startsWith('file://') ? new URL(v).pathname : v;
      // `node --import tsx` (or tsx/esm, tsx/cjs): tsx as the project resolves it.
      else if (v === 'tsx' || v.startsWith('tsx/')) from = moduleApi.createRequire(process.cwd() + '/').resolve('tsx/package.json');
      if (from) return moduleApi.createRequire(from).resolve('esbuild');
    } catch {
      // not resolvable from there: try the next hint
    }
  }
  return null;
}

/**
 * tsx transforms with esbuild's minifyWhitespace, putting whole files on one or two lines.
 * The option is turned off for tsx's calls only (a program's own esbuild calls keep theirs);
 * nothing else about tsx's output changes. esbuild's exports are non-configurable getters
 * and an ESM `import` of it reads the module's exports as they were when it finished
 * loading, so esbuild is loaded here, before tsx, with its exports swapped for wrapped ones
 * as its last statement.
 */
function keepTsxLines(): void {
  const path = tsxEsbuild();
  if (workerThreads.isMainThread) {
    // Inherited from a parent that ran tsx: not this process's business.
    if (!path) delete process.env[TSX_ESBUILD_ENV];
    else process.env[TSX_ESBUILD_ENV] = path;
  }
  if (!path) return;
  const req = moduleApi.createRequire(path);
  if (req.cache[path]) return; // loaded before this preload: nothing to wrap any more
  keepTsxCacheApart();
  const M = moduleApi as unknown as { prototype: { _compile(content: string, filename: string, ...rest: unknown[]): unknown } };
  const compile = M.prototype._compile;
  const g = globalThis as Record<symbol, unknown>;
  g[WRAP] = (mod: { exports: Record<string, unknown> }) => {
    const real = mod.exports;
    const copy: Record<string, unknown> = { ...real };
    for (const name of ['transform', 'transformSync']) {
      const original = real[name] as ((code: string, o?: Record<string, unknown>) => unknown) | undefined;
      if (typeof original !== 'function') continue;
      copy[name] = (code: string, o?: Record<string, unknown>) => original(code, o && o.minifyWhitespace && calledByTsx() ? { ...o, minifyWhitespace: false } : o);
    }
    mod.exports = copy;
  };
  M.prototype._compile = function (this: unknown, content: string, filename: string, ...rest: unknown[]) {
    if (filename === path) content += `\n;globalThis[Symbol.for(${JSON.stringify(WRAP.description)})](module);`;
    return compile.call(this, content, filename, ...rest);
  };
  try {
    req(path);
  } catch {
    // tsx without a loadable esbuild: it will fail on its own
  } finally {
    M.prototype._compile = compile;
    delete g[WRAP];
  }
}

/**
 * tsx caches its output on disk (`<tmpdir>/tsx-<user>`), keyed by the source and tsx's own
 * options, not by what esbuild was finally asked: a profiled run would read a plain run's
 * minified output, and a plain run ours. Disabling the cache (TSX_DISABLE_CACHE) instead cost
 * every profiled run esbuild's service start and every transform (~110 ms on a one-file
 * program). So tsx, and only tsx, is given a temporary folder of our own: its cache there
 * holds only the whitespace-kept output, and both caches keep working. Per user, as tsx's is.
 */
function keepTsxCacheApart(): void {
  const api = os as unknown as { tmpdir: () => string };
  const original = api.tmpdir;
  const name = `scalene-ci-tsx-${process.getuid?.() ?? 'user'}`;
  // The folder is made (or checked) once, by the main thread, before tsx makes its own in it:
  // one another user made, or that others can write to, is not used, and tsx then runs
  // without a disk cache, as before (its threads and children inherit the variable).
  if (workerThreads.isMainThread && !ownFolder(pathJoin(original.call(os), name))) {
    process.env.TSX_DISABLE_CACHE = '1';
    return;
  }
  api.tmpdir = function tmpdir(this: unknown) {
    const dir = original.call(this);
    return calledByTsx() ? pathJoin(dir, name) : dir;
  };
  // keepVmSourceMaps (after this) syncs the ESM view of the built-ins: `import { tmpdir }`.
}

/** Whether `dir` is a folder of this user's that no one else can write to (made if missing). */
function ownFolder(dir: string): boolean {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
  }
  try {
    const st = lstatSync(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function calledByTsx(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 4;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  return TSX_FILE.test(stack.split('\n').slice(2).join('\n'));
}

/**
 * The answer for one module's source map, from the code Node is about to compile: a JSON line
 * `{"url", "map": null}` (no map comment: no map), `{"url", "b64", "data", "starts", "length"}`
 * (an inline map, its data URL's body left encoded: decoding is the CLI's work, not the
 * program's; the code's line starts and length, for positions in it), `{"url",
 * "ref"}` (a map in another file, named relative to the module: where Node keeps maps, `files`,
 * it read that file as it compiled the module; the CLI reads it too), or null where Node's own
 * answer cannot be told from here (a comment form Node does not read, an absolute URL). Node
 * reads the last `//# sourceMappingURL=` (or `/*#`) comment of the code; an inline map only as
 * `data:application/json`. Self-contained: its text is also the off-thread hook's
 * (mapsHookSource).
 */
export function mapAnswerLine(url: string, code: string, files: boolean): string | null {
  const at = code.lastIndexOf('sourceMappingURL=');
  if (at < 0) return JSON.stringify({ url, map: null }) + '\n';
  if (!/\/[*/]#\s+$/.test(code.slice(Math.max(0, at - 16), at))) return null;
  const rest = code.slice(at + 17);
  const value = rest.slice(0, rest.search(/\s|\*\/|$/));
  const m = /^data:application\/json(?:;charset=utf-?8)?(;base64)?,/i.exec(value);
  if (m) {
    // The code's own line starts (UTF-16 offsets, as V8's source positions): a transform's
    // lines are not the file's, and the engine's walked stacks name positions in them.
    const starts = [0];
    for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
    return JSON.stringify({ url, b64: m[1] !== undefined, data: value.slice(m[0].length), starts, length: code.length }) + '\n';
  }
  // Node reads a file only for a reference that is not a URL of its own (it keeps no map for
  // `file:///...` or `https://...`): resolved against the module's URL.
  if (!files || value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  return JSON.stringify({ url, ref: value }) + '\n';
}

/** The module the loader thread runs (module.register's hooks: tsx on Node 20), after the
 * loader before it: each ES module's answer, written from that thread. */
function mapsHookSource(): string {
  return [
    "import { openSync, writeSync } from 'node:fs';",
    'let out = null;',
    'let fd = null;',
    `const mapAnswerLine = ${mapAnswerLine.toString()};`,
    'let all = false;',
    'export function initialize(data) { out = data && data.out; all = !!(data && data.all); }',
    'export async function load(url, context, next) {',
    '  const r = await next(url, context);',
    `  if (out && r && r.format === 'module' && r.source != null && url.startsWith('file:') && !${DEPENDENCY_URL}.test(url) && (all || ${TRANSPILED}.test(url))) {`,
    '    try {',
    "      const code = typeof r.source === 'string' ? r.source : Buffer.from(r.source.buffer ?? r.source, r.source.byteOffset ?? 0, r.source.byteLength).toString('utf8');",
    '      const line = mapAnswerLine(url, code, all);',
    "      if (line) { fd ??= openSync(out, 'a'); writeSync(fd, line); }",
    '    } catch {}',
    '  }',
    '  return r;',
    '}',
  ].join('\n');
}

const DEPENDENCY_URL = /[\\/]node_modules[\\/]/;

/** Whether Node keeps source maps in this thread (--enable-source-maps, setSourceMapsEnabled). */
export function sourceMapsOn(): boolean {
  const support = (moduleApi as unknown as { getSourceMapsSupport?: () => { enabled: boolean } }).getSourceMapsSupport?.();
  return (process as unknown as { sourceMapsEnabled?: boolean }).sourceMapsEnabled === true || support?.enabled === true;
}

/**
 * Writes each module's source-map answer (mapAnswerLine) to `<dir>/<pid>-<thread>.jsonl` as
 * Node loads it: CommonJS as it compiles (tsx's and ts-node's require hooks), ES modules from
 * a loader hook registered right after the program's own (tsx registers its hooks on this
 * thread, module.registerHooks, or on a loader thread of their own, module.register), and
 * vm-run modules' maps (vite-node) as they run. The thread's own look-ups (preload.ts
 * answerSourceMaps) run only when it is idle, so a thread busy in one synchronous loop had
 * its windows wait for its exit; and each look-up decodes the map on the program's thread.
 * Dependencies (node_modules) are left to the exit, as there.
 */
export function answerMapsAtLoad(dir: string): void {
  const out = `${dir}/${process.pid}-${workerThreads.threadId}.jsonl`;
  let fd: number | null = null;
  // A plain script's map is wanted only where Node keeps maps (the CLI waits for no other).
  const wanted = (url: string): boolean => !DEPENDENCY_URL.test(url) && (TRANSPILED.test(url) || sourceMapsOn());
  // Never in the way of the load it watches: whatever fails here answers nothing.
  const answer = (url: string, source: unknown): void => {
    try {
      const code = typeof source === 'string' ? source : source instanceof Uint8Array ? Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf8') : source instanceof ArrayBuffer ? Buffer.from(source).toString('utf8') : null;
      const line = code === null ? null : mapAnswerLine(url, code, sourceMapsOn());
      if (!line) return;
      // One write a module on a descriptor kept open (opening the file for each cost three calls).
      fd ??= openSync(out, 'a');
      writeSync(fd, line);
      answeredAtLoad.add(url);
    } catch {
      // the session folder is gone (the run ended), or a source of another kind
    }
  };
  // An in-thread load hook (module.registerHooks) answering for the ES modules it sees loaded
  // in `format`, while `active()`.
  const answeringHook = (formats: readonly string[], active: () => boolean) => ({
    load(url: string, context: unknown, next: (u: string, c: unknown) => { format?: string; source?: unknown }) {
      const res = next(url, context);
      if (res && formats.includes(res.format ?? '') && active() && url.startsWith('file:') && wanted(url)) answer(url, res.source);
      return res;
    },
  });
  const M = moduleApi as unknown as {
    prototype: { _compile(content: string, filename: string, ...rest: unknown[]): unknown };
    register?: (...a: unknown[]) => unknown;
    registerHooks?: (hooks: Record<string, unknown>) => unknown;
  };
  const compile = M.prototype._compile;
  M.prototype._compile = function (this: unknown, content: string, filename: string, ...rest: unknown[]) {
    if (typeof filename === 'string' && filename.startsWith('/') && wanted(filename)) answer(filename, content);
    return compile.call(this, content, filename, ...rest);
  };
  // After the first loader that registers (tsx): a hook registered later runs first and reads
  // what the earlier ones made of the module.
  let hooked = false;
  const register = M.register;
  if (typeof register === 'function') {
    M.register = function (this: unknown, ...args: unknown[]) {
      const r = register.apply(this, args);
      if (!hooked) {
        hooked = true;
        try {
          // (tsx enables source maps before it registers: every module's answer is wanted then.)
          register.call(moduleApi, 'data:text/javascript,' + encodeURIComponent(mapsHookSource()), { data: { out: `${dir}/${process.pid}-${workerThreads.threadId}-hooks.jsonl`, all: sourceMapsOn() } });
        } catch {
          // no answers at load: the thread answers when idle or at its exit, as before
        }
      }
      return r;
    };
  }
  const registerHooks = M.registerHooks;
  if (typeof registerHooks === 'function') {
    M.registerHooks = function (this: unknown, ...args: unknown[]) {
      const r = registerHooks.apply(this, args as [Record<string, unknown>]);
      if (!hooked) {
        hooked = true;
        try {
          registerHooks.call(moduleApi, answeringHook(['module'], () => true));
        } catch {
          // as above
        }
      }
      return r;
    };
  }
  // Node's own TypeScript (`node prog.ts`, Node 23.6 and later; 22.18 unflagged): it strips
  // the types of an ES module after the load hooks, leaving its lines where they were and no
  // map, so the answer is the loaded source's. Only while no loader has registered (tsx's
  // output is answered above), only in strip mode (transform mode makes a map afterwards),
  // and only for a TypeScript entry: a hook on this thread sees every module load, require()
  // too, and a JavaScript program need not pay for it.
  // And ES modules where Node keeps maps (`node --enable-source-maps dist/app.js`: tsc's
  // output, its maps in `.map` files), while no loader has registered: Node reads each
  // module's map as it loads, and so can the CLI. Without this, a thread busy in one
  // synchronous loop had its windows wait for its exit. One hook for both (each hook is a
  // call on every module load); where hooks run on this thread only (Node 22.15 and later).
  const features = process.features as { typescript?: unknown };
  const early: string[] = [];
  if (features.typescript === 'strip' && workerThreads.isMainThread && TRANSPILED.test(process.argv[1] ?? '')) early.push('module-typescript');
  if (sourceMapsOn()) early.push('module');
  if (typeof registerHooks === 'function' && early.length > 0) {
    try {
      registerHooks.call(moduleApi, answeringHook(early, () => !hooked));
    } catch {
      // as above
    }
  }
  onVmMapAnswer = (filename, code) => {
    if (!DEPENDENCY_URL.test(filename)) answer(filename, code);
  };
}

let onVmMapAnswer: ((filename: string, code: string) => void) | null = null;

/** Scripts this thread answered for as they loaded (not those the loader thread answered):
 * the preload need not look their maps up (Node decodes a map on the program's thread then). */
export const answeredAtLoad = new Set<string>();
