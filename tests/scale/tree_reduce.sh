#!/usr/bin/env bash
# Tree reduction: extract in shards, merge the shards' records pairwise
# into partial assemblies (`annals assemble --partial`), merge those
# pairwise again, and assemble the root; timeline.json, timeline.md,
# timeline.csv, graph.dot, graph.graphml and report.html must equal, byte
# for byte, those of one `annals run` over the same articles in the same
# order. Also: a truncated partial fails the merge and writes nothing.
#
#   tree_reduce.sh ANNALS_BINARY [SOURCE_DIR]
#
# Articles: examples/articles, 24 generated ones (several with a
# dateline but no year, dated by the others), and every tenth TE3 silver
# TimeML file up to SCALE_SILVER (default 120) when ../shared exists.
set -euo pipefail
annals=$(realpath "${1:?usage: tree_reduce.sh ANNALS_BINARY [SOURCE_DIR]}")
src=$(realpath "${2:-$(dirname "$0")/../..}")
shared=${SHARED:-$src/../shared}
rules="$src/rules"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

generate_articles() {
  local cities=(Beijing Moscow Paris Berlin Tokyo Cairo Delhi Madrid)
  local people=("Wang Yi" "Sergei Lavrov" "Antony Blinken" "Annalena Baerbock" "Yoko Kamikawa")
  mkdir -p gen
  for i in $(seq 1 24); do
    local c=${cities[i % 8]} a=${people[i % 5]} b=${people[(i + 2) % 5]}
    local day=$(( (i % 27) + 1 )) month=$(( (i % 12) + 1 ))
    local dateline="$month/$day/2021"
    # Every third article gives no year: the reduce must find it elsewhere.
    if (( i % 3 == 0 )); then dateline=$(date -d "2021-$month-$day" '+%B %-d'); fi
    printf '%s, %s (Xinhua) -- Foreign Minister %s met with Foreign Minister %s in %s on Tuesday.\n\n%s said the two sides held talks on trade. The two ministers will meet again on %s, %s told reporters.\n\nEarlier, %s held a phone call with %s.\n' \
      "${c^^}" "$dateline" "$a" "$b" "$c" "$a" "$(date -d "2021-$month-$day +7 days" '+%B %-d, %Y')" "$b" "$a" "$b" \
      > "gen/art$(printf %03d "$i").txt"
  done
}

generate_articles
{ ls "$src"/examples/articles/*.txt; ls "$work"/gen/*.txt; } > corpus.list
if [ -d "$shared/data/silver" ]; then
  find "$shared/data/silver" -name '*.tml' | sort |
    awk -v n="${SCALE_SILVER:-120}" 'NR % 10 == 0 && k++ < n' >> corpus.list
fi
total=$(wc -l < corpus.list)

"$annals" run --rules "$rules" -j 2 --no-svg --out run $(cat corpus.list) > /dev/null 2>&1 || true

# Map: 8 shards, each its own extract process.
split -n l/8 -d corpus.list shard.
for s in shard.*; do "$annals" extract --rules "$rules" -j 1 $(cat "$s") > "$s.jsonl" 2>/dev/null; done
# Level 1: shard records, two at a time -> 4 partials; level 2 -> 2; root.
merge() { "$annals" assemble --partial "$1" "${@:2}" 2>/dev/null; }
merge l1.0 shard.00.jsonl shard.01.jsonl; merge l1.1 shard.02.jsonl shard.03.jsonl
merge l1.2 shard.04.jsonl shard.05.jsonl; merge l1.3 shard.06.jsonl shard.07.jsonl
merge l2.0 l1.0 l1.1; merge l2.1 l1.2 l1.3
"$annals" assemble --rules "$rules" --no-svg --out tree l2.0 l2.1 > /dev/null 2>&1 || true

for f in timeline.json timeline.md timeline.csv graph.dot graph.graphml report.html; do
  if [ ! -s "run/$f" ] || ! cmp -s "run/$f" "tree/$f"; then
    echo "FAIL: $f differs between one run and the tree reduce"
    diff <(head -c 200000 "run/$f") <(head -c 200000 "tree/$f") | head -20
    exit 1
  fi
done
grep -q '"dct_origin": "inferred"' tree/timeline.json ||
  { echo "FAIL: no year was inferred across shards; the test lost its point"; exit 1; }
echo "ok: $total articles, 8 shards, 3 levels; the tree reduce equals one run (6 files)"

# A truncated partial: the merge fails, says where, and writes nothing.
head -c $(( $(stat -c %s l2.1) / 2 )) l2.1 > cut
if "$annals" assemble --partial broken l2.0 cut 2> err; then
  echo "FAIL: a truncated partial was merged"; exit 1
fi
[ ! -e broken ] || { echo "FAIL: a failed merge left a file"; exit 1; }
grep -q '^cut:' err || { echo "FAIL: the error does not name the file"; cat err; exit 1; }
echo "ok: a truncated partial fails the merge: $(grep -m1 -o 'cut:.*' err)"
