"""annals on Dask distributed: extract is the map over a dask.bag of
articles, assemble the reduce, as a tree of partial assemblies.

    import dask.bag as db
    from distributed import Client, LocalCluster
    from annals import cluster
    client = Client(LocalCluster(n_workers=2, threads_per_worker=1))
    articles = db.from_sequence(paths, npartitions=8)   # or {"text", "dct", "path"} dicts
    files = cluster.run(articles, split_every=4).compute()
    cluster.write(files, "out")                          # as `annals run --no-svg`

An article is a file path (read by the worker, as `annals run` reads it:
the workers need the files) or a dict {"text", "dct", "path"} as
`annals extract --stdin-jsonl` takes it. Records travel between processes
as `annals extract` lines (str). The reduce merges partial assemblies
split_every at a time (annals/partial.h), and the last task assembles the
root partial: the outputs equal one `annals run` over the articles in bag
order, byte for byte. The root task holds every article's facts
(docs/SCALE.md); the merges below it stream.
"""
import functools
import os

import annals

# One compiled RuleSet per worker process and rules directories: compiling
# takes a second, a partition of articles may take less.
_RULES = {}


def _rules(dirs):
    key = tuple(dirs) if dirs else None
    if key not in _RULES:
        _RULES[key] = annals.RuleSet(list(dirs) if dirs else None)
    return _RULES[key]


def extract_one(rules, article):
    """One article (a path or a {"text", "dct", "path"} dict) -> its
    record line."""
    if isinstance(article, (str, os.PathLike)):
        x = rules.extract_file(os.fspath(article))
    else:
        x = rules.extract(article["text"], dct=article.get("dct") or "",
                          path=article.get("path") or article.get("id") or "")
    return x.record()


def _extract_partition(articles, rules_dirs):
    rules = _rules(rules_dirs)
    return [extract_one(rules, a) for a in articles]


def extract(articles, rules_dirs=None):
    """The map: a bag of articles -> a bag of `annals extract` records
    (str), partition by partition, in order."""
    return articles.map_partitions(_extract_partition, rules_dirs)


def _merge(partials):
    return annals.partial(list(partials))


def _outputs(root_partial, rules_dirs):
    return annals.assemble([root_partial], _rules(rules_dirs)).outputs()


def reduce(records, split_every=8):
    """The tree of merges: a bag of records -> a dask Item holding the
    partial assembly (str) of them all, in bag order."""
    return records.reduction(_merge, _merge, split_every=split_every)


def assemble(records, rules_dirs=None, split_every=8):
    """The reduce: a bag of records -> a dask Item of {file name: bytes},
    what `annals run --no-svg` writes."""
    return reduce(records, split_every).apply(functools.partial(_outputs, rules_dirs=rules_dirs))


def run(articles, rules_dirs=None, split_every=8):
    """Map and reduce: a bag of articles -> a dask Item of {file name:
    bytes}. Call .compute() on it (with a distributed Client active, on
    the cluster)."""
    return assemble(extract(articles, rules_dirs), rules_dirs, split_every)


def write(files, out_dir):
    """Writes {file name: bytes} into out_dir; returns the paths."""
    os.makedirs(out_dir, exist_ok=True)
    paths = []
    for name, data in files.items():
        path = os.path.join(out_dir, name)
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    return paths
