#!/usr/bin/env bash
# check-updated.sh - figures that change between reports (the skarn-blast cluster): a toll
# that grew from one day's report to the next is `updated` in every output (text section,
# JSON verdict and `later` members, HTML tile, section and filter), does not fail
# `check --fail-on conflict` and shows in `diff` as a verdict change.
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
CL="$XC_FIXTURES/clusters/skarn-blast"
cd "$TMP"

"$XC" check "$CL" > all.txt 2>&1
expect_in all.txt '^Updated figures \(1\)' "text: a section of its own"
expect_in all.txt 'UPDATED' "text: the group's badge"
expect_in all.txt 'rose to “25 people” \(Island Courier, 2026-03-04' "text: the reason names the later value, its source and date"
expect_in all.txt 'LATER FIGURE' "text: the later members are marked"
expect_in all.txt '1 conflict, 1 updated' "text: the summary counts it"
"$XC" check --format json -o all.json "$CL" >/dev/null 2>&1
expect_in all.json '"verdict": "updated"' "json: the verdict"
expect_in all.json '"later": true' "json: later members"
expect_in all.json '"updated": 1' "json: the summary counts it"
"$XC" check --format html -o all.html "$CL" >/dev/null 2>&1
expect_in all.html 'href="#updated"' "html: a tile and a contents link"
expect_in all.html 'id="show-updated"' "html: a filter"
expect_in all.html '<section class="v-updated"' "html: a section"
expect_in all.html 'tag later' "html: the later cards are tagged"
"$XC" check --format markdown "$CL" > all.md 2>&1
expect_in all.md '↻ Updated' "markdown: the verdict"

# two reports a day apart, no conflict: updated does not fail the check
mkdir -p two && cp "$CL/skarn-herald.md" "$CL/island-courier.md" two/
expect_status 0 "updated does not fail --fail-on conflict" -- "$XC" check --fail-on conflict two

# the same reports on one day, neither saying the toll rose: a conflict; diff shows the change
mkdir -p same
sed 's/rose to 25 people/stood at 25 people/' "$CL/island-courier.md" > same/island-courier.md
sed 's/^published: 2026-03-03/published: 2026-03-04/' "$CL/skarn-herald.md" > same/skarn-herald.md
expect_status 1 "one day, two tolls: a conflict" -- "$XC" check --fail-on conflict same
( cd same && "$XC" check --format json -o ../old.json . >/dev/null 2>&1 )
cp "$CL/skarn-herald.md" "$CL/island-courier.md" same/
( cd same && "$XC" check --format json -o ../new.json . >/dev/null 2>&1 )
"$XC" diff old.json new.json > diff.txt 2>&1
expect_in diff.txt 'conflict -> updated' "diff: the verdict change"

finish
