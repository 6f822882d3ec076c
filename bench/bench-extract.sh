#!/usr/bin/env bash
# bench-extract.sh - builds a corpus of at least 100 MB from the fixture articles
# and times `crosscheck extract` over it; prints MB/s, claims/s and peak memory.
#   bash bench/bench-extract.sh [BUILD_DIR] [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
mb="${2:-100}"
exe="$build/src/cli/crosscheck"
[ -x "$exe" ] || { echo "bench: build first (bash tests/run.sh test)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus"
mkdir -p "$corpus"

# One ~256 KB block of every plain-text and Markdown fixture, front matter dropped.
block="$work/block.txt"
: > "$block"
while [ "$(stat -c %s "$block")" -lt 262144 ]; do
  find fixtures -type f \( -name '*.txt' -o -name '*.md' \) | LC_ALL=C sort | while read -r f; do
    awk 'NR==1 && $0=="---" {fm=1; next} fm && $0=="---" {fm=0; next} !fm' "$f"
    echo
  done >> "$block"
done
size=$(stat -c %s "$block")
n=$(( (mb * 1024 * 1024 + size - 1) / size ))
for i in $(seq 1 "$n"); do cp "$block" "$corpus/doc-$i.txt"; done
total=$(du -sb "$corpus" | cut -f1)

echo "corpus: $n files, $(( total / 1024 / 1024 )) MB"
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/maxrss" "$exe" extract --published 2024-04-10 "$corpus" > "$work/out.txt"
end=$(date +%s.%N)
claims=$(grep -vc ': no claims$' "$work/out.txt" || true)
awk -v t0="$start" -v t1="$end" -v bytes="$total" -v claims="$claims" -v rss="$(cat "$work/maxrss")" 'BEGIN {
  s = t1 - t0
  printf "extract: %.2f s, %.1f MB/s, %d claims, %.0f claims/s, peak memory %.1f MB\n",
         s, bytes / 1048576 / s, claims, claims / s, rss / 1024
}'
