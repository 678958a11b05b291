"""aid_related (pledgewatch.coding.aid `_people_moved`, round 29): a receipt or arrival verb before Ukraine, the content
naming no capability and no aid word, moves people (a visit, refugees, a minister received), not aid: the
transfer-to-Ukraine anchor does not fire. Invented for these tests after constructions seen in different articles."""

from __future__ import annotations

import pytest

from support import aid_kinds as kinds
from support import aid_related as related


@pytest.mark.parametrize("text", [
    "Biden arrived in Kyiv on a surprise visit on Monday",
    "the chancellor got to Kyiv by night train after a long journey",
    "he received Ukraine's foreign minister in London on Tuesday",
    "we received Ukrainian refugees in our homes in the first weeks",
])
def test_people_travelling_or_received_are_no_transfer(text):
    assert "transfer_to_ukraine" not in kinds(text)
    assert not related(text)


@pytest.mark.parametrize("text", [
    "the first Abrams tanks arrived in Ukraine last week",  # a capability arrives
    "the aid got to Kyiv only in May",  # an aid word
    "the help arrived in Ukraine too late for the winter",
])
def test_aid_that_arrives_keeps_the_anchor(text):
    assert "transfer_to_ukraine" in kinds(text)
    assert related(text)
