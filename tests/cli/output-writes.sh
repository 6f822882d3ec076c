#!/usr/bin/env bash
# output-writes.sh - no output lost in silence: a failed write exits 2 with a
# message, and -o replaces the previous report only after a good run
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
cd "$TMP"
cp "$FIX/sources/"*.txt .
src=(*.txt)

# standard output on a full disk
if [ -w /dev/full ]; then
  for f in text json jsonl; do
    "$XC" extract --format "$f" "${src[@]}" >/dev/full 2>err
    st=$?
    if [ "$st" -eq 2 ] && grep -q 'standard output: No space left on device' err; then pass "extract --format $f > /dev/full: exit 2"
    else fail "extract --format $f > /dev/full: exit $st, $(head -c 200 err)"; fi
  done
  "$XC" check "${src[@]}" >/dev/full 2>err
  st=$?
  if [ "$st" -eq 2 ] && grep -q 'No space left on device' err; then pass "check > /dev/full: exit 2"
  else fail "check > /dev/full: exit $st"; fi
  expect_status 2 "check -o /dev/full" -- "$XC" check -o /dev/full "${src[@]}"
else
  echo "SKIP: no /dev/full"
fi

# -o: a good report, then a run whose writes fail (file size limit) keeps it whole
expect_status 0 "check -o report.json" -- "$XC" check --fail-on never --format json -o report.json "${src[@]}"
good=$(md5sum <report.json)
[ "$(stat -c %s report.json)" -gt 2048 ] || fail "the report is too small for the test"
chmod 640 report.json
( ulimit -f 1; trap '' XFSZ; "$XC" check --fail-on never --format json -o report.json "${src[@]}" ) >out 2>err
st=$?
if [ "$st" -eq 2 ] && grep -q 'report.json: File too large' err; then pass "a write that fails: exit 2 naming the file"
else fail "a write that fails: exit $st, $(head -c 300 err)"; fi
[ "$(md5sum <report.json)" = "$good" ] && pass "the previous report is whole" || fail "the previous report was damaged"
[ "$(stat -c %a report.json)" = 640 ] && pass "its mode is kept" || fail "mode $(stat -c %a report.json)"
leftover=$(find . -name '.report.json.*' | wc -l)
[ "$leftover" -eq 0 ] && pass "no temporary file left" || fail "$leftover temporary files left"
# a good run replaces it, keeping the mode
printf 'Officials counted 3 bridges in 2021.\n' >extra.txt
expect_status 0 "a second good run" -- "$XC" check --fail-on never --format json -o report.json "${src[@]}" extra.txt
[ "$(md5sum <report.json)" != "$good" ] && pass "replaced" || fail "not replaced"
[ "$(stat -c %a report.json)" = 640 ] && pass "mode kept on replace" || fail "mode $(stat -c %a report.json)"
finish
