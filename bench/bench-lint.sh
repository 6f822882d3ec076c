#!/usr/bin/env bash
# bench-lint.sh - times `crosscheck lint` with 1 draft and with D drafts against S
# synthetic sources (bench/gen-stories.awk), in one run and one run per draft, and
# checks that the drafts of one run are judged as each alone: prints seconds, peak
# memory, the cost of each draft beyond the first, and the findings that differ.
#   bash bench/bench-lint.sh [BUILD_DIR] [SOURCES] [DRAFTS]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
sources="${2:-2000}"
drafts="${3:-10}"
case "$build" in /*) exe="$build/src/cli/crosscheck" ;; *) exe="$(pwd)/$build/src/cli/crosscheck" ;; esac
[ -x "$exe" ] || { echo "bench: build first (bash tests/run.sh test)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/drafts"
# D extra documents become the drafts, two by two the last two outlets of stories
# spread over the corpus: each has eight sources of its own story among the S, and
# a draft of the same story beside it that must not count as one
total=$((sources + drafts))
awk -v n="$total" -v out="$work/src" -f bench/gen-stories.awk
stories=$((total / 10))
pairs=$(( (drafts + 1) / 2 ))
for k in $(seq 0 $((drafts - 1))); do
  s=$(( (k / 2) * stories / pairs ))
  f=$(printf '%s/src/story-%05d-%d.md' "$work" "$s" $((9 - k % 2)))
  [ -f "$f" ] && mv "$f" "$work/drafts/"
done
ls "$work"/drafts/*.md >"$work/list"
drafts=$(wc -l <"$work/list")
echo "corpus: $(ls "$work/src" | wc -l) sources, $drafts drafts ($(( $(du -sb "$work/src" | cut -f1) / 1048576 )) MB)"

# run NAME ARGS...: one timed lint run; seconds and peak KB in $work/NAME.t
run () {
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$work/$name.rss" "$exe" lint "$@" --no-config --verbose --fail-on never \
      >"$work/$name.out" 2>/dev/null
  else
    echo 0 >"$work/$name.rss"
    "$exe" lint "$@" --no-config --verbose --fail-on never >"$work/$name.out" 2>/dev/null
  fi
  t1=$(date +%s.%N)
  awk -v t0="$t0" -v t1="$t1" -v kb="$(tail -n 1 "$work/$name.rss")" 'BEGIN { printf "%.2f %.0f\n", t1 - t0, kb / 1024 }' \
    >"$work/$name.t"
}

run one "$(head -n 1 "$work/list")" --against "$work/src"
# shellcheck disable=SC2046
run all $(cat "$work/list") --against "$work/src"
alone=0
: >"$work/alone.out"
i=0
while read -r d; do
  i=$((i + 1))
  run "alone$i" "$d" --against "$work/src"
  cat "$work/alone$i.out" >>"$work/alone.out"
  alone=$(awk -v a="$alone" -v t="$(cut -d' ' -f1 "$work/alone$i.t")" 'BEGIN { print a + t }')
done <"$work/list"

read -r t1 m1 <"$work/one.t"
read -r tn mn <"$work/all.t"
sort "$work/all.out" >"$work/a" && sort "$work/alone.out" >"$work/b"
differ=$(comm -3 "$work/a" "$work/b" | wc -l)
kind () { sed -n 's/.*\[\([a-z-]*\)\]$/\1/p' "$1" | sort | uniq -c | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 }'; }
awk -v s="$sources" -v d="$drafts" -v t1="$t1" -v m1="$m1" -v tn="$tn" -v mn="$mn" -v ta="$alone" 'BEGIN {
  printf "lint, 1 draft:                %7.2f s, peak memory %6.0f MB\n", t1, m1
  printf "lint, %2d drafts in one run:   %7.2f s, peak memory %6.0f MB (%.2f s per draft beyond the first)\n",
         d, tn, mn, (d > 1 ? (tn - t1) / (d - 1) : 0)
  printf "lint, %2d drafts one run each: %7.2f s in all\n", d, ta
}'
echo "findings, one run:   $(wc -l <"$work/a") ($(kind "$work/a"))"
echo "findings, each alone: $(wc -l <"$work/b") ($(kind "$work/b"))"
echo "lines that differ between one run and each alone: $differ"
