"""The trained coding models (pledgewatch.coding.model): committed weights, inference, and how they combine with the
rules. None of these tests needs ../shared."""

import json

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import model


def _code(rows):
    df = pd.DataFrame([dict(text=t, cue=c, cue_lemma=c, speaker_country=k) for t, c, k in rows])
    return coding.code_statements(df)


def test_committed_weights_are_small_complete_and_cross_fitted():
    assert model.MODEL_PATH.is_file()
    assert model.MODEL_PATH.stat().st_size < 5 * 1024 * 1024
    spec = json.loads(model.MODEL_PATH.read_text())
    for pair in [spec["full"], *spec["folds"]]:
        assert set(pair["speech_act"]["classes"]) == set(coding.ACTS)
        assert pair["aid_related"]["classes"] == ["false", "true"]
    assert len(spec["folds"]) == 5
    assert set(spec["article_fold"].values()) == set(range(5))
    assert set(spec["settings"]) == set(model.SETTINGS)
    cv = spec["meta"]["coding_dev"]["cv_grouped_5fold"]
    assert 0 <= cv["speech_act_acc"] <= 1


def _act_model(bias_pledge: float) -> model.LinearModel:
    """An act model whose only signal is its intercept: positive `bias_pledge` says pledge, negative other."""
    acts = list(coding.ACTS)
    return model.LinearModel({"classes": acts, "features": [], "coef": [[] for _ in acts],
                              "intercept": [bias_pledge if a == "pledge" else 0.0 for a in acts]})


_NO_AID = model.LinearModel({"classes": ["false", "true"], "features": [], "coef": [[]], "intercept": [-5.0]})


def test_a_training_article_is_coded_by_the_fold_model_that_did_not_see_it():
    pledging, not_pledging = {"speech_act": _act_model(9.0), "aid_related": _NO_AID}, \
        {"speech_act": _act_model(-9.0), "aid_related": _NO_AID}
    models = {"full": pledging, "folds": [not_pledging, pledging], "article_fold": {"art-0": 0, "art-1": 1},
              "settings": model.SETTINGS}
    assert model.for_article(models, "art-0") is not_pledging
    assert model.for_article(models, "art-1") is pledging
    assert model.for_article(models, "unseen") is pledging  # the full model
    assert model.decide({}, "other", False, models, article_id="art-0")[0] != "pledge"
    assert model.decide({}, "other", False, models, article_id="unseen")[0] == "pledge"


def test_the_combination_settings_limit_the_model():
    """A sure model adds a pledge; below `add` the rules' act stands; the rules' delivery always stands."""
    sure = {"speech_act": _act_model(9.0), "aid_related": _NO_AID}
    assert model.decide({}, "assessment", False, sure, settings={"add": 0.6})[0] == "pledge"
    assert model.decide({}, "assessment", False, sure, settings={"add": 1.01})[0] == "assessment"
    assert model.decide({}, "delivery", False, sure)[0] == "delivery"


def test_linear_model_scores_a_sparse_dict():
    m = model.LinearModel({"classes": ["a", "b", "c"], "features": ["x", "y"],
                           "coef": [[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]], "intercept": [0.0, 0.0, 0.5]})
    assert m.predict({"x": 1.0}) == "a"
    assert m.predict({"y": 1.0, "unknown": 5.0}) == "b"
    assert m.predict({}) == "c"
    assert abs(sum(m.proba({"x": 1.0}).values()) - 1) < 1e-9
    binary = model.LinearModel({"classes": ["false", "true"], "features": ["x"], "coef": [[2.0]], "intercept": [-1]})
    assert binary.predict({"x": 1.0}) == "true" and binary.predict({}) == "false"


def test_rules_delivery_and_refusal_stand_and_hypotheticals_never_pledge():
    out = _code([("Germany has already sent 18 Leopard 2 tanks", "said", "Germany"),
                 ("Washington would consider sending ATACMS to Ukraine", "said", "United States"),
                 ("the chancellor ruled out sending Taurus missiles", "said", "Germany"),
                 ("Germany could send more tanks to Ukraine", "said", "Germany")])
    assert list(out["speech_act"])[:1] == ["delivery"]
    assert list(out["speech_act"])[2] == "refusal"
    assert "pledge" not in (out["speech_act"].iloc[1], out["speech_act"].iloc[3])


def test_the_model_is_on_by_default_and_switches_off(monkeypatch):
    """The trained model decides by default (cross-fitted); PLEDGEWATCH_CODING_MODEL=off leaves the rules (and the
    residual model) to decide."""
    rows = [("We will keep supporting Kyiv as long as it takes", "said", "Germany")]
    monkeypatch.delenv("PLEDGEWATCH_CODING_MODEL", raising=False)
    model.load.cache_clear()
    try:
        assert model.enabled() and model.load() is not None
        with_model = _code(rows)
        monkeypatch.setenv("PLEDGEWATCH_CODING_MODEL", "off")
        model.load.cache_clear()
        assert not model.enabled() and model.load() is None
        rules = _code(rows)
    finally:
        monkeypatch.delenv("PLEDGEWATCH_CODING_MODEL")
        model.load.cache_clear()
    assert with_model["speech_act"].iloc[0] == rules["speech_act"].iloc[0] == "pledge"


@pytest.mark.parametrize("text,country", [
    ("Tehran is supplying Russia with hundreds of drones", "United States"),
    ("North Korea had shipped more than 1,000 containers of munitions to Russia", "United States"),
    ("China sold Russia drones worth over $12 million", ""),
])
def test_transfers_to_the_adversary_are_not_aid_for_ukraine(text, country):
    assert bool(_code([(text, "said", country)])["aid_related"].iloc[0]) is False


def test_coding_version_follows_the_model_switches_after_import(monkeypatch):
    """`make train` switches the models off after importing the package: the coding stage's key must follow, or the
    training run's rules-only codes land in the cache under the default (models on) key and later runs read them."""
    from pledgewatch import coding

    monkeypatch.delenv("PLEDGEWATCH_CODING_MODEL", raising=False)
    monkeypatch.delenv("PLEDGEWATCH_RESIDUAL_MODEL", raising=False)
    default = coding.coding_version()
    monkeypatch.setenv("PLEDGEWATCH_CODING_MODEL", "off")
    model_off = coding.coding_version()
    monkeypatch.setenv("PLEDGEWATCH_RESIDUAL_MODEL", "off")
    both_off = coding.coding_version()
    assert len({default, model_off, both_off}) == 3
    monkeypatch.delenv("PLEDGEWATCH_CODING_MODEL")
    monkeypatch.delenv("PLEDGEWATCH_RESIDUAL_MODEL")
    assert coding.coding_version() == default == coding.CODING_VERSION


def _aid_model(bias: float) -> model.LinearModel:
    """An aid model whose only signal is its intercept: P(true) = sigmoid(bias)."""
    return model.LinearModel({"classes": ["false", "true"], "features": [], "coef": [[]], "intercept": [bias]})


def test_the_aid_model_adds_aid_only_when_sure():
    """With `aid_model` off the rules' aid stands, and the model adds aid the rules did not find only at probability
    >= AID_ADD; it never removes the rules' aid; the guide's guards still apply to what it adds."""
    sure, unsure = _aid_model(5.0), _aid_model(0.5)  # P(true) 0.99 and 0.62
    assert model.AID_ADD > 0.62
    act = {"speech_act": _act_model(-9.0)}
    assert model.decide({}, "other", False, act | {"aid_related": sure})[1] is True
    assert model.decide({}, "other", False, act | {"aid_related": unsure})[1] is False
    assert model.decide({}, "other", True, act | {"aid_related": _NO_AID})[1] is True
    assert model.decide({"to_adversary": 1.0}, "other", False, act | {"aid_related": sure})[1] is False


def test_rows_of_weight_zero_are_scored_only():
    """coding.train.fit_one leaves rows of weight 0 out (ukraine_team's gold statements are scored out of fold, not
    trained on, by default): the model is the one fitted without them; other weights count."""
    from pledgewatch.coding.train import fit_one

    X = [{"a": 1.0}, {"a": 1.0, "b": 1.0}, {"b": 1.0}, {"c": 1.0}, {"a": 1.0, "c": 1.0}, {"b": 1.0, "c": 1.0}]
    y = ["pledge", "pledge", "other", "other", "pledge", "other"]
    groups = ["g1", "g2", "g3", "g4", "g5", "g6"]
    kept = fit_one(X[:4], y[:4], groups[:4], 1.0)
    assert fit_one(X, y, groups, 1.0, weights=[1, 1, 1, 1, 0, 0]) == kept
    assert fit_one(X[:4], y[:4], groups[:4], 1.0, weights=[1, 1, 1, 1]) == kept
    assert fit_one(X[:4], y[:4], groups[:4], 1.0, weights=[3, 1, 1, 1]) != kept


def test_the_aid_add_threshold_can_be_set_for_the_grid():
    """coding.train --aid-add-grid scores the out-of-fold decisions at each AID_ADD of AID_ADD_GRID (decide's
    `aid_add`); the default is AID_ADD."""
    from pledgewatch.coding.train import AID_ADD_GRID

    unsure = {"speech_act": _act_model(-9.0), "aid_related": _aid_model(0.5)}  # P(true) 0.62
    assert model.decide({}, "other", False, unsure)[1] is False
    assert model.decide({}, "other", False, unsure, aid_add=0.6)[1] is True
    assert model.AID_ADD in AID_ADD_GRID


def test_trained_and_scored_only_rows_are_counted_apart():
    """The weights' meta counts the rows trained on (weight > 0) apart from the rows scored only (weight 0)."""
    from pledgewatch.coding.train_rows import trained_and_scored

    labels = [{"set": "coding_dev"}, {"set": "coding_dev", "weight": 0.5}, {"set": "ukraine_team", "weight": 0.0},
              {"set": "ukraine_team", "weight": 0.0}, {"set": "ukraine_team", "weight": 1.0}]
    assert trained_and_scored(labels) == {"trained": {"coding_dev": 2, "ukraine_team": 1},
                                          "scored_only": {"ukraine_team": 2}}


def test_the_trainers_share_one_ukraine_team_weight():
    from pledgewatch.coding import train, train_residual, train_rows

    assert train.UKRAINE_TEAM_WEIGHT is train_rows.UKRAINE_TEAM_WEIGHT
    assert train_residual.UKRAINE_TEAM_WEIGHT is train_rows.UKRAINE_TEAM_WEIGHT


def test_team_row_weight_trains_one_half_only():
    """`--ukraine-team-half A`: a team row of a half-A article weighs as given, one of half B is scored only."""
    from pledgewatch.coding.folds import half_of
    from pledgewatch.coding.train_rows import team_row_weight

    arts = [f"art-{i}" for i in range(20)]
    a = next(x for x in arts if half_of(x) == "A")
    b = next(x for x in arts if half_of(x) == "B")
    assert team_row_weight(a, False, 1.0, 0.0, "A") == 1.0
    assert team_row_weight(b, False, 1.0, 0.0, "A") == 0.0
    assert team_row_weight(a, True, 1.0, 0.0, "A") == 0.0  # shared with an item: the item's label trains
    assert team_row_weight(b, False, 1.0, 0.0) == 1.0  # no half: every row weighs as given
