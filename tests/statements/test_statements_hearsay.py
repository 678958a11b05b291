"""Hearsay with no source is no statement under the guide (vetoes.hearsay_subject): a bare "reports" or "rumours"
as a cue's subject, with nothing in its phrase that names or points to a source. Reports named before ("the
reports"), reports with a source in their phrase, and the same clauses under PolNeAR's convention stay. Sentences in
our own wording, after constructions seen in several articles of the readable corpus."""

from __future__ import annotations

import pytest

from support import extract_rows

HEARSAY = [
    ("Initial reports said the fire at the depot in Tula started in a fuel store.", "said"),
    ("Rumours claim the general has fled to Minsk with his family.", "claim"),
    ("Earlier reports suggested that the bridge near Kherson had been hit twice.", "suggested"),
    ("Recent reports have indicated that the plant in Zaporizhzhia lost power again.", "have indicated"),
]


@pytest.mark.parametrize("text,cue", HEARSAY)
def test_hearsay_with_no_source_gives_no_statement(nlp, text, cue):
    assert [r for r in extract_rows(nlp, text) if r["cue"] == cue] == []


@pytest.mark.parametrize("text,speaker", [
    ("The reports said the fire at the depot started in a fuel store.", "The reports"),
    ("Media reports said the fire at the depot started in a fuel store.", "Media reports"),
    ("Reports from local outlets claim the general has fled to Minsk.", "local outlets"),
])
def test_reports_with_a_source_in_reach_stay(nlp, text, speaker):
    rows = extract_rows(nlp, text)
    assert [r["speaker_text"] for r in rows] == [speaker]


def test_a_named_speaker_with_the_same_clause_stays(nlp):
    rows = extract_rows(nlp, "The governor said the fire at the depot in Tula started in a fuel store.")
    assert [r["cue"] for r in rows] == ["said"]


def test_under_the_outer_convention_the_hearsay_stays(nlp):
    rows = extract_rows(nlp, "Rumours claim the general has fled to Minsk with his family.", nesting="outer")
    assert [r["cue"] for r in rows] == ["claim"]


@pytest.mark.parametrize("text,cue", [
    ("Reports published by Reuters said the fire at the depot started in a fuel store.", "said"),
    ("Reports citing two Ukrainian officials said the bridge near Kherson had been hit twice.", "said"),
    ("Rumours spread by Wagner channels claim the general has fled to Minsk.", "claim"),
])
def test_reports_a_clause_ties_to_a_source_stay(nlp, text, cue):
    """A participle or relative clause naming a source (a proper noun, an entity, an agent) is a source in reach."""
    assert [r["cue"] for r in extract_rows(nlp, text)] == [cue]
