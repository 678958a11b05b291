"""A name the NER took for a place or an organisation that its sentence describes as a person (an age, "a member of")
is a person (speakers/described.py), so a he/she right after it is that person. Tests moved from the round-named
file of round 16."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, shared_text

# a US outlet, August 2022: a tour company, then a traveller "Oleksii [Vlasenko]GPE, 32, ..." (the tour founder quoted
# before him took the he/she)
VLASENKO = shared_text("The day tours are", "an inherent danger.")


# a PL outlet, August 2022: an MP is named first, then "- explains [Maciej Padzikiewicz]ORG, a member of ..."
PADZIKIEWICZ = shared_text("The shape of the content in Wikipedia",
                           "their own view of the situation.")


@pytest.mark.parametrize("body, content, name", [
    ("The tours last four hours. Andrii Lutsenko, 38, a Lviv-based lawyer told CNN he had joined one of the tours. "
     "He said the guides checked every route.", "the guides checked", "Andrii Lutsenko"),
    ("The tours last four hours. Oleksii Vlasenko, 32, a Kyiv-based engineer told CNN he joined one of the tours. "
     "He said there was always some risk.", "there was always some risk", "Oleksii Vlasenko"),
    (VLASENKO, "while he did not face", "Oleksii Vlasenko"),
], ids=["lawyer-38", "engineer-32", "corpus-traveller"])
def test_a_surname_tagged_as_a_place_with_an_age_is_a_person(nlp, body, content, name):
    """"Andrii [Lutsenko]GPE, 38, a Lviv-based lawyer told CNN ... He said": a given name the NER left untagged and a
    surname it tagged GPE or LOC, no place countries.csv knows, described by an age or a person appositive, is a
    person (`described._could_be_a_name`); the he/she after it is that person (was UNKNOWN or an earlier speaker)."""
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == name


@pytest.mark.parametrize("body, content, name", [
    ("Mykola Kniazhytsky complained about the entries. Wikipedia is edited by volunteers - explains Piotr "
     "Zawadzki, a member of the Wikimedia Polska board.He points out that no editor speaks for the community.",
     "that no editor speaks", "Piotr Zawadzki"),
    (PADZIKIEWICZ, "that none of the volunteers", "Maciej Padzikiewicz"),
], ids=["invented-board-member", "corpus-wikipedia-administrator"])
def test_a_member_of_a_body_is_a_person(nlp, body, content, name):
    """"- explains [Piotr Zawadzki]ORG, a member of the ... board. He points out": "member" is a person noun
    (`person_nouns` of speaker_words.csv), so the appositive describes the name as a person."""
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == name


@pytest.mark.parametrize("body, content, name", [
    ("Supporters gathered outside. The Wisconsin Republican, who chairs the committee, said the bill would pass. "
     "Tom Hardy said it would fail. He added that the vote was close.", "that the vote was close", "Tom Hardy"),
    ("Taras Melnyk, 41, a Lviv-based software developer told CNN he visited Irpin in June. He said the damage was "
     "still visible.", "the damage was still visible", "Taras Melnyk"),
], ids=["party-word-stays-no-name", "person-tag-unchanged"])
def test_the_cases_that_keep_their_speaker(nlp, body, content, name):
    """A nationality or party word (NORP: "the Wisconsin Republican, who ...") still makes a run no person's name;
    a name the NER tags PERSON is indexed as before."""
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == name
