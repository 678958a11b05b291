"""Round 34 (issue #14, polnear_train's even half): under PolNeAR's convention no attribution lies inside another's
content (`outermost`): in the even half's gold no cue stands inside another attribution's content (0 of 10,085
attribution events). A row whose cue hangs inside what another row's cue reports (through complements and noun
modifiers: a relative clause, a complement clause) is part of that row's words and is dropped under PolNeAR's
convention; a conjunct or adverbial clause is a second event and keeps its row; the guide (`nesting="inner"`) keeps
its own nesting (`nesting.py`).

Real sentences of polnear_train's even half (four articles, four outlets), named by their ends (`shared_text`): under
PolNeAR's convention the outer row keeps the inner cue in its words and the inner cue gives no row."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

OUTER = {"quote_parts": "join", "nesting": "outer"}

SENTENCES = [
    # a New York Times article, 2016: the inner cue in a relative clause of the outer content
    (shared_text("Gabriel Sherman, who reported that Fox News", "to facilitate it."), "reported", "said"),
    # a Politico article, 2016: the inner cue in a relative clause of a gerund's object
    (shared_text("families of those affected by mass shootings urged", "unanswered and dismissed."), "reiterating",
     "said"),
    # a USA Today article, 2015: the inner cue heads the outer content
    (shared_text("Law enforcement sources have said he said", "after the shooting."), "have said", "said"),
    # a Washington Post article, 2016: the inner cue in a relative clause ("legislation he wrote after ...")
    (shared_text("Menendez said he approached Corker", "various rounds of testimony."), "said", "wrote"),
]


def _rows(nlp, body, **kw):
    return [(r["cue"], r["text"], r["char_start"], r["char_end"]) for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize("body, outer, inner", SENTENCES)
def test_under_polnear_the_outer_row_holds_the_inner_cue_which_gives_no_row(nlp, body, outer, inner):
    rows = _rows(nlp, body, **OUTER)
    assert any(c == outer and f" {inner} " in t for c, t, *_ in rows), rows
    assert not any(s1 <= s2 and e2 <= e1 for i, (_, _, s1, e1) in enumerate(rows)
                   for j, (_, _, s2, e2) in enumerate(rows) if i != j), rows


@pytest.mark.parametrize("body, outer, inner", SENTENCES)
def test_under_the_guide_the_inner_cue_still_gives_its_row(nlp, body, outer, inner):
    assert any(c == inner for c, *_ in _rows(nlp, body)) or inner == outer


def test_the_guide_keeps_its_own_nesting(nlp):
    # "A said he said X": the guide gives the inner speaker X (nesting="inner")
    rows = _rows(nlp, SENTENCES[2][0])
    assert any(c == "said" and "no more baby parts" in t for c, t, *_ in rows)


SECOND_EVENTS = [
    # an AP live blog (Breitbart), 2016: "says ..., but insists ...": a conjunct of the cue, its own attribution
    (shared_text("She says people may not like the answer", "“phony attack.”"), "insists"),
    # a Huffington Post article, 2015: "admitted that ..., but said ...": a conjunct
    (shared_text("Carson admitted that the course name", "would release it."), "said"),
    # an AP live blog (Breitbart), 2016: "said, adding that ...": an adverbial participle
    (shared_text("“He stands for the middle-class,” Anderson said", "trustworthy of the candidates.”"), "adding"),
]


@pytest.mark.parametrize("body, second", SECOND_EVENTS)
def test_a_second_event_in_a_conjunct_or_adverbial_clause_keeps_its_row_under_polnear(nlp, body, second):
    assert any(c == second for c, *_ in _rows(nlp, body, **OUTER))
