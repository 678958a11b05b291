"""A speech verb inside a relative clause whose relative pronoun is the subject of the reported clause ("the cuts,
which they say | left schools without nurses"). spaCy sometimes makes both the pronoun and the speaker subjects of
the speech verb and hangs the reported verb on it as an open complement (xcomp) though it is finite: the speaker is
the subject that is not the pronoun (`subjects._own_subject`) and the finite xcomp is the reported clause
(`grammar.finite_xcomp`, read by `content.clause.clause`). Invented sentences in our own words (the construction
was found in two articles of polnear_train's even half, a campaign's attack on a troop withdrawal and a piece on
fiscal policy; the third sentence takes "claim" for "say")."""

from __future__ import annotations

import pytest

from pledgewatch.statements.grammar import finite_xcomp
from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


@pytest.mark.parametrize("body, cue, mention, content", [
    ("Critics point to the cuts of 2012, which they say left schools without nurses.",
     "say", "they", "left schools without nurses"),
    ("Many blame the closure of the mill, which residents say left the town without jobs.",
     "say", "residents", "left the town without jobs"),
    ("Investors worry about the merger, which they claim hurt smaller lenders.",
     "claim", "they", "hurt smaller lenders"),
])
@pytest.mark.parametrize("conv", [{}, OUTER])
def test_the_speaker_between_the_relative_pronoun_and_the_reported_verb(nlp, body, cue, mention, content, conv):
    rows = [r for r in extract_rows(nlp, body, **conv) if r["cue"] == cue]
    assert [(r["speaker_text"], r["text"]) for r in rows] == [(mention, content)]


def test_a_to_infinitive_is_no_finite_complement(nlp):
    """Near miss: an open complement with "to" is what xcomp means; it is no misparsed complement clause."""
    doc = nlp("The senators wanted to pass the bill before the recess.")
    assert [t.text for t in doc if t.dep_ == "xcomp"] == ["pass"]
    assert not any(finite_xcomp(t) for t in doc)


def test_a_relative_pronoun_alone_is_still_the_speaker(nlp):
    """Near miss: one subject, the relative pronoun, speaks for its head ("X, who said ...")."""
    rows = extract_rows(nlp, "The mayor thanked Ana Ruiz, who said the clinic would stay open.", **OUTER)
    said = [(r["speaker_name"], r["text"]) for r in rows if r["cue"] == "said"]
    assert said == [("Ana Ruiz", "the clinic would stay open")]
