#!/usr/bin/env bash
# lint-drafts.sh - several drafts in one run: each is judged against the sources alone,
# never supported or contradicted by another draft, whatever they share
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
need_pipeline
cd "$TMP"
M=(--no-config --verbose --fail-on never --manifest "$FIX/sources/sources.tsv" --against "$FIX/sources")

# results FILE: "DRAFT LINE RULE suppressed|active" per SARIF result (suppressed ones too)
results () {
  python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["runs"][0]["results"]:
    loc = r["locations"][0]["physicalLocation"]
    print(loc["artifactLocation"]["uri"].split("/")[-1], loc["region"]["startLine"], r["ruleId"],
          "suppressed" if r.get("suppressions") else "active")' "$1"
}
command -v python3 >/dev/null || skip "no python3"

# two drafts with the same wrong figure, one of them suppressing it: both contradicted
expect_status 0 "two drafts with one wrong figure" -- "$XC" lint "$FIX/drafts/wrong-figure.md" "$FIX/drafts/suppressed.md" \
  "${M[@]}" --format sarif -o both.sarif
results both.sarif >both.txt
expect_in both.txt '^wrong-figure\.md 5 contradicted active$' "wrong-figure.md: the figure is contradicted"
expect_in both.txt '^suppressed\.md 4 contradicted suppressed$' "suppressed.md: the same figure is contradicted (and suppressed)"
expect_not_in both.txt 'unsupported' "neither draft's figure is unsupported"

# drafts that state the same figures as each other, in the same words: each is
# judged as if it were the only one (the same findings, word for word)
# (and a draft of other figures beside them: the sources' terms weigh as if it were not there)
cp "$FIX/drafts/wrong-figure.md" copy.md
printf '# The bridge\n\nThe Lindqvist Bridge cost $1.8 billion and carried its first cars on June 4, 2024.\n' >other.md
drafts=("$FIX/drafts/wrong-figure.md" "$FIX/drafts/contested.md" "$FIX/drafts/suppressed.md" copy.md other.md)
"$XC" lint "${drafts[@]}" "${M[@]}" >together 2>/dev/null
: >alone
for d in "${drafts[@]}"; do
  "$XC" lint "$d" "${M[@]}" >>alone 2>/dev/null
done
sort together >together.sorted
sort alone >alone.sorted
if [ -s alone.sorted ] && cmp -s together.sorted alone.sorted; then
  pass "five drafts in one run: the findings of each alone ($(wc -l <alone.sorted) lines)"
else
  fail "five drafts in one run differ from each alone"
  diff alone.sorted together.sorted | sed 's/^/  /' | head -20 >&2
fi
expect_in together '^[^ ]*contested\.md:5:22: warning: "18 percent" is contested: .*\[contested\]$' "contested.md stays contested beside four other drafts"
expect_in together '^copy\.md:5:18: error: "\$2\.6 billion" contradicts "\$1\.8 billion" .* and 2 more sources \[contradicted\]$' "a copy of a draft does not support it"
finish
