#!/usr/bin/env bash
# run.sh - the README's two commands: installs what is missing (Debian 12,
# apt-get), configures and builds, then runs the bundled example or every test.
#   bash tests/run.sh example   # crosscheck check on fixtures/example
#   bash tests/run.sh test      # every test suite (unit, CLI, acceptance)
# BUILD_DIR (default: build) and MESON_ARGS (extra `meson setup` options) may be set.
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-test}"
build="${BUILD_DIR:-build}"

packages=(meson ninja-build pkg-config gcc libc6-dev
          libpcre2-dev libglib2.0-dev libjson-glib-dev libxml2-dev check
          libmd4c-dev libyaml-dev python3-jsonschema mandoc
          wordnet-dev wordnet-base)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "run.sh: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# Set-up and build speak only when something goes wrong.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if [ ! -f "$build/build.ninja" ]; then
  # shellcheck disable=SC2086
  meson setup "$build" -Dwerror=true ${MESON_ARGS:-} >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
ninja -C "$build" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }

case "$mode" in
  example)
    status=0
    "$build/src/cli/crosscheck" check fixtures/example || status=$?
    # 1 means "conflicts found": the example has one on purpose.
    [ "$status" -le 1 ] || exit "$status"
    ;;
  test)
    meson test -C "$build" --print-errorlogs
    ;;
  *)
    echo "usage: bash tests/run.sh example|test" >&2
    exit 2
    ;;
esac
