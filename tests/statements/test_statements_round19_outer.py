"""Issue 14, round 19: PolNeAR's convention (nesting="outer", quote_parts="join") on two constructions counted across
polnear_train's even half. A negated speech verb ("would not say whether ...") is an attribution there and vetoed
under the annotation guide (`vetoes.negated`, a guide-only veto). Every sentence is invented in the shape of the construction; parsed with the real model; no text of ../shared is read here."""

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


def test_a_negation_inside_the_quotation_is_the_speakers_word_under_both(nlp):
    body = '"Certainly not," the ranger said about the rumour.'
    for kw in ({}, OUTER):
        assert [r["text"] for r in _with_cue(extract_rows(nlp, body, **kw), "said")] == ["Certainly not"]
