""""X, who said ...": the mention at a relative cue is the pronoun as written, the speaker its antecedent; a cue
with its own named subject keeps the name. Tests moved from the round-named file of round 20."""

from __future__ import annotations

import pytest

from support import extract_rows


def _row(nlp, text, content):
    rows = extract_rows(nlp, text)
    return next(r for r in rows if r["text"].startswith(content))


@pytest.mark.parametrize("text, content, name", [
    ("The talks were chaired by Dmytro Kuleba, who said on Friday that the grain corridor would stay open.",
     "that the grain corridor would stay open", "Dmytro Kuleba"),
    ("Reporters later met Jens Stoltenberg, who warned that the alliance could not rule out a longer war.",
     "that the alliance could not rule out", "Jens Stoltenberg"),
    ("The plan was backed by Kaja Kallas, who argued that frozen Russian assets should pay for reconstruction.",
     "that frozen Russian assets should pay", "Kaja Kallas"),
], ids=["chaired-by-who-said", "met-who-warned", "backed-by-who-argued"])
def test_the_mention_at_a_relative_cue_is_the_pronoun(nlp, text, content, name):
    """"X, who said ...": the mention at the cue, as written, is "who" (ANNOTATION.md's speaker_text; PolNeAR marks
    the same), while the speaker is the person it stands for (`subjects.relative_mention`)."""
    row = _row(nlp, text, content)
    assert (row["speaker_text"], row["speaker_name"]) == ("who", name)


def test_a_named_subject_before_its_cue_keeps_its_mention(nlp):
    """Near miss: a cue with its own named subject inside a relative clause's sentence keeps the name as written."""
    text = "Annalena Baerbock, whose ministry drafted the plan, said the sanctions would be extended."
    row = _row(nlp, text, "the sanctions would be extended")
    assert (row["speaker_text"], row["speaker_name"]) == ("Annalena Baerbock", "Annalena Baerbock")
