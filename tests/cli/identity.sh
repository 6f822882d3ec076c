#!/usr/bin/env bash
# identity.sh - one document per file whatever it is called; a draft is never
# its own source; manifest rows that repeat or match nothing are warned about;
# names are trimmed
# SPDX-License-Identifier: MIT
. "$(dirname "$0")/lint-common.sh"
cd "$TMP"
mkdir -p a drafts
printf -- '---\nsource: Daily Wire\npublished: 2024-05-02\n---\nThe port handled 40 ships in April, officials said.\n' >x.txt
printf -- '---\nsource: The Bugle\npublished: 2024-05-03\n---\nThe port handled 40 ships in April.\n' >y.txt

"$XC" extract --format jsonl x.txt ./x.txt a/../x.txt >out 2>err
docs=$(wc -l <out)
[ "$docs" -eq 1 ] && pass "x, ./x and a/../x are one document" || fail "$docs documents"
expect_in out '^\{"file":"x.txt"' "named x.txt"

# a draft among its own sources
printf -- '---\nsource: Draft\n---\nThe port handled 41 ships in April.\n' >drafts/d.md
cp y.txt drafts/
(cd drafts && "$XC" lint --no-config --format json d.md --against . >../out 2>../err)
expect_in err 'warning: d\.md: a draft is not one of its own sources' "the draft among its sources: a warning"
expect_in out '"sources": *1' "and it is not counted as a source"

# manifest: a trailing space, a repeated row, a row for no input
printf 'file\tsource\tpublished\nx.txt\tDaily Wire \t2024-05-02\ny.txt\tDaily Wire\t2024-05-02\nz.txt\tNobody\t2024-05-04\n./y.txt\tThe Bugle \t2024-05-03\n' >m.tsv
printf 'The port handled 40 ships in April.\n' >x2.txt
"$XC" check --format json --manifest m.tsv x.txt y.txt >out 2>err
expect_in err 'warning: m\.tsv:3: .y\.txt. has another row at line 5, which counts' "a repeated row: a warning naming file and line"
expect_in err 'warning: m\.tsv:4: no input matches the row for .z\.txt.' "a row for no input: a warning"
expect_not_in out '"Daily Wire "|"The Bugle "' "source names trimmed"
expect_in out '"n_sources": *2' "two sources, not three"
finish
