"""Round 37 (issue #14, polnear_train's even half): verbs the guide counts as cues whose lemma is not one of
`score.py`'s verbs of saying (express, speak of/about, propose, assert, push for, shout, post, allege, joke,
remind, remark, wonder, boast, request). PolNeAR's annotators mark them, but the convention as this project scores it
keeps only attributions whose cue is a verb of saying, so under PolNeAR's convention such a row pairs only by chance
with another attribution's gold: on the even half 141 rows of these cues in 3+ articles each, 120 paired with no
gold. As round 30's slam / praise and round 35's find, they are no cue there (`vetoes.guide_only`, list
`guide_only_cue`); the noun "request" of `statements.nominal` is none there either. Under the guide nothing changes.

Invented sentences of each shape (no text of ../shared)."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}

# (sentence, the cue as written): each a statement under the guide
GUIDE_CUES = [
    ("The governor expressed support for the new rail line at a meeting with mayors.", "expressed"),
    ("The senator spoke about the dangers of cutting the school budget.", "spoke about"),
    ("The mayor proposed that the city build two new parks next year.", "proposed"),
    ("The minister asserted that the tax cut would pay for itself.", "asserted"),
    ("The farmers pushed for lower tariffs on imported machinery.", "pushed for"),
    ('"Get out of here!" the candidate shouted at the protester.', "shouted"),
    ("The actor posted that he would not attend the ceremony.", "posted"),
    ("Prosecutors alleged that the banker had hidden the money abroad.", "alleged"),
    ('"I might need a bigger plane," the coach joked.', "joked"),
    ("The president reminded voters that the election was only weeks away.", "reminded"),
    ('"This is a wonderful town," the governor remarked.', "remarked"),
    ('"Where did the money go?" the auditor wondered aloud.', "wondered"),
    ("The mayor boasted that the city had never been safer.", "boasted"),
    ("The council requested that the company repair the road by June.", "requested"),
    ("The paper's request for comment went unanswered.", "request for"),
]


def _cues(nlp, body, **kw):
    return [r["cue"] for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize("body, cue", GUIDE_CUES)
def test_the_guide_keeps_the_cue(nlp, body, cue):
    assert cue in _cues(nlp, body)


@pytest.mark.parametrize("body, cue", GUIDE_CUES)
def test_polnear_as_scored_has_no_such_cue(nlp, body, cue):
    assert cue not in _cues(nlp, body, **OUTER)


def test_a_verb_of_saying_beside_it_stays_under_polnear(nlp):
    body = "The mayor expressed concern about the bridge, saying that repairs would take at least a year."
    cues = _cues(nlp, body, **OUTER)
    assert "saying" in cues and "expressed" not in cues
