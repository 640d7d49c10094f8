import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);

// src/cli/snapshot-build.ts
import { setPriority } from "node:os";
import { dirname as dirname3, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";

// src/collect/shim.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

// src/paths.ts
function findPackageRoot2(start) {
  const root2 = findPackageRoot(start);
  if (root2 === null) throw new Error(`cannot find the scalene-ci package above ${start}`);
  return root2;
}

// src/cli/snapshot-cache.ts
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname as dirname2, isAbsolute, join as join2 } from "node:path";
var SNAPSHOT_CHECK = "--scalene-ci-snapshot-check";
var CHECK_PREFIX = "scalene-ci snapshot ok";
var LOCK_STALE_MS = 12e4;
var KEEP_SNAPSHOTS = 8;
var FAILED_RETRY_MS = 7 * 24 * 36e5;
function buildSnapshot(o) {
  const tmp = `${o.blob}.${process.pid}.tmp`;
  try {
    const made = spawnSync(o.node, ["--snapshot-blob", tmp, "--build-snapshot", o.bundle], { stdio: "ignore", timeout: 12e4, env: o.env });
    let why = made.error ? made.error.message : made.status !== 0 ? `the build ended with ${made.status ?? made.signal}` : "";
    if (!why) {
      const check = spawnSync(o.node, ["--snapshot-blob", tmp, o.cli, SNAPSHOT_CHECK], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 6e4, env: o.env });
      if (check.status !== 0 || !check.stdout.startsWith(CHECK_PREFIX)) why = `node could not start from it (${check.status ?? check.signal})`;
    }
    if (why) {
      writeFileSync(`${o.blob}.failed`, why + "\n", { mode: 384 });
      return false;
    }
    chmodSync(tmp, 384);
    renameSync(tmp, o.blob);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${o.blob}.lock`, { force: true });
    prune(dirname2(o.blob));
  }
}
function prune(dir) {
  try {
    const now = Date.now();
    const entries = readdirSync(dir).map((name) => {
      try {
        return { name, mtimeMs: statSync(join2(dir, name)).mtimeMs };
      } catch {
        return { name, mtimeMs: now };
      }
    });
    const blobs = entries.filter((e) => /^cli-[0-9a-f]{16}\.blob$/.test(e.name)).sort((a, b) => b.mtimeMs - a.mtimeMs);
    const stale = [
      ...blobs.slice(KEEP_SNAPSHOTS),
      ...entries.filter((e) => e.name.endsWith(".tmp") && now - e.mtimeMs > LOCK_STALE_MS * 5),
      // A build that never ran (its package removed before the detached builder could load:
      // a temporary project's install) leaves its lock: gone after ten minutes, like a killed build's .tmp.
      ...entries.filter((e) => e.name.endsWith(".lock") && now - e.mtimeMs > LOCK_STALE_MS * 5),
      ...entries.filter((e) => e.name.endsWith(".failed") && now - e.mtimeMs > FAILED_RETRY_MS)
    ];
    for (const e of stale) rmSync(join2(dir, e.name), { force: true });
  } catch {
  }
}

// src/cli/snapshot-build.ts
try {
  setPriority(19);
} catch {
}
var root = findPackageRoot2(dirname3(fileURLToPath(import.meta.url)));
var blob = process.argv[2];
if (blob) buildSnapshot({ node: process.execPath, blob, bundle: join3(root, "dist", "cli-snapshot.cjs"), cli: join3(root, "dist", "cli.js"), env: process.env });
