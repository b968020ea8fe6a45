#!/usr/bin/env bash
# Scores `annals tag` on the TempEval-3 training corpus (TimeBank + AQUAINT)
# with the TE3 Task A scorer: one combined score, then each part alone.
# env: ANNALS = annals binary, SHARED = the shared directory (../shared).
#      ERRORS=1 also lists every error (missed / differs / spurious).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/timex_env.sh"
data="$SHARED/data/tbaq"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/sys" "$tmp/gold"
for part in TimeBank AQUAINT; do
  "$ANNALS" tag --rules "$RULES" --format timeml --out "$tmp/sys" "$data/$part"
  # One gold directory holding both parts, so one combined score prints.
  for f in "$data/$part"/*.tml; do ln -s "$f" "$tmp/gold/"; done
done

echo "== TIMEX3, TimeBank + AQUAINT ($(ls "$tmp/gold" | wc -l) documents)"
python3 "$scorer" "$tmp/gold" "$tmp/sys" "${flags[@]}"
for part in TimeBank AQUAINT; do
  echo "== TIMEX3, $part"
  python3 "$scorer" "$data/$part" "$tmp/sys"
done
