#!/usr/bin/env bash
# lint-seeds.sh - the acceptance checks on the seeds: one wrong figure is one error; a disputed one a warning;
# SARIF fields; a baseline survives moved paragraphs. Skips (77) without ../shared/seeds.
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
need_seeds
need_pipeline
cd "$TMP"
cp "$FIX/seeds/draft-wrong-figure.md" draft.md
S=(--no-config --manifest "$SEEDS/sources.tsv" --against "$SEEDS"/*.txt)

expect_status 1 "wrong figure: exit 1" -- "$XC" lint draft.md "${S[@]}"
[ "$(count_lines out ': error: ')" -eq 1 ] && pass "exactly one error" || fail "$(count_lines out ': error: ') errors"
expect_in out '^draft\.md:7:4: error: "22 percent" contradicts "[^"]+" \(The Epoch Times, 00[0-4]_[0-9a-f]+\.txt:[0-9]+\) and [0-9]+ more sources? \[contradicted\]$' "the error is on the wrong figure and names the sources"

expect_status 1 "sarif of the first run" -- "$XC" lint draft.md "${S[@]}" --format sarif -o run.sarif
for field in '"\$schema"' '"version" *: *"2\.1\.0"' '"semanticVersion"' '"rules"' '"shortDescription"' \
    '"fullDescription"' '"help"' '"defaultConfiguration"' '"ruleId" *: *"contradicted"' '"level" *: *"error"' \
    '"uri" *: *"draft\.md"' '"startLine" *: *7' '"startColumn" *: *4' '"endLine" *: *7' '"endColumn" *: *14' \
    '"relatedLocations"' '"uri" *: *"[^"]*seeds/00[0-4]_[0-9a-f]+\.txt"' '"partialFingerprints"'; do
  expect_in run.sarif "$field" "sarif: $field"
done

expect_status 0 "baseline from the first run" -- "$XC" lint draft.md "${S[@]}" --write-baseline base.json
# the paragraphs in another order, with a new one on top
{ printf '# Beijing and Moscow, spring 2024\n\nAn editor added this line.\n\n'
  sed -n '9,10p' "$FIX/seeds/draft-wrong-figure.md"; printf '\n'
  sed -n '6,7p' "$FIX/seeds/draft-wrong-figure.md"; printf '\n'
  sed -n '3,4p' "$FIX/seeds/draft-wrong-figure.md"; } >draft.md
expect_status 0 "moved paragraphs against the baseline" -- "$XC" lint draft.md "${S[@]}" --baseline base.json
expect_not_in out ': (error|warning): ' "nothing new"

cp "$FIX/seeds/draft-contested.md" draft.md
expect_status 0 "disputed figure: exit 0" -- "$XC" lint draft.md "${S[@]}"
expect_in out '^draft\.md:7:4: warning: "26 percent" is contested: [0-9]+ sources? agrees? .*[0-9]+ disagrees? .*\[contested\]$' "contested warning with both sides"
expect_not_in out ': error: ' "no error"
finish
