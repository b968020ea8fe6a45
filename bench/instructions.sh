#!/usr/bin/env bash
# Instruction counts of `annals tag` and `annals run` on a fixed slice of the
# bench corpus, under callgrind: a figure that does not move with the load
# of the machine, for comparing two builds (wall-clock figures need a quiet
# machine; see docs/PERFORMANCE.md).
#
#   bench/instructions.sh ANNALS CORPUS_DIR [FILES]
#
# FILES (default 150) first files of CORPUS_DIR/base. Prints, per command,
# the total instructions and those spent loading the rules and in the
# per-article work. Needs valgrind (Debian package).
set -euo pipefail
annals=$(realpath "${1:?usage: instructions.sh ANNALS CORPUS_DIR [FILES]}")
corpus=$(realpath "${2:?usage: instructions.sh ANNALS CORPUS_DIR [FILES]}")
files=${3:-150}
here=$(cd "$(dirname "$0")" && pwd)
rules=${BENCH_RULES:-$here/../rules}
command -v valgrind >/dev/null || { echo "instructions: valgrind not found" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"
ls "$corpus/base" | sort | head -n "$files" | while read -r f; do cp "$corpus/base/$f" "$tmp/in/"; done
bytes=$(cat "$tmp/in"/* | wc -c)

total() {  # total ARGS...: instructions of one annals command
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$annals" "$@" \
    > /dev/null 2> "$tmp/log"
  grep -o 'Collected : [0-9]*' "$tmp/log" | awk '{print $3}'
}

: > "$tmp/empty.txt"
measure() {  # measure LABEL ARGS... (the input directory is appended)
  local label=$1; shift
  local all none
  all=$(total "$@" "$tmp/in")
  none=$(total "$@" "$tmp/empty.txt")
  awk -v l="$label" -v a="$all" -v n="$none" -v b="$bytes" 'BEGIN {
    printf "| %s | %.0f M | %.0f M | %.0f M | %.0f |\n", l, a / 1e6, n / 1e6, (a - n) / 1e6, (a - n) / b }'
}

echo "$files articles, $bytes bytes; instructions counted by callgrind on every thread"
echo
echo "| command | total | start-up (an empty article) | the articles | instructions per byte |"
echo "|---|---|---|---|---|"
measure "annals tag -j 1" tag -j 1 --rules "$rules"
measure "annals run -j 1" run --no-svg -j 1 --rules "$rules" --out "$tmp/out"
