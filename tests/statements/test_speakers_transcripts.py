"""A speech printed in full after an announcement ("The full text of the speech is provided below:", "Here is the
full text of his statement", "Full text of X's speech"): an I/we in it is the speech's speaker, not the previous
row's (a correspondent who "reports", a body the speech names); transcripts.py, round 28. Invented sentences."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    # the person named last before the announcement (the announcement's own sentence names no owner)
    ("The statement was made by Ukrainian President Volodymyr Zelensky in his evening address, a correspondent "
     "reports.\n\nThe full text of the speech is provided below:\n\nGood evening, fellow Ukrainians!\n\nThe lands "
     "that the Kremlin once claimed will be free again.\n\nI thank everyone who helps our people in the occupied "
     "territory!", "I thank everyone who helps our people", "Volodymyr Zelensky"),
    # the speech noun's possessor, a pronoun
    ("Prime Minister Kaja Kallas addressed the parliament in Tallinn on Tuesday.\n\nHere is the full text of her "
     "statement:\n\nDear members of parliament, the war is close to our border.\n\nI thank our allies for the "
     "air defence they sent this spring.", "I thank our allies for the air defence", "Kaja Kallas"),
    # the speech noun's possessor, a name
    ("Full text of Olaf Scholz's speech at the security conference\n\nThe chancellor spoke for twenty minutes, the "
     "news agency dpa reported.\n\nLadies and gentlemen, Europe faces a test.\n\nWe promise to deliver more "
     "shells to Ukraine this year.", "We promise to deliver more shells", "Olaf Scholz"),
], ids=["named-before-announcement", "her-statement", "name-s-speech"])
def test_an_i_in_an_announced_speech_is_its_speaker(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body", [
    "Senator Jane Roe said the call was short, according to a transcript of the call released by John Carver.",
    "The full text of the agreement was not published. Minister Anna Berg said it would be soon.",
    "Minister Anna Berg met the auditors.\n\nHere is the full text of the report:\n\nWe found that the money was spent.",
    "Minister Anna Berg spoke in Riga.\n\nThe full text of her speech was not published.\n\nWe will help, she said.",
    "Minister Anna Berg spoke in Riga, and the full text of her speech follows in a later edition. We will help, "
    "she said.",
], ids=["transcript-in-an-adjunct", "full-text-of-no-speech", "a-report", "negated", "inside-a-paragraph"])
def test_no_speech_text_is_announced(nlp, body):
    """A transcript named in passing ("according to a transcript of the call") or the full text of something that is
    no speech opens no speech text."""
    from pledgewatch.statements.speakers import Resolver

    assert Resolver(nlp(body), [], {"text": body})._transcript() is None


@pytest.mark.parametrize("body, content, name", [
    # the full text of a report, negated: no speech is printed; the "we" is the next paragraph's speaker's
    ("Defence Minister Rustem Umerov visited the front near Kharkiv on Monday.\n\nThe full text of the report was "
     "not published.\n\nKremlin spokesman Dmitry Peskov said the West was escalating.\n\nWe have repeatedly warned "
     "that deliveries will prolong the war, he said.", "that deliveries will prolong", "Dmitry Peskov"),
    # the speech's possessor is no person: not the person named last
    ("Foreign Minister Dmytro Kuleba met his Hungarian counterpart in Uzhhorod on Monday.\n\nHere is the full text "
     "of the Hungarian ministry's statement:\n\nWe declare that Hungary will never send weapons to Ukraine.",
     "We declare that Hungary will never send", "Hungarian ministry"),
    # later, another speaker: the printed speech has ended
    ("Full text of Volodymyr Zelensky's speech to Congress\n\nI thank America for its support.\n\nOlena Kurylo, a "
     "correspondent in Washington, wrote that the speech was well received.\n\nWe asked the White House for "
     "comment, she added.", "the White House for comment", "Olena Kurylo"),
], ids=["report-not-published", "ministry-s-statement", "later-another-speaker"])
def test_no_speech_owner_where_none_is_announced(nlp, body, content, name):
    """The announcement names a speech (not a report), is not negated, its possessor is a person, and the printed
    text ends at a row of another named speaker (review of round 28)."""
    assert speaker_of(extract_rows(nlp, body), content) == name
