#!/usr/bin/env bash
# Scores annals' events on ../shared/data/events-dev (issue 4 setting:
# `annals run --dct DCT` on each article alone) with eventeval.py.
# env: ANNALS (binary), SHARED (the shared folder), ERRORS=1 to list errors,
#      GOLD=DIR another folder of the same layout, LABEL its name.
set -euo pipefail
ANNALS=${ANNALS:-build/annals}
SHARED=${SHARED:-../shared}
RULES=${RULES:-rules}
gold=${GOLD:-$SHARED/data/events-dev}
label=${LABEL:-events-dev}
sys=$(mktemp -d)
trap 'rm -rf "$sys"' EXIT
python3 - "$gold/gold.yaml" > "$sys/dcts" <<'PY'
import sys, yaml
for e in yaml.safe_load(open(sys.argv[1])):
    print(e["doc"], e["dct"])
PY
while read -r doc dct; do
  "$ANNALS" run --rules "$RULES" --dct "$dct" --out "$sys/$doc" "$gold/$doc.txt" 2>/dev/null || true
  cp "$sys/$doc/timeline.json" "$sys/$doc.json" 2>/dev/null || true
done < "$sys/dcts"
echo "== $label (annals run --dct DCT DOC.txt, each article alone) =="
python3 "$SHARED/tools/eventeval.py" "$gold" "$sys" ${ERRORS:+--errors}
