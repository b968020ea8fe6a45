#!/usr/bin/env bash
# One line per development set, for the edit-measure loop of the actor and
# event rules: events-dev, events-own, the silver event batches and name
# batches given (default: those already scored at first sight, see the
# FIRST_SIGHT.md ledgers), and the seeds. Never run it on a batch that
# has not had its first-sight score recorded.
#   tools/dev_scores.sh [-e "1 2 3"] [-n "1 2"]
set -euo pipefail
cd "$(dirname "$0")/.."
ev="1 2 3"; nm="1 2"
while getopts e:n: o; do case $o in e) ev=$OPTARG;; n) nm=$OPTARG;; *) exit 2;; esac; done
f() { grep -E "^events (found|strict)" | sed -E 's/^events (\w+) .*F1= *([0-9.]+).*/\1 \2/' | tr '\n' ' '; }
echo "events-dev    $(bash tools/eval_events.sh | f)"
echo "events-own    $(bash tools/eval_events_own.sh | f)"
for n in $ev; do echo "silver $n      $(bash tools/eval_events_silver.sh "$n" | f)"; done
for n in $nm; do
  bash tools/eval_names.sh "$n" | sed -nE "s/^names (\w+) .*F1= *([0-9.]+).*/names $n \1 \2/p"
done
out=$(mktemp -d)
${ANNALS:-build/annals} run --out "$out" ../shared/seeds/0*.txt >/dev/null 2>&1
echo "seeds         $(python3 ../shared/tools/check_seeds.py "$out" | tail -1)"
rm -rf "$out"
