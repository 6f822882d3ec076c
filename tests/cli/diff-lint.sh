#!/usr/bin/env bash
# diff-lint.sh - `crosscheck diff` over two lint reports: pairing by content, not line; each format and exit status
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
S="$FIX/sources"
cd "$TMP"

# before: one wrong figure; after: a paragraph added above, the figure fixed, a contested figure added
cp "$FIX/drafts/wrong-figure.md" draft.md
"$XC" lint --format json -o old.json draft.md --against "$S" >/dev/null 2>&1
cat > draft.md <<'DRAFT'
# The Lindqvist Bridge

An opening paragraph was added above.

The Lindqvist Bridge over the Tarn estuary carried its first cars on June 3, 2024.

Building it cost $1.8 billion, and the bridge is 2.4 kilometers long.

Ferry crossings rose 18 percent in 2023.
DRAFT
"$XC" lint --format json -o new.json draft.md --against "$S" >/dev/null 2>&1
# the same draft, with the contested figure raised to an error
"$XC" lint --format json -o strict.json --severity contested=error draft.md --against "$S" >/dev/null 2>&1

expect_status 0 "error fixed, a warning added: exit 0" -- "$XC" diff old.json new.json
expect_in out '^1 new, 1 resolved, 0 changed findings' "summary line"
expect_in out '^new +draft\.md:9:22: "18 percent": \(none\) -> warning contested' "the new warning"
expect_in out '^resolved +draft\.md:5:18: "\$2\.6 billion": error contradicted .* -> \(none\)' "the fixed error"
expect_not_in out 'June 3, 2024' "a moved, unchanged finding is not listed"
expect_not_in out '^new .*"\$1\.8 billion"' "notes are not listed without --all"

expect_status 1 "the other way round: an error comes back" -- "$XC" diff new.json old.json
expect_in out '^new +draft\.md:5:18: "\$2\.6 billion": \(none\) -> error contradicted' "reversed"

expect_status 1 "a warning that became an error" -- "$XC" diff new.json strict.json
expect_in out '^changed +draft\.md:9:22: "18 percent": warning contested \(18 % up\) -> error contested \(18 % up\)$' "the changed severity"
expect_status 0 "--fail-on never" -- "$XC" diff --fail-on never new.json strict.json
expect_status 0 "identical reports" -- "$XC" diff --fail-on changed new.json new.json
expect_in out '^0 new, 0 resolved, 0 changed findings' "identical: nothing listed"
expect_status 1 "--fail-on changed: a new warning" -- "$XC" diff --fail-on changed old.json new.json

expect_status 0 "--all" -- "$XC" diff --all old.json new.json
expect_in out '^unchanged +draft\.md:5:70: "June 3, 2024": note supported \(2024-06-03\) -> note supported' "--all: the moved finding, at its new line"
expect_in out '^new +draft\.md:7:18: "\$1\.8 billion": \(none\) -> note supported' "--all: notes"

expect_status 0 "markdown" -- "$XC" diff --format markdown old.json new.json
expect_in out '^### crosscheck diff \(lint reports\)$' "markdown heading"
expect_in out '^\| resolved \| `draft\.md:5:18` \| \$2\.6 billion \| error contradicted' "markdown row"
expect_status 0 "json" -- "$XC" diff --format json -o diff.json old.json new.json
expect_in diff.json '"reports" *: *"lint"' "json: kind of reports"
expect_in diff.json '"resolved" *: *1' "json: summary"
expect_in diff.json '"change" *: *"new"' "json: a change"

expect_status 2 "a lint report against a check report" -- "$XC" diff old.json "$FIX/reports/old.json"
expect_in err 'is a lint report and .* a check report' "the mismatch is named"
echo '{"findings": [{"kind": "contradicted"}]}' > broken.json
expect_status 2 "a finding without file or text" -- "$XC" diff old.json broken.json
expect_in err 'broken\.json: finding 1 lacks' "the bad report and finding are named"
finish
