"""coding/responses.py `response_asked`: a request, need or obligation whose object is a response to the adversary's
acts (a call that others act against the adversary: ANNOTATION.md's settled conventions make it an appeal), and the
recipient's complaint that such an act went unanswered. Sentences invented for the construction (real officials,
made-up occasions), run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import responses
from support import act_of, extract_rows


@pytest.mark.parametrize("body", [
    # a request cue's noun phrase headed by a response noun, a harm event named
    "Dmytro Kuleba, the Ukrainian foreign minister, called for a tougher international response to the drone "
    "attacks on Odesa.",
    # a need whose object is a response, the recipient speaking
    '"What happened in Kharkiv last night requires a firm answer from every capital," Andriy Yermak told reporters.',
    # an obligation on the passive of a response verb, the adversary named
    '"The Kremlin keeps shelling our power plants, and such blackmail should be answered," Denys Shmyhal said.',
    # the recipient's complaint that the adversary's act went unanswered
    '"The bombing of the maternity ward by Russian jets has remained unanswered for weeks," Iryna Vereshchuk said.',
])
def test_a_response_asked_for_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # the adversary's own response is its threat, not an appeal
    '"Moscow will not leave the new restrictions unanswered," Maria Zakharova told a briefing on Thursday.',
    # a response that is the setting of what is needed, not the thing needed
    '"The world needs more diplomacy in response to the fighting in Ukraine," the Brazilian president said.',
    # nothing of the adversary named, by a donor: no act against it asked
    '"Such crimes must not go unanswered," Annalena Baerbock said at the conference.',
    # what is to be answered is a question, not an act of the adversary
    '"Every question about the invasion should be answered in full," Linda Thomas-Greenfield told the council.',
    '"These questions about the shelling need clear answers," Iryna Vereshchuk said.',
])
def test_other_responses_are_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


def test_the_construction_reads_the_clause_and_the_side(nlp):
    body = '"This calls for a swift and united response," Olha Stefanishyna said.'
    row = extract_rows(nlp, body)[0]
    clauses = row[statements.FRAME_KEY]["clauses"]
    need = dict(clauses[0], pred=["need"], obj=["swift", "united", "response"])
    assert responses.decide([need], "recipient", {"this"}) == ("appeal", "response_asked")
    # a donor's need of a response is read only where the adversary or a harm event is named
    assert responses.decide([need], "donor", {"this"}) is None
    assert responses.decide([need], "donor", {"this", "russia"}) == ("appeal", "response_asked")
    assert responses.decide([need], "adversary", {"this", "russia"}) is None


@pytest.mark.parametrize("body", [
    '"Russia\'s lies about the invasion have gone unchallenged for too long," Dmytro Kuleba said.',
    '"The claims of the occupiers were unanswered in the press," Volodymyr Zelensky said in his address.',
    '"Our letters to Moscow are still unanswered," the Ukrainian ombudsman Dmytro Lubinets said.',
])
def test_unanswered_without_a_verb_of_leaving_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"
