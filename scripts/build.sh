#!/usr/bin/env bash
# Configures (once) and builds SkyDraft into build/ (or $SKYDRAFT_BUILD_DIR) with Ninja and ccache.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SKYDRAFT_BUILD_DIR:-$root/build}
type=${SKYDRAFT_BUILD_TYPE:-RelWithDebInfo}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${launcher[@]}" "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
