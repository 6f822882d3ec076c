#!/usr/bin/env bash
# vocabulary.sh - one vocabulary across extract, check, lint and diff: -o,
# --color=auto|always|never with NO_COLOR and FORCE_COLOR, -q, -v, --fail-on
# never (none accepted too), and GLib's option errors in the program's voice
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
need_pipeline
C="${XC_FIXTURES}/clusters/varella-quake"
S="$FIX/sources"
D="$FIX/drafts/wrong-figure.md"
R="$FIX/reports"
L=(--manifest "$S/sources.tsv" --against "$S" --no-config)
cd "$TMP"
unset NO_COLOR FORCE_COLOR
ESC=$'\033'

# every subcommand: the same options in --help, the same usage error
for cmd in extract check lint diff; do
  expect_status 0 "$cmd --help" -- "$XC" "$cmd" --help
  for opt in "-o, --output" "--color" "-q, --quiet" "-v, --verbose"; do
    expect_in "$TMP/out" -- "$opt" "$cmd --help lists $opt"
  done
  expect_status 2 "$cmd --bogus" -- "$XC" "$cmd" --bogus x
  expect_in "$TMP/err" "^crosscheck: $cmd: unknown option --bogus \(try 'crosscheck $cmd --help'\)$" \
    "$cmd: GLib's message lowercase, prefixed and with the way out"
  expect_status 2 "$cmd --color=sometimes" -- "$XC" "$cmd" --color=sometimes x
  expect_in "$TMP/err" "^crosscheck: $cmd: --color takes 'auto', 'always' or 'never', not 'sometimes'" "$cmd: names --color's words"
done

# --fail-on never everywhere; none, lint's old word, too
expect_status 1 "check: a conflict fails" -- "$XC" check "$C"
for w in never none; do
  expect_status 0 "check --fail-on $w" -- "$XC" check --fail-on "$w" "$C"
  expect_status 0 "lint --fail-on $w" -- "$XC" lint "$D" "${L[@]}" --fail-on "$w"
  expect_status 0 "diff --fail-on $w" -- "$XC" diff --fail-on "$w" "$R/old.json" "$R/new.json"
done
expect_status 1 "lint: an error fails" -- "$XC" lint "$D" "${L[@]}"
printf '[lint]\nfail-on = never\n' >.crosscheck.ini
expect_status 0 "fail-on = never in .crosscheck.ini" -- "$XC" lint "$D" --manifest "$S/sources.tsv" --against "$S"
rm .crosscheck.ini

# colour: --color decides; auto follows NO_COLOR, then FORCE_COLOR, then the terminal
has_esc () { if grep -q "$ESC" "$TMP/out"; then pass "$1"; else fail "$1: no colour"; fi; }
no_esc () { if grep -q "$ESC" "$TMP/out"; then fail "$1: colour"; else pass "$1"; fi; }
expect_status 1 "check --color=always" -- "$XC" check --color=always "$C"; has_esc "check --color=always colours a pipe"
expect_status 1 "check (auto, a pipe)" -- "$XC" check "$C"; no_esc "auto: no colour into a pipe"
expect_status 1 "check FORCE_COLOR=1" -- env FORCE_COLOR=1 "$XC" check "$C"; has_esc "FORCE_COLOR colours a pipe"
expect_status 1 "check FORCE_COLOR=0" -- env FORCE_COLOR=0 "$XC" check "$C"; no_esc "FORCE_COLOR=0 does not"
expect_status 1 "check NO_COLOR and FORCE_COLOR" -- env NO_COLOR=1 FORCE_COLOR=1 "$XC" check "$C"; no_esc "NO_COLOR wins over FORCE_COLOR"
expect_status 1 "check --color=always NO_COLOR" -- env NO_COLOR=1 "$XC" check --color=always "$C"; has_esc "--color=always wins over NO_COLOR"
expect_status 1 "check --color=never FORCE_COLOR" -- env FORCE_COLOR=1 "$XC" check --color=never "$C"; no_esc "--color=never wins over FORCE_COLOR"
expect_status 1 "lint --color=always" -- "$XC" lint --color=always "$D" "${L[@]}"; has_esc "lint colours its levels"
expect_in "$TMP/out" "${ESC}\[1;31merror${ESC}\[0m" "an error in bold red"
expect_status 1 "lint --color=always -f json" -- "$XC" lint --color=always -f json "$D" "${L[@]}"; no_esc "JSON is never coloured"

# -o on every subcommand that writes
expect_status 0 "extract -o" -- "$XC" extract -o claims.txt "$C"
[ -s claims.txt ] && [ ! -s "$TMP/out" ] && pass "extract -o writes the file, not standard output" || fail "extract -o"
expect_status 1 "check -o" -- "$XC" check -o report.txt "$C"
[ -s report.txt ] && pass "check -o writes the file" || fail "check -o"
expect_status 1 "lint -o" -- "$XC" lint -o lint.txt "$D" "${L[@]}"
[ -s lint.txt ] && pass "lint -o writes the file" || fail "lint -o"
expect_status 0 "diff -o" -- "$XC" diff --fail-on never -o diff.txt "$R/old.json" "$R/new.json"
[ -s diff.txt ] && pass "diff -o writes the file" || fail "diff -o"
expect_status 2 "extract -o into a missing folder" -- "$XC" extract -o nowhere/claims.txt "$C"
expect_in "$TMP/err" "nowhere/claims\.txt" "names the file it cannot write"

# -q: no warnings, no summary; errors still. -v: more on standard error
printf 'It happened on Tuesday, when 12 ships sailed.\n' >undated.txt
expect_status 0 "extract (a warning)" -- "$XC" extract undated.txt
expect_in "$TMP/err" "warning:" "a document without a date is warned about"
expect_status 0 "extract -q" -- "$XC" extract -q undated.txt
[ ! -s "$TMP/err" ] && pass "extract -q: nothing on standard error" || fail "extract -q: $(cat "$TMP/err")"
expect_status 2 "extract -q with a missing file" -- "$XC" extract -q missing.txt
expect_in "$TMP/err" "missing\.txt: no such file" "-q keeps errors"
expect_status 1 "lint -q" -- "$XC" lint -q "$D" "${L[@]}"
expect_not_in "$TMP/err" "checked against" "lint -q: no summary"
expect_status 0 "extract -v" -- "$XC" extract -v "$C/harbor-times.md"
expect_in "$TMP/err" "harbor-times\.md: [0-9]+ claims" "extract -v: the count of each input"
expect_status 1 "lint -v" -- "$XC" lint -v "$D" "${L[@]}"
expect_in "$TMP/out" ": note: " "lint -v: notes too"
expect_status 0 "diff -v" -- "$XC" diff -v --fail-on never "$R/old.json" "$R/new.json"
expect_in "$TMP/err" "are check reports" "diff -v: which kind"
finish
