"""A participle cue's that-less complement that the parse split (`statements.hung_complement`): spaCy takes the
clause's subject for the participle's object and hangs the clause's verb on the verb the participle modifies, or
makes the participle that verb's clausal subject. The content is the whole clause, and the speaker the subject of
the clause the participle modifies, not the "object". Real passages from four articles (ukraine_team half A,
coding_dev, the corpus outside coding_dev, polnear_train's even half), read from ../shared, and near misses."""

from __future__ import annotations

import pytest

from pledgewatch.statements.hung_complement import hung_complement
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
     "promising", "the Friends of Abe will return to its roots", "Boreing"),
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


@pytest.mark.parametrize("text,speaker,content", [
    ("Biden traveled to Warsaw to deliver a speech, warning a war with Russia would be long.", "Biden",
     "a war with Russia would be long"),
    ("Macron hosted the summit, announcing France would send Caesar howitzers.", "Macron",
     "France would send Caesar howitzers"),
    ("Blinken arrived in Kyiv, announcing the US would provide another $1 billion.", "Blinken",
     "the US would provide another $1 billion"),
])
def test_the_verb_a_conjunct_of_the_modified_verb(nlp, text, speaker, content):
    """spaCy's other split: the clause's verb a conj of the main verb, the participle its csubj (was: speaker
    "a war", or no row)."""
    rows = extract_rows(nlp, text)
    assert [(r["speaker_text"], r["text"]) for r in rows] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "For Biden, announcing the package was a political risk.",
    "Still, pledging more money would be difficult for Berlin.",
])
def test_a_fronted_gerund_subject_after_a_comma_is_no_cue(nlp, text):
    """The gerund after an adjunct's comma is the csubj of the sentence's root: no split complement (was: the
    gerund's object and the main verb, "(package, was)", held off the table only by other checks)."""
    doc = nlp(text)
    gerund = next(t for t in doc if t.tag_ == "VBG")
    assert hung_complement(gerund) is None
    assert extract_rows(nlp, text) == []


def test_a_csubj_below_the_root_still_splits(nlp):
    """Near miss: the participle the csubj of a verb hung on the main verb, not of the root, still splits."""
    doc = nlp("Biden spoke on Tuesday, warning a war with Ukraine would be a disaster.")
    warning = next(t for t in doc if t.lower_ == "warning")
    assert warning.dep_ == "csubj" and warning.head.dep_ != "ROOT"
    found = hung_complement(warning)
    assert found is not None and (found[0].text, found[1].text) == ("war", "be")


def test_a_parsed_ccomp_unchanged(nlp):
    rows = extract_rows(nlp, "Putin addressed the nation, saying the operation would continue.")
    assert [(r["speaker_text"], r["text"]) for r in rows] == [("Putin", "the operation would continue")]
