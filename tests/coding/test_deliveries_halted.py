"""coding/deliveries.py `halted_commodity`: a halt word with a commodity or service right after it halts commerce,
not aid: no refusal; a halted weapons delivery stays a refusal. Sentences written in the manner of different
articles, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import deliveries
from support import act_of


@pytest.mark.parametrize("body", [
    "AFP reports Gazprom has suspended its gas exports to Latvia amid the dispute over the war in Ukraine.",
    "The ministry said the government is suspending consular services for men of conscription age living overseas.",
    "The energy firm said it is now cutting daily gas deliveries to European buyers through the pipeline.",
])
def test_halted_commodity_is_no_refusal(nlp, body):
    assert deliveries.halted_commodity(deliveries.words_in(body))
    assert act_of(nlp, body) != "refusal"


@pytest.mark.parametrize("body", [
    "The Kyiv Independent reports Spain has delayed a weapons delivery to Ukraine.",
    "Officials reported that the plan to send more howitzers to Ukraine has been paused for now.",
])
def test_halted_aid_stays_a_refusal(nlp, body):
    assert not deliveries.halted_commodity(deliveries.words_in(body))
    assert act_of(nlp, body) == "refusal"
