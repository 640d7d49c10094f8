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
var import_node_fs2 = require("node:fs");
var import_node_child_process = __toESM(require("node:child_process"), 1);
var import_node_worker_threads = __toESM(require("node:worker_threads"), 1);
var import_node_module2 = __toESM(require("node:module"), 1);

// src/collect/config.ts
var CONFIG_ENV = "SCALENE_CI_CONFIG";
function sessionPaths(dir) {
  return {
    raw: `${dir}/raw`,
    proc: `${dir}/proc`,
    control: `${dir}/control`
  };
}

// src/native/binding.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
function prebuildName(abi = process.versions.modules) {
  return `scalene_ci.abi${abi}.node`;
}
function cachedBinaryPath(abi = process.versions.modules) {
  const base = process.env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache");
  return (0, import_node_path.join)(base, "scalene-ci", `${process.platform}-${process.arch}`, prebuildName(abi));
}
function binaryCandidates(root) {
  const platformDir = `${process.platform}-${process.arch}`;
  return [(0, import_node_path.join)(root, "dist", "prebuilds", platformDir, prebuildName()), cachedBinaryPath()];
}
function findBinary(root) {
  for (const p of binaryCandidates(root)) if ((0, import_node_fs.existsSync)(p)) return p;
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
  const threadId = import_node_worker_threads.default.threadId;
  const paths = sessionPaths(cfg.dir);
  const binary = findBinary(cfg.root);
  if (!binary) {
    if (import_node_worker_threads.default.isMainThread) {
      process.stderr.write(`scalene-ci: no engine for Node ${process.version} (ABI ${process.versions.modules}); pid ${process.pid} is not profiled
`);
    }
    return;
  }
  let addon;
  try {
    addon = loadAddonFrom(binary);
  } catch (e) {
    if (import_node_worker_threads.default.isMainThread) process.stderr.write(`scalene-ci: cannot load the engine (${e.message.split("\n")[0]}); pid ${process.pid} is not profiled
`);
    return;
  }
  (0, import_node_fs2.mkdirSync)(paths.raw, { recursive: true });
  (0, import_node_fs2.mkdirSync)(paths.proc, { recursive: true });
  const id = `${process.pid}-${threadId}`;
  const startUs = addon.nowUs();
  addon.start({
    intervalUs: cfg.intervalUs,
    outPrefix: `${paths.raw}/${id}`,
    checkpointMs: cfg.checkpointMs,
    controlFile: paths.control,
    threadId
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
    source_maps: {}
  };
  const writeMeta = () => {
    try {
      (0, import_node_fs2.writeFileSync)(`${paths.proc}/${id}.json`, JSON.stringify(meta));
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
  let finished = false;
  const finish = (exitCode, signal) => {
    if (finished) return;
    finished = true;
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
    meta.source_maps = collectSourceMaps(paths.raw, id);
    writeMeta();
  };
  process.on("exit", (code) => finish(code, null));
  if (import_node_worker_threads.default.isMainThread) {
    for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
      const onSignal = () => {
        if (process.listenerCount(sig) > 1) {
          addon.checkpoint(false);
          return;
        }
        finish(null, sig);
        process.removeListener(sig, onSignal);
        process.kill(process.pid, sig);
      };
      process.on(sig, onSignal);
    }
  }
  if (cfg.checkpointMs > 0) {
    setInterval(() => {
      if (!finished) addon.checkpoint(false);
    }, cfg.checkpointMs).unref();
  }
  patchChildProcess(cfg);
  patchWorker(cfg);
}
function collectSourceMaps(rawDir, id) {
  const findSourceMap = import_node_module2.default.findSourceMap;
  if (!findSourceMap) return {};
  const urls = /* @__PURE__ */ new Set();
  try {
    for (const f of (0, import_node_fs2.readdirSync)(rawDir)) {
      if (!f.startsWith(id + ".") || !f.endsWith(".json")) continue;
      const doc = JSON.parse((0, import_node_fs2.readFileSync)(`${rawDir}/${f}`, "utf8"));
      for (const s of doc.strings) if (s.startsWith("file://") || s.startsWith("/")) urls.add(s);
    }
  } catch {
    return {};
  }
  const maps = {};
  for (const url of urls) {
    try {
      const sm = findSourceMap(url);
      if (sm?.payload) maps[url] = sm.payload;
    } catch {
    }
  }
  return maps;
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
  const wt = import_node_worker_threads.default;
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
    Object.defineProperty(import_node_worker_threads.default, "Worker", { value: ProfiledWorker, writable: true, configurable: true });
  } catch {
  }
}
main();
