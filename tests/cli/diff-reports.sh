#!/usr/bin/env bash
# diff-reports.sh - `crosscheck diff` over two hand-written check reports: each format, each exit status
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
R="$FIX/reports"
cd "$TMP"

expect_status 1 "new conflict: exit 1" -- "$XC" diff "$R/old.json" "$R/new.json"
expect_in out '^1 new conflict, 1 resolved, 0 changed, 0 added, 0 removed; sources: 1 added, 0 removed$' "summary line"
expect_in out '^  lanes share · 2024 \[g-lanes\]: \(none\) -> conflict$' "the new conflict"
expect_in out '^    valley-ledger\.txt: "21%" \(21 %\) -> "18%" \(18 %\)$' "the resolved one's change"
expect_in out '^  river-wire\.txt \(River Wire\)$' "the added source"
expect_not_in out 'g-share' "unchanged facts are not listed"
expect_status 1 "--all" -- "$XC" diff --all "$R/old.json" "$R/new.json"
expect_in out '^Unchanged:$' "--all lists unchanged facts"
expect_in out 'toll share · 2024 \[g-share\]: agree -> agree' "--all: the unchanged fact"

expect_status 1 "the other way round" -- "$XC" diff "$R/new.json" "$R/old.json"
expect_in out '^1 new conflict, 1 resolved, 0 changed, 0 added, 0 removed; sources: 0 added, 1 removed$' "reversed: the same changes, mirrored"
expect_in out '^    valley-ledger\.txt: "18%" \(18 %\) -> "21%" \(21 %\)$' "reversed values"
expect_status 0 "identical reports" -- "$XC" diff "$R/old.json" "$R/old.json"
expect_status 0 "identical: --fail-on changed" -- "$XC" diff --fail-on changed "$R/old.json" "$R/old.json"
expect_status 0 "--fail-on never" -- "$XC" diff --fail-on never "$R/old.json" "$R/new.json"

expect_status 1 "markdown" -- "$XC" diff --format markdown "$R/old.json" "$R/new.json"
expect_in out '^### crosscheck diff$' "markdown heading"
expect_in out '^\| lanes share · 2024 `g-lanes` \| \(none\) → conflict \|' "markdown row"
expect_status 1 "json" -- "$XC" diff --format json -o diff.json "$R/old.json" "$R/new.json"
expect_in diff.json '"new-conflict" *: *1' "json: summary"
expect_in diff.json '"change" *: *"resolved-conflict"' "json: a change"
expect_in diff.json '"sources_added" *: *\[' "json: sources"
finish
