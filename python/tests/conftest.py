"""Shared fixtures of the Python tests: the annals binary and source tree
(set by CTest: ANNALS_BINARY, ANNALS_SOURCE_DIR, ANNALS_RULES), and a
small corpus written by the tests themselves."""
import glob
import os
import subprocess

import pytest

SOURCE = os.environ.get("ANNALS_SOURCE_DIR",
                        os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("ANNALS_BINARY", os.path.join(SOURCE, "build", "annals"))

CITIES = ["Beijing", "Moscow", "Paris", "Berlin", "Tokyo", "Cairo"]
PEOPLE = ["Wang Yi", "Sergei Lavrov", "Antony Blinken", "Annalena Baerbock"]
MONTHS = ["January", "February", "March", "April", "May", "June"]


def write_corpus(directory, n=12):
    """The two example articles and n of our own; every third of ours has a
    dateline without a year, which only the other articles can supply."""
    paths = sorted(glob.glob(os.path.join(SOURCE, "examples", "articles", "*.txt")))
    os.makedirs(directory, exist_ok=True)
    for i in range(1, n + 1):
        city, a, b = CITIES[i % 6], PEOPLE[i % 4], PEOPLE[(i + 1) % 4]
        month, day = MONTHS[i % 6], i % 27 + 1
        # The next article's meeting, announced here with its year.
        later_city, later_month, later_day = CITIES[(i + 1) % 6], MONTHS[(i + 1) % 6], (i + 1) % 27 + 1
        later_b = PEOPLE[(i + 2) % 4]
        dateline = f"{month} {day}" if i % 3 == 0 else f"{month} {day}, 2021"
        text = (f"{city.upper()}, {dateline} (Xinhua) -- Foreign Minister {a} met with "
                f"Foreign Minister {b} in {city} on {month} {day}.\n\n"
                f"{a} said the two sides held talks on trade. {b} will meet "
                f"{later_b} in {later_city} on {later_month} {later_day}, 2021, "
                f"{b} told reporters.\n")
        path = os.path.join(directory, f"art{i:03d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        paths.append(path)
    return paths


def run_annals(paths, out_dir):
    """{file name: bytes} of one `annals run --no-svg` over paths."""
    subprocess.run([BINARY, "run", "-j", "1", "--no-svg", "--out", str(out_dir), *paths],
                   check=True, capture_output=True)
    return {name: open(os.path.join(out_dir, name), "rb").read()
            for name in os.listdir(out_dir)}


@pytest.fixture(scope="session")
def rules():
    import annals
    return annals.RuleSet()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    return write_corpus(str(tmp_path_factory.mktemp("corpus")))
