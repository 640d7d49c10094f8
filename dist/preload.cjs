"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/collect/preload.ts
var import_node_fs3 = require("node:fs");
var import_node_child_process = __toESM(require("node:child_process"), 1);
var import_node_worker_threads2 = __toESM(require("node:worker_threads"), 1);
var import_node_module3 = __toESM(require("node:module"), 1);
var import_node_os3 = require("node:os");

// src/collect/config.ts
var CONFIG_ENV = "SCALENE_CI_CONFIG";
function sessionPaths(dir) {
  return {
    raw: `${dir}/raw`,
    proc: `${dir}/proc`,
    control: `${dir}/control`,
    gpu: `${dir}/gpu`,
    /** Source-map answers written as modules load (loaders.ts answerMapsAtLoad), `<pid>-*.jsonl`. */
    maps: `${dir}/maps`
  };
}
var TRANSPILED = /\.(?:[cm]?tsx?|vue|svelte)$/;

// src/native/binding.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var HOST = { platform: process.platform, arch: process.arch, abi: process.versions.modules };
var BINDING_GYP = (0, import_node_path.join)("native", "binding.gyp");
var LOCAL_BUILD = (0, import_node_path.join)("native", "build", "Release", "scalene_ci.node");
function prebuildName(abi = HOST.abi) {
  return `scalene_ci.abi${abi}.node`;
}
function prebuildPath(root, target = HOST) {
  return (0, import_node_path.join)(root, "dist", "prebuilds", `${target.platform}-${target.arch}`, prebuildName(target.abi));
}
function cachedBinaryPath(target = HOST) {
  const base = process.env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache");
  return (0, import_node_path.join)(base, "scalene-ci", `${target.platform}-${target.arch}`, prebuildName(target.abi));
}
function findBinary(root, target = HOST) {
  for (const candidate of [prebuildPath(root, target), cachedBinaryPath(target)]) {
    if ((0, import_node_fs.existsSync)(candidate)) return candidate;
  }
  return null;
}
function loadAddonFrom(path) {
  return (0, import_node_module.createRequire)(path)(path);
}

// src/collect/inject.ts
function nodeOptionsRequire(preload) {
  return `--require ${/[\s"\\]/.test(preload) ? JSON.stringify(preload) : preload}`;
}
function injectIntoEnv(env, cfg, from) {
  const out = { ...env };
  const req = nodeOptionsRequire(cfg.preload);
  const current = out.NODE_OPTIONS ?? "";
  if (!current.includes(cfg.preload)) out.NODE_OPTIONS = current ? `${current} ${req}` : req;
  out[CONFIG_ENV] = from[CONFIG_ENV];
  for (const k of ["LD_PRELOAD", "DYLD_INSERT_LIBRARIES"]) {
    const ours = from[k];
    if (ours && !(out[k] ?? "").includes(ours)) out[k] = out[k] ? `${ours}:${out[k]}` : ours;
  }
  return out;
}
function injectIntoExecArgv(execArgv, cfg) {
  return execArgv.includes(cfg.preload) ? execArgv : [...execArgv, "--require", cfg.preload];
}

// src/collect/loaders.ts
var import_node_module2 = __toESM(require("node:module"), 1);
var import_node_fs2 = require("node:fs");
var import_node_os2 = __toESM(require("node:os"), 1);
var import_node_path2 = require("node:path");
var import_node_vm = __toESM(require("node:vm"), 1);
var import_node_worker_threads = __toESM(require("node:worker_threads"), 1);

// src/collect/data-url.ts
function mapOfDataBody(body, base64) {
  return JSON.parse(base64 ? Buffer.from(body, "base64").toString("utf8") : decodeURIComponent(body));
}
function mapOfDataUrl(url) {
  const comma = url.indexOf(",");
  return mapOfDataBody(url.slice(comma + 1), url.slice(0, comma).includes(";base64"));
}

// src/collect/loaders.ts
var TSX_ESBUILD_ENV = "SCALENE_CI_TSX_ESBUILD";
var WRAP = /* @__PURE__ */ Symbol.for("scalene-ci.tsx-esbuild");
var TSX_FILE = /[\\/]tsx[\\/]dist[\\/]/;
var TSX_CLI = /[\\/]tsx[\\/]dist[\\/]cli\.m?js$/;
function keepTranspiledLines() {
  keepTsxLines();
  keepVmSourceMaps();
  keepTsNodeMaps();
}
var vmMaps = /* @__PURE__ */ new Map();
var onVmMap = null;
function onVmSourceMap(listener) {
  onVmMap = listener;
}
function vmSourceMap(filename) {
  const url = vmMaps.get(filename);
  if (!url) return void 0;
  try {
    return mapOfDataUrl(url);
  } catch {
    return void 0;
  }
}
var INLINE_MAP = /\/\/[#@]\s*sourceMappingURL=(data:[^\s'"]+)\s*(?:\}\s*)*$/;
function rememberVmMap(code, options) {
  if (typeof code !== "string") return;
  const filename = typeof options === "string" ? options : options?.filename;
  if (typeof filename !== "string" || filename === "") return;
  const at = code.lastIndexOf("sourceMappingURL=data:");
  if (at < 0) return;
  const m = INLINE_MAP.exec(code.slice(Math.max(0, code.lastIndexOf("\n", at))));
  if (!m) return;
  vmMaps.set(filename, (" " + m[1]).slice(1));
  onVmMapAnswer?.(filename, code);
  onVmMap?.(filename);
}
function keepVmSourceMaps() {
  const api = import_node_vm.default;
  for (const [name, optionsAt] of [["runInThisContext", 1], ["runInContext", 2], ["runInNewContext", 2]]) {
    const original = api[name];
    if (typeof original !== "function") continue;
    const patched = function(...args) {
      rememberVmMap(args[0], args[optionsAt]);
      return original.apply(this, args);
    };
    try {
      api[name] = patched;
    } catch {
    }
  }
  import_node_module2.default.syncBuiltinESMExports?.();
}
function keepTsNodeMaps() {
  const args = [...process.execArgv, ...process.argv.slice(1, 2), process.env.NODE_OPTIONS ?? ""].join(" ");
  if (!/ts-node/.test(args)) return;
  process.setSourceMapsEnabled?.(true);
}
function tsxEsbuild() {
  if (!import_node_worker_threads.default.isMainThread) return process.env[TSX_ESBUILD_ENV] || null;
  if (TSX_CLI.test(process.argv[1] ?? "") && !process.execArgv.some((a) => TSX_FILE.test(a))) return null;
  const values = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(?:import|require|loader|experimental-loader)(?:=(.*))?$/.exec(argv[i]) ?? (argv[i] === "-r" ? [argv[i], void 0] : null);
    if (m) values.push(m[1] ?? argv[++i] ?? "");
  }
  values.push(process.argv[1] ?? "");
  for (const v of values) {
    try {
      let from = null;
      if (TSX_FILE.test(v)) from = v.startsWith("file://") ? new URL(v).pathname : v;
      else if (v === "tsx" || v.startsWith("tsx/")) from = import_node_module2.default.createRequire(process.cwd() + "/").resolve("tsx/package.json");
      if (from) return import_node_module2.default.createRequire(from).resolve("esbuild");
    } catch {
    }
  }
  return null;
}
function keepTsxLines() {
  const path = tsxEsbuild();
  if (import_node_worker_threads.default.isMainThread) {
    if (!path) delete process.env[TSX_ESBUILD_ENV];
    else process.env[TSX_ESBUILD_ENV] = path;
  }
  if (!path) return;
  const req = import_node_module2.default.createRequire(path);
  if (req.cache[path]) return;
  keepTsxCacheApart();
  const M = import_node_module2.default;
  const compile = M.prototype._compile;
  const g = globalThis;
  g[WRAP] = (mod) => {
    const real = mod.exports;
    const copy = { ...real };
    for (const name of ["transform", "transformSync"]) {
      const original = real[name];
      if (typeof original !== "function") continue;
      copy[name] = (code, o) => original(code, o && o.minifyWhitespace && calledByTsx() ? { ...o, minifyWhitespace: false } : o);
    }
    mod.exports = copy;
  };
  M.prototype._compile = function(content, filename, ...rest) {
    if (filename === path) content += `
;globalThis[Symbol.for(${JSON.stringify(WRAP.description)})](module);`;
    return compile.call(this, content, filename, ...rest);
  };
  try {
    req(path);
  } catch {
  } finally {
    M.prototype._compile = compile;
    delete g[WRAP];
  }
}
function keepTsxCacheApart() {
  const api = import_node_os2.default;
  const original = api.tmpdir;
  const name = `scalene-ci-tsx-${process.getuid?.() ?? "user"}`;
  if (import_node_worker_threads.default.isMainThread && !ownFolder((0, import_node_path2.join)(original.call(import_node_os2.default), name))) {
    process.env.TSX_DISABLE_CACHE = "1";
    return;
  }
  api.tmpdir = function tmpdir() {
    const dir = original.call(this);
    return calledByTsx() ? (0, import_node_path2.join)(dir, name) : dir;
  };
}
function ownFolder(dir) {
  try {
    (0, import_node_fs2.mkdirSync)(dir, { mode: 448 });
  } catch (e) {
    if (e.code !== "EEXIST") return false;
  }
  try {
    const st = (0, import_node_fs2.lstatSync)(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === void 0 || st.uid === uid) && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function calledByTsx() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 4;
  const stack = new Error().stack ?? "";
  Error.stackTraceLimit = limit;
  return TSX_FILE.test(stack.split("\n").slice(2).join("\n"));
}
function mapAnswerLine(url, code, files) {
  const at = code.lastIndexOf("sourceMappingURL=");
  if (at < 0) return JSON.stringify({ url, map: null }) + "\n";
  if (!/\/[*/]#\s+$/.test(code.slice(Math.max(0, at - 16), at))) return null;
  const rest = code.slice(at + 17);
  const value = rest.slice(0, rest.search(/\s|\*\/|$/));
  const m = /^data:application\/json(?:;charset=utf-?8)?(;base64)?,/i.exec(value);
  if (m) {
    const starts = [0];
    for (let i = code.indexOf("\n"); i >= 0; i = code.indexOf("\n", i + 1)) starts.push(i + 1);
    return JSON.stringify({ url, b64: m[1] !== void 0, data: value.slice(m[0].length), starts, length: code.length }) + "\n";
  }
  if (!files || value === "" || /^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  return JSON.stringify({ url, ref: value }) + "\n";
}
function mapsHookSource() {
  return [
    "import { openSync, writeSync } from 'node:fs';",
    "let out = null;",
    "let fd = null;",
    `const mapAnswerLine = ${mapAnswerLine.toString()};`,
    "let all = false;",
    "export function initialize(data) { out = data && data.out; all = !!(data && data.all); }",
    "export async function load(url, context, next) {",
    "  const r = await next(url, context);",
    `  if (out && r && r.format === 'module' && r.source != null && url.startsWith('file:') && !${DEPENDENCY_URL}.test(url) && (all || ${TRANSPILED}.test(url))) {`,
    "    try {",
    "      const code = typeof r.source === 'string' ? r.source : Buffer.from(r.source.buffer ?? r.source, r.source.byteOffset ?? 0, r.source.byteLength).toString('utf8');",
    "      const line = mapAnswerLine(url, code, all);",
    "      if (line) { fd ??= openSync(out, 'a'); writeSync(fd, line); }",
    "    } catch {}",
    "  }",
    "  return r;",
    "}"
  ].join("\n");
}
var DEPENDENCY_URL = /[\\/]node_modules[\\/]/;
function sourceMapsOn() {
  const support = import_node_module2.default.getSourceMapsSupport?.();
  return process.sourceMapsEnabled === true || support?.enabled === true;
}
function answerMapsAtLoad(dir) {
  const out = `${dir}/${process.pid}-${import_node_worker_threads.default.threadId}.jsonl`;
  let fd = null;
  const wanted = (url) => !DEPENDENCY_URL.test(url) && (TRANSPILED.test(url) || sourceMapsOn());
  const answer = (url, source) => {
    try {
      const code = typeof source === "string" ? source : source instanceof Uint8Array ? Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString("utf8") : source instanceof ArrayBuffer ? Buffer.from(source).toString("utf8") : null;
      const line = code === null ? null : mapAnswerLine(url, code, sourceMapsOn());
      if (!line) return;
      fd ??= (0, import_node_fs2.openSync)(out, "a");
      (0, import_node_fs2.writeSync)(fd, line);
      answeredAtLoad.add(url);
    } catch {
    }
  };
  const answeringHook = (formats, active) => ({
    load(url, context, next) {
      const res = next(url, context);
      if (res && formats.includes(res.format ?? "") && active() && url.startsWith("file:") && wanted(url)) answer(url, res.source);
      return res;
    }
  });
  const M = import_node_module2.default;
  const compile = M.prototype._compile;
  M.prototype._compile = function(content, filename, ...rest) {
    if (typeof filename === "string" && filename.startsWith("/") && wanted(filename)) answer(filename, content);
    return compile.call(this, content, filename, ...rest);
  };
  let hooked = false;
  const register = M.register;
  if (typeof register === "function") {
    M.register = function(...args) {
      const r = register.apply(this, args);
      if (!hooked) {
        hooked = true;
        try {
          register.call(import_node_module2.default, "data:text/javascript," + encodeURIComponent(mapsHookSource()), { data: { out: `${dir}/${process.pid}-${import_node_worker_threads.default.threadId}-hooks.jsonl`, all: sourceMapsOn() } });
        } catch {
        }
      }
      return r;
    };
  }
  const registerHooks = M.registerHooks;
  if (typeof registerHooks === "function") {
    M.registerHooks = function(...args) {
      const r = registerHooks.apply(this, args);
      if (!hooked) {
        hooked = true;
        try {
          registerHooks.call(import_node_module2.default, answeringHook(["module"], () => true));
        } catch {
        }
      }
      return r;
    };
  }
  const features = process.features;
  const early = [];
  if (features.typescript === "strip" && import_node_worker_threads.default.isMainThread && TRANSPILED.test(process.argv[1] ?? "")) early.push("module-typescript");
  if (sourceMapsOn()) early.push("module");
  if (typeof registerHooks === "function" && early.length > 0) {
    try {
      registerHooks.call(import_node_module2.default, answeringHook(early, () => !hooked));
    } catch {
    }
  }
  onVmMapAnswer = (filename, code) => {
    if (!DEPENDENCY_URL.test(filename)) answer(filename, code);
  };
}
var onVmMapAnswer = null;
var answeredAtLoad = /* @__PURE__ */ new Set();

// src/collect/preload.ts
var STATE = /* @__PURE__ */ Symbol.for("scalene-ci.preload");
function main() {
  const raw = process.env[CONFIG_ENV];
  if (!raw) return;
  const g = globalThis;
  if (g[STATE]) return;
  let cfg;
  try {
    cfg = JSON.parse(raw);
  } catch {
    return;
  }
  const threadId = import_node_worker_threads2.default.threadId;
  const paths = sessionPaths(cfg.dir);
  const binary = findBinary(cfg.root);
  if (!binary) {
    if (import_node_worker_threads2.default.isMainThread) {
      process.stderr.write(`scalene-ci: no engine for Node ${process.version} (ABI ${process.versions.modules}); pid ${process.pid} is not profiled
`);
    }
    return;
  }
  let addon;
  try {
    addon = loadAddonFrom(binary);
  } catch (e) {
    if (import_node_worker_threads2.default.isMainThread) process.stderr.write(`scalene-ci: cannot load the engine (${e.message.split("\n")[0]}); pid ${process.pid} is not profiled
`);
    return;
  }
  (0, import_node_fs3.mkdirSync)(paths.raw, { recursive: true });
  (0, import_node_fs3.mkdirSync)(paths.proc, { recursive: true });
  const id = `${process.pid}-${threadId}`;
  const startUs = addon.nowUs();
  addon.start({
    intervalUs: cfg.intervalUs,
    outPrefix: `${paths.raw}/${id}`,
    checkpointMs: cfg.checkpointMs,
    controlFile: paths.control,
    threadId,
    memory: cfg.mode === "full"
  });
  const registered = [];
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
    end_us: null,
    exit_code: null,
    signal: null,
    final: false,
    registered,
    source_maps: {},
    maps_checked: [],
    maps_enabled: sourceMapsOn()
  };
  const writeMeta = () => {
    try {
      (0, import_node_fs3.writeFileSync)(`${paths.proc}/${id}.json`, JSON.stringify(meta));
    } catch {
    }
  };
  writeMeta();
  g[STATE] = {
    register(fn, name) {
      if (typeof fn !== "function") return;
      const loc = addon.functionLocation?.(fn);
      if (loc) registered.push({ name: name ?? fn.name, ...loc });
      writeMeta();
    }
  };
  const gpu = import_node_worker_threads2.default.isMainThread && cfg.gpu ? startGpu(addon, paths.gpu) : null;
  let finished = false;
  const finish = (exitCode, signal) => {
    if (finished) return;
    finished = true;
    gpu?.flush(true);
    try {
      addon.checkpoint(true);
    } catch (e) {
      process.stderr.write(`scalene-ci: could not write the profile of pid ${process.pid}: ${e.message}
`);
    }
    meta.end_us = addon.nowUs();
    meta.exit_code = exitCode;
    meta.signal = signal;
    meta.final = true;
    answerSourceMaps(addon, meta, true);
    writeMeta();
  };
  process.on("exit", (code) => finish(code, null));
  if (import_node_worker_threads2.default.isMainThread && addon.guardSignals) {
    addon.guardSignals((signal) => {
      const name = Object.entries(import_node_os3.constants.signals).find(([, n]) => n === signal)?.[0] ?? null;
      finish(null, name);
      addon.dieBySignal?.(signal);
    });
  }
  if (cfg.checkpointMs > 0) {
    setInterval(() => {
      if (finished) return;
      addon.checkpoint(false);
      gpu?.flush(false);
    }, cfg.checkpointMs).unref();
  }
  setInterval(() => {
    if (!finished && answerSourceMaps(addon, meta, false)) writeMeta();
  }, Math.min(MAPS_EVERY_MS, cfg.checkpointMs > 0 ? cfg.checkpointMs : MAPS_EVERY_MS)).unref();
  let mapsDue = null;
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
    (0, import_node_fs3.mkdirSync)(paths.maps, { recursive: true });
    answerMapsAtLoad(paths.maps);
  } catch {
  }
  keepTranspiledLines();
}
function startGpu(addon, dir) {
  if (!addon.gpuStart || !addon.gpuTake) return null;
  try {
    (0, import_node_fs3.mkdirSync)(dir, { recursive: true });
    (0, import_node_fs3.closeSync)((0, import_node_fs3.openSync)(`${dir}/owner`, "wx"));
  } catch {
    return null;
  }
  const start = addon.gpuStart({ intervalUs: 2e4, pids: [process.pid], includeDescendants: true });
  const taken = { t_us: [], util: [], mem_bytes: [], per_process: true, mem_per_process: true, pids_seen: false, foreign_seen: false, dropped: 0, errors: 0 };
  const write = () => {
    const file = `${dir}/${process.pid}.json`;
    (0, import_node_fs3.writeFileSync)(file + ".tmp", JSON.stringify({ pid: process.pid, start, taken }));
    (0, import_node_fs3.renameSync)(file + ".tmp", file);
  };
  write();
  if (!start.ok) return null;
  return {
    flush(final) {
      if (final) addon.gpuStop?.();
      const t = addon.gpuTake();
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
    }
  };
}
var MAPS_EVERY_MS = 1e3;
var DEPENDENCY = /[\\/]node_modules[\\/]/;
var laterNames = [];
var waitingNames = [];
var MAPS_BUDGET_MS = 4;
function answerSourceMaps(addon, meta, final) {
  const enabled = sourceMapsOn();
  let names = addon.takeScriptNames();
  if (final) {
    names = [...waitingNames, ...laterNames, ...names];
  } else {
    const now = waitingNames.splice(0);
    for (const u of names) (DEPENDENCY.test(u) ? laterNames : now).push(u);
    names = now;
  }
  const findSourceMap = import_node_module3.default.findSourceMap ?? (() => void 0);
  let added = false;
  const checked = meta.maps_checked;
  if (enabled && !meta.maps_enabled) {
    meta.maps_enabled = true;
    added = true;
  }
  const until = final ? Infinity : performance.now() + MAPS_BUDGET_MS;
  for (let i = 0; i < names.length; i++) {
    const url = names[i];
    if (performance.now() > until) {
      waitingNames.push(...names.slice(i));
      break;
    }
    if (!url.startsWith("file://") && !url.startsWith("/")) continue;
    if (answeredAtLoad.has(url)) continue;
    if (!enabled && !TRANSPILED.test(url)) continue;
    if (enabled) {
      try {
        const payload = findSourceMap(url)?.payload ?? vmSourceMap(url);
        if (payload) meta.source_maps[url] = payload;
      } catch {
      }
    }
    checked.push(url);
    added = true;
  }
  return added;
}
function patchChildProcess(cfg) {
  const cp = import_node_child_process.default;
  for (const name of ["spawn", "spawnSync", "execFile", "execFileSync", "exec", "execSync", "fork"]) {
    const original = cp[name];
    if (typeof original !== "function") continue;
    cp[name] = function patched(...args) {
      for (let i = 1; i < args.length; i++) {
        const a = args[i];
        if (a && typeof a === "object" && !Array.isArray(a) && "env" in a && a.env) {
          const opts = a;
          args[i] = { ...opts, env: injectIntoEnv(opts.env, cfg, process.env) };
        }
      }
      return original.apply(this, args);
    };
  }
}
function patchWorker(cfg) {
  const wt = import_node_worker_threads2.default;
  const Original = wt.Worker;
  class ProfiledWorker extends Original {
    constructor(filename, options) {
      const opts = options ? { ...options } : void 0;
      if (opts?.execArgv) opts.execArgv = injectIntoExecArgv(opts.execArgv, cfg);
      if (opts && opts.env && typeof opts.env === "object") opts.env = injectIntoEnv(opts.env, cfg, process.env);
      super(filename, opts);
    }
  }
  try {
    Object.defineProperty(import_node_worker_threads2.default, "Worker", { value: ProfiledWorker, writable: true, configurable: true });
  } catch {
  }
}
main();
