#!/usr/bin/env python3
"""Checks report.html of a large run (issue 19): the DOM Chromium dumped
after the page's script ran, against the run's timeline.json.

usage: check_report_scale.py --json timeline.json --all all.html
         --wide wide.html --probe probe.html --screenshot PNG

- the script ran (body data-ready="1") and drew the graph inline;
- every event listed apart is one chip in the "Undated" lane, every
  timeline event dated only to a week/month/year or longer than two weeks
  one chip in the "Spans" lane (none lost, none twice);
- the axis opens on the busiest weeks of the day-dated events, says so,
  and a reader's first screen (1400x1000, probe.html) shows marks and the
  axis line; "all dates" (the range's button, or #zoom=all) shows every
  day-dated event as one mark, spread over most of the box, with its axis
  line still on the first screen (marks past 36 rows share the top row);
- the article list is collapsed (a <details> closed by default);
- every mark names its participants (timeline events have someone named);
- the screenshot is a PNG.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_report as base  # noqa: E402  (its check(), failure count and DOM reader)

check = base.check


class Page(base.Page):
    """check_report's DOM reader, plus the article list's <details>."""

    def __init__(self):
        super().__init__()
        self.doc_list = None

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        if tag == "details" and dict(attrs).get("id") == "doc-list":
            self.doc_list = dict(attrs)

    @property
    def undated(self):
        return self.lanes.get("undated", [])


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", required=True)
    ap.add_argument("--all", required=True, help="the report's DOM as it opens")
    ap.add_argument("--wide", required=True, help="the report's DOM at #zoom=all")
    ap.add_argument("--probe", required=True, help="DOM of tests/e2e/probe.html around the report")
    ap.add_argument("--screenshot", required=True)
    ap.add_argument("--width", type=int, default=1400)
    args = ap.parse_args()
    with open(args.json, encoding="utf-8") as f:
        timeline = json.load(f)
    page, wide = Page(), Page()
    with open(args.all, encoding="utf-8") as f:
        page.feed(f.read())
    with open(args.wide, encoding="utf-8") as f:
        wide.feed(f.read())
    dated = [e["id"] for e in timeline["events"]]
    apart = [e["id"] for e in timeline.get("undated", [])]
    day = [e["id"] for e in timeline["events"] if base.on_day_axis(e)]
    print(f"{len(timeline['documents'])} documents, {len(dated)} timeline events "
          f"({len(day)} on the day axis, {len(dated) - len(day)} spans), {len(apart)} undated")
    check("the page's script ran", page.ready)
    check("the graph SVG is inline", page.graph_svg)
    check("the article list is collapsed", page.doc_list is not None and "open" not in page.doc_list)
    check("every undated event is one chip in its lane", sorted(page.undated) == sorted(apart),
          f"{len(page.undated)} chips for {len(apart)} undated")
    probe = base.read_probe(args.probe)
    base.check_first_screen(probe, timeline, "focus")
    if "error" not in probe:
        check("the axis opens on fewer marks than all dates", 0 < len(probe["first"]["marks"]) < len(day),
              f"{len(probe['first']['marks'])} of {len(day)}")
        check("the range names the busiest days", "busiest" in probe["first"]["range"], probe["first"]["range"][:120])
        wide_axis = probe["widened"]["axis_y"]
        check("all dates keeps the axis on the first screen (packed rows are capped)",
              wide_axis is not None and wide_axis <= base.VIEWPORT_HEIGHT, f"axis at {wide_axis}")
    marks = [m["data-id"] for m in wide.marks]
    check("#zoom=all: every day-dated event is one mark", sorted(marks) == sorted(day),
          f"{len(marks)} marks for {len(day)} events")
    xs = [float(m["data-x"]) for m in wide.marks]
    spread = (max(xs) - min(xs)) if xs else 0
    check("all dates spread the events over the box", spread >= 0.5 * (args.width - 300),
          f"x from {min(xs) if xs else 0} to {max(xs) if xs else 0}")
    unnamed = [m["data-id"] for m in wide.marks if not m.get("data-participants")]
    check("every mark names its participants", not unnamed, ", ".join(unnamed[:5]))
    with open(args.screenshot, "rb") as f:
        head = f.read(24)
    check("the screenshot is a PNG", head[:8] == b"\x89PNG\r\n\x1a\n")
    print(f"report at scale: {base.failures} failure(s)")
    return 1 if base.failures else 0


if __name__ == "__main__":
    sys.exit(main())
