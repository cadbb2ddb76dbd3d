#!/usr/bin/env bash
# Installs what is missing, builds, and opens SkyDraft on its built-in sample architecture.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/deps.sh" --gui
bash "$root/scripts/build.sh"
exec "${SKYDRAFT_BUILD_DIR:-$root/build}/app/skydraft" "$@"
