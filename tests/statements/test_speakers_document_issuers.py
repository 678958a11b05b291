"""Whose document speaks (`speakers.documents`, `speakers.document_neighbours`), round 22: only a verb of issuing names
a document's issuer; one test of "the mention names someone itself" for both modules; a bare "reports" in the next
sentence does not name the document again; a headline's document word is the article itself. Invented sentences,
each standing for a different article, with real bodies' names; near misses the rules must not take. Also the one given-name agreement (`names.Official.given_agrees` through `givens_agree`)."""

from __future__ import annotations

import pytest

from pledgewatch.statements.names import Official
from pledgewatch.statements.speakers.documents import names_someone
from support import extract_rows


def speaker_of(rows, content):
    """The speaker of the first row whose content holds `content` (with or without its "that")."""
    hits = [r for r in rows if content in r["text"]]
    assert hits, [r["text"] for r in rows]
    return hits[0]["speaker_name"]


@pytest.mark.parametrize("text, content, name", [
    ("The Norwegian Refugee Council published a report on Tuesday. The report says that shelters in Kharkiv have "
     "run out of blankets.", "shelters in Kharkiv", "Norwegian Refugee Council"),
    ("The Kyiv School of Economics issued an assessment of the damage in March. The assessment says that rebuilding "
     "the bridges alone would cost billions.", "rebuilding the bridges", "Kyiv School of Economics"),
    ("Amnesty International unveiled a study of the strikes last month. The study says that most of the damaged "
     "buildings were homes.", "most of the damaged", "Amnesty International"),
], ids=["published-report", "issued-assessment", "unveiled-study"])
def test_a_verb_of_issuing_names_the_documents_issuer(nlp, text, content, name):
    """"X published a report ... The report says": the subject of a verb of issuing (`issue_verbs`) made it."""
    assert speaker_of(extract_rows(nlp, text, published="2023-05-02"), content) == name


@pytest.mark.parametrize("text, content, subject", [
    ("The Kyiv Independent obtained a memo from the ministry last week. The memo says that the depots in the west "
     "are nearly empty.", "the depots in the west", "Kyiv Independent"),
    ("Border guards seized a letter from a courier near Lublin. The letter says that the shipment was delayed by "
     "a month.", "the shipment was delayed", "Border guards"),
    ("Opposition lawmakers mocked the resolution for hours in Warsaw. The resolution says that the border crossings "
     "will stay open.", "the border crossings", "Opposition lawmakers"),
], ids=["obtained-memo", "seized-letter", "mocked-resolution"])
def test_a_verb_that_does_not_issue_names_no_issuer(nlp, text, content, subject):
    """Near misses: whoever obtains, seizes or mocks a document did not issue it."""
    assert subject not in speaker_of(extract_rows(nlp, text, published="2023-05-02"), content)


@pytest.mark.parametrize("phrase, named", [
    ("a Gallup survey", True), ("a U.S. spy report", True), ("the appeal of the Warsaw city council", True),
    ("a Russian report", False), ("a new study", False), ("the latest update", False),
])
def test_a_mention_names_someone_itself(nlp, phrase, named):
    """One test for both modules: a proper noun other than a nationality, or a word of a name entity."""
    assert names_someone(nlp(phrase)[:]) is named


@pytest.mark.parametrize("text, content, name", [
    ("Displaced families are likely to face rising rents in the western cities, a report has warned. Untrue tales and "
     "reports about the help they receive could turn neighbours against them, the charity World Vision said.",
     "Displaced families are likely", "World Vision"),
    ("Farmers near the front will lose half of their harvest, a study said. Rumours and reports of mined fields "
     "already keep many from sowing, the Geneva-based Harvest Watch said.", "Farmers near the front", "Harvest Watch"),
    ("Schools in the east will need thousands of new shelters, a report said. Reports of sirens during lessons are "
     "now daily, the charity Caritas said.", "Schools in the east", "Caritas"),
], ids=["false-reports", "rumours-and-reports", "reports-of-sirens"])
def test_the_same_noun_bare_in_the_next_sentence_is_another_thing(nlp, text, content, name):
    """"..., a report warned. Untrue reports ... could ..., World Vision, a charity, said": a bare or plural
    "reports" is not the report named again (a response would say "the report"), so the charity is its source."""
    assert speaker_of(extract_rows(nlp, text, published="2022-08-02"), content).split()[-1] == name.split()[-1]


@pytest.mark.parametrize("title, body, content, name", [
    ("War in Ukraine update: day 90 in brief",
     "Russian troops are massing near Izium, the Ministry of Defence in London said. The newest intelligence update "
     "said the new units were arriving by rail.", "the new units were arriving", "Ministry of Defence"),
    ("Energy crisis update: what we know so far",
     "Gas prices could double by the winter, according to the Bundesnetzagentur. The update said households should "
     "save now.", "households should save", "Bundesnetzagentur"),
    ("Kharkiv report: a day on the front line",
     "The city lost power twice overnight, according to the regional administration. The report said repairs "
     "would take a week.", "repairs would take", "regional administration"),
], ids=["war-update", "energy-update", "city-report"])
def test_the_headlines_document_word_is_the_article_itself(nlp, title, body, content, name):
    """"War in Ukraine update: day 90 in brief": the headline names the article, not a document with a source, so
    "The newest intelligence update said" keeps the organisation that spoke just before."""
    rows = extract_rows(nlp, body, title=title, published="2022-07-09")
    assert name in speaker_of(rows, content)


def test_a_headline_naming_the_documents_source_still_gives_it(nlp):
    """Near miss: the headline is skipped as an antecedent, but a headline "Amnesty report: ..." still leaves the
    body's "The report said" to Amnesty."""
    rows = extract_rows(nlp, "The report said most of the damaged buildings were homes.",
                        title="Amnesty report: strikes on Kharkiv hit homes", published="2022-07-09")
    assert "Amnesty" in speaker_of(rows, "most of the damaged buildings")


def _official(name, gender=""):
    return Official(name, [], "Minister", "Testland", None, None, gender, True)


@pytest.mark.parametrize("name, gender, given, agrees", [
    ("Jill Example", "", "jill", True), ("Jill Example", "", "j", True), ("Joseph Example", "m", "joe", True),
    ("Jill Example", "", "joe", False), ("Joseph Example", "m", "jane", False), ("Dmytro Example", "", "mykola", False),
])
def test_an_officials_given_name_agrees_as_two_given_names_do(name, gender, given, agrees):
    """`Official.given_agrees` is `givens_agree` on the official's given name (same name, or same initial and not of
    two genders), besides the official's own gender: "joe" is no "Jill Example" even where the row gives no gender."""
    assert _official(name, gender).given_agrees(given) is agrees


@pytest.mark.parametrize("text, content, not_name", [
    ("The Polish defence ministry met on Monday. A statement read by a spokesman said the convoy had been stopped "
     "at the border.", "the convoy had been stopped", "a spokesman"),
    ("A report shared by thousands of users said the ferry had been sunk near the port.", "the ferry had been sunk",
     "thousands of users"),
], ids=["read-by", "shared-by"])
def test_a_participle_of_reading_or_sharing_names_no_issuer(nlp, text, content, not_name):
    """"a statement read by X", "a report shared by X": the participle's agent read or passed the document on,
    it did not make it (`issuer_subject_verbs`, kept out of the participle check that `issue_verbs` serves)."""
    assert speaker_of(extract_rows(nlp, text), content) != not_name


def test_a_participle_of_issuing_still_names_the_issuer(nlp):
    """Near miss: a verb of `issue_verbs` as the participle still names its agent."""
    rows = extract_rows(nlp, "A report released by Amnesty International said the convoy had been stopped at the "
                             "border.")
    assert speaker_of(rows, "the convoy had been stopped") == "Amnesty International"
