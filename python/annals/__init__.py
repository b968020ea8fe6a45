"""annals from Python: news articles in, a dated timeline and a graph of
who met whom out.

    import annals
    rules = annals.RuleSet()                      # the bundled rules
    x = rules.extract(text, dct="2021-03-12")     # one article's facts
    t = annals.assemble([x, ...])                 # one timeline
    t.events, t.actors, t.documents               # plain lists of dicts
    t.render("json")                              # timeline.json as text
    t.to_dataframes()["events"]                   # pandas, when installed
    t.to_networkx()                               # networkx, when installed

Extractions pickle as their `annals extract` record, and assemble() also
takes record lines and partial assemblies (str), so extraction can run in
other processes or on other machines: annals.cluster does it on Dask.
The C++ library does the work (thread-safe; the GIL is released).
"""
import io
import json
import os

from . import _annals
from ._annals import Extraction, Timeline, parse_record, partial

__all__ = ["RuleSet", "Extraction", "Timeline", "assemble", "partial",
           "parse_record", "default_rules_dirs", "write_outputs"]


def default_rules_dirs():
    """The bundled rules: $ANNALS_RULES, else the rules installed with this
    package, else those installed with the C++ library."""
    if os.environ.get("ANNALS_RULES"):
        return [os.environ["ANNALS_RULES"]]
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules")
    if os.path.isdir(here):
        return [here]
    return [_annals.bundled_directory()]


class RuleSet(_annals.RuleSet):
    """Compiled rules: RuleSet() for the bundled ones, RuleSet([dir, ...])
    for layers (a later directory adds rules and overrides by id).
    Raises ValueError (with file:line:col) for a broken rule."""

    def __init__(self, paths=None):
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        dirs = [os.fspath(p) for p in paths] if paths else default_rules_dirs()
        super().__init__(dirs)


def assemble(records, rules=None):
    """One Timeline of records in order: Extraction objects, `annals
    extract` record lines, or partial assemblies (str). `rules` (default:
    the bundled ones) must be those the records were extracted with."""
    return _annals.assemble(list(records), rules if rules is not None else RuleSet())


def write_outputs(timeline, out_dir):
    """Writes what `annals run --no-svg` writes into out_dir; returns the
    paths written."""
    os.makedirs(out_dir, exist_ok=True)
    written = []
    for name, data in timeline.outputs().items():
        path = os.path.join(out_dir, name)
        with open(path, "wb") as f:
            f.write(data)
        written.append(path)
    return written


def _to_dataframes(timeline):
    """{"events", "actors", "documents", "participants"} as pandas
    DataFrames; "participants" has one (event, actor) row per pair.
    Needs pandas (Debian python3-pandas)."""
    import pandas as pd
    events = timeline.events
    pairs = [{"event": e["id"], "actor": a} for e in events for a in e["participants"]]
    return {
        "events": pd.DataFrame(events, columns=["id", "type", "label", "when", "when_end",
                                                "where", "participants", "sources"]),
        "actors": pd.DataFrame(timeline.actors,
                               columns=["id", "name", "kind", "aliases", "titles"]),
        "documents": pd.DataFrame(timeline.documents,
                                  columns=["id", "path", "dct", "dct_origin"]),
        "participants": pd.DataFrame(pairs, columns=["event", "actor"]),
    }


def _to_networkx(timeline):
    """graph.graphml as a networkx MultiDiGraph: actor, event, position and
    place vertices, their attributes and relations, exactly as annals
    writes them. Needs networkx (Debian python3-networkx)."""
    import networkx as nx
    graphml = timeline.render("graphml").encode("utf-8")
    return nx.read_graphml(io.BytesIO(graphml), force_multigraph=True)


def _to_dict(timeline):
    """timeline.json (the whole contract: documents, actors, events with
    evidence, positions, the timeline order) as plain Python objects."""
    return json.loads(timeline.render("json"))


Timeline.to_dataframes = _to_dataframes
Timeline.to_networkx = _to_networkx
Timeline.to_dict = _to_dict
