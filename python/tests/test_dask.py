"""annals on Dask distributed: extract as the map over a dask.bag of
articles, a tree of partial merges as the reduce, on a LocalCluster of two
worker processes; the files equal one `annals run`, byte for byte."""
import os

import pytest

from conftest import run_annals

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from annals import cluster  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as lc:
        with distributed.Client(lc) as c:
            yield c


def test_two_worker_processes(client):
    pids = client.run(os.getpid)
    assert len(pids) == 2 and len(set(pids.values())) == 2
    assert os.getpid() not in pids.values()


def test_cluster_run_equals_annals_run(client, corpus, tmp_path):
    # 7 partitions, merged 2 at a time: three levels of partial merges.
    articles = db.from_sequence(corpus, npartitions=7)
    files = cluster.run(articles, split_every=2).compute()
    expected = run_annals(corpus, tmp_path / "run")
    assert sorted(files) == sorted(expected)
    for name in expected:
        assert files[name] == expected[name], name
    assert b'"dct_origin": "inferred"' in files["timeline.json"]


def test_records_are_extract_lines_in_bag_order(client, corpus, tmp_path):
    records = cluster.extract(db.from_sequence(corpus[:5], npartitions=3)).compute()
    assert len(records) == 5
    import json
    paths = [json.loads(r)["doc"]["path"] for r in records]
    assert paths == corpus[:5]


def test_dict_articles(client, corpus, tmp_path):
    texts = [{"path": p, "text": open(p, encoding="utf-8").read()} for p in corpus]
    files = cluster.run(db.from_sequence(texts, npartitions=4), split_every=3).compute()
    expected = run_annals(corpus, tmp_path / "run")
    assert files["timeline.json"] == expected["timeline.json"]
    assert files["graph.graphml"] == expected["graph.graphml"]
