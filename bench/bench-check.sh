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

# peak memory comes from GNU time (Debian package "time"); without it, 0 is printed
measure () {
  if [ -x /usr/bin/time ]; then /usr/bin/time -f "%M" -o "$work/maxrss" "$@"
  else echo 0 >"$work/maxrss"; "$@"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/docs"
awk -v n="$docs" -v out="$work/docs" -f bench/gen-stories.awk
total=$(du -sb "$work/docs" | cut -f1)
echo "corpus: $docs documents, $(( total / 1024 / 1024 )) MB ($(( total / docs )) bytes each on average)"

# count KEY: the summary's count of KEY in the JSON report
count () { awk -v key="\"$1\"" '$1 == key":" { gsub(/[^0-9]/, "", $2); print $2; exit }' "$work/report.json"; }

# One timed run per report format: text is the default, json what tools read.
for format in json text; do
  out="$work/report.$format"
  [ "$format" = json ] && out="$work/report.json"
  start=$(date +%s.%N)
  status=0
  measure "$exe" check --format "$format" -o "$out" "$work/docs" || status=$?
  end=$(date +%s.%N)
  [ "$status" -le 1 ] || { echo "bench: check failed with status $status" >&2; exit "$status"; }
  size=$(stat -c %s "$out")
  claims=$(count claims)
  awk -v f="$format" -v t0="$start" -v t1="$end" -v docs="$docs" -v size="$size" -v claims="$claims" \
      -v rss="$(tail -n 1 "$work/maxrss")" 'BEGIN {
    s = t1 - t0
    printf "check --format %-4s: %6.2f s, %5.0f documents/s, %6.0f claims/s, peak memory %6.1f MB, report %5.0f MB\n",
           f, s, docs / s, claims / s, rss / 1024, size / 1048576
  }'
done
echo "claims: $(count claims), groups: $(count groups), conflicts: $(count conflicts)"
