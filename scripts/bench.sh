#!/usr/bin/env bash
# Builds in Release (build-bench/) and runs the benchmarks. Extra arguments go to each one,
# e.g. --benchmark_filter=Load.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/deps.sh"
SKYDRAFT_BUILD_DIR=$root/build-bench SKYDRAFT_BUILD_TYPE=Release bash "$root/scripts/build.sh"
for b in "$root"/build-bench/tests/benchmarks/bench_*; do
  [[ -x $b ]] || continue
  echo "== $(basename "$b")"
  QT_QPA_PLATFORM=offscreen "$b" "$@"
done
