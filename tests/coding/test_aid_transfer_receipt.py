"""aid_related (pledgewatch.coding.aid, the transfer to Ukraine): a get, obtain or acquire verb before Ukraine and aid
that arrives in Ukraine are transfers to Ukraine. Round 29's veto that read a receipt or arrival verb as people moved
("Biden arrived in Kyiv") dropped these and moved no scored figure; its mend removed it. Sentences from the review of
round 29 (invented after constructions seen in different articles)."""

from __future__ import annotations

import pytest

from support import aid_kinds as kinds
from support import aid_related as related


@pytest.mark.parametrize("text", [
    "we are getting Ukraine what it needs on the battlefield",  # get Ukraine X
    "we have been getting Ukraine everything it needs",
    "the Netherlands will acquire for Ukraine whatever it asks",  # acquire for Ukraine
    "$2 billion arrived in Ukraine last month",  # money arrives
    "the equipment arrived in Ukraine",  # weapons arrive
    "the first batch arrived in Ukraine",
])
def test_aid_got_acquired_or_arriving_is_a_transfer(text):
    assert "transfer_to_ukraine" in kinds(text)


@pytest.mark.parametrize("text", [
    "the first Abrams tanks arrived in Ukraine last week",  # a capability arrives
    "the aid got to Kyiv only in May",  # an aid word
    "the help arrived in Ukraine too late for the winter",
])
def test_aid_that_arrives_keeps_the_anchor(text):
    assert "transfer_to_ukraine" in kinds(text)
    assert related(text)
