#!/usr/bin/env bash
# sarif-schema.sh - `lint --format sarif` validates against the OASIS SARIF
# 2.1.0 schema (tests/sarif/) with zero errors: findings with related
# locations, suppressed (inSource) and baselined (external) findings, a failed
# input (a notification), standard input. Skipped without python3-jsonschema.
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
SCHEMA="$(cd "$(dirname "$0")/../sarif" && pwd)/sarif-schema-2.1.0.json"
command -v python3 >/dev/null || skip "python3 is not installed (Debian: python3-jsonschema)"
python3 -c 'import jsonschema' 2>/dev/null || skip "python3-jsonschema is not installed: the SARIF schema is not checked"
need_pipeline
cd "$TMP"
B=(--manifest "$FIX/sources/sources.tsv" --against "$FIX/sources" --no-config)
M=("${B[@]}" --format sarif)

# validate FILE WHAT: zero schema errors (each printed)
validate () {
  if python3 - "$SCHEMA" "$1" >"$TMP/val" 2>&1 <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
errors = list(jsonschema.Draft4Validator(schema).iter_errors(doc))
for e in errors:
    print("/".join(str(p) for p in e.absolute_path), ":", e.message[:200])
sys.exit(1 if errors else 0)
PY
  then pass "$2: valid SARIF 2.1.0"; else fail "$2: schema errors"; sed 's/^/  /' "$TMP/val" | head -20 >&2; fi
}

"$XC" lint "$FIX/drafts/contested.md" "$FIX/drafts/wrong-figure.md" "${M[@]}" --verbose >a.sarif 2>/dev/null
validate a.sarif "findings, notes and related locations"
expect_in a.sarif '\]\([0-9]+\)' "messages link their related locations"

"$XC" lint "$FIX/drafts/suppressed.md" "${M[@]}" >b.sarif 2>/dev/null
validate b.sarif "an inline suppression"
expect_in b.sarif '"kind" *: *"inSource"' "the suppressed finding is kept as inSource"

cp "$FIX/drafts/wrong-figure.md" draft.md
"$XC" lint draft.md "${B[@]}" --write-baseline base.json >/dev/null 2>&1
"$XC" lint draft.md "${M[@]}" --baseline base.json >c.sarif 2>/dev/null
validate c.sarif "a baseline"
expect_in c.sarif '"kind" *: *"external"' "the baselined finding is kept as external"

"$XC" lint draft.md "$TMP/missing.md" "${M[@]}" >d.sarif 2>/dev/null
validate d.sarif "a failed input"
expect_in d.sarif '"executionSuccessful" *: *false' "the run is not successful"
expect_in d.sarif '"toolExecutionNotifications"' "the failure is a notification"
expect_in d.sarif 'missing\.md: no such file' "with its message"

"$XC" lint --stdin-name story.md - "${M[@]}" <"$FIX/drafts/contested.md" >e.sarif 2>/dev/null
validate e.sarif "standard input"

# the check itself catches a broken log: a suppression of an unknown kind, a result without a message
python3 -c '
import json, sys
d = json.load(open("b.sarif"))
r = d["runs"][0]["results"]
r[0]["suppressions"] = [{"kind": "inComment"}]
del r[-1]["message"]
json.dump(d, open("broken.sarif", "w"))'
if python3 - "$SCHEMA" broken.sarif <<'PY' >/dev/null 2>&1
import json, sys, jsonschema
jsonschema.Draft4Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))
PY
then fail "a broken SARIF log passes the schema"; else pass "a broken SARIF log fails the schema"; fi
finish
