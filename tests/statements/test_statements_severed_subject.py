"""Issue 14, round 22: `subjects.severed_subject`, a speaker the parse cut off from its cue.

Construction: "NAME, APPOSITION OR RELATIVE CLAUSE, said CLAUSE". When the words set off after the speaker's name
look like a clause of their own ("herself a cellist who like many here teaches ...", "who like the others agreed ...", "whose
newest venture, Baltica, uses ..."), the model parses the name and those words as a complement clause before the
cue, and the cue has no subject: the statement was lost. The speaker is the subject that opens that clause, set off
by a comma, when the cue has its own complement after it. The sentences are invented."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, speaker, content", [
    ("Ewa Nowak, herself a cellist who like many here teaches on the side, said the cuts would close the hall.",
     "Ewa Nowak", "the cuts would close the hall"),
    ("Ewa Kopacz, who like the others agreed to speak if not named, said the draft was weak.", "Ewa Kopacz",
     "the draft was weak"),
    ("Gabrielius Landsbergis, whose newest venture, Baltica, uses satellite data to track ships, said the "
     "sanctions were failing.", "Gabrielius Landsbergis", "the sanctions were failing"),
])
def test_severed_speaker_keeps_the_statement(nlp, body, speaker, content):
    rows = [(r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]
    assert any(speaker in s and t == content for s, t in rows), rows


def test_fronted_content_keeps_the_speaker_after_the_cue(nlp):
    """Near miss: a fronted statement whose subject is set off by commas, the speaker after the cue ("A, said X").
    (An end-to-end guard only: the parse gives "said" its own subject here, so `severed_subject` is not consulted.)"""
    rows = [(r["speaker_text"], r["text"]) for r in extract_rows(
        nlp, "Prices, which rose sharply last year, will fall in the spring, said the finance minister.")]
    assert rows == [("the finance minister", "Prices, which rose sharply last year, will fall in the spring")], rows
