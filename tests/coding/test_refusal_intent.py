"""coding/refusals.py `withheld_intent`: a side other than the adversary or Ukraine withholding a transfer of aid (a
negated intent or decision, a negated readiness, a plain reluctance or halt before a giving verb with an aid object) is a
refusal; the adversary's withheld supplies, giving up land and a negated intent with no aid object are not. Sentences
of our own wording, each in the manner of a different article, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    "The chancellor said Germany does not intend to deliver its cruise missiles to Kyiv.",
    '"We have decided not to send our Patriot batteries," the Spanish defence minister said.',
    "The Dutch defence minister said the Netherlands was not prepared to supply its F-16 jets yet.",
    '"We are not willing to give Kyiv our last tanks," the Austrian minister told reporters.',
    "Prime minister Fico said Slovakia does not plan to deliver more ammunition to Ukraine.",
    "The Italian premier said Rome was reluctant to send long-range missiles to Kyiv.",
    "A Pentagon official said the department had stopped sending its Stinger missiles to Ukraine.",
    "The Danish ministry said it had halted shipping the old tanks to Kyiv in March.",
])
def test_withheld_intent_is_a_refusal(nlp, body):
    assert act_of(nlp, body) == "refusal"


@pytest.mark.parametrize("body", [
    '"Russia does not intend to supply weapons to anyone," Peskov told state television.',
    "The Ukrainian foreign minister said Kyiv does not want to give up any of its territory.",
    '"We do not want to provoke Russia," the German chancellor said on Friday.',
    "The Polish president said Warsaw was ready to send more ammunition to Ukraine.",
    '"Iran must stop sending its drones to Russia," the French foreign minister said.',
    "The Kremlin said Washington had to stop supplying weapons to Kyiv.",
])
def test_no_withheld_aid_is_no_refusal(nlp, body):
    assert act_of(nlp, body) != "refusal"
