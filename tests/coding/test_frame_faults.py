"""Four clause-frame constructions (issue #13; statements/clause_frame.py, coding/deliveries.py
`counterfactual_perfect`, coding/composition.py `imperative_request`): a negative determiner on the object negates
the clause, a negated "do" imperative is an imperative, an object the parser reads as the subject of an infinitive
stays the object, and a modal perfect of a transfer is no delivery. Sentences of our own wording, each in the manner
of a different article, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import act_of, extract_rows


def clauses_of(nlp, body: str) -> list[dict]:
    return extract_rows(nlp, body)[0][statements.FRAME_KEY]["clauses"]


@pytest.mark.parametrize("body", [
    "The Austrian chancellor said Vienna will send no more rifles to the front.",
    '"We will provide no further tanks to Kyiv," the Hungarian minister told the press.',
    "A spokesman said Bratislava would deliver no new jets this year.",
])
def test_negative_determiner_negates_the_clause(nlp, body):
    assert any(cl["neg"] for cl in clauses_of(nlp, body))


@pytest.mark.parametrize("body", [
    "The Austrian chancellor said Vienna will send no more rifles to Ukraine.",
    '"We will provide no further tanks to Ukraine," the Hungarian defence minister told the press.',
])
def test_no_more_aid_from_the_speaker_is_a_refusal(nlp, body):
    assert act_of(nlp, body) == "refusal"


@pytest.mark.parametrize("body", [
    '"Do not let Ukraine down," Zelensky told the senators in a video address.',
    '"Don\'t abandon Ukraine now," the Ukrainian foreign minister told his EU colleagues.',
    '"Please do not forget us," Kuleba told the assembly in New York.',
])
def test_negated_imperative_to_keep_supporting_is_an_appeal(nlp, body):
    assert any(cl.get("imp") and cl["neg"] for cl in clauses_of(nlp, body))
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"Help us to survive this winter," Zelensky told the lawmakers.',
    '"Help them to rebuild the bridges," the Ukrainian prime minister said in Lugano.',
    '"Help Kyiv to hold the line," Kuleba told the NATO ministers.',
])
def test_help_keeps_its_object_before_an_infinitive(nlp, body):
    cl = next(cl for cl in clauses_of(nlp, body) if cl["pred"][0] == "help")
    assert cl["obj"]


@pytest.mark.parametrize("body", [
    '"They should have given us these tanks a year ago," the Ukrainian president said.',
    "The Polish premier said Berlin should have delivered its howitzers much sooner.",
    '"We could have sent more shells in the spring," the German chancellor admitted on Sunday.',
])
def test_modal_perfect_of_a_transfer_is_no_delivery(nlp, body):
    assert act_of(nlp, body) != "delivery"


@pytest.mark.parametrize("body", [
    '"Germany has sent 18 howitzers to Kyiv," the minister said.',
    "The Pentagon said the first Abrams tanks had arrived in Ukraine.",
    "A Dutch official said the jets were delivered in May.",
])
def test_transfer_done_stays_a_delivery(nlp, body):
    assert act_of(nlp, body) == "delivery"
