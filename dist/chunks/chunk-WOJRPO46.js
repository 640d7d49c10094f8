#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  NativeError
} from "./chunk-3P6TRMCU.js";

// src/paths.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/collect/shim.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
var SHIM_FILE_NAME = "libscalene_ci_shim.so";
var SHIM_ENV = {
  /** Mean net-allocation window in bytes (default 1 048 571). */
  mallocWindow: "SCALENE_CI_MALLOC_WINDOW_BYTES",
  /** Mean copy window in bytes (default 7 340 009). */
  copyWindow: "SCALENE_CI_COPY_WINDOW_BYTES",
  /** Debug/test: a directory where each process writes shim-<pid>.txt at exit. */
  dumpDir: "SCALENE_CI_SHIM_DUMP"
};
var realFs = { existsSync, readFileSync };
function findPackageRoot(startDir, fs = realFs) {
  let dir = startDir;
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, "utf8")).name === "scalene-ci") return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function shimPath(packageRoot, platform = process.platform, arch = process.arch, fs = realFs) {
  if (platform !== "linux") return null;
  const candidates = [
    join(packageRoot, "dist", "native", `${platform}-${arch}`, SHIM_FILE_NAME),
    join(packageRoot, "build", "shim", SHIM_FILE_NAME)
  ];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}
var FALLBACK = "native allocation and copy sampling is off; JS-heap memory profiling continues";
function preloadEnv(env, soPath, platform) {
  const out = { ...env };
  if (platform === "win32") return { env: out, warning: `memory: Windows has no library preloading; ${FALLBACK}.` };
  if (soPath === null) {
    return {
      env: out,
      warning: platform === "linux" ? `memory: ${SHIM_FILE_NAME} is not built (run scripts/build-shim.sh); ${FALLBACK}.` : `memory: the native memory shim is not available on ${platform} yet; ${FALLBACK}.`
    };
  }
  if (/[:\s]/.test(soPath)) {
    return { env: out, warning: `memory: cannot preload ${JSON.stringify(soPath)} (the path contains ':' or a space); ${FALLBACK}.` };
  }
  const variable = platform === "darwin" ? "DYLD_INSERT_LIBRARIES" : "LD_PRELOAD";
  const existing = out[variable] ?? "";
  const entries = existing.split(platform === "darwin" ? /:/ : /[:\s]+/).filter((e) => e !== "");
  if (!entries.includes(soPath)) out[variable] = [soPath, ...entries].join(":");
  if (platform === "darwin") {
    return {
      env: out,
      warning: `memory: macOS drops ${variable} for system binaries (SIP: /bin/sh, /usr/bin/env, ...); processes started through them run without native allocation sampling.`
    };
  }
  return { env: out };
}

// src/paths.ts
function findPackageRoot2(start) {
  const root = findPackageRoot(start);
  if (root === null) throw new Error(`cannot find the scalene-ci package above ${start}`);
  return root;
}
function toolVersion(root) {
  try {
    return JSON.parse(readFileSync2(join2(root, "package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
}

// src/native/binding.ts
import { copyFileSync, existsSync as existsSync2, mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname as dirname2, join as join3 } from "node:path";
import { spawnSync } from "node:child_process";
var HOST = { platform: process.platform, arch: process.arch, abi: process.versions.modules };
var BINDING_GYP = join3("native", "binding.gyp");
var LOCAL_BUILD = join3("native", "build", "Release", "scalene_ci.node");
function prebuildName(abi = HOST.abi) {
  return `scalene_ci.abi${abi}.node`;
}
function prebuildPath(root, target = HOST) {
  return join3(root, "dist", "prebuilds", `${target.platform}-${target.arch}`, prebuildName(target.abi));
}
function cachedBinaryPath(target = HOST) {
  const base = process.env.XDG_CACHE_HOME || join3(homedir(), ".cache");
  return join3(base, "scalene-ci", `${target.platform}-${target.arch}`, prebuildName(target.abi));
}
function findBinary(root, target = HOST) {
  for (const candidate of [prebuildPath(root, target), cachedBinaryPath(target)]) {
    if (existsSync2(candidate)) return candidate;
  }
  return null;
}
function loadAddonFrom(path) {
  return createRequire(path)(path);
}
var hostEngines = /* @__PURE__ */ new Map();
function loadHostEngine(root) {
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
var NODE_MAJOR_BY_ABI = { "115": "20", "127": "22", "137": "24", "147": "26" };
function describePrebuilds(root) {
  const dir = join3(root, "dist", "prebuilds");
  const byNodes = /* @__PURE__ */ new Map();
  let platforms = [];
  try {
    platforms = readdirSync(dir).sort();
  } catch {
  }
  for (const platform of platforms) {
    let abis = [];
    try {
      abis = readdirSync(join3(dir, platform)).map((f) => /^scalene_ci\.abi(\d+)\.node$/.exec(f)?.[1]).filter((a) => a !== void 0);
    } catch {
      continue;
    }
    if (abis.length === 0) continue;
    const nodes = abis.sort((a, b) => Number(a) - Number(b)).map((a) => NODE_MAJOR_BY_ABI[a] ?? `ABI ${a}`).join(", ");
    byNodes.set(nodes, [...byNodes.get(nodes) ?? [], platform]);
  }
  if (byNodes.size === 0) return "no platform";
  return [...byNodes].map(([nodes, plats]) => `${plats.join(", ")} (Node ${nodes})`).join("; ");
}
function ensureBinary(root, log, target = HOST) {
  const found = findBinary(root, target);
  if (found) return found;
  const what = `Node ${process.version} (ABI ${target.abi}) on ${target.platform}-${target.arch}`;
  if (!existsSync2(join3(root, BINDING_GYP))) {
    throw new NativeError(
      `\`run\` needs the native engine, and this package has none for ${what}; it ships engines for ${describePrebuilds(root)}. To build one, clone the scalene-ci repository and run \`npm ci && npm run build:native\` there (compare, report and merge work without it)`
    );
  }
  log(`scalene-ci: no prebuilt engine for ${what}; compiling it from source once\u2026`);
  const nodeGyp = locateNodeGyp(root);
  const args = [nodeGyp, "rebuild", "--release", "--directory=native"];
  const prefix = join3(dirname2(process.execPath), "..");
  if (existsSync2(join3(prefix, "include", "node", "node.h"))) args.push(`--nodedir=${prefix}`);
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const built = join3(root, LOCAL_BUILD);
  if (r.status !== 0 || !existsSync2(built)) {
    throw new NativeError(
      `cannot build the native engine for ${what}: install a C++ toolchain (g++, make, python3) and Node headers, then retry`
    );
  }
  for (const dest of [prebuildPath(root, target), cachedBinaryPath(target)]) {
    try {
      mkdirSync(dirname2(dest), { recursive: true });
      copyFileSync(built, dest);
      return dest;
    } catch {
    }
  }
  return built;
}
function locateNodeGyp(root) {
  for (const from of [root, process.cwd()]) {
    try {
      return createRequire(join3(from, "noop.js")).resolve("node-gyp/bin/node-gyp.js");
    } catch {
    }
  }
  const bundled = join3(dirname2(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js");
  if (existsSync2(bundled)) return bundled;
  throw new NativeError("cannot build the native engine: node-gyp not found (run `npm ci` in the clone, or `npm i -g node-gyp`)");
}

export {
  SHIM_ENV,
  shimPath,
  preloadEnv,
  findPackageRoot2 as findPackageRoot,
  toolVersion,
  findBinary,
  loadHostEngine,
  ensureBinary
};
