"""`object_adjuncts`: an object content runs over a time adjunct the parse hung on the cue after the object, and
under PolNeAR's convention over the other adjuncts too (prepositional phrases, a participle after a comma), but
stops at a channel or another cue; under the guide's convention other adjuncts are left out. Sentences in this
project's own wording, modelled on different articles; moved from the round-named files of rounds 13 and 17."""

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
    # (round 37: "described", not "expressed": express is no cue under PolNeAR's convention as scored)
    ("The coach described his anger in an interview with a local paper.", "described", "his anger"),
    ("The union announced the strike on Monday, saying talks had failed.", "announced", "the strike on Monday"),
])
def test_polnear_object_content_stops_at_a_channel_or_another_cue(nlp, body, cue, content):
    assert contents(extract_rows(nlp, body, **OUTER), cue) == [content]


def texts(rows):
    return [r["text"] for r in rows]


@pytest.mark.parametrize("body, content", [
    ("Orban has condemned the invasion of Ukraine in March, but keeps a vague stance.",
     "the invasion of Ukraine in March"),
    ("The minister announced tighter controls on the frontier on Tuesday.", "tighter controls on the frontier on Tuesday"),
    ("The Ukrainian army announced the withdrawal on Saturday night.", "the withdrawal on Saturday night"),
    ("The EU firmly condemns Russia's strike on the port of Mykolaiv today.",
     "Russia's strike on the port of Mykolaiv today"),
])
def test_a_time_adjunct_after_the_object_is_part_of_the_content(nlp, body, content):
    """object_adjuncts: the parse hung the time on the cue; the content runs over it."""
    assert texts(extract_rows(nlp, body)) == [content]


@pytest.mark.parametrize("body, content", [
    ("Britain has pledged nearly £10bn in support to Ukraine.", "nearly £10bn"),
    ("Wallace expressed his view in an interview with the news agency dpa.", "his view"),
    ("Kahl announced the rockets in a briefing on the newest package.", "the rockets"),
])
def test_other_adjuncts_after_the_object_are_left_out(nlp, body, content):
    assert [r["text"] for r in extract_rows(nlp, body)][0] == content
