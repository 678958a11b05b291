"""Round 35 (issue #14, polnear_train's even half): "find" with a that-clause, a published finding ("A poll found that
A", "The inquiry found that A"), is a cue of the guide (`cues.csv`: a finding by a named organisation) but no verb of
saying: a verb of discovering or judging, as estimate, assess and deem (round 34). PolNeAR's annotators mark it
(cue "found"), but `score.py` keeps only attributions whose cue is a verb of saying, so under PolNeAR's convention as
this project scores it the row can only be a false hit: no cue there (`vetoes.guide_only`, list `guide_only_cue`).
On the even half, 22 rows, 16 paired with no gold (13 on a PolNeAR "found" attribution the scorer drops, 3 on none)
and 6 paired by shared words with another attribution's gold (5 away from its span).

Real sentences of polnear_train's even half (five articles, five outlets), named by their ends (`shared_text`): none
gives a "found" row under PolNeAR's convention (each gave one before); under the guide the three whose source is a
body that can speak still do (a poll as the source is the guide's `unspoken_subject` veto, as before)."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

OUTER = {"quote_parts": "join", "nesting": "outer"}

SPOKEN = [
    # a Huffington Post article, 2016: a government department after an investigation
    shared_text("After an investigation, the Department of Justice found", "in order to raise revenue."),
    # a Politico article, 2016: a polling firm
    shared_text("Democracy Corp found that anti-Democrat", "a feeling that cuts across ideology."),
    # a Washington Post article, 2016: an inspector general's inquiry
    shared_text("The inquiry found that the secretary", "requests before 2011."),
]
POLLS = [
    # an AP live blog (Breitbart), 2016: exit polls
    shared_text("Exit polls taken in South Carolina found", "from entering the United States."),
    # a USA Today article, 2016: a named poll
    shared_text("A USA TODAY/Suffolk University poll found", "Bloomberg by 16%."),
]


def _rows(nlp, body, **kw):
    return [(r["cue"], r["text"]) for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize("body", SPOKEN)
def test_a_finding_is_a_statement_under_the_guide(nlp, body):
    assert any("found" in c for c, _ in _rows(nlp, body))


@pytest.mark.parametrize("body", SPOKEN + POLLS)
def test_a_finding_is_no_cue_under_polnear_as_scored(nlp, body):
    assert not any("found" in c for c, _ in _rows(nlp, body, **OUTER))


def test_a_verb_of_saying_about_the_finding_stays_under_polnear(nlp):
    body = "The survey found that most voters oppose the ban, the pollster said on Monday."
    rows = _rows(nlp, body, **OUTER)
    assert any(c == "said" for c, _ in rows)
    assert not any("found" in c for c, _ in rows)
