# lint-common.sh - sourced by the lint-*.sh and diff-*.sh CLI tests: the program, temp dirs, checks
# SPDX-License-Identifier: MIT
set -uo pipefail

XC="${1:-${XC_CROSSCHECK:-crosscheck}}"
case "$XC" in */*) XC="$(cd "$(dirname "$XC")" && pwd)/$(basename "$XC")" ;; esac
FIX="${XC_FIXTURES:?XC_FIXTURES is not set}/lint"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
failures=0

fail () { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass () { echo "ok: $*"; }
skip () { echo "SKIP: $*"; exit 77; }

# expect_status WANT DESCRIPTION -- runs the rest, stdout to $TMP/out, stderr to $TMP/err
expect_status () {
  local want="$1" what="$2"
  shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    fail "$what: exit $got, wanted $want"
    sed 's/^/  out: /' "$TMP/out" | head -20 >&2
    sed 's/^/  err: /' "$TMP/err" | head -20 >&2
  else
    pass "$what"
  fi
}

# expect_in FILE REGEX DESCRIPTION
expect_in () {
  if grep -Eq -- "$2" "$1"; then pass "$3"; else fail "$3: /$2/ not in $(basename "$1")"; sed 's/^/  | /' "$1" | head -20 >&2; fi
}
expect_not_in () {
  if grep -Eq -- "$2" "$1"; then fail "$3: /$2/ found in $(basename "$1")"; sed 's/^/  | /' "$1" | head -20 >&2; else pass "$3"; fi
}
# count_lines FILE REGEX
count_lines () { grep -Ec -- "$2" "$1" || true; }

# The lint pipeline rests on extraction, alignment and verdicts: `crosscheck
# check` must find the invented fixtures' conflict, or every lint test is moot.
need_pipeline () {
  "$XC" check --format json --manifest "$FIX/sources/sources.tsv" "$FIX/sources" >"$TMP/probe" 2>/dev/null
  if ! grep -Eq '"verdict"[[:space:]]*:[[:space:]]*"conflict"' "$TMP/probe"; then
    echo "FAIL: crosscheck check finds no conflict in $FIX/sources" >&2
    exit 1
  fi
}

need_seeds () {
  SEEDS="${XC_SHARED:-}/seeds"
  [ -n "${XC_SHARED:-}" ] && [ -d "$SEEDS" ] || skip "no seeds (XC_SHARED/seeds) on this machine"
}

finish () {
  if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
  fi
  exit 0
}
