"""The aid relation membership takes from the context (coding/aid_context.py `context_membership`): accession or
candidate status whose joiner the content leaves unnamed, the nearest place named before it being Ukraine. Short
passages of our own wording, the shapes of news articles of the corpus (one article each), run through the real
pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import aid_context
from support import coded_row


def aid_of_row(nlp, body: str, words: str) -> bool:
    return coded_row(nlp, body, words)["aid_related"]


@pytest.mark.parametrize("body, words", [
    ("Ukraine applied to join the European Union days after the invasion. \"Can we open the accession procedure "
     "today with a country that is at war? I don't know,\" Emmanuel Macron, the French president, said.",
     "open the accession procedure"),
    ("Kyiv hopes for a decision by the summit in June. \"Candidate status would be a historic signal,\" the "
     "Austrian chancellor told reporters.", "Candidate status would be"),
    ("Leaders discussed the application from Ukraine late into the night. \"Membership will take years, not "
     "months,\" the Dutch prime minister said after the meeting.", "Membership will take years"),
])
def test_membership_of_ukraine_named_just_before_is_aid_related(nlp, body, words):
    assert aid_of_row(nlp, body, words)


@pytest.mark.parametrize("body, words", [
    # the nearest place before is another candidate
    ("Finland and Sweden applied to join the alliance in May. \"Membership will take a year at most,\" the "
     "secretary general said.", "Membership will take"),
    # the content names another joiner
    ("Ukraine was not discussed at the meeting. \"Moldova's accession will take years,\" the Romanian "
     "president said.", "accession will take years"),
    # the adversary speaking
    ("Ukraine wants to join Nato, officials in Kyiv say. \"Membership is a red line for us,\" Dmitry Peskov, the "
     "Kremlin spokesman, said.", "Membership is a red line"),
])
def test_membership_of_others_or_by_the_adversary_is_not(nlp, body, words):
    assert not aid_of_row(nlp, body, words)


def test_the_construction_reads_the_frame():
    words = ["the", "accession", "procedure", "will", "open"]
    assert aid_context.context_membership({"ctx": ["said", "ukraine", "applied"]}, words, "donor")
    assert not aid_context.context_membership({"ctx": ["said", "finland", "ukraine"]}, words, "donor")
    assert not aid_context.context_membership({"ctx": ["ukraine"]}, words, "adversary")
    assert not aid_context.context_membership({"ctx": []}, words, "donor")
