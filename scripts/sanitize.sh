#!/usr/bin/env bash
# Builds SkyDraft and its tests with clang, AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer into build-sanitize/ (or $SKYDRAFT_SANITIZE_DIR) and runs the tests there; any
# memory error, undefined behaviour or leak fails the test that met it. Arguments go to ctest
# (bash scripts/sanitize.sh -R import). .ci/run calls it after the normal tests. The same build
# replays the fuzzers' seed corpora (tests/fuzz) as tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SKYDRAFT_SANITIZE_DIR:-$root/build-sanitize}

bash "$root/scripts/deps.sh" --clang
command -v clang++ >/dev/null || { echo "sanitize: clang++ is needed (apt-get install clang libclang-rt-dev)" >&2; exit 2; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# As in build.sh: hashed relative to the checkout, so CI's fresh clone reuses what was compiled here.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [[ ! -f $build/build.ninja ]]; then
  # -O1 -g: sanitizer checks with readable stacks, at about half the cost of -O0.
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DSKYDRAFT_BUILD_BENCHMARKS=OFF "${launcher[@]}"
fi
# The fuzz targets too, their seed corpora replayed as tests (fuzz_regression_*).
cmake -S "$root" -B "$build" -DSKYDRAFT_SANITIZE=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
# intercept_tls_get_addr=0: clang 14's LeakSanitizer misreads glibc 2.36's dynamic TLS ranges and
# its tracer dies (SIGSEGV, "LeakSanitizer has encountered a fatal error") in about one exit in
# three of a program that started threads; leaks are still found (static TLS is still scanned).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0:intercept_tls_get_addr=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
# The tests run the sanitized skydraft binary too (tests/clisupport.h), under the same options.
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 1200 "$@"
