#!/usr/bin/env bash
# Writes the man page skydraft.1 from `skydraft --help` at build time:
#   gen-manpage.sh SKYDRAFT TEMPLATE OUTPUT
# The SYNOPSIS, the COMMANDS and the notes under DESCRIPTION come from --help (in English), so
# a new command or option appears in the man page with the next build. The rest (options,
# exit status, environment, files) is TEMPLATE (skydraft.1.in); the install test checks that it
# describes every option --help lists. The date honours SOURCE_DATE_EPOCH.
set -euo pipefail
skydraft=$1 template=$2 output=$3

help=$(LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= "$skydraft" --help)
version=$(LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= "$skydraft" --version | awk '{ print $2 }')
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)

# --help's usage block: "  skydraft FORM   description", synopsis continuation lines that
# start with "[", description continuation lines; then a blank line and notes. Written to
# OUTPUT.synopsis, OUTPUT.commands and OUTPUT.notes, then put into the template.
trap 'rm -f "$output".synopsis "$output".commands "$output".notes "$output".tmp' EXIT
printf '%s\n' "$help" | awk -v out="$output" '
  function esc(s) {
    gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s)
    return s
  }
  # A usage form in roff: the program and command bold, options and values bold, placeholders
  # italic.
  function form(s,    n, t, i, pre, post, core, res, m, v, j) {
    n = split(s, t, / +/); res = ""
    for (i = 1; i <= n; i++) {
      core = t[i]; pre = ""; post = ""
      while (substr(core, 1, 1) == "[") { pre = pre "["; core = substr(core, 2) }
      if (match(core, /[]]+(\.\.\.)?$/)) { post = substr(core, RSTART); core = substr(core, 1, RSTART - 1) }
      else if (match(core, /\.\.\.$/)) { post = "..."; core = substr(core, 1, RSTART - 1) }
      if (i <= 2 && core ~ /^[a-z]+$/) core = "\\fB" core "\\fR"
      else if (core ~ /^-/) core = "\\fB" esc(core) "\\fR"
      else if (core ~ /\|/) {
        m = split(core, v, "|"); core = ""
        for (j = 1; j <= m; j++) core = core (j > 1 ? "|" : "") "\\fB" esc(v[j]) "\\fR"
      }
      else if (core ~ /^[A-Z]/) core = "\\fI" esc(core) "\\fR"
      else core = esc(core)
      res = res (i > 1 ? " " : "") pre core post
    }
    return res
  }
  function flush() {
    if (syn == "") return
    print ".br\n" form(syn) > (out ".synopsis")
    if (syn !~ /^skydraft -/) print ".TP\n" form(syn) "\n" esc(desc) > (out ".commands")
    syn = ""; desc = ""
  }
  /^Usage:/ { inusage = 1; next }
  inusage && /^  skydraft / {
    flush()
    s = substr($0, 3)
    if (match(s, /   +/)) { syn = substr(s, 1, RSTART - 1); desc = substr(s, RSTART + RLENGTH) }
    else { syn = s; desc = "" }
    next
  }
  inusage && /^ +\[/ && desc == "" { s = $0; sub(/^ +/, "", s); syn = syn " " s; next }
  inusage && /^ +[^ ]/ { s = $0; sub(/^ +/, "", s); desc = desc (desc == "" ? "" : " ") s; next }
  inusage && /^$/ { flush(); inusage = 0; next }
  !inusage && NF { print esc($0) > (out ".notes") }
  END { flush() }'
[[ -s $output.synopsis && -s $output.commands ]] || { echo "gen-manpage: no usage found in skydraft --help" >&2; exit 1; }
touch "$output.notes"

# Fill the template: the %SYNOPSIS%, %COMMANDS% and %NOTES% lines are replaced, %VERSION% and
# %DATE% substituted.
awk -v version="$version" -v date="$date" -v out="$output" '
  function insert(f,    l) { while ((getline l < f) > 0) print l; close(f) }
  /^%SYNOPSIS%$/ { insert(out ".synopsis"); next }
  /^%COMMANDS%$/ { insert(out ".commands"); next }
  /^%NOTES%$/ { insert(out ".notes"); next }
  { gsub(/%VERSION%/, version); gsub(/%DATE%/, date); print }
' "$template" >"$output.tmp"
mv "$output.tmp" "$output"
