#!/usr/bin/env bash
# Map/reduce equivalence: `annals extract` over shards (GNU parallel, as
# Hadoop Streaming or Spark's RDD.pipe would run it) followed by `annals
# assemble` over the shard outputs in order must give, byte for byte, the
# timeline.json, graph.dot and graph.graphml of one `annals run` over
# everything.
#
#   sharded_equivalence.sh ANNALS_BINARY [SOURCE_DIR]
#
# Two mappers are checked:
#   jsonl  examples/articles plus generated articles, fed as
#          {"id","text"} JSON Lines on stdin (the streaming mapper);
#   paths  a sample of the TE3 silver corpus (TimeML; SCALE_SILVER files,
#          default 240) when ../shared exists, shards of file paths given
#          as arguments.
# The exit status of run/assemble is not the test (a slow optional
# renderer may time out); the three files must exist and be equal.
set -euo pipefail
annals=$(realpath "${1:?usage: sharded_equivalence.sh ANNALS_BINARY [SOURCE_DIR]}")
src=$(realpath "${2:-$(dirname "$0")/../..}")
shared=${SHARED:-$src/../shared}
rules="$src/rules"
command -v parallel >/dev/null || { echo "GNU parallel is missing (apt-get install parallel)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# A few articles of our own, so the test has several shards without ../shared.
generate_articles() {
  local cities=(Beijing Moscow Paris Berlin Tokyo Cairo Delhi Madrid)
  local people=("Wang Yi" "Sergei Lavrov" "Antony Blinken" "Annalena Baerbock" "Yoko Kamikawa")
  mkdir -p gen
  for i in $(seq 1 24); do
    local c=${cities[i % 8]} a=${people[i % 5]} b=${people[(i + 2) % 5]}
    local day=$(( (i % 27) + 1 )) month=$(( (i % 12) + 1 ))
    printf '%s, %d/%d/2021 (Xinhua) -- Foreign Minister %s met with Foreign Minister %s in %s on Tuesday.\n\n%s said the two sides held talks on trade. The two ministers will meet again next month, %s told reporters on March %d.\n\nEarlier, %s held a phone call with %s.\n' \
      "${c^^}" "$month" "$day" "$a" "$b" "$c" "$a" "$b" "$day" "$a" "$b" > "gen/art$(printf %03d "$i").txt"
  done
}

# Runs one whole-corpus run and the sharded extract+assemble; compares.
compare() {
  local name=$1
  for f in timeline.json graph.dot graph.graphml; do
    if [ ! -s "run-$name/$f" ] || ! cmp -s "run-$name/$f" "asm-$name/$f"; then
      echo "FAIL [$name]: $f differs between run and extract+assemble"
      diff <(head -c 200000 "run-$name/$f") <(head -c 200000 "asm-$name/$f") | head -20
      return 1
    fi
  done
  echo "ok [$name]: $(wc -l < "$name.list") articles, $(ls shards-$name | wc -l) shards, identical timeline.json, graph.dot, graph.graphml"
}

# jsonl mapper: one {"id","text"} line per article on stdin.
check_jsonl() {
  generate_articles
  ls "$src"/examples/articles/*.txt > jsonl.list
  ls "$work"/gen/*.txt >> jsonl.list
  python3 - jsonl.list > corpus.jsonl <<'PY'
import json, sys
for p in open(sys.argv[1]).read().split():
    print(json.dumps({"id": p, "text": open(p, encoding="utf-8").read()}))
PY
  "$annals" run --rules "$rules" -j 2 --out run-jsonl $(cat jsonl.list) > /dev/null 2>&1 || true
  mkdir shards-jsonl
  parallel --pipe -N 7 --keep-order -j 2 \
    "'$annals' extract --rules '$rules' -j 1 --stdin-jsonl > shards-jsonl/{#}.jsonl" < corpus.jsonl
  "$annals" assemble --rules "$rules" --out asm-jsonl \
    $(ls -v shards-jsonl/*.jsonl) > /dev/null 2>&1 || true
  compare jsonl
}

# paths mapper: shards of file arguments (TimeML keeps its own DCT and offsets).
check_paths() {
  find "$shared/data/silver" -name '*.tml' | sort | awk -v n="${SCALE_SILVER:-240}" 'NR % 5 == 0 && k++ < n' > paths.list
  "$annals" run --rules "$rules" --out run-paths $(cat paths.list) > /dev/null 2>&1 || true
  mkdir shards-paths
  parallel -N 50 --keep-order -j 2 \
    "'$annals' extract --rules '$rules' -j 1 {} > shards-paths/{#}.jsonl" :::: paths.list
  "$annals" assemble --rules "$rules" --out asm-paths \
    $(ls -v shards-paths/*.jsonl) > /dev/null 2>&1 || true
  compare paths
}

check_jsonl
if [ -d "$shared/data/silver" ]; then
  check_paths
else
  echo "skip [paths]: $shared/data/silver not found"
fi
