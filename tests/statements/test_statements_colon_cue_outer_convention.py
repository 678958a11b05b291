"""Round 37 (issue #14, polnear_train's even half): a row whose cue is a colon (a subheading "Name: words", a
quotation after a colon closing a clause about its speaker, the lines of an interview transcript "Q: ..." / "A: ...",
a headline "Name: 'words'") is a statement under the guide; PolNeAR's annotators mark it with the colon as cue, but
score.py keeps only attributions whose cue is a verb of saying, so under PolNeAR's convention as scored it pairs only
by chance with another attribution's gold (on the even half 49 such rows in 25+ articles, 40 paired with none): no
such row there (`headings.scored_cues_only`), as for the verbs of `guide_only_cue`. A verb of saying beside it stays.

Invented texts of each shape (no text of ../shared)."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}

COLON = [
    # a subheading "Name: words" between paragraphs
    "The council met on Monday to discuss the budget.\n\nMayor Jane Roe: We will not raise taxes this year.\n\n"
    "The vote is next week.",
    # a quotation after a colon that closes a clause about a person
    'Martell, the clinic\'s doctor, is more blunt: "With this law we will lose a generation of patients."',
    # an interview transcript
    "The senator sat down with our reporter.\n\nQ: Will you run again next year?\n\n"
    "A: I have not decided yet, but my family wants me to.",
]


def _cues(nlp, body, **kw):
    return [r["cue"] for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize("body", COLON)
def test_the_guide_keeps_a_colon_statement(nlp, body):
    assert ":" in _cues(nlp, body)


@pytest.mark.parametrize("body", COLON)
def test_polnear_as_scored_has_no_colon_statement(nlp, body):
    assert ":" not in _cues(nlp, body, **OUTER)


def test_a_verb_of_saying_after_a_colon_headline_stays(nlp):
    body = 'Senator Smith: "I Will Not Vote For This Budget"\n\nThe senator said on Monday that the plan was unfair.'
    assert ":" in _cues(nlp, body)
    assert _cues(nlp, body, **OUTER) == ["said"]
