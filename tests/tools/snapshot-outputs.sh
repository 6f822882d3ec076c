#!/usr/bin/env bash
# snapshot-outputs.sh - writes what crosscheck prints on every corpus we have
# (`extract --format json` and `check --format json` on the seeds, each fixture
# cluster, the bundled example, the extraction and lint fixtures, and each
# development-set cluster when ../shared exists) into one folder, one file per
# run, so that a change meant to keep behaviour can be shown to keep it:
#   bash tests/tools/snapshot-outputs.sh build/src/cli/crosscheck /tmp/before
#   ... change, rebuild ...
#   bash tests/tools/snapshot-outputs.sh build/src/cli/crosscheck /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
set -uo pipefail
bin=$(realpath "$1"); out=$2
cd "$(dirname "$0")/../.."
mkdir -p "$out"
shared=../shared

run () {   # NAME ARGS... : stdout and exit status of one run
  local name=$1; shift
  "$bin" "$@" >"$out/$name" 2>"$out/$name.err"
  echo "exit $?" >>"$out/$name.err"
}

for c in fixtures/clusters/* fixtures/example; do
  n=$(basename "$c")
  run "extract-$n.json" extract --format json "$c"
  run "check-$n.json" check --format json "$c"
done
run "extract-fixtures-extract.json" extract --format json fixtures/extract
run "extract-fixtures-lint.json" extract --format json fixtures/lint
if [ -d "$shared/seeds" ]; then
  run "extract-seeds.json" extract --format json --manifest "$shared/seeds/sources.tsv" "$shared"/seeds/*.txt
  run "check-seeds.json" check --format json --manifest "$shared/seeds/sources.tsv" "$shared"/seeds/*.txt
fi
if [ -d "$shared/devset" ]; then
  for c in "$shared"/devset/*/; do
    c=${c%/}
    n=$(basename "$c")
    run "extract-dev-$n.json" extract --format json --manifest "$c/sources.tsv" "$c"/*.txt
    run "check-dev-$n.json" check --format json --manifest "$c/sources.tsv" "$c"/*.txt
  done
fi
ls "$out" | grep -vc '\.err$' | sed 's/$/ outputs written/'
