#!/usr/bin/env bash
# bench-check.sh - writes 10,000 synthetic documents of ~5 KB (bench/gen-stories.awk)
# and times `crosscheck check` over them; prints documents/s, claims/s and peak memory.
#   bash bench/bench-check.sh [BUILD_DIR] [DOCUMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
docs="${2:-10000}"
exe="$build/src/cli/crosscheck"
[ -x "$exe" ] || { echo "bench: build first (bash tests/run.sh test)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/docs"
awk -v n="$docs" -v out="$work/docs" -f bench/gen-stories.awk
total=$(du -sb "$work/docs" | cut -f1)
echo "corpus: $docs documents, $(( total / 1024 / 1024 )) MB ($(( total / docs )) bytes each on average)"

start=$(date +%s.%N)
status=0
/usr/bin/time -f "%M" -o "$work/maxrss" "$exe" check --format json -o "$work/report.json" "$work/docs" || status=$?
end=$(date +%s.%N)
[ "$status" -le 1 ] || { echo "bench: check failed with status $status" >&2; exit "$status"; }
# the summary's counts: the first "claims", "groups" and "conflicts" of the report
count () { awk -v key="\"$1\"" '$1 == key":" { gsub(/[^0-9]/, "", $2); print $2; exit }' "$work/report.json"; }
claims=$(count claims)
groups=$(count groups)
conflicts=$(count conflicts)
awk -v t0="$start" -v t1="$end" -v docs="$docs" -v claims="$claims" -v groups="$groups" \
    -v conflicts="$conflicts" -v rss="$(tail -n 1 "$work/maxrss")" 'BEGIN {
  s = t1 - t0
  printf "check: %.2f s, %.0f documents/s, %s claims (%.0f claims/s), %s groups, %s conflicts, peak memory %.1f MB\n",
         s, docs / s, claims, claims / s, groups, conflicts, rss / 1024
}'
