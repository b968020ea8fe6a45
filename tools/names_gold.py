#!/usr/bin/env python3
"""Gold name mentions: check a gold file, or score annals against it.

usage:
  names_gold.py check GOLD_DIR [--silver DIR]
  names_gold.py score GOLD_DIR SYS_DIR [--silver DIR] [--errors] [--json]

GOLD_DIR/gold.yaml lists, per document, every name mention in article order
as [kind, text] (kind: person | organization); see tests/data/names/README.md.
Texts come from the TempEval-3 silver corpus (tools/silver_text.py).
`check` locates every mention and lists those it cannot find, and other
occurrences of an annotated string that were left unmarked (to review).
`score` reads SYS_DIR/DOC.jsonl (the output of `annals extract`) and counts
exact-span matches per kind: a system mention is an actor mention whose
`form` is `name` and whose actor kind is person (or organization).
"""
import json
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from silver_text import article_text, find  # noqa: E402

KINDS = ("person", "organization")


def word_at(text, b, e):
    before = text[b - 1] if b > 0 else " "
    after = text[e] if e < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def locate(text, names):
    """Returns [(kind, begin, end)] in characters, and the mentions not found."""
    out, missing, cur = [], [], 0
    for kind, name in names:
        pos = cur
        while True:
            i = text.find(name, pos)
            if i < 0 or word_at(text, i, i + len(name)):
                break
            pos = i + 1
        if i < 0:
            missing.append((kind, name))
            continue
        out.append((kind, i, i + len(name)))
        cur = i + len(name)
    return out, missing


def byte_spans(text, spans):
    pre = [0]
    for ch in text:
        pre.append(pre[-1] + len(ch.encode("utf-8")))
    return [(k, pre[b], pre[e]) for k, b, e in spans]


def load(gold_dir, silver):
    with open(os.path.join(gold_dir, "gold.yaml"), encoding="utf-8") as f:
        gold = yaml.safe_load(f) or []
    for entry in gold:
        text = article_text(find(silver, entry["doc"]))
        names = [(str(k), str(n)) for k, n in (entry.get("names") or [])]
        yield entry["doc"], text, names


def check(gold_dir, silver):
    bad = 0
    for doc, text, names in load(gold_dir, silver):
        for kind, _ in names:
            if kind not in KINDS:
                print(f"{doc}: unknown kind {kind!r}")
                bad += 1
        spans, missing = locate(text, names)
        for kind, name in missing:
            print(f"{doc}: not found (after the previous mention): [{kind}, {name}]")
            bad += 1
        covered = [(b, e) for _, b, e in spans]
        for name in sorted({n for _, n in names}):
            for m in re.finditer(re.escape(name), text):
                b, e = m.start(), m.end()
                if word_at(text, b, e) and not any(cb <= b and e <= ce for cb, ce in covered):
                    line = text.count("\n", 0, b) + 1
                    print(f"{doc}:{line}: unmarked occurrence of {name!r} (review)")
    print(f"check: {bad} error(s)")
    return 1 if bad else 0


def system_spans(path):
    spans = set()
    if not os.path.exists(path):
        return spans
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            actors = rec.get("actors", [])
            for m in rec.get("actor_mentions", []):
                a = m.get("actor", -1)
                if m.get("form", "name") != "name" or not 0 <= a < len(actors):
                    continue
                kind = actors[a].get("kind")
                if kind in KINDS:
                    spans.add((kind, m["span"][0], m["span"][1]))
    return spans


def score(gold_dir, sys_dir, silver, show):
    tot = {k: dict(gold=0, sys=0, hit=0) for k in KINDS}
    lines = []
    for doc, text, names in load(gold_dir, silver):
        gold, _ = locate(text, names)
        gold = set(byte_spans(text, gold))
        sysm = system_spans(os.path.join(sys_dir, doc + ".jsonl"))
        raw = text.encode("utf-8")
        for k in KINDS:
            g = {s for s in gold if s[0] == k}
            s = {x for x in sysm if x[0] == k}
            tot[k]["gold"] += len(g)
            tot[k]["sys"] += len(s)
            tot[k]["hit"] += len(g & s)
            for _, b, e in sorted(g - s, key=lambda x: x[1]):
                lines.append(f"{doc}\tmissed\t{k}\t{raw[b:e].decode()}\t{b}")
            for _, b, e in sorted(s - g, key=lambda x: x[1]):
                lines.append(f"{doc}\tspurious\t{k}\t{raw[b:e].decode()}\t{b}")
    if show:
        print("\n".join(lines))
    res = {}
    for k in KINDS:
        t = tot[k]
        p = t["hit"] / t["sys"] if t["sys"] else 0.0
        r = t["hit"] / t["gold"] if t["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[k] = dict(p=round(100 * p, 1), r=round(100 * r, 1), f1=round(100 * f, 1), **t)
    return res


def main(argv):
    silver = "../shared/data/silver"
    if "--silver" in argv:
        i = argv.index("--silver")
        silver = argv[i + 1]
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    if len(args) >= 2 and args[0] == "check":
        return check(args[1], silver)
    if len(args) >= 3 and args[0] == "score":
        res = score(args[1], args[2], silver, "--errors" in argv)
        if "--json" in argv:
            print(json.dumps(res))
        else:
            for k in KINDS:
                r = res[k]
                print(f"names {k:12s} P={r['p']:5.1f} R={r['r']:5.1f} F1={r['f1']:5.1f}"
                      f"  (gold {r['gold']}, system {r['sys']}, exact {r['hit']})")
        return 0
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
