#!/usr/bin/env bash
# bench-align.sh - how `crosscheck check` scales with the number of documents:
# writes synthetic reports (bench/gen-stories.awk: stories of ten reports of ~5 KB,
# our own generated text) and times `check` on the first SMALL and on all LARGE
# documents (100 and 500 by default), printing CPU seconds, milliseconds per
# document and the growth exponent between the two sizes. With PROFILE=1 (and
# valgrind installed) the LARGE run is repeated under callgrind and the costliest
# functions are printed, self and inclusive: a hash table whose keys collide (the
# `(item << 32 | document)` keys once hashed by g_int64_hash, which keeps only the
# low 32 bits, so every key of one document fell in one chain) shows up there as
# g_hash_table_lookup near the top and rare_bonus_apply at several percent.
#
# Reading the times: level blocks of at most fact_block_max items (xc-align.c)
# are grouped by comparing every pair, larger ones by candidate pairs, so
# between about 100 and 500 of these documents a block crosses that line and
# the time per document falls; compare runs of the same sizes across builds.
#   bash bench/bench-align.sh [BUILD_DIR] [SMALL] [LARGE]
#   PROFILE=1 bash bench/bench-align.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
small="${2:-100}"
large="${3:-500}"
exe="$build/src/cli/crosscheck"
[ -x "$exe" ] || { echo "bench: build first (bash tests/run.sh test)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/all"
awk -v n="$large" -v out="$work/all" -f bench/gen-stories.awk

# cpu N: user+system seconds of one `check --format json` over the first N documents
cpu () {
  local dir="$work/d$1"
  mkdir -p "$dir"
  find "$work/all" -name '*.md' | LC_ALL=C sort | head -n "$1" | xargs cp -t "$dir"
  local status=0 TIMEFORMAT='%U %S'
  { time "$exe" check --format json -o "$work/r$1.json" "$dir" 2>"$work/err" ; } 2>"$work/time" || status=$?
  [ "$status" -le 1 ] || { cat "$work/err" >&2; echo "bench: check failed with status $status" >&2; exit "$status"; }
  awk '{ printf "%.2f", $1 + $2 }' "$work/time"
}

ts=$(cpu "$small")
tl=$(cpu "$large")
awk -v ns="$small" -v nl="$large" -v ts="$ts" -v tl="$tl" 'BEGIN {
  printf "check %5d documents: %6.2f s CPU, %5.2f ms per document\n", ns, ts, 1000 * ts / ns
  printf "check %5d documents: %6.2f s CPU, %5.2f ms per document\n", nl, tl, 1000 * tl / nl
  if (ts > 0) printf "growth exponent %d -> %d documents: %.2f (1.0 is linear)\n", ns, nl, log(tl / ts) / log(nl / ns)
}'
if [ "${PROFILE:-0}" = 1 ]; then
  command -v valgrind >/dev/null || { echo "profile: valgrind is not installed" >&2; exit 0; }
  valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$exe" check --format json \
    -o "$work/rp.json" "$work/d$large" >/dev/null 2>"$work/cg.log" || true
  echo "callgrind, $large documents: costliest functions (self)"
  callgrind_annotate "$work/cg" 2>/dev/null | grep -E '^ *[0-9,]+ +\( *[0-9.]+%\)' | sed -n '2,11p'
  echo "callgrind, $large documents: alignment steps (inclusive)"
  callgrind_annotate --inclusive=yes "$work/cg" 2>/dev/null | grep -E '^ *[0-9,]+ +\( *[0-9.]+%\) +[^ ]*src/compare/.*\['  | head -n 12
fi
