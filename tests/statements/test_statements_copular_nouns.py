"""The annotation guide's "X's message was ...": a speech noun with a `be` in its cues.csv `takes`, its speaker the
possessor, as the subject of the copula; the content is the copula's that-clause or the clause after a colon right
after the copula's words (statements.nominal._copular). Not a statement: the noun as the subject of another verb
("Roe's message reached ..."), or a copula with no clause ("Roe's message was short")."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, speaker", [
    ("Chancellor Paul Weber's answer was blunt: there would be no more jets this year.",
     "there would be no more jets", "Weber"),
    ("Admiral Erik Sand's warning to the harbour board was that ice would close the port by January.",
     "ice would close the port", "Sand"),
    ("Mayor Ana Ruiz's message to the donors was simple: the city needed generators before the frost.",
     "the city needed generators", "Ruiz"),
], ids=["answer-colon", "warning-that", "message-colon"])
def test_a_speech_noun_as_the_subject_of_be_names_its_content(nlp, body, content, speaker):
    r = row_of(extract_rows(nlp, body), content)
    assert speaker in r["speaker_name"]


@pytest.mark.parametrize("body", [
    "Mayor Ana Ruiz's message reached the donors on Monday, a day before the frost.",
    "Chancellor Paul Weber's answer was short and came late in the evening.",
], ids=["other-verb", "no-clause"])
def test_no_statement_without_a_copula_clause(nlp, body):
    assert extract_rows(nlp, body) == []
