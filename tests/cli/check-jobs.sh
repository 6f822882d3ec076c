#!/usr/bin/env bash
# check-jobs.sh - `check --jobs N`: the report in every format, what is printed on
# standard error and the exit status are those of one thread, whatever N, on every
# fixture story at once (text, Markdown and HTML articles, a manifest with a row no
# input matches, inputs that fail to load, -v's count per input) and on claims read
# back (--claims); a negative N is a usage error
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
cd "$TMP"
: >empty.txt
printf 'The port handled 40 ships, \xe2\x82 up 3%%.\n' >invalid.txt
first=$(find "$XC_FIXTURES/clusters" -name '*.md' | sort | head -n 1)
printf 'file\tsource\tpublished\n%s\tMarked Wire\t2024-03-01\nnowhere.txt\tNobody\t\n' "$first" >m.tsv
inputs=("$XC_FIXTURES/clusters" "$XC_FIXTURES/example" empty.txt invalid.txt missing.txt)

# run NAME ARGS...: stdout, stderr and exit status of one run, kept under NAME
run () {
  local name=$1
  shift
  "$XC" "$@" >"$name.out" 2>"$name.err"
  echo $? >"$name.status"
}
# same A B WHAT: the two runs gave the same bytes and the same status
same () {
  if cmp -s "$1.out" "$2.out" && cmp -s "$1.err" "$2.err" && cmp -s "$1.status" "$2.status"; then
    pass "$3"
  else
    fail "$3"
    diff "$1.err" "$2.err" | head -10 >&2
    cmp "$1.out" "$2.out" >&2
  fi
}

for format in json text markdown html; do
  run "$format-1" check -v --jobs 1 --format "$format" --manifest m.tsv "${inputs[@]}"
  expect_in "$format-1.err" 'empty\.txt: empty file' "$format: a failed input is reported"
  expect_in "$format-1.err" 'no input matches the row for .nowhere\.txt' "$format: the manifest's unused row is reported"
  expect_in "$format-1.err" 'coastal-times\.html: [0-9]+ claims' "$format: -v counts the HTML article's claims"
  [ "$(cat "$format-1.status")" = 2 ] && pass "$format: exit 2 (failed inputs)" || fail "$format: exit $(cat "$format-1.status")"
  for jobs in 2 4 64; do
    run "$format-$jobs" check -v --jobs "$jobs" --format "$format" --manifest m.tsv "${inputs[@]}"
    same "$format-1" "$format-$jobs" "$format: --jobs $jobs gives what --jobs 1 gives"
  done
done
# the default (one thread per processor) too, and -j
run default check -v --format json --manifest m.tsv "${inputs[@]}"
same json-1 default "json: the default number of threads gives what --jobs 1 gives"
run short check -v -j 3 --format json --manifest m.tsv "${inputs[@]}"
same json-1 short "json: -j 3 gives what --jobs 1 gives"

# claims read back: stories on threads, nothing to extract
"$XC" extract --format jsonl "$XC_FIXTURES/clusters" >claims.jsonl 2>/dev/null
run claims-1 check --jobs 1 --format json --claims claims.jsonl
run claims-4 check --jobs 4 --format json --claims claims.jsonl
same claims-1 claims-4 "--claims: --jobs 4 gives what --jobs 1 gives"
expect_in claims-1.out '"stories": [0-9]+' "--claims: a run of several stories"

expect_status 2 "--jobs -1 is a usage error" -- "$XC" check --jobs -1 "$XC_FIXTURES/example"
expect_in "$TMP/err" "check: --jobs takes a number of threads" "--jobs -1 says why"
finish
