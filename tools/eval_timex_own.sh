#!/usr/bin/env bash
# Scores `annals tag` on tests/data/timex-own: wire-style articles the team
# wrote and annotated by hand (TimeML, TimeBank conventions), dated
# 2012-2026, with the TE3 Task A scorer. Each set was scored once before
# any rule was written from it (docs/EVALUATION-timex.md has those first
# scores); a and b were then read to write rules, c and d after that.
# env: as eval_timex.sh (ANNALS, SHARED, RULES, ERRORS=1).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/timex_env.sh"
data="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/data/timex-own"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/sys"
"$ANNALS" tag --rules "$RULES" --format timeml --out "$tmp/sys" "$data"
echo "== TIMEX3, team-written articles ($(ls "$data" | wc -l) documents)"
python3 "$scorer" "$data" "$tmp/sys" "${flags[@]}"
for set in a b c d e; do
  [ -n "$(ls "$data" | grep "^$set" || true)" ] || continue
  mkdir -p "$tmp/gold-$set"
  for f in "$data"/$set*.tml; do ln -s "$f" "$tmp/gold-$set/"; done
  echo "== TIMEX3, set $set ($(ls "$tmp/gold-$set" | wc -l) documents)"
  python3 "$scorer" "$tmp/gold-$set" "$tmp/sys" | grep -E '^(relaxed|value)'
done
