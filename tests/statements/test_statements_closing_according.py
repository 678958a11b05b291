"""An "according to Y" closing its sentence. Under PolNeAR's convention (nesting="outer", quote_parts="join"):
after a clause with a speech verb of its own ("X said A, according to Y") it is Y's statement of the whole clause
and X gets no row (`nesting._closing_tag`), only where the phrase closes its sentence; after a quotation with its
own cue ('"A," X said, according to Y') it names where the reporter found the quotation and adds no statement of
Y (`according.reported_quotation`). The guide's convention keeps X's row (test_speakers_relayed.py). Invented
sentences; moved from the round-named files of rounds 17, 20 and 21."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


@pytest.mark.parametrize("body, cue, content", [
    ('"He wants to ruin them," Mills said, according to a recording of the broadcast.', "said",
     "He wants to ruin them"),
    ('"I will be voting in March," the senator said, according to the Burlington Free Press.', "said",
     "I will be voting in March"),
    ('"You have been unfair to me," he told the senator, according to two people in the room.', "told",
     "You have been unfair to me"),
])
def test_according_to_after_a_quoted_speaker_is_no_second_statement(nlp, body, cue, content):
    assert [(r["cue"], r["text"]) for r in extract_rows(nlp, body, **OUTER)] == [(cue, content)]
    assert "according to" in [r["cue"] for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, content", [
    ("The talks have failed, according to two officials.", "The talks have failed"),
    ("Sales of the new drug doubled last year, according to a filing with regulators.",
     "Sales of the new drug doubled last year"),
])
def test_according_to_after_a_clause_keeps_its_statement(nlp, body, content):
    assert [(r["cue"], r["text"]) for r in extract_rows(nlp, body, **OUTER)] == [("according to", content)]
