#!/usr/bin/env bash
# profile-cli.sh: CPU profiles of the runs bench-cli.sh times, written as
# the top functions (flat and cumulative) to docs/profiles/*.txt.
#
#   scripts/profile-cli.sh [--bin ./termalign] --work DIR
#
# DIR holds the inputs bench-cli.sh builds (frN.txt, the 100k glossary):
# run `scripts/bench-cli.sh --work DIR` first.
set -euo pipefail

bin=./termalign work=""
while [ $# -gt 0 ]; do
	case "$1" in
	--bin) bin=$2; shift 2 ;;
	--work) work=$2; shift 2 ;;
	*) echo "usage: $0 [--bin PATH] --work DIR" >&2; exit 2 ;;
	esac
done
here=$(cd "$(dirname "$0")/.." && pwd)
[ -n "$work" ] || { echo "profile-cli.sh: --work DIR is needed (see bench-cli.sh)" >&2; exit 2; }
big=$(ls "$work"/fr*.txt | sort -V | tail -1)
small=$(ls "$work"/fr*.txt | sort -V | tail -2 | head -1)
out=$here/docs/profiles
mkdir -p "$out"
profile() { # NAME ARGS...
	local name=$1
	shift
	TERMALIGN_CPUPROFILE="$work/$name.prof" "$bin" "$@" >/dev/null 2>&1
	{
		echo "# termalign $*"
		echo "# (inputs from scripts/bench-cli.sh; $(date -u +%Y-%m-%d), $(nproc) cores)"
		go tool pprof -top -nodecount 25 "$bin" "$work/$name.prof" 2>/dev/null | sed -n '3,$p'
		echo
		echo "# cumulative"
		go tool pprof -top -cum -nodecount 25 "$bin" "$work/$name.prof" 2>/dev/null | sed -n '5,$p'
	} >"$out/$name.txt"
	echo "wrote $out/$name.txt"
}
profile segment-jsonl segment --paragraphs line --format jsonl "$big"
profile terms-embedded terms --format jsonl "$small"
profile terms-100k terms --glossary "$work/g100k.tsv" --format jsonl "$small"
