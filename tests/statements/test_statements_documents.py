"""Documents and plans with no speaking source are no statement (vetoes.unspoken_source, the `unspoken_document` list): as
the cue's subject or the source of "according to". A newspaper ("the paper reported") and a report ("the
report said") still speak. Examples in our own wording, after constructions seen in several articles of the
readable corpus."""

from __future__ import annotations

import pytest

from pledgewatch import statements

NO_STATEMENT = [
    ("Court papers claimed that the minister had taken bribes from a gas firm.", "claimed"),
    ("The leaked emails indicate that the mayor paid for the dinner himself.", "indicate"),
    ("According to public records, the company was set up only last spring.", "According to"),
    ("Declassified documents suggest the patrol boat was not attacking the destroyer.", "suggest"),
    ("According to the plans, all the drills are to end on the twentieth of the month.", "According to"),
    ("According to the concept, the new line would be made of ditches and minefields.", "According to"),
    ("According to the assumptions of this bill, any aid to the aggressor would be punished.", "According to"),
]

STATEMENT = [
    ("The paper reported that the army had retreated from the river.", "reported"),
    ("The report said the shelling had damaged three hospitals.", "said"),
    ("According to the governor, the shelling damaged three hospitals.", "According to"),
]


def _cues(nlp, text):
    art = {"article_id": "t", "text": text, "title": "", "title_chars": 0}
    return [r["cue"] for r in statements.extract(nlp(text), art)]


@pytest.mark.parametrize("text,cue", NO_STATEMENT)
def test_documents_give_no_statement(nlp, text, cue):
    assert cue not in _cues(nlp, text)


@pytest.mark.parametrize("text,cue", STATEMENT)
def test_newspapers_and_reports_still_speak(nlp, text, cue):
    assert cue in _cues(nlp, text)


@pytest.mark.parametrize("text,cue", [NO_STATEMENT[0], NO_STATEMENT[2]])
def test_under_polnear_documents_stay_attributions(nlp, text, cue):
    art = {"article_id": "t", "text": text, "title": "", "title_chars": 0}
    assert cue in [r["cue"] for r in statements.extract(nlp(text), art, nesting="outer")]


# "X issued a statement saying A" (subjects.issued_document): the participle on the issued document says what its
# issuer said; sentences of our own after the shape seen in several PolNeAR articles (the Washington Post,
# USA Today, Politico, the New York Times), under both conventions
ISSUED = [
    ("Hours later, the mayor issued a statement calling on state officials to send extra buses to the villages.",
     "state officials to send extra buses to the villages", "the mayor"),
    ("The union issued a statement saying the strike would go on until the contract is signed.",
     "the strike would go on until the contract is signed", "The union"),
    # (round 37: "declaring", not "expressing": express is no cue under PolNeAR's convention as scored, guide_only_cue)
    ("Both leaders issued a statement declaring their hope to work together.", "their hope to work together",
     "Both leaders"),
    ("Twelve senators sent a letter on Monday urging the agency to delay the rule.", "the agency to delay the rule",
     "Twelve senators"),
]


@pytest.mark.parametrize("text,content,speaker", ISSUED)
@pytest.mark.parametrize("conv", [{}, {"quote_parts": "join", "nesting": "outer"}])
def test_the_issuer_of_a_statement_speaks_its_participle(nlp, text, content, speaker, conv):
    art = {"article_id": "t", "text": text, "title": "", "title_chars": 0}
    rows = statements.extract(nlp(text), art, **conv)
    assert [(r["text"], r["speaker_text"]) for r in rows] == [(content, speaker)]


def test_a_participle_on_a_document_nobody_issued_has_no_issuer(nlp):
    # the document is the subject, not an issued object: no speaker from elsewhere
    text = "A report showing the river had risen reached the council on Monday."
    art = {"article_id": "t", "text": text, "title": "", "title_chars": 0}
    assert statements.extract(nlp(text), art) == []
