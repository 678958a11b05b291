"""Round 34 (issue #14, polnear_train's even half): verbs of praise and blame without a "for" reason list of their
own (criticize, blame, condemn, hail, thank, welcome) and verbs of estimating or judging (estimate, assess, deem)
are cues of the guide (`cues.csv`) but no verbs of saying: under PolNeAR's convention as this project scores it
(speech cues only, as round 30's slam / praise / blast) they are no cue (`vetoes.guide_only`, list `guide_only_cue`).
On the even half the veto takes 85 rows, 5 of them matched to a gold statement (the rest cover attributions
`score.py` does not keep); on the odd half 84 rows, 5 matched at 0.3 (F1@0.3 0.867 -> 0.873).

Real sentences of polnear_train's even half (five articles, three outlets), named by their ends (`shared_text`):
each still gives its row under the guide, none under PolNeAR's convention."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

OUTER = {"quote_parts": "join", "nesting": "outer"}

SENTENCES = [
    # an AP live blog (Breitbart), 2016: criticize with "as"
    (shared_text("Senate Majority Leader Mitch McConnell is criticizing", "than combatting terrorism."), "criticiz"),
    # a Huffington Post analysis, 2016: criticize with "for"
    (shared_text("Hillary Clinton has been criticizing Donald Trump", "for embracing debt"), "criticiz"),
    # an AP live blog (Breitbart), 2016: blame X on Y
    (shared_text("Cruz blamed the anti-fracking law", "politicians.”"), "blamed"),
    # an AP live blog (Breitbart), 2016: thank with "for"
    (shared_text("Washington, star of television", "ALL safer.”"), "thanked"),
    # a New York Times article, 2016: estimate with a that-clause
    (shared_text("In another study they wrote with Daron", "2.4 million American jobs."), "estimated"),
    # a New York Times article, 2016: deem with an object complement
    (shared_text("While critics argue that trading prisoners", "a reasonable trade-off."), "deemed"),
]


def _cues(nlp, body, **kw):
    return [r["cue"] for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize("body, cue", SENTENCES)
def test_a_cue_of_judgement_is_a_statement_under_the_guide(nlp, body, cue):
    assert any(cue in c for c in _cues(nlp, body))


@pytest.mark.parametrize("body, cue", SENTENCES)
def test_a_cue_of_judgement_is_no_cue_under_polnear_as_scored(nlp, body, cue):
    assert not any(cue in c for c in _cues(nlp, body, **OUTER))


def test_a_verb_of_saying_beside_it_stays_under_polnear(nlp):
    body = "The senator criticized the budget and said the cuts would hurt rural schools."
    rows = [(r["cue"], r["text"]) for r in extract_rows(nlp, body, **OUTER)]
    assert ("said", "the cuts would hurt rural schools") in rows
    assert not any("criticized" in c for c, _ in rows)
