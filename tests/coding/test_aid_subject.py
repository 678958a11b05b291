"""The aid relation the content takes from the subject it leaves before it (statements/frame_subject.py,
coding/aid_subject.py): a sentence interrupted by its cue ("[X], he said, | were late") or a relative clause with a
reporting verb ("[X], which officials say | has been slow"), the subject about aid. Passages of our own wording,
each imagined in a different article, run through the real pipeline (parse, extract, code); near misses for a
subject that is no aid, a content naming its own subject and a question."""

from __future__ import annotations

import pytest

from pledgewatch.coding import aid_subject
from support import coded_row, extract_rows, row_of


@pytest.mark.parametrize("body, words", [
    # a direct quotation interrupted by its cue: the subject in the first part
    ("The war entered its third winter. \"The Leopard tanks sent by Madrid,\" Valerii Zaluzhnyi said, \"have been "
     "of little use in the deep mud.\"", "have been of little use"),
    # reported speech interrupted by the cue
    ("Ministers met in Vilnius on Tuesday. Further deliveries of air defence systems to Kyiv, Kaja Kallas noted, "
     "were a long topic at the dinner.", "were a long topic"),
    # a relative clause with the reporting verb inside it
    ("Winter came early in the east. Gunners still wait for the shells promised by Paris, which their commanders "
     "say have been slow to come.", "have been slow to come"),
])
def test_a_subject_left_before_the_content_that_is_aid_makes_it_aid_related(nlp, body, words):
    assert coded_row(nlp, body, words)["aid_related"]


@pytest.mark.parametrize("body, words", [
    # the subject is the weather, no aid
    ("Winter came early in the east. The heavy rain, Valerii Zaluzhnyi said, has slowed every unit along the river.",
     "has slowed every unit"),
    # the relative clause's noun is the adversary's own drones
    ("Sirens sounded across Odesa. The port was hit by Iranian-made drones launched from Crimea, which officials in "
     "Kyiv say have grown more accurate.", "have grown more accurate"),
])
def test_no_aid_from_a_subject_that_is_no_aid(nlp, body, words):
    assert not coded_row(nlp, body, words)["aid_related"]


def test_a_content_with_its_own_subject_has_no_outer_subject(nlp):
    body = "Ministers met in Vilnius. Kaja Kallas said the talks were long and the dinner was late."
    assert "osubj" not in row_of(extract_rows(nlp, body), "the talks")["_clause_frame"]


def test_the_construction_reads_the_frame():
    frame = {"osubj": ["Further", "deliveries", "of", "air", "defence"]}
    assert aid_subject.subject_aid(frame, ["would", "come", "soon"])
    assert not aid_subject.subject_aid(frame, ["would", "they", "come", "?"])  # a question asks
    assert not aid_subject.subject_aid({"osubj": ["The", "heavy", "rain"]}, ["has", "slowed", "us"])
    assert not aid_subject.subject_aid({"ctx": ["tanks"]}, ["would", "come"])


def test_the_frame_keeps_the_parsed_tokens_of_the_subject(nlp):
    body = ("Ministers met in Vilnius on Tuesday. Further deliveries of air defence systems to Kyiv, Kaja Kallas "
            "noted, were a long topic at the dinner.")
    frame = row_of(extract_rows(nlp, body), "were a long topic")["_clause_frame"]
    assert frame["osubj"] == ["Further", "deliveries", "of", "air", "defence", "systems", "to", "Kyiv"]


def test_a_token_the_content_would_split_is_read_as_the_content_reads_it(monkeypatch):
    # "155mm" is two words to the capability matcher, as in a content; the calibre is the subject's only aid word
    frame = {"osubj": ["The", "155mm", "sent", "by", "Paris"]}
    assert aid_subject.subject_aid(frame, ["came", "late"])
    monkeypatch.setattr(aid_subject, "_words", lambda tokens: [t.lower() for t in tokens])  # the token unsplit
    assert not aid_subject.subject_aid(frame, ["came", "late"])  # the check fails without the split


@pytest.mark.parametrize("tokens", [
    ["The", "support", "we", "got", "this", "winter"],
    ["All", "that", "backing", "in", "the", "first", "weeks"],
    ["Each", "new", "supply", "of", "the", "last", "months"],
])
def test_the_subject_is_read_with_the_speaker_side(tokens):
    # a weak aid noun ("support", "backing", "supply") is aid where the recipient speaks, as in the content itself
    assert aid_subject.subject_aid({"osubj": tokens}, ["came", "late"], "recipient")
    assert not aid_subject.subject_aid({"osubj": tokens}, ["came", "late"], "")  # near miss: no side, no Ukraine
