#!/usr/bin/env bash
# Scores annals' events on ../shared/data/events-dev (issue 4 setting:
# `annals run --dct DCT` on each article alone) with tools/eventeval.py
# (best pairing; the greedy pairing of ../shared/tools/eventeval.py is
# printed too, for comparison with figures of earlier rounds).
# env: ANNALS (binary), SHARED (the shared folder), ERRORS=1 to list errors,
#      GOLD=DIR another folder of the same layout (DOC.txt beside gold.yaml),
#      TEXTS=DIR where the DOC.txt files are when not beside the gold,
#      LABEL its name, KEEP=DIR to keep the system outputs there.
set -euo pipefail
cd "$(dirname "$0")/.."
ANNALS=${ANNALS:-build/annals}
SHARED=${SHARED:-../shared}
gold=${GOLD:-$SHARED/data/events-dev}
texts=${TEXTS:-$gold}
label=${LABEL:-events-dev}
if [ -n "${KEEP:-}" ]; then sys=$KEEP; mkdir -p "$sys"; else
  sys=$(mktemp -d); trap 'rm -rf "$sys"' EXIT; fi
python3 - "$gold/gold.yaml" > "$sys/dcts" <<'PY'
import sys, yaml
for e in yaml.safe_load(open(sys.argv[1])):
    print(e["doc"], e["dct"])
PY
# Each article alone, two at a time.
export ANNALS sys texts
xargs -P "${JOBS:-2}" -L 1 sh -c '
  "$ANNALS" run --dct "$1" --no-svg --out "$sys/$0" "$texts/$0.txt" >/dev/null 2>&1
  cp "$sys/$0/timeline.json" "$sys/$0.json" 2>/dev/null || true' < "$sys/dcts"
echo "== $label (annals run --dct DCT DOC.txt, each article alone) =="
python3 tools/eventeval.py "$gold" "$sys" ${ERRORS:+--errors}
echo "greedy pairing (../shared/tools/eventeval.py):"
python3 "$SHARED/tools/eventeval.py" "$gold" "$sys" | sed 's/^/  /'
