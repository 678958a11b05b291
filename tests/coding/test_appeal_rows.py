"""Phrase rows of speech_acts.csv that stand for a request narrowed by composition (issue #13, appeal precision):
"waiting for" from the recipient is an appeal only where aid is named ("ships are waiting for their turn" asks
nothing); the request words of the content ("call on", "urge", "appeal to", "ask for") only where aid, a capability
or sanctions are named ("ask for asylum", "urged the home secretary to raise it"); where the parse reads the
request, coding/composition.py decides. Sentences written in the manner of different articles, run through the real
pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    '"More than 70 ships are now waiting for their turn," the Ukrainian infrastructure ministry said.',
    "Ukraine's top diplomat Dmytro Kuleba said the grain ships were waiting for the UN to give the go-ahead.",
    '"Our farmers are waiting for the rain," Ukrainian Agriculture Minister Mykola Solskyi said.',
])
def test_recipient_waiting_without_aid_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    '"We have now been waiting for months for a help package," Ukrainian President Zelensky said.',
    "Ukraine's defence chief Oleksii Reznikov said Ukraine was still waiting for the promised tanks.",
    '"We are waiting for more air defence systems," Ukrainian Foreign Minister Dmytro Kuleba said.',
])
def test_recipient_waiting_for_aid_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"Many of these people may well ask for asylum," Polish MEP Tadeusz Kolodziej said.',
    '"The parliament reiterates its call on the member states," the assembly said in a resolution.',
    '"We call on Moscow to release the journalists," the French foreign ministry said.',
])
def test_request_words_naming_no_aid_or_sanctions_are_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    'The Ukrainian foreign ministry said: "We now call on our partners to impose a complete embargo on Russian oil and gas."',
    '"I appeal to our allies for more air defence," Ukrainian President Zelensky said.',
    '"We urge the European Union to impose new sanctions," the Lithuanian foreign minister said.',
])
def test_request_words_naming_aid_or_sanctions_are_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"
