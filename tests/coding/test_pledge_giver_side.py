"""A donor whose country the text does not state (coding/giver_side.py, `giver_to_ukraine`), a progressive planned
transfer (coding/clause_parts.py, `planned_progressive`) and a commitment conditioned away (coding/refusals.py,
`own_conditioned`). Invented sentences, one "article" each, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of, act_of_row, coded_row


@pytest.mark.parametrize("body, words", [
    ('"We will ship another 25 field howitzers to Ukraine before the autumn," Defence Minister Oskar Lindahl told '
     'reporters on Friday.', "25 field howitzers"),
    ("Foreign Minister Greta Holm said her government would give Kyiv a further 80 million euros for its power grid.",
     "80 million euros"),
    ('"My country will supply Ukraine with two more radar systems this year," Prime Minister Lars Eklund said after '
     'the summit.', "two more radar systems"),
])
def test_an_official_of_no_stated_country_giving_to_ukraine_pledges(nlp, body, words):
    from pledgewatch import statements
    from pledgewatch.coding import giver_side
    from support import extract_rows

    row = extract_rows(nlp, body)[0]  # the construction itself: the act alone may be a pledge with the rule off
    assert giver_side.gives_to_ukraine(row[statements.FRAME_KEY], row)
    assert act_of_row(nlp, body, words) == "pledge"


@pytest.mark.parametrize("body, words, act", [
    ('"We will get more Leopard tanks next month," Ukrainian Defence Minister Petro Savchuk said.',
     "more Leopard tanks", "pledge"),  # a recipient's announced receipt (composition's announced_receipt)
    ('"Ukraine will provide its citizens abroad with new passports," Ukrainian Foreign Minister Ivan Hrytsenko said.',
     "new passports", None),  # Ukraine gives to its own people: still the recipient's side
])
def test_a_ukrainian_speaker_named_as_such_keeps_the_recipient_side(nlp, body, words, act):
    coded = coded_row(nlp, body, words)
    if act:
        assert coded["speech_act"] == act
    else:
        assert coded["speech_act"] != "pledge"


@pytest.mark.parametrize("body, words", [
    ('"We are delivering another 12 armoured ambulances to Ukraine next week," Irish Defence Minister Cathal Byrne '
     'said.', "12 armoured ambulances"),
    ("Czech Prime Minister Radek Vesely said Prague was shipping a fresh batch of mortar rounds to Kyiv in the coming "
     "days.", "mortar rounds"),
    ('"Portugal is shipping three more coastal patrol boats to Ukraine soon," Portuguese Defence Minister Nuno Costa '
     'said.', "coastal patrol boats"),
])
def test_a_planned_progressive_pledges(nlp, body, words):
    assert act_of_row(nlp, body, words) == "pledge"


def test_a_progressive_without_a_time_ahead_stays_a_transfer_in_progress(nlp):
    body = '"We are sending air defence systems to Ukraine," Norwegian Defence Minister Bjorn Aas said.'
    assert act_of_row(nlp, body, "air defence systems") != "pledge"


@pytest.mark.parametrize("body, words", [
    ('"We will hand over the jets only after our new aircraft arrive," Norwegian Defence Minister Siri Berg said.',
     "hand over the jets"),
    ('"Romania will send the Patriot battery only once its own airspace is covered," Romanian President Dan Ionescu '
     'said.', "Patriot battery"),
    ('"We will deliver the armoured vehicles only when the parliament agrees," Austrian Defence Minister Eva Gruber '
     'said.', "armoured vehicles"),
])
def test_a_commitment_conditioned_away_is_a_refusal(nlp, body, words):
    from pledgewatch import statements
    from pledgewatch.coding import refusals
    from support import extract_rows

    row = extract_rows(nlp, body)[0]  # read on the give clause (clause_frame `onlyc`), not in the text
    assert any(refusals.conditioned(cl) for cl in row[statements.FRAME_KEY]["clauses"])
    assert act_of_row(nlp, body, words) == "refusal"


@pytest.mark.parametrize("body", [
    '"We will keep supporting Ukraine, and not only when it is easy," Dutch minister Jan Bos said.',  # "not only"
    '"We will send help not only if the weather allows," Danish minister Ole Berg said.',
    '"We will send more drones. The front can hold only if the shells arrive," Danish minister Ole Berg said.',
])
def test_only_widened_or_off_the_give_clause_is_no_condition(nlp, body):
    assert act_of(nlp, body) != "refusal"
