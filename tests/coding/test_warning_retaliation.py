"""The adversary's threat of retaliation and a wider conflict caused (coding/threats.py consequence,
coding/threats_outcome.py caused_harm; the litotes row of speech_acts.csv): countermeasures or retaliatory steps put
ahead, "will not go unanswered" / "won't remain unpunished", "playing with fire", and a conflict or confrontation
that a modal verb of causing puts ahead are warnings; countermeasures lifted, a question left unanswered and talks
that could end the conflict are not. Sentences of our own wording, each in the manner of a different article, run
through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import threats, threats_outcome
from support import act_of, lowers


@pytest.mark.parametrize("body", [
    '"Moscow will take countermeasures if Helsinki joins the alliance," Kremlin spokesman Dmitry Peskov said.',
    "The Russian foreign ministry said Russia would take retaliatory steps against Oslo.",
    '"We will answer with countermeasures of our own," the Russian envoy Alexander Grushko told reporters.',
])
def test_countermeasures_put_ahead_are_a_warning(nlp, body):
    assert act_of(nlp, body) == "warning"


@pytest.mark.parametrize("body", [
    '"This decision will not go unanswered," Sergei Lavrov told a news conference in Moscow.',
    '"Such provocations won\'t remain unpunished," the Russian ambassador Anatoly Antonov wrote.',
    '"The Europeans are playing with fire," Kremlin spokesman Dmitry Peskov told state television.',
])
def test_retaliation_in_litotes_or_idiom_is_a_warning(nlp, body):
    assert act_of(nlp, body) == "warning"


@pytest.mark.parametrize("text", [
    "this could spark a wider conflict across the continent",
    "sending the jets could lead to a direct confrontation between NATO and Moscow",
    "another strike on the plant would trigger a conflict nobody can control",
])
def test_a_conflict_caused_ahead_is_a_caused_harm(text):
    assert threats_outcome.caused_harm(lowers(text))
    assert "caused_harm" in threats.constructions(lowers(text), "donor")


@pytest.mark.parametrize("body", [
    '"The countermeasures were lifted last year," the trade commissioner said.',  # lifted, not put ahead
    '"Our question went unanswered for weeks," the editor of the newspaper said.',  # no retaliation
    '"The talks could lead to an end of the conflict," the Turkish president said.',  # the conflict undone
])
def test_no_retaliation_or_conflict_ahead_is_no_warning(nlp, body):
    assert act_of(nlp, body) != "warning"
