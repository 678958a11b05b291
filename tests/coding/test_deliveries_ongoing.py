"""coding/deliveries.py `ongoing_transfer`: "already" or "still" before a present or progressive transfer of concrete
aid is a delivery in progress (ANNOTATION.md, in our words: aid sent, arrived or in use); a modal or a negation
before the adverb, or no concrete aid named, is none. Sentences of our own wording, each in the manner of a
different article, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import deliveries
from support import act_of


@pytest.mark.parametrize("body", [
    "The foreign secretary said Britain already supplies Kyiv with anti-tank weapons and shares intelligence.",
    "US officials insisted that American artillery shells are still flowing to the eastern front.",
    "The Polish minister said Warsaw is still delivering ammunition to the Ukrainian army every week.",
])
def test_ongoing_transfer_is_a_delivery(nlp, body):
    assert act_of(nlp, body) == "delivery"


@pytest.mark.parametrize("toks", [
    "berlin will still send tanks next year".split(),
    "germany is still not sending tanks".split(),
    "paris still provides moral backing".split(),
    "we have to already provide the shells".split(),
])
def test_modal_negation_or_no_aid_is_no_ongoing_transfer(toks):
    assert not deliveries.ongoing_transfer(toks, frozenset())


def test_ongoing_transfer_reads_the_word_window():
    assert deliveries.ongoing_transfer("london already sends weapons to kyiv".split(), frozenset())
    assert deliveries.ongoing_transfer("the shells are still being shipped by rail".split(), frozenset()) is False
    assert deliveries.ongoing_transfer("weapons are still flowing".split(), frozenset())
