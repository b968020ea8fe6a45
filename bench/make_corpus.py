#!/usr/bin/env python3
"""Builds the benchmark corpus from the TE3 silver TimeML files.

  make_corpus.py SILVER_DIR OUT_DIR [--replicate-mb 200]

Writes OUT_DIR/base/NNNNN.txt (the <TEXT> content of each .tml file, tags
removed, XML entities decoded: the text annals itself analyses when given
the .tml) and OUT_DIR/big/rNNN/NNNNN.txt, the base set copied until the
total reaches the requested size. The corpus is generated, never committed:
the TE3 data may not be redistributed with the project.
"""
import argparse
import html
import os
import re
import sys

TEXT_RE = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
TAG_RE = re.compile(r"<[^>]*>")


def article_text(tml):
    m = TEXT_RE.search(tml)
    if not m:
        return None
    return html.unescape(TAG_RE.sub("", m.group(1)))


def tml_files(root):
    out = []
    for d, _, files in os.walk(root):
        out += [os.path.join(d, f) for f in files if f.endswith(".tml")]
    return sorted(out)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("silver")
    ap.add_argument("out")
    ap.add_argument("--replicate-mb", type=float, default=200)
    a = ap.parse_args()
    texts = []
    for p in tml_files(a.silver):
        with open(p, encoding="utf-8", errors="replace") as f:
            t = article_text(f.read())
        if t and t.strip():
            texts.append(t)
    if not texts:
        sys.exit("no TimeML articles under " + a.silver)
    for i, t in enumerate(texts):
        write(os.path.join(a.out, "base", "%05d.txt" % i), t)
    base_bytes = sum(len(t.encode("utf-8")) for t in texts)
    copies = max(1, round(a.replicate_mb * 1e6 / base_bytes))
    for r in range(copies):
        for i, t in enumerate(texts):
            write(os.path.join(a.out, "big", "r%03d" % r, "%05d.txt" % i), t)
    # The Makefile regenerates the corpus unless this stamp says it is whole.
    write(os.path.join(a.out, "COMPLETE"), "%d %d\n" % (len(texts), copies))
    print("corpus: %d articles, %.2f MB; big: %d copies, %.1f MB"
          % (len(texts), base_bytes / 1e6, copies, copies * base_bytes / 1e6))


if __name__ == "__main__":
    main()
