"""coding/obligation_effort.py `obligation_effort`: an obligation laid on a third party on Ukraine's side to make an
effort whose object is general (act, do more, step up, keep up the pressure, stay united, not stand by) is an appeal
where the content is about the war; the speaker's own side, the adversary's "the West must ...", efforts put to
another end and obligations about other matters are not. Sentences in edited wording of our own, some after corpus
articles (ids in the comments; names, places and word order changed outside the construction), run through the real
pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import obligation_effort
from support import act_of, extract_rows


@pytest.mark.parametrize("body", [
    # a semi-modal on "our partners" (a possessive is no first person), the recipient speaking
    '"Our partners have to act today," the Ukrainian foreign minister told reporters in Kyiv.',
    # after 20220427T231500Z_GB_en_78de7d1811: allies urging allies, the verb quoted apart from its particle
    'The British foreign secretary said the allies in the West must "double down" on their backing of Kyiv.',
    # an impersonal necessity whose complement has a third party as subject
    '"It is time for Europe to do more for Kyiv," the Polish prime minister said this week.',
])
def test_an_effort_laid_on_others_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # negated standing by under can / must
    '"The civilised world cannot stand by while Russian missiles hit our cities," Ukraine\'s president said.',
    # an effort noun kept up, and pressure put on the adversary
    '"The G7 must keep up the pressure on the Kremlin," the Estonian prime minister said in Tallinn.',
    '"Beijing should exert more pressure on Moscow," the Ukrainian foreign minister told a news conference.',
])
def test_standing_by_and_pressure_laid_on_others_are_appeals(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # the speaker's own side: a commitment or other, not an appeal
    '"We must do more for Ukraine," the UK prime minister said.',
    # the adversary's obligation on the West asks for nothing
    '"The West must act responsibly for once," the Russian foreign minister said.',
    # an obligation about another matter, nothing of the war named
    '"Every nation has to act on climate change," the Brazilian president said.',
    # after 20220824T141500Z_UA_en_de0dc12e15: efforts put to justice, a call for other conduct (ANNOTATION.md)
    "Ukrainian diplomats said all nations should put their efforts into bringing Russian war criminals before a court.",
])
def test_other_obligations_are_no_effort_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


def test_the_construction_reads_subject_modality_and_effort(nlp):
    body = '"Our partners have to act now," the Ukrainian foreign minister said.'
    row = extract_rows(nlp, body)[0]
    clauses = row[statements.FRAME_KEY]["clauses"]
    assert obligation_effort.decide(clauses, "recipient", row, frozenset(), {"partners", "act"}) == (
        "appeal", "obligation_effort")
    assert obligation_effort.decide(clauses, "adversary", row, frozenset(), {"partners", "russia"}) is None
    # "partners" are Ukraine's side of the war (effort_backer): about the war by themselves
    assert obligation_effort.decide(clauses, "donor", row, frozenset(), {"partners", "act"}) == (
        "appeal", "obligation_effort")


def test_a_general_addressee_needs_the_war_named(nlp):
    body = '"All nations have to act today," the Brazilian president said.'
    row = extract_rows(nlp, body)[0]
    clauses = row[statements.FRAME_KEY]["clauses"]
    assert obligation_effort.decide(clauses, "other", row, frozenset(), {"nations", "act"}) is None
    assert obligation_effort.decide(clauses, "other", row, frozenset(), {"nations", "ukraine"}) == (
        "appeal", "obligation_effort")


@pytest.mark.parametrize("body", [
    # after guardian_2022-0079 and a Latvian minister's call on visas: acting against the adversary by a verb of
    # restriction (oppose_lemma), laid on others
    "Latvia's foreign minister said EU states should restrict tourist visas for Russians.",
    '"Our allies must cut Russian banks off from the payment system," the Ukrainian foreign minister said.',
    '"Every democracy should expel Russian spies posing as diplomats," the Czech foreign minister said.',
])
def test_restricting_the_adversary_laid_on_others_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # `needed_effort`: an effort or an amount needed, a third party named as who gives it
    '"More is needed from the West, and soon," the Ukrainian foreign minister said.',
    '"More effort is needed from our partners to stop Russia," the Moldovan president said.',
    '"Far more unity is needed from the allies this winter," Ukraine\'s prime minister said.',
])
def test_an_effort_needed_from_others_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_an_effort_needed_from_no_one_named_is_left_alone(nlp):
    row = extract_rows(nlp, '"More effort is needed," the Moldovan president said of the war in Ukraine.')[0]
    clauses = row[statements.FRAME_KEY]["clauses"]
    assert obligation_effort.decide(clauses, "donor", row, frozenset(), {"effort", "ukraine"}) is None
