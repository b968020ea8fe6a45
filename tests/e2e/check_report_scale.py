#!/usr/bin/env python3
"""Checks report.html of a large run (issue 19): the DOM Chromium dumped
after the page's script ran, against the run's timeline.json.

usage: check_report_scale.py --json timeline.json --all all.html --screenshot PNG

- the script ran (body data-ready="1") and drew the graph inline;
- every timeline event is one mark on the axis, every event listed apart
  one chip in the "Undated" lane (none lost, none twice);
- the axis fits the events: fitted to the box, the marks spread over most
  of its width rather than bunching at one end;
- the article list is collapsed (a <details> closed by default);
- every mark names its participants (timeline events have someone named);
- the screenshot is a PNG.
"""
import argparse
import json
import os
import sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_report as base  # noqa: E402  (its check() and failure count)

check = base.check


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.chips = [], []
        self.ready = False
        self.in_graph = False
        self.graph_svg = False
        self.doc_list = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "body":
            self.ready = a.get("data-ready") == "1"
        if tag == "g" and "ev" in cls:
            self.marks.append(a)
        if tag == "span" and "chip" in cls:
            self.chips.append(a)
        if tag == "details" and a.get("id") == "doc-list":
            self.doc_list = a
        if a.get("id") == "graph-box":
            self.in_graph = True
        elif self.in_graph and tag == "svg":
            self.graph_svg = True

    def handle_endtag(self, tag):
        if tag == "div":
            self.in_graph = False


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", required=True)
    ap.add_argument("--all", required=True)
    ap.add_argument("--screenshot", required=True)
    ap.add_argument("--width", type=int, default=1400)
    args = ap.parse_args()
    with open(args.json, encoding="utf-8") as f:
        timeline = json.load(f)
    page = Page()
    with open(args.all, encoding="utf-8") as f:
        page.feed(f.read())
    dated = [e["id"] for e in timeline["events"]]
    apart = [e["id"] for e in timeline.get("undated", [])]
    print(f"{len(timeline['documents'])} documents, {len(dated)} timeline events, {len(apart)} undated")
    check("the page's script ran", page.ready)
    check("the graph SVG is inline", page.graph_svg)
    check("the article list is collapsed", page.doc_list is not None and "open" not in page.doc_list)
    marks = [m["data-id"] for m in page.marks]
    chips = [c["data-id"] for c in page.chips]
    check("every timeline event is one mark", sorted(marks) == sorted(dated),
          f"{len(marks)} marks for {len(dated)} events")
    check("every undated event is one chip", sorted(chips) == sorted(apart),
          f"{len(chips)} chips for {len(apart)} undated")
    xs = [float(m["data-x"]) for m in page.marks]
    spread = (max(xs) - min(xs)) if xs else 0
    check("the fitted axis spreads the events over the box", spread >= 0.5 * (args.width - 300),
          f"x from {min(xs) if xs else 0} to {max(xs) if xs else 0}")
    unnamed = [m["data-id"] for m in page.marks if not m.get("data-participants")]
    check("every mark names its participants", not unnamed, ", ".join(unnamed[:5]))
    with open(args.screenshot, "rb") as f:
        head = f.read(24)
    check("the screenshot is a PNG", head[:8] == b"\x89PNG\r\n\x1a\n")
    print(f"report at scale: {base.failures} failure(s)")
    return 1 if base.failures else 0


if __name__ == "__main__":
    sys.exit(main())
