#!/usr/bin/env bash
# completion.sh - the bash completion: subcommands, `help <TAB>`, option values
# after a space and after '=', the options of each subcommand; zsh's and
# fish's files parse (when those shells are installed); the man page passes
# `mandoc -T lint` (when mandoc is installed)
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck disable=SC1091
. "$SRC/src/cli/crosscheck.bash-completion"
compopt () { :; }   # only inside a real completion

# complete "LINE" [CWORD]: COMP_WORDS split the way bash does ('=' a word of its own)
complete_line () {
  local line="$1"
  line="${line//=/ = }"
  read -r -a COMP_WORDS <<<"$line"
  [[ "$1" == *" " ]] && COMP_WORDS+=("")
  [[ "$1" == *"=" ]] && [ "${COMP_WORDS[-1]}" != "=" ] && COMP_WORDS+=("=")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _crosscheck
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect_completion () {   # LINE WANT
  local got
  got="$(complete_line "$1")"
  if [ "$got" = "$2" ]; then pass "'$1' completes to '$2'"; else fail "'$1' completes to '$got', wanted '$2'"; fi
}

cd "$TMP"
touch a.txt b.json
expect_completion "crosscheck " "--help --version check diff extract help lint"
expect_completion "crosscheck help " "check diff extract lint"
expect_completion "crosscheck help l" "lint"
expect_completion "crosscheck lint --format " "github gnu json markdown rdjsonl sarif"
expect_completion "crosscheck lint --format=" "github gnu json markdown rdjsonl sarif"
expect_completion "crosscheck lint --format=s" "sarif"
expect_completion "crosscheck check --format=" "html json markdown text"
expect_completion "crosscheck extract -f " "json jsonl text"
expect_completion "crosscheck diff --fail-on=" "changed never new"
expect_completion "crosscheck check --fail-on " "conflict never"
expect_completion "crosscheck lint --fail-on=n" "never note"
expect_completion "crosscheck extract --color=" "always auto never"
expect_completion "crosscheck check --q" "--quiet"
expect_completion "crosscheck extract --o" "--output"
expect_completion "crosscheck diff --st" "--stdin-name"
expect_completion "crosscheck diff " "b.json"

# zsh and fish: their files parse
if command -v zsh >/dev/null; then
  zsh -n "$SRC/src/cli/_crosscheck" && pass "zsh completion parses" || fail "zsh completion"
else
  echo "SKIP: zsh is not installed: its completion is not parsed"
fi
if command -v fish >/dev/null; then
  fish --no-execute "$SRC/src/cli/crosscheck.fish" && pass "fish completion parses" || fail "fish completion"
  got=$(fish -c "source '$SRC/src/cli/crosscheck.fish'; complete -C 'crosscheck lint --format='" | tr '\n' ' ')
  [ "$got" = "--format=github --format=gnu --format=json --format=markdown --format=rdjsonl --format=sarif " ] \
    && pass "fish: --format= completes the formats only" || fail "fish: --format= gives '$got'"
  got=$(fish -c "source '$SRC/src/cli/crosscheck.fish'; complete -C 'crosscheck help '" | tr '\n' ' ')
  [ "$got" = "check diff extract lint " ] && pass "fish: help lists the commands" || fail "fish: help gives '$got'"
else
  echo "SKIP: fish is not installed: its completion is not parsed"
fi

# the man page: ENVIRONMENT, FILES, EXIT STATUS and a full date; mandoc's lint clean
MAN="$SRC/docs/crosscheck.1"
for s in ENVIRONMENT FILES "EXIT STATUS"; do
  expect_in "$MAN" "^\.SH \"?$s\"?" "the man page has $s"
done
expect_in "$MAN" '^\.TH CROSSCHECK 1 "[0-9]{4}-[0-9]{2}-[0-9]{2}"' "the man page has a full date"
if command -v mandoc >/dev/null; then
  mandoc -T lint -W warning "$MAN" >"$TMP/lint" 2>&1
  if [ -s "$TMP/lint" ]; then fail "mandoc -T lint"; sed 's/^/  /' "$TMP/lint" >&2; else pass "mandoc -T lint is clean"; fi
else
  echo "SKIP: mandoc is not installed: the man page is not linted"
fi
finish
