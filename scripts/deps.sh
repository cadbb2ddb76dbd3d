#!/usr/bin/env bash
# Installs the system packages SkyDraft needs to build, test and run, on Debian 12 or
# Ubuntu 24.04. Only missing packages are installed; apt runs through sudo when not root.
set -euo pipefail

# poppler-utils: pdftotext, with which tst_cli_report reads the PDF drill report back.
packages=(
  cmake ninja-build g++ ccache pkg-config python3
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libboost-graph-dev nlohmann-json3-dev libyaml-cpp-dev libbenchmark-dev
  fonts-noto-cjk
  # The install test checks the installed tree with the desktop's validators and runs the
  # shell completions.
  desktop-file-utils appstream shared-mime-info libglib2.0-bin man-db
  bash-completion zsh
  poppler-utils
)
# The GUI command also needs a display; the test command never does. The sanitizer build and
# the fuzzers (scripts/sanitize.sh, scripts/fuzz.sh) need clang and its runtime libraries; the
# package build (scripts/package.sh) needs CPack's helpers and lintian.
for arg in "$@"; do
  case $arg in
    --gui) packages+=(qt6-qpa-plugins) ;;
    --clang) packages+=(clang libclang-rt-dev) ;;
    --package) packages+=(dpkg-dev lintian) ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
