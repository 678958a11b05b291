"""A noun phrase whose only capital opens its sentence is no name the NER missed (mention._sentence_capital_only,
round 29's audit, issue #14): "Any attempts to redraw ... are ..., they further undermine" made "Any attempts" a
person. Invented sentences, one (imagined) article each."""

from __future__ import annotations

import pytest

from pledgewatch.statements.speakers.mention import Mention, _sentence_capital_only


def _capital_only(nlp, text, mention):
    doc = nlp(text)
    start = text.index(mention)
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    return _sentence_capital_only(Mention.of(doc, span.start, span.end, mention))


@pytest.mark.parametrize("text, mention", [
    ("Any attempts to move the border by force are illegal, and they will not be recognised, the ministers said.",
     "Any attempts"),
    ("Other lenders such as Citi have said they will leave the Russian market by the summer. A few other banks stay.",
     "Other lenders"),
    ("Life goes on in the shelters, adding that school lessons continue underground. Daily life is hard.", "Life"),
], ids=["any-attempts", "other-lenders", "life"])
def test_a_sentence_initial_common_noun_phrase_is_no_name(nlp, text, mention):
    assert _capital_only(nlp, text, mention)


@pytest.mark.parametrize("text, mention", [
    ("Haidai said the shelling of Lysychansk had not stopped overnight.", "Haidai"),
    ("World agencies report that the summit ended without a statement.", "World agencies"),
    ("The Kremlin said the talks in Minsk had produced nothing.", "The Kremlin"),
    ("Resources committed to the city have depleted both armies.", "Resources"),
    ("That conflict - call it a new cold war - has gained momentum since then.", "That conflict"),
], ids=["surname", "capitalised-modifier", "the-kremlin", "no-lower-case-form", "that-conflict"])
def test_names_and_capitals_without_evidence_stay(nlp, text, mention):
    assert not _capital_only(nlp, text, mention)
