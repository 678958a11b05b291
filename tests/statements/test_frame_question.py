"""The clause frame's question flag (statements/frame_question.py): a clause asks where a "?" closes its own words,
not where its sentence happens to end with one. Invented sentences, run through the real pipeline (parse, extract)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import extract_rows


def flags(nlp, body: str) -> dict[str, bool]:
    """{a clause's last predicate: its question flag} for the first statement of `body`."""
    return {cl["pred"][-1]: cl["q"] for cl in extract_rows(nlp, body)[0][statements.FRAME_KEY]["clauses"]}


@pytest.mark.parametrize(("body", "pred"), [
    # an assertion before a question in one quoted sentence: the first clause is asserted
    ("\u201cWe will send more tanks to Kyiv, but is that enough?\u201d Olaf Scholz asked.", "send"),
    # an assertion whose cue clause ends with the question
    ("\u201cWe will deliver the jets in spring,\u201d Mark Rutte said, asking who had ever doubted it?", "deliver"),
    # an assertion, then a question set beside it
    ("\u201cEstonia will keep training Ukrainian gunners, and who else is doing as much?\u201d Kaja Kallas asked.",
     "train"),
])
def test_an_assertion_beside_a_question_is_no_question(nlp, body, pred):
    assert flags(nlp, body).get(pred) is False


@pytest.mark.parametrize(("body", "pred"), [
    # a quoted question before its cue, the sentence ending with a full stop
    ("\u201cWill Paris send more shells to Kyiv?\u201d Emmanuel Macron asked on Tuesday.", "send"),
    # a question closed by a quotation mark
    ("Dmytro Kuleba asked: \u201cWhy does Berlin still hold back the Taurus missiles?\u201d", "hold_back"),
    # two conjoined questions: the first is interrogative itself
    ("\u201cWill Washington pay for the shells, and will it pay soon?\u201d Andriy Yermak asked.", "pay"),
    # a relative clause opened by "that" / "which" at the end is no interrogative clause of its own
    ("\u201cSo you will send the tanks that Kyiv wants?\u201d the reporter asked Olaf Scholz.", "send"),
    ("\u201cAnd Oslo will ship the jets which the pilots trained on?\u201d the reporter asked.", "ship"),
])
def test_a_question_closing_the_clause_is_read(nlp, body, pred):
    assert flags(nlp, body).get(pred) is True


def test_a_question_of_a_clause_inside_the_object_is_not_the_clause_s(nlp):
    """Near miss: the "?" closes an interrogative clause inside the object, not the clause that holds it."""
    body = ("\u201cEvery minister should wake up each day asking 'what have I done for Kyiv today?'\u201d Kaja Kallas"
            " said.")
    assert flags(nlp, body).get("wake_up") is False
