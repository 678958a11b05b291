"""Round 16, a time expression the parse made the object of a frame cue is the cue's adjunct, not its content
(`content.frame.time_only`): "promised Monday to begin ..." gives "to begin ...", not "Monday ..." (PolNeAR's news:
"promised Sunday ...", "vowed Tuesday to ...", "pledged Saturday to ..."). Our own wording, parsed with the real model,
under both conventions."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


@pytest.mark.parametrize("body, content", [
    ("The governor promised Monday to begin closing the old prisons.", "to begin closing the old prisons"),
    ("The senator promised last week to cut taxes for families.", "to cut taxes for families"),
    ("The mayor vowed Tuesday to stay in the contest until the end.", "to stay in the contest until the end"),
])
@pytest.mark.parametrize("kw", [{}, OUTER])
def test_a_time_object_is_no_content(nlp, body, content, kw):
    texts = [r["text"] for r in extract_rows(nlp, body, **kw)]
    assert texts == [content], texts


@pytest.mark.parametrize("body, content", [
    ("The minister promised Ukraine more tanks.", "Ukraine more tanks"),
    ("The minister promised Monday's aid would arrive soon.", "Monday's aid would arrive soon"),
])
def test_an_object_that_is_not_only_a_time_stays(nlp, body, content):
    assert [r["text"] for r in extract_rows(nlp, body)] == [content]
