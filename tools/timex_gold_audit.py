#!/usr/bin/env python3
"""Audits TIMEX3 gold annotations for conventions that contradict each other.

Usage: timex_gold_audit.py GOLD_DIR [GOLD_DIR...] [--list]
       timex_gold_audit.py GOLD_DIR [GOLD_DIR...] --classify ERRORS
         (ERRORS: the lines `ERRORS=1 tools/eval_timex.sh` prints)

Two counts, each a floor on the value errors of any tagger that gives the
same words the same kind of value:
  weekday   a DATE whose text names a weekday that is not the weekday of
            its value ("Tuesday" = 1990-08-07, a Tuesday? no: a Monday);
  shape     the same words (lower-cased, e.g. "last week") annotated with
            values of different shapes in different places ("1989-WXX" vs
            "1989-W43": digits become 9 so only the convention differs);
            a tagger following one shape misses every other one, so the
            places not of the most common shape are counted.
  tagging  the same words annotated in some places and left plain text in
            others ("now" tagged 60 times, untagged 25); a tagger that
            treats them alike loses the smaller number either way.
Context can justify a different shape ("a year ago" is a quarter in
earnings news), so the shape count is an indication, not a proof; it is
printed per expression for reading.
"""
import datetime
import glob
import os
import re
import sys
from collections import Counter, defaultdict

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday"]
TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)


def attr(attrs, name):
    m = re.search(name + r'="([^"]*)"', attrs)
    return m.group(1) if m else ""


def timexes(path):
    raw = open(path, encoding="utf-8").read()
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    for m in TIMEX.finditer(body.group(1) if body else ""):
        text = re.sub(r"<[^>]+>", "", m.group(2))
        yield " ".join(text.lower().split()), attr(m.group(1), "value")


def shape(value):
    return re.sub(r"[0-9]", "9", value)


def plain_and_spans(path):
    """The lower-cased text of <TEXT> and the spans of its TIMEX3 tags."""
    raw = open(path, encoding="utf-8").read()
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body.group(1) if body else ""
    out, spans, pos, start = [], [], 0, None
    for m in re.finditer(r"<(/?)([A-Za-z0-9]+)[^>]*>", body):
        out.append(body[pos:m.start()])
        n = sum(len(s) for s in out)
        if m.group(2) == "TIMEX3":
            if m.group(1):
                spans.append((start, n))
            else:
                start = n
        pos = m.end()
    out.append(body[pos:])
    return " ".join("".join(out).lower().split(" ")), spans


def untagged_counts(files, texts):
    """How often each text occurs outside every gold TIMEX3."""
    counts = Counter()
    for f in files:
        plain, spans = plain_and_spans(f)
        for t in texts:
            pat = r"(?<![\w-])" + re.escape(t).replace(r"\ ", r"\s+") + r"(?![\w-])"
            for m in re.finditer(pat, plain):
                if not any(s < m.end() and m.start() < e for s, e in spans):
                    counts[t] += 1
    return counts


def weekday_clash(text, value):
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    named = [i for i, w in enumerate(WEEKDAYS) if re.search(r"\b" + w, text)]
    if not m or len(named) != 1:
        return False
    try:
        day = datetime.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return True
    return day.weekday() != named[0]


def classify(errors_path, shapes, tagged, untagged):
    """Sorts the scorer's error lines by what the gold says of them."""
    cats, rest = Counter(), []
    for line in open(errors_path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 4:
            continue
        doc, kind, text, val = parts[:4]
        gold_text = " ".join(text.split(" | ")[0].lower().split())
        gv = val.split(" | ")[0]
        sv = val.split(" | ")[1] if " | " in val else ""
        c = shapes.get(gold_text)
        if kind == "differs" and gv == sv:
            cats["span only, value right"] += 1
        elif kind == "differs" and weekday_clash(gold_text, gv):
            cats["gold weekday is not the weekday named"] += 1
        elif kind == "differs" and c and len(c) > 1 and c[shape(gv)] < max(c.values()):
            cats["gold value of a minority shape for these words"] += 1
        elif kind == "differs" and c and len(c) > 1 and shape(sv) in c:
            cats["gold shapes disagree, annals took another"] += 1
        elif kind == "spurious" and tagged.get(gold_text) and untagged.get(gold_text):
            cats["spurious: same words tagged elsewhere, plain here"] += 1
        elif kind == "missed" and untagged.get(gold_text):
            cats["missed: same words left plain elsewhere"] += 1
        else:
            cats["rest (" + kind + ")"] += 1
            rest.append(line.rstrip("\n"))
    return cats, rest


def main(argv):
    errors = argv[argv.index("--classify") + 1] if "--classify" in argv else None
    dirs = [a for a in argv if not a.startswith("--") and a != errors]
    show = "--list" in argv
    files = sorted(f for d in dirs for f in glob.glob(os.path.join(d, "*.tml")))
    total, clashes = 0, []
    shapes = defaultdict(Counter)
    for f in files:
        for text, value in timexes(f):
            total += 1
            if weekday_clash(text, value):
                clashes.append((os.path.basename(f), text, value))
            shapes[text][shape(value)] += 1
    minority = {t: sum(c.values()) - max(c.values())
                for t, c in shapes.items() if len(c) > 1}
    tagged = {t: sum(c.values()) for t, c in shapes.items()}
    untagged = untagged_counts(files, [t for t in tagged if len(t) > 2])
    both = {t: min(tagged[t], untagged[t]) for t in untagged}
    if errors:
        cats, rest = classify(errors, shapes, tagged, untagged)
        for k, v in cats.most_common():
            print(f"{v:5d}  {k}")
        if show:
            for line in rest:
                print("  rest", line, sep="\t")
        return
    print(f"gold TIMEX3: {total} in {len(files)} files")
    print(f"weekday named but the value is another weekday: {len(clashes)}")
    print(f"same words, values of different shapes: {len(minority)} expressions, "
          f"{sum(minority.values())} places not of the most common shape")
    print(f"same words tagged in some places, plain in others: {len(both)} "
          f"expressions, {sum(both.values())} places on the smaller side")
    if show:
        for t in sorted(both, key=lambda t: -both[t]):
            print("  tagging", t, f"tagged {tagged[t]}", f"untagged {untagged[t]}", sep="\t")
        for c in clashes:
            print("  weekday", *c, sep="\t")
        for t in sorted(minority, key=lambda t: -minority[t]):
            print("  shape", t, dict(shapes[t]), sep="\t")


if __name__ == "__main__":
    main(sys.argv[1:])
