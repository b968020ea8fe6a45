#!/usr/bin/env bash
# make eval: every figure of docs/EVALUATION.md, from the current build.
set -euo pipefail
cd "$(dirname "$0")/.."
export ANNALS=${ANNALS:-build/annals} SHARED=${SHARED:-../shared}
if [ ! -d "$SHARED/data" ]; then
  echo "eval: $SHARED/data not found (set SHARED=path/to/shared)" >&2
  exit 1
fi
bash tools/eval_timex.sh
echo
bash tools/eval_timex_own.sh
echo
bash tools/eval_events.sh
echo
bash tools/eval_events_own.sh
echo
echo "== seeds (check_seeds.py) =="
out=$(mktemp -d)
"$ANNALS" run --rules rules --out "$out" "$SHARED"/seeds/0*.txt 2>/dev/null
python3 "$SHARED/tools/check_seeds.py" "$out" | tail -1
rm -rf "$out"
