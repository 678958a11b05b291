"""coding/requests.py `obligation_other_conduct`: an obligation laid on others that asks for other conduct than
support or acting against the adversary is no appeal (ANNOTATION.md: a call for other conduct is `other`); one that
asks for support, names the adversary or sanctions stays an appeal. Sentences written in the manner of different
articles, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import requests
from support import act_of, extract_rows


@pytest.mark.parametrize("body", [
    "Chinese President Xi Jinping said both sides should be wary of growing protectionism and should work together.",
    '"Every country should act responsibly and join the effort," the Brazilian foreign minister said.',
    "The Indian prime minister said the world must come together and act on climate change.",
])
def test_an_obligation_for_other_conduct_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    '"The West must send more air defence systems to Ukraine," the Ukrainian foreign minister said.',
    "The Lithuanian president said the world should isolate Russia and act now.",
    "Ukrainian President Zelensky said the world must act now.",  # the recipient's: left to the rows
    '"The European Union should act quickly and join the United States in new sanctions," the Polish prime minister said.',
])
def test_an_obligation_for_support_or_against_the_adversary_stays_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_the_construction_reads_the_obligation_clause(nlp):
    body = "Chinese President Xi Jinping said both sides should be wary of growing protectionism and should work together."
    clauses = extract_rows(nlp, body)[0][statements.FRAME_KEY]["clauses"]
    assert requests.obligation_other_conduct(clauses, "donor", frozenset(), {"both", "sides", "protectionism"})
    assert not requests.obligation_other_conduct(clauses, "adversary", frozenset(), {"both"})  # the adversary's: left
    assert not requests.obligation_other_conduct(clauses, "donor", frozenset(), {"both", "russia"})  # names it
