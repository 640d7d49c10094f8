#!/usr/bin/env bash
# Builds the LD_PRELOAD allocation/copy sampler: build/shim/libscalene_ci_shim.so.
# Usage: scripts/build-shim.sh [OUT_DIR]   (OUT_DIR defaults to build/shim)
# Linux only for now; elsewhere it says so and exits 0, so a build that calls it never fails
# on a platform where `scalene-ci run` falls back to JS-heap profiling anyway.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ "$(uname -s)" != Linux ]]; then
  echo "build-shim: the memory shim is built on Linux only (this is $(uname -s)); skipping" >&2
  exit 0
fi
if ! command -v "${CC:-cc}" >/dev/null 2>&1; then
  echo "build-shim: no C compiler (${CC:-cc}) found; install one (e.g. apt-get install gcc make) to enable native memory profiling" >&2
  exit 1
fi
if ! command -v make >/dev/null 2>&1; then
  echo "build-shim: 'make' not found; install it (e.g. apt-get install make)" >&2
  exit 1
fi
args=(-s -C "$root/native/shim")
if [[ $# -ge 1 ]]; then args+=("OUT=$(cd "$1" 2>/dev/null && pwd || { mkdir -p "$1" && cd "$1" && pwd; })"); fi
make "${args[@]}"
