#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  mergeRuns,
  mergeShards
} from "./chunk-YDIZOWAX.js";
import {
  loadProfiles,
  positiveNumberOption
} from "./chunk-HPOIXKUQ.js";
import "./chunk-IYRJBWX4.js";
import {
  compactFile,
  validateProfile
} from "./chunk-V7KXQ3F6.js";
import {
  InputError,
  UsageError
} from "./chunk-3P6TRMCU.js";

// src/cli/merge.ts
import { isAbsolute, join } from "node:path";
import { parseArgs } from "node:util";

// src/cli/write-json.ts
import { closeSync, openSync, writeSync } from "node:fs";
function writeJsonFile(path, value, depth = 2, leaf) {
  const fd = openSync(path, "w");
  try {
    let pending = "";
    const put = (s) => {
      pending += s;
      if (pending.length >= 1 << 20) {
        writeSync(fd, pending);
        pending = "";
      }
    };
    writeValue(value, depth, put, [], leaf);
    if (pending) writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}
function writeValue(value, depth, put, keys, leaf) {
  const plainObject = value !== null && typeof value === "object" && !Array.isArray(value) && typeof value.toJSON !== "function";
  if (depth <= 0 || !plainObject) {
    put(JSON.stringify(leaf ? leaf(value, keys) : value) ?? "null");
    return;
  }
  put("{");
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (v === void 0 || typeof v === "function" || typeof v === "symbol") continue;
    put(`${first ? "" : ","}${JSON.stringify(k)}:`);
    first = false;
    writeValue(v, depth - 1, put, [...keys, k], leaf);
  }
  put("}");
}

// src/cli/merge.ts
var MERGE_USAGE = `usage: scalene-ci merge A B ... --out M [--mode runs|shards]
  A, B, ... are profile files, directories of profiles, or quoted globs.
  --out FILE            the merged profile (required)
  --mode runs|shards    runs: repeated runs of one benchmark (default); shards: different benchmarks, summed
  --max-input-mb N      refuse profile files larger than N MB (default 512)`;
async function mergeCommand(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        mode: { type: "string" },
        "max-input-mb": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    throw new UsageError(`merge: ${e.message.split("\n")[0]}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(MERGE_USAGE + "\n");
    return 0;
  }
  const mode = values.mode ?? "runs";
  if (mode !== "runs" && mode !== "shards") throw new UsageError(`--mode must be "runs" or "shards", got ${JSON.stringify(mode)}`);
  if (values.out === void 0) throw new UsageError("merge needs --out FILE for the merged profile");
  if (positionals.length === 0) throw new UsageError("merge needs at least one profile to read");
  const maxInputMb = positiveNumberOption("max-input-mb", values["max-input-mb"], false);
  const loadOpts = { cwd: io.cwd, maxBytes: maxInputMb !== void 0 ? maxInputMb * 1024 * 1024 : void 0 };
  let profiles = positionals.flatMap((p) => loadProfiles(p, loadOpts));
  const count = profiles.length;
  const merged = mode === "runs" ? mergeRuns(profiles) : mergeShards(profiles);
  profiles = null;
  validateProfile(merged, "merged profile");
  const out = isAbsolute(values.out) ? values.out : join(io.cwd, values.out);
  try {
    writeJsonFile(out, merged, 2, (v, keys) => keys.length === 2 && keys[0] === "files" ? compactFile(v, merged.meta) : v);
  } catch (e) {
    throw new InputError(`--out ${values.out}: cannot write (${e.code ?? "error"})`);
  }
  io.stderr(`scalene-ci: merged ${count} profile${count === 1 ? "" : "s"} (${mode}, ${merged.meta.runs} run${merged.meta.runs === 1 ? "" : "s"}) into ${values.out}
`);
  return 0;
}
export {
  MERGE_USAGE,
  mergeCommand
};
