#!/usr/bin/env bash
# lint-baseline.sh - a baseline keeps old findings quiet when lines move and unrelated text changes
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
need_pipeline
cd "$TMP"
M=(--against "$FIX/sources" --manifest "$FIX/sources/sources.tsv" --no-config)
cp "$FIX/drafts/wrong-figure.md" draft.md

expect_status 0 "--write-baseline exits 0" -- "$XC" lint draft.md "${M[@]}" --write-baseline base.json
expect_in base.json '"fingerprint" *: *"[0-9a-f]{32}:0"' "baseline holds fingerprints"
expect_in base.json '"kind" *: *"contradicted"' "baseline holds the kind"
expect_status 0 "same draft against its baseline" -- "$XC" lint draft.md "${M[@]}" --baseline base.json

# move the paragraphs around and add unrelated lines above them
{ printf '# The Lindqvist Bridge\n\nA note added by the editor.\n\nAnother unrelated line.\n\n'
  sed -n '5p' "$FIX/drafts/wrong-figure.md"; printf '\n'
  sed -n '3p' "$FIX/drafts/wrong-figure.md"; } >draft.md
expect_status 0 "moved paragraphs: nothing new" -- "$XC" lint draft.md "${M[@]}" --baseline base.json
expect_not_in out 'error' "moved paragraphs: no error printed"
expect_status 1 "without the baseline the error is still there" -- "$XC" lint draft.md "${M[@]}"
expect_in out '^draft\.md:7:' "it moved to line 7"

# a new figure is new (contradicted or unsupported: either way not in the baseline)
printf '\nThe span runs 3.9 kilometers from shore to shore.\n' >>draft.md
expect_status 1 "a new finding is reported" -- "$XC" lint draft.md "${M[@]}" --baseline base.json --fail-on warning
expect_in out '"3\.9 kilometers" (contradicts|is stated by none)' "the new one"
expect_not_in out '"\$2\.6 billion"' "the old one stays quiet"
finish
