"""Nested attribution ("A said that B promised X") under the two conventions: `nesting="inner"` (ANNOTATION.md:
the statement is B's, X) and `nesting="outer"` (PolNeAR: it is A's, the whole clause), on real sentences from the
PolNeAR articles parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows


def run(nlp, body, **kw):
    return [(r["speaker_text"], r["cue"], r["text"]) for r in extract_rows(nlp, body, **kw)]

MERRILL = "Clinton spokesman Nick Merrill says Machado promised to continue supporting Clinton."
HOLM = ('City Attorney Brad Holm said that the advertisement "unmistakably and wrongfully" suggests that Phoenix and '
        "its officers support Trump's campaign.")


def test_inner_speaker_keeps_the_nested_clause_by_default(nlp):
    assert run(nlp, MERRILL) == [("Machado", "promised", "to continue supporting Clinton")]


def test_outer_speaker_keeps_the_whole_clause(nlp):
    assert run(nlp, MERRILL, nesting="outer") == [
        ("Clinton spokesman Nick Merrill", "says", "Machado promised to continue supporting Clinton")]
    assert run(nlp, HOLM, nesting="outer") == [
        ("City Attorney Brad Holm", "said", 'that the advertisement "unmistakably and wrongfully" suggests that '
                                            "Phoenix and its officers support Trump's campaign")]


def test_outer_keeps_both_statements_of_a_sentence_with_two_cues(nlp):
    """Nothing is nested here: both conventions give the same two statements."""
    body = ("Stumpf said on Tuesday that the lowest-paid bank workers make $12 an hour. The Wall Street Journal "
            "reports that bonuses were $500 to $2,000 every three months.")
    assert run(nlp, body, nesting="outer") == run(nlp, body) and len(run(nlp, body)) == 2


def test_nesting_is_checked(nlp):
    with pytest.raises(ValueError, match="nesting"):
        run(nlp, MERRILL, nesting="both")
