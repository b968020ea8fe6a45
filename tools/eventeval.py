#!/usr/bin/env python3
"""Score dated events with named participants against gold, best pairing.

usage: eventeval.py GOLD_DIR SYSTEM_DIR [--errors] [--json]

The criteria are those of ../shared/tools/eventeval.py (events-dev's
scorer): a gold event is *found* by a system event with the same date value
sharing a participant surname (the last word of a name or alias); *strict*
also needs the same kind of event and every gold surname present; system
events without a date value or a person are not counted; statements are
left out. What differs is the pairing: that scorer takes, for each gold
event in turn, the first free system event that fits, so an early gold
event can take the system event a later one needed. Here the pairing is
the best one (most found pairs, then most strict ones: an assignment
problem, solved exactly), so a score does not depend on list order.
"""
import json
import os
import re
import sys

import yaml

KINDS = (("phone_call", "phone|call"), ("visit", "visit|trip|tour"),
         ("press_conference", "press|briefing|conference"),
         ("signing", "sign|agreement|accord|treaty"),
         ("meeting", "meet|talk|summit|dialogue|consult|negotiat"),
         ("statement", "statement|said|state"))


def kind(t):
    t = (t or "").lower()
    for k, pat in KINDS:
        if re.search(pat, t):
            return k
    return t


def surname(name):
    words = re.findall(r"[\w'-]+", name or "")
    return words[-1].lower() if words else ""


def system_events(timeline):
    actors = {a.get("id"): a for a in timeline.get("actors", [])}
    out = []
    for e in timeline.get("events", []):
        value = str((e.get("when") or {}).get("value", "") or "")
        if not re.match(r"^\d{4}", value):
            continue
        people = []
        for p in e.get("participants", []):
            a = actors.get(p, {"name": p, "kind": "person"})
            if a.get("kind", "person") != "person":
                continue
            names = [a.get("name", "")] + list(a.get("aliases") or [])
            people.append({surname(n) for n in names if n})
        k = kind(e.get("type"))
        if people and k != "statement":
            out.append(dict(value=value, kind=k, people=people, raw=e))
    return out


def hungarian(weight):
    """Maximum-weight assignment of rows to columns (weights >= 0).

    Returns col_of_row (-1 when a row is unassigned). O(n^3), n = max side.
    """
    rows, cols = len(weight), len(weight[0]) if weight else 0
    n = max(rows, cols)
    if n == 0:
        return []
    big = max((w for r in weight for w in r), default=0)
    cost = [[big - (weight[i][j] if i < rows and j < cols else 0) for j in range(n)]
            for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    col_of_row = [-1] * rows
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < rows and j - 1 < cols and weight[i][j - 1] > 0:
            col_of_row[i] = j - 1
    return col_of_row


def pair_score(g, s):
    """0: no match; 2: found; 3: found and strict."""
    gnames = {surname(p) for p in g["participants"]}
    if s["value"] != str(g["when"]) or not any(gnames & ps for ps in s["people"]):
        return 0
    strict = kind(g["type"]) == s["kind"] and gnames <= set().union(*s["people"])
    return 3 if strict else 2


def score_doc(entry, sys_dir, lines, tot):
    doc = entry["doc"]
    try:
        with open(os.path.join(sys_dir, doc + ".json"), encoding="utf-8") as f:
            S = system_events(json.load(f))
    except (OSError, ValueError):
        S = []
    golds = [g for g in entry.get("events") or [] if kind(g["type"]) != "statement"]
    tot["gold"] += len(golds)
    tot["sys"] += len(S)
    # Found pairs dominate (weight 1000 each), strict ones break ties.
    w = [[(1000 + (pair_score(g, s) == 3)) if pair_score(g, s) else 0 for s in S] for g in golds]
    match = hungarian(w) if golds and S else [-1] * len(golds)
    used = set()
    for g, j in zip(golds, match):
        names = ", ".join(g["participants"])
        if j < 0:
            lines.append(f"{doc}\tmissed\t{g['when']}\t{g['type']}\t{names}\t{g.get('cue', '')}")
            continue
        used.add(j)
        tot["found"] += 1
        if pair_score(g, S[j]) == 3:
            tot["strict"] += 1
        else:
            lines.append(f"{doc}\tpartial\t{g['when']}\t{g['type']} vs {S[j]['raw'].get('type')}\t{names}")
    for j, s in enumerate(S):
        if j not in used:
            lines.append(f"{doc}\tspurious\t{s['value']}\t{s['raw'].get('type')}\t{s['raw'].get('label', '')}")


def score(gold_dir, sys_dir, show):
    with open(os.path.join(gold_dir, "gold.yaml"), encoding="utf-8") as f:
        gold = yaml.safe_load(f) or []
    tot = dict(gold=0, sys=0, found=0, strict=0)
    lines = []
    for entry in gold:
        score_doc(entry, sys_dir, lines, tot)
    if show:
        print("\n".join(lines))
    res = {}
    for k in ("found", "strict"):
        p = tot[k] / tot["sys"] if tot["sys"] else 0.0
        r = tot[k] / tot["gold"] if tot["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[k] = dict(p=round(100 * p, 1), r=round(100 * r, 1), f1=round(100 * f, 1))
    res["counts"] = tot
    return res


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    res = score(args[0], args[1], "--errors" in argv)
    if "--json" in argv:
        print(json.dumps(res))
        return
    for k in ("found", "strict"):
        print(f"events {k:6s} P={res[k]['p']:5.1f} R={res[k]['r']:5.1f} F1={res[k]['f1']:5.1f}")
    print("counts", res["counts"])


if __name__ == "__main__":
    main(sys.argv[1:])
