"""Article-bootstrap intervals of a gold set's figures (evaluation.intervals): the point figures are score.py's own,
the interval resamples articles. Real gold of ../shared (skipped where it is absent), scored against predictions
made from it by dropping and cutting statements, so that the figures are not trivial."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from pledgewatch.evaluation import gold_match, intervals


@pytest.fixture(scope="module")
def scorer():
    if not gold_match.available():
        pytest.skip("../shared/eval/score.py is absent (not part of a fresh clone)")
    return gold_match.load_scorer()


def _degraded(gold: list[dict]) -> list[dict]:
    """Predictions from the gold: every third statement dropped, every fourth cut to its first half (a match at 0.3,
    not at 0.8), every fifth given another speaker."""
    pred = []
    for k, g in enumerate(gold):
        if k % 3 == 2:
            continue
        words = g["content"].split()
        text = " ".join(words[: max(1, len(words) // 2)]) if k % 4 == 1 else g["content"]
        speaker = "Someone Else" if k % 5 == 0 else g.get("speaker", "")
        pred.append({"article_id": g["article_id"], "text": text, "speaker_name": speaker,
                     "capabilities": g.get("capabilities", [])})
    return pred


@pytest.mark.parametrize("name", ["ukraine_dev", "ggt_dev"])
def test_point_figures_are_score_py_s_own(scorer, name):
    set_dir = gold_match.eval_dir() / name
    if not (set_dir / "gold.jsonl").is_file():
        pytest.skip(f"{set_dir} is absent")
    _, gold = gold_match.load_gold(set_dir, scorer)
    pred = _degraded(gold)
    res = scorer.score(gold, pred)
    rows = {r["metric"]: r for r in intervals.interval_rows(name, intervals.article_counts(gold, pred, scorer))}
    assert rows["f1_03"]["value"] == res["statements@0.3"]["f1"]
    assert rows["f1_08"]["value"] == res["statements@0.8"]["f1"]
    assert rows["speaker"]["value"] == res["speaker_acc"]
    assert res["statements@0.8"]["f1"] < res["statements@0.3"]["f1"] < 1.0  # the degradation is visible
    for r in rows.values():
        assert r["lo"] <= r["value"] <= r["hi"] and r["hi"] - r["lo"] > 0.005


def test_an_article_with_gold_and_no_prediction_counts(scorer):
    gold = [{"article_id": "a", "content": "we will send more tanks to Ukraine", "speaker": "X"},
            {"article_id": "b", "content": "the aid will arrive within weeks", "speaker": "Y"}]
    pred = [{"article_id": "a", "text": "we will send more tanks to Ukraine", "speaker_name": "X"},
            {"article_id": "c", "text": "a statement in an article without gold", "speaker_name": "Z"}]
    counts = intervals.article_counts(gold, pred, scorer)
    assert counts.set_index("article_id")[["gold", "pred", "tp03"]].to_dict("index") == {
        "a": {"gold": 1, "pred": 1, "tp03": 1}, "b": {"gold": 1, "pred": 0, "tp03": 0}}
    f1 = {r["metric"]: r["value"] for r in intervals.interval_rows("t", counts)}["f1_03"]
    assert f1 == scorer.score(gold, pred)["statements@0.3"]["f1"] == pytest.approx(2 / 3, abs=1e-3)


def test_one_article_is_one_draw_and_gets_no_interval():
    counts = pd.DataFrame([{"article_id": "a", "gold": 4, "pred": 3, "tp03": 3, "tp08": 2, "spk_n": 3,
                            "spk_ok": 2}])
    rows = intervals.interval_rows("one", counts)
    assert [r["value"] for r in rows] == [round(2 * 0.75 * 1 / 1.75, 3), round(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), 3),
                                          round(2 / 3, 3)]
    assert all(math.isnan(r["lo"]) and math.isnan(r["hi"]) for r in rows)


def test_paired_delta_of_a_run_against_itself_is_zero_and_of_a_worse_run_below_zero(scorer):
    set_dir = gold_match.eval_dir() / "ukraine_dev"
    if not (set_dir / "gold.jsonl").is_file():
        pytest.skip(f"{set_dir} is absent")
    _, gold = gold_match.load_gold(set_dir, scorer)
    perfect = [{"article_id": g["article_id"], "text": g["content"], "speaker_name": g.get("speaker", ""),
                "capabilities": []} for g in gold]
    full = intervals.article_counts(gold, perfect, scorer)
    worse = intervals.article_counts(gold, _degraded(gold), scorer)
    same = {r["metric"]: r for r in intervals.paired_delta(full, full)}
    assert all(r["delta"] == r["lo"] == r["hi"] == 0.0 for r in same.values())
    drop = {r["metric"]: r for r in intervals.paired_delta(full, worse)}
    assert drop["f1_03"]["old"] == 1.0 and drop["f1_03"]["new"] == scorer.score(gold, _degraded(gold))["statements@0.3"]["f1"]
    assert drop["f1_03"]["hi"] < 0 and drop["f1_08"]["delta"] < drop["f1_03"]["delta"]
