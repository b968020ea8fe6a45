#!/usr/bin/env bash
# Scores `annals tag` against TempEval-3's SILVER data (AFP and Xinhua wire,
# 1997-2006, TIMEX3 made by machine, not by annotators) with the same TE3
# Task A scorer as tools/eval_timex.sh. Silver tags are noisy (weekdays a
# week off, values on unresolved spans, whole classes left untagged), so
# the figures are a guide to expression shapes, not a score to tune to.
# usage: tools/eval_timex_silver.sh [PART...]   (PART = 0 1 2 3, default all)
# env: ANNALS = annals binary, SHARED = the shared directory (../shared).
#      ERRORS=1 also lists every disagreement.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/timex_env.sh"
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(0 1 2 3)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/sys" "$tmp/gold"
for p in "${parts[@]}"; do
  for f in "$SHARED/data/silver/TE3-Silver-data-$p"/*.tml; do ln -s "$f" "$tmp/gold/"; done
done
"$ANNALS" tag --rules "$RULES" --format timeml --out "$tmp/sys" "$tmp/gold"
echo "== TIMEX3 against silver, parts ${parts[*]} ($(ls "$tmp/gold" | wc -l) documents)"
python3 "$scorer" "$tmp/gold" "$tmp/sys" "${flags[@]}"
