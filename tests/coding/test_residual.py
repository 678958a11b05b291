"""Assessment or other (pledgewatch.coding.residual): a single faint hint is no evaluation; an evaluative word
or two hints are. Sentences written for the test in the manner of different articles."""

from __future__ import annotations

import pytest

from pledgewatch.coding import residual, residual_model
from pledgewatch.coding.speech_acts import classify_text


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    """These are the rules' figures: the trained residual model (which decides in their place) switched off."""
    monkeypatch.setenv("PLEDGEWATCH_RESIDUAL_MODEL", "off")
    residual_model.load.cache_clear()
    yield
    residual_model.load.cache_clear()


def act(text: str, country: str = "United States") -> str:
    return classify_text(text, speaker_country=country)


@pytest.mark.parametrize("text,country", [
    ("Vilnius was only enforcing the bloc's rules on transit", "EU"),  # no evaluation at all
    ("The war handed them carte blanche", "United States"),  # 'war' alone (0.2)
    ("they have more members than the other party", "Ireland"),  # 'than' alone (0.2)
    ("the monument still stands in the square", "Estonia"),  # 'still' alone (0.3)
])
def test_a_single_faint_hint_is_other(text, country):
    assert act(text, country) == "other"


@pytest.mark.parametrize("text,country", [
    ("the situation along the front is extremely difficult", "Ukraine"),  # situation + difficult
    ("It is likely that a third of those units have been rendered combat ineffective", "United Kingdom"),
    ("Kyiv had every right to defend itself", "Germany"),  # right to defend (0.8)
    ("It is a sheer catastrophe", "Ukraine"),  # one evaluative word (sheer 0.5)
])
def test_clear_evaluations_are_assessments(text, country):
    assert act(text, country) == "assessment"


def test_floor_and_tie():
    assert residual.decide({"assessment": 0.3}, aid_words=False) == "other"
    assert residual.decide({"assessment": 0.4}, aid_words=False) == "assessment"
    assert residual.decide({"assessment": 0.5, "other": 0.6}, aid_words=False) == "other"
    assert residual.decide({"assessment": 0.9, "other": 0.9}, aid_words=True) == "assessment"
    assert residual.decide({"assessment": 0.9, "other": 0.9}, aid_words=False) == "other"
