#!/bin/sh
# Byte-identical outputs on examples/: `annals run` (every file but the
# Graphviz drawing, at -j 1 and -j 2), `annals extract` and `annals tag`
# against the golden copies in tests/golden/examples. A refactoring that
# changes no rule must leave them as they are; a change of rules or of
# what annals finds updates them on purpose:
#
#   tests/e2e/golden_examples.sh ANNALS SOURCE_DIR [--update]
set -eu
annals=$1
src=$2
golden=$src/tests/golden/examples
export ANNALS_RULES="$src/rules"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"  # outputs name the articles by the paths given
mkdir -p "$tmp/out"
for j in 1 2; do
  "$annals" run --no-svg -j "$j" --out "$tmp/run" examples/articles > "$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
  [ "$j" = 1 ] && mv "$tmp/run" "$tmp/out/run" || mv "$tmp/run" "$tmp/run-j2"
done
"$annals" extract examples/articles > "$tmp/out/extract.jsonl"
"$annals" tag --format jsonl examples/articles > "$tmp/out/tag.jsonl"
if [ "${3:-}" = --update ]; then
  rm -rf "$golden" && mkdir -p "$(dirname "$golden")" && cp -r "$tmp/out" "$golden"
  echo "golden outputs written to $golden"
  exit 0
fi
diff -r "$golden" "$tmp/out" | head -40
diff -r "$golden" "$tmp/out" > /dev/null
diff -r "$golden/run" "$tmp/run-j2" > /dev/null || { echo "-j 2 differs from -j 1"; exit 1; }
echo "examples: outputs identical to $golden"
