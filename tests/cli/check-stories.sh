#!/usr/bin/env bash
# check-stories.sh - `check --stories`: two fixture stories in one run come out story by
# story (JSON `story` members, text and Markdown headings), the same verdicts as
# each alone; a given story (manifest column, another field) wins; `none` mixes
# them; one story alone prints no story at all; a bad value is a usage error.
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
CL="$XC_FIXTURES/clusters"
cd "$TMP"

# conflicts NAME.json: the conflict groups' member lists, one a line, sorted
conflicts () { python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
for g in r["groups"]:
    if g["verdict"] == "conflict":
        print(" ".join("%s:%d" % (m["file"], m["offset"]) for m in g["members"]))' "$1" | sort; }

command -v python3 >/dev/null || skip "python3 is needed to read the reports"
expect_status 1 "two stories" -- "$XC" check --format json -o mix.json "$CL/kestria-visit" "$CL/lumeria-vote"
expect_in mix.json '"stories": 2' "the summary counts two stories"
expect_in mix.json '"story": "' "groups and documents name their story"
"$XC" check --format json -o a.json "$CL/kestria-visit" >/dev/null 2>&1
"$XC" check --format json -o b.json "$CL/lumeria-vote" >/dev/null 2>&1
expect_not_in a.json '"stor(y|ies)"' "one story alone: no story members"
cat <(conflicts a.json) <(conflicts b.json) | sort > alone.txt
conflicts mix.json > mixed.txt
if cmp -s alone.txt mixed.txt && [ -s alone.txt ]; then pass "the mix gives the conflicts of each story alone"
else fail "the mix's conflicts differ from each story's alone"; diff alone.txt mixed.txt >&2; fi

"$XC" check "$CL/kestria-visit" "$CL/lumeria-vote" > mix.txt 2>&1
expect_in mix.txt '^Story [a-z-]+ \(3 documents' "text: a heading per story"
expect_in mix.txt 'facts in 2 stories' "text: the summary counts the stories"
"$XC" check --format markdown "$CL/kestria-visit" "$CL/lumeria-vote" > mix.md 2>&1
expect_in mix.md '^## Story: ' "markdown: a heading per story"
expect_in mix.md '^#### ✗ Conflict' "markdown: groups one level down"

# given stories: a manifest column, then another field named on the command line
printf 'file\tsource\tpublished\tstory\tdesk\n' > m.tsv
for f in "$CL"/kestria-visit/*.md "$CL"/lumeria-vote/*.md; do
  printf '%s\t%s\t\tbig-one\t%s\n' "$f" "$(basename "$f" .md)" "$(basename "$(dirname "$f")")" >> m.tsv
done
"$XC" check --format json -o given.json --manifest m.tsv "$CL/kestria-visit" "$CL/lumeria-vote" >/dev/null 2>&1
expect_not_in given.json '"story"' "one story given to all: one story"
"$XC" check --format json -o desk.json --stories desk --manifest m.tsv "$CL/kestria-visit" "$CL/lumeria-vote" >/dev/null 2>&1
expect_in desk.json '"story": "kestria-visit"' "--stories FIELD: the field names the story"
"$XC" check --format json -o none.json --stories none "$CL/kestria-visit" "$CL/lumeria-vote" >/dev/null 2>&1
expect_not_in none.json '"story"' "--stories none: one story"
expect_status 2 "--stories with a blank value" -- "$XC" check --stories '' "$CL/kestria-visit"
finish
