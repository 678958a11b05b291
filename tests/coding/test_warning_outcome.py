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
    ('Moscow has to take concrete steps toward de-escalation," both leaders agreed on a call on Tuesday', "Germany"),
    ("The EU urges Moscow to choose dialogue, show restraint and de-escalate", "EU"),
    ("that Moscow could signal de-escalation by pulling troops back from the border", "France"),
])
def test_de_escalation_is_no_threat(text, country):
    low = lowers(text)
    assert "threatened_harm" not in threats.constructions(low, "donor")
    assert act(text, country=country) != "warning"


def test_escalation_still_a_threat():
    assert act("that Moscow could escalate the conflict if the bridge is hit again", country="United Kingdom") == \
        "warning"


# --- grim outcome of the war: the war or its fighting named with a grim outcome put ahead -------------------------
# (edited wording of our own after different articles: a US general's pre-invasion briefing, a US president's
# warning, a commentary on Germany's stance)

@pytest.mark.parametrize("text", [
    'Fighting in dense urban streets would be "horrific, simply awful"',
    'would be a "bloody and destructive war."',
    'if "France walked away from the Ukrainians, that would be a tragedy, for us and for them. This war decides '
    'the fate of Europe',
])
def test_grim_outcome_of_the_war_is_a_warning(text):
    assert "grim_outcome" in threats.constructions(lowers(text), "donor")
    assert act(text) == "warning"


def test_grim_outcome_of_the_war_not_negated_nor_past():
    assert not threats_outcome.grim_outcome(lowers("the war would not be a disaster for our neighbourhood"))
    assert not threats_outcome.grim_outcome(lowers("the fighting would have been terrible without the evacuation"))


# --- caused harm: a modal verb of causing with a harm or a toll after it ------------------------------------------
# (edited wording of our own after: a US general on an assault on Kyiv, the Pope recalling a talk before the
# invasion, Ukraine's prime minister on the stakes of the war, a report on China's plans for Taiwan)

@pytest.mark.parametrize("text,country", [
    ("If that force were turned on Kyiv, it would be enormous, truly enormous, and it would cause a "
     "great many casualties", "United States"),
    ("He recalled saying, 'This situation could lead to war.'", "Holy See"),
    ("Otherwise there will be more and more wars of this kind, and in the end it could lead to a "
     "third world war.", "Ukraine"),
    ("a step that could lead to war with Washington, which has pledged to defend the island against any "
     "attack", "China"),
])
def test_caused_harm_is_a_warning(text, country):
    assert threats_outcome.caused_harm(lowers(text))
    assert act(text, country=country) == "warning"


@pytest.mark.parametrize("text", [
    "these talks could lead to the end of this war",  # the outcome undoes the harm
    "a ceasefire could bring peace to the region",
    "the shelling did not lead to casualties",  # no modal: reported
    "the offensive would not result in heavy casualties",  # negated
    "the decision could lead to higher energy prices",  # no harm or toll
])
def test_no_caused_harm(text):
    assert not threats_outcome.caused_harm(lowers(text))
