#!/usr/bin/env bash
# Screenshots of the main window on the built-in sample, in English and in Korean, for the
# README: docs/screenshot-en.png and docs/screenshot-ko.png. Run after a build (and after the
# Korean translation is updated, to retake the Korean one). Needs xvfb, xauth and imagemagick,
# and the screenshot tool (SCREENSHOT, default ../shared/tools/screenshot).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${SKYDRAFT_BUILD_DIR:-$root/build}/app/skydraft
shot=${SCREENSHOT:-$root/../shared/tools/screenshot}
[[ -x $binary ]] || { echo "screenshots: build first ($binary missing)" >&2; exit 2; }
mkdir -p "$root/docs"
for lang in en ko; do
  # A clean profile: no saved window layout, recent files or recovery files of the user's.
  profile=$(mktemp -d)
  case $lang in
    en) locale=en_US.UTF-8 ;;
    ko) locale=ko_KR.UTF-8 ;;
  esac
  env XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" \
      LANG=$locale LANGUAGE=$lang LC_MESSAGES= LC_ALL= \
      "$shot" "$root/docs/screenshot-$lang.png" --size 1400x900 --wait 5 -- "$binary"
  rm -rf "$profile"
done

# A drill in mid failover (the live simulation) and a study scenario in progress, English and
# Korean: docs/simulation-<lang>.png and docs/study-<lang>.png, offscreen with simshot and
# learnshot (tests/tools).
tools=${SKYDRAFT_BUILD_DIR:-$root/build}/tests
for lang in en ko; do
  case $lang in
    en) locale=en_US.UTF-8 ;;
    ko) locale=ko_KR.UTF-8 ;;
  esac
  profile=$(mktemp -d)
  run() { env XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" QT_QPA_PLATFORM=offscreen \
            LANG=$locale LANGUAGE=$lang LC_MESSAGES= LC_ALL= "$@"; }
  if [[ -x $tools/simshot ]]; then
    run "$tools/simshot" "$root/docs/simulation-$lang.png" :/drills/three-tier-az-loss.json 345 WebServerGroup 1400x900
  else
    echo "screenshots: $tools/simshot missing (build the tests)" >&2
  fi
  if [[ -x $tools/learnshot ]]; then
    run "$tools/learnshot" "$root/docs/study-$lang.png" rds-multi-az 1500x950
  else
    echo "screenshots: $tools/learnshot missing (build the tests)" >&2
  fi
  rm -rf "$profile"
done
