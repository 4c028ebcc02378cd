#!/usr/bin/env bash
# bench-cli.sh: end-to-end timings of the termalign binary, as ratios to
# `wc -w` on the same file. Each run is timed 5 times; the median is
# printed with its ratio and the peak RSS of the slowest run.
#
#   scripts/bench-cli.sh [--bin ./termalign] [--mb 50] [--work DIR]
#
# Inputs are built in the work folder (default: a temporary one) from the
# UD French sentences in ../shared/bench when present, else from the
# sample article, repeated to the size asked. The 100k-entry glossary is
# made of the corpus's own words and word pairs, so it has many hits.
set -euo pipefail

bin=./termalign mb=50 work=""
while [ $# -gt 0 ]; do
	case "$1" in
	--bin) bin=$2; shift 2 ;;
	--mb) mb=$2; shift 2 ;;
	--work) work=$2; shift 2 ;;
	*) echo "usage: $0 [--bin PATH] [--mb N] [--work DIR]" >&2; exit 2 ;;
	esac
done
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -x "$bin" ]; then
	(cd "$here" && go build -o termalign ./cmd/termalign)
	bin=$here/termalign
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
if [ -z "$work" ]; then
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

# seedtext prints French paragraphs, one a line.
seedtext() {
	local ud=$here/../shared/bench/segmentation
	if ls "$ud"/ud_fr_*.jsonl >/dev/null 2>&1; then
		python3 -c '
import json, sys
for p in sys.argv[1:]:
    for line in open(p, encoding="utf-8"):
        d = json.loads(line)
        t = d.get("text") or " ".join(d.get("sentences", []))
        if t: print(t.replace("\n", " "))
' "$ud"/ud_fr_*.jsonl
	else
		cat "$here/testdata/karabakh.fr.txt"
	fi
}

# repeat FILE MB: repeat the seed text until it reaches MB megabytes.
repeat() {
	local out=$1 size=$(($2 * 1000000))
	seedtext >"$work/seed.txt"
	: >"$out"
	while [ "$(stat -c %s "$out")" -lt "$size" ]; do cat "$work/seed.txt" >>"$out"; done
	head -c "$size" "$out" >"$out.tmp" && mv "$out.tmp" "$out"
	# end on a whole line
	sed -i '$d' "$out"
}

[ -s "$work/fr$mb.txt" ] || repeat "$work/fr$mb.txt" "$mb"
small=$((mb * 2 / 5))
[ -s "$work/fr$small.txt" ] || head -c $((small * 1000000)) "$work/fr$mb.txt" | sed '$d' >"$work/fr$small.txt"
if [ ! -s "$work/g100k.tsv" ]; then
	python3 - "$work/seed.txt" "$work/g100k.tsv" <<'PY'
import re, sys
words = re.findall(r"[^\W\d_]{3,}", open(sys.argv[1], encoding="utf-8").read())
seen, out = set(), []
for i in range(len(words)):
    for term in (words[i], " ".join(words[i:i + 2])):
        k = term.lower()
        if k not in seen:
            seen.add(k)
            out.append(term)
    if len(out) >= 100000:
        break
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("id\tfr\ten\n")
    for n, t in enumerate(out[:100000]):
        f.write(f"g{n}\t{t}\tT{n}\n")
PY
fi

# timeit CMD...: print the wall time in seconds and the peak RSS in kB.
timeit() {
	local start end
	start=$(date +%s%N)
	if ! /usr/bin/time -f '%M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt"; then
		echo "bench-cli: failed: $*" >&2
		cat "$work/stderr.txt" >&2
		exit 1
	fi
	end=$(date +%s%N)
	echo "$(echo "($end - $start) / 1000000000" | bc -l) $(tail -1 "$work/time.txt")"
}

# run NAME FILE CMD...: time CMD five times; print the median, its ratio
# to `wc -w` on FILE, and the largest peak RSS.
run() {
	local name=$1 file=$2
	shift 2
	local base t rss ts=() rs=()
	base=$(median wc -w "$file")
	for _ in 1 2 3 4 5; do
		read -r t rss < <(timeit "$@")
		ts+=("$t") rs+=("$rss")
	done
	t=$(printf '%s\n' "${ts[@]}" | sort -g | sed -n 3p)
	rss=$(printf '%s\n' "${rs[@]}" | sort -g | tail -1)
	printf '%-44s %6.2f s  %5.1fx wc -w  %6d MB\n' "$name" "$t" "$(echo "$t / $base" | bc -l)" $((rss / 1024))
}

# median CMD...: the median wall time of five runs.
median() {
	local ts=()
	for _ in 1 2 3 4 5; do
		ts+=("$(timeit "$@" | cut -d' ' -f1)")
	done
	local m
	m=$(printf '%s\n' "${ts[@]}" | sort -g | sed -n 3p)
	printf '%.4f\n' "$m"
}

echo "# $(date -u +%F) $(nproc) cores, inputs in $work"
run "segment --format jsonl ($mb MB)" "$work/fr$mb.txt" \
	"$bin" segment --lang fr --paragraphs line --format jsonl "$work/fr$mb.txt"
run "segment --format text ($mb MB)" "$work/fr$mb.txt" \
	"$bin" segment --lang fr --paragraphs line "$work/fr$mb.txt"
run "terms --format jsonl, embedded ($small MB)" "$work/fr$small.txt" \
	"$bin" terms --lang fr --format jsonl "$work/fr$small.txt"
run "terms --format jsonl, 100k glossary ($small MB)" "$work/fr$small.txt" \
	"$bin" terms --lang fr --glossary "$work/g100k.tsv" --format jsonl "$work/fr$small.txt"
printf '%-44s %6.3f s\n' "version" "$(median "$bin" version)"
printf '%-44s %6.3f s\n' "--help" "$(median "$bin" --help)"
