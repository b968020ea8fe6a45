#!/usr/bin/env python3
"""Keeps README.md's 30-second example true: runs it and compares.

  readme_example.py ANNALS SOURCE_DIR            check (a CTest; exit 1 on a difference)
  readme_example.py ANNALS SOURCE_DIR --update   rewrite the block from a real run

The block is the ```console fence between the markers

  <!-- readme-example: ... -->   and   <!-- /readme-example -->

in README.md. Its `$ ` lines are commands, the lines after each its
output (stdout and stderr together, as a terminal shows them). A line
`...` stands for any number of lines, so the README may shorten a long
output; --update keeps those cuts where they were (as many lines before
and after as the README showed). The commands run with bash in a fresh
directory where `build/annals` is the binary under test and `examples`
the source tree's examples/, with the bundled rules, so the README's
relative paths work as written.

Why a check and a generator both: the extraction changes every week, and
the example must follow it; a failing check says what changed and how to
regenerate, and review sees the new lines in the diff.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile

BEGIN = re.compile(r"^<!-- readme-example\b.*-->\s*$")
END = "<!-- /readme-example -->"
ELLIPSIS = "..."


def find_block(lines):
    """(first, last): the indices of the fence's inner lines [first, last)."""
    begin = next((i for i, l in enumerate(lines) if BEGIN.match(l)), None)
    if begin is None:
        sys.exit("README.md: no <!-- readme-example --> marker")
    end = next((i for i in range(begin, len(lines)) if lines[i].strip() == END), None)
    fence = next((i for i in range(begin, end or len(lines)) if lines[i].startswith("```console")), None)
    if end is None or fence is None or lines[end - 1].strip() != "```":
        sys.exit("README.md: the readme-example block must be one ```console fence before " + END)
    return fence + 1, end - 1


def parse(block):
    """[(command, [shown output lines])]."""
    steps = []
    for line in block:
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
        else:
            sys.exit("README.md: the example block must start with a $ command")
    return steps


def run_in(work, commands, env):
    """Runs every command in one directory (later ones read what earlier
    ones wrote); returns each one's output lines."""
    outputs = []
    for command in commands:
        p = subprocess.run(["bash", "-c", command + " 2>&1"], cwd=work, env=env,
                           stdout=subprocess.PIPE, timeout=600)
        outputs.append(p.stdout.decode("utf-8", "replace").splitlines())
    return outputs


def matches(shown, actual):
    """True when `actual` is `shown` with each `...` standing for any lines."""
    if not shown:
        return not actual
    if shown[0] == ELLIPSIS:
        return any(matches(shown[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and shown[0] == actual[0] and matches(shown[1:], actual[1:])


def regenerate(shown, actual):
    """`actual`, cut where `shown` was cut (one `...` kept in place)."""
    if ELLIPSIS not in shown:
        return actual
    head = shown.index(ELLIPSIS)
    tail = len(shown) - 1 - max(i for i, l in enumerate(shown) if l == ELLIPSIS)
    if head + tail >= len(actual):
        return actual
    return actual[:head] + [ELLIPSIS] + (actual[len(actual) - tail:] if tail else [])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("annals")
    ap.add_argument("source")
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    source = os.path.abspath(a.source)
    readme = os.path.join(source, "README.md")
    with open(readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    first, last = find_block(lines)
    steps = parse(lines[first:last])
    with tempfile.TemporaryDirectory(prefix="annals-readme-") as work:
        os.makedirs(os.path.join(work, "build"))
        os.symlink(os.path.abspath(a.annals), os.path.join(work, "build", "annals"))
        os.symlink(os.path.join(source, "examples"), os.path.join(work, "examples"))
        env = dict(os.environ, ANNALS_RULES=os.path.join(source, "rules"), LC_ALL="C.UTF-8")
        actual = run_in(work, [c for c, _ in steps], env)
    if a.update:
        block = []
        for (command, shown), out in zip(steps, actual):
            block += ["$ " + command] + regenerate(shown, out)
        lines[first:last] = block
        with open(readme, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        print("README.md: example regenerated")
        return 0
    failed = 0
    for (command, shown), out in zip(steps, actual):
        if matches(shown, out):
            print("PASS $ " + command)
            continue
        failed += 1
        print("FAIL $ " + command + "\n  README shows (-) / annals prints (+):")
        for d in difflib.unified_diff(shown, out, lineterm="", n=1):
            print("  " + d)
    if failed:
        print(f"README.md's example is stale; regenerate it with\n"
              f"  python3 tests/cli/readme_example.py {a.annals} . --update   (or: make readme)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
