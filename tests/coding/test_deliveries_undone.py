"""coding/deliveries.py `transfer_not_done`: a transfer verb in the xcomp of a head that leaves it undone (refused,
ruled out, agreed, decided) is no delivery; a transfer at the head of its chain, or after an aspectual verb, is.
Sentences written in the manner of different articles, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import deliveries
from support import act_of, extract_rows


def frame_of(nlp, body: str) -> dict:
    return extract_rows(nlp, body)[0][statements.FRAME_KEY]


@pytest.mark.parametrize("body, act", [
    ("Berlin refused to send Leopard tanks to Kyiv, the spokesman said.", "refusal"),
    ("The chancellor ruled out sending Taurus missiles to Ukraine, a spokesman said.", "refusal"),
    ("Britain and France have agreed to give more support to Ukraine, according to Downing Street.", None),
    ("The minister said Germany had decided to send more howitzers to Ukraine.", None),
])
def test_undone_transfer_is_no_delivery(nlp, body, act):
    assert deliveries.transfer_not_done(frame_of(nlp, body))
    got = act_of(nlp, body)
    assert got != "delivery"
    if act:
        assert got == act


@pytest.mark.parametrize("body", [
    "The minister said Germany had sent 18 howitzers to Kyiv.",
    "The council said Berlin began sending arms to Ukraine right after the war broke out in February.",
    '"We have moved fast to send Kyiv a large quantity of weapons and munitions," the president wrote.',
])
def test_done_transfer_stays_a_delivery(nlp, body):
    assert not deliveries.transfer_not_done(frame_of(nlp, body))
    assert act_of(nlp, body) == "delivery"
