"""first_names.csv generated from the Faker package's per-locale given-name lists (tools/build_first_names.py): a
he/she goes to the person whose given name, now known, is of its gender; a given name that is also an English word
("Chase", "Crystal", "Dean": the file's `word` column) tells a gender but does not make title-case words a person; a
name both male and female across locales gives no gender. The sentences are our own."""

from __future__ import annotations

import pytest

from pledgewatch.statements import gender
from pledgewatch.statements.names import _given_gender
from support import extract_rows, row_of, speaker_of


@pytest.mark.parametrize("body, content, name", [
    # a German man named after a Ukrainian woman: "she" goes past him to her
    ("Iryna Koval, the city's mayor, said the shelters would open on Friday. At the same briefing Klaus Berger of "
     "the grid agency said repairs would take weeks. She said: \"We will not leave anyone in the cold.\"",
     "We will not leave", "Iryna Koval"),
    # a Russian man (a romanised Cyrillic name) named before an American woman: "he" goes back to him
    ("Vyacheslav Orlov, a regional governor, said the bridge was closed. Later Carly Benson, a visiting senator, "
     "said the visit had been useful. He said: \"Our roads will be rebuilt by spring.\"",
     "Our roads will", "Vyacheslav Orlov"),
    # a Ukrainian man (the national romanisation) and a Swedish woman
    ("Oleh Marchenko told reporters the convoy had arrived. Annika Lund, the Swedish envoy, said more trucks were "
     "coming. He said: \"The town needs generators most of all.\"", "The town needs", "Oleh Marchenko"),
    # a German woman and a Polish man, "she added"
    ("Dagmar Vogt, a German lawmaker, said the vote was close. Then Tadeusz Wrona, a Polish diplomat, said the talks "
     "would resume. She added: \"Berlin must decide this week.\"", "Berlin must decide", "Dagmar Vogt"),
], ids=["she-past-klaus", "he-back-to-vyacheslav", "he-back-to-oleh", "she-added-dagmar"])
def test_a_pronoun_goes_to_the_person_a_newly_listed_name_gives_its_gender(nlp, body, content, name):
    rows = extract_rows(nlp, body)
    assert speaker_of(rows, content) == name, row_of(rows, content)


@pytest.mark.parametrize("body, content", [
    ("Chase Manhattan said the sanctions would hurt its clients.", "the sanctions"),
    ("Crystal Analytics said the drones would be delivered.", "the drones"),
    ("Jade Logistics said the trucks would leave on Monday.", "the trucks"),
    ("Dean Foods said it would stop sales.", "it would stop"),
    ("Summer Offensive Planners said the operation would start soon.", "the operation"),
], ids=["chase-2-words", "crystal", "jade", "dean", "summer-3-words"])
def test_a_given_name_that_is_a_word_does_not_make_a_firm_a_person(nlp, body, content):
    assert row_of(extract_rows(nlp, body), content)["speaker_type"] != "person"


def test_word_names_tell_a_gender_but_are_not_names_on_their_own():
    for w in ("may", "mark", "grant", "bill", "chase", "rand", "martin", "june"):
        assert w in gender.WORDS and w not in gender.GIVEN, w
        assert w in gender.FEMALE | gender.MALE, w
    assert "will" not in gender.GIVEN and "hope" not in gender.GIVEN  # listed as words, in no locale's list
    assert _given_gender("martin") == "m" and _given_gender("june") == "f"
    assert {"john", "volodymyr", "klaus", "vyacheslav", "gabrielius"} <= gender.GIVEN


def test_a_name_of_both_genders_gives_none():
    # "andrea" male in Italy, female elsewhere; "kim" both; lt_LT's list has no gender, so both rows
    for name in ("andrea", "kim", "jean", "gabrielius"):
        assert name in gender.FEMALE and name in gender.MALE, name
        assert _given_gender(name) == "", name
    assert _given_gender("klaus") == "m" and _given_gender("dagmar") == "f"


@pytest.mark.parametrize("body, content, name", [
    ("Kim Larsen, the Danish envoy, said the aid would arrive. She said: \"The first trucks leave on Monday.\"",
     "The first trucks", "Kim Larsen"),
    ("Jean Morel, a French deputy, said the vote was set. He said: \"We will back the package.\"",
     "We will back", "Jean Morel"),
    ("Andrea Keller, a Swiss negotiator, said the talks had stalled. She told reporters: \"Nobody is leaving "
     "the table.\"", "Nobody is leaving", "Andrea Keller"),
], ids=["kim-she", "jean-he", "andrea-she"])
def test_a_name_of_both_genders_takes_either_pronoun(nlp, body, content, name):
    rows = extract_rows(nlp, body)
    assert speaker_of(rows, content) == name, row_of(rows, content)
