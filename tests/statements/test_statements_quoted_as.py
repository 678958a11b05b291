"""'X quoted / cited Y as saying A': A is Y's statement, the person quoted (the object of the active verb), as "Y was
quoted as saying A" is. Sentences written after constructions in different Ukraine-corpus and PolNeAR articles."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The TASS news agency quoted Denis Pushilin as saying that the separatists had taken the town.",
     "Denis Pushilin", "that the separatists had taken the town"),
    ("Reuters cited officials as saying the convoy had been attacked near Kyiv.",
     "officials", "the convoy had been attacked near Kyiv"),
    ("CNN quoted a British witness as saying he had seen one man in the big white van.",
     "a British witness", "he had seen one man in the big white van"),
    ("He was quoted as saying that the sanctions would not work.", "He", "that the sanctions would not work"),
])
def test_the_person_quoted_as_saying_is_the_speaker(nlp, sentence, speaker, content):
    rows = extract_rows(nlp, sentence)
    assert [(r["speaker_text"], r["text"]) for r in rows] == [(speaker, content)]


def test_a_document_cited_as_showing_gives_no_statement(nlp):
    assert extract_rows(nlp, "The paper cited the report as showing that exports fell.") == []
