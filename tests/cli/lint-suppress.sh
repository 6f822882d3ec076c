#!/usr/bin/env bash
# lint-suppress.sh - inline disable comments hide findings; one that hides nothing is a warning
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
need_pipeline
cd "$TMP"
M=(--against "$FIX/sources" --manifest "$FIX/sources/sources.tsv" --no-config)
cp "$FIX/drafts/suppressed.md" draft.md

expect_status 0 "suppressed error: exit 0" -- "$XC" lint draft.md "${M[@]}"
expect_not_in out 'contradicted' "the error is hidden"
expect_in out '^draft\.md:6:1: warning: .*crosscheck-disable-next-line.* suppresses nothing \[unused-suppression\]$' "unused suppression warned"

{ printf '<!-- crosscheck-disable -->\n'; cat "$FIX/drafts/wrong-figure.md"; printf '<!-- crosscheck-enable -->\n'; } >block.md
expect_status 0 "block suppression" -- "$XC" lint --unsupported=off block.md "${M[@]}"
expect_not_in out 'error' "block hides the error"
{ cat "$FIX/drafts/wrong-figure.md"; printf '\n<!-- crosscheck-disable -->\nNothing here.\n<!-- crosscheck-enable -->\n'; } >late.md
expect_status 1 "a block below does not hide what is above" -- "$XC" lint late.md "${M[@]}"
expect_in out 'unused-suppression' "and it is reported unused"
finish
