"""Speech verbs the cue lexicon lacked before round 19 ("commented", "stipulated", "specified") and the near miss
"commented on", which gives no content. Sentences in this project's own wording; moved from the round-named file
of round 19."""

from __future__ import annotations

import pytest

from support import extract_rows


def rows_of(nlp, body):
    return [(r["cue"], r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, cue, speaker, content", [
    ('"Our budget is tight this winter," Lankford commented.', "commented", "Lankford",
     "Our budget is tight this winter"),
    ("He stipulated, however, that the decision would be taken in Moscow.", "stipulated", "He",
     "that the decision would be taken in Moscow"),
    ("The spokesman specified that two of the victims were foreign nationals.", "specified", "The spokesman",
     "that two of the victims were foreign nationals"),
])
def test_new_cue_verbs(nlp, body, cue, speaker, content):
    rows = rows_of(nlp, body)
    assert (cue, speaker, content) in rows, rows


def test_commented_on_gives_no_content(nlp):
    assert not extract_rows(nlp, "The spokesman commented on the plan at some length.")
