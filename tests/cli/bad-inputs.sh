#!/usr/bin/env bash
# bad-inputs.sh - the bad-input matrix (docs/reliability.md): each bad input,
# given to extract, check and lint beside a good one, ends in a clear message
# naming the file, or in success; never a crash, a hang (timeout) or memory
# without bound (ulimit -v, skipped under ASan); the good input is still in
# the output
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
cd "$TMP"
printf -- '---\nsource: Daily Wire\npublished: 2024-05-02\n---\nThe port handled 40 ships in April.\n' >good.txt
asan=0
# read whole first: grep -q leaving early would end ldd with SIGPIPE (pipefail), and
# a sanitized build would then run under ulimit -v and fail to map its shadow memory
linked=$(ldd "$XC" 2>/dev/null)
case "$linked" in *libasan*) asan=1 ;; esac

# run_bounded SECONDS CMD...: stdout to out, stderr to err; sets $st
run_bounded () {
  local secs=$1
  shift
  if [ "$asan" -eq 0 ]; then
    ( ulimit -v 2000000; timeout "$secs" "$@" ) >out 2>err
  else
    timeout "$secs" "$@" >out 2>err
  fi
  st=$?
}

# verdict NAME WANT_RE: the run must exit 0, 1 or 2 (not a signal or the
# timeout), and stderr must match WANT_RE when it failed
verdict () {
  local what=$1 want=$2
  if [ "$st" -ge 3 ]; then
    fail "$what: exit $st (crash, signal or timeout)"; sed 's/^/  err: /' err | head -5 >&2
  elif [ "$st" -eq 2 ] && ! grep -Eq -- "$want" err; then
    fail "$what: exit 2 without a message matching /$want/"; sed 's/^/  err: /' err | head -5 >&2
  else
    pass "$what (exit $st)"
  fi
}

# --- articles: each beside good.txt, in every subcommand ---
: >empty.txt
printf 'The port \0handled 40 ships.\n' >nul.txt
printf 'The port handled 40 ships, \xe2\x82 up 3%%.\n' >invalid.txt
mkfifo fifo.txt
mkdir dir.txt
printf 'x\n' >dir.txt/inner.txt
# a 1 MB line of prose (no line break), and a 100 KB line of figures in one "sentence"
awk 'BEGIN { while (n < 1048576) { s = sprintf("The council spent $%d million on %d projects, up %d percent from 2019. ", n % 900 + 1, n % 80 + 2, n % 40 + 1); printf "%s", s; n += length(s) } print "" }' >oneline.txt
awk 'BEGIN { printf "Rates were"; for (i = 0; i < 20000; i++) printf " %d%%", i % 97 + 1; print " over the years." }' >figures.txt
{ printf '<html><body>'; for i in $(seq 3000); do printf '<div>'; done; printf '<p>The city spent $5 million.</p>'; for i in $(seq 3000); do printf '</div>'; done; printf '</body></html>\n'; } >deep.html
ln -s nowhere.txt dangling.txt

declare -A why=(
  [empty.txt]='empty\.txt: empty file'
  [nul.txt]='nul\.txt: NUL byte at byte 9'
  [invalid.txt]='invalid\.txt: not UTF-8 at byte 27'
  [fifo.txt]='fifo\.txt: not a regular file'
  [oneline.txt]='.'
  [figures.txt]='.'
  [deep.html]='.'
  [dangling.txt]='dangling\.txt: no such file'
  [missing.txt]='missing\.txt: no such file'
)
for bad in empty.txt nul.txt invalid.txt fifo.txt oneline.txt figures.txt deep.html dangling.txt missing.txt; do
  run_bounded 60 "$XC" extract --format jsonl good.txt "$bad"
  verdict "extract $bad" "${why[$bad]}"
  grep -q '"file":"good.txt".*"40 ships"' out && pass "extract $bad: the good input is still there" || fail "extract $bad: good.txt lost"
  run_bounded 60 "$XC" check --format json good.txt "$bad"
  verdict "check $bad" "${why[$bad]}"
  grep -q '"file": "good.txt"' out && pass "check $bad: the good input is still there" || fail "check $bad: good.txt lost"
  run_bounded 60 "$XC" lint --no-config good.txt --against "$bad" good.txt
  verdict "lint against $bad" "${why[$bad]}|a draft is not one of its own sources"
done
# the failures are listed in the check report
run_bounded 60 "$XC" check --format json good.txt empty.txt nul.txt
grep -q '"error": "empty.txt: empty file"' out && pass "a failed input is in the check report" || fail "failed input not in the report"
# deep HTML keeps its text
run_bounded 60 "$XC" extract deep.html
grep -q '"\$5 million"' out && pass "deep HTML: its text is read" || fail "deep HTML: text lost"
# the one-line files are read in time, with every claim
run_bounded 60 "$XC" extract --format jsonl oneline.txt
n=$(grep -o '"kind":"percent"' out | wc -l)
[ "$st" -eq 0 ] && [ "$n" -gt 10000 ] && pass "1 MB one-line file: $n percentages" || fail "1 MB one-line file: exit $st, $n percentages"
run_bounded 60 "$XC" extract --format jsonl figures.txt
n=$(grep -o '"kind":"percent"' out | wc -l)
[ "$st" -eq 0 ] && [ "$n" -eq 20000 ] && pass "100 KB of figures: every one" || fail "100 KB of figures: exit $st, $n claims"

# --- a directory where a file is wanted; a folder walked ---
run_bounded 30 "$XC" extract --format jsonl good.txt dir.txt
verdict "extract a folder named dir.txt" '.'
grep -q '"file":"dir.txt/inner.txt"' out && pass "a folder given is walked" || fail "folder not walked"

# --- files read whole: manifest, configuration, baseline, reports ---
printf '{"tool":"crosscheck","version":1,"documents":[],"groups":[]}\n' >empty-report.json
for spec in "manifest:/dev/zero" "manifest:fifo.txt" "manifest:dir.txt" "manifest:missing.tsv"; do
  f=${spec#*:}
  run_bounded 20 "$XC" extract --manifest "$f" good.txt
  verdict "--manifest $f" "$f: (the manifest is not a regular file|cannot read the manifest)"
done
for f in /dev/zero fifo.txt dir.txt; do
  run_bounded 20 "$XC" lint --config "$f" good.txt --against good.txt
  verdict "lint --config $f" "$f: the configuration is not a regular file"
  run_bounded 20 "$XC" lint --no-config --baseline "$f" good.txt --against good.txt
  verdict "lint --baseline $f" "$f: the baseline is not a regular file"
  run_bounded 20 "$XC" diff "$f" empty-report.json
  verdict "diff $f" "$f: the report is not a regular file"
done
# deep JSON and a report too large
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "" }' >deep.json
run_bounded 20 "$XC" diff deep.json empty-report.json
verdict "diff on JSON nested 100,000 deep" 'deep\.json: .*nested deeper than 256 levels'
run_bounded 20 "$XC" lint --no-config --baseline deep.json good.txt --against good.txt
verdict "--baseline nested 100,000 deep" 'deep\.json: .*nested deeper than 256 levels'
# a second value after the report (json-glib leaked what it read of it)
printf '{"tool":"crosscheck","version":1,"groups":[]}\n[[[[1]]]]\n' >two-values.json
run_bounded 20 "$XC" diff two-values.json empty-report.json
verdict "diff on a report followed by a second JSON value" 'two-values\.json: .*JSON text goes on after its value'
truncate -s 65M huge.json
run_bounded 20 "$XC" diff huge.json empty-report.json
verdict "diff on a 65 MiB report" 'huge\.json: the report is larger than the limit of 64 MiB'
truncate -s 17M huge.txt
run_bounded 20 "$XC" extract good.txt huge.txt
verdict "a 17 MiB article" 'huge\.txt: the article is larger than the limit of 16 MiB'

# --- globs and folder names that are not UTF-8 ---
mkdir -p "walk/$(printf 'ab\xe2\x82')"
cp good.txt "walk/$(printf 'ab\xe2\x82')/a.txt"
printf '[lint]\nexclude = ?*q; \xfe*\n' >walk/.crosscheck.ini
(cd walk && run_bounded 20 "$XC" lint "$(printf 'ab\xe2\x82')/a.txt" --against .; echo "$st" >../st)
st=$(cat st)
verdict "lint in a folder whose name is not UTF-8, globs that are not either" '.'
finish
