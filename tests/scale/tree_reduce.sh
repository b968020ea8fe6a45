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

# Article i meets on its own dateline day and announces, with the year,
# the meeting of article i+13 (wrapping at 24); every third article's
# dateline gives no year, so its year can only come from the article 13
# places away, in another shard.
generate_articles() {
  local cities=(Beijing Moscow Paris Berlin Tokyo Cairo Delhi Madrid)
  local people=("Wang Yi" "Sergei Lavrov" "Antony Blinken" "Annalena Baerbock" "Yoko Kamikawa")
  local months=(January February March April May June July August September October November December)
  mkdir -p gen
  for i in $(seq 1 24); do
    local k=$(( (i + 12) % 24 + 1 ))
    local c=${cities[i % 8]} a=${people[i % 5]} b=${people[(i + 2) % 5]}
    local month=${months[i % 12]} day=$(( i + 1 ))
    local c2=${cities[k % 8]} b2=${people[(k + 2) % 5]}
    local month2=${months[k % 12]} day2=$(( k + 1 ))
    local dateline="$month $day, 2021"
    (( i % 3 == 0 )) && dateline="$month $day"
    printf '%s, %s (Xinhua) -- Foreign Minister %s met with Foreign Minister %s in %s on %s %d.\n\n%s said the two sides held talks on trade. %s will meet %s in %s on %s %d, 2021, %s told reporters.\n' \
      "${c^^}" "$dateline" "$a" "$b" "$c" "$month" "$day" "$a" "$b" "$b2" "$c2" "$month2" "$day2" "$b" \
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
# 8 contiguous shards of (nearly) equal line counts, whatever the paths.
awk -v n="$total" '{ printf "%s\n", $0 > sprintf("shard.%02d", int((NR - 1) * 8 / n)) }' corpus.list
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
# The point of the generated articles: years found in another shard.
inferred=$(grep -c '"dct_origin": "inferred"' tree/timeline.json || true)
cross=0
for j in 006 009 012 015 018 021 024; do
  k=$(( (10#$j - 14 + 48) % 24 + 1 ))   # the article announcing art$j
  [ "$(grep -l "/art$j.txt" shard.?? )" != "$(grep -l "/art$(printf %03d $k).txt" shard.?? )" ] || continue
  python3 - tree/timeline.json "art$j.txt" <<'PY' && cross=$((cross + 1))
import json, sys
docs = json.load(open(sys.argv[1]))["documents"]
sys.exit(0 if any(d["path"].endswith(sys.argv[2]) and d["dct_origin"] == "inferred" for d in docs) else 1)
PY
done
[ "$inferred" -ge 8 ] && [ "$cross" -ge 2 ] ||
  { echo "FAIL: $inferred years inferred, $cross across shards; the test lost its point"; exit 1; }
echo "ok: $total articles, 8 shards, 3 levels; the tree reduce equals one run (6 files); $inferred years inferred, $cross of them from another shard"

# --partial writes one file: --out with it is a usage error (exit 2).
status=0; "$annals" assemble --partial x --out d l2.0 2> /dev/null || status=$?
[ "$status" = 2 ] && [ ! -e x ] || { echo "FAIL: --partial with --out gave exit $status"; exit 1; }

# A truncated partial: the merge fails, says where, and writes nothing.
head -c $(( $(stat -c %s l2.1) / 2 )) l2.1 > cut
if "$annals" assemble --partial broken l2.0 cut 2> err; then
  echo "FAIL: a truncated partial was merged"; exit 1
fi
[ ! -e broken ] || { echo "FAIL: a failed merge left a file"; exit 1; }
grep -q '^cut:' err || { echo "FAIL: the error does not name the file"; cat err; exit 1; }
# To stdout, a failed merge leaves the trailer out: no valid partial.
if "$annals" assemble --partial - l2.0 cut > piped 2> /dev/null; then
  echo "FAIL: a truncated partial was merged to stdout"; exit 1
fi
if "$annals" assemble --partial again piped 2> /dev/null; then
  echo "FAIL: the output of a failed merge reads as a partial"; exit 1
fi
echo "ok: a truncated partial fails the merge: $(grep -m1 -o 'cut:.*' err)"
