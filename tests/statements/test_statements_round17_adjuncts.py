"""Round 17, `object_adjuncts` under PolNeAR's convention: an object content runs over the other adjuncts the
parse hung on the cue after the object (prepositional phrases, a participle after a comma); under the guide's
convention only time adjuncts are taken. Sentences in this project's own wording, modelled on different articles."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


def contents(rows, cue):
    return [r["text"] for r in rows if r["cue"] == cue]


@pytest.mark.parametrize("body, cue, content", [
    ("The senator announced her candidacy in April at a community college in Ohio.", "announced",
     "her candidacy in April at a community college in Ohio"),
    ("Two senators demanded more money and clarity from the agency on the border.", "demanded",
     "more money and clarity from the agency on the border"),
    ("The mayor recalled the image of a young coach, standing alone in the gym after the storm.", "recalled",
     "the image of a young coach, standing alone in the gym after the storm"),
])
def test_polnear_object_content_runs_over_the_adjuncts_hung_on_the_cue(nlp, body, cue, content):
    assert contents(extract_rows(nlp, body, **OUTER), cue) == [content]


@pytest.mark.parametrize("body, cue, content", [
    ("The senator announced her candidacy in April at a community college in Ohio.", "announced",
     "her candidacy in April"),
    ("Two senators demanded more money and clarity from the agency on the border.", "demanded",
     "more money and clarity"),
])
def test_guide_object_content_takes_only_time_adjuncts(nlp, body, cue, content):
    assert contents(extract_rows(nlp, body), cue) == [content]


@pytest.mark.parametrize("body, cue, content", [
    ("The ministry announced the new tariffs in a statement on its website.", "announced", "the new tariffs"),
    ("The coach expressed his anger in an interview with a local paper.", "expressed", "his anger"),
    ("The union announced the strike on Monday, saying talks had failed.", "announced", "the strike on Monday"),
])
def test_polnear_object_content_stops_at_a_channel_or_another_cue(nlp, body, cue, content):
    assert contents(extract_rows(nlp, body, **OUTER), cue) == [content]
