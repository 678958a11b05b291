"""Speaker constructions of issue 14 step 2 (round 12), found on coding_dev's half A and counted on the corpus
(coding_dev's half B removed) and polnear_train; each with sentences in the style of at least three different
(invented) articles, run end to end through statements.extract, and the cases that must keep their speaker."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("This follows after an adviser to President Zelenskiy warned the fall of the town was a danger.", "the fall of",
     "an adviser to President Zelenskiy"),
    ("Roughly 12,000 troops have died, according to a senior adviser to Volodymyr Zelenskiy.",
     "Roughly 12,000", "a senior adviser to Volodymyr Zelenskiy"),
    ("A spokesman for Mayor Frank G. Jackson said the city would appeal the ruling.", "the city would appeal",
     "A spokesman for Mayor Frank G. Jackson"),
    ("The president will not attend the summit, a spokesman for Macron said on Monday.", "The president will not",
     "a spokesman for Macron"),
    ("The former senior aide to President George W. Bush said the vote was a mistake.", "the vote was a mistake",
     "former senior aide to President George W. Bush"),
    ("The lawyer for Alexei Navalny said the verdict was unjust.", "the verdict was unjust",
     "lawyer for Alexei Navalny"),
], ids=["adviser-to", "according-to-adviser-to", "spokesman-for-mayor", "spokesman-for-surname", "the-aide-to",
        "the-lawyer-for"])
def test_a_person_related_to_a_named_person_is_not_that_person(nlp, body, content, name):
    """"an adviser to X", "a spokesman for X", "the lawyer for X" (a noun of `person_relations` with a to/for/of
    phrase naming a person): the speaker is the adviser, unnamed, never X (mention._related_person)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("The wife of Alexei Navalny, Yulia Navalnaya, said he had been murdered.", "he had been murdered",
     "Yulia Navalnaya"),
    ("Russia is striving to freeze the conflict, said the Advisor of the President of Ukraine Mychajlo Podolak.",
     "Russia is striving", "Podolak"),
    ("Zelensky's adviser Mykhailo Podolyak spoke on Monday. The adviser to Zelensky said Russia would fail.",
     "Russia would fail", "Mykhailo Podolyak"),
    ("The head of the European Parliament Roberta Metsola said the sanctions would be severe.",
     "the sanctions would be", "Roberta Metsola"),
    ("The governor of the Kharkiv region, Oleh Synehubov, said three people were killed.", "three people were",
     "Oleh Synehubov"),
], ids=["appositive-after-the-phrase", "translated-order", "the-adviser-named-before", "office-of-a-body",
        "governor-of-a-region"])
def test_a_name_that_is_no_object_of_the_relation_keeps_its_speaker(nlp, body, content, name):
    """The named holder after the phrase (an appositive), an adviser the article named before, and an office of a
    body or place ("the head of the European Parliament Roberta Metsola") keep the named person."""
    assert name in speaker_of(extract_rows(nlp, body), content)


@pytest.mark.parametrize("body, content, name", [
    ("Donald Trump fares better in a race with Hillary Clinton, according to a fresh poll. With Michael "
     "Bloomberg weighing a bid, a Morning Consult poll found he would take votes from Clinton.",
     "Donald Trump fares better", "Morning Consult"),
    ("Hillary Clinton has recovered since the convention, according to a new national poll. Clinton now leads "
     "by 47 points to 40, according to a CBS poll taken at the weekend.", "Hillary Clinton has recovered",
     "CBS"),
    ("Sanders and Clinton are nearly tied in California, according to a fresh poll. The survey, carried out "
     "by the Public Policy Institute of California, gives Clinton a narrow edge.", "Sanders and Clinton",
     "Public Policy Institute of California"),
], ids=["same-word-later", "same-word-next-sentence", "definite-document-word"])
def test_a_document_named_again_with_its_source_is_that_sources(nlp, body, content, name):
    """A document nothing before names the source of ("according to a new poll") is the source the next two
    sentences give the same document ("a Morning Consult poll found", "The survey, conducted by X"):
    documents._named_again. Under PolNeAR's convention: under the guide's a poll gives no statement."""
    assert speaker_of(extract_rows(nlp, body, nesting="outer"), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("Ukraine has lost 15% of its grain storage, a report said. Farmers had nowhere left to store crops, the "
     "report said.", "Ukraine has lost", "UNKNOWN"),
    ("The Conflict Observatory published a report on Monday. Ukraine has lost 15% of its grain storage, the "
     "report said. The study by the University of Kyiv found the same.", "Ukraine has lost",
     "Conflict Observatory"),
], ids=["no-source-anywhere", "source-before-wins"])
def test_a_document_keeps_its_earlier_source_or_none(nlp, body, content, name):
    """A source named before comes first; with no source before or after, the document is no speaker (UNKNOWN,
    round 13: never the document word as an organisation)."""
    assert speaker_of(extract_rows(nlp, body), content) == name
