#!/usr/bin/env bash
# Scores annals' events on tests/data/events-own: 14 short articles the
# team wrote (not from any corpus), same format and scorer as events-dev
# (tools/eval_events.sh does the work). env: as eval_events.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
GOLD=${GOLD:-tests/data/events-own} LABEL="events-own (team-written)" exec bash tools/eval_events.sh
