"""Issue 14, round 20: three constructions counted across polnear_train's even half.

1. Under PolNeAR's convention (nesting="outer", quote_parts="join") an "according to Y" that closes its sentence
   after a clause with a speech verb of its own ("X said A, according to Y") is Y's statement of the whole clause,
   X's verb with it, and X gets no row (`nesting._closing_tag`); the guide's convention keeps X's row. A quotation
   with its own cue before the phrase stays the quoted speaker's (`according.reported_quotation`).
2. Under both conventions an inverted cue between a host clause's subject and its predicate ("SUBJECT, said
   SPEAKER, a hydrologist, PREDICATE") names the speaker after the cue, and the statement is the host clause
   without the cue clause (`inverted_aside`).
3. Under PolNeAR's convention a quoted fragment closing the sentence after a direct statement, with a short lead
   of the reporter's and no cue ('"A," X said. Instead, "B."'), is that statement's tail (`fragment_tails`).

Every sentence is invented in the shape of the construction and parsed with the real model; no text of ../shared
is read here."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


CLOSING_ACCORDING = [
    ("Governor Jay Inslee said he would have closed the plant if such a leak had happened in his state, according "
     "to local news reports.", "Governor Jay Inslee said he would have closed the plant"),
    ("The inspector said the order was meant to protect the agency's budget, according to the audit.",
     "The inspector said the order was meant"),
    ("Ms. Brandt told the board that the plan was sound and urged members to approve it, according to two members "
     "who were present.", "Ms. Brandt told the board that the plan was sound and urged members"),
    ("What the senator has told friends of the merger is another matter, according to two former aides.",
     "What the senator has told friends of the merger is another matter"),
]


@pytest.mark.parametrize("body, start", CLOSING_ACCORDING)
def test_a_closing_according_to_keeps_the_whole_clause_under_the_outer_convention(nlp, body, start):
    rows = extract_rows(nlp, body, **OUTER)
    assert [r["cue"] for r in rows] == ["according to"], [(r["cue"], r["text"]) for r in rows]
    assert rows[0]["text"].startswith(start)
    assert "according" not in rows[0]["text"]


def test_the_guide_keeps_the_inner_speakers_row(nlp):
    rows = extract_rows(nlp, CLOSING_ACCORDING[0][0])
    assert [r["cue"] for r in rows] == ["said"]
    assert rows[0]["speaker_name"].endswith("Inslee")


def test_a_quotation_with_its_own_cue_before_the_phrase_stays_the_quoted_speakers(nlp):
    body = '"We will not close the plant," the governor said, according to the minutes of the call.'
    rows = extract_rows(nlp, body, **OUTER)
    assert [(r["cue"], r["text"]) for r in rows] == [("said", "We will not close the plant")]


def test_a_fronted_according_to_is_unchanged(nlp):
    body = "According to the audit, the inspector said the order was meant to protect the budget."
    rows = extract_rows(nlp, body, **OUTER)
    assert [(r["cue"], r["text"]) for r in rows] == [
        ("According to", "the inspector said the order was meant to protect the budget")]


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


FRAGMENTS = [
    ('"She is supposed to lead this team," Coach Harlan said. Instead, "she just acts like a spectator."',
     'She is supposed to lead this team Instead, "she just acts like a spectator."'),
    ('"It is lazy reporting," the anchor says. It is "the new gotcha journalism."',
     'It is lazy reporting It is "the new gotcha journalism."'),
    ('"The main worry of older voters is not their pension," Ms. Grant said. For younger voters, on the other '
     'hand, "rent is everything."',
     'The main worry of older voters is not their pension For younger voters, on the other hand, "rent is '
     'everything."'),
]


@pytest.mark.parametrize("body, joined", FRAGMENTS)
def test_a_quoted_fragment_after_a_direct_statement_is_its_tail_under_the_join_convention(nlp, body, joined):
    rows = extract_rows(nlp, body, **OUTER)
    assert [r["text"] for r in rows] == [joined]


@pytest.mark.parametrize("body, joined", FRAGMENTS)
def test_the_guide_leaves_the_fragment_alone(nlp, body, joined):
    rows = extract_rows(nlp, body)
    assert len(rows) == 1 and joined.startswith(rows[0]["text"]) and '"' not in rows[0]["text"]


@pytest.mark.parametrize("body", [
    '"The bridge is safe," the engineer said. Critics called it "a disaster waiting to happen."',
    '"The bridge is safe," the engineer said. Later, Mayor Ellis spoke of "a disaster."',
    '"The bridge is safe," the engineer said.\n\nInstead, "the road is the problem."',
])
def test_a_fragment_with_its_own_cue_or_speaker_or_in_another_paragraph_is_no_tail(nlp, body):
    rows = extract_rows(nlp, body, **OUTER)
    assert rows[0]["text"] == "The bridge is safe"


def test_a_named_subject_with_its_own_apposition_is_the_speaker_in_the_plain_order(nlp):
    body = "Ann Ross, the envoy for water rights, said Ivan Petrov, the head of the utility, had hidden the losses."
    rows = extract_rows(nlp, body)
    assert [r["speaker_text"] for r in rows] == ["Ann Ross"]
    assert rows[0]["text"].startswith("Ivan Petrov")


def test_an_according_to_inside_a_quotation_is_the_quoted_words(nlp):
    body = ('The audit says the firm "lists 212 shell companies in offshore havens, most of them in Jersey, '
            'according to its own annual filings."')
    rows = extract_rows(nlp, body, **OUTER)
    assert any(r["cue"] == "says" for r in rows), [(r["cue"], r["text"]) for r in rows]
