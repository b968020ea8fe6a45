#!/usr/bin/env bash
# End-to-end check of report.html as a reader sees it: annals runs on
# examples/articles, headless Chromium opens the report, takes the
# screenshot kept in docs/report.png, and dumps the DOM after the page's
# script ran; check_report.py then checks the timeline, the actor filter
# (through the page's #actor= link), that no request left the page
# (Chromium's own network log, plus the page's CSP violation box), and
# what the first screen holds (probe.html: the report in a 1400x1000 frame).
#
# usage: tests/e2e/report_e2e.sh   (from the repository root; make e2e)
#   ANNALS=path/to/annals  CHROMIUM=path/to/chromium  SCREENSHOT=docs/report.png
set -euo pipefail

ANNALS=${ANNALS:-build/annals}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
SCREENSHOT=${SCREENSHOT:-docs/report.png}
HERE=$(cd "$(dirname "$0")" && pwd)

if [ -z "$CHROMIUM" ]; then
  echo "report_e2e: chromium is not installed (Debian: apt-get install chromium; make e2e does it)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$ANNALS" run --rules rules --out "$work/out" examples/articles/*.txt 2> "$work/run.log" || {
  cat "$work/run.log" >&2; exit 1; }
report="file://$work/out/report.html"

# A fresh profile per launch; no background traffic of the browser's own.
browse() {
  local profile
  profile=$(mktemp -d -p "$work")
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$profile" --window-size=1400,1000 --virtual-time-budget=3000 "$@" 2>>"$work/chromium.log"
}

mkdir -p "$(dirname "$SCREENSHOT")"
browse --hide-scrollbars --screenshot="$SCREENSHOT" "$report" >/dev/null
browse --dump-dom --log-net-log="$work/netlog.json" "$report" > "$work/all.html"
browse --dump-dom "$report#actor=Zhao%20Lijian" > "$work/zhao.html"
# The first screen as a reader sees it, measured in a frame (test harness).
cp "$HERE/probe.html" "$work/out/probe.html"
browse --allow-file-access-from-files --dump-dom "file://$work/out/probe.html" > "$work/probe.html"

python3 "$HERE/check_report.py" --json "$work/out/timeline.json" --all "$work/all.html" \
  --filtered "$work/zhao.html" --actor "Zhao Lijian" --netlog "$work/netlog.json" \
  --probe "$work/probe.html" --screenshot "$SCREENSHOT"
