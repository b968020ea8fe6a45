#!/usr/bin/env bash
# Byte-for-byte comparison of two annals builds on the same inputs: the
# proof that a refactoring preserves outputs (docs/PERFORMANCE.md).
#
#   bench/equivalence.sh OLD_ANNALS NEW_ANNALS INPUT...
#
# Runs `run --no-svg` (every output file), `extract` and
# `tag --format jsonl` with each binary on the same INPUTs (files or
# directories: examples/articles, ../shared/data/silver, ../shared/data/tbaq)
# at -j 1 and -j 2, and diffs the results. Exit 0 when all are identical.
# Both binaries read the same rules ($ANNALS_RULES, else this tree's).
set -euo pipefail
old=$(realpath "${1:?usage: equivalence.sh OLD NEW INPUT...}")
new=$(realpath "${2:?usage: equivalence.sh OLD NEW INPUT...}")
shift 2
export ANNALS_RULES=${ANNALS_RULES:-$(cd "$(dirname "$0")/.." && pwd)/rules}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

outputs() {  # outputs BINARY DIR: every output of BINARY on the inputs into DIR
  local bin=$1 dir=$2 j
  mkdir -p "$dir"
  for j in 1 2; do
    # The same output directory for both builds: the log names it.
    "$bin" run --no-svg -j "$j" --out "$tmp/out" "${inputs[@]}" > "$dir/run-j$j.log" 2>&1 || true
    mv "$tmp/out" "$dir/run-j$j"
  done
  "$bin" extract "${inputs[@]}" > "$dir/extract.jsonl" 2> "$dir/extract.log" || true
  "$bin" tag --format jsonl "${inputs[@]}" > "$dir/tag.jsonl" 2> "$dir/tag.log" || true
}

inputs=("$@")
outputs "$old" "$tmp/old"
outputs "$new" "$tmp/new"
if diff -r "$tmp/old" "$tmp/new" > "$tmp/diff"; then
  echo "identical: $(find "$tmp/new" -type f | wc -l) files, $(cat "$tmp"/new/run-j1/* | wc -c) bytes of run outputs"
else
  head -40 "$tmp/diff"
  echo "DIFFERENT"
  exit 1
fi
