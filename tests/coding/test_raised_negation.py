"""Raised negation (statements/clause_frame.py `_embedded`, frame_neg_raising_lemma): a first-person verb of thinking
negated ("I do not think", "we don't believe", "I don't expect") negates the clause it embeds, which the frame reads
negated, so no pledge is composed from it: the speaker's side ruling out support, a refusal (ANNOTATION.md: declines or
rules out support; docs/CODING_RULES.md). Invented sentences, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import act_of, extract_rows


def clauses(nlp, body: str) -> list[dict]:
    return extract_rows(nlp, body)[0][statements.FRAME_KEY]["clauses"]


NEGATED = [
    ("\u201cI do not think we will send fighter jets to Kyiv,\u201d Mette Frederiksen said.", "send"),
    ("\u201cWe don't believe Britain will supply more Storm Shadow missiles this year,\u201d Grant Shapps told"
     " reporters.", "supply"),
    ("\u201cI don't expect that Paris will deliver further Caesar howitzers soon,\u201d Sebastien Lecornu said.",
     "deliver"),
]


@pytest.mark.parametrize(("body", "pred"), NEGATED)
def test_a_negated_thought_negates_the_clause_it_embeds(nlp, body, pred):
    cl = clauses(nlp, body)[0]
    assert cl["pred"][-1] == pred and cl["neg"]


@pytest.mark.parametrize(("body", "pred"), NEGATED)
def test_a_negated_thought_on_the_speakers_own_support_is_a_refusal(nlp, body, pred):
    assert act_of(nlp, body) == "refusal"


@pytest.mark.parametrize(("body", "pred"), [
    # a negated verb of knowing does not raise: the speaker does not know, the complement stays unread
    ("\u201cI don't know whether we will send more tanks to Kyiv,\u201d Mette Frederiksen said.", "know"),
    # an asserted thought is read as before, not negated
    ("\u201cI think we will send more tanks to Kyiv,\u201d Mette Frederiksen said.", "send"),
    # a past thought (do-support: "did" + think) is no longer vouched for: the matrix keeps its negation
    ("\u201cI didn't think we would send fighter jets to Kyiv,\u201d Mette Frederiksen said.", "think"),
])
def test_near_misses_of_a_raised_negation(nlp, body, pred):
    cl = clauses(nlp, body)[0]
    assert cl["pred"][-1] == pred and cl["neg"] == (pred in ("know", "think"))  # the matrix keeps its own negation


def test_a_negated_thought_before_an_if_clause_raises_nothing(nlp):
    """Near miss (frame_neg_raising_block): the parser takes an "if" clause for the thought's complement; "I don't
    think | if we send the jets ..." leaves the sending open, so the thought keeps its negation."""
    body = "\u201cI don't think if we send the jets Moscow will stop,\u201d Mette Frederiksen said."
    cls = clauses(nlp, body)
    assert cls[0]["pred"][-1] == "think" and cls[0]["neg"]
    assert not any(cl["pred"][-1] == "send" and cl["neg"] for cl in cls)


def test_a_negation_under_a_negated_thought_is_left_to_the_thought(nlp):
    """Near miss: the embedded clause is negated itself ("I do not believe | Oslo will not pay"): no double flip,
    the thought keeps its negation."""
    body = "\u201cI do not believe Oslo will not pay for the shells,\u201d Mette Frederiksen said."
    cl = clauses(nlp, body)[0]
    assert cl["pred"][-1] == "believe" and cl["neg"]


def test_a_raised_negation_covers_the_embedded_clause_s_conjuncts(nlp):
    """A verb conjoined to the embedded clause shares its raised negation: both are negated."""
    body = "\u201cI do not believe Oslo will train the pilots and ship the jets,\u201d Mette Frederiksen said."
    negs = {cl["pred"][-1]: cl["neg"] for cl in clauses(nlp, body)}
    assert negs.get("train") is True and negs.get("ship") is True
