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


@pytest.mark.parametrize("body", [
    # the measure aimed at Ukraine: a request cue's xcomp (an embargo on Ukraine's grain is no call against Russia)
    "Farm union leader Jan Kowalczyk urged the cabinet in Warsaw to adopt an embargo on Ukrainian grain.",
    # an imperative of the same measure
    '"Join the embargo on Ukrainian grain today," Jan Kowalczyk told the tractor drivers outside Lublin.',
])
def test_a_measure_aimed_at_ukraine_is_not_taken_up(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    # a first-person request verb: the adversary named as the boycott's target, not as the one asked
    '"We urge all states to join the boycott of Russia," Dmytro Kuleba said at the conference.',
    # the same measure under an imperative and an obligation (these already read it as an appeal)
    '"Join the boycott of Russia," Dmytro Kuleba told the conference in Vilnius.',
    '"All states must join the boycott of Russia," Dmytro Kuleba said at the conference.',
    # the near miss's measure aimed at the adversary: an embargo on Russian oil is taken up
    "Gabrielius Landsbergis urged the cabinet in Budapest to adopt the embargo on Russian oil.",
])
def test_a_boycott_of_the_adversary_is_an_appeal_under_each_modality(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # the measure is the topic of the talks joined, not what is joined
    "Josep Borrell urged Ankara to join the talks on the sanctions during his short visit.",
    # the measure modifies the head ("the sanctions debate"): an imperative to follow a debate
    '"Follow the sanctions debate closely," Josep Borrell told the young diplomats in Bruges.',
])
def test_a_measure_that_is_not_the_head_is_not_taken_up(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    # a compound whose head is a sanctions word ("the sanctions regime") is the measure
    "Josep Borrell urged Belgrade to align with the sanctions regime before the summit.",
])
def test_a_compound_measure_is_taken_up(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_the_construction_reads_the_head_and_the_target(nlp):
    row = extract_rows(nlp, '"We urge our friends in the Gulf to join this boycott," Antony Blinken said.')[0]
    cl = row[statements.FRAME_KEY]["clauses"][0]
    asked = dict(cl, pred=["join"], subj=[])
    assert requests.takes_up_sanctions(dict(asked, obj=["oil", "embargo"])) is True
    assert requests.takes_up_sanctions(dict(asked, obj=["boycott", "russia"])) is True
    assert requests.takes_up_sanctions(dict(asked, obj=["sanctions", "regime"])) is True
    assert requests.takes_up_sanctions(dict(asked, obj=["sanctions", "debate"])) is False
    assert requests.takes_up_sanctions(dict(asked, obj=["talks", "sanctions"])) is False
    assert requests.takes_up_sanctions(dict(asked, obj=["embargo", "ukrainian", "grain"])) is False
    assert requests.takes_up_sanctions(dict(asked, pred=["follow"], obj=["sanctions"])) is False
    assert requests.takes_up_sanctions(dict(asked, v=None)) is False  # always a bool


@pytest.mark.parametrize("body", [
    # a negated first-person request verb asks nothing ("did not ask")
    '"We did not ask Serbia to join the sanctions," Josep Borrell said in Brussels.',
])
def test_a_negated_request_verb_is_no_request(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    # the negation on what is asked, not on the request verb: still a request, for sanctions
    '"We urge Serbia to join the sanctions and not to wait," Josep Borrell said in Brussels.',
])
def test_a_request_with_a_negation_elsewhere_stays_a_request(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # the adversary is the one asked (the request verb's object): its own conduct, not sanctions taken up by others
    "Dmytro Kuleba urged Moscow to join the boycott of the Paris Olympics.",
])
def test_a_measure_the_adversary_is_asked_to_join_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    # near miss: a first-person request verb whose short addressee runs into the measure's target ("Poland |
    # boycott Russia"): the adversary is the target, not the one asked
    '"We urge Poland to join the boycott of Russia," Dmytro Kuleba said at the conference.',
])
def test_the_adversary_as_the_target_beside_a_short_addressee_stays_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # a focus adverb after the negation: the request is made, and more besides
    '"We don\'t just ask Serbia to join the sanctions," Josep Borrell said in Brussels.',
])
def test_a_negation_that_only_focuses_the_request_verb_keeps_the_request(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # a Ukraine word before the measure names the ones asked ("Ukraine's partners"), not the measure's target
    '"We urge Ukraine\'s partners to join the sanctions," Josep Borrell said in Brussels.',
    # a Ukraine word after the measure, but in another phrase of the clause ("during his visit to Kyiv")
    "Josep Borrell urged Belgrade to adopt the EU sanctions during his visit to Kyiv.",
])
def test_a_ukraine_word_away_from_the_measure_does_not_veto_it(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # near miss: the measure's target named two words on, across a dropped "from" ("embargo | grain | ukraine")
    "Farm union leader Jan Kowalczyk urged the cabinet in Warsaw to adopt an embargo on grain from Ukraine.",
])
def test_a_measure_aimed_at_ukrainian_goods_stays_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


def test_the_ukraine_veto_reads_only_the_words_right_after_the_measure(nlp):
    row = extract_rows(nlp, '"We urge our friends in the Gulf to join this boycott," Antony Blinken said.')[0]
    cl = row[statements.FRAME_KEY]["clauses"][0]
    asked = dict(cl, pred=["join"], subj=[])
    assert requests.takes_up_sanctions(dict(asked, obj=["ukraine", "partners", "sanctions"])) is True
    assert requests.takes_up_sanctions(dict(asked, obj=["eu", "sanctions", "his", "visit", "kyiv"])) is True
    assert requests.takes_up_sanctions(dict(asked, obj=["embargo", "grain", "ukraine"])) is False
