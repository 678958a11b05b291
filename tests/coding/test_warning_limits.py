"""coding/warning_limits.py `civil_hazard`: a warning cue or a consequence about weather, prices or health, with
nothing of war or security named, is no warning in the guide's sense. Invented sentences, run through the real
pipeline; the same cue about a war-driven hazard stays a warning."""

from __future__ import annotations

import pytest

from pledgewatch.coding import warning_limits
from support import act_of, lowers


@pytest.mark.parametrize("body", [
    "Greek civil protection minister Nikos Pappas warned that wildfires could reach the suburbs by Friday.",
    '"Food prices will climb again before Christmas," the Austrian finance minister Eva Lang warned.',
    "Portugal's health minister Ana Costa cautioned that the virus would spread faster in the cold months.",
])
def test_civil_hazard_is_no_warning(nlp, body):
    assert act_of(nlp, body) != "warning"


@pytest.mark.parametrize("text", [
    "russian strikes on the grid will push prices up this winter",
    "the attack on the border post will have consequences for the farmers",
    "nato warned that prices for shells would rise",
])
def test_war_named_keeps_the_warning(text):
    assert not warning_limits.civil_hazard(lowers(text), frozenset())


def test_civil_hazard_reads_the_words():
    assert warning_limits.civil_hazard(lowers("heavy snow will cause delays on the motorways"), frozenset())
    assert not warning_limits.civil_hazard(lowers("the talks will resume on monday"), frozenset())


def test_a_price_paid_is_no_civil_hazard():
    assert not warning_limits.civil_hazard(lowers("they will pay a heavy price for this"), frozenset())
