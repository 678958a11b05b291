"""Round 19 (issue #14), `content.clause.channel_clause`: "X said at a briefing that A", "X told Y in a phone call
that A": the parse hangs the that-clause on the channel noun as a relative clause, and the cue found no content. The
clause has a subject of its own, and "that" is its mark or a second subject or object; a true relative clause on the
channel ("in an interview that he gave", "in a statement that aired") is no content. The sentences are in this
project's own wording, each modelled on a different article of the readable corpus."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, speaker, content", [
    ("The under secretary said at a news briefing on Tuesday that the army had received a number of the missiles.",
     "The under secretary", "that the army had received a number of the missiles"),
    ("The general told his American counterpart during a call that the brigade needed more shells.",
     "The general", "that the brigade needed more shells"),
    ("The president told a broadcaster in a Friday interview that he had consulted the allies.",
     "The president", "that he had consulted the allies"),
])
def test_that_clause_hung_on_the_channel(nlp, body, speaker, content):
    rows = [(r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]
    assert (speaker, content) in rows, rows


@pytest.mark.parametrize("body", [
    "The minister spoke in an interview that he gave to a local paper.",
    "The mayor appeared in a video that circulated widely on Monday.",
])
def test_a_true_relative_clause_on_the_channel_is_no_content(nlp, body):
    assert not extract_rows(nlp, body)
