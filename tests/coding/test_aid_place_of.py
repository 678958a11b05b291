"""aid_relation._place_of: the side of a place a membership's joiner may be, one gazetteer look-up per word (round
42; the answers are round 41's): a bloc joined is no joiner."""

from __future__ import annotations

import pytest

from pledgewatch.coding import aid_relation as A


@pytest.mark.parametrize("words, side", [
    (["kyiv"], "recipient"),  # a `ukraine` word, its side without the gazetteer
    (["ukraine's"], "recipient"),
    (["finland"], "donor"),
    (["finland's"], "donor"),  # a possessive: the place's side
    (["moscow"], "adversary"),
    (["brussels"], ""),  # a place whose country is a bloc: the bloc joined
    (["european", "union"], ""),  # an alliance word after it
    (["nato"], ""),
    (["the"], ""),
])
def test_the_side_of_a_place_named(words, side):
    assert A._place_of(words, 0) == side


def test_place_side_still_names_a_bloc_capitals_side():
    assert A.place_side("brussels") == "donor" and A.place_side("nato") == "donor"
