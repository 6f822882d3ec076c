#!/usr/bin/env bash
# lint-exit.sh - exit status by --fail-on, --unsupported and .crosscheck.ini; a contested figure warns
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
need_pipeline
cd "$TMP"
cp "$FIX/drafts/wrong-figure.md" wrong.md
cp "$FIX/drafts/contested.md" contested.md
M=(--manifest "$FIX/sources/sources.tsv")

expect_status 1 "contradicted: error, exit 1" -- "$XC" lint --no-config wrong.md --against "$FIX/sources" "${M[@]}"
expect_status 0 "--fail-on none" -- "$XC" lint --no-config --fail-on none wrong.md --against "$FIX/sources" "${M[@]}"
expect_status 0 "contradicted lowered to a warning" -- "$XC" lint --no-config --severity contradicted=warning wrong.md --against "$FIX/sources" "${M[@]}"

expect_status 0 "contested: warning, exit 0" -- "$XC" lint --no-config contested.md --against "$FIX/sources" "${M[@]}"
expect_in out '^contested\.md:5:[0-9]+: warning: "18 percent" is contested: 2 sources agree .*1 disagrees \("21 percent" \(River Wire, river-wire\.txt:[0-9]+\)\) \[contested\]$' "contested names both sides"
expect_not_in out ': error: ' "contested: no error"
expect_status 1 "contested with --fail-on warning" -- "$XC" lint --no-config --fail-on warning contested.md --against "$FIX/sources" "${M[@]}"

# unsupported claims are warnings unless turned off
printf '# Notes\n\nThe bridge has 7 lanes and 412 lamps.\n' >extra.md
"$XC" lint --no-config extra.md --against "$FIX/sources" "${M[@]}" >out 2>err
expect_in out 'warning: .*is stated by none of the 3 sources checked \[unsupported\]' "unsupported warning"
expect_status 0 "--unsupported=off" -- "$XC" lint --no-config --fail-on warning --unsupported=off extra.md --against "$FIX/sources" "${M[@]}"
expect_not_in out 'unsupported' "--unsupported=off hides them"

# the configuration supplies sources, manifest and levels; options override it
cat >.crosscheck.ini <<INI
[lint]
against = $FIX/sources
manifest = $FIX/sources/sources.tsv
fail-on = warning
INI
expect_status 1 "config: sources and fail-on" -- "$XC" lint contested.md
expect_status 0 "option overrides config" -- "$XC" lint --fail-on error contested.md
printf '[severity]\ncontested = off\n' >>.crosscheck.ini
expect_status 0 "config: severity off" -- "$XC" lint contested.md
rm -f .crosscheck.ini

# the same words with the opposite direction contradict, and the message shows how
mkdir -p dir
printf -- '---\nsource: Daily Planet\npublished: 2024-05-02\n---\nExports from Pelland rose 26 percent in 2023 to $4.1 billion, the trade ministry said.\n' >dir/a.md
printf -- '---\nsource: The Bugle\npublished: 2024-05-03\n---\nPelland exports rose 26 percent in 2023, reaching $4.1 billion, according to the trade ministry.\n' >dir/b.md
printf -- '---\nsource: Draft\npublished: 2024-05-04\n---\nPelland exports fell 26 percent in 2023 to $4.1 billion, the trade ministry said.\n' >down.md
expect_status 1 "down against up: an error" -- "$XC" lint --no-config down.md --against dir
expect_in out '"26 percent" \(26 % down\) contradicts "26 percent" \(26 % up; ' "the values tell the same words apart"
finish
