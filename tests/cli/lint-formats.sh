#!/usr/bin/env bash
# lint-formats.sh - one wrong figure in every output format: gnu, json, sarif, rdjsonl, github, markdown
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
need_pipeline
cd "$TMP"
cp "$FIX/drafts/wrong-figure.md" draft.md
run () { "$XC" lint --no-config draft.md --against "$FIX/sources" --manifest "$FIX/sources/sources.tsv" "$@"; }

expect_status 1 "gnu: exit 1 on the wrong figure" -- run
expect_in out '^draft\.md:5:[0-9]+: error: "\$2\.6 billion" contradicts "\$1\.8 billion" \((Northgate Courier|River Wire|Valley Ledger), [a-z-]+\.txt:[0-9]+\)( and [0-9]+ more sources?)? \[contradicted\]$' "gnu line names the sources"
[ "$(count_lines out ': error: ')" -eq 1 ] && pass "gnu: exactly one error" || fail "gnu: $(count_lines out ': error: ') errors"
expect_not_in out ': note: ' "gnu: notes only with --verbose"
expect_status 1 "gnu --verbose" -- run --verbose
expect_in out ': note: "2\.4 kilometers" is supported by' "gnu --verbose shows supported claims"

expect_status 1 "json" -- run --format json
expect_in out '"kind" *: *"contradicted"' "json: kind"
expect_in out '"severity" *: *"error"' "json: severity"
expect_in out '"kind" *: *"supported"' "json: supported claims are in json"
expect_in out '"disagreeing" *: *\[' "json: the other side"
expect_in out '"fingerprint" *: *"[0-9a-f]{32}:0"' "json: fingerprint"
if grep -q '"failures"' out; then fail "json: failures listed when every input was read"; else pass "json: no failures when every input was read"; fi
# an input that cannot be read is in the report, not only on standard error
expect_status 2 "json: a missing source makes exit 2" -- run --format json "$TMP/no-such-source.txt"
expect_in out '"failures" *: *\[' "json: failures listed"
expect_in out '"file" *: *"[^"]*no-such-source\.txt"' "json: the missing file is named"

expect_status 1 "sarif" -- run --format sarif -o report.sarif
for field in '"\$schema" *: *"https://json.schemastore.org/sarif-2.1.0.json"' '"version" *: *"2.1.0"' \
    '"name" *: *"crosscheck"' '"semanticVersion" *: *"[0-9]+\.[0-9]+\.[0-9]+"' '"rules" *: *\[' \
    '"id" *: *"contradicted"' '"id" *: *"contested"' '"id" *: *"unsupported"' '"shortDescription"' \
    '"fullDescription"' '"help"' '"defaultConfiguration"' '"ruleId" *: *"contradicted"' '"level" *: *"error"' \
    '"message"' '"locations"' '"uri" *: *"draft\.md"' '"startLine" *: *5' '"startColumn"' '"endLine" *: *5' \
    '"endColumn"' '"relatedLocations"' '"partialFingerprints"' '"crosscheckFinding/v1" *: *"[0-9a-f]{32}:0"'; do
  expect_in report.sarif "$field" "sarif: $field"
done
[ "$(count_lines report.sarif '"runs" *: *\[')" -eq 1 ] && pass "sarif: one run" || fail "sarif: runs"

expect_status 1 "rdjsonl" -- run --format rdjsonl
expect_in out '^\{"message":"\\"\$2\.6 billion\\" contradicts.*"location":\{"path":"draft\.md","range":\{"start":\{"line":5,"column":[0-9]+\},"end":\{"line":5,"column":[0-9]+\}\}\},"severity":"ERROR".*"code":\{"value":"contradicted"\}' "rdjsonl: message, location, range, severity, code"

expect_status 1 "github" -- run --format github
expect_in out '^::error file=draft\.md,line=5,col=[0-9]+,endLine=5,endColumn=[0-9]+,title=crosscheck%3A contradicted::"\$2\.6 billion" contradicts' "github: error annotation"

expect_status 1 "markdown" -- run --format markdown
expect_in out '^### crosscheck lint: 1 error' "markdown: summary"
expect_in out '^\| error \| `draft\.md:5:[0-9]+` \| \$2\.6 billion \| contradicted \|' "markdown: table row"

# the same order every time
run --format gnu --verbose >a.txt 2>/dev/null
run --format gnu --verbose >b.txt 2>/dev/null
cmp -s a.txt b.txt && pass "fixed order" || fail "two runs differ"
finish
