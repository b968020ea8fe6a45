#!/usr/bin/env python3
"""Builds one single-line article of a given size from the silver texts.

  make_single_line.py SILVER_DIR OUT_FILE MB

The <TEXT> of each TE3 silver .tml file (as make_corpus.py reads it), its
line breaks turned into spaces, appended until the file holds MB megabytes
(2^20 bytes): one huge line of real newswire, with as many sentences,
actors, dates and events per byte as the corpus. For the linear-time
checks of bench/scaling.sh; generated, never committed.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import article_text, tml_files  # noqa: E402


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: make_single_line.py SILVER_DIR OUT_FILE MB")
    silver, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    texts = []
    for p in tml_files(silver):
        with open(p, encoding="utf-8", errors="replace") as f:
            t = article_text(f.read())
        if t and t.strip():
            texts.append(" ".join(t.split()) + " ")
    if not texts:
        sys.exit("no TimeML articles under " + silver)
    want = int(mb * (1 << 20))
    parts, size, i = [], 0, 0
    while size < want:
        t = texts[i % len(texts)].encode("utf-8")
        parts.append(t[: want - size])
        size += len(parts[-1])
        i += 1
    data = b"".join(parts)
    # Never cut a UTF-8 sequence in two.
    data = data.decode("utf-8", errors="ignore").encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
