#!/usr/bin/env bash
# Builds the Debian package skydraft_<version>_<arch>.deb with CPack and checks it with lintian
# (fails on any lintian error). A separate build folder, build-deb/ (or $SKYDRAFT_DEB_BUILD_DIR):
# prefix /usr, Debian's flags from dpkg-buildflags with all hardening, no tests, Debian's file
# layout.
# The package is left in that folder; its path is the last line printed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SKYDRAFT_DEB_BUILD_DIR:-$root/build-deb}
bash "$root/scripts/deps.sh" --package

start=$SECONDS
cd "$root" # dpkg-buildflags maps the current folder out of the debug paths
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
if [[ ! -f $build/build.ninja ]]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # CMake takes CXXFLAGS and LDFLAGS from the environment when it first configures.
  CXXFLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
  LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" \
    cmake -S "$root" -B "$build" -G Ninja "${launcher[@]}" \
      -DCMAKE_BUILD_TYPE=None -DCMAKE_INSTALL_PREFIX=/usr \
      -DSKYDRAFT_BUILD_TESTS=OFF -DSKYDRAFT_BUILD_BENCHMARKS=OFF \
      -DSKYDRAFT_DEBIAN_LAYOUT=ON -DSKYDRAFT_UPDATE_DESKTOP_CACHES=OFF
fi
cmake --build "$build" --parallel "$(nproc)"
built=$SECONDS

rm -f "$build"/skydraft_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/skydraft_*.deb)
packed=$SECONDS

echo "== lintian $(lintian --version | awk '{print $2}')"
lintian --fail-on error --info --display-level ">=pedantic" --tag-display-limit 0 "$deb"
echo "package: build $((built - start)) s, cpack $((packed - built)) s, lintian $((SECONDS - packed)) s"
echo "$deb"
