"""`noun_tagged` (statements/noun_tagged.py): a present-tense cue verb the tagger took for a plural noun (claims,
notes, predicts, maintains after a name or a noun) is read on the sentence's surface: "SPEAKER claims (that) A", "As
SPEAKER notes, A", "A, SPEAKER predicts."; not an adjective or possessive before the noun ("Western claims that ...")
nor a noun followed by its own verb ("Insurance claims rose"). Invented sentences in the construction's shapes."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, cue, words, speaker", [
    ("As the AFP agency notes, Germany is the largest donor in Europe.", "notes",
     "Germany is the largest donor in Europe", "AFP"),
    ("As the Guardian notes, the offensive has stalled.", "notes", "the offensive has stalled", "Guardian"),
    ("Orban claims that sanctions hurt Europe more than Russia.", "claims",
     "sanctions hurt Europe more than Russia", "Orban"),
    ("The war will last for years, the Pentagon official predicts.", "predicts", "The war will last for years", ""),
])
def test_a_cue_tagged_as_a_noun_gives_its_statement(nlp, body, cue, words, speaker):
    rows = [r for r in extract_rows(nlp, body) if r["cue"] == cue]
    assert rows and rows[0]["text"] == words, (body, rows)
    assert speaker in rows[0]["speaker_text"]


@pytest.mark.parametrize("body", [
    "Western claims that the drones came from Iran are false.",
    "Insurance claims rose sharply after the floods in the south.",
])
def test_a_real_plural_noun_gives_no_statement(nlp, body):
    assert not [r for r in extract_rows(nlp, body) if r["cue"] == "claims"]


@pytest.mark.parametrize("body", [
    "The games will draw athletes from more than 40 member states that have English as a common language.",
    "The minister tabled the expert reports it had requested from the academy last spring.",
])
def test_a_relative_clause_on_a_plural_noun_gives_no_statement(nlp, body):
    assert not [r for r in extract_rows(nlp, body) if r["cue"] in ("states", "reports")]


@pytest.mark.parametrize("body, words", [
    ("The ledger was thin.\n\nTrump claims he's owed $20 million by the state.", "he's owed $20 million by the state"),
    ("The filing was thin.\n\nOrban claims he's owed $5 million.", "he's owed $5 million"),
])
def test_a_name_tagged_as_a_noun_or_adjective_before_a_bare_clause(nlp, body, words):
    rows = [r for r in extract_rows(nlp, body) if r["cue"] == "claims"]
    assert rows and rows[0]["text"] == words, rows
