#!/usr/bin/env bash
# Builds burn.node next to this script with nvcc (CUDA runtime linked statically) against
# the headers of the `node` on PATH: <prefix>/include/node, as Node's tarballs ship them.
set -euo pipefail
cd "$(dirname "$0")"
node_inc="$(dirname "$(dirname "$(command -v node)")")/include/node"
[ -f "$node_inc/node_api.h" ] || node_inc=/usr/include/node
nvcc -O2 -shared -Xcompiler -fPIC -arch="${CUDA_ARCH:-native}" -I"$node_inc" -o burn.node burn.cu
echo "built $(pwd)/burn.node"
