"""Round 19 (issue #13): the general links of a pledge, each read apart from any one article's wording: the modality
(a transfer reported as arranged, "is to" / "is set to"; coding/clause_parts.py `scheduled`) and the speaker's side
(no office, no pledge: composition's `third_party`). Examples are sentences of our own, run through the real
pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    "Norway is to send eight more air defence launchers to Ukraine, the Norwegian defence minister said on Monday.",
    "The Dutch prime minister said the Netherlands is set to supply a second batch of F-16 jets to Kyiv.",
    '"Canada is due to deliver the armoured vehicles to Ukraine in March," the Canadian defence minister said.',
])
def test_a_transfer_reported_as_arranged_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    "The Serbian president said the aim of his visit is to send a message of calm to the region.",
    "The Slovak prime minister said the question is to send weapons or to seek talks.",
    "The Russian defence minister said Russia is to send more troops to its western border.",
])
def test_an_aim_a_question_or_the_adversary_is_not_arranged_aid(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    "The newspaper said in an editorial that it will continue to support Ukraine.",
    "The Atlantic Council said it will keep backing Ukraine with research and advice.",
    "Human Rights Watch said it would continue to help Ukrainians document war crimes.",
])
def test_a_speaker_without_office_pledges_nothing(nlp, body):
    assert act_of(nlp, body) != "pledge"
