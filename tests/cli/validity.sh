#!/usr/bin/env bash
# validity.sh - output that stays valid: file names that are not UTF-8 give
# valid JSON (bytes written as \xNN), and a claim wrapped over two lines of a
# draft is one line of `gnu` output
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
cd "$TMP"
bad=$(printf 'caf\xe9')            # Latin-1 "café": not UTF-8
mkdir -p "$bad" src
printf -- '---\nsource: Daily Wire\npublished: 2024-05-02\n---\nThe port handled 40 ships in April.\n' >"$bad/a.txt"
printf -- '---\nsource: The Bugle\npublished: 2024-05-03\n---\nThe port handled 43 ships in April.\n' >src/b.txt

valid_utf8 () { iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1; }

"$XC" extract --format json "$bad" src >out.json 2>err
valid_utf8 out.json && pass "extract json: valid UTF-8" || fail "extract json: not UTF-8"
expect_in out.json '"file":"caf\\\\xe9/a.txt"' "the byte written as \\xe9"

"$XC" check --fail-on never --format json -o old.json "$bad" src 2>err
valid_utf8 old.json && pass "check json: valid UTF-8" || fail "check json: not UTF-8"
cp old.json new.json
expect_status 0 "crosscheck's own diff reads it back" -- "$XC" diff old.json new.json

for f in json sarif rdjsonl; do
  "$XC" lint --no-config --format "$f" "$bad/a.txt" --against src >lint.$f 2>err
  valid_utf8 lint.$f && pass "lint $f: valid UTF-8" || fail "lint $f: not UTF-8"
done
cp lint.json lint2.json
expect_status 0 "a lint report with the name diffs" -- "$XC" diff lint.json lint2.json

# a draft whose figures are wrapped over two lines
printf -- '---\nsource: Draft\n---\nThe port handled 41\nships in April, up 26\npercent.\n' >wrapped.md
"$XC" lint --no-config --format gnu wrapped.md --against src >gnu.out 2>err
n=$(grep -c . gnu.out)
[ "$n" -ge 2 ] || fail "expected findings, got $n lines"
if grep -Evq '^wrapped\.md:[0-9]+:[0-9]+: (error|warning|note): .* \[[a-z-]+\]$' gnu.out; then
  fail "a gnu line broken:"; sed 's/^/  | /' gnu.out >&2
else pass "gnu: one line a finding ($n)"; fi
expect_in gnu.out '"26 percent"' "the wrapped claim on one line"
finish
