#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  CONFIG_ENV,
  TRANSPILED,
  TYPESCRIPT,
  sessionPaths
} from "./chunk-YQF3SZJX.js";
import {
  SHIM_ENV,
  ensureBinary,
  findBinary,
  findPackageRoot,
  loadHostEngine,
  preloadEnv,
  shimPath,
  toolVersion
} from "./chunk-WOJRPO46.js";
import {
  InputError,
  NativeError,
  UsageError,
  errorMessage
} from "./chunk-3P6TRMCU.js";

// src/cli/main.ts
import { dirname as dirname3 } from "node:path";
import { fileURLToPath } from "node:url";

// src/cli/run.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync, mkdirSync, readFileSync as readFileSync2, realpathSync, renameSync, rmSync as rmSync2, watch, writeFileSync, writeSync as writeSync2 } from "node:fs";
import { constants as osConstants } from "node:os";
import { dirname as dirname2, join as join3, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/collect/inject.ts
function nodeOptionsRequire(preload) {
  return `--require ${/[\s"\\]/.test(preload) ? JSON.stringify(preload) : preload}`;
}

// src/cli/session.ts
import { spawn } from "node:child_process";
import { closeSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var PREFIX = "scalene-ci-";
function createSessionDir(pid = process.pid) {
  return mkdtempSync(join(tmpdir(), `${PREFIX}${pid}-`));
}
function ownSessions() {
  const uid = process.getuid?.();
  let names;
  try {
    names = readdirSync(tmpdir());
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const m = /^scalene-ci-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
    if (!m) continue;
    const dir = join(tmpdir(), name);
    try {
      const st = lstatSync(dir);
      if (!st.isDirectory() || uid !== void 0 && st.uid !== uid || (st.mode & 63) !== 0) continue;
      out.push({ dir, pid: Number(m[1]), mtimeMs: st.mtimeMs });
    } catch {
    }
  }
  return out;
}
function findSessionDir(pid) {
  const mine = ownSessions().filter((s) => s.pid === pid && isAlive(s.pid));
  mine.sort((a, b) => b.mtimeMs - a.mtimeMs);
  return mine[0]?.dir ?? null;
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function sweepStaleSessions() {
  for (const s of ownSessions()) if (s.pid !== process.pid && !isAlive(s.pid)) rmSync(s.dir, { recursive: true, force: true });
}
var WATCHDOG = `
read -r word
[ "$word" = done ] && exit 0
dir=$1
tree() {
  for e in /proc/[0-9]*/environ; do
    grep -qaF "$dir" "$e" 2>/dev/null || continue
    p=\${e#/proc/}
    echo "\${p%/environ}"
  done
}
kill -TERM $(tree) 2>/dev/null
i=0
while [ $i -lt 50 ] && [ -n "$(tree)" ]; do sleep 0.1; i=$((i + 1)); done
kill -KILL $(tree) 2>/dev/null
rm -rf "$dir"
`;
function nativeSpawnOrNull(nativeSpawn, argv, env) {
  try {
    return nativeSpawn?.(argv, env) ?? null;
  } catch {
    return null;
  }
}
function startWatchdog(dir, nativeSpawn = null) {
  if (process.platform !== "linux") return { disarm() {
  } };
  const spawned = nativeSpawnOrNull(nativeSpawn, ["/bin/sh", "-c", WATCHDOG, "scalene-ci-watchdog", dir], ["PATH=/usr/bin:/bin"]);
  if (spawned) {
    let fd = spawned.fd;
    return {
      disarm() {
        if (fd === null) return;
        try {
          writeSync(fd, "done\n");
        } catch {
        }
        closeSync(fd);
        fd = null;
      }
    };
  }
  let child;
  try {
    child = spawn("/bin/sh", ["-c", WATCHDOG, "scalene-ci-watchdog", dir], {
      stdio: ["pipe", "ignore", "ignore"],
      env: { PATH: "/usr/bin:/bin" }
    });
  } catch {
    return { disarm() {
    } };
  }
  child.on("error", () => {
  });
  child.stdin.on("error", () => {
  });
  child.unref();
  child.stdin.unref?.();
  return {
    disarm() {
      child.stdin.end("done\n");
    }
  };
}

// src/cli/git.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join as join2, resolve } from "node:path";
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function gitDir(cwd) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = join2(dir, ".git");
    try {
      const st = statSync(dotGit);
      if (st.isDirectory()) return dotGit;
      if (st.isFile()) {
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(read(dotGit) ?? "");
        if (m) return isAbsolute(m[1]) ? m[1] : resolve(dir, m[1]);
        return null;
      }
    } catch {
    }
    if (dirname(dir) === dir) return null;
  }
}
function resolveRef(dirs, ref, depth = 0) {
  if (depth > 5) return null;
  for (const d of dirs) {
    const loose = read(join2(d, ref))?.trim();
    if (loose) {
      if (SHA.test(loose)) return loose;
      const sym = /^ref:\s*(\S+)$/.exec(loose);
      return sym ? resolveRef(dirs, sym[1], depth + 1) : null;
    }
  }
  for (const d of dirs) {
    for (const line of (read(join2(d, "packed-refs")) ?? "").split("\n")) {
      const [sha, name] = line.trim().split(" ");
      if (name === ref && sha && SHA.test(sha)) return sha;
    }
  }
  return null;
}
function readGitSha(cwd) {
  const dir = gitDir(cwd);
  if (!dir) return null;
  const common = read(join2(dir, "commondir"))?.trim();
  const dirs = common ? [dir, isAbsolute(common) ? common : resolve(dir, common)] : [dir];
  const head = read(join2(dir, "HEAD"))?.trim();
  if (!head) return null;
  if (SHA.test(head)) return head;
  const sym = /^ref:\s*(\S+)$/.exec(head);
  return sym ? resolveRef(dirs, sym[1]) : null;
}

// src/cli/run.ts
var loadPost = () => import("./postprocess-LJ6AVAG6.js");
var RUN_USAGE = `usage: scalene-ci run [options] -- <command...>
  --json-out FILE               profile JSON (default scalene-profile.json)
  --outfile FILE                write the report to FILE instead of stdout
  --cpu-only                    CPU time only (no memory/copy profiling)
  --cpu-sampling-interval MS    sampling interval in ms (default 1)
  --cpu-percent-threshold PCT   report lines with at least PCT% of time (default 1)
  --reduced-profile             only lines above the threshold
  --profile-interval S          also write the profile every S seconds
  --repeat N                    run the command N times; keep per-run figures
  --profile-all                 profile all code, not just files under the working directory
  --profile-only a,b            only files whose path contains one of these
  --profile-exclude a,b         skip files whose path contains one of these
  --use-virtual-time            count only CPU time (no off-CPU/system time)
  --malloc-threshold BYTES      native allocation sampling window (default 1048571)
  --gpu / --no-gpu              GPU time and memory per line via NVML (default: on when a driver exists)
  --no-report                   do not print the report`;
var MALLOC_THRESHOLD_MIN_BYTES = 4096;
var MALLOC_THRESHOLD_MAX_BYTES = 2 ** 40;
function mallocThreshold(value, cpuOnly) {
  if (value === void 0) return null;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < MALLOC_THRESHOLD_MIN_BYTES || n > MALLOC_THRESHOLD_MAX_BYTES) {
    throw new UsageError(`--malloc-threshold expects a whole number of bytes between ${MALLOC_THRESHOLD_MIN_BYTES} and ${MALLOC_THRESHOLD_MAX_BYTES}, got ${JSON.stringify(value)}`);
  }
  if (cpuOnly) throw new UsageError("--malloc-threshold sets the memory sampling window; it has no effect with --cpu-only");
  return n;
}
function positiveNumber(name, value, fallback, opts = {}) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= (opts.min ?? 0) || opts.integer && !Number.isInteger(n)) {
    throw new UsageError(`--${name} expects a ${opts.integer ? "positive integer" : "positive number"}, got ${JSON.stringify(value)}`);
  }
  return n;
}
var list = (v) => v ? v.split(",").map((s) => s.trim()).filter(Boolean) : [];
function parseRunArgs(args) {
  const dd = args.indexOf("--");
  const optionArgs = dd >= 0 ? args.slice(0, dd) : args;
  let command = dd >= 0 ? args.slice(dd + 1) : [];
  let parsed;
  try {
    parsed = parseArgs({
      args: optionArgs,
      allowPositionals: true,
      strict: true,
      options: {
        "json-out": { type: "string" },
        outfile: { type: "string" },
        "cpu-only": { type: "boolean" },
        "cpu-sampling-interval": { type: "string" },
        "cpu-percent-threshold": { type: "string" },
        "reduced-profile": { type: "boolean" },
        "profile-interval": { type: "string" },
        repeat: { type: "string" },
        "profile-all": { type: "boolean" },
        "profile-only": { type: "string" },
        "profile-exclude": { type: "string" },
        "use-virtual-time": { type: "boolean" },
        "no-report": { type: "boolean" },
        "malloc-threshold": { type: "string" },
        gpu: { type: "boolean" },
        "no-gpu": { type: "boolean" }
      }
    });
  } catch (e) {
    throw new UsageError(`${e.message.split("\n")[0]} (see scalene-ci run --help)`);
  }
  const v = parsed.values;
  if (command.length === 0 && parsed.positionals.length > 0) command = parsed.positionals;
  else if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[0])} before --`);
  if (command.length === 0) throw new UsageError("missing command: scalene-ci run [options] -- <command...>");
  if (/\.(c|m)?js$/.test(command[0])) command = [process.execPath, ...command];
  else if (/\.(c|m)?ts$/.test(command[0])) {
    if (!process.features.typescript && Number(process.versions.node.split(".")[0]) < 23) {
      throw new UsageError(`running ${command[0]} directly needs Node \u2265 23.6 (type stripping); otherwise use: scalene-ci run -- npx tsx ${command[0]}`);
    }
    command = [process.execPath, "--experimental-strip-types", "--no-warnings", ...command];
  }
  const threshold = v["cpu-percent-threshold"] === void 0 ? 1 : Number(v["cpu-percent-threshold"]);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new UsageError(`--cpu-percent-threshold expects a percentage between 0 and 100, got ${JSON.stringify(v["cpu-percent-threshold"])}`);
  }
  const intervalMs = positiveNumber("cpu-sampling-interval", v["cpu-sampling-interval"], 1);
  if (intervalMs < 0.1 || intervalMs > 1e3) throw new UsageError(`--cpu-sampling-interval must be between 0.1 and 1000 ms, got ${intervalMs}`);
  return {
    jsonOut: v["json-out"] ?? "scalene-profile.json",
    outfile: v.outfile ?? null,
    cpuOnly: v["cpu-only"] ?? false,
    intervalMs,
    cpuPercentThreshold: threshold,
    reduced: v["reduced-profile"] ?? false,
    profileIntervalS: v["profile-interval"] === void 0 ? null : positiveNumber("profile-interval", v["profile-interval"], 0),
    repeat: positiveNumber("repeat", v.repeat, 1, { integer: true }),
    filter: {
      profileAll: v["profile-all"] ?? false,
      profileOnly: list(v["profile-only"]),
      profileExclude: list(v["profile-exclude"])
    },
    useVirtualTime: v["use-virtual-time"] ?? false,
    report: !(v["no-report"] ?? false),
    gpu: !(v["no-gpu"] ?? false),
    gpuExplicit: v.gpu ?? false,
    command,
    mallocThresholdBytes: mallocThreshold(v["malloc-threshold"], v["cpu-only"] ?? false)
  };
}
var DEFAULT_MALLOC_WINDOW_BYTES = 1048571;
var DEFAULT_COPY_WINDOW_BYTES = 7340009;
var DEFAULT_CHECKPOINT_MS = 1e4;
function checkpointPeriodMs(opts, env) {
  const defaultMs = Number(env.SCALENE_CI_CHECKPOINT_MS) > 0 ? Number(env.SCALENE_CI_CHECKPOINT_MS) : DEFAULT_CHECKPOINT_MS;
  return opts.profileIntervalS ? Math.min(opts.profileIntervalS * 1e3, defaultMs) : defaultMs;
}
function checkWritable(path, what) {
  const dir = dirname2(path);
  if (!existsSync(dir)) throw new UsageError(`cannot write ${what} ${path}: directory ${dir} does not exist`);
  try {
    const probe = join3(dir, `.scalene-ci-probe-${process.pid}`);
    writeFileSync(probe, "");
    rmSync2(probe);
  } catch (e) {
    throw new UsageError(`cannot write ${what} ${path}: ${e.code ?? e.message}`);
  }
}
var ATTACH_ENV = "SCALENE_CI_ATTACH";
function attachFromEnv(env) {
  const raw = env[ATTACH_ENV];
  return raw ? parseAttach(raw) : null;
}
function parseAttach(raw) {
  const m = /^([^\t]+)\t(\d+)\t(\d+)\t(\d+)$/.exec(raw);
  if (!m) throw new UsageError(`${ATTACH_ENV} is malformed (it is set by the scalene-ci launcher, not by hand)`);
  return { dir: m[1], pid: Number(m[2]), startNs: BigInt(m[3]), startMs: Number(m[4]) };
}
var LauncherChannel = class {
  buffered = "";
  lines = [];
  waiting = null;
  ended = false;
  constructor() {
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (d) => {
      this.buffered += d;
      let nl;
      while ((nl = this.buffered.indexOf("\n")) >= 0) {
        this.lines.push(this.buffered.slice(0, nl));
        this.buffered = this.buffered.slice(nl + 1);
      }
      this.wake();
    });
    const end = () => {
      this.ended = true;
      this.wake();
    };
    process.stdin.on("end", end);
    process.stdin.on("error", end);
    this.hold(false);
  }
  hold(on) {
    const stdin = process.stdin;
    if (on) stdin.ref?.();
    else stdin.unref?.();
  }
  wake() {
    if (!this.waiting || this.lines.length === 0 && !this.ended) return;
    const w = this.waiting;
    this.waiting = null;
    this.hold(false);
    w(this.lines.shift() ?? null);
  }
  line() {
    return new Promise((res) => {
      this.waiting = res;
      this.hold(true);
      this.wake();
    });
  }
  async exit() {
    const m = /^(-?\d+) (\d+) (\d+)$/.exec(await this.line() ?? "");
    if (!m) return null;
    const code = Number(m[1]);
    const sigNum = Number(m[2]);
    const signal = sigNum ? Object.entries(osConstants.signals).find(([, n]) => n === sigNum)?.[0] ?? null : null;
    return { code: code >= 0 ? code : null, signal, endNs: BigInt(m[3]) };
  }
  /** Asks for the next run; its start, or null when the launcher could not start it. */
  async next() {
    try {
      writeSync2(3, "next\n");
    } catch {
      return null;
    }
    const line = await this.line();
    return line?.startsWith("attach ") ? parseAttach(line.slice("attach ".length)) : null;
  }
  /** Nothing more is expected: stdin no longer keeps the process alive. */
  close() {
    process.stdin.pause();
    this.hold(false);
  }
};
async function runCommand(args, io, root) {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(RUN_USAGE + "\n");
    return 0;
  }
  const attach = attachFromEnv(io.env);
  const engine = attach ? loadHostEngine(root) : null;
  const nativeSpawn = engine?.spawnWatchdog ?? null;
  let firstWatchdog = attach ? startWatchdog(attach.dir, nativeSpawn) : null;
  const watchdogFor = (dir) => {
    const w = firstWatchdog ?? startWatchdog(dir, nativeSpawn);
    firstWatchdog = null;
    return w;
  };
  const opts = parseRunArgs(args);
  const channel = attach ? new LauncherChannel() : null;
  if (attach && io.env.SCALENE_CI_DEBUG) io.stderr(`scalene-ci: debug: the launcher started the command (pid ${attach.pid}); this process builds its profile
`);
  const jsonOut = resolve2(io.cwd, opts.jsonOut);
  checkWritable(jsonOut, "the profile");
  if (opts.outfile) checkWritable(resolve2(io.cwd, opts.outfile), "the report");
  const hadEngine = !attach || engine !== null || findBinary(root) !== null;
  ensureBinary(root, (l) => io.stderr(l + "\n"));
  if (!hadEngine) throw new NativeError(`the engine for Node ${process.version} is built now; the command had started without it and was stopped: run it again`);
  const runs = [];
  let current = attach;
  let notStarted = false;
  for (let i = 0; i < opts.repeat; i++) {
    if (channel && i > 0) {
      current = await channel.next();
      if (!current) {
        io.stderr(`scalene-ci: run ${i + 1}/${opts.repeat} did not start; the profile has the ${i} run(s) before it
`);
        notStarted = true;
        break;
      }
    } else if (!channel && opts.repeat > 1) io.stderr(`scalene-ci: run ${i + 1}/${opts.repeat}
`);
    const r = await profileOnce(opts, io, root, jsonOut, current, channel, watchdogFor);
    runs.push(r);
    if (r.exitCode !== 0) break;
  }
  channel?.close();
  const { mergeRuns, renderText, compactProfile } = await loadPost();
  const profile = runs.length === 1 ? runs[0].profile : mergeRuns(runs.map((r) => r.profile));
  writeAtomic(jsonOut, JSON.stringify(compactProfile(profile)));
  if (opts.report) {
    const text = renderText(profile, {
      color: io.isTTY && !opts.outfile,
      reduced: opts.reduced,
      cpuPercentThreshold: opts.cpuPercentThreshold
    });
    if (opts.outfile) writeFileSync(resolve2(io.cwd, opts.outfile), text);
    else io.stdout(text);
  }
  io.stderr(`scalene-ci: profile written to ${opts.jsonOut}${profile.meta.complete ? "" : " (incomplete: the command failed or was killed)"}
`);
  return notStarted ? 2 : runs[runs.length - 1].exitCode;
}
async function profileOnce(opts, io, root, jsonOut, attach, channel, watchdogFor) {
  sweepStaleSessions();
  cleanUpBuiltRuns();
  const dir = attach?.dir ?? createSessionDir();
  const runWarnings = [];
  const started = attach && channel ? attachedCommand(attach, channel) : startCommand(opts, io, root, dir, runWarnings);
  return observe(opts, io, root, jsonOut, dir, runWarnings, started, watchdogFor);
}
function attachedCommand(attach, channel) {
  return { startTime: new Date(attach.startMs), t0: attach.startNs, pid: attach.pid, exited: channel.exit(), forward: () => void 0, launched: true };
}
function startCommand(opts, io, root, dir, runWarnings) {
  const paths = sessionPaths(dir);
  mkdirSync(paths.raw, { recursive: true });
  mkdirSync(paths.proc, { recursive: true });
  const preload = join3(root, "dist", "preload.cjs");
  if (!existsSync(preload)) throw new InputError(`the profiler's preload ${preload} is missing: run \`npm run build\``);
  const checkpointMs = checkpointPeriodMs(opts, io.env);
  const cfg = {
    dir,
    root,
    preload,
    intervalUs: Math.round(opts.intervalMs * 1e3),
    checkpointMs,
    mode: opts.cpuOnly ? "cpu" : "full",
    gpu: opts.gpu
  };
  let env = { ...io.env, [CONFIG_ENV]: JSON.stringify(cfg) };
  env.NODE_OPTIONS = [io.env.NODE_OPTIONS, nodeOptionsRequire(preload)].filter(Boolean).join(" ");
  if (!opts.cpuOnly) {
    const pre = preloadEnv(env, shimPath(root), process.platform);
    env = pre.env;
    if (opts.mallocThresholdBytes !== null) env[SHIM_ENV.mallocWindow] = String(opts.mallocThresholdBytes);
    if (pre.warning) {
      io.stderr(`scalene-ci: ${pre.warning}
`);
      runWarnings.push(pre.warning);
    }
  }
  const startTime = /* @__PURE__ */ new Date();
  const t0 = process.hrtime.bigint();
  const hint = io.env.CI || io.env.GITHUB_ACTIONS ? "" : `; suspend with \`scalene-ci profile --off --pid ${process.pid}\``;
  io.stderr(`scalene-ci: profiling ${JSON.stringify(opts.command.join(" "))} (scalene-ci pid ${process.pid}${hint})
`);
  const child = spawn2(opts.command[0], opts.command.slice(1), { cwd: io.cwd, env, stdio: "inherit" });
  const exited = new Promise((res) => {
    child.on("error", (e) => res({ code: null, signal: null, endNs: process.hrtime.bigint(), spawnError: e }));
    child.on("exit", (c, s) => res({ code: c, signal: s, endNs: process.hrtime.bigint() }));
  });
  const forward = (sig) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  };
  return { startTime, t0, pid: child.pid, exited, forward };
}
async function observe(opts, io, root, jsonOut, dir, runWarnings, started, watchdogFor) {
  const { startTime, t0 } = started;
  const checkpointMs = checkpointPeriodMs(opts, io.env);
  const paths = sessionPaths(dir);
  const watchdog = watchdogFor(dir);
  const handlers = ["SIGINT", "SIGTERM", "SIGHUP"].map((s) => [s, () => started.forward(s)]);
  for (const [s, h] of handlers) process.on(s, h);
  let interim = null;
  let endNs = null;
  const postPromise = loadPost();
  let sha = null;
  const shaPromise = Promise.resolve().then(() => sha = readGitSha(io.cwd));
  let post = null;
  void postPromise.then((m) => post = m, () => void 0);
  const filter = { root: io.cwd, alwaysExclude: [join3(root, "dist"), join3(root, "build", "src")], ...opts.filter };
  const parsedCache = /* @__PURE__ */ new Map();
  const parsed = (abs) => {
    let entry = parsedCache.get(abs);
    if (!entry) {
      const text = readSourceSafe(abs);
      parsedCache.set(abs, entry = { text, lines: text === null ? null : post.analyseSource(abs, text) });
    }
    return entry.lines;
  };
  let entryAhead = null;
  const tsAhead = [];
  void postPromise.then(() => {
    const entry = entryScript(opts.command, io.cwd);
    if (!entry || endNs !== null || !post.isProfiledPath(entry, filter)) return;
    try {
      parsed(entry);
      entryAhead = entry;
    } catch {
    }
  }, () => void 0);
  const sources = (p) => p.sourceAccess(parsed, (abs, dumped, url) => {
    const payload = dumped[url] ?? dumped[abs];
    let mapper;
    if (payload) mapper = p.mapperFromPayload(payload, url.startsWith("file://") ? url : abs);
    else {
      const src = readSourceSafe(abs);
      mapper = src === null ? null : p.mapperFromDisk(abs, src);
    }
    if (mapper?.sources && endNs === null) analyseMappedAhead(p, mapper.sources);
    return mapper;
  });
  const analyseMappedAhead = (p, files) => {
    for (const abs of files) {
      if (!TYPESCRIPT.test(abs) || parsedCache.has(abs) || !p.isProfiledPath(abs, filter)) continue;
      try {
        p.loadTypeScriptParsers();
        if (parsed(abs)) tsAhead.push(abs);
      } catch {
      }
    }
  };
  const checkpoints = /* @__PURE__ */ new Map();
  let attributor = null;
  let incremental = !opts.profileIntervalS;
  let gpuSampling = false;
  let gpuKnown = !opts.gpu;
  const fed = /* @__PURE__ */ new Map();
  let fedWhileRunning = 0;
  const fedNames = /* @__PURE__ */ new Set();
  let loadAnswers = null;
  const loadState = () => loadAnswers ??= post.newLoadAnswers();
  const loadedOf = (pid) => post.readLoadAnswers(paths.maps, pid, loadState());
  const readRecord = (pid, threadId) => {
    try {
      return JSON.parse(readFileSync2(join3(paths.proc, `${pid}-${threadId}.json`), "utf8"));
    } catch {
      return null;
    }
  };
  const profiledUrls = (f) => {
    const urls = /* @__PURE__ */ new Set();
    for (const seg of f.segments) {
      for (const u of seg.strings) {
        if (!u.startsWith("file://") && !u.startsWith("/")) continue;
        const abs = post.urlToPath(u);
        if (abs && post.isProfiledPath(abs, filter)) urls.add(u);
      }
    }
    return [...urls];
  };
  const feed = (files, last) => {
    if (!post || !incremental) return;
    const p = post;
    attributor ??= p.createAttributor([], { filter, useVirtualTime: opts.useVirtualTime, registered: [], memory: !opts.cpuOnly }, sources(p));
    const a = attributor;
    const touched = /* @__PURE__ */ new Set();
    for (const f of files) {
      const id = `${f.pid}-${f.threadId}`;
      let th = fed.get(id);
      if (!th) fed.set(id, th = newFedThread(f.pid, f.threadId));
      th.held.set(f.seq, f);
      touched.add(th);
    }
    for (const th of last ? fed.values() : touched) {
      const order = last ? [...th.held.keys()].sort((x, y) => x - y) : [];
      for (; ; ) {
        const f = th.held.get(last ? order.shift() ?? -1 : th.next);
        if (!f) break;
        const urls = profiledUrls(f);
        if (!last && (!th.recordSeen || !answered(th, urls))) {
          const rec = readRecord(th.pid, th.threadId);
          if (rec) {
            th.recordSeen = true;
            learn(th, rec);
          }
          if (!answered(th, urls)) {
            learnLoaded(th, loadedOf(th.pid));
            if (!answered(th, urls)) break;
          }
        }
        th.held.delete(f.seq);
        th.next = f.seq + 1;
        for (const u of urls) (th.maps?.[u] === void 0 ? th.fedWithoutMap : th.fedWithMap).add(u);
        a.add({ pid: f.pid, threadId: f.threadId, meta: th.maps ? { source_maps: th.maps } : null }, f.segments);
        checkpoints.set(f.name, opts.cpuOnly ? p.checkpointHeaders(f.segments) : p.checkpointForMemory(f.segments));
        fedNames.add(f.name);
        if (!last) fedWhileRunning++;
      }
    }
    let waiting = 0;
    for (const th of fed.values()) waiting += th.held.size;
    if (!last && waiting > MAX_WAITING_FILES) {
      incremental = false;
      fed.clear();
      return;
    }
    if (!gpuKnown) {
      const session = p.readGpuSession(paths.gpu);
      if (session) {
        gpuKnown = true;
        gpuSampling = session.start.ok === true;
      }
    }
    if (opts.cpuOnly && !gpuSampling) a.dropTracks(opts.intervalMs);
  };
  const prefetch = () => {
    if (!post) return;
    const files = post.takeCheckpoints(dir, checkpoints);
    for (const f of files) {
      for (const seg of f.segments) {
        for (const s of seg.strings) {
          if (!s.startsWith("file://") && !s.startsWith("/")) continue;
          const abs = post.urlToPath(s);
          if (!abs || parsedCache.has(abs) || !post.isProfiledPath(abs, filter)) continue;
          if (TRANSPILED.test(abs)) post.loadTypeScriptParsers();
          if (parsed(abs) && TYPESCRIPT.test(abs)) tsAhead.push(abs);
        }
      }
    }
    feed(files, false);
  };
  const build = (complete, exitCode2, signal2) => {
    const { readSession, attribute, attributeMemory, buildProfile, readGpuSession, gpuStatusLine, applyGpuSession } = post;
    const elapsedS = Number((endNs ?? process.hrtime.bigint()) - t0) / 1e9;
    const warnings = [...runWarnings];
    const rest = post.takeCheckpoints(dir, checkpoints);
    let { threads, skipped } = readSession(dir, checkpoints, loadState());
    const registered = threads.flatMap((t) => t.meta?.registered ?? []);
    if (registered.length > 0 || incremental && !finalAnswers(fed, threads, rest, profiledUrls, loadedOf)) incremental = false;
    let attribution;
    if (incremental) {
      feed(rest, true);
      attribution = attributor.finish();
      if (io.env.SCALENE_CI_DEBUG) io.stderr(`scalene-ci: debug: ${fedWhileRunning} checkpoint file(s) attributed while the command ran, ${checkpoints.size - fedWhileRunning} at its exit
`);
      if (io.env.SCALENE_CI_DEBUG && entryAhead) io.stderr(`scalene-ci: debug: entry script analysed while the command ran: ${entryAhead}
`);
    } else {
      if (io.env.SCALENE_CI_DEBUG) io.stderr("scalene-ci: debug: all checkpoint files attributed at the exit\n");
      if (attributor) {
        for (const name of fedNames) checkpoints.delete(name);
        ({ threads, skipped } = readSession(dir, checkpoints, loadState()));
      }
      attribution = attribute(threads, { filter, useVirtualTime: opts.useVirtualTime, registered, memory: !opts.cpuOnly }, sources(post));
    }
    if (io.env.SCALENE_CI_DEBUG && tsAhead.length > 0) io.stderr(`scalene-ci: debug: TypeScript analysed while the command ran: ${tsAhead.join(", ")}
`);
    if (skipped.length > 0) warnings.push(`${skipped.length} unreadable checkpoint file(s) skipped`);
    if (threads.length === 0) warnings.push("no node process was profiled (is the command a node program?)");
    if (signal2) warnings.push(`the command was killed by ${signal2}`);
    else if (exitCode2 !== null && exitCode2 !== 0) warnings.push(`the command exited with code ${exitCode2}`);
    const info = {
      toolVersion: toolVersion(root),
      command: opts.command,
      startTime,
      elapsedS,
      intervalMs: opts.intervalMs,
      gitSha: sha,
      mode: opts.cpuOnly ? "cpu" : "full",
      useVirtualTime: opts.useVirtualTime,
      complete,
      warnings,
      memoryWindows: opts.cpuOnly ? void 0 : { malloc_bytes: opts.mallocThresholdBytes ?? DEFAULT_MALLOC_WINDOW_BYTES, copy_bytes: DEFAULT_COPY_WINDOW_BYTES }
    };
    const memory = opts.cpuOnly ? null : attributeMemory(threads, attribution, {
      registered,
      sourceLines: parsed,
      mallocWindowBytes: opts.mallocThresholdBytes ?? DEFAULT_MALLOC_WINDOW_BYTES
    });
    const readSource = (abs) => parsedCache.get(abs)?.text ?? readSourceSafe(abs);
    const profile2 = buildProfile(attribution, threads, info, io.cwd, readSource, memory, (abs, text) => {
      const entry = parsedCache.get(abs);
      return entry && entry.text === text ? entry.lines : void 0;
    });
    if (signal2) {
      for (const p of profile2.meta.processes) {
        if (p.pid !== started.pid) continue;
        p.signal = signal2;
        p.complete = false;
      }
    }
    const gpu = opts.gpu ? readGpuSession(paths.gpu) : null;
    if (gpu) {
      if (opts.gpuExplicit && !gpu.start.ok) io.stderr(`scalene-ci: ${gpuStatusLine(gpu.start)}
`);
      applyGpuSession(profile2, attribution, gpu, io.cwd);
    }
    return profile2;
  };
  const lookEveryMs = () => Math.max(250, Math.min(2e3, checkpointMs / 4, (Date.now() - startTime.getTime()) / 8));
  let prefetcher;
  const lookNow = () => {
    if (endNs !== null) return;
    try {
      prefetch();
    } catch {
    }
  };
  const look = () => {
    lookNow();
    prefetcher = setTimeout(look, lookEveryMs());
    prefetcher.unref();
  };
  prefetcher = setTimeout(look, lookEveryMs());
  prefetcher.unref();
  const watcher = watchCheckpoints(paths.raw, lookNow);
  if (watcher) setImmediate(lookNow);
  if (opts.profileIntervalS) {
    interim = setInterval(() => {
      if (!post) return;
      try {
        writeAtomic(jsonOut, JSON.stringify(post.compactProfile(build(false, null, null))));
      } catch {
      }
    }, opts.profileIntervalS * 1e3);
  }
  const ended = await started.exited;
  watcher?.close();
  clearTimeout(prefetcher);
  if (interim) clearInterval(interim);
  for (const [s, h] of handlers) process.removeListener(s, h);
  if (!ended) throw new InputError("the scalene-ci launcher ended before the command did: no profile was written");
  const { code, signal, spawnError } = ended;
  endNs = ended.endNs;
  if (spawnError) {
    watchdog.disarm();
    rmSync2(dir, { recursive: true, force: true });
    if (spawnError.code === "ENOENT") throw new InputError(`command not found: ${opts.command[0]}`);
    if (spawnError.code === "EACCES") throw new InputError(`command is not executable: ${opts.command[0]}`);
    throw new InputError(`cannot run ${opts.command[0]}: ${spawnError.message}`);
  }
  const exitCode = code ?? 128 + signalNumber(signal);
  post = await postPromise;
  await shaPromise;
  const profile = build(signal === null && code === 0, code, signal);
  const cleanUp = () => {
    if (!process.env.SCALENE_CI_KEEP_SESSION) rmSync2(dir, { recursive: true, force: true });
    watchdog.disarm();
  };
  if (started.launched) afterRelease(cleanUp);
  else cleanUp();
  return { profile, exitCode };
}
var cleanUps = [];
var cleaningAtExit = false;
function afterRelease(cleanUp) {
  cleanUps.push(cleanUp);
  if (cleaningAtExit) return;
  cleaningAtExit = true;
  process.on("exit", cleanUpBuiltRuns);
}
function cleanUpBuiltRuns() {
  for (const cleanUp of cleanUps.splice(0)) cleanUp();
}
function watchCheckpoints(folder, onFile) {
  let due = false;
  try {
    const w = watch(folder, { persistent: false }, (_event, name) => {
      if (due || typeof name === "string" && name.endsWith(".tmp")) return;
      due = true;
      setImmediate(() => {
        due = false;
        onFile();
      });
    });
    w.on("error", () => w.close());
    return w;
  } catch {
    return null;
  }
}
function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
function signalNumber(signal) {
  return signal ? osConstants.signals[signal] ?? 0 : 0;
}
var MAX_WAITING_FILES = 8;
function newFedThread(pid, threadId) {
  return { pid, threadId, next: 0, held: /* @__PURE__ */ new Map(), maps: null, checked: /* @__PURE__ */ new Set(), mapsEnabled: false, recordSeen: false, final: false, fedWithoutMap: /* @__PURE__ */ new Set(), fedWithMap: /* @__PURE__ */ new Set() };
}
function answered(th, urls) {
  if (th.final) return true;
  return urls.every((u) => th.checked.has(u) || !th.mapsEnabled && !TRANSPILED.test(u));
}
function learn(th, rec) {
  const maps = rec.source_maps ?? {};
  for (const [url, payload] of Object.entries(maps)) {
    if (!payload || th.maps?.[url] !== void 0) continue;
    (th.maps ??= {})[url] = payload;
    th.checked.add(url);
  }
  for (const url of rec.maps_checked ?? []) th.checked.add(url);
  th.mapsEnabled ||= rec.maps_enabled === true;
  th.final ||= rec.final === true;
}
function learnLoaded(th, answers) {
  for (const [url, payload] of answers) {
    if (th.checked.has(url) || !th.mapsEnabled && !TRANSPILED.test(url)) continue;
    if (payload) (th.maps ??= {})[url] = payload;
    th.checked.add(url);
  }
}
function finalAnswers(fed, threads, rest, urlsOf, loadedOf) {
  for (const t of threads) {
    const id = `${t.pid}-${t.threadId}`;
    let th = fed.get(id);
    if (!th) fed.set(id, th = newFedThread(t.pid, t.threadId));
    if (t.meta) learn(th, t.meta);
    for (const url of th.fedWithoutMap) if (th.maps?.[url] !== void 0) return false;
    if (t.meta?.final) {
      for (const url of th.fedWithMap) if (!t.meta.source_maps?.[url]) return false;
    }
    learnLoaded(th, loadedOf(t.pid));
  }
  for (const f of rest) {
    const th = fed.get(`${f.pid}-${f.threadId}`);
    if (!th || !answered(th, urlsOf(f))) return false;
  }
  for (const th of fed.values()) for (const f of th.held.values()) if (!answered(th, urlsOf(f))) return false;
  return true;
}
var NODE_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-r", "--require", "--import", "--loader", "--experimental-loader", "-C", "--conditions", "--env-file", "--input-type", "--title", "--stack-size"]);
function entryScript(command, cwd) {
  const [bin, ...args] = command;
  if (!bin || !/^node(?:js)?(?:\d+)?$/.test(bin.split("/").pop() ?? "")) return null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-e" || a === "--eval" || a === "-p" || a === "--print" || a === "-") return null;
    if (a === "--") return scriptFile(args[i + 1], cwd);
    if (a.startsWith("-")) {
      if (NODE_VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    return scriptFile(a, cwd);
  }
  return null;
}
function scriptFile(arg, cwd) {
  if (!arg || !/\.[cm]?js$/.test(arg)) return null;
  try {
    return realpathSync(resolve2(cwd, arg));
  } catch {
    return null;
  }
}
function readSourceSafe(abs) {
  try {
    return readFileSync2(abs, "utf8");
  } catch {
    return null;
  }
}

// src/cli/profile-control.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { parseArgs as parseArgs2 } from "node:util";
async function profileCommand(args, io) {
  let values;
  try {
    ({ values } = parseArgs2({ args, strict: true, options: { on: { type: "boolean" }, off: { type: "boolean" }, pid: { type: "string" } } }));
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
  }
  if (values.on === values.off) throw new UsageError("say exactly one of --on or --off: scalene-ci profile --off|--on --pid N");
  const pid = Number(values.pid);
  if (!values.pid || !Number.isInteger(pid) || pid <= 0) throw new UsageError(`--pid expects the pid printed by scalene-ci run, got ${JSON.stringify(values.pid ?? "")}`);
  const dir = findSessionDir(pid);
  if (dir === null) throw new InputError(`no scalene-ci run with pid ${pid} is active (no session directory of yours for it in ${tmpdir2()})`);
  writeFileSync2(sessionPaths(dir).control, values.off ? "off" : "on");
  io.stderr(`scalene-ci: profiling ${values.off ? "suspended" : "resumed"} for run ${pid}
`);
  return 0;
}

// src/cli/main.ts
var USAGE = `usage: scalene-ci <command> [options]
  run [options] -- <command...>   profile a command (every node process in its tree)
  compare BASE HEAD [options]     line-level diff of two profiles (regressions, improvements)
  report PROFILE [--format F]     render a profile (text, markdown, html, speedscope, pprof)
  merge A B ... --out M           combine runs or shards into one profile
  profile --off|--on --pid N      suspend or resume a running profile
Run \`scalene-ci <command> --help\` for a command's options.`;
async function main(argv, io) {
  const root = findPackageRoot(dirname3(fileURLToPath(import.meta.url)));
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "run":
        return await runCommand(rest, io, root);
      // Loaded on demand: `run` is timed by users, so it should not pay for the compare
      // engine, importers and renderers it does not use.
      case "compare":
        return await (await import("./compare-74UJV554.js")).compareCommand(rest, io);
      case "merge":
        return await (await import("./merge-XCNRP7P4.js")).mergeCommand(rest, io);
      case "report":
        return await (await import("./report-AEBYDLKP.js")).reportCommand(rest, io);
      case "profile":
        return await profileCommand(rest, io);
      case "--version":
      case "-v":
        io.stdout(toolVersion(root) + "\n");
        return 0;
      case void 0:
      case "--help":
      case "-h":
      case "help":
        io.stdout(USAGE + "\n");
        return cmd === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(cmd)} (commands: run, compare, report, merge, profile)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof NativeError) {
      io.stderr(`scalene-ci: ${e.message}
`);
      return 2;
    }
    io.stderr(`scalene-ci: internal error: ${errorMessage(e).split("\n")[0]} (set SCALENE_CI_DEBUG=1 for details)
`);
    if (process.env.SCALENE_CI_DEBUG) io.stderr(String(e?.stack) + "\n");
    return 70;
  }
}
export {
  main
};
