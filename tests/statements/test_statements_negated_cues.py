"""A negated speech verb (`vetoes.negated`, `vetoes.negated_without_clause`): with a clause of what it leaves unsaid
("would not say whether ...") it is an attribution under PolNeAR's convention (nesting="outer",
quote_parts="join") and vetoed under the guide's; without such a clause it is vetoed under both; a negation
inside the quotation is the speaker's word. Invented sentences; moved from the round-named file of round 19."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


def _with_cue(rows, word):
    return [r for r in rows if word in r["cue"].split()]


NEGATED = [
    ("The county clerk would not say whether the ballots had been recounted by hand.", "say",
     "whether the ballots had been recounted by hand"),
    ("A spokeswoman for the airline did not explain why the flights were cancelled.", "explain",
     "why the flights were cancelled"),
    ("The builder did not reveal how much the county had paid for the land.", "reveal",
     "how much the county had paid for the land"),
    ("The coach has never suggested that his players should skip the final.", "suggested",
     "that his players should skip the final"),
]


@pytest.mark.parametrize("body, cue, content", NEGATED)
def test_a_negated_speech_verb_is_an_attribution_under_the_outer_convention(nlp, body, cue, content):
    rows = _with_cue(extract_rows(nlp, body, **OUTER), cue)
    assert [r["text"] for r in rows] == [content]


@pytest.mark.parametrize("body, cue, content", NEGATED)
def test_the_guide_still_vetoes_a_negated_speech_verb(nlp, body, cue, content):
    assert _with_cue(extract_rows(nlp, body), cue) == []


@pytest.mark.parametrize("body, cue", [
    ("The candidate did not directly criticize her opponent at the debate.", "criticize"),
    ("The trucking firm did not reply to the letter from the union.", "reply"),
    ("He never thanked the volunteers who rebuilt the shed.", "thanked"),
])
def test_a_negated_speech_verb_without_a_clause_is_no_attribution_under_either(nlp, body, cue):
    for kw in ({}, OUTER):
        assert _with_cue(extract_rows(nlp, body, **kw), cue) == []


def test_a_negation_inside_the_quotation_is_the_speakers_word_under_both(nlp):
    body = '"Certainly not," the ranger said about the rumour.'
    for kw in ({}, OUTER):
        assert [r["text"] for r in _with_cue(extract_rows(nlp, body, **kw), "said")] == ["Certainly not"]
