#!/bin/sh
# The `scalene-ci` bin (package.json "bin"; scripts/build.mjs copies it to dist/scalene-ci.sh).
# `run` on Linux goes to the native launcher (native/launch/launch.c), which starts the
# profiled command at once and the Node CLI beside it: no Node start-up before the program
# (docs/PERFORMANCE.md). Everything else, and any platform without a launcher, is the Node
# CLI, dist/cli.js. POSIX sh, with `readlink` and `uname` (both in POSIX.1-2024); where one
# is missing, Node resolves the link and the Node CLI runs everything.
self=$0
# npm links the bin (node_modules/.bin/scalene-ci -> ../scalene-ci/dist/scalene-ci.sh).
if [ -L "$self" ]; then
  self=$(readlink -f -- "$0" 2>/dev/null) || self=$(node -p 'require("fs").realpathSync(process.argv[1])' -- "$0") || exit 2
fi
dist=${self%/*}
[ "$dist" = "$self" ] && dist=.
if [ "$1" = run ] && [ -z "$SCALENE_CI_NO_LAUNCHER" ]; then
  case $(uname -sm 2>/dev/null) in
    "Linux x86_64") launch=$dist/native/linux-x64/scalene-ci-launch ;;
    "Linux aarch64") launch=$dist/native/linux-arm64/scalene-ci-launch ;;
    *) launch= ;;
  esac
  if [ -n "$launch" ] && [ -x "$launch" ]; then exec "$launch" "$@"; fi
fi
exec node "$dist/cli.js" "$@"
