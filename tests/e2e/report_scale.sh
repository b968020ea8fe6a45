#!/usr/bin/env bash
# The report at scale (issue 19): annals on N TempEval-3 silver articles
# (default 2,000: every distinct one of ../shared/data/silver, then copies
# under new ids until N), through the map/reduce path (extract
# --stdin-jsonl, each record with its own DCT; assemble), report.html
# opened in headless Chromium, its DOM checked by check_report_scale.py.
# Reads ../shared, so it is `make e2e-scale`, not part of CI.
#
# usage: tests/e2e/report_scale.sh [N]   (from the repository root)
#   ANNALS=build/annals SHARED=../shared CHROMIUM=... SCREENSHOT=docs/report-2000.png
set -euo pipefail

N=${1:-2000}
ANNALS=${ANNALS:-build/annals}
SHARED=${SHARED:-../shared}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
SCREENSHOT=${SCREENSHOT:-docs/report-2000.png}
HERE=$(cd "$(dirname "$0")" && pwd)
[ -n "$CHROMIUM" ] || { echo "report_scale: chromium is not installed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$SHARED/data/silver" "$N" > "$work/articles.jsonl" <<'PY'
import glob, json, os, sys
sys.path.insert(0, "tools")
from silver_text import article_text, dct_of
paths = sorted(glob.glob(os.path.join(sys.argv[1], "*", "*.tml")))
n = int(sys.argv[2])
for i in range(n):
    p = paths[i % len(paths)]
    doc = os.path.basename(p)[:-4] + ("" if i < len(paths) else f"-copy{i // len(paths)}")
    print(json.dumps({"id": doc, "text": article_text(p), "dct": dct_of(p)}))
PY
/usr/bin/time -f "extract: %e s, %M KB" "$ANNALS" extract --stdin-jsonl < "$work/articles.jsonl" > "$work/facts.jsonl"
/usr/bin/time -f "assemble: %e s, %M KB" "$ANNALS" assemble --out "$work/out" "$work/facts.jsonl"

browse() {
  local profile
  profile=$(mktemp -d -p "$work")
  timeout 300 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$profile" \
    --window-size=1400,1000 --virtual-time-budget=20000 "$@" 2>>"$work/chromium.log"
}
mkdir -p "$(dirname "$SCREENSHOT")"
browse --hide-scrollbars --screenshot="$SCREENSHOT" "file://$work/out/report.html" >/dev/null
browse --dump-dom "file://$work/out/report.html" > "$work/all.html"
browse --dump-dom "file://$work/out/report.html#zoom=all" > "$work/wide.html"
# The first screen as a reader sees it, measured in a frame (test harness).
cp "$HERE/probe.html" "$work/out/probe.html"
browse --allow-file-access-from-files --dump-dom "file://$work/out/probe.html" > "$work/probe.html"
python3 "$HERE/check_report_scale.py" --json "$work/out/timeline.json" --all "$work/all.html" \
  --wide "$work/wide.html" --probe "$work/probe.html" --screenshot "$SCREENSHOT"
