"""Round 18: speakers that hold on unseen news. Invented sentences in the style of the corpus's articles, one
construction per test, each example from a different (invented) article."""

from __future__ import annotations

import pytest

from support import resolve_mention


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, 0)


@pytest.mark.parametrize("text, mention, content, name", [
    ("Jan Kowalski, commenting on the talks, pointed to the words that President Recep Tayyip Erdogan said last "
     "week. Erdogan stressed that both sides should return to talks. - It is plain that Ankara is moving closer to "
     "Kyiv - said the analyst.", "the analyst", "It is plain that Ankara", "Jan Kowalski"),
    ("Maria Novak, asked about the summit, recalled what Chancellor Olaf Scholz said on Monday. Scholz said Berlin "
     "would not send jets. \"This is a cautious signal,\" the expert said.", "the expert", "This is a cautious",
     "Maria Novak"),
    ("Tomas Lind, a researcher at the Baltic Policy Institute, followed the remarks closely. General Petras "
     "Vaitkus said the brigade would move in spring. The researcher added that the move had been planned for years.",
     "The researcher", "the move had been planned", "Tomas Lind"),
], ids=["analyst-after-president", "expert-after-chancellor", "researcher-after-general"])
def test_a_commentators_description_is_no_office_holder(nlp, text, mention, content, name):
    """"the analyst", "the expert" (no-office role kinds) is the commentator named near, never a president, a
    chancellor or a general the passage quotes."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, mention, content, name", [
    ("The shop opened in a basement in 1998. Its owner, Pete Harlow, still sorts the comics "
     "himself. \"One copy goes on "
     "the shelf,\" the affable proprietor said.", "the affable proprietor", "One copy goes on", "Pete Harlow"),
    ("President Ivan Korov visited the plant on Friday. \"We will build more,\" the president said.",
     "the president", "We will build more", "Ivan Korov"),
], ids=["proprietor", "president"])
def test_a_description_with_no_office_conflict_keeps_the_person_of_the_passage(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, mention, content, name", [
    ("\"Nobody can break us,\" the foreign ministry spokeswoman Anna Petrova posted online. The deputy head of "
     "Russia's defence council, Ivan Sobolev, gloated that the resignation was deserved. \"We are waiting for more "
     "news,\" the former Russian president posted online.", "the former Russian president", "We are waiting for",
     "Ivan Sobolev"),
    ("\"The bridge will reopen soon,\" transport minister Olena Hrytsak told reporters. The head of Ukraine's state "
     "railway company, Petro Koval, toured the station on Monday. \"Trains will run by Friday,\" the former deputy "
     "minister said.", "the former deputy minister", "Trains will run by Friday", "Petro Koval"),
    ("\"The harvest is safe,\" farm minister Olena Lysenko told reporters. The deputy head of Ukraine's grain "
     "association, Mykola Horbachov, toured the port on Tuesday. \"Exports will double,\" the former deputy minister "
     "said.", "the former deputy minister", "Exports will double", "Mykola Horbachov"),
], ids=["defence-council", "railway-company", "grain-association"])
def test_a_name_in_apposition_to_a_subjects_of_phrase_is_the_subject(nlp, text, mention, content, name):
    """"The deputy head of Russia's defence council, X, ..." (the parser hangs X on "council"): X is the subject
    of the sentence, whom a later description of a past office refers back to."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, mention, content", [
    ("Rockets hit two districts overnight. The mayor of the port city of Mykolaiv said two people were hurt. "
     "The mayor of Auckland, Philip Goff, was among the officials Moscow banned.",
     "The mayor of the port city of Mykolaiv", "two people were hurt"),
    ("\"The water is back,\" the mayor of Dnipro said on Monday. Jan Nowak, the mayor of Gdansk, sent two trucks of "
     "pumps.", "the mayor of Dnipro", "The water is back"),
    ("The governor of Sumy said two villages lost power. Anna Berg, the governor of Gotland, opened the new ferry "
     "line.", "The governor of Sumy", "two villages lost power"),
], ids=["mykolaiv-auckland", "dnipro-gdansk", "sumy-gotland"])
def test_an_office_of_one_place_is_no_holder_of_the_same_office_elsewhere(nlp, text, mention, content):
    """"the mayor of Dnipro" is not the mayor of Gdansk the next sentence names: two places, two people. (Round 19:
    the office of a named place nobody holds in the text is its holder as written, no longer UNKNOWN.)"""
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"] == mention.split(" ", 1)[1]
    assert row["speaker_role"].startswith(mention.split()[1])


@pytest.mark.parametrize("text, mention, content, name", [
    ("Shelling continued overnight. \"Two schools were hit,\" the mayor of Kharkiv said. Ihor Terekhov, the mayor "
     "of Kharkiv, later visited the site.", "the mayor of Kharkiv", "Two schools were hit", "Ihor Terekhov"),
    ("The governor of Odesa said the port was struck. Oleh Kiper, the governor of Odesa, said ships were damaged.",
     "The governor of Odesa", "the port was struck", "Oleh Kiper"),
], ids=["kharkiv", "odesa"])
def test_an_office_of_the_same_place_is_its_holder_named_next(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, name, content, role", [
    ("The mayor of Auckland, Philip Goff, said the ban was absurd.", "Philip Goff", "the ban was absurd",
     "mayor of Auckland"),
    ("The deputy head of Russia's defence council, Ivan Sobolev, said the resignation was deserved.", "Ivan Sobolev",
     "the resignation was deserved", "deputy head of Russia's defence council"),
    ("The head of Ukraine's state railway company, Petro Koval, said trains would run by Friday.", "Petro Koval",
     "trains would run by Friday", "head of Ukraine's state railway company"),
], ids=["mayor-of", "deputy-head-of", "head-of"])
def test_a_title_with_an_of_phrase_before_the_name_is_its_role(nlp, text, name, content, role):
    """"The mayor of Auckland, X, said" (the parser hangs X on "Auckland"): the whole title is X's role."""
    assert _resolve(nlp, text, name, content)["speaker_role"] == role


@pytest.mark.parametrize("text, mention, content, name", [
    ("Ivan Sorokin was jailed for ten days last month. He had been detained outside his flat, his lawyer said.",
     "his lawyer", "He had been detained", "Ivan Sorokin's lawyer"),
    ("Marina Kovalenko has been moved to a hospital, her spokesman said on Friday.", "her spokesman",
     "has been moved to a hospital", "Marina Kovalenko's spokesman"),
    ("Kim Ryder was freed on Monday after a week in custody. She is tired but well, her husband said.",
     "her husband", "She is tired but well", "Kim Ryder's husband"),
], ids=["lawyer", "spokesman", "husband"])
def test_a_relation_of_a_person_named_as_he_or_she_is_that_persons(nlp, text, mention, content, name):
    """"his lawyer said" (a `person_relations` noun owned by he/she): "<the owner>'s lawyer", not UNKNOWN."""
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"] == name
    assert row["speaker_type"] == "person"
