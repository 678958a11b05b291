"""Appositives on a speaker's name: a nationality appositive gives the country, a second appositive gives no role,
a name in apposition to the head or to a subject's of-phrase is the speaker, and a title with an of-phrase
before the name is its role. Tests moved from the round-named files of rounds 13, 15 and 18."""

from __future__ import annotations

import pytest

from support import extract_rows, resolve_mention, row_of, shared_text, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("The former Tory foreign secretary Sir Malcolm Rifkind, himself a firm backer of Kyiv, admitted he "
     "had worries about the effect on the financial system.", "he had worries", "Malcolm Rifkind"),
    ('"Germany made a strategic error," the German vice-chancellor, Robert Habeck, who also oversees energy, '
     "said on Sunday.", "Germany made a strategic", "Robert Habeck"),
    ("Russian propaganda does exist, according to a Romanian war reporter, Remus Cernea, a writer for Newsweek "
     "who spoke at the event.", "Russian propaganda does exist", "Remus Cernea"),
], ids=["appositive-then-description", "appositive-then-who", "according-to-appositive"])
def test_the_name_in_apposition_to_the_head_is_the_speaker(nlp, body, content, name):
    """A description whose head has a name in apposition, followed by more description ("..., Robert Habeck, who also
    oversees energy,"), is that person, not UNKNOWN or the words as written (spans._person_in)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


# a GB outlet, March 2022 (coding_dev's half A)
ISAVNIN = shared_text("“Since the start of the", "Pirate Party of Russia.")


def test_a_nationality_appositive_gives_the_country(nlp):
    """"said X, a Russian privacy campaigner and member of a party" (in our words): the
    appositive is too long to be a title, but its own noun phrase says whose the person is."""
    row = row_of(extract_rows(nlp, ISAVNIN, published="2022-03-21"), "Since the start")
    assert (row["speaker_name"], row["speaker_country"]) == ("Alexander Isavnin", "Russia")
    assert row["speaker_role"] == "internet privacy advocate"


def test_a_second_appositive_on_the_name_gives_no_role(nlp):
    """"said X, an associate at an institute, a Washington think tank" (after a US outlet, May 2024, in edited
    wording of our own): the parser hangs the institute's appositive on the name; only the
    appositive right after the name describes the person."""
    text = ("“The reform came out of the nineties,” said Vera Palmer, a research associate with the Kennan "
            "Institute, a think tank in Washington that studies Russia.")
    row = row_of(extract_rows(nlp, text, published="2024-05-07"), "The reform")
    assert row["speaker_name"] == "Vera Palmer"
    assert "think tank" not in row["speaker_role"]


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, 0)


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
