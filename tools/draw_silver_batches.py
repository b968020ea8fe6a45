#!/usr/bin/env python3
"""Draw new events-silver batches among silver articles no team set uses.

usage: draw_silver_batches.py SILVER_DIR EVENTS_DEV_DIR SEED N_BATCHES [SIZE [MAX_CHARS [wide|tbaq|reuters|reuters-fresh]]]

An article qualifies when its text (tools/silver_text.py) is under MAX_CHARS
(default 6,000) characters, has an encounter word and a head-of-government or minister
title, and its id appears nowhere under tests/data/, docs/, tools/, rules/ (a set
or a note of the team) nor in EVENTS_DEV_DIR.
Prints one "batch-K: ID ..." line per batch (K counted from 1: renumber).
Run it before the new batches are added to tests/data/, else it excludes
them. Batches 10 and 11 of tests/data/events-silver came from
`draw_silver_batches.py ../shared/data/silver ../shared/data/events-dev 20271 2`
at commit dd92d0d; batches 12 and 13 (seed 20272) at d30b032; batches 14
and 15 (seed 20273) at ffa0a42; batches 16 and 17 (seed 20274) at ffa0a42
with batches 14 and 15 already under tests/data; batch 18 (seed 20275, one
batch) with 14-17 there. After batch 18 fewer than 16 articles qualify:
a new batch needs a wider pool: `wide` also admits other office titles
(WIDE_TITLE); batch 19 is `... 20276 1 16 9000 wide` at de815ca. Batches 20 and 21 are
`... 20277 2 7 20000 wide` at 2c31f62: the last 14 qualifying articles
(any length), so the pool is used up. Batches 22 and 23 come from TimeBank
and AQUAINT instead (AP, NYT, Xinhua English, 1989-2000; their times, not
their events, were the team's timex development set):
`draw_silver_batches.py ../shared/data/tbaq ../shared/data/events-dev 20278 2 8 9000 tbaq`.
Batches 24 and 25 are `... tbaq ... 20279 2 7 20000 tbaq` at 46a3f8f: the
last 14 TimeBank/AQUAINT articles that qualify at any length.
With `reuters` SILVER_DIR is the Reuters-21578 package of
tools/reuters_corpus.sh (ids "reuters-N", text by tools/reuters_text.py):
batches 26-29 are `draw_silver_batches.py "$(bash tools/reuters_corpus.sh)"
../shared/data/events-dev 20280 4 10 4000 reuters` at 928bd8c; batches 30-33
the same with seed 20281 at 0f77931 (26-29 already under tests/data).
Reuters tells a story several times; `reuters-fresh` also leaves out an
article that shares three or more six-word runs with an article a team
set already uses (another report of a story the team has read): batches
34-37 are `... 20282 4 10 4000 reuters-fresh` at ec26651, batches
38-41 `... 20283 4 10 4000 reuters-fresh` at ea81da4, and batches 42-45
`... 20284 4 10 4000 reuters-fresh` at c80a0d9.
"""
import glob
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from silver_text import article_text  # noqa: E402
import reuters_text  # noqa: E402

ID = re.compile(r"(?:AFP|XIN|NYT|APW)_ENG_\d{8}\.\d{4}|reuters-\d+")
ENCOUNTER = re.compile(r"\b(met|meets|meeting|talks|visit|visited|visiting|"
                       r"phone|telephone|summit|arrived|received)\b")
TITLE = re.compile(r"\b(President|Prime Minister|Premier|Minister|Chancellor|King)\b")
WIDE_TITLE = re.compile(r"\b(Secretary|Governor|Ambassador|Envoy|Mayor|Senator|Chairman|Pope|Queen|Prince|Vice)\b")


def used_ids(events_dev):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    used = set(ID.findall(" ".join(os.listdir(events_dev))))
    parts = [os.path.join(root, p) for p in ("tests/data", "docs", "tools", "rules")]
    paths = [p for part in parts + [events_dev]
             for p in glob.glob(os.path.join(part, "**", "*"), recursive=True)]
    for path in paths:
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                used.update(ID.findall(f.read()))
    return used


def team_text(events_dev):
    """All the text of the team's sets and notes: TimeBank and AQUAINT ids
    ("APW19980807.0261", "wsj_0266") have no one pattern, so a document is
    used when its id occurs anywhere in it."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    parts = [os.path.join(root, p) for p in ("tests/data", "docs", "tools", "rules")] + [events_dev]
    out = []
    for part in parts:
        for path in glob.glob(os.path.join(part, "**", "*"), recursive=True):
            if os.path.isfile(path):
                with open(path, encoding="utf-8", errors="replace") as f:
                    out.append(f.read())
    return "\n".join(out)


def articles(corpus, layout, reuters):
    """(DOCID, text) of every article of the corpus, in id order."""
    if reuters:
        docs = reuters_text.load(corpus)
        return [(d, reuters_text.article_text(docs[d])) for d in sorted(docs)]
    return [(os.path.basename(p)[:-4], article_text(p))
            for p in sorted(glob.glob(os.path.join(corpus, layout, "*.tml")))]


def shingles(text, n=6):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def retold(text, seen, least=3):
    """Whether `text` shares `least` six-word runs with the texts read."""
    return len(shingles(text) & seen) >= least


def main():
    silver, events_dev, seed, batches = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    size = int(sys.argv[5]) if len(sys.argv) > 5 else 16
    max_chars = int(sys.argv[6]) if len(sys.argv) > 6 else 6000
    wide = len(sys.argv) > 7 and sys.argv[7] == "wide"
    used = used_ids(events_dev)
    candidates = []
    tbaq = len(sys.argv) > 7 and sys.argv[7] == "tbaq"
    team = team_text(events_dev) if tbaq else ""
    layout = "*" if tbaq else "TE3-Silver-data-*"
    reuters = sys.argv[7:] in (["reuters"], ["reuters-fresh"])
    corpus = articles(silver, layout, reuters)
    seen = set()
    if sys.argv[7:] == ["reuters-fresh"]:
        for doc, text in corpus:
            if doc in used:
                seen |= shingles(text)
    for doc, text in corpus:
        if tbaq and doc in team:
            continue
        if seen and retold(text, seen):
            continue
        if doc not in used and len(text) < max_chars and ENCOUNTER.search(text) and (TITLE.search(text) or (wide and WIDE_TITLE.search(text))):
            candidates.append(doc)
    random.seed(seed)
    pick = random.sample(candidates, size * batches)
    for k in range(batches):
        print(f"batch-{k + 1}: " + " ".join(pick[k * size:(k + 1) * size]))


if __name__ == "__main__":
    main()
