"""Speakers of issue 14 (round 14): an unnamed person as written, found on ggt_dev ("a security guard who saw the attack
told Reuters ... he said" went to a president named paragraphs before) and counted on
polnear_train's even half and the corpus; each construction with sentences in the style of at least three different
(shortened or invented) articles, run end to end through statements.extract, and the cases that keep their speaker."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, name", [
    ("The first gunmen ran into an office block next door and threw a grenade into its hall, a security "
     "professional present throughout the raid told Reuters. The second group fired on the cafe, he said.",
     "The second group fired", "security professional present"),
    ("The prisoners were moved overnight. An interpreter who worked with the unit told the BBC the soldiers were "
     "safe. They had been taken to Kyiv, he said.", "They had been taken", "An interpreter"),
    ("Heslouin was travelling to see his son. A friend of the family said the couple had planned to leave in May. "
     "They had already packed their bags, she said.", "They had already packed", "A friend of the family"),
], ids=["security-professional", "interpreter", "friend-of-the-family"])
def test_he_she_after_an_unnamed_person_noun_is_that_person(nlp, body, content, name):
    """"a security professional ... told Reuters ... he said": an indefinite singular person noun (a person
    word of speaker_words.csv, a role, an agent ending) is a person as written (mention._as_common_noun), so a he/she
    right after it carries it on (pronouns._same_speaker_again) instead of a person named before it."""
    r = row_of(extract_rows(nlp, body), content)
    assert (r["speaker_name"], r["speaker_type"]) == (name, "person")


@pytest.mark.parametrize("body, content, name, kind", [
    ("In the ad, a narrator tells viewers that Sanders marched for civil rights in 1963.",
     "that Sanders marched", "narrator", "person"),
    ("“He was a person of rare decency,” a friend said on Facebook.", "He was a person of rare decency", "friend",
     "person"),
    ("Evacuations continued on Tuesday. One aid worker told France24 that Russia was using its heavier guns "
     "to level buildings one after another.", "that Russia was using", "One aid worker", "person"),
    ("A report said the city had been cut off for a week.", "the city had been cut off", "UNKNOWN", "unknown"),
], ids=["narrator", "friend", "aid-worker", "report-stays-no-speaker"])
def test_an_indefinite_person_noun_is_a_person_as_written(nlp, body, content, name, kind):
    """"a narrator", "a friend", "one aid worker": a person as written, not a name of unknown type; a document word
    with no source ("A report said") stays no speaker."""
    r = row_of(extract_rows(nlp, body), content)
    assert (r["speaker_name"], r["speaker_type"]) == (name, kind)


@pytest.mark.parametrize("body, content, name", [
    ("An interpreter told the BBC the soldiers were safe. Major Ivan Petrenko confirmed the transfer on Monday. "
     "They had been taken to Kyiv, he said.", "They had been taken", "Ivan Petrenko"),
    ("A neighbour said the fire started at night. Later, firefighter Anna Kovac arrived. The roof had collapsed, she "
     "said.", "The roof had collapsed", "Anna Kovac"),
    ("Gunmen stormed the hotel, a witness told Reuters. Police chief Joseph Boinnet said the area was secure. "
     "All the guests were evacuated, he said.", "All the guests were", "Joseph Boinnet"),
], ids=["named-major-after", "named-firefighter-after", "named-police-chief-after"])
def test_a_person_named_after_the_unnamed_one_takes_the_pronoun(nlp, body, content, name):
    """A named subject between the unnamed person and the he/she is the new topic: the pronoun is that person."""
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == name


@pytest.mark.parametrize("body, content, name", [
    ("Police said the video had been removed by YouTube on Friday. The company said it violated its policies.",
     "it violated its policies", "YouTube"),
    ("The minister said the contract had been cancelled by Siemens Energy. The company told Reuters that no contract "
     "had been signed.", "that no contract had", "Siemens Energy"),
    ("Residents said the flights had been cancelled by Air Canada. The airline said in a short statement that the storm had "
     "grounded its fleet.", "that the storm had", "Air Canada"),
], ids=["youtube", "siemens-energy", "air-canada"])
def test_the_agency_is_the_organisation_named_in_reported_speech(nlp, body, content, name):
    """"The agency", "the company", "the airline" (ggt_dev: the mayor's claim that a study by the transit
    authority existed, then "The agency told" a broadcaster ...): the organisation named in the reported (unquoted) speech just
    before, which no candidate outside content rivals (organisations._reported_org)."""
    assert row_of(extract_rows(nlp, body), content)["speaker_name"] == name


@pytest.mark.parametrize("body, content, name", [
    ("Suncor said Export Development Canada had paid the second instalment. The company noted that the sum could be "
     "repaid.", "that the sum could be", "Suncor"),
    ("“We have not signed anything with Siemens Energy,” Air Canada said on Monday. The company added that talks "
     "would continue.", "that talks would continue", "Air Canada"),
    ("Air Canada said Siemens Energy had delivered the turbine. The company added that talks would continue.",
     "that talks would continue", "Air Canada"),
], ids=["previous-organisation-speaker", "quoted-organisation", "speaker-before-reported-name"])
def test_the_company_keeps_the_organisation_speaking(nlp, body, content, name):
    """The previous organisation speaker comes first ("Suncor said EDC had paid ... The company noted": Suncor), and a
    name inside a quotation is no antecedent."""
    assert name in row_of(extract_rows(nlp, body), content)["speaker_name"]


@pytest.mark.parametrize("body, content, name", [
    ("Chancellor Olaf Scholz met reporters in Berlin. “Will Germany send tanks?” a reporter asked Scholz on Friday. "
     "“We will decide together with our allies,” he said.", "We will decide together", "Olaf Scholz"),
    ("Nancy Pelosi arrived in Kyiv on Sunday. “Is the war over?” a student asked Pelosi at the meeting. “Not yet,” she "
     "replied.", "Not yet", "Nancy Pelosi"),
    ("Aiden Aslin was captured in April. “Do you understand the charges against you?” an interpreter asked "
     "Aslin, 29, who grew up in Newark. “Tak tochno,” he replied.", "Tak tochno", "Aiden Aslin"),
], ids=["reporter-asked-scholz", "student-asked-pelosi", "interpreter-asked-aslin"])
def test_he_she_after_a_quoted_question_is_the_one_asked(nlp, body, content, name):
    """'"Do you know ...?" an interpreter asked Aslin. "...," he replied' (coding_dev half A): a question verb whose
    sentence opens with the quoted question puts a question (questions._is_question), so the he/she that answers is
    the one asked, not the unnamed asker (a person as written since round 14)."""
    assert row_of(extract_rows(nlp, body), content)["speaker_name"] == name
