#!/usr/bin/env bash
# install.sh - `meson install --destdir D`, then a small program built against
# the installed library through `pkg-config --cflags --libs crosscheck` must
# extract the one claim of a sentence. Also: only the public API is exported,
# and a public header other than crosscheck.h cannot be included directly.
#   bash tests/install/install.sh BUILD_DIR MESON [SANITIZE]
# Skips (77) when pkg-config or a C compiler is missing.
# SPDX-License-Identifier: MIT
set -uo pipefail
build=$(cd "$1" && pwd)
meson=$2
sanitize=${3:-none}
here=$(cd "$(dirname "$0")" && pwd)
cc=${CC:-cc}

skip () { echo "SKIP: $*"; exit 77; }
failures=0
fail () { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass () { echo "ok: $*"; }

command -v pkg-config >/dev/null || skip "pkg-config is not installed"
command -v "$cc" >/dev/null || skip "no C compiler ($cc)"
[ -x "$meson" ] || command -v "$meson" >/dev/null || skip "meson is not found"

D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
if ! "$meson" install -C "$build" --destdir "$D" --no-rebuild >"$D.log" 2>&1; then
  sed 's/^/  | /' "$D.log" >&2
  rm -f "$D.log"
  fail "meson install --destdir"
  exit 1
fi
rm -f "$D.log"
pass "meson install --destdir"

pc=$(find "$D" -name crosscheck.pc | head -1)
[ -n "$pc" ] && pass "crosscheck.pc installed" || { fail "no crosscheck.pc under the destdir"; exit 1; }
header=$(find "$D" -path '*/include/crosscheck/crosscheck.h' | head -1)
[ -n "$header" ] && pass "headers installed" || fail "no include/crosscheck/crosscheck.h"
for h in "$here"/../../include/crosscheck/*.h; do
  [ -f "$(dirname "$header")/$(basename "$h")" ] || fail "$(basename "$h") is not installed"
done
lib=$(find "$D" -name 'libcrosscheck.so.0' | head -1)
[ -n "$lib" ] && pass "libcrosscheck.so.0 installed" || { fail "no libcrosscheck.so.0"; exit 1; }
libdir=$(dirname "$lib")
[ -z "$(find "$D" -name 'libcrosscheck*.a')" ] && pass "no static library installed" || fail "a static library is installed"

# A .pc written for its prefix: point it into the destdir (a relocatable one,
# prefix=${pcfiledir}/..., needs nothing).
grep -q '^prefix=/' "$pc" && sed -i "s|^prefix=|prefix=$D|" "$pc"
export PKG_CONFIG_PATH="$(dirname "$pc")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
if ! flags=$(pkg-config --cflags --libs crosscheck); then
  fail "pkg-config --cflags --libs crosscheck"
  exit 1
fi
pass "pkg-config --cflags --libs crosscheck"

extra=()
[ "$sanitize" != "none" ] && [ -n "$sanitize" ] && extra+=("-fsanitize=$sanitize")
# shellcheck disable=SC2086
if "$cc" -std=gnu11 -Wall -Werror "${extra[@]}" -o "$D/use-library" "$here/use-library.c" $flags 2>"$D/cc.log"; then
  pass "a program builds against the installed library"
else
  sed 's/^/  | /' "$D/cc.log" >&2
  fail "a program builds against the installed library"
  exit 1
fi

out=$(LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$D/use-library" "The bridge cost \$2.6 billion, officials said." 2>&1)
status=$?
if [ "$status" -eq 0 ] && [ "$(printf '%s\n' "$out" | grep -c .)" -eq 1 ] && [[ "$out" == $'money\t$2.6 billion\t'* ]]; then
  pass "the program extracts one claim: $out"
else
  fail "the program extracted (exit $status): $out"
fi
if command -v ldd >/dev/null; then
  # read whole first: grep -q leaving early would end ldd with SIGPIPE (pipefail)
  linked=$(LD_LIBRARY_PATH="$libdir" ldd "$D/use-library" 2>&1)
  case "$linked" in
    *"libcrosscheck.so.0 => $libdir/"*) pass "it runs on the installed libcrosscheck.so.0" ;;
    *) fail "it does not load the installed library: $linked" ;;
  esac
fi

# Only <crosscheck/crosscheck.h> is included directly.
printf '#include <crosscheck/xc-lint.h>\nint main (void) { return 0; }\n' >"$D/direct.c"
# shellcheck disable=SC2086
if "$cc" -c -o "$D/direct.o" "$D/direct.c" $(pkg-config --cflags crosscheck) 2>"$D/direct.log"; then
  fail "including <crosscheck/xc-lint.h> directly compiles"
elif grep -q 'Only <crosscheck/crosscheck.h> can be included directly' "$D/direct.log"; then
  pass "including <crosscheck/xc-lint.h> directly is an error"
else
  sed 's/^/  | /' "$D/direct.log" >&2
  fail "including <crosscheck/xc-lint.h> directly failed for another reason"
fi

# The shared library exports the public API (xc_*) and nothing else.
if command -v nm >/dev/null; then
  others=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ && $3 !~ /^xc_/ { print $3 }')
  [ -z "$others" ] && pass "only xc_ symbols are exported" || fail "exported beyond the API: $(echo $others | head -c 300)"
  n=$(nm -D --defined-only "$lib" | awk '$3 ~ /^xc_/' | wc -l)
  [ "$n" -gt 50 ] && pass "$n xc_ functions exported" || fail "only $n xc_ symbols exported"
fi

[ "$failures" -eq 0 ] || { echo "$failures failed" >&2; exit 1; }
