"""Round 27, span boundaries (issue #14, "more than $360m" without "in additional aid"): a prepositional phrase of
the frame's object that the parse hung on the cue (`content.frame._object_pp`) is part of the content also where
only time adjuncts of the cue follow it before the sentence closes (`_past_time`); a noun-phrase time joins the
content ("this week"), a prepositional one stays out ("on Saturday"); the channel ("in a statement") and a place stay
out as before. Invented sentences, parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows


def content_of(nlp, body, cue):
    hits = [r["text"] for r in extract_rows(nlp, body) if r["cue"] == cue]
    assert hits, body
    return hits[0]


@pytest.mark.parametrize("body, cue, content", [
    ("The secretary announced more than $360m in additional aid for Kyiv on Thursday.", "announced",
     "more than $360m in additional aid for Kyiv"),
    ("Sunak pledged £2.5bn in military support on Saturday.", "pledged", "£2.5bn in military support"),
    ("The minister promised more than $40m in budget support for the schools this week.", "promised",
     "more than $40m in budget support for the schools this week"),
])
def test_the_object_s_phrase_before_a_time_adjunct_is_content(nlp, body, cue, content):
    assert content_of(nlp, body, cue) == content


@pytest.mark.parametrize("body, cue, content", [
    ("The chancellor announced the package in a statement on Thursday.", "announced", "the package"),
    ("Kuleba asked the allies for help in rebuilding the grid on Monday.", "asked",
     "the allies for help in rebuilding the grid on Monday"),
])
def test_look_alikes_keep_their_spans(nlp, body, cue, content):
    assert content_of(nlp, body, cue) == content
