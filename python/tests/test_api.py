"""The Python module over the C++ API: RuleSet, extract, assemble, the
plain-object views, pandas and networkx helpers, pickling, partials, and
byte equality with `annals run`."""
import pickle

import pytest

import annals
from conftest import run_annals

TEXT = ("PARIS, March 3, 2021 (Xinhua) -- Foreign Minister Wang Yi met with "
        "Foreign Minister Sergei Lavrov in Paris on Tuesday. Wang Yi and Sergei "
        "Lavrov will meet again in Moscow on March 5, 2021.\n")
YEARLESS = "MOSCOW, March 5 (Xinhua) -- Sergei Lavrov met with Wang Yi in Moscow on Friday.\n"


def test_extract_gives_plain_objects(rules):
    x = rules.extract(TEXT, path="a.txt")
    assert x.dct == "2021-03-03" and x.dct_origin == "text"
    names = {a["name"] for a in x.actors}
    assert {"Wang Yi", "Sergei Lavrov"} <= names
    meeting = [e for e in x.events if e["type"] == "meeting"][0]
    assert meeting["when"] == "2021-03-02"  # Tuesday before Wednesday 3 March
    assert TEXT[meeting["trigger_begin"]:meeting["trigger_end"]] == "met with"
    assert {"value": "2021-03-05", "type": "DATE"}.items() <= {
        k: v for t in x.times if t["value"] == "2021-03-05" for k, v in t.items()}.items()


def test_dct_option_and_bad_dct(rules):
    x = rules.extract("Wang Yi met Sergei Lavrov on Tuesday.", dct="2021-03-12")
    assert x.dct == "2021-03-12" and x.dct_origin == "option"
    with pytest.raises(ValueError):
        rules.extract("text", dct="2021-13-45")


def test_assemble_infers_the_year_across_articles(rules):
    t = annals.assemble([rules.extract(TEXT, path="a.txt"),
                         rules.extract(YEARLESS, path="b.txt")], rules)
    docs = t.documents
    assert [d["id"] for d in docs] == ["d1", "d2"]
    assert docs[1] == {"id": "d2", "path": "b.txt", "dct": "2021-03-05", "dct_origin": "inferred"}
    ids = {a["name"]: a["id"] for a in t.actors}
    assert ids["Wang Yi"] == "wang-yi"
    whens = [e["when"] for e in t.events]
    assert "2021-03-05" in whens and whens == sorted(whens)
    assert t.to_dict()["documents"][1]["dct_origin"] == "inferred"


def test_records_pickle_and_partials_assemble_alike(rules):
    xs = [rules.extract(TEXT, path="a.txt"), rules.extract(YEARLESS, path="b.txt")]
    direct = annals.assemble(xs, rules).render("json")
    back = [pickle.loads(pickle.dumps(x)) for x in xs]
    assert [b.record() for b in back] == [x.record() for x in xs]
    assert annals.assemble(back, rules).render("json") == direct
    assert annals.assemble([x.record() for x in xs], rules).render("json") == direct
    tree = annals.partial([annals.partial([xs[0]]), annals.partial([xs[1]])])
    assert tree.startswith('{"annals_partial":1}\n')
    assert tree.endswith('{"annals_partial_end":2}\n')
    assert annals.assemble([tree], rules).render("json") == direct


def test_broken_inputs_raise(rules, tmp_path):
    with pytest.raises(ValueError, match="not JSON"):
        annals.assemble(["{broken"], rules)
    cut = annals.partial([rules.extract(TEXT)]).rsplit("{\"annals_partial_end", 1)[0]
    with pytest.raises(ValueError, match="without its trailer"):
        annals.partial([cut])
    with pytest.raises(OSError):
        rules.extract_file(str(tmp_path / "missing.txt"))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "r.yaml").write_text("timex:\n  - id: x\n    pattern: '('\n")
    with pytest.raises(ValueError, match="r.yaml"):
        annals.RuleSet([str(bad)])


def test_outputs_equal_annals_run(rules, corpus, tmp_path):
    t = annals.assemble([rules.extract_file(p) for p in corpus], rules)
    expected = run_annals(corpus, tmp_path / "run")
    assert t.outputs() == expected
    written = annals.write_outputs(t, str(tmp_path / "py"))
    assert len(written) == 6


def test_dataframes(rules, corpus):
    pd = pytest.importorskip("pandas")
    t = annals.assemble([rules.extract_file(p) for p in corpus], rules)
    frames = t.to_dataframes()
    events = frames["events"]
    assert isinstance(events, pd.DataFrame)
    assert list(events["id"]) == [e["id"] for e in t.events]
    assert len(frames["actors"]) == len(t.actors)
    assert list(frames["documents"]["dct_origin"]).count("inferred") >= 4
    pairs = frames["participants"]
    assert len(pairs) == sum(len(e["participants"]) for e in t.events)
    assert set(pairs["actor"]) <= set(frames["actors"]["id"])


def test_networkx_is_the_graphml(rules, corpus):
    nx = pytest.importorskip("networkx")
    t = annals.assemble([rules.extract_file(p) for p in corpus], rules)
    g = t.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    graphml = t.render("graphml")
    assert g.number_of_nodes() == graphml.count("<node ")
    assert g.number_of_edges() == graphml.count("<edge ")
    assert g.nodes[t.actors[0]["id"]]["kind"] == "actor"
    event = next(e for e in t.events if e["participants"])
    for actor in event["participants"]:
        relations = {d["relation"] for _, v, d in g.out_edges(actor, data=True) if v == event["id"]}
        assert "participated_in" in relations, (actor, event["id"])
