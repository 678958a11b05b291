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
     "territory!", "everyone who helps our people", "Volodymyr Zelensky"),
    # the speech noun's possessor, a pronoun
    ("Prime Minister Kaja Kallas addressed the parliament in Tallinn on Tuesday.\n\nHere is the full text of her "
     "statement:\n\nDear members of parliament, the war is close to our border.\n\nI thank our allies for the "
     "air defence they sent this spring.", "our allies for the air defence", "Kaja Kallas"),
    # the speech noun's possessor, a name
    ("Full text of Olaf Scholz's speech at the security conference\n\nThe chancellor spoke for twenty minutes, the "
     "news agency dpa reported.\n\nLadies and gentlemen, Europe faces a test.\n\nWe promise to deliver more "
     "shells to Ukraine this year.", "to deliver more shells", "Olaf Scholz"),
], ids=["named-before-announcement", "her-statement", "name-s-speech"])
def test_an_i_in_an_announced_speech_is_its_speaker(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body", [
    "Senator Jane Roe said the call was short, according to a transcript of the call released by John Carver.",
    "The full text of the agreement was not published. Minister Anna Berg said it would be soon.",
], ids=["transcript-in-an-adjunct", "full-text-of-no-speech"])
def test_no_speech_text_is_announced(nlp, body):
    """A transcript named in passing ("according to a transcript of the call") or the full text of something that is
    no speech opens no speech text."""
    from pledgewatch.statements.speakers import Resolver

    assert Resolver(nlp(body), [], {"text": body})._transcript() is None
