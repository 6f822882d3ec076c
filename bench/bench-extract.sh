#!/usr/bin/env bash
# bench-extract.sh - times `crosscheck extract` over corpora of at least 100 MB
# and prints MB/s, claims/s and peak memory for each:
#   fixtures  every .txt/.md article under fixtures/ (the extraction fixtures
#             are written to be dense: about one claim per 50 bytes)
#   articles  only the fixture articles that read like news (clusters, example,
#             lint sources and drafts)
#   seeds     ../shared/seeds (real news, about one claim per 300 bytes), when present
#   bash bench/bench-extract.sh [BUILD_DIR] [MEGABYTES]
# ROUNDS (default 3) timed runs are made of each corpus and the fastest is
# printed: on a machine shared with other work, single runs vary by half.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
mb="${2:-100}"
rounds="${ROUNDS:-3}"
exe="$build/src/cli/crosscheck"
[ -x "$exe" ] || { echo "bench: build first (bash tests/run.sh test)" >&2; exit 2; }

# peak memory comes from GNU time (Debian package "time"); without it, 0 is printed
measure () {
  if [ -x /usr/bin/time ]; then /usr/bin/time -f "%M" -o "$work/maxrss" "$@"
  else echo 0 >"$work/maxrss"; "$@"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# bench_corpus NAME FILE... : a ~256 KB block of the files (front matter dropped),
# copied until the corpus holds MB megabytes, then one timed run over it.
bench_corpus () {
  local name="$1"; shift
  local dir="$work/$name" block="$work/$name.block"
  mkdir -p "$dir"
  : > "$block"
  while [ "$(stat -c %s "$block")" -lt 262144 ]; do
    for f in "$@"; do
      awk 'NR==1 && $0=="---" {fm=1; next} fm && $0=="---" {fm=0; next} !fm' "$f"
      echo
    done >> "$block"
  done
  local size n total start end claims
  size=$(stat -c %s "$block")
  n=$(( (mb * 1024 * 1024 + size - 1) / size ))
  for i in $(seq 1 "$n"); do cp "$block" "$dir/doc-$i.txt"; done
  total=$(du -sb "$dir" | cut -f1)
  local best="" t0 t1
  for _ in $(seq 1 "$rounds"); do
    t0=$(date +%s.%N)
    measure "$exe" extract --published 2024-04-10 "$dir" > "$work/out.txt"
    t1=$(date +%s.%N)
    if [ -z "$best" ] || awk -v a="$t0" -v b="$t1" -v s="$start" -v e="$end" 'BEGIN { exit !(b - a < e - s) }'; then
      start=$t0; end=$t1; best=1
    fi
  done
  claims=$(grep -vc ': no claims$' "$work/out.txt" || true)
  awk -v name="$name" -v files="$n" -v t0="$start" -v t1="$end" -v bytes="$total" -v claims="$claims" \
      -v rss="$(tail -n 1 "$work/maxrss")" 'BEGIN {
    s = t1 - t0
    printf "%-9s %4d files, %4.0f MB: %6.2f s, %5.1f MB/s, %8d claims (one per %3.0f bytes), %7.0f claims/s, peak memory %.1f MB\n",
           name, files, bytes / 1048576, s, bytes / 1048576 / s, claims, bytes / (claims > 0 ? claims : 1), claims / s, rss / 1024
  }'
  rm -rf "$dir"
}

mapfile -t all < <(find fixtures -type f \( -name '*.txt' -o -name '*.md' \) | LC_ALL=C sort)
mapfile -t articles < <(find fixtures/clusters fixtures/example fixtures/lint -type f \( -name '*.txt' -o -name '*.md' \) | LC_ALL=C sort)
bench_corpus fixtures "${all[@]}"
bench_corpus articles "${articles[@]}"
seeds="${XC_SHARED:-../shared}/seeds"
if [ -d "$seeds" ]; then
  mapfile -t real < <(find "$seeds" -type f -name '*.txt' | LC_ALL=C sort)
  bench_corpus seeds "${real[@]}"
else
  echo "seeds     (skipped: $seeds is absent)"
fi
