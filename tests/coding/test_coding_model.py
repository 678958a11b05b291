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


def test_committed_weights_are_small_and_complete():
    assert model.MODEL_PATH.is_file()
    assert model.MODEL_PATH.stat().st_size < 5 * 1024 * 1024
    spec = json.loads(model.MODEL_PATH.read_text())
    assert set(spec["speech_act"]["classes"]) == set(coding.ACTS)
    assert spec["aid_related"]["classes"] == ["false", "true"]
    cv = spec["meta"]["coding_dev"]["cv_grouped_5fold"]
    assert 0 <= cv["speech_act_acc"] <= 1


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


def test_the_model_only_when_switched_on(monkeypatch):
    """The rules decide by default; PLEDGEWATCH_CODING_MODEL=on switches the trained model on (and changes the
    coding cache key's model part)."""
    rows = [("We will continue to support Ukraine for as long as it takes", "said", "Germany")]
    monkeypatch.delenv("PLEDGEWATCH_CODING_MODEL", raising=False)
    model.load.cache_clear()
    assert not model.enabled() and model.load() is None
    rules = _code(rows)
    monkeypatch.setenv("PLEDGEWATCH_CODING_MODEL", "on")
    model.load.cache_clear()
    try:
        assert model.enabled() and model.load() is not None
        with_model = _code(rows)
    finally:
        monkeypatch.delenv("PLEDGEWATCH_CODING_MODEL")
        model.load.cache_clear()
    assert with_model["speech_act"].iloc[0] == rules["speech_act"].iloc[0] == "pledge"


@pytest.mark.parametrize("text,country", [
    ("Tehran is supplying Russia with hundreds of drones", "United States"),
    ("North Korea had delivered over 1,000 containers of weapons to Russia", "United States"),
    ("China sold Russia drones worth over $12 million", ""),
])
def test_transfers_to_the_adversary_are_not_aid_for_ukraine(text, country):
    assert bool(_code([(text, "said", country)])["aid_related"].iloc[0]) is False
