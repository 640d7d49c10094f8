"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
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

// node_modules/node-gyp-build/node-gyp-build.js
var require_node_gyp_build = __commonJS({
  "node_modules/node-gyp-build/node-gyp-build.js"(exports2, module2) {
    var fs = require("fs");
    var path = require("path");
    var os = require("os");
    var runtimeRequire = typeof __webpack_require__ === "function" ? __non_webpack_require__ : require;
    var vars = process.config && process.config.variables || {};
    var prebuildsOnly = !!process.env.PREBUILDS_ONLY;
    var abi = process.versions.modules;
    var runtime = isElectron() ? "electron" : isNwjs() ? "node-webkit" : "node";
    var arch = process.env.npm_config_arch || os.arch();
    var platform = process.env.npm_config_platform || os.platform();
    var libc = process.env.LIBC || (isAlpine(platform) ? "musl" : "glibc");
    var armv = process.env.ARM_VERSION || (arch === "arm64" ? "8" : vars.arm_version) || "";
    var uv = (process.versions.uv || "").split(".")[0];
    module2.exports = load;
    function load(dir) {
      return runtimeRequire(load.resolve(dir));
    }
    load.resolve = load.path = function(dir) {
      dir = path.resolve(dir || ".");
      try {
        var name = runtimeRequire(path.join(dir, "package.json")).name.toUpperCase().replace(/-/g, "_");
        if (process.env[name + "_PREBUILD"]) dir = process.env[name + "_PREBUILD"];
      } catch (err) {
      }
      if (!prebuildsOnly) {
        var release = getFirst(path.join(dir, "build/Release"), matchBuild);
        if (release) return release;
        var debug = getFirst(path.join(dir, "build/Debug"), matchBuild);
        if (debug) return debug;
      }
      var prebuild = resolve(dir);
      if (prebuild) return prebuild;
      var nearby = resolve(path.dirname(process.execPath));
      if (nearby) return nearby;
      var target = [
        "platform=" + platform,
        "arch=" + arch,
        "runtime=" + runtime,
        "abi=" + abi,
        "uv=" + uv,
        armv ? "armv=" + armv : "",
        "libc=" + libc,
        "node=" + process.versions.node,
        process.versions.electron ? "electron=" + process.versions.electron : "",
        typeof __webpack_require__ === "function" ? "webpack=true" : ""
        // eslint-disable-line
      ].filter(Boolean).join(" ");
      throw new Error("No native build was found for " + target + "\n    loaded from: " + dir + "\n");
      function resolve(dir2) {
        var tuples = readdirSync2(path.join(dir2, "prebuilds")).map(parseTuple);
        var tuple = tuples.filter(matchTuple(platform, arch)).sort(compareTuples)[0];
        if (!tuple) return;
        var prebuilds = path.join(dir2, "prebuilds", tuple.name);
        var parsed = readdirSync2(prebuilds).map(parseTags);
        var candidates = parsed.filter(matchTags(runtime, abi));
        var winner = candidates.sort(compareTags(runtime))[0];
        if (winner) return path.join(prebuilds, winner.file);
      }
    };
    function readdirSync2(dir) {
      try {
        return fs.readdirSync(dir);
      } catch (err) {
        return [];
      }
    }
    function getFirst(dir, filter) {
      var files = readdirSync2(dir).filter(filter);
      return files[0] && path.join(dir, files[0]);
    }
    function matchBuild(name) {
      return /\.node$/.test(name);
    }
    function parseTuple(name) {
      var arr = name.split("-");
      if (arr.length !== 2) return;
      var platform2 = arr[0];
      var architectures = arr[1].split("+");
      if (!platform2) return;
      if (!architectures.length) return;
      if (!architectures.every(Boolean)) return;
      return { name, platform: platform2, architectures };
    }
    function matchTuple(platform2, arch2) {
      return function(tuple) {
        if (tuple == null) return false;
        if (tuple.platform !== platform2) return false;
        return tuple.architectures.includes(arch2);
      };
    }
    function compareTuples(a, b) {
      return a.architectures.length - b.architectures.length;
    }
    function parseTags(file) {
      var arr = file.split(".");
      var extension = arr.pop();
      var tags = { file, specificity: 0 };
      if (extension !== "node") return;
      for (var i = 0; i < arr.length; i++) {
        var tag = arr[i];
        if (tag === "node" || tag === "electron" || tag === "node-webkit") {
          tags.runtime = tag;
        } else if (tag === "napi") {
          tags.napi = true;
        } else if (tag.slice(0, 3) === "abi") {
          tags.abi = tag.slice(3);
        } else if (tag.slice(0, 2) === "uv") {
          tags.uv = tag.slice(2);
        } else if (tag.slice(0, 4) === "armv") {
          tags.armv = tag.slice(4);
        } else if (tag === "glibc" || tag === "musl") {
          tags.libc = tag;
        } else {
          continue;
        }
        tags.specificity++;
      }
      return tags;
    }
    function matchTags(runtime2, abi2) {
      return function(tags) {
        if (tags == null) return false;
        if (tags.runtime && tags.runtime !== runtime2 && !runtimeAgnostic(tags)) return false;
        if (tags.abi && tags.abi !== abi2 && !tags.napi) return false;
        if (tags.uv && tags.uv !== uv) return false;
        if (tags.armv && tags.armv !== armv) return false;
        if (tags.libc && tags.libc !== libc) return false;
        return true;
      };
    }
    function runtimeAgnostic(tags) {
      return tags.runtime === "node" && tags.napi;
    }
    function compareTags(runtime2) {
      return function(a, b) {
        if (a.runtime !== b.runtime) {
          return a.runtime === runtime2 ? -1 : 1;
        } else if (a.abi !== b.abi) {
          return a.abi ? -1 : 1;
        } else if (a.specificity !== b.specificity) {
          return a.specificity > b.specificity ? -1 : 1;
        } else {
          return 0;
        }
      };
    }
    function isNwjs() {
      return !!(process.versions && process.versions.nw);
    }
    function isElectron() {
      if (process.versions && process.versions.electron) return true;
      if (process.env.ELECTRON_RUN_AS_NODE) return true;
      return typeof window !== "undefined" && window.process && window.process.type === "renderer";
    }
    function isAlpine(platform2) {
      return platform2 === "linux" && fs.existsSync("/etc/alpine-release");
    }
    load.parseTags = parseTags;
    load.matchTags = matchTags;
    load.compareTags = compareTags;
    load.parseTuple = parseTuple;
    load.matchTuple = matchTuple;
    load.compareTuples = compareTuples;
  }
});

// node_modules/node-gyp-build/index.js
var require_node_gyp_build2 = __commonJS({
  "node_modules/node-gyp-build/index.js"(exports2, module2) {
    var runtimeRequire = typeof __webpack_require__ === "function" ? __non_webpack_require__ : require;
    if (typeof runtimeRequire.addon === "function") {
      module2.exports = runtimeRequire.addon.bind(runtimeRequire);
    } else {
      module2.exports = require_node_gyp_build();
    }
  }
});

// src/collect/preload.ts
var import_node_fs2 = require("node:fs");
var import_node_child_process = __toESM(require("node:child_process"), 1);
var import_node_worker_threads = __toESM(require("node:worker_threads"), 1);
var import_node_module2 = __toESM(require("node:module"), 1);
var import_node_os2 = require("node:os");

// src/collect/config.ts
var CONFIG_ENV = "SCALENE_CI_CONFIG";
function sessionPaths(dir) {
  return {
    raw: `${dir}/raw`,
    proc: `${dir}/proc`,
    control: `${dir}/control`,
    gpu: `${dir}/gpu`
  };
}

// src/native/binding.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_gyp_build = __toESM(require_node_gyp_build2(), 1);
function prebuildName(abi = process.versions.modules) {
  return `scalene_ci.abi${abi}.node`;
}
function cachedBinaryPath(abi = process.versions.modules) {
  const base = process.env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache");
  return (0, import_node_path.join)(base, "scalene-ci", `${process.platform}-${process.arch}`, prebuildName(abi));
}
function findBinary(root) {
  try {
    return import_node_gyp_build.default.resolve((0, import_node_path.join)(root, "dist"));
  } catch {
  }
  const cached = cachedBinaryPath();
  return (0, import_node_fs.existsSync)(cached) ? cached : null;
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
  const gpu = import_node_worker_threads.default.isMainThread && cfg.gpu ? startGpu(addon, paths.gpu) : null;
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
    meta.source_maps = collectSourceMaps(paths.raw, id);
    writeMeta();
  };
  process.on("exit", (code) => finish(code, null));
  if (import_node_worker_threads.default.isMainThread && addon.guardSignals) {
    addon.guardSignals((signal) => {
      const name = Object.entries(import_node_os2.constants.signals).find(([, n]) => n === signal)?.[0] ?? null;
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
  patchChildProcess(cfg);
  patchWorker(cfg);
  keepTsxLines();
  keepTsNodeMaps();
}
function keepTsNodeMaps() {
  const args = [...process.execArgv, ...process.argv.slice(1, 2), process.env.NODE_OPTIONS ?? ""].join(" ");
  if (!/ts-node/.test(args)) return;
  process.setSourceMapsEnabled?.(true);
}
function keepTsxLines() {
  const hint = [...process.execArgv, process.argv[1] ?? ""].map((a) => a.replace(/^--(import|require)=/, "")).find((a) => /[\\/]tsx[\\/]dist[\\/]/.test(a));
  if (!hint) return;
  try {
    const from = hint.startsWith("file://") ? new URL(hint).pathname : hint;
    const req = import_node_module2.default.createRequire(from);
    const path = req.resolve("esbuild");
    const real = req("esbuild");
    const copy = { ...real };
    for (const name of ["transform", "transformSync"]) {
      const original = real[name];
      if (typeof original !== "function") continue;
      copy[name] = (code, o) => original(code, o && o.minifyWhitespace ? { ...o, minifyWhitespace: false } : o);
    }
    const cached = req.cache[path];
    if (cached) cached.exports = copy;
  } catch {
  }
}
function startGpu(addon, dir) {
  if (!addon.gpuStart || !addon.gpuTake) return null;
  try {
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true });
    (0, import_node_fs2.closeSync)((0, import_node_fs2.openSync)(`${dir}/owner`, "wx"));
  } catch {
    return null;
  }
  const start = addon.gpuStart({ intervalUs: 2e4, pids: [process.pid], includeDescendants: true });
  const taken = { t_us: [], util: [], mem_bytes: [], per_process: true, mem_per_process: true, pids_seen: false, foreign_seen: false, dropped: 0, errors: 0 };
  const write = () => {
    const file = `${dir}/${process.pid}.json`;
    (0, import_node_fs2.writeFileSync)(file + ".tmp", JSON.stringify({ pid: process.pid, start, taken }));
    (0, import_node_fs2.renameSync)(file + ".tmp", file);
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
function collectSourceMaps(rawDir, id) {
  const findSourceMap = import_node_module2.default.findSourceMap;
  if (!findSourceMap) return {};
  const urls = /* @__PURE__ */ new Set();
  try {
    for (const f of (0, import_node_fs2.readdirSync)(rawDir)) {
      if (!f.startsWith(id + ".") || !f.endsWith(".json")) continue;
      for (const line of (0, import_node_fs2.readFileSync)(`${rawDir}/${f}`, "utf8").split("\n")) {
        if (!line.trim()) continue;
        const doc = JSON.parse(line);
        for (const s of doc.strings) if (s.startsWith("file://") || s.startsWith("/")) urls.add(s);
      }
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
