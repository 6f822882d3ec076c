#!/usr/bin/env bash
# locale.sh - the same bytes out whatever the locale: under tr_TR.UTF-8 (where
# "i" and "I" are not a case pair) and de_DE.UTF-8 (decimal comma) as under
# C.UTF-8. A missing locale is generated into a temporary folder with
# localedef when the locale sources are there; otherwise the test is skipped.
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
cd "$TMP"

# LOCPATH for @1 (tr_TR.UTF-8), or return 1
find_locale () {
  local want=$1 base=${1%%.*}
  if grep -qix "${base}\.utf-\?8" <<<"$(locale -a 2>/dev/null)"; then LOCPATH_FOR=""; return 0; fi
  command -v localedef >/dev/null || return 1
  mkdir -p "$TMP/loc"
  localedef -i "$base" -f UTF-8 "$TMP/loc/$want" >/dev/null 2>&1 || [ -d "$TMP/loc/$want" ] || return 1
  LOCPATH_FOR="$TMP/loc"
}

# two sources with words that a Turkish lower-casing changes (ÇIKIŞ, İZMİR) and a conflict
mkdir -p in
printf -- '---\nsource: Daily Wire\npublished: 2024-05-02\n---\nThe ÇIKIŞ İZMİR ferry line carried 4.5 million passengers in 2023, officials said. INFLATION in İzmir reached 61.5 percent in March.\n' >in/a.md
printf -- '---\nsource: The Bugle\npublished: 2024-05-03\n---\nThe ÇIKIŞ İZMİR ferry line carried 3.9 million passengers in 2023. INFLATION in İzmir reached 61.5 percent in March.\n' >in/b.md
printf -- '---\nsource: Draft\n---\nThe ÇIKIŞ İZMİR ferry line carried 4.1 million passengers in 2023.\n' >draft.md

run_all () {   # OUTDIR ENV...: every format of every subcommand, run with env ENV...
  local o=$1
  shift
  local XC=(env "$@" "$XC")
  mkdir -p "$o"
  for f in text json; do "${XC[@]}" extract --format "$f" in draft.md >"$o/extract.$f" 2>&1; done
  for f in text json markdown html; do "${XC[@]}" check --all --format "$f" in "$FIX/sources" >"$o/check.$f" 2>&1; done
  for f in gnu json sarif markdown github; do "${XC[@]}" lint --no-config --format "$f" draft.md --against in >"$o/lint.$f" 2>&1; done
  "${XC[@]}" check --format json -o "$o/r.json" in >/dev/null 2>&1
  "${XC[@]}" diff --all "$o/r.json" "$o/r.json" >"$o/diff.text" 2>&1
}

run_all c LC_ALL=C.UTF-8
grep -q 'CONFLICT' c/check.text || fail "the fixture has no conflict to print"
checked=0
for loc in tr_TR.UTF-8 de_DE.UTF-8; do
  if ! find_locale "$loc"; then
    echo "SKIP: $loc: not installed and cannot be generated (localedef, locale sources)"
    continue
  fi
  checked=$((checked + 1))
  if [ -n "$LOCPATH_FOR" ]; then run_all "$loc" LOCPATH="$LOCPATH_FOR" LC_ALL="$loc"; else run_all "$loc" LC_ALL="$loc"; fi
  # the locale is in force: its own programs use it
  grep -q "^LC_CTYPE=\"$loc\"" <<<"$(env ${LOCPATH_FOR:+LOCPATH="$LOCPATH_FOR"} LC_ALL="$loc" locale 2>&1)" || fail "$loc is not in force"
  sed -i "s#$TMP/$loc/#$TMP/c/#g" "$loc/diff.text"
  if diff -r c "$loc" >diff.out; then pass "$loc: every output as under C.UTF-8"
  else fail "$loc: outputs differ from C.UTF-8"; head -20 diff.out >&2; fi
done
[ "$checked" -gt 0 ] || skip "no Turkish or German locale on this machine"
finish
