#!/usr/bin/env bash
# diff-seeds.sh - two check reports of the seeds, one article's figure edited: the diff lists that change alone.
# Skips (77) without ../shared/seeds.
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
need_seeds
need_pipeline
cd "$TMP"
report () { (cd "$1" && "$XC" check --format json --manifest sources.tsv ./*.txt >"../$1.json" 2>/dev/null); }
mkdir old resolved conflict
cp "$SEEDS"/*.txt "$SEEDS"/sources.tsv old/
cp old/* resolved/
cp old/* conflict/
# 004 said 25 percent where the others say about 26: agree with them
sed -i 's/up by 25 percent/up by 26 percent/' resolved/004_*.txt
# 004 said $240.1 billion: make it a figure no one else gives
sed -i 's/\$240\.1 billion/$251.7 billion/' conflict/004_*.txt
cmp -s old/004_*.txt resolved/004_*.txt && fail "the edit did not apply"
report old; report resolved; report conflict
"$XC" diff old.json old.json >/dev/null 2>&1 || { echo "FAIL: crosscheck diff cannot read a check report" >&2; exit 1; }

expect_status 0 "same report: nothing" -- "$XC" diff old.json old.json
expect_in out '^0 new conflicts, 0 resolved, 0 changed, 0 added, 0 removed; sources: 0 added, 0 removed$' "no change"

expect_status 0 "resolved: exit 0" -- "$XC" diff old.json resolved.json
expect_in out '^0 new conflicts, 1 resolved, 0 changed, 0 added, 0 removed; sources: 0 added, 0 removed$' "exactly one change: a resolved conflict"
expect_in out '004_[0-9a-f]+\.txt: "25 percent" \([^)]*\) -> "26 percent"' "it is 004's figure"
expect_status 1 "--fail-on changed" -- "$XC" diff --fail-on changed old.json resolved.json

# whether that makes a conflict depends on who else states the figure (one publisher
# repeating itself is one voice): either way it is the one change listed
expect_status 1 "edited trade value: --fail-on changed" -- "$XC" diff --fail-on changed old.json conflict.json
expect_in out '^(1 new conflict, 0 resolved, 0 changed|0 new conflicts, 0 resolved, 1 changed), 0 added, 0 removed; sources: 0 added, 0 removed$' "exactly one change"
expect_in out '004_[0-9a-f]+\.txt: "\$240\.1 billion" \([^)]*\) -> "\$251\.7 billion"' "it is 004's figure"
expect_status 0 "--fail-on never" -- "$XC" diff --fail-on never old.json conflict.json

expect_status 1 "markdown" -- "$XC" diff --fail-on changed --format markdown old.json resolved.json
expect_in out '^#### Resolved conflicts \(1\)' "markdown section"
expect_status 0 "json" -- "$XC" diff --format json old.json resolved.json
expect_in out '"resolved-conflict" *: *1' "json summary"
finish
