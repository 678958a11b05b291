"""coding/delivery_cues.py: a thanks for support or commitment is no delivery (thanks for concrete aid is); a denying
cue leaves its content unasserted (no delivery, no refusal); a perfect infinitive after a projecting word puts the
transfer in the future (no delivery). Sentences of our own wording, each in the manner of a different article, run
through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import delivery_cues
from support import act_of, lowers


@pytest.mark.parametrize("body", [
    "The president thanked the Dutch premier for his steadfast support.",
    "Harris thanked the Nordic leaders for their commitment to European security.",
    "The foreign minister thanked the Baltic states for their support of Ukraine.",
])
def test_thanks_for_support_is_no_delivery(nlp, body):
    assert act_of(nlp, body) != "delivery"


@pytest.mark.parametrize("body", [
    "The president thanked Norway for the air defence systems.",
    "The minister thanked Canada for the new funding.",
    "The governor thanked the Polish towns for their help with the refugees.",
])
def test_thanks_for_concrete_aid_stays_a_delivery(nlp, body):
    assert act_of(nlp, body) == "delivery"


def test_thanks_needs_a_thanking_cue():
    row = {"cue": "said", "cue_lemma": "say"}
    assert not delivery_cues.thanks_for_support(row, lowers("for his support"), frozenset())
    row = {"cue": "thanked", "cue_lemma": "thank"}
    assert delivery_cues.thanks_for_support(row, lowers("the premier for his support"), frozenset())


@pytest.mark.parametrize("body", [
    "The general denied that American officials were providing targeting data to Ukraine.",
    "The ministry denied that Berlin had blocked the shipment of howitzers to Kyiv.",
    "A Pentagon spokesman denied that the jets had already arrived in Ukraine.",
])
def test_denied_content_is_no_delivery_or_refusal(nlp, body):
    assert act_of(nlp, body) not in ("delivery", "refusal")


@pytest.mark.parametrize("body", [
    "The adviser said Kyiv would not strike before summer, when it hopes to have obtained more arms from its partners.",
    "The general said the army was likely to have received the first jets by the autumn.",
    "Officials said Berlin plans to have delivered all the howitzers by the summer.",
])
def test_projected_perfect_is_no_delivery(nlp, body):
    assert delivery_cues.projected_perfect(lowers(body))
    assert act_of(nlp, body) != "delivery"


@pytest.mark.parametrize("body", [
    "The minister said the tanks had arrived in Ukraine in March.",
    "Officials said Berlin has delivered all the howitzers it promised.",
])
def test_perfect_transfer_stays_a_delivery(nlp, body):
    assert not delivery_cues.projected_perfect(lowers(body))
    assert act_of(nlp, body) == "delivery"
