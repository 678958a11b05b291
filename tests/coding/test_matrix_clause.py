"""`frame_matrix` (statements/clause_frame.py `_embedded`): a first-person verb of thinking inside the content ("I
think", "we believe", "I know") only vouches for the clause it embeds; the frame reads that clause, so the act is
composed from it. Invented sentences, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import act_of, extract_rows


def preds(nlp, body: str) -> list[list[str]]:
    return [cl["pred"] for cl in extract_rows(nlp, body)[0][statements.FRAME_KEY]["clauses"]]


@pytest.mark.parametrize(("body", "pred"), [
    ("\u201cI think we will keep sending air defence to Kyiv,\u201d Mette Frederiksen said.", ["keep", "send"]),
    ("\u201cWe believe the allies must deliver more shells faster,\u201d Dmytro Kuleba said.", ["deliver"]),
    ("\u201cI know Britain will go on supplying Kyiv with drones,\u201d Grant Shapps told reporters.", ["go", "supply"]),
])
def test_frame_reads_the_clause_a_first_person_thought_embeds(nlp, body, pred):
    assert pred in preds(nlp, body)


@pytest.mark.parametrize(("body", "act"), [
    ("\u201cI think Britain will be by Ukraine's side until the war ends,\u201d Grant Shapps said.", "pledge"),
    ("\u201cI believe Ukraine will receive the jets this summer,\u201d Dmytro Kuleba said.", "pledge"),
    ("\u201cI feel the West has to isolate Moscow,\u201d Dmytro Kuleba said.", "appeal"),
])
def test_the_act_is_composed_from_the_clause_a_first_person_thought_embeds(nlp, body, act):
    assert act_of(nlp, body) == act


@pytest.mark.parametrize(("body", "pred"), [
    # a negated thought of knowing does not assert its complement (a negated "think" raises: test_raised_negation.py)
    ("\u201cI do not know whether we will send jets to Kyiv,\u201d Mette Frederiksen said.", ["know"]),
    # another's thought is reported, not vouched for by the speaker
    ("\u201cMoscow believes the West will send jets,\u201d Dmytro Kuleba said.", ["believe"]),
])
def test_a_negated_or_third_party_thought_keeps_its_own_clause(nlp, body, pred):
    assert preds(nlp, body)[0] == pred



@pytest.mark.parametrize(("body", "pred"), [
    ("\u201cI thought the allies would send more tanks by spring,\u201d Dmytro Kuleba said.", ["think"]),
    ("\u201cWe believed Berlin would deliver the jets in March,\u201d Andriy Yermak told reporters.", ["believe"]),
    ("\u201cI knew Washington would keep arming us,\u201d Oleksii Reznikov wrote.", ["know"]),
])
def test_a_thought_in_the_past_keeps_its_own_clause(nlp, body, pred):
    """A past thought ("I thought X would ...") may no longer be held: the speaker does not vouch for X now."""
    assert preds(nlp, body)[0] == pred


@pytest.mark.parametrize(("body", "pred"), [
    ("\u201cWe believe Berlin will pay for the shells, and we will press it to send more tanks,\u201d Kaja Kallas"
     " said.", ["press", "send"]),
    ("\u201cI think the allies must act faster, but Estonia will keep training Ukrainian gunners,\u201d Hanno"
     " Pevkur said.", ["keep", "train"]),
    ("\u201cWe know Moscow is tired, and we will keep supplying Kyiv with drones,\u201d Grant Shapps said.",
     ["keep", "supply"]),
])
def test_a_clause_conjoined_to_the_thought_is_read_too(nlp, body, pred):
    """The thought gives way to the clause it embeds; a clause conjoined to the thought itself is the speaker's own
    and stays in the frame (it was dropped with the thought)."""
    assert pred in preds(nlp, body)
