"""coding/refusals.py `own_troops_ruled_out`: a donor ruling out its own troops (sending them, their fighting in
Ukraine, its own part in the war by sending them) is a refusal; the adversary's or Ukraine's troops, and a negated
ruling-out ("does not exclude sending troops"), are not. Sentences of our own wording, each in the manner of a
different article, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    '"Unless our allies are attacked, we will not take part directly in this war by sending our forces to Ukraine," '
    "President Joe Biden said.",
    "Pentagon spokesman John Kirby said those troops are not going to be fighting in Ukraine.",
    "German Chancellor Olaf Scholz said German soldiers would not be sent to Ukraine.",
    "US President Joe Biden has said that American troops will not directly engage Russia.",
])
def test_own_troops_ruled_out_is_a_refusal(nlp, body):
    assert act_of(nlp, body) == "refusal"


@pytest.mark.parametrize("body", [
    "President Putin of Russia said Russian troops will not leave the occupied regions.",
    "President Volodymyr Zelensky of Ukraine said Ukrainian soldiers will not retreat from Bakhmut.",
    "France's President Emmanuel Macron repeated he does not exclude sending soldiers to Ukraine.",
])
def test_other_troops_or_a_negated_ruling_out_is_no_refusal(nlp, body):
    assert act_of(nlp, body) != "refusal"
