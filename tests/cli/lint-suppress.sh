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
# per rule, with a reason: the error goes only when its rule is named
{ printf '<!-- crosscheck-disable contradicted -- the 2019 figure, checked with the ministry -->\n'
  cat "$FIX/drafts/wrong-figure.md"; printf '<!-- crosscheck-enable -->\n'; } >named.md
expect_status 0 "a block naming the rule hides the error" -- "$XC" lint --unsupported=off named.md "${M[@]}"
expect_not_in out 'contradicts' "the contradicted finding is hidden"
{ printf '<!-- crosscheck-disable contested,unsupported -- other rules -->\n'
  cat "$FIX/drafts/wrong-figure.md"; printf '<!-- crosscheck-enable -->\n'; } >other.md
expect_status 1 "a block naming other rules leaves the error" -- "$XC" lint --unsupported=off other.md "${M[@]}"
expect_in out 'contradicts' "the contradicted finding stays"
expect_status 0 "SARIF keeps the reason" -- "$XC" lint --unsupported=off --format sarif named.md "${M[@]}"
expect_in out '"justification" *: *"the 2019 figure, checked with the ministry"' "as the suppression's justification"
{ printf '<!-- crosscheck-disable-next-line contradicted,contradictd -->\n'; sed -n '3p' "$FIX/drafts/wrong-figure.md"; } >typo.md
expect_status 0 "an unknown rule" -- "$XC" lint --unsupported=off typo.md "${M[@]}"
expect_in err "typo\.md:1: crosscheck-disable-next-line: unknown rule 'contradictd'" "is warned about with its line"

# plain-text drafts: a line comment; its reason gives no claim
grep -v '^#\|^$' "$FIX/drafts/wrong-figure.md" | sed 's/<!--.*-->//' >plain.txt
expect_status 1 "a .txt draft without a comment" -- "$XC" lint --unsupported=off plain.txt "${M[@]}"
{ sed -n 1p plain.txt; printf '// crosscheck-disable-next-line contradicted -- confirmed 3 times by the builder\n'
  sed -n 2p plain.txt; } >commented.txt
expect_status 0 "// crosscheck-disable-next-line in a .txt draft" -- "$XC" lint --unsupported=off commented.txt "${M[@]}"
expect_not_in out 'contradicts' "hides the error on the next line"
expect_status 0 "the comment's figure" -- "$XC" lint --unsupported=off --verbose --format json commented.txt "${M[@]}"
expect_not_in out '"3 times"' "the reason's figure is not a claim"
finish
