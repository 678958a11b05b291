"""The residual model (pledgewatch.coding.residual_model): assessment or other only, cross-fitted by article, off
by switch; the committed weights load and hold their folds."""

from __future__ import annotations

import json

import pytest

from pledgewatch import config
from pledgewatch.coding import residual_model
from pledgewatch.coding.model import LinearModel


def _spec(bias: float) -> LinearModel:
    """A one-feature binary model: positive `bias` says other, negative says assessment (|bias| 1.5: p 0.82)."""
    return LinearModel({"classes": ["assessment", "other"], "features": ["x"], "coef": [[0.0]], "intercept": [bias]})


MODELS = {"full": _spec(1.5), "folds": [_spec(-1.5), _spec(1.5)], "article_fold": {"art-0": 0, "art-1": 1}}


def test_only_assessment_or_other_is_decided():
    for act in ("pledge", "delivery", "appeal", "refusal", "warning"):
        assert residual_model.decide({"x": 1.0}, act, "art-0", MODELS) == act


def test_a_training_article_is_decided_by_the_fold_that_did_not_see_it():
    assert residual_model.decide({}, "other", "art-0", MODELS) == "assessment"  # fold 0
    assert residual_model.decide({}, "assessment", "art-1", MODELS) == "other"  # fold 1
    assert residual_model.decide({}, "assessment", "unseen", MODELS) == "other"  # the full model


def test_an_unsure_model_leaves_the_rules_choice():
    unsure = {"full": _spec(0.2), "folds": [], "article_fold": {}}  # p(other) 0.55 < CONFIDENCE
    assert residual_model.decide({}, "assessment", "x", unsure) == "assessment"


def test_a_flip_to_assessment_needs_more_confidence_than_a_flip_to_other():
    """The training rows' two conventions (the team's lean to assessment): p 0.65 flips the rules' assessment to
    other (>= CONFIDENCE) but not the rules' other to assessment (< CONFIDENCE_ASSESSMENT)."""
    assert residual_model.CONFIDENCE < 0.65 < residual_model.CONFIDENCE_ASSESSMENT
    leans_other = {"full": _spec(0.62), "folds": [], "article_fold": {}}  # p(other) 0.65
    leans_assessment = {"full": _spec(-0.62), "folds": [], "article_fold": {}}  # p(assessment) 0.65
    assert residual_model.decide({}, "assessment", "x", leans_other) == "other"
    assert residual_model.decide({}, "other", "x", leans_assessment) == "other"
    sure = {"full": _spec(-1.5), "folds": [], "article_fold": {}}  # p(assessment) 0.82
    assert residual_model.decide({}, "other", "x", sure) == "assessment"


def test_switched_off_the_rules_decide(monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_RESIDUAL_MODEL", "off")
    residual_model.load.cache_clear()
    try:
        assert residual_model.load() is None
        assert residual_model.decide({}, "assessment", "art-0") == "assessment"
        assert residual_model.version_bytes() == b"residual off"
    finally:
        residual_model.load.cache_clear()


def test_committed_weights_are_small_and_cross_fitted():
    path = residual_model.RESIDUAL_PATH
    if not path.is_file():
        pytest.skip("no residual weights (make train)")
    assert path.stat().st_size < 5 * 1024 * 1024
    spec = json.loads(path.read_text(encoding="utf-8"))
    assert spec["full"]["classes"] == ["assessment", "other"]
    assert len(spec["folds"]) == 5
    assert set(spec["article_fold"].values()) == set(range(5))
    arts = set()
    for name in ("coding_dev", "ukraine_dev"):  # every article of the training folds is one of the training sets'
        path = config.SHARED / "eval" / name / "articles.jsonl"
        if not path.is_file():
            return
        arts |= {json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip()}
    assert set(spec["article_fold"]) <= arts


def test_threshold_table_reports_each_flip_threshold_out_of_fold():
    """train_residual's meta table: a row is decided by its article's fold model, the rules' `other` flipped to
    assessment only at the column's threshold (p(assessment) 0.73 here: flipped at 0.7, kept at 0.75)."""
    from pledgewatch.coding.train_residual import threshold_table

    spec = {"classes": ["assessment", "other"], "features": ["x"], "coef": [[0.0]], "intercept": [-1.0]}

    def table(gold: str) -> dict:
        t = threshold_table([{}], [gold], ["other"], ["art-a"], ["coding_dev"], [spec], {"art-a": 0},
                            thresholds=(0.7, 0.75))
        return {k: list(v["coding_dev"].values()) for k, v in t.items()}

    assert table("assessment") == {"0.7": [1.0], "0.75": [0.0]}
    assert table("other") == {"0.7": [0.0], "0.75": [1.0]}


@pytest.mark.parametrize("proba, rule, at, expected", [
    ({"assessment": 0.72, "other": 0.28}, "other", 0.7, "assessment"),
    ({"assessment": 0.72, "other": 0.28}, "other", 0.75, "other"),  # not sure enough for this threshold
    ({"assessment": 0.35, "other": 0.65}, "assessment", 0.7, "other"),
    ({"assessment": 0.45, "other": 0.55}, "assessment", 0.7, "assessment"),  # under CONFIDENCE: the rules' act
    ({"assessment": 0.9, "other": 0.1}, "pledge", 0.7, "pledge"),  # another act passes through
])
def test_choose_is_the_decision_at_a_given_threshold(proba, rule, at, expected):
    """`choose` is `decide`'s rule given the probabilities; train_residual's threshold table varies `at`."""
    assert residual_model.choose(proba, rule, at) == expected
