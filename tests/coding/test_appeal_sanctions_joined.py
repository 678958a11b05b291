"""coding/requests.py `takes_up_sanctions` (`request_support`): a request that others join, align with or adopt
sanctions, an embargo or a boycott asks for sanctions, an appeal (ANNOTATION.md's settled conventions: a call for
sanctions is an appeal); a request to join something else, to change sanctions or not to join them is not.
Invented sentences, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import requests
from support import act_of, extract_rows


@pytest.mark.parametrize("body", [
    # a first-person request verb in the content, the measure the beneficiary of "align with"
    '"We call on every partner to align with the oil embargo," Ursula von der Leyen said in Brussels.',
    # a first-person request verb, a boycott joined
    '"We urge our friends in the Gulf to join this boycott," Antony Blinken told reporters on Tuesday.',
    # a request cue with its xcomp: an embargo adopted
    "Annalena Baerbock urged Switzerland to adopt the coal embargo during her visit to Bern.",
])
def test_a_request_to_take_up_sanctions_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # joining something other than sanctions: other conduct
    "Josep Borrell urged Serbia to join the peace talks in Geneva next month.",
    # a request not to join them asks for restraint
    "Viktor Orban urged Belgrade not to join the sanctions on energy.",
    # changing the sanctions names no adhere predicate
    "Ursula von der Leyen urged EU leaders to change their sanctions policy after the vote.",
])
def test_other_requests_about_joining_or_sanctions_are_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


def test_the_construction_reads_predicate_measure_and_negation(nlp):
    row = extract_rows(nlp, '"We urge our friends in the Gulf to join this boycott," Antony Blinken said.')[0]
    cl = row[statements.FRAME_KEY]["clauses"][0]
    asked = dict(cl, pred=cl["pred"][1:], subj=[])
    assert requests.takes_up_sanctions(asked)
    assert not requests.takes_up_sanctions(dict(asked, neg=True))
    assert not requests.takes_up_sanctions(dict(asked, obj=["the", "talks"]))


@pytest.mark.parametrize("body", [
    # an obligation laid on another party, the embargo the beneficiary of "align with"
    '"Switzerland should align with the coal embargo," Annalena Baerbock said after the meeting.',
    # an impersonal necessity whose complement takes up a boycott
    '"It is time for Serbia to adopt the boycott," Gabrielius Landsbergis told the radio station.',
    # an imperative from the recipient
    '"Join the oil embargo and do it now," Dmytro Kuleba told the government in Budapest.',
])
def test_sanctions_taken_up_under_other_modalities_are_appeals(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # an obligation to join something else stays other conduct
    '"Serbia should join the peace talks," Josep Borrell said in Geneva.',
    # a negated imperative asks that the measure not be taken up
    '"Please do not join that boycott of our grain," the Kazakh foreign minister told his Chinese counterpart.',
])
def test_joining_other_things_or_not_joining_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"
