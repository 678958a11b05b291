"""Support to the adversary (coding/clause_parts.py `to_adversary`, `denies_supply`; composition's
`adversary_supply_denied`): a present or past denial that the adversary is armed answers a charge and declines no
support, so it is no refusal; a commitment either way keeps its act, as ANNOTATION.md's settled conventions keep a
pledge to Russia a pledge (aid_related false). Invented sentences, run through the real pipeline (parse, extract,
code)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import clause_parts
from support import act_of, coded_rows


@pytest.mark.parametrize("body", [
    "\u201cChina does not supply lethal arms to the Kremlin,\u201d Wang Yi said.",
    "\u201cOur factories do not ship drones to Moscow,\u201d Wang Yi said.",
])
def test_a_denial_of_arming_the_adversary_is_no_refusal(nlp, body):
    assert act_of(nlp, body) != "refusal"


@pytest.mark.parametrize(("body", "act"), [
    # ruling out support for the adversary is a refusal, as promising it is a pledge (ANNOTATION.md)
    ("\u201cWe will not deliver shells to Russia,\u201d Wang Yi said.", "refusal"),
    ("\u201cWe will deliver shells to Russia,\u201d Wang Yi said.", "pledge"),
    # Ukraine the receiver: a present or future refusal stays one
    ("\u201cWe will not deliver shells to Kyiv,\u201d Viktor Orban said.", "refusal"),
    ("\u201cWe do not ship drones to Kyiv,\u201d Viktor Orban said.", "refusal"),
])
def test_near_misses_keep_their_act(nlp, body, act):
    row = coded_rows(nlp, body)[0]
    assert row["speech_act"] == act
    assert row["aid_related"] == ("Kyiv" in body)  # support to the adversary is no aid to Ukraine


def test_force_aimed_at_the_adversary_is_no_transfer_to_it():
    cl = {"obj": ["missiles"], "ben": [], "pred": ["send"]}
    assert clause_parts.to_adversary(dict(cl, ben=["moscow"]))
    assert not clause_parts.to_adversary(dict(cl, obj=["missiles", "to", "strike", "russian", "territory"]))
    assert not clause_parts.to_adversary(dict(cl, ben=["kyiv"]))


@pytest.mark.parametrize("body", [
    "\u201cWe are not sending our Russian-made jets, because our own pilots need them,\u201d Mariusz Blaszczak said.",
    "\u201cWe do not supply the Kremlin's enemies with any weapons,\u201d Viktor Orban said.",
])
def test_an_adversary_word_describing_the_thing_or_another_receiver_is_no_receiver(nlp, body):
    """Near misses of `to_adversary`: the adversary word modifies the object ("Russian-made jets", "the Kremlin's
    enemies"), whose head is no adversary: no denial of arming the adversary, so the refusal rows decide."""
    assert act_of(nlp, body) == "refusal"


def test_the_object_is_a_receiver_only_by_its_head():
    cl = {"ben": [], "pred": ["supply"]}
    assert clause_parts.to_adversary(dict(cl, obj=["russia"]))
    assert not clause_parts.to_adversary(dict(cl, obj=["our", "russian", "made", "jets"]))
    assert not clause_parts.to_adversary(dict(cl, obj=["the", "kremlin", "'s", "enemies"]))
