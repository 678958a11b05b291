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


@pytest.mark.parametrize("text, content, name", [
    ("Reporters spoke to Olena Zelenska, who visited the clinic in April and described it as overcrowded.",
     "it as overcrowded", "Olena Zelenska"),
    ("The panel heard from Antony Blinken, who met the envoy on Monday and said the talks would resume.",
     "the talks would resume", "Antony Blinken"),
    ("Voters liked Kamala Harris, who toured the plant last week and promised that the jobs would stay.",
     "that the jobs would stay", "Kamala Harris"),
], ids=["who-visited-and-described", "who-met-and-said", "who-toured-and-promised"])
def test_the_second_verb_of_a_relative_clause_keeps_the_pronoun(nlp, text, content, name):
    """"X, who did A and said B": the cue is the relative clause's second verb, with no subject of its own; the
    mention as written is still "who" (PolNeAR marks the same), the speaker X."""
    row = _row(nlp, text, content)
    assert row["speaker_text"] == "who"
    assert row["speaker_name"] == name


@pytest.mark.parametrize("text, content, name", [
    ("The Kyiv Independent, which reported on Friday that the bridge had been hit, later corrected the story.",
     "that the bridge had been hit", "Kyiv Independent"),
    ("Amnesty International, which said in March that the prisoners had been tortured, asked for access to the camp.",
     "that the prisoners had been tortured", "Amnesty International"),
    ("The World Bank, which warned on Tuesday that growth would slow, cut its forecast again.",
     "that growth would slow", "World Bank"),
], ids=["which-reported", "which-said", "which-warned"])
def test_which_of_a_named_body_is_its_mention(nlp, text, content, name):
    """"The Kyiv Independent, which reported ...": the mention as written is "which", the speaker the body."""
    row = _row(nlp, text, content)
    assert (row["speaker_text"], row["speaker_name"]) == ("which", name)


def test_which_of_a_named_body_without_a_speech_verb_is_no_mention(nlp):
    """Near miss: a named body's relative clause that holds no speech verb gives no row with "which"."""
    text = "The Kyiv Independent, which moved its office to Lviv in March, later corrected the story."
    assert "which" not in [r["speaker_text"] for r in extract_rows(nlp, text)]


def test_a_second_verb_with_its_own_subject_keeps_that_subject(nlp):
    """Near miss: the cue conjoined to the relative clause's verb but with a subject of its own ("who visited ...
    and whose aide said") is that subject's: the walk back to the clause's first verb stops at it."""
    text = "Reporters met Olaf Scholz, who visited the base and whose aide said that the troops would stay."
    row = _row(nlp, text, "that the troops would stay")
    assert row["speaker_text"] == "whose aide"
