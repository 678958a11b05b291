"""A source's request for anonymity is no statement (vetoes.anonymity_request): "who asked to remain anonymous",
"who requested anonymity", "asked not to be named"; what the source said stays its own statement. Examples in
our own wording, after constructions seen in several articles of the readable corpus."""

from __future__ import annotations

import pytest

from pledgewatch import statements

CASES = [
    ("A senior Pentagon aide, who had asked to remain anonymous, said the talks had stalled.", "asked",
     "the talks had stalled"),
    ("One aide to the prime minister, who had requested anonymity, said the offer was a trap.", "requested",
     "the offer was a trap"),
    ("The diplomat, who asked not to be named, told reporters the ceasefire would not hold.", "asked",
     "the ceasefire would not hold"),
]


def _rows(nlp, text):
    art = {"article_id": "t", "text": text, "title": "", "title_chars": 0}
    return statements.extract(nlp(text), art)


@pytest.mark.parametrize("text,cue,said", CASES)
def test_a_request_for_anonymity_is_no_statement(nlp, text, cue, said):
    rows = _rows(nlp, text)
    assert not any(r["cue"] == cue for r in rows)
    assert any(r["text"] == said for r in rows)


def test_a_request_of_something_else_stays(nlp):
    rows = _rows(nlp, "The minister asked the allies to send more tanks.")
    assert any(r["cue"] == "asked" for r in rows)
