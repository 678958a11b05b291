"""coding/deliveries.py `sent_message`: a message or signal sent is no aid sent: no delivery; weapons sent stay a
delivery. Sentences written in the manner of different articles, run through the real pipeline."""

from __future__ import annotations

import pytest

from pledgewatch.coding import deliveries
from support import act_of


@pytest.mark.parametrize("body", [
    '"The meeting in Vilnius has sent a strong message that Ukraine will get help," the Estonian minister added.',
    '"This vote sends a strong signal of our support for Ukraine," the president said.',
    "The secretary general said he had sent a message to the Russian foreign minister about the aid convoy.",
])
def test_sent_message_is_no_delivery(nlp, body):
    assert deliveries.sent_message(deliveries.words_in(body), frozenset())
    assert act_of(nlp, body) != "delivery"


def test_weapons_sent_stay_a_delivery(nlp):
    body = "The minister said Germany had sent 18 howitzers to Kyiv."
    assert not deliveries.sent_message(deliveries.words_in(body), frozenset())
    assert act_of(nlp, body) == "delivery"
