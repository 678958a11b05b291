"""An inverted cue between a host clause's subject and its predicate ("SUBJECT, said SPEAKER, a hydrologist,
PREDICATE") names the speaker after the cue, and the statement is the host clause without the cue clause
(`inverted_aside`), under both conventions; a named subject with its own apposition in the plain order and a
complement subject that names nobody are the near misses. Invented sentences; moved from the round-named file
of round 20."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


INVERTED = [
    ("The real obstacle, said Ines Haller, a hydrologist at the institute, is the soil itself.", "Ines Haller",
     "The real obstacle", "is the soil itself"),
    ("And the council, says Mayor Tomas Brandt, will not wait for the state to act.", "Mayor Tomas Brandt",
     "And the council", "will not wait for the state to act"),
    ("Much of the new housing, wrote Emil Sandberg, a planner in Malmo, will stand empty for years.",
     "Emil Sandberg", "Much of the new housing", "will stand empty for years"),
]


@pytest.mark.parametrize("body, speaker, lead, rest", INVERTED)
def test_an_inverted_cue_inside_the_host_clause_names_the_speaker_after_it(nlp, body, speaker, lead, rest):
    rows = extract_rows(nlp, body)
    assert [r["text"] for r in rows] == [lead, rest]
    assert {r["speaker_text"] for r in rows} == {speaker}


@pytest.mark.parametrize("body, speaker, lead, rest", INVERTED)
def test_the_join_convention_joins_the_host_clause(nlp, body, speaker, lead, rest):
    rows = extract_rows(nlp, body, **OUTER)
    assert [r["text"] for r in rows] == [f"{lead} {rest}"]
    assert rows[0]["speaker_text"] == speaker


@pytest.mark.parametrize("body, speaker, lead, rest", [
    ("The old bridge, said Petra Lindqvist, the minister, was destroyed by shelling overnight.",
     "Petra Lindqvist", "The old bridge", "was destroyed by shelling overnight"),
    ("The second convoy, said Jonas Reiter, the chief of staff, was hit twice near the border.",
     "Jonas Reiter", "The second convoy", "was hit twice near the border"),
    ("The grain terminal, wrote Mikael Holm, a reporter in Odesa, was struck by two drones on Sunday.",
     "Mikael Holm", "The grain terminal", "was struck by two drones on Sunday"),
])
def test_an_inverted_cue_before_a_passive_host_predicate_names_the_speaker_after_it(nlp, body, speaker, lead, rest):
    """The parse makes the speaker with an apposition the passive host verb's subject (nsubjpass)."""
    rows = extract_rows(nlp, body)
    assert [r["text"] for r in rows] == [lead, rest]
    assert {r["speaker_text"] for r in rows} == {speaker}


def test_a_complement_subject_that_names_nobody_is_the_contents_own(nlp):
    body = ("Aides to the governor, a former prosecutor, said their speeches, already full of references to "
            "security, would focus on crime.")
    rows = extract_rows(nlp, body)
    assert [(r["speaker_text"], r["text"]) for r in rows] == [
        ("Aides", "their speeches, already full of references to security, would focus on crime")]


def test_a_named_subject_with_its_own_apposition_is_the_speaker_in_the_plain_order(nlp):
    body = "Ann Ross, the envoy for water rights, said Ivan Petrov, the head of the utility, had hidden the losses."
    rows = extract_rows(nlp, body)
    assert [r["speaker_text"] for r in rows] == ["Ann Ross"]
    assert rows[0]["text"].startswith("Ivan Petrov")
