#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  findPackageRoot,
  loadHostEngine
} from "./chunk-WOJRPO46.js";
import "./chunk-3P6TRMCU.js";

// src/cli/exit.ts
import { readFileSync, writeSync } from "node:fs";
import moduleApi from "node:module";
import { dirname as dirname2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/cli/snapshot-cache.ts
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
var LOCK_STALE_MS = 12e4;
var FAILED_RETRY_MS = 7 * 24 * 36e5;
function startSnapshotBuild(env) {
  const blob = env.SCALENE_CI_SNAPSHOT_TO;
  if (!blob || !isAbsolute(blob) || !/^cli-[0-9a-f]{16}\.blob$/.test(basename(blob))) return;
  try {
    const dir = dirname(blob);
    mkdirSync(dir, { recursive: true, mode: 448 });
    if (!privateToUs(dir)) return;
    if (!takeLock(`${blob}.lock`)) return;
    const root2 = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
    const { SCALENE_CI_SNAPSHOT_TO: _to, SCALENE_CI_ATTACH: _attach, ...rest } = env;
    const child = spawn(process.execPath, [join(root2, "dist", "snapshot-build.js"), blob], { detached: true, stdio: "ignore", env: rest });
    child.on("error", () => rmSync(`${blob}.lock`, { force: true }));
    child.unref();
  } catch {
  }
}
function privateToUs(path) {
  const st = statSync(path);
  return (process.getuid === void 0 || st.uid === process.getuid()) && (st.mode & 18) === 0;
}
function takeLock(lock) {
  try {
    closeSync(openSync(lock, "wx", 384));
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs < LOCK_STALE_MS) return false;
      writeFileSync(lock, "");
      return true;
    } catch {
      return false;
    }
  }
}

// src/cli/exit.ts
function exitNow(code) {
  if (!canEndNow()) return;
  const quickExit = engine()?.quickExit;
  if (typeof quickExit !== "function") return;
  const exitFast = quickExit;
  process.reallyExit = (c) => exitFast(c);
  process.exit(code);
}
function releaseLauncher(code, env) {
  if (env.SCALENE_CI_LAUNCH_STATS) reportOwnMemory();
  if (!env.SCALENE_CI_ATTACH || !canEndNow()) return;
  engine()?.releaseStdio?.(3, `exit ${code}
`);
}
function reportOwnMemory() {
  try {
    const rollup = readFileSync("/proc/self/smaps_rollup", "utf8");
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(rollup)?.[1] ?? NaN);
    const privateKb = kb("Private_Clean") + kb("Private_Dirty");
    if (Number.isFinite(privateKb)) writeSync(2, `supervisor_private_kb=${privateKb}
supervisor_pss_kb=${kb("Pss")}
`);
  } catch {
  }
}
function canEndNow() {
  if (process.platform !== "linux") return false;
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  if (process.env.NODE_V8_COVERAGE || /--(cpu-prof|heap-prof|prof)\b/.test(flags)) return false;
  if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) return false;
  const mod = moduleApi;
  if (mod.getCompileCacheDir?.()) {
    if (!mod.flushCompileCache) return false;
    mod.flushCompileCache();
  }
  return true;
}
var root;
function engine() {
  if (root === void 0) {
    try {
      root = findPackageRoot(dirname2(fileURLToPath2(import.meta.url)));
    } catch {
      root = null;
    }
  }
  return root === null ? null : loadHostEngine(root);
}
export {
  exitNow,
  releaseLauncher,
  startSnapshotBuild
};
