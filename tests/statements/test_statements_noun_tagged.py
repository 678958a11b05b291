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
    ("The war will last for years, the Pentagon official predicts.", "predicts", "The war will last for years",
     "Pentagon official"),
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


@pytest.mark.parametrize("body", [
    "A headline about the war\n\nOrban claims that",  # the text ends after "that": no content, no error
    "The Trump tweets he sent on Friday were deleted.",  # the "noun" is the subject of a verb after it
    "The Scholz pledges Germany made last year were kept.",
    "The EU, as Orban claims, is a failing project.",  # "as" inside the sentence: its subject is not content
    "In Budapest Orban claims that sanctions hurt Europe more than Russia.",  # the phrase is a preposition's object
    "Kyiv rejected the Trump claims the war could end in a day.",  # ... or a verb's object
])
def test_a_noun_phrase_that_does_not_open_its_clause_gives_no_statement(nlp, body):
    """Review of round 38: the speaker phrase must open its clause, the "As" its sentence; a noun that is the
    subject of a verb after it heads a relative clause; a text may end right after "that"."""
    assert not [r for r in extract_rows(nlp, body) if r["cue"] in ("claims", "tweets", "pledges")]


def test_the_vetoes_read_the_speaker_phrase_head(nlp):
    """"As the poll notes, A": the vetoes read the phrase's head ("poll"), not its first word, and under the guide a
    poll is no speaker (vetoes.inferred), as for "As the survey noted, A"."""
    assert not [r for r in extract_rows(nlp, "As the poll notes, support for the war has fallen.") if r["cue"] == "notes"]
