#!/usr/bin/env bash
# bench-bigdoc.sh - peak memory of `crosscheck extract` on ONE large document
# (issue 12: "a 100 MB document extracts in at most 2.5x its size, text and
# jsonl"). The document is news-like text: the fixture articles of clusters,
# example and lint, and ../shared/seeds when present (real news), front matter
# dropped, concatenated until it holds MEGABYTES. It is extracted with
# `--format text` and `--format jsonl`, the output thrown away, and the size,
# the peak resident memory (GNU time, Debian package "time"), the ratio of the
# two and the CPU seconds printed for each.
#   bash bench/bench-bigdoc.sh [BUILD_DIR] [MEGABYTES]
# KEEP=DIR keeps the document and both outputs in DIR (to compare builds:
# `cmp` the outputs of two runs). Articles are limited to 16 MiB: the stock
# build refuses more (and says so); measure it at 15.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
mb="${2:-100}"
exe="$build/src/cli/crosscheck"
[ -x "$exe" ] || { echo "bench: build first (bash tests/run.sh test)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (Debian package \"time\")" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keep="${KEEP:-}"
[ -n "$keep" ] && mkdir -p "$keep"

mapfile -t files < <(find fixtures/clusters fixtures/example fixtures/lint -type f \( -name '*.txt' -o -name '*.md' \) | LC_ALL=C sort)
seeds="${XC_SHARED:-../shared}/seeds"
if [ -d "$seeds" ]; then
  mapfile -t -O "${#files[@]}" files < <(find "$seeds" -type f -name '*.txt' | LC_ALL=C sort)
fi
block="$work/block"
for f in "${files[@]}"; do
  awk 'NR==1 && $0=="---" {fm=1; next} fm && $0=="---" {fm=0; next} !fm' "$f"
  echo
done > "$block"
# the block doubled until it holds 64 KB, then copied whole until the document holds MB
while [ "$(stat -c %s "$block")" -lt 65536 ]; do cat "$block" "$block" > "$work/b2"; mv "$work/b2" "$block"; done
doc="${keep:-$work}/bigdoc.txt"
want=$(( mb * 1048576 ))
: > "$doc"
bsize=$(stat -c %s "$block")
n=$(( (want + bsize - 1) / bsize ))
for _ in $(seq 1 "$n"); do cat "$block"; done > "$doc"
size=$(stat -c %s "$doc")

for format in text jsonl; do
  out=/dev/null
  [ -n "$keep" ] && out="$keep/bigdoc.$format"
  if ! /usr/bin/time -f "%M %U %S" -o "$work/time" "$exe" extract --published 2024-04-10 --format "$format" "$doc" \
         > "$out" 2> "$work/err"; then
    # articles are limited to 16 MiB (XC_ARTICLE_MAX_BYTES, docs/reliability.md)
    printf '%-5s one document of %.1f MB: refused: %s\n' "$format" "$(awk -v s="$size" 'BEGIN { print s / 1048576 }')" \
      "$(head -n 1 "$work/err")"
    continue
  fi
  read -r rss user sys < <(tail -n 1 "$work/time")
  awk -v f="$format" -v size="$size" -v rss="$rss" -v user="$user" -v sys="$sys" 'BEGIN {
    printf "%-5s one document of %.1f MB: peak memory %.1f MB = %.2fx its size, %.1f s CPU\n",
           f, size / 1048576, rss / 1024, rss * 1024 / size, user + sys
  }'
done
