#!/usr/bin/env bash
# bench-mapreduce.sh - the map/reduce split of docs/performance.md ("Map/reduce
# for archives") at archive size, on one machine (issue 12: "100,000 documents
# of ~100 stories run through the map/reduce pipeline with memory bounded by the
# largest story"):
#   generate  DOCUMENTS synthetic reports (bench/gen-stories.awk) in STORIES
#             stories of DOCUMENTS/STORIES reports, each naming its story in its
#             front matter (the key)
#   map       `crosscheck extract --format jsonl --key` over batches of BATCH
#             files, JOBS at a time (GNU parallel when installed, else xargs -P)
#   shuffle   `LC_ALL=C sort -t$'\t' -k1,1 -s` on the key
#   reduce    the sorted stream split by key, one file per story, and one
#             `crosscheck check --claims FILE` per story, JOBS at a time
# and prints documents, stories, the map's and the reduce's wall time, the
# largest map process's and the largest reducer's peak memory (GNU time,
# Debian package "time"), the largest story in claims, and the conflicts and
# facts summed over the stories. WHOLE=1 also runs one `crosscheck check` over
# the whole folder and compares its counts (for small runs: it holds every
# claim).
#   bash bench/bench-mapreduce.sh [BUILD_DIR] [DOCUMENTS] [STORIES]
# Defaults: 100000 documents, 100 stories, BATCH=500, JOBS=2.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
ndocs="${2:-100000}"
nstories="${3:-100}"
batch="${BATCH:-500}"
jobs="${JOBS:-2}"
exe="$(pwd)/$build/src/cli/crosscheck"
[ -x "$exe" ] || { echo "bench: build first (bash tests/run.sh test)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (Debian package \"time\")" >&2; exit 2; }
per=$(( (ndocs + nstories - 1) / nstories ))
gen="$(pwd)/bench/gen-stories.awk"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir docs parts stories
now () { date +%s.%N; }
secs () { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# the largest figure of the one-number files given (kilobytes from GNU time)
max_kb () { cat "$@" | sort -n | tail -n 1; }

awk -v n="$ndocs" -v per="$per" -v key=1 -v out=docs -f "$gen"
bytes=$(du -sb docs | cut -f1)

# map: each batch's lines in its own file (lines of concurrent writers to one
# pipe may interleave), each process's peak memory beside it
t0=$(now)
if command -v parallel >/dev/null; then
  how="GNU parallel -j $jobs"
  find docs -name '*.md' | LC_ALL=C sort |
    parallel -j "$jobs" -N "$batch" \
      "/usr/bin/time -f %M -o parts/{#}.rss \"$exe\" extract --format jsonl --key {} > parts/{#}.jsonl"
else
  how="xargs -P $jobs"
  find docs -name '*.md' -print0 | LC_ALL=C sort -z |
    xargs -0 -P "$jobs" -n "$batch" sh -c \
      'out=$(mktemp --suffix=.jsonl parts/map-XXXXXX); exec /usr/bin/time -f %M -o "${out%.jsonl}.rss" "$0" extract --format jsonl --key "$@" > "$out"' "$exe"
fi
t1=$(now)
map_rss=$(max_kb parts/*.rss)
nmaps=$(find parts -name '*.rss' | wc -l)

# shuffle: sort on the key (the text before the first tab)
cat parts/*.jsonl | LC_ALL=C sort -t "$(printf '\t')" -k1,1 -s > shuffled.jsonl
rm -f parts/*.jsonl
t2=$(now)
lines=$(wc -l < shuffled.jsonl)
[ "$lines" -eq "$ndocs" ] || { echo "bench: the map wrote $lines lines for $ndocs documents" >&2; exit 1; }

# reduce: one file per key (the stream is sorted: one file open at a time), one
# reducer per story
awk -F '\t' '$1 != prev { if (f) close(f); f = "stories/" ($1 == "" ? "_none" : $1) ".jsonl"; prev = $1 }
             { print > f }' shuffled.jsonl
shuffle_bytes=$(stat -c %s shuffled.jsonl)
rm -f shuffled.jsonl
t3=$(now)
find stories -name '*.jsonl' -print0 | LC_ALL=C sort -z |
  xargs -0 -P "$jobs" -n 1 sh -c \
    '/usr/bin/time -f %M -o "${1%.jsonl}.rss" "$0" check --claims "$1" -o "${1%.jsonl}.txt" 2>/dev/null; [ $? -le 1 ]' "$exe"
t4=$(now)
red_rss=$(max_kb stories/*.rss)

# each report's summary: "S sources, D documents, C claims." and "G facts ...: X conflicts"
summary () { head -n 6 "$1" | tr '\n' ' ' | sed -E 's/.* ([0-9]+) documents?, ([0-9]+) claims?\..* ([0-9]+) facts?( in [0-9]+ stor(y|ies))?: ([0-9]+) conflicts?.*/\1 \2 \3 \6/'; echo; }
for r in stories/*.txt; do summary "$r"; done > counts
read -r sdocs claims facts conflicts maxclaims < <(awk '{ d += $1; c += $2; f += $3; x += $4; if ($2 > m) m = $2 }
                                                      END { print d, c, f, x, m }' counts)
nred=$(wc -l < counts)

printf 'documents        %d (%.0f MB of text), %d stories of %d reports\n' "$ndocs" "$(awk -v b="$bytes" 'BEGIN { print b / 1048576 }')" "$nstories" "$per"
printf 'map              %s s wall (%s, %d processes of %d files), largest peak memory %.1f MB\n' \
  "$(secs "$t0" "$t1")" "$how" "$nmaps" "$batch" "$(awk -v k="$map_rss" 'BEGIN { print k / 1024 }')"
printf 'shuffle          %s s wall (sort and split, %.0f MB of claims JSONL)\n' \
  "$(secs "$t1" "$t3")" "$(awk -v b="$shuffle_bytes" 'BEGIN { print b / 1048576 }')"
printf 'reduce           %s s wall (%d reducers, %d at a time), largest peak memory %.1f MB\n' \
  "$(secs "$t3" "$t4")" "$nred" "$jobs" "$(awk -v k="$red_rss" 'BEGIN { print k / 1024 }')"
printf 'claims           %d (largest story: %d claims), %d facts, %d conflicts, %d documents reduced\n' \
  "$claims" "$maxclaims" "$facts" "$conflicts" "$sdocs"

if [ -n "${WHOLE:-}" ]; then
  t5=$(now)
  /usr/bin/time -f %M -o whole.rss "$exe" check -o whole.txt docs 2>/dev/null || [ $? -le 1 ]
  t6=$(now)
  read -r wdocs wclaims wfacts wconflicts < <(summary whole.txt)
  printf 'one process      %s s wall, peak memory %.1f MB: %d documents, %d claims, %d facts, %d conflicts (%s)\n' \
    "$(secs "$t5" "$t6")" "$(awk -v k="$(tail -n 1 whole.rss)" 'BEGIN { print k / 1024 }')" \
    "$wdocs" "$wclaims" "$wfacts" "$wconflicts" \
    "$([ "$wclaims $wfacts $wconflicts" = "$claims $facts $conflicts" ] && echo "the same as story by story" || echo "DIFFERENT from story by story")"
fi
