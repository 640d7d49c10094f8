#!/bin/sh
# The `scalene-ci` bin (package.json "bin"; scripts/build.mjs copies it to dist/scalene-ci.sh).
# `run` on Linux goes to the native launcher (native/launch/launch.c), which starts the
# profiled command at once and the Node CLI beside it: no Node start-up before the program
# (docs/PERFORMANCE.md). Everything else, and any platform without a launcher, is the Node
# CLI, dist/cli.js. POSIX sh, with `readlink` and `uname` (both in POSIX.1-2024) where the
# built-ins below do not say; where one is missing, Node resolves the link and the Node CLI
# runs everything.
# Every run passes here first: what it needs to know comes from shell built-ins where it can
# (a `readlink` or `uname` is a fork and an exec, ~1.2 ms each on the runner's 2 cores).
self=$0
# npm links the bin (node_modules/.bin/scalene-ci -> ../scalene-ci/dist/scalene-ci.sh): that
# link is recognised by where it leads (the same file: `-ef`, in dash, bash, ksh and busybox);
# any other link is resolved.
if [ -L "$self" ]; then
  npm_target=${self%/.bin/*}/scalene-ci/dist/scalene-ci.sh
  if [ "$npm_target" != "$self" ] && [ "$npm_target" -ef "$self" ]; then
    self=$npm_target
  else
    self=$(readlink -f -- "$0" 2>/dev/null) || self=$(node -p 'require("fs").realpathSync(process.argv[1])' -- "$0") || exit 2
  fi
fi
dist=${self%/*}
[ "$dist" = "$self" ] && dist=.
if [ "$1" = run ] && [ -z "$SCALENE_CI_NO_LAUNCHER" ]; then
  # Linux names itself and its machine in /proc (kernel.arch: Linux 6.1 and later); uname elsewhere.
  platform=
  { read -r os < /proc/sys/kernel/ostype && read -r arch < /proc/sys/kernel/arch && platform="$os $arch"; } 2>/dev/null
  [ -n "$platform" ] || platform=$(uname -sm 2>/dev/null)
  case $platform in
    "Linux x86_64") launch=$dist/native/linux-x64/scalene-ci-launch ;;
    "Linux aarch64") launch=$dist/native/linux-arm64/scalene-ci-launch ;;
    *) launch= ;;
  esac
  if [ -n "$launch" ] && [ -x "$launch" ]; then exec "$launch" "$@"; fi
fi
exec node "$dist/cli.js" "$@"
