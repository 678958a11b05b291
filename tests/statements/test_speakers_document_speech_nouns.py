"""Round 39 (round 38's review: the documents resolver's fallback reads the previous row, so a row found between
moved a later speaker, coding_dev item c0985): a document or speech word with no source of its own takes the source
that the phrase of a speech or document noun (`doc_heads`) right before it in the text names, before that fallback
(`DocumentsMixin._speech_nouns_near`). Invented sentences after the shapes of three articles."""

from __future__ import annotations

import pytest

from support import extract_rows


def _speaker(nlp, body, mention):
    rows = [r for r in extract_rows(nlp, body) if r["speaker_text"].lower() == mention]
    assert len(rows) == 1, rows
    return rows[0]["speaker_name"]


@pytest.mark.parametrize("body, mention, speaker", [
    ('The Kremlin said the call was warm. Xi claims that China is neutral. In the official announcement of the '
     'Kremlin, the words of Xi sound stronger: "China supports Russia\'s actions," the words say.', "the words",
     "Kremlin"),
    ("Poland said the talks would resume. A spokesman for the army added that the front was calm. In a message by the "
     "Polish government, the note says that the border stays open.", "the note", "Polish government"),
    ("NATO said it would meet on Friday. Stoltenberg added that allies were united. In the alliance's announcement on "
     "Friday, the document says that the leaders agreed on more aid.", "the document", "NATO"),
], ids=["of-the-kremlin", "by-the-government", "possessive"])
def test_a_speech_noun_right_before_names_the_source_whatever_rows_stand_between(nlp, body, mention, speaker):
    assert _speaker(nlp, body, mention) == speaker


@pytest.mark.parametrize("body, speaker", [
    ("The ministry said the talks would resume. The document says that both leaders agreed on more aid.", "ministry"),
    ("The ministry said the talks would resume. Stoltenberg added that allies were united. The document says that "
     "both leaders agreed on more aid.", "UNKNOWN"),
], ids=["previous-organisation", "another-speaker-between"])
def test_without_a_named_source_before_the_fallback_is_unchanged(nlp, body, speaker):
    """Near misses: no speech noun names a source; the previous organisation speaker, as before (and none where
    another speaker stands between)."""
    assert _speaker(nlp, body, "the document") == speaker


@pytest.mark.parametrize("body, speaker", [
    ("NATO said it would meet. In response to the remarks of Lavrov, Kuleba said Russia lied. The document says that "
     "the leaders agreed on more aid.", "UNKNOWN"),
    ("The ministry said the talks would resume. Protesters carried posters with the words of Shevchenko. The letter "
     "says that the war must end.", "ministry"),
    ("The ministry said the talks would resume. In an interview of Zelensky with CNN, he asked for jets. The document "
     "says that both leaders agreed on more aid.", "UNKNOWN"),
], ids=["in-response-to-remarks", "posters-with-words", "phrase-opens-the-sentence-before"])
def test_a_speech_noun_that_is_another_thing_names_no_source(nlp, body, speaker):
    """Near misses (round 39's review): the speech noun is not the document ("the remarks" Kuleba answered, "the
    words" on posters, an interview in the sentence before): the document's speaker as before round 39."""
    mention = "the letter" if "letter" in body else "the document"
    assert _speaker(nlp, body, mention) == speaker


def test_a_document_that_names_its_source_stays_as_written(nlp):
    """Near miss (round 39's review): under the outer convention a document mention that names someone itself is
    its own source, whatever speech noun stands before it."""
    body = ("The ministry said the talks would resume. In a speech of Biden on Friday, he promised more aid. A 2015 "
            "Pew Research survey says that most Americans back Ukraine.")
    rows = [r for r in extract_rows(nlp, body, nesting="outer") if r["speaker_text"].startswith("A 2015")]
    assert [r["speaker_name"] for r in rows] == ["2015 Pew Research survey"]
