"""The Dask run on all 1,600 TE3 silver articles of ../shared (CTest
python.dask_silver, label slow: not needed by `make test`): 2 worker
processes, 16 partitions merged 4 at a time; every file equals one
`annals run --no-svg`, byte for byte. Skipped without ../shared."""
import glob
import os

import pytest

from conftest import SOURCE, run_annals

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from annals import cluster  # noqa: E402

SILVER = os.path.join(os.environ.get("SHARED", os.path.join(SOURCE, "..", "shared")),
                      "data", "silver")


def test_silver_corpus_on_two_workers(tmp_path):
    paths = sorted(glob.glob(os.path.join(SILVER, "*", "*.tml")))
    if not paths:
        pytest.skip(f"no TE3 silver corpus under {SILVER}")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as lc:
        with distributed.Client(lc):
            files = cluster.run(db.from_sequence(paths, npartitions=16), split_every=4).compute()
    expected = run_annals(paths, tmp_path / "run")
    assert sorted(files) == sorted(expected)
    for name in expected:
        assert files[name] == expected[name], name
