#!/usr/bin/env bash
# api-docs.sh - every function of the public API (XC_PUBLIC in
# include/crosscheck/*.h) has a gtk-doc comment: a "/**" block that opens
# with " * name:", and every function declared there is marked XC_PUBLIC.
# Lists the ones that are not and exits 1.
#   bash tests/tools/api-docs.sh [INCLUDE_DIR]
# SPDX-License-Identifier: MIT
set -uo pipefail
dir=${1:-$(dirname "$0")/../../include/crosscheck}
missing=0 total=0
for h in "$dir"/*.h; do
  for fn in $(grep -A1 '^XC_PUBLIC$' "$h" | grep -o 'xc_[a-z_0-9]* *(' | tr -d ' ('); do
    total=$((total + 1))
    if ! grep -Pzoq "/\*\*\n \* $fn:" "$h"; then
      echo "undocumented: $(basename "$h"): $fn"
      missing=$((missing + 1))
    fi
  done
done
echo "$((total - missing)) of $total public functions documented"
# a declaration without XC_PUBLIC would be neither exported nor checked above
for h in "$dir"/*.h; do
  unmarked=$(awk 'prev != "XC_PUBLIC" && /^[A-Za-z].*[^a-z_]xc_[a-z_0-9]* *\(/ && !/^(typedef|G_DEFINE|#)/ { print FILENAME ": " $0 }
                  { prev = $0 }' "$h")
  if [ -n "$unmarked" ]; then
    echo "not marked XC_PUBLIC: $unmarked"
    missing=$((missing + 1))
  fi
done
[ "$missing" -eq 0 ]
