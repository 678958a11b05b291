"""The annotation conventions end to end: `pledgewatch run --quote-parts` and `--nesting`, their place in the
extraction cache key, and `pledgewatch eval` choosing the gold's convention from the data."""

from __future__ import annotations

import json

import pandas as pd

from pledgewatch import cli, pipeline
from pledgewatch.evaluation import gold as evaluate

BODY = ('"We will not let up," Austin told the conference on Tuesday. "Ukraine will not fail on our watch."\n\n'
        'Pistorius said Germany would send more air defence.')


def _run(tmp_path, cache, *extra):
    raw = tmp_path / "in.jsonl"
    raw.write_text(json.dumps({"id": "a1", "title": "Allies meet", "text": BODY}) + "\n")
    out = tmp_path / ("out" + "".join(extra).replace("-", ""))
    assert cli.main(["run", "--raw", str(raw), "--out", str(out), "--quiet", "--cache", str(cache), *extra]) == 0
    return pd.read_parquet(out / "statements.parquet").sort_values("char_start")


def test_run_quote_parts_join_and_split_share_a_cache_without_mixing(tmp_path):
    cache = tmp_path / "cache"
    split = _run(tmp_path, cache)
    joined = _run(tmp_path, cache, "--quote-parts", "join")
    again = _run(tmp_path, cache)  # from the cache: still the split rows
    assert split["text"].tolist() == ["We will not let up", "Ukraine will not fail on our watch.",
                                      "Germany would send more air defence"]
    assert joined["text"].tolist() == ["We will not let up Ukraine will not fail on our watch.",
                                       "Germany would send more air defence"]
    assert again["text"].tolist() == split["text"].tolist()
    assert joined["quote_type"].iloc[0] == "direct" and joined["speaker_text"].iloc[0] == "Austin"
    assert joined["statement_id"].nunique() == 2


def test_extract_key_depends_on_the_convention(tmp_path):
    a = pipeline.make_context(cache_dir=tmp_path)
    b = pipeline.make_context(cache_dir=tmp_path, quote_parts="join")
    assert a.extract_key != b.extract_key and (a.quote_parts, b.quote_parts) == ("split", "join")
    c = pipeline.make_context(cache_dir=tmp_path, nesting="outer")
    assert len({a.extract_key, b.extract_key, c.extract_key}) == 3 and (a.nesting, c.nesting) == ("inner", "outer")


def test_run_nesting_outer_gives_the_outer_speaker(tmp_path):
    raw = tmp_path / "in.jsonl"
    raw.write_text(json.dumps({"id": "a1", "title": "The latest", "text": "Biden spokesman Andrew Bates says Ortiz "
                               "promised to keep supporting Biden."}) + "\n")
    got = {}
    for nesting in ("inner", "outer"):
        out = tmp_path / nesting
        assert cli.main(["run", "--raw", str(raw), "--out", str(out), "--quiet", "--cache", str(tmp_path / "c"),
                         "--nesting", nesting]) == 0
        got[nesting] = pd.read_parquet(out / "statements.parquet")[["speaker_name", "text"]].values.tolist()
    assert got == {"inner": [["Ortiz", "to keep supporting Biden"]],
                   "outer": [["Andrew Bates", "Ortiz promised to keep supporting Biden"]]}


def test_gold_convention_is_read_from_the_data(tmp_path):
    brat = tmp_path / "brat_set"
    brat.mkdir()
    (brat / "articles.jsonl").write_text(json.dumps({"id": "1", "text": "x", "brat": "T1\tCue 0 1\tx"}) + "\n")
    plain = tmp_path / "plain_set"
    plain.mkdir()
    (plain / "articles.jsonl").write_text(json.dumps({"id": "1", "text": "x", "brat": "T1\tCue 0 1\tx"}) + "\n")
    (plain / "gold.jsonl").write_text("")
    bare = tmp_path / "bare_set"
    bare.mkdir()
    (bare / "articles.jsonl").write_text(json.dumps({"id": "1", "text": "x"}) + "\n")
    assert evaluate.gold_convention(brat) == "polnear"
    assert evaluate.gold_convention(plain) == "guide"  # a gold.jsonl is written to ANNOTATION.md
    assert evaluate.gold_convention(bare) == "guide"
    assert evaluate.CONVENTIONS["polnear"] == {"quote_parts": "join", "nesting": "outer"}


def test_eval_scores_a_brat_set_joined_and_also_split(shared, tmp_path, monkeypatch):
    """A set in PolNeAR's format (articles with brat, no gold.jsonl) under any name: two rows, its own convention
    (join, outer) first, then the guide's."""
    text = BODY
    a, b = text.index("We will"), text.index("Ukraine will")
    c0, c1 = text.index("told"), text.index("told") + 4
    brat = "\n".join([f"T1\tSource {text.index('Austin')} {text.index('Austin') + 6}\tAustin",
                      f"T2\tCue {c0} {c1}\ttold",
                      f"T3\tContent {a} {a + 18};{b} {b + 34}\tWe will not let up Ukraine will not fail on our watch",
                      "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1"])
    root = tmp_path / "shared"
    (root / "eval" / "heldout_twin").mkdir(parents=True)
    (root / "eval" / "score.py").symlink_to(shared / "eval" / "score.py")
    (root / "eval" / "heldout_twin" / "articles.jsonl").write_text(
        json.dumps({"id": "a1", "title": "Allies meet", "text": text, "brat": brat}) + "\n")
    monkeypatch.setattr("pledgewatch.config.SHARED", root)
    scores, errors = evaluate.score_all(["heldout_twin"], tmp_path / "work")
    assert scores["set"].tolist() == ["heldout_twin", "heldout_twin (guide)"]
    assert scores["quote_parts"].tolist() == ["join", "split"]
    assert scores["nesting"].tolist() == ["outer", "inner"]
    assert scores["statements_f1_08"].iloc[0] > scores["statements_f1_08"].iloc[1]
    assert set(errors["set"]) <= {"heldout_twin"}
