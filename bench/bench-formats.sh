#!/usr/bin/env bash
# bench-formats.sh - what writing claims costs: times `crosscheck extract` over
# one corpus in each output format (text, jsonl, json) and prints CPU seconds,
# MB/s and the ratio of each format's CPU time to text's. The corpus is ~256 KB
# blocks of the news-like fixture articles (clusters, example, lint: our own
# text, about one claim per 46 bytes) copied until it holds MEGABYTES, as files
# of the block's size; or FILE... given after the megabytes, blocked alike.
#   bash bench/bench-formats.sh [BUILD_DIR] [MEGABYTES] [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
mb="${2:-40}"
shift $(( $# > 2 ? 2 : $# ))
exe="$build/src/cli/crosscheck"
[ -x "$exe" ] || { echo "bench: build first (bash tests/run.sh test)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -gt 0 ]; then files=("$@")
else mapfile -t files < <(find fixtures/clusters fixtures/example fixtures/lint -type f \( -name '*.txt' -o -name '*.md' \) | LC_ALL=C sort)
fi
block="$work/block"
: > "$block"
while [ "$(stat -c %s "$block")" -lt 262144 ]; do
  for f in "${files[@]}"; do
    awk 'NR==1 && $0=="---" {fm=1; next} fm && $0=="---" {fm=0; next} !fm' "$f"
    echo
  done >> "$block"
done
size=$(stat -c %s "$block")
n=$(( (mb * 1024 * 1024 + size - 1) / size ))
mkdir -p "$work/docs"
for i in $(seq 1 "$n"); do cp "$block" "$work/docs/doc-$i.txt"; done
bytes=$(du -sb "$work/docs" | cut -f1)
echo "corpus: $n files, $(( bytes / 1048576 )) MB"

# cpu FORMAT: user+system seconds of one extract run, output to a file
cpu () {
  local TIMEFORMAT='%U %S'
  { time "$exe" extract --published 2024-04-10 --format "$1" "$work/docs" > "$work/out" ; } 2> "$work/time"
  awk '{ printf "%.3f", $1 + $2 }' "$work/time"
}

text=$(cpu text)
for f in text jsonl json; do
  if [ "$f" = text ]; then t=$text; else t=$(cpu "$f"); fi
  out=$(stat -c %s "$work/out")
  awk -v f="$f" -v t="$t" -v text="$text" -v bytes="$bytes" -v out="$out" 'BEGIN {
    printf "extract --format %-5s: %6.2f s CPU, %6.1f MB/s, output %5.0f MB, %.2fx text\n",
           f, t, bytes / 1048576 / t, out / 1048576, t / text
  }'
done
