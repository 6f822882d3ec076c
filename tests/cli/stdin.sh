#!/usr/bin/env bash
# stdin.sh - '-' is standard input in extract, check, lint (a draft) and diff:
# the same output as the file gives, under the name --stdin-name sets
# ("<stdin>" without it), whose extension gives the format
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"

C="${XC_FIXTURES}/clusters/varella-quake"
A="$C/daily-ledger.md"
S="$FIX/sources"
D="$FIX/drafts/contested.md"
cd "$TMP"

# extract: the claims of the file, named <stdin>
"$XC" extract "$A" >"$TMP/file.txt" 2>/dev/null
expect_status 0 "extract - reads standard input" -- "$XC" extract - <"$A"
sed "s|^$A:|<stdin>:|" "$TMP/file.txt" >"$TMP/want.txt"
if diff -q "$TMP/want.txt" "$TMP/out" >/dev/null; then pass "extract -: same claims as the file"; else fail "extract -: claims differ"; diff "$TMP/want.txt" "$TMP/out" | head >&2; fi
expect_status 0 "extract --stdin-name" -- "$XC" extract --stdin-name ledger.md --format json - <"$A"
expect_in "$TMP/out" '"file":"ledger.md"' "the JSON names the document by --stdin-name"
expect_in "$TMP/out" '"source":"Daily Ledger"' "front matter is read from standard input"

# the name's extension picks the format: Markdown code is not prose, text is
printf 'Crews counted `41 boats` and 17 ferries.\n' >"$TMP/code.md"
expect_status 0 "extract --stdin-name x.md" -- "$XC" extract --stdin-name code.md - <"$TMP/code.md"
expect_not_in "$TMP/out" '41' "read as Markdown: no claim from a code span"
expect_in "$TMP/out" '^code\.md:1:[0-9]+: count 17' "the name and position of the prose claim"
expect_status 0 "extract - as text" -- "$XC" extract - <"$TMP/code.md"
expect_in "$TMP/out" '^<stdin>:1:[0-9]+: count 41' "read as plain text without a name"

# files and standard input together; '-' twice; nothing on standard input
expect_status 0 "extract - FILE" -- "$XC" extract - "$C/harbor-times.md" <"$A"
expect_in "$TMP/out" '^<stdin>:' "standard input is read"
expect_in "$TMP/out" 'harbor-times\.md:' "and the file"
expect_status 2 "extract - -" -- "$XC" extract - - <"$A"
expect_in "$TMP/err" "standard input \('-'\) is named 2 times" "says '-' was given twice"
expect_status 2 "extract - with nothing on it" -- "$XC" extract - </dev/null
expect_in "$TMP/err" "^crosscheck: <stdin>: empty file" "an empty standard input is named as such"

# check: standard input is one of the sources
expect_status 1 "check - FILES (conflicts: exit 1)" -- "$XC" check --format json --stdin-name ledger.md - "$C/harbor-times.md" "$C/northern-wire.md" <"$A"
expect_in "$TMP/out" '"ledger\.md"' "the report names standard input by --stdin-name"
"$XC" check --format json "$C" >"$TMP/dir.json" 2>/dev/null
n_dir=$(grep -o '"verdict"' "$TMP/dir.json" | wc -l)
n_stdin=$(grep -o '"verdict"' "$TMP/out" | wc -l)
[ "$n_dir" -eq "$n_stdin" ] && pass "check -: as many facts as with the file ($n_dir)" || fail "check -: $n_stdin facts, $n_dir with the file"

# lint: the draft on standard input gives the findings the file gives
"$XC" lint --no-config "$D" --manifest "$S/sources.tsv" --against "$S" >"$TMP/lint-file" 2>/dev/null
st_file=$?
expect_status "$st_file" "lint - --against" -- "$XC" lint --no-config - --manifest "$S/sources.tsv" --against "$S" <"$D"
sed "s|^$D:|<stdin>:|" "$TMP/lint-file" >"$TMP/want.txt"
if diff -q "$TMP/want.txt" "$TMP/out" >/dev/null; then pass "lint -: same findings as the file"; else fail "lint -: findings differ"; diff "$TMP/want.txt" "$TMP/out" | head >&2; fi
expect_in "$TMP/err" "in 1 draft checked against 3 sources" "the summary counts the draft"
expect_status "$st_file" "lint --stdin-name" -- "$XC" lint --no-config --stdin-name "$D" - --manifest "$S/sources.tsv" --against "$S" <"$D"
if diff -q "$TMP/lint-file" "$TMP/out" >/dev/null; then pass "lint --stdin-name: the file's own name"; else fail "lint --stdin-name differs"; fi
expect_status "$st_file" "lint -: SARIF" -- "$XC" lint --no-config --format sarif --stdin-name draft.md - --manifest "$S/sources.tsv" --against "$S" <"$D"
expect_in "$TMP/out" '"uri": *"draft\.md"' "SARIF names the draft by --stdin-name"
expect_status 2 "lint: --against -" -- "$XC" lint --no-config "$D" --against - <"$D"
expect_in "$TMP/err" "--against: standard input \('-'\) can only be a draft" "says where '-' may stand"
expect_status 2 "lint - -" -- "$XC" lint --no-config - - --against "$S" <"$D"

# diff: one of the two reports on standard input
R="$FIX/reports"
"$XC" diff --format json "$R/old.json" "$R/new.json" >"$TMP/diff-file" 2>/dev/null
st_file=$?
expect_status "$st_file" "diff - NEW" -- "$XC" diff --format json - "$R/new.json" <"$R/old.json"
if diff -q "$TMP/diff-file" "$TMP/out" >/dev/null; then pass "diff -: same as the file"; else fail "diff -: differs"; diff "$TMP/diff-file" "$TMP/out" | head >&2; fi
printf 'not json' >"$TMP/bad.json"
expect_status 2 "diff: bad report on standard input" -- "$XC" diff --stdin-name old-report.json - "$R/new.json" <"$TMP/bad.json"
expect_in "$TMP/err" "^crosscheck: old-report\.json: " "the error names --stdin-name"
expect_status 2 "diff - -" -- "$XC" diff - - <"$R/old.json"
expect_in "$TMP/err" "only one of the two" "says '-' can be only one"

finish
