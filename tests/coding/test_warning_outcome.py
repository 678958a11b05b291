"""Warnings of what the adversary's aggression would bring (pledgewatch.coding.threats_outcome, hooked into
coding.threats), and the "de-" prefix that undoes an escalation: sentences written for the test in the manner of
different articles (a general's pre-invasion briefing, a minister on the war's stakes, a commentary on a Russian
offensive, an EU statement, a joint leaders' call)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import threats, threats_outcome
from pledgewatch.coding.speech_acts import classify_text
from support import lowers


def act(text: str, cue: str = "said", country: str = "United States") -> str:
    return classify_text(text, cue=cue, speaker_country=country)


# --- grim outcome: a modal puts a grim outcome ahead, the adversary, a harm or an aggression named ----------------

@pytest.mark.parametrize("text,country", [
    ('that a Russian assault on the capital would be "horrific" for the people who live there', "United States"),
    ('that handing Moscow a win in this war would be "utterly catastrophic" for its neighbours', "United Kingdom"),
    ("a renewed Russian offensive in the spring would turn into a disaster for the Kremlin", "Poland"),
    ("an invasion of that scale could be devastating for the whole region", "Germany"),
])
def test_grim_outcome_is_a_warning(text, country):
    assert threats_outcome.grim_outcome(lowers(text))
    assert "grim_outcome" in threats.constructions(lowers(text), "donor")
    assert act(text, country=country) == "warning"


@pytest.mark.parametrize("text", [
    "the floods would be terrible for farmers this year",  # no adversary, harm or aggression named
    "a Russian offensive would not be catastrophic for the defenders",  # negated
    "the Russian invasion would have been a disaster without the early warnings",  # past counterfactual
    "the Russian invasion was a terrible tragedy for the country",  # no modal: said of what happened
])
def test_no_grim_outcome(text):
    assert not threats_outcome.grim_outcome(lowers(text))


def test_grim_outcome_not_under_an_estimate():
    # an estimate of capability or intent is an assessment (threats.constructions returns before the outcome)
    assert "grim_outcome" not in threats.constructions(
        lowers("a Russian offensive would likely be catastrophic for Kyiv's defenders"), "donor")


# --- de-escalation: the "de-" prefix undoes the escalation ---------------------------------------------------------

@pytest.mark.parametrize("text,country", [
    ('Russia must take real steps toward de-escalation," the two leaders agreed in a phone call', "Germany"),
    ("The EU urges Russia to engage in dialogue, show restraint and de-escalate", "EU"),
    ("that Moscow could signal de-escalation by pulling troops back from the border", "France"),
])
def test_de_escalation_is_no_threat(text, country):
    low = lowers(text)
    assert "threatened_harm" not in threats.constructions(low, "donor")
    assert act(text, country=country) != "warning"


def test_escalation_still_a_threat():
    assert act("that Moscow could escalate the conflict if the bridge is hit again", country="United Kingdom") == \
        "warning"
