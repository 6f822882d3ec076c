#!/usr/bin/env bash
# bench-scan.sh - extraction against a bare PCRE2 JIT scan for claim triggers
# (digits, number words, month and weekday names) over the same real news, in
# one process (build/bench/bench-scan): prints both MB/s and the ratio, which
# issue 12 bounds at 1.5x. The text is bench-extract.sh's seeds corpus: the
# files of ../shared/seeds (front matter dropped) joined into a ~256 KB block,
# repeated to MEGABYTES (20 by default).
#   bash bench/bench-scan.sh [BUILD_DIR] [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
mb="${2:-20}"
exe="$build/bench/bench-scan"
[ -x "$exe" ] || { echo "bench: build first (bash tests/run.sh test)" >&2; exit 2; }
seeds="${XC_SHARED:-../shared}/seeds"
[ -d "$seeds" ] || { echo "bench: $seeds is absent" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
block="$work/seeds.txt"
mapfile -t real < <(find "$seeds" -type f -name '*.txt' | LC_ALL=C sort)
: > "$block"
while [ "$(stat -c %s "$block")" -lt 262144 ]; do
  for f in "${real[@]}"; do
    awk 'NR==1 && $0=="---" {fm=1; next} fm && $0=="---" {fm=0; next} !fm' "$f"
    echo
  done >> "$block"
done
"$exe" --mb "$mb" --published 2024-04-10 "$block"
