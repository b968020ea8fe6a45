#!/usr/bin/env bash
# Scores annals' events on the team's gold for real silver articles
# (tests/data/events-silver, batch by batch): the texts are written from
# ../shared/data/silver by tools/silver_text.py (they are not in the
# repository), then tools/eval_events.sh runs and scores each batch.
#   tools/eval_events_silver.sh [N...]   (default: every batch)
# env: as eval_events.sh (ANNALS, SHARED, ERRORS=1, KEEP=DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
root=tests/data/events-silver
batches=("$@")
if [ ${#batches[@]} -eq 0 ]; then
  for d in "$root"/batch-*/; do b=${d%/}; batches+=("${b##*-}"); done
fi
texts=$(mktemp -d)
trap 'rm -rf "$texts"' EXIT
for n in "${batches[@]}"; do
  ids=$(sed -n "s/^batch-$n: //p" "$root/BATCHES.txt")
  python3 tools/silver_text.py "$SHARED/data/silver" "$texts" $ids > /dev/null
  keep=${KEEP:+$KEEP/batch-$n}
  GOLD="$root/batch-$n" TEXTS="$texts" LABEL="events-silver batch $n" KEEP=$keep \
    bash tools/eval_events.sh
done
