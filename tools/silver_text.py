#!/usr/bin/env python3
"""Write the plain text of TempEval-3 silver articles, as events-dev has it.

usage: silver_text.py SILVER_DIR[:OTHER_DIR...] OUT_DIR DOCID...

Prints "DOCID DCT" for each document written (the DCT from its <DCT>).

Each DOCID's text is the <TEXT> element of SILVER_DIR/*/DOCID.tml with its
tags removed and XML entities decoded (events-dev's DOC.txt files are made
the same way, byte for byte). The team's gold files (tests/data/) name
documents by id only: the articles stay in ../shared, out of the repository.
"""
import glob
import html
import os
import re
import sys


def article_text(tml_path):
    with open(tml_path, encoding="utf-8") as f:
        s = f.read()
    m = re.search(r"<TEXT>(.*)</TEXT>", s, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(1) if m else ""))


def dct_of(tml_path):
    with open(tml_path, encoding="utf-8") as f:
        s = f.read()
    m = re.search(r'functionInDocument="CREATION_TIME"', s)
    v = re.search(r'<DCT>.*?value="([^"]+)"', s, re.S)
    return v.group(1)[:10] if m and v else ""


def find(silver_dir, doc):
    # SILVER_DIR may list several corpora of the same layout, "A:B".
    hits = [h for d in silver_dir.split(":") for h in glob.glob(os.path.join(d, "*", doc + ".tml"))]
    if not hits:
        sys.exit(f"silver_text.py: {doc}: not found under {silver_dir}")
    return hits[0]


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    silver, out = argv[0], argv[1]
    os.makedirs(out, exist_ok=True)
    for doc in argv[2:]:
        with open(os.path.join(out, doc + ".txt"), "w", encoding="utf-8") as f:
            f.write(article_text(find(silver, doc)))
        print(doc, dct_of(find(silver, doc)))


if __name__ == "__main__":
    main(sys.argv[1:])
