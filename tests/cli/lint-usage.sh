#!/usr/bin/env bash
# lint-usage.sh - lint's and diff's usage, configuration and input errors: exit 2 with a message that says why
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"

D="$FIX/drafts/contested.md"
S="$FIX/sources"
cd "$TMP"

expect_status 2 "no arguments" -- "$XC" lint --no-config
expect_in "$TMP/err" "no draft" "no draft is named"
expect_status 2 "no sources" -- "$XC" lint --no-config "$D"
expect_in "$TMP/err" "give --against or --facts" "says what is missing"
expect_status 2 "unknown format" -- "$XC" lint --no-config --format xml "$D" --against "$S"
expect_in "$TMP/err" "unknown format 'xml'" "names the format"
expect_status 2 "bad --fail-on" -- "$XC" lint --no-config --fail-on sometimes "$D" --against "$S"
expect_in "$TMP/err" "--fail-on: 'sometimes'" "names the option"
expect_status 2 "bad --severity" -- "$XC" lint --no-config --severity loud "$D" --against "$S"
expect_status 2 "bad --severity level" -- "$XC" lint --no-config --severity contested=loud "$D" --against "$S"
expect_status 2 "bad --unsupported" -- "$XC" lint --no-config --unsupported=maybe "$D" --against "$S"
expect_status 2 "tolerance out of range" -- "$XC" lint --no-config --tolerance 3 "$D" --against "$S"
expect_status 2 "unknown option" -- "$XC" lint --no-config --frobnicate "$D" --against "$S"
expect_status 2 "missing draft" -- "$XC" lint --no-config "$TMP/nope.md" --against "$S"
expect_in "$TMP/err" "nope.md" "names the missing file"
expect_status 2 "missing baseline" -- "$XC" lint --no-config --baseline "$TMP/none.json" "$D" --against "$S"

# configuration errors name file, line and key
printf '[lint]\nfail-on = error\n\ncolour = blue\n' >"$TMP/.crosscheck.ini"
expect_status 2 "unknown config key" -- "$XC" lint "$D" --against "$S"
expect_in "$TMP/err" "\.crosscheck\.ini:4: colour: unknown key in \[lint\]" "file, line and key"
printf '[severity]\ncontested = loud\n' >"$TMP/.crosscheck.ini"
expect_status 2 "bad config value" -- "$XC" lint "$D" --against "$S"
expect_in "$TMP/err" "\.crosscheck\.ini:2: contested: 'loud' is not a level" "file, line and key of a bad value"
mkdir -p "$TMP/sub/dir"
(cd "$TMP/sub/dir" && "$XC" lint "$D" --against "$S" >"$TMP/out" 2>"$TMP/err"); st=$?
[ "$st" -eq 2 ] && pass "config found walking up" || fail "config found walking up: exit $st"
expect_in "$TMP/err" "\.\./\.\./\.crosscheck\.ini:2" "the found file is named relative to here"
expect_status 2 "--config names another file" -- "$XC" lint --config "$TMP/missing.ini" "$D" --against "$S"
rm "$TMP/.crosscheck.ini"

expect_status 0 "lint --help" -- "$XC" lint --help
expect_in "$TMP/out" "--against" "help lists --against"
expect_in "$TMP/out" "--write-baseline" "help lists --write-baseline"
expect_status 0 "help lint" -- "$XC" help lint

expect_status 2 "diff: one report" -- "$XC" diff "$TMP/a.json"
expect_status 2 "diff: missing reports" -- "$XC" diff "$TMP/a.json" "$TMP/b.json"
expect_status 2 "diff: bad format" -- "$XC" diff --format xml "$TMP/a.json" "$TMP/b.json"
expect_status 2 "diff: bad --fail-on" -- "$XC" diff --fail-on always "$TMP/a.json" "$TMP/b.json"
printf 'not json' >"$TMP/bad.json"
expect_status 2 "diff: not a report" -- "$XC" diff "$TMP/bad.json" "$TMP/bad.json"
finish
