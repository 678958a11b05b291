"""The personal pronouns: one table (data/reference/pronouns.csv) and the named views the finder,
the resolver and the coding read (statements/pronouns.py; round 42 folded the overlapping word lists into it)."""

from __future__ import annotations

import csv

from pledgewatch import config
from pledgewatch.coding import words as coding_words
from pledgewatch.statements import lexicon, pronouns
from pledgewatch.statements.speakers import words as speaker_words


def test_the_views_are_the_lists_they_replaced():
    # (the words of each list as statement_words.csv, speaker_words.csv and coding_words.csv had them)
    assert pronouns.PRON_1 == {"i", "we", "me", "us"}
    assert pronouns.FIRST_SECOND_PERSON == {"i", "we", "you", "me", "us"}
    assert pronouns.BLOCK_FIRST_PERSON == {"i", "we", "me", "us", "ours", "myself", "ourselves"}
    assert pronouns.FIRST_PERSON_POSSESSIVE == {"our", "my"}
    assert pronouns.SPEAKER_PERSONS == {"i", "me", "my", "we", "us", "our", "ours", "you", "your"}
    assert pronouns.FIRST_PERSON == {"we", "us", "our", "i", "me", "my", "ours"}
    assert pronouns.FIRST_PERSON_SUBJECT == {"i", "we"}
    assert pronouns.PRON_M == {"he", "him", "his", "himself"} and pronouns.PRON_F == {"she", "her", "hers", "herself"}
    assert pronouns.PRON_PL == {"they", "them", "their"} and pronouns.PRON_IT == {"it", "its"}
    assert pronouns.HE_SHE == {"he", "she"} and pronouns.THEY_THEM == {"they", "them"}
    assert pronouns.THIRD_PERSON_POSSESSIVE == {"his", "her", "its", "their"}
    assert pronouns.POSSESSIVE == {"our", "my", "your", "their", "his", "her", "its"}
    assert pronouns.ITS_THEIR == {"its", "their"}
    assert pronouns.SECOND_THIRD_POSSESSIVE == {"your", "their", "its", "his", "her"}


def test_each_reader_sees_the_one_table():
    assert lexicon.FIRST_SECOND_PERSON is pronouns.FIRST_SECOND_PERSON
    assert lexicon.BLOCK_FIRST_PERSON is pronouns.BLOCK_FIRST_PERSON
    assert lexicon.FIRST_PERSON_POSSESSIVE is pronouns.FIRST_PERSON_POSSESSIVE
    assert lexicon.FRAME_MATRIX_SUBJECT is pronouns.FIRST_PERSON_SUBJECT
    assert speaker_words.PRON_1 is pronouns.PRON_1 and speaker_words.SPEAKER_PERSONS is pronouns.SPEAKER_PERSONS
    assert speaker_words.PRON_M is pronouns.PRON_M and speaker_words.HE_SHE is pronouns.HE_SHE
    W = coding_words.classes()
    assert W["first_person"] == pronouns.FIRST_PERSON and W["possessive_first"] == pronouns.FIRST_PERSON_POSSESSIVE
    assert W["reported_pronoun"] == pronouns.HE_SHE and W["owner_possessive"] == pronouns.POSSESSIVE
    assert W["group_owner"] == pronouns.ITS_THEIR and W["side_owner"] == pronouns.SECOND_THIRD_POSSESSIVE
    assert lexicon.PERSON_PRONOUN is pronouns.HE_SHE
    assert lexicon.NOMINAL_OWN_POSSESSIVE is pronouns.THIRD_PERSON_POSSESSIVE


def test_views_select_by_person_and_case():
    assert pronouns.forms({"2"}, {"possessive"}) == {"your"}
    assert pronouns.forms({"1"}, {"reflexive"}) == {"myself", "ourselves"}
    assert pronouns.forms({"1", "2"}, {"object"}) == {"me", "us", "you"}
    assert pronouns.forms({"3"}, {"independent"}) == {"his", "hers"}
    assert pronouns.forms({"3"}, pronouns.PERSONAL, genders={"n"}) == {"it"}


def test_the_table_is_well_formed():
    with open(config.reference(pronouns.FILE), encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    assert rows and all(r["word"] == r["word"].strip().lower() for r in rows)
    assert {r["person"] for r in rows} == {"1", "2", "3"}
    assert {r["gender"] for r in rows} <= {"m", "f", "n", ""}
    assert {r["case"] for r in rows} <= {"subject", "object", "possessive", "independent", "reflexive"}
    assert {r["number"] for r in rows} <= {"singular", "plural", ""}
    assert len({(r["word"], r["case"]) for r in rows}) == len(rows)
