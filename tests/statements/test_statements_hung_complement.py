"""A participle cue's that-less complement that the parse split (`statements.hung_complement`): spaCy takes the
clause's subject for the participle's object and hangs the clause's verb on the verb the participle modifies, or
makes the participle that verb's clausal subject. The content is the whole clause, and the speaker the subject of
the clause the participle modifies, not the "object". Real passages from four articles (ukraine_team half A,
coding_dev, the corpus outside coding_dev, polnear_train's even half), read from ../shared, and near misses."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

CASES = [
    # warning <csubj- be: the speaker was "a war", the content "would be ..."
    (shared_text("Biden also spent much of his address warning Russia", "for the country."),
     "warning", 'a war with Ukraine would be a "self-inflicted wound" for the country', "Biden"),
    # stating -> area (dobj); encircled hung on "made": no row
    (shared_text("The defence ministry reportedly made the announcement", "had been encircled."),
     "initially stating", "the area had been encircled", "The defence ministry"),
    # noting <csubj- denied
    (shared_text("The report finds ample evidence of incitement", "distinct Ukrainian identity"),
     "noting", "the Kremlin leadership and Russian state media commentators have consistently denied the existence "
               "of a distinct Ukrainian identity", "The report"),
    # promising -> Friends (dobj); return hung on "said": the content was "the Friends of Abe"
    (shared_text("Boreing said the members will still meet", "return to its roots."),
     "promising", "the Friends of Abe will return to its roots", None),
]


@pytest.mark.parametrize("text,cue,content,speaker", CASES, ids=["warning_csubj", "stating_pcomp", "noting_csubj",
                                                                  "promising_advcl"])
def test_the_split_clause_is_the_content(nlp, text, cue, content, speaker):
    rows = extract_rows(nlp, text)
    row = next((r for r in rows if r["cue"] == cue and r["text"] == content), None)
    assert row is not None, [(r["cue"], r["text"]) for r in rows]
    if speaker is not None:
        assert row["speaker_text"] == speaker


def test_invented_advcl(nlp):
    rows = extract_rows(nlp, "The minister spoke on Tuesday, warning an attack would be met with force.")
    assert [(r["cue"], r["speaker_text"], r["text"]) for r in rows] == [
        ("warning", "The minister", "an attack would be met with force")]


@pytest.mark.parametrize("text", [
    "And finding a seatmate for Elizabeth Holmes also proved challenging.",  # a gerund subject, no comma: no cue
    "This is the moment they told us would never happen.",  # a relative clause's gap, no participle
])
def test_no_split_complement(nlp, text):
    assert extract_rows(nlp, text) == []


def test_a_participle_with_a_that_clause_unchanged(nlp):
    rows = extract_rows(nlp, "Putin addressed the nation, saying the operation would continue.")
    assert [(r["speaker_text"], r["text"]) for r in rows] == [("Putin", "the operation would continue")]
