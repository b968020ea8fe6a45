#!/usr/bin/env python3
"""Checks report.html as Chromium rendered it (DOM dumped after the script ran).

The example articles must give the five events of the acceptance spec:
the four dated to the day on the time axis, in time order, the one dated
to a month in the lane of spans; the #actor= filter must leave exactly
that actor's events; and nothing may have been requested from the network.
With --probe (the DOM of tests/e2e/probe.html around the report), what a
reader's first screen holds: marks above the fold with the axis line, the
zoom control and the range stated, and the "show all" view with every
event dated to the day.
Exit status 0 when every check passes; each check prints one line.
"""
import argparse
import html
import json
import re
import struct
import sys
from datetime import date
from html.parser import HTMLParser

# (when, type) of the events every run over examples/articles must show
# on the axis, in the order they must appear there ...
EXPECTED = [
    ("2020-03-05", "press_conference"),
    ("2021-02-11", "phone_call"),
    ("2021-03-12", "press_conference"),
    ("2021-03-18", "meeting"),
]
# ... and in the lane of spans (dated only to a month).
EXPECTED_SPANS = [("2021-01", "taking_office")]
VIEWPORT_HEIGHT = 1000  # the browser window of report_e2e.sh / report_scale.sh
MAX_DAY_AXIS_SPAN = 14  # graph/export/report_focus.h kMaxDayAxisSpan
LOCAL_SCHEMES = ("file:", "data:", "about:", "chrome:", "chrome-extension:", "blob:")

failures = 0


def check(name, ok, detail=""):
    global failures
    print(("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else f"  ({detail})"))
    failures += 0 if ok else 1


class Page(HTMLParser):
    """Collects the axis marks, undated chips and a few page facts."""

    def __init__(self):
        super().__init__()
        self.marks, self.chips, self.cards = [], [], []
        self.lane, self.lanes = None, {}
        self.ready = False
        self.actor_value = None
        self.in_csp = False
        self.csp_text = ""
        self.in_select = None
        self.in_svg_graph = False
        self.graph_svg = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "body":
            self.ready = a.get("data-ready") == "1"
        if tag == "g" and "ev" in cls:
            self.marks.append(a)
        if tag == "span" and "chip" in cls:
            self.chips.append(a)
        if tag == "div" and a.get("id") in ("spans", "undated"):
            self.lane = a.get("id")
        if tag == "span" and "chip" in cls and self.lane:
            self.lanes.setdefault(self.lane, []).append(a.get("data-id"))
        if tag == "div" and "card" in cls:
            self.cards.append(a)
        if a.get("id") == "csp-violations":
            self.in_csp = True
        if tag == "select":
            self.in_select = a.get("id")
        if tag == "option" and self.in_select == "f-actor" and "selected" in a:
            self.actor_value = a.get("value")
        if a.get("id") == "graph-box":
            self.in_svg_graph = True
        elif self.in_svg_graph and tag == "svg":
            self.graph_svg = True

    def handle_endtag(self, tag):
        if tag == "div":
            self.in_csp = False
            self.in_svg_graph = False
            self.lane = None
        if tag == "select":
            self.in_select = None

    def handle_data(self, data):
        if self.in_csp:
            self.csp_text += data


def parse(path):
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


def check_axis(page):
    check("the page's script ran", page.ready)
    check("the graph SVG is inline", page.graph_svg)
    found = []
    for when, typ in EXPECTED:
        hit = [m for m in page.marks if m.get("data-type") == typ and m.get("data-when", "").startswith(when)]
        check(f"axis shows the {when} {typ}", bool(hit), f"marks: {[m.get('data-when') for m in page.marks]}")
        if hit:
            found.append(float(hit[0]["data-x"]))
    check("the four day-dated events are in time order, left to right",
          len(found) == len(EXPECTED) and all(a < b for a, b in zip(found, found[1:])), f"x = {found}")


def check_spans(page, timeline):
    by_id = {e["id"]: e for e in timeline["events"]}
    lane = [by_id[i] for i in page.lanes.get("spans", []) if i in by_id]
    for when, typ in EXPECTED_SPANS:
        hit = [e for e in lane if e["type"] == typ and e["when"]["value"] == when]
        check(f"the {when} {typ} is in the lane of spans, not on the axis", bool(hit) and not any(
            m.get("data-when", "").startswith(when) and m.get("data-type") == typ for m in page.marks))


def day_of(value):
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T|$)", value or "")
    return date(*map(int, m.groups())).toordinal() if m else None


def on_day_axis(event):
    """Whether the report draws a timeline event on its day axis (known to
    the day, at most MAX_DAY_AXIS_SPAN days), as report_focus.h decides."""
    when = event["when"]
    first = day_of(when["value"])
    last = day_of(when["end"]) if when.get("end") else first
    return first is not None and last is not None and last - first + 1 <= MAX_DAY_AXIS_SPAN


def read_probe(path):
    """What tests/e2e/probe.html measured, from its dumped DOM."""
    with open(path, encoding="utf-8") as f:
        m = re.search(r'<pre id="probe">(.*?)</pre>', f.read(), re.S)
    try:
        return json.loads(html.unescape(m.group(1))) if m else {"error": "no probe output"}
    except json.JSONDecodeError as e:
        return {"error": f"probe output is not JSON: {e}"}


def check_first_screen(probe, timeline, opens_on):
    """The reader's first screen and the zoom control, as probe.html saw them."""
    check("the probe measured the page", "error" not in probe and probe.get("ready"), probe.get("error", ""))
    if "error" in probe:
        return
    first, wide = probe["first"], probe["widened"]
    seen = [m for m in first["marks"] if m["bottom"] <= VIEWPORT_HEIGHT]
    lowest = max((m["bottom"] for m in first["marks"]), default=0)
    print(f"note: first screen: {len(seen)} of {len(first['marks'])} marks above {VIEWPORT_HEIGHT}px "
          f"(lowest mark bottom {lowest:.0f}px, axis line at {first['axis_y'] or 0:.0f}px); "
          f"all dates: {len(wide['marks'])} marks, axis line at {wide['axis_y'] or 0:.0f}px; range: {first['range']}")
    check("the first screen shows marks", len(seen) >= min(10, len(first["marks"])) and seen,
          f"{len(seen)} of {len(first['marks'])} marks above {VIEWPORT_HEIGHT}px")
    check("the axis line is on the first screen", first["axis_y"] is not None and first["axis_y"] <= VIEWPORT_HEIGHT,
          f"axis at {first['axis_y']}")
    check(f"the axis opens on {opens_on}", first["zoom_on"] == opens_on, f"opens on {first['zoom_on']}")
    check("the zoom control offers the busiest period and all dates",
          {"focus", "all"} <= set(first["zoom"]), f"buttons {first['zoom']}")
    check("the range shown is stated", first["range"].startswith("Showing "), first["range"][:120])
    day = sorted(e["id"] for e in timeline["events"] if on_day_axis(e))
    coarse = sorted(e["id"] for e in timeline["events"] if not on_day_axis(e))
    check("every coarse or long event is a chip in the lane of spans", sorted(first["spans"]) == coarse,
          f"{len(first['spans'])} chips for {len(coarse)} spans")
    check("the first screen's marks are day-dated events", set(m["id"] for m in first["marks"]) <= set(day))
    check("all dates shows every day-dated event, one mark each", sorted(m["id"] for m in wide["marks"]) == day,
          f"{len(wide['marks'])} marks for {len(day)} events")


def check_filter(page, timeline, actor_name):
    actor = next((a for a in timeline["actors"] if a["name"] == actor_name), None)
    check(f"{actor_name} is an actor", actor is not None)
    if actor is None:
        return
    want = {e["id"] for e in timeline["events"] if actor["id"] in e["participants"]}
    shown = {m["data-id"] for m in page.marks} | {c["data-id"] for c in page.chips}
    check(f"filtering by {actor_name} leaves exactly his events", shown == want and bool(want),
          f"shown {sorted(shown)}, his {sorted(want)}")
    check("the event cards follow the filter", {c["data-id"] for c in page.cards} == want)
    check("the actor filter shows the choice", page.actor_value in (None, actor["id"]))


def netlog_requests(path):
    """(page, browser): remote URLs requested, from --log-net-log.

    Chromium itself talks to Google services (clock, updates) even with
    background networking off; those requests have no initiating origin
    ("not an origin"). A request the page made has the page's origin
    ("null" for file:) as initiator, and that is what must never happen.
    """
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # Chromium may exit before closing the JSON
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    page, browser = set(), set()
    for ev in log.get("events", []):
        params = ev.get("params") or {}
        url = params.get("url", "")
        if ev.get("type") != start_job or not url or url.startswith(LOCAL_SCHEMES):
            continue
        (browser if params.get("initiator") == "not an origin" else page).add(url)
    return page, browser


def check_network(page, netlog):
    check("no CSP violation (nothing tried to load)", page.csp_text.strip() == "", page.csp_text.strip())
    from_page, from_browser = netlog_requests(netlog)
    check("no request left the page (Chromium net log)", not from_page, ", ".join(sorted(from_page)[:5]))
    if from_browser:
        print(f"note: {len(from_browser)} request(s) by Chromium itself, not the page, ignored")


def check_png(path):
    with open(path, "rb") as f:
        head = f.read(24)
    ok = head[:8] == b"\x89PNG\r\n\x1a\n"
    w, h = struct.unpack(">II", head[16:24]) if ok else (0, 0)
    check("screenshot is a 1400x1000 PNG", ok and (w, h) == (1400, 1000), f"{w}x{h}")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", required=True)
    ap.add_argument("--all", required=True)
    ap.add_argument("--filtered", required=True)
    ap.add_argument("--actor", required=True)
    ap.add_argument("--netlog", required=True)
    ap.add_argument("--screenshot", required=True)
    ap.add_argument("--probe", help="DOM of tests/e2e/probe.html around the report")
    args = ap.parse_args()
    with open(args.json, encoding="utf-8") as f:
        timeline = json.load(f)
    page = parse(args.all)
    check_axis(page)
    check_spans(page, timeline)
    if args.probe:
        check_first_screen(read_probe(args.probe), timeline, "all")
    check_filter(parse(args.filtered), timeline, args.actor)
    check_network(page, args.netlog)
    check_png(args.screenshot)
    print(f"report e2e: {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
