#!/usr/bin/env python3
"""Runs tests/data/time-cases.yaml through `annals tag` and scores it.

Why a script and not a doctest: the suite is data (text, reference time,
expected TIMEX3), and it is meant to be read as users run annals: the real
binary, the reference to the minute and `--bias` when a case sets one. Cases
are written as TimeML files whose DCT is the reference, so all cases of
one bias go through one `annals tag` call.

A case passes when annals tags exactly the expected spans, in order, with
the expected values (and type and mod when the case gives them).

    time_cases.py ANNALS SUITE [--min 0.95] [--list] [--class C]
    time_cases.py ANNALS SUITE --dct-only   # no --anchor/--bias: a date DCT

Exit status 1 when the pass rate is under --min.
"""
import argparse
import collections
import html
import os
import re
import subprocess
import sys
import tempfile

import yaml

TIMEX = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')


def tagged(timeml):
    """The TIMEX3 of a TimeML document's TEXT, as dicts."""
    body = timeml.split('<TEXT>', 1)[-1]
    out = []
    for attrs, text in TIMEX.findall(body):
        a = {k: html.unescape(v) for k, v in ATTR.findall(attrs)}
        a['text'] = html.unescape(text)
        out.append(a)
    return out


def passes(case, got):
    want = case.get('expect') or []
    if len(want) != len(got):
        return False
    for w, g in zip(want, got):
        if w['text'] != g['text'] or str(w['value']) != g.get('value'):
            return False
        if 'type' in w and w['type'] != g.get('type'):
            return False
        if 'mod' in w and w['mod'] != g.get('mod'):
            return False
    return True


def write_case(path, case, ref):
    """A case as a TimeML file whose DCT is its reference time (when `ref`),
    so that cases of many references go through one `annals tag` call."""
    text = html.escape(case['text'], quote=False)
    if ref is None:
        body = case['text']
    else:
        body = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>c</DOCID>\n'
                '<DCT><TIMEX3 tid="t0" type="DATE" value="%s" '
                'functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>\n'
                '<TEXT>%s\n</TEXT>\n</TimeML>\n' % (ref, ref, text))
    with open(path, 'w', encoding='utf-8') as f:
        f.write(body + ('\n' if ref is None else ''))


def run_group(annals, key, cases, dct_only):
    """Tags `cases`; key is (ref, bias) with --dct-only, else (None, bias)."""
    ref, bias = key
    ext = '.txt' if dct_only else '.tml'
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, 'in'), os.path.join(tmp, 'out')
        os.mkdir(src)
        os.mkdir(out)
        paths = []
        for i, (_, case) in enumerate(cases):
            p = os.path.join(src, 'c%04d%s' % (i, ext))
            write_case(p, case, None if dct_only else str(case['ref']))
            paths.append(p)
        cmd = [annals, 'tag', '--format', 'timeml', '--out', out]
        if dct_only:
            cmd += ['--dct', ref[:10]]
        elif bias:
            cmd += ['--bias', bias]
        run = subprocess.run(cmd + paths, stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            sys.exit('time_cases: annals tag failed (%d):\n%s' % (
                run.returncode, run.stderr[-3000:]))
        results = []
        for i, (index, case) in enumerate(cases):
            with open(os.path.join(out, 'c%04d%s' % (i, ext)), encoding='utf-8') as f:
                results.append((index, case, tagged(f.read())))
        return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('annals')
    ap.add_argument('suite')
    ap.add_argument('--min', type=float, default=0.0)
    ap.add_argument('--list', action='store_true', help='print every failure')
    ap.add_argument('--class', dest='cls', help='only this class')
    ap.add_argument('--dct-only', action='store_true',
                    help='give the reference as a date --dct, no --bias')
    args = ap.parse_args()
    with open(args.suite, encoding='utf-8') as f:
        cases = yaml.safe_load(f)
    groups = collections.defaultdict(list)
    for i, c in enumerate(cases):
        if args.cls and c['class'] != args.cls:
            continue
        ref = str(c['ref']) if args.dct_only else None
        groups[(ref, c.get('bias'))].append((i, c))
    per_class = collections.defaultdict(lambda: [0, 0])
    failures = []
    for key, group in sorted(groups.items(), key=lambda kv: (kv[0][0] or '', kv[0][1] or '')):
        for index, case, got in run_group(args.annals, key, group, args.dct_only):
            ok = passes(case, got)
            per_class[case['class']][0] += ok
            per_class[case['class']][1] += 1
            if not ok:
                failures.append((index, case, got))
    failures.sort(key=lambda f: f[0])
    if args.list:
        for index, case, got in failures:
            want = [(w['text'], str(w['value']), w.get('mod', '')) for w in case.get('expect') or []]
            have = [(g['text'], g.get('value'), g.get('mod', '')) for g in got]
            print('#%d %s ref=%s bias=%s\n  text: %s\n  want: %s\n  got:  %s' % (
                index, case['class'], case['ref'], case.get('bias', '-'), case['text'], want, have))
    passed = sum(p for p, _ in per_class.values())
    total = sum(n for _, n in per_class.values())
    for cls in sorted(per_class):
        p, n = per_class[cls]
        print('%-18s %4d / %4d' % (cls, p, n))
    rate = passed / total if total else 0.0
    print('time-cases: %d / %d = %.1f%%' % (passed, total, 100 * rate))
    return 0 if rate >= args.min else 1


if __name__ == '__main__':
    sys.exit(main())
