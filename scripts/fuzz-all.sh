#!/usr/bin/env bash
# Runs every fuzz target of the module for a while each, two at a time,
# and prints one line per target: its package, name, and how it ended.
#
#   scripts/fuzz-all.sh [--time 10m] [--jobs 2] [--log DIR]
#
# A failing input is written by Go under the package's
# testdata/fuzz/<Target>/: commit it as a regression test with its fix.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=10m jobs=2 log=$(mktemp -d)
while [ $# -gt 0 ]; do
  case "$1" in
    --time) fuzztime=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --log) log=$2; mkdir -p "$log"; shift 2 ;;
    *) echo "usage: $0 [--time 10m] [--jobs 2] [--log DIR]" >&2; exit 2 ;;
  esac
done
targets=$(grep -rl --include='*_test.go' '^func Fuzz' . | while read -r f; do
  pkg=$(dirname "$f")
  grep -o '^func Fuzz[A-Za-z0-9_]*' "$f" | sed "s|^func |$pkg |"
done)
echo "$targets" | xargs -P "$jobs" -L 1 bash -c '
  pkg=$0 name=$1
  out='"$log"'/$(echo "$pkg-$name" | tr / _).log
  if go test "$pkg" -run XXX -fuzz "^$name\$" -fuzztime '"$fuzztime"' -fuzzminimizetime 2s -parallel 1 >"$out" 2>&1; then
    echo "$pkg $name ok: $(grep -o "execs: [0-9]*" "$out" | tail -1)"
  else
    echo "$pkg $name FAILED: see $out"
  fi'
echo "logs in $log"
