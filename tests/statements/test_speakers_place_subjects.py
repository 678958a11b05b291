"""A cue whose verb the parse gave two subjects, the earlier a place taken out of a dateline or a fronted phrase
("CITY (AFP) - Senator X joined ..., accusing ..."): the speaker is the subject nearest before the verb
(`subjects._own_subject`). Invented sentences."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("text, name", [
    ("Chicago (AFP) - Mayor Lori Lightfoot joined the governor on Monday, accusing the state of ignoring the city.",
     "Lori Lightfoot"),
    ("Denver (AFP) - Governor Jared Polis joined the mayor on Monday, accusing the state of ignoring the city.",
     "Jared Polis"),
    ("Houston (AFP) - Senator Ted Cruz joined the governor on Friday, accusing the agency of ignoring the floods.",
     "Ted Cruz"),
], ids=["chicago-lightfoot", "denver-polis", "houston-cruz"])
def test_a_place_the_parse_made_a_second_subject_is_not_the_speaker(nlp, text, name):
    row = next(r for r in extract_rows(nlp, text) if r["cue"] == "accusing")
    assert row["speaker_name"] == name


def test_a_place_that_is_the_only_subject_stays_the_speaker(nlp):
    """Near miss: one subject, a place, is the speaker ("Ohio, with nine other states, asked ...")."""
    text = "Ohio, heading a group of nine states, asked the appeals court to halt the rule, saying it was unlawful."
    rows = extract_rows(nlp, text)
    assert {r["speaker_name"] for r in rows} == {"Ohio"}


def test_an_xcomp_cue_keeps_the_first_subject_of_its_verb(nlp):
    """The parse gave "said" two subjects, a place and a person, and hung "accused" on it as an xcomp: the place's
    own statement is the place's, not its reporter's (the nearer subject only for the verb itself or a cue hung on
    it as advcl/conj)."""
    text = "Ukraine, Zelenskyy said, accused Russia of war crimes, calling them genocide."
    rows = extract_rows(nlp, text)
    assert {r["cue"]: r["speaker_name"] for r in rows}["accused"] == "Ukraine"


@pytest.mark.parametrize("text, name", [
    ("Russia, Ukraine said, accused Kyiv of shelling the plant.", "Russia"),
    ("Reporters, Scholz said, accused the ministry of hiding the report.", "Reporters"),
], ids=["two-places-first-kept", "first-no-place-kept"])
def test_a_reported_subject_before_a_parenthetical_cue_keeps_the_statement(nlp, text, name):
    """Near misses: "A, B said, accused ...": A's statement, whether both are places or A is none."""
    row = next(r for r in extract_rows(nlp, text) if r["cue"] == "accused")
    assert row["speaker_name"] == name
