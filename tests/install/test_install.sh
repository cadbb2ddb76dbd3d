#!/usr/bin/env bash
# The install test (CTest "install"): installs a build into a temporary DESTDIR with
# `cmake --install` and checks the installed tree the way the desktop and the shell will use it:
#   - the files are where freedesktop.org and Debian expect them, the binary has no RUNPATH;
#   - the installed binary runs from there: --version, and check/validate/simulate of the
#     installed samples and drills, from a path with spaces and Hangul on a read-only folder;
#   - desktop-file-validate, appstreamcli validate (--pedantic) and validate-tree,
#     update-mime-database, update-desktop-database accept what is installed; GIO (what file
#     managers use) then types a design as application/x-skydraft by name and by content and
#     offers SkyDraft for it;
#   - the icons are the sizes their folders say, the man page renders without warnings, and the
#     man page, the bash completion and the zsh completion name every command, option and
#     option value that `skydraft --help` lists (bash: by running the completion function).
# Usage: test_install.sh BUILD_DIR APP_ID
set -uo pipefail
build=${1:?usage: test_install.sh BUILD_DIR APP_ID}
id=${2:?usage: test_install.sh BUILD_DIR APP_ID}
build=$(cd "$build" && pwd)

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

for tool in desktop-file-validate appstreamcli update-mime-database update-desktop-database gio man readelf zsh; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/deps.sh installs it)" >&2; exit 1; }
done
bash_completion_lib=${BASH_COMPLETION_LIB:-/usr/share/bash-completion/bash_completion}
[[ -r $bash_completion_lib ]] || { echo "FAIL: bash-completion is missing (scripts/deps.sh installs it)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= # English output to compare against
export XDG_CONFIG_HOME=$tmp/home/config XDG_DATA_HOME=$tmp/home/data XDG_CACHE_HOME=$tmp/home/cache
unset LD_LIBRARY_PATH

# --- install ---------------------------------------------------------------------------------
prefix=/usr
if ! DESTDIR=$tmp/root cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log" >&2
  echo "FAIL: cmake --install" >&2
  exit 1
fi
root=$tmp/root$prefix
share=$root/share

# Man page and zsh completion have two layouts (SKYDRAFT_DEBIAN_LAYOUT for the package).
man_page=$share/man/man1/skydraft.1
[[ -f $man_page.gz ]] && man_page=$man_page.gz
zsh_completion=$share/zsh/site-functions/_skydraft
[[ -f $share/zsh/vendor-completions/_skydraft ]] && zsh_completion=$share/zsh/vendor-completions/_skydraft
expected=(
  "$root/bin/skydraft"
  "$share/applications/$id.desktop"
  "$share/metainfo/$id.metainfo.xml"
  "$share/mime/packages/$id.xml"
  "$share/icons/hicolor/scalable/apps/$id.svg"
  "$share/icons/hicolor/48x48/apps/$id.png"
  "$share/icons/hicolor/256x256/apps/$id.png"
  "$man_page"
  "$share/bash-completion/completions/skydraft"
  "$zsh_completion"
  "$share/skydraft/samples/three-tier.skydraft"
  "$share/skydraft/drills/three-tier-instance-failure.json"
  "$share/doc/skydraft/copyright"
  "$share/doc/skydraft/changelog.gz"
)
for f in "${expected[@]}"; do
  [[ -f $f ]] || fail "not installed: ${f#"$tmp/root"}"
done
# Nothing else: every installed file is one of the above, a sample or a drill.
while IFS= read -r f; do
  case $f in
    "$share"/skydraft/samples/*.skydraft | "$share"/skydraft/drills/*.json) ;;
    *) grep -qxF -- "$f" <<<"$(printf '%s\n' "${expected[@]}")" || fail "unexpected file installed: ${f#"$tmp/root"}" ;;
  esac
done < <(find "$tmp/root" -type f -o -type l)
[[ -x $root/bin/skydraft ]] || { echo "FAIL: no installed binary; stopping" >&2; exit 1; }
if readelf -d "$root/bin/skydraft" | grep -E 'RPATH|RUNPATH' >"$tmp/out"; then
  fail "the installed binary has a RPATH/RUNPATH: $(cat "$tmp/out")"
else
  ok "no RPATH/RUNPATH"
fi

# --- the installed program runs from its prefix, away from the build ------------------------
skydraft=$root/bin/skydraft
cd "$tmp"
version=$("$skydraft" --version) || fail "skydraft --version exits $?"
[[ $version =~ ^skydraft\ ([0-9][0-9.]*)$ ]] || fail "skydraft --version says \"$version\""
version=${BASH_REMATCH[1]:-}
ok "$("$skydraft" --version)"
metainfo_version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$share/metainfo/$id.metainfo.xml" | head -n 1)
[[ $metainfo_version == "$version" ]] || fail "the metainfo's latest release is \"$metainfo_version\", the program says \"$version\""
changelog_version=$(zcat "$share/doc/skydraft/changelog.gz" | sed -n '1s/^skydraft (\([^)]*\)).*/\1/p')
[[ $changelog_version == "$version" ]] || fail "the Debian changelog's version is \"$changelog_version\", the program says \"$version\""

for sample in "$share"/skydraft/samples/*.skydraft; do
  "$skydraft" validate "$sample" >/dev/null 2>"$tmp/err" || fail "validate $(basename "$sample"): $(cat "$tmp/err")"
done
if "$skydraft" check "$share/skydraft/samples/three-tier.skydraft" >"$tmp/out" 2>&1; then
  ok "check of the installed three-tier sample"
else
  fail "check of the installed three-tier sample: $(cat "$tmp/out")"
fi
"$skydraft" simulate "$share/skydraft/samples/three-tier.skydraft" \
  --drill "$share/skydraft/drills/three-tier-instance-failure.json" >"$tmp/out" 2>&1 \
  || fail "simulate of the installed drill: $(tail -n 5 "$tmp/out")"
# A path as a file manager hands it over: spaces, Hangul, on a read-only folder.
odd_dir="$tmp/My Designs/설계 모음"
mkdir -p "$odd_dir"
cp "$share/skydraft/samples/three-tier.skydraft" "$odd_dir/세 계층 (사본).skydraft"
chmod a-w "$odd_dir/세 계층 (사본).skydraft" "$odd_dir"
"$skydraft" check "$odd_dir/세 계층 (사본).skydraft" >"$tmp/out" 2>&1 \
  && ok "check of a read-only file with spaces and Hangul in its path" \
  || fail "check of \"$odd_dir/세 계층 (사본).skydraft\": $(cat "$tmp/out")"
# The designer opens it (offscreen) and keeps running until stopped.
QT_QPA_PLATFORM=offscreen timeout 4 "$skydraft" "$odd_dir/세 계층 (사본).skydraft" >"$tmp/gui.out" 2>&1
rc=$?
if [[ $rc -eq 124 ]]; then ok "the designer starts on it"; else fail "the designer exited $rc on it: $(cat "$tmp/gui.out")"; fi

# --- desktop entry -----------------------------------------------------------------------------
desktop=$share/applications/$id.desktop
if desktop-file-validate "$desktop" >"$tmp/out" 2>&1 && ! grep -qE 'error:|warning:' "$tmp/out"; then
  ok "desktop-file-validate: no error or warning, $(grep -c 'hint:' "$tmp/out") hint(s)"
  sed 's/^/  /' "$tmp/out"
else
  fail "desktop-file-validate: $(cat "$tmp/out")"
fi
grep -qx 'Exec=skydraft %f' "$desktop" || fail "the desktop entry's Exec is not 'skydraft %f'"
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon is not $id"
grep -qx 'MimeType=application/x-skydraft;' "$desktop" || fail "the desktop entry's MimeType"
for key in Name GenericName Comment Keywords; do
  grep -q "^$key=" "$desktop" || fail "the desktop entry has no $key"
done
for key in GenericName Comment Keywords; do
  grep -q "^$key\[ko\]=" "$desktop" || fail "the desktop entry has no Korean $key"
done

# --- AppStream -----------------------------------------------------------------------------------
metainfo=$share/metainfo/$id.metainfo.xml
if appstreamcli validate --no-net --pedantic --no-color "$metainfo" >"$tmp/out" 2>&1 \
    && ! grep -qE '^[EWIP]: ' "$tmp/out"; then
  ok "appstreamcli validate --pedantic: $(tail -n 1 "$tmp/out")"
else
  fail "appstreamcli validate --pedantic: $(cat "$tmp/out")"
fi
if appstreamcli validate-tree --no-net --pedantic --no-color "$tmp/root" >"$tmp/out" 2>&1 \
    && ! grep -qE '^[EWIP]: ' "$tmp/out"; then
  ok "appstreamcli validate-tree --pedantic"
else
  fail "appstreamcli validate-tree --pedantic: $(cat "$tmp/out")"
fi
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "the metainfo's launchable"
grep -q '<binary>skydraft</binary>' "$metainfo" || fail "the metainfo does not provide the binary"

# --- MIME type, and the file manager's view of a design ----------------------------------------
export XDG_DATA_DIRS=$share:/usr/local/share:/usr/share # as if installed: where the desktop looks
if update-mime-database "$share/mime" >"$tmp/out" 2>&1 && [[ ! -s $tmp/out ]]; then
  ok "update-mime-database"
else
  fail "update-mime-database: $(cat "$tmp/out")"
fi
grep -qx 'application/x-skydraft application/json' "$share/mime/subclasses" 2>/dev/null \
  || fail "application/x-skydraft is not a subclass of application/json"
grep -q 'xml:lang="ko"' "$share/mime/application/x-skydraft.xml" 2>/dev/null || fail "the MIME type has no Korean comment"
update-desktop-database "$share/applications" >"$tmp/out" 2>&1 && [[ ! -s $tmp/out ]] \
  || fail "update-desktop-database: $(cat "$tmp/out")"
grep -qx "application/x-skydraft=$id.desktop;" "$share/applications/mimeinfo.cache" 2>/dev/null \
  || fail "mimeinfo.cache does not give application/x-skydraft to $id.desktop"
rm -f "$share/mime/packages/"*.cache

files=$tmp/files
mkdir -p "$files"
cp "$share/skydraft/samples/three-tier.skydraft" "$files/by-name.skydraft"
cp "$share/skydraft/samples/three-tier.skydraft" "$files/by-content"     # no extension: magic
printf '{"format":"skydraft","version":1,"resources":[]}\n' >"$files/minified"
printf '{"format": "other", "resources": []}\n' >"$files/plain.json"
content_type() {
  gio info -a standard::content-type "$1" 2>&1 \
    | sed -n 's/^ *standard::content-type: //p'
}
for f in by-name.skydraft by-content minified; do
  t=$(content_type "$files/$f")
  [[ $t == application/x-skydraft ]] && ok "GIO types $f as $t" || fail "GIO types $f as \"$t\", not application/x-skydraft"
done
t=$(content_type "$files/plain.json")
[[ $t == application/json ]] || fail "GIO types a plain JSON file as \"$t\""
# The entry's TryExec=skydraft hides it unless skydraft is on PATH.
PATH=$root/bin:$PATH gio mime application/x-skydraft >"$tmp/out" 2>&1
if grep -q "$id.desktop" "$tmp/out"; then ok "GIO offers $id.desktop for application/x-skydraft"; else
  fail "GIO does not offer SkyDraft for application/x-skydraft: $(cat "$tmp/out")"; fi

# --- icons -------------------------------------------------------------------------------------
png_size() { # width x height from the PNG header
  local b
  b=($(od -An -tu1 -j16 -N8 "$1"))
  [[ $(head -c 8 "$1" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a && ${#b[@]} -eq 8 ]] || { echo "not a PNG"; return; }
  echo "$(((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]))x$(((b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7]))"
}
for size in 48 256; do
  got=$(png_size "$share/icons/hicolor/${size}x${size}/apps/$id.png")
  [[ $got == "${size}x${size}" ]] && ok "$size px icon" || fail "the ${size}x${size} icon is $got"
done
grep -q '<svg' "$share/icons/hicolor/scalable/apps/$id.svg" || fail "the scalable icon is not an SVG"

# --- what --help lists: commands, their options, option values -----------------------------
"$skydraft" --help >"$tmp/help.txt" || fail "skydraft --help exits $?"
# One line per option: "COMMAND OPTION [VALUE|VALUE...]", and "COMMAND" alone for each command.
awk '
  /^  skydraft [a-z]/ { cmd = $2; print cmd; start = 3 }
  /^  skydraft [^a-z]/ { cmd = ""; next }
  /^ +\[/ && cmd != "" { start = 1 }
  !/^  skydraft / && !/^ +\[/ { cmd = ""; next }
  cmd != "" {
    for (i = start; i <= NF; i++) {
      t = $i; gsub(/[][]|\.\.\./, "", t)
      if (t !~ /^-/) continue
      v = $(i + 1); gsub(/[][]|\.\.\./, "", v)
      print cmd, t, ((v ~ /\|/ && v !~ /^-/) ? v : "")
    }
  }' "$tmp/help.txt" >"$tmp/spec"
commands=($(awk 'NF == 1' "$tmp/spec"))
[[ ${#commands[@]} -ge 7 ]] || fail "found only ${#commands[@]} commands in --help: ${commands[*]}"
ok "--help lists: ${commands[*]} ($(awk 'NF > 1' "$tmp/spec" | wc -l) options)"

# --- man page ------------------------------------------------------------------------------------
MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man_page" >/dev/null 2>"$tmp/man.err"
[[ -s $tmp/man.err ]] && fail "man reports: $(cat "$tmp/man.err")" || ok "the man page renders without warnings"
MANWIDTH=200 man -l "$man_page" 2>/dev/null | col -b >"$tmp/man.txt"
for section in NAME SYNOPSIS DESCRIPTION ENVIRONMENT FILES 'EXIT STATUS'; do
  grep -q "^$section" "$tmp/man.txt" || fail "the man page has no $section section"
done
grep -q "skydraft $version" "$tmp/man.txt" || fail "the man page is not for version $version"
# The OPTIONS section's entries ("       --from A, --to B").
sed -n '/^OPTIONS/,/^[A-Z]/p' "$tmp/man.txt" | grep -E '^ {7}-' >"$tmp/man-options.txt"
while read -r cmd opt values; do
  grep -q "^ *skydraft $cmd" "$tmp/man.txt" || fail "the man page does not name the command $cmd"
  if [[ -n $opt ]]; then
    grep -qE -e "(^ {7}|, )$opt( |,|\$)" "$tmp/man-options.txt" || fail "the man page's OPTIONS does not describe $opt ($cmd)"
  fi
  [[ -n $values ]] && { grep -qF -e "$values" "$tmp/man.txt" || fail "the man page does not list $cmd $opt $values"; }
done <"$tmp/spec"
for opt in $(grep -oE '^  skydraft -[-a-z]+' "$tmp/help.txt" | awk '{ print $2 }'); do
  grep -qE -e "^ {7}$opt( |,|\$)" "$tmp/man-options.txt" || fail "the man page's OPTIONS does not describe $opt"
done

# --- bash completion -------------------------------------------------------------------------
# complete WORD... : what Tab offers after "WORD..." (the last word is the one being completed).
complete_bash() {
  bash -c '
    source "$1" && source "$2" || exit 3
    shift 2
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _skydraft skydraft "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf "%s\n" "${COMPREPLY[@]}"' bash "$bash_completion_lib" "$share/bash-completion/completions/skydraft" "$@" 2>&1 </dev/null
}
bash_before=$failures
offered=$(complete_bash skydraft '')
for cmd in "${commands[@]}"; do
  grep -qx "$cmd" <<<"$offered" || fail "bash completion does not offer the command $cmd"
done
while read -r cmd opt values; do
  [[ -z $opt ]] && continue
  got=$(complete_bash skydraft "$cmd" design.skydraft "${opt:0:1}")
  grep -qx -e "$opt" <<<"$got" || fail "bash completion does not offer $opt after 'skydraft $cmd'"
  if [[ -n $values ]]; then
    got=$(complete_bash skydraft "$cmd" design.skydraft "$opt" '' | sort | tr '\n' '|')
    want=$(tr '|' '\n' <<<"$values" | sort | tr '\n' '|')
    [[ $got == "$want" ]] || fail "bash completion offers \"$got\" after 'skydraft $cmd $opt', --help says \"$want\""
  fi
done <"$tmp/spec"
got=$(complete_bash skydraft check design.skydraft --format=s)
[[ $got == sarif ]] || fail "bash completion of --format=s offers \"$got\""
# Files by extension.
mkdir -p "$tmp/cwd/folder" && cd "$tmp/cwd"
touch design.skydraft stack.yaml notes.txt drill.json out.csv
got=$(complete_bash skydraft check '' | sort | tr '\n' ' ')
[[ $got == "design.skydraft drill.json folder stack.yaml " ]] || fail "bash completion of 'skydraft check' offers \"$got\""
got=$(complete_bash skydraft simulate design.skydraft --drill '' | sort | tr '\n' ' ')
[[ $got == "drill.json folder " ]] || fail "bash completion of --drill offers \"$got\""
got=$(complete_bash skydraft export design.skydraft --to png -o '' | sort | tr '\n' ' ')
[[ $got == "folder " ]] || fail "bash completion of export --to png -o offers \"$got\""
cd "$tmp"
# Resource ids for reach.
got=$(complete_bash skydraft reach "$share/skydraft/samples/three-tier.skydraft" --from Web)
grep -qx WebServerGroup <<<"$got" || fail "bash completion of reach --from Web offers \"$got\""
got=$(complete_bash skydraft reach "$share/skydraft/samples/three-tier.skydraft" --from WebServerGroup --to int)
[[ $got == internet ]] || fail "bash completion of reach --to int offers \"$got\""
((failures == bash_before)) && ok "bash completion offers every command, option and value --help lists"

# --- zsh completion: it parses, and names every command, option and value --help lists -------
zsh_before=$failures
zsh -n "$zsh_completion" 2>"$tmp/out" || fail "zsh cannot parse $zsh_completion: $(cat "$tmp/out")"
while read -r cmd opt values; do
  if [[ -z $opt ]]; then
    grep -q "'$cmd:" "$zsh_completion" || fail "zsh completion does not describe the command $cmd"
    grep -q "^ *$cmd)" "$zsh_completion" || fail "zsh completion has no arguments for $cmd"
    continue
  fi
  # The option in the command's _arguments block.
  awk -v c="$cmd" '$1 == c ")" { on = 1; next } on && /;;/ { print; on = 0 } on' "$zsh_completion" >"$tmp/zsh-block"
  if grep -q 'template_options' "$tmp/zsh-block"; then # the shared --param/--region specs
    awk '/template_options=\(/ { on = 1; next } on && /^ *\)/ { on = 0 } on' "$zsh_completion" >>"$tmp/zsh-block"
  fi
  grep -qF -e "'$opt" -e "'*$opt" -e "\"$opt" "$tmp/zsh-block" || fail "zsh completion does not offer $opt for $cmd"
  [[ -n $values ]] && { grep -qF -e "(${values//|/ })" "$tmp/zsh-block" || fail "zsh completion does not offer $cmd $opt $values"; }
done <"$tmp/spec"

((failures == zsh_before)) && ok "zsh completion names every command, option and value --help lists"

if ((failures > 0)); then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "install test passed"
