"""`support_condition` (coding/support_condition.py): the recipient's success put under a condition of support is an
appeal for that support; the clause frame keeps the condition as the clause's `cond` (statements/clause_frame.py
`_condition`). Invented sentences of the construction seen in corpus articles (ids in the comments), run through
the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import act_of, extract_rows


def clauses_of(nlp, body: str) -> list[dict]:
    return extract_rows(nlp, body)[0][statements.FRAME_KEY]["clauses"]


@pytest.mark.parametrize(("body", "pred"), [
    ("\u201cKyiv can still prevail if we keep backing it,\u201d Kaja Kallas told reporters in Tallinn.", ["keep", "back"]),
    ("\u201cThe Ukrainian army can hold out if it receives the shells,\u201d Lloyd Austin said on Monday.", ["receive"]),
    ("\u201cUkrainian troops can retake the south, given enough armoured vehicles,\u201d the Estonian defence"
     " minister said.", ["give"]),
])
def test_frame_keeps_the_condition_of_a_clause(nlp, body, pred):
    assert [cl["cond"]["pred"] for cl in clauses_of(nlp, body) if cl.get("cond")] == [pred]


@pytest.mark.parametrize("body", [
    # seen in three corpus articles (2022-09, 2022-04, 2023-02): a donor, the condition its own continued support of a pro-form for Ukraine
    "\u201cKyiv can still prevail if we keep backing it,\u201d Kaja Kallas told reporters in Tallinn.",
    # a donor, the condition support given in a passive participle
    "Lloyd Austin added that Ukraine could still win this war if given the proper military assistance.",
    # a "given" participle naming weapons
    "\u201cUkrainian troops can retake the south, given enough armoured vehicles,\u201d Gabrielius Landsbergis wrote.",
    # the recipient, the condition a receipt of aid
    "\u201cIf we get the jets, we will be able to protect our cities,\u201d Volodymyr Zelensky said.",
    # aid as the subject of a transfer in the condition
    "\u201cThe Ukrainian army could hold the line if the shells arrive in time,\u201d the Polish defence minister said.",
])
def test_success_under_a_condition_of_support_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # the condition is the adversary's, not support
    "\u201cUkraine can win if Russia runs out of shells,\u201d Gabrielius Landsbergis said.",
    # no condition
    "\u201cUkraine will win,\u201d Kaja Kallas said.",
    # a negated success
    "\u201cKyiv cannot win even if it gets the jets,\u201d the Hungarian foreign minister said.",
])
def test_success_without_a_condition_of_support_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    "\u201cUkraine can still win if North Korea keeps sending shells to Russia,\u201d Kaja Kallas said.",
    "\u201cKyiv can prevail if Iran sends no more drones,\u201d Gabrielius Landsbergis told reporters.",
    "\u201cUkraine will hold the line if Beijing stops supplying Moscow,\u201d the Estonian foreign minister said.",
], ids=["support-to-the-adversary", "negative-object", "supply-of-the-adversary"])
def test_a_condition_that_supports_the_adversary_or_withholds_is_no_appeal(nlp, body):
    """Support to the adversary, or its withholding, in the condition is no argument for giving Ukraine support."""
    assert act_of(nlp, body) != "appeal"
