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


@pytest.mark.parametrize("body, words", [
    # Ukraine is the war's place, another country the joiner
    ("Sweden dropped two centuries of neutrality after the invasion of Ukraine. \"Accession will take a year at "
     "most,\" Jens Stoltenberg said.", "Accession will take"),
    ("Moldova applied for membership days after Ukraine did. \"Candidate status would be a signal,\" the "
     "commissioner said.", "Candidate status would be"),
    ("Georgia hopes to follow Kyiv. \"Candidate status is not a gift,\" the commissioner said.",
     "Candidate status is not"),
    ("Turkey has blocked the bid, citing the war in Ukraine. \"Membership requires unanimity,\" the diplomat "
     "said.", "Membership requires unanimity"),
])
def test_membership_with_another_country_in_the_context_is_not(nlp, body, words):
    assert not aid_of_row(nlp, body, words)


def test_the_construction_reads_the_frame():
    words = ["the", "accession", "procedure", "will", "open"]
    assert aid_context.context_membership({"ctx": ["said", "ukraine", "applied"]}, words, "donor")
    assert not aid_context.context_membership({"ctx": ["said", "finland", "ukraine"]}, words, "donor")
    assert not aid_context.context_membership({"ctx": ["ukraine"]}, words, "adversary")
    assert not aid_context.context_membership({"ctx": []}, words, "donor")
    assert not aid_context.context_membership({"ctx": ["said", "ukraine", "invasion"]}, words, "donor")  # its war
    assert not aid_context.context_membership({"ctx": ["ukraine", "apply", "moldova"]}, words, "donor")
