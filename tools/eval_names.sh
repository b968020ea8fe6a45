#!/usr/bin/env bash
# Scores annals' person and organization name mentions on the team's gold
# for real silver articles (tests/data/names, batch by batch): the texts are
# written from ../shared/data/silver (tools/silver_text.py), `annals extract`
# runs on each, tools/names_gold.py compares exact spans.
#   tools/eval_names.sh [N...]   (default: every batch)
# env: ANNALS, SHARED, ERRORS=1 to list each error.
set -euo pipefail
cd "$(dirname "$0")/.."
ANNALS=${ANNALS:-build/annals}
SHARED=${SHARED:-../shared}
root=tests/data/names
batches=("$@")
if [ ${#batches[@]} -eq 0 ]; then
  for d in "$root"/batch-*/; do b=${d%/}; batches+=("${b##*-}"); done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "${batches[@]}"; do
  ids=$(sed -n "s/^batch-$n: //p" "$root/BATCHES.txt")
  mkdir -p "$work/$n"
  python3 tools/silver_text.py "$SHARED/data/silver" "$work/$n" $ids > "$work/$n.dcts"
  export ANNALS dir="$work/$n"
  xargs -P "${JOBS:-2}" -L 1 sh -c '
    "$ANNALS" extract --dct "$1" "$dir/$0.txt" > "$dir/$0.jsonl" 2>/dev/null || true' < "$work/$n.dcts"
  echo "== names batch $n (annals extract, exact spans) =="
  python3 tools/names_gold.py score "$root/batch-$n" "$work/$n" --silver "$SHARED/data/silver" ${ERRORS:+--errors}
done
