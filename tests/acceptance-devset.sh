#!/usr/bin/env bash
# acceptance-devset.sh - the ratchet on real news: runs the development set's own
# scorers (../shared/devset: score.py, extraction.py and, unless XC_RATCHET_FAST is
# set, mutate.py) on the built program and fails when a figure falls below the floor
# it has reached (docs/accuracy.md). Raise a floor when a change lifts the figure;
# never lower one to make a change pass. Skips (77) without ../shared/devset or python3.
# SPDX-License-Identifier: MIT
set -uo pipefail
xc=$(realpath "$1")
devset="${XC_SHARED:-$(dirname "$0")/../../shared}/devset"
[ -f "$devset/score.py" ] || { echo "1..0 # SKIP no development set at $devset"; exit 77; }
command -v python3 >/dev/null || { echo "1..0 # SKIP python3 is not installed"; exit 77; }

# floors (at least) and ceilings (at most), from the last measured figures
CONFLICTS_CORE_MIN=10       # of 28 core conflicts raised
AGREE_PAIRS_MIN=1285       # of 1496 agreeing member pairs grouped
SINGLE_MIN=86              # of 88 single-source facts kept apart
TRAPS_MAX=0                # of 129 look-alike pairs put in one conflict
FALSE_ALARMS_MAX=1         # conflict groups holding no gold conflict
EXTRACTION_CORE_MIN=829    # of 834 core members found
MUTATE_MIN=49              # of 118 planted conflicts raised

status=0
check () {   # NAME VALUE OP LIMIT
  local good=0
  case "$3" in
    ge) [ "$2" -ge "$4" ] && good=1 ;;
    le) [ "$2" -le "$4" ] && good=1 ;;
  esac
  if [ "$good" = 1 ]; then
    echo "ok - $1: $2 (limit $4)"
  else
    echo "not ok - $1: $2, limit $4"
    status=1
  fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$devset/score.py" "$xc" --json "$tmp/score.json" >"$tmp/score.txt" 2>&1 || { cat "$tmp/score.txt"; exit 1; }
read -r cc ap si tr fa < <(python3 - "$tmp/score.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))["total"]
def g(*names):
    for n in names:
        if n in t:
            return t[n]
    raise SystemExit("score.py's JSON lacks " + "/".join(names) + ": " + ", ".join(sorted(t)))
print(g("conf_core"), g("agree_pairs"), g("single"), g("traps_broken"), g("false_alarms"))
PY
) || exit 1
grep '^TOTAL' "$tmp/score.txt"
check "conflicts core" "$cc" ge $CONFLICTS_CORE_MIN
check "agree pairs" "$ap" ge $AGREE_PAIRS_MIN
check "singles" "$si" ge $SINGLE_MIN
check "traps broken" "$tr" le $TRAPS_MAX
check "false alarms" "$fa" le $FALSE_ALARMS_MAX

ex=$(python3 "$devset/extraction.py" "$xc" | grep '^TOTAL')
echo "$ex"
found=$(printf '%s\n' "$ex" | sed -E 's/^TOTAL core members found ([0-9]+)\/.*/\1/')
check "extraction core members" "$found" ge $EXTRACTION_CORE_MIN

if [ -z "${XC_RATCHET_FAST:-}" ]; then
  mu=$(python3 "$devset/mutate.py" "$xc" | grep '^TOTAL')
  echo "$mu"
  caught=$(printf '%s\n' "$mu" | sed -E 's/^TOTAL planted [0-9]+, found ([0-9]+) .*/\1/')
  check "planted conflicts raised" "$caught" ge $MUTATE_MIN
fi
exit $status
