"""Assessment or other (pledgewatch.coding.residual): a single weak hint is no evaluation; two hints or one clear
evaluation are. Sentences written for the test in the manner of different articles."""

from __future__ import annotations

import pytest

from pledgewatch.coding import residual
from pledgewatch.coding.speech_acts import classify_text


def act(text: str, country: str = "United States") -> str:
    return classify_text(text, speaker_country=country)


@pytest.mark.parametrize("text,country", [
    ("Lithuania was simply enforcing the bloc's rules on transit", "EU"),  # no evaluation at all
    ("The war gave them carte blanche", "United States"),  # 'war' alone (0.2)
    ("that was the key moment for his party", "EU"),  # "key" alone (0.4)
    ("they have more members than the other party", "Ireland"),  # 'than' alone (0.2)
])
def test_a_single_weak_hint_is_other(text, country):
    assert act(text, country) == "other"


@pytest.mark.parametrize("text,country", [
    ("the situation along the front is extremely difficult", "Ukraine"),  # situation + difficult
    ("It is likely that a quarter of these units have been rendered combat ineffective", "United Kingdom"),
    ("Kyiv had a right to defend itself", "Germany"),  # right to defend (0.8)
])
def test_clear_evaluations_are_assessments(text, country):
    assert act(text, country) == "assessment"


def test_floor_and_tie():
    assert residual.decide({"assessment": 0.6}, aid_words=False) == "other"
    assert residual.decide({"assessment": 0.8}, aid_words=False) == "assessment"
    assert residual.decide({"assessment": 0.9, "other": 0.9}, aid_words=True) == "assessment"
    assert residual.decide({"assessment": 0.9, "other": 0.9}, aid_words=False) == "other"
