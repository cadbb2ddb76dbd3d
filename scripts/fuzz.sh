#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and UBSan into
# build-fuzz/ (or $SKYDRAFT_FUZZ_DIR), seeds each corpus from the samples, drills and fixtures,
# and runs each target for MINUTES minutes (default 5).
#   bash scripts/fuzz.sh [MINUTES] [native|cfn|drill]...
# Findings land in build-fuzz/findings/<target>/ (crash-*, timeout-*, oom-*): each becomes a
# test input (tests/data/hostile/) with the fix. The script exits 1 when any target found one.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SKYDRAFT_FUZZ_DIR:-$root/build-fuzz}
minutes=${1:-5}
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(native cfn drill)

bash "$root/scripts/deps.sh" --clang
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (apt-get install clang libclang-rt-dev)" >&2; exit 2; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DSKYDRAFT_FUZZ=ON -DSKYDRAFT_BUILD_TESTS=OFF -DSKYDRAFT_BUILD_BENCHMARKS=OFF "${launcher[@]}"
fi
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

seed() { # seed TARGET FILES...
  local dir=$build/corpus/$1
  shift
  mkdir -p "$dir"
  for f in "$@"; do [[ -f $f ]] && cp -n "$f" "$dir/" || true; done
}
seed native "$root"/resources/samples/*.skydraft "$root"/tests/data/hostile/*.skydraft
seed cfn "$root"/tests/fixtures/cloudformation/*.{yaml,yml,json,template} "$root"/tests/data/hostile/*.{yaml,json}
seed drill "$root"/resources/drills/*.json

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
found=0
for t in "${targets[@]}"; do
  mkdir -p "$build/findings/$t"
  echo "fuzz: $t for $minutes minute(s)" >&2
  if ! "$build/tests/fuzz/fuzz_$t" "$build/corpus/$t" -max_total_time=$((minutes * 60)) -timeout=10 \
      -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 -artifact_prefix="$build/findings/$t/" \
      > "$build/findings/$t.log" 2>&1; then
    echo "fuzz: $t found a problem: see $build/findings/$t.log and $build/findings/$t/" >&2
    found=1
  fi
  grep -E '^stat::number_of_executed_units|^Done' "$build/findings/$t.log" >&2 || true
done
exit $found
