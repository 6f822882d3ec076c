#!/usr/bin/env bash
# map-reduce.sh - the map/reduce split of docs/performance.md, end to end: the map
# (`extract --format jsonl --key` over batches of files, in parallel: GNU parallel
# when installed, else xargs -P), `sort` on the story key as the shuffle, and the
# reduce (`check --claims -`). One reducer over the whole sorted stream writes the
# report a single `check` on the articles writes, byte for byte; one reducer per
# story key gives the same conflicts. Stories: half the fixture clusters given a
# key in a manifest, the rest found automatically.
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
CL="$XC_FIXTURES/clusters"
cd "$TMP"

mapfile -t files < <(find "$CL" -type f -name '*.md' | LC_ALL=C sort)
[ "${#files[@]}" -ge 8 ] || fail "too few fixture articles"
printf 'file\tsource\tpublished\tstory\n' > m.tsv
for f in "${files[@]}"; do
  c=$(basename "$(dirname "$f")")
  case "$c" in k*|l*|o*) story="$c" ;; *) story="" ;; esac
  printf '%s\t\t\t%s\n' "$f" "$story" >> m.tsv
done

# the single process
expect_status 1 "one process" -- "$XC" check --format json -o one.json --manifest m.tsv "${files[@]}"

# the map, three files a batch, each batch's lines in its own file
mkdir -p parts
if command -v parallel >/dev/null; then
  how="GNU parallel"
  printf '%s\n' "${files[@]}" | parallel -j 2 -N 3 "\"$XC\" extract --format jsonl --key --manifest m.tsv {} > parts/{#}.jsonl 2>>map.log"
else
  how="xargs -P"
  printf '%s\0' "${files[@]}" | xargs -0 -P 2 -n 3 sh -c 'out=$(mktemp parts/XXXXXX); exec "$0" extract --format jsonl --key --manifest m.tsv "$@" > "$out" 2>>map.log' "$XC"
fi
n=$(cat parts/* | wc -l)
[ "$n" -eq "${#files[@]}" ] && pass "map ($how): one line per document" || fail "map ($how): $n lines for ${#files[@]} documents"

# the shuffle: sort on the key (the text before the first tab)
cat parts/* | LC_ALL=C sort -t "$(printf '\t')" -k1,1 -s > shuffled.jsonl
# one reducer over everything: the same bytes as the single process
"$XC" check --format json -o reduced.json --claims - < shuffled.jsonl >/dev/null 2>&1
if cmp -s one.json reduced.json; then pass "one reducer: the report of one process, byte for byte"
else fail "one reducer: the report differs from one process"; diff one.json reduced.json | head -10 >&2; fi
# a claims file by name reads the same
"$XC" check --format json -o named.json --claims shuffled.jsonl >/dev/null 2>&1
cmp -s one.json named.json && pass "--claims FILE" || fail "--claims FILE differs from --claims -"

# one reducer per key: the same conflicts (member lists), story by story
conflicts () { python3 -c '
import json, sys
for path in sys.argv[1:]:
    for g in json.load(open(path))["groups"]:
        if g["verdict"] == "conflict":
            print(" ".join("%s:%d" % (m["file"], m["offset"]) for m in g["members"]))' "$@" | LC_ALL=C sort; }
if command -v python3 >/dev/null; then
  awk -F '\t' '{ k = $1 == "" ? "_none" : $1; print > ("key-" k ".jsonl") }' shuffled.jsonl
  for k in key-*.jsonl; do "$XC" check --format json -o "${k%.jsonl}.json" --claims "$k" >/dev/null 2>&1; done
  conflicts one.json > c-one.txt
  conflicts key-*.json > c-keys.txt
  if [ -s c-one.txt ] && cmp -s c-one.txt c-keys.txt; then pass "a reducer per key: the same $(wc -l < c-one.txt) conflicts"
  else fail "a reducer per key: other conflicts"; diff c-one.txt c-keys.txt | head >&2; fi
fi

# what the reducer refuses
printf 'not json\n' > bad.jsonl
expect_status 2 "a line that is not a document" -- "$XC" check --claims bad.jsonl
expect_status 2 "articles and --claims together" -- "$XC" check --claims shuffled.jsonl "${files[0]}"
finish
