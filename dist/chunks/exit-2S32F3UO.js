#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  findBinary,
  findPackageRoot,
  loadAddonFrom
} from "./chunk-FQGFOLPT.js";
import "./chunk-3P6TRMCU.js";

// src/cli/exit.ts
import moduleApi from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
function exitNow(code) {
  if (process.platform !== "linux") return;
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  if (process.env.NODE_V8_COVERAGE || /--(cpu-prof|heap-prof|prof)\b/.test(flags)) return;
  if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) return;
  const mod = moduleApi;
  if (mod.getCompileCacheDir?.()) {
    if (!mod.flushCompileCache) return;
    mod.flushCompileCache();
  }
  let quickExit;
  try {
    const binary = findBinary(findPackageRoot(dirname(fileURLToPath(import.meta.url))));
    quickExit = binary ? loadAddonFrom(binary).quickExit : void 0;
  } catch {
    return;
  }
  if (typeof quickExit !== "function") return;
  const exitFast = quickExit;
  process.reallyExit = (c) => exitFast(c);
  process.exit(code);
}
export {
  exitNow
};
