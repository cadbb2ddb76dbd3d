#!/usr/bin/env bash
# Configures (once) and builds SkyDraft into build/ (or $SKYDRAFT_BUILD_DIR) with Ninja and ccache.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SKYDRAFT_BUILD_DIR:-$root/build}
type=${SKYDRAFT_BUILD_TYPE:-RelWithDebInfo}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Paths inside the checkout are hashed relative to it: another clone (CI's fresh one, a git
# worktree) reuses what this one compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
# -g would otherwise put the build folder into every hash, and no other clone would ever hit
# (the debug info then names the folder of the clone that compiled first).
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${launcher[@]}" "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
