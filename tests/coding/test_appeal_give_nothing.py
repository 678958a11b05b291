"""`give_nothing` (coding/speech_acts.py `commitment`): a give verb that gives up ("give up", "give in": phrasal
verbs of `abandon_lemma`) or sends a message (a `message_word` right after it) gives no support, so a modal before
it neither commits the speaker nor asks others for support."""

from __future__ import annotations

import pytest

from pledgewatch.coding.speech_acts import commitment
from support import act_of, lowers


@pytest.mark.parametrize("text", [
    "I think the Ukrainians feel they must fight on and never give up.",
    "It will be a key debate, since above all you have to send a clear signal to the Ukrainians.",
    "The regional parliaments should send a clear message to the people of Ukraine.",
    "The defenders should not give in, whatever the cost to the city.",
])
def test_a_give_verb_that_gives_nothing_commits_no_one(text):
    assert commitment(lowers(text)) == ""


@pytest.mark.parametrize("text, who", [
    ("The allies must continue to send weapons to Ukraine.", "others"),
    ("We must not give up supporting Ukraine.", "own"),  # the gerund after it still gives
    ("Partners need to send more shells before the spring.", "others"),
])
def test_a_give_verb_that_gives_still_counts(text, who):
    assert commitment(lowers(text)) == who


def test_a_signal_asked_for_is_no_appeal(nlp):
    body = '"This is an important vote, because you need to send a firm signal to Kyiv," the French president said.'
    assert act_of(nlp, body) != "appeal"
