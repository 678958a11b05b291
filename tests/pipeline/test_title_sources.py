"""The dotted titles are written once: sentence_stops.csv's `title` rows are the tokenizer's special cases
(glued.titles()), the title words before a name (statements.names.TITLE_WORDS, lower-cased), and, for a row whose
kind is `title abbreviation`, an abbreviation whose glued stop ends no sentence (glued.abbreviations())."""

from __future__ import annotations

from pledgewatch import config, glued
from pledgewatch.statements import names


def test_every_dotted_title_is_a_title_word():
    assert {w.lower() for w in glued.titles()} <= names.TITLE_WORDS
    assert {"coun", "sgt", "insp", "atty"} <= names.TITLE_WORDS


def test_title_words_csv_does_not_repeat_a_dotted_title():
    listed = {r["word"].strip() for r in config.reference_rows(names.TITLES_FILE)}
    assert not listed & {w.lower() for w in glued.titles()}


def test_a_row_of_both_kinds_is_a_title_and_an_abbreviation():
    assert "Sgt" in glued.titles() and "sgt" in glued.abbreviations()
    assert "Lt" in glued.titles() and "lt" in glued.abbreviations()


def test_a_title_only_row_is_no_abbreviation_and_an_abbreviation_only_row_no_title():
    assert "Coun" in glued.titles() and "coun" not in glued.abbreviations()
    assert "cpt" in glued.abbreviations() and not {"cpt", "Cpt"} & set(glued.titles())


def test_one_reader_splits_a_kind_column_of_two_kinds(tmp_path):
    f = tmp_path / "stops.csv"
    f.write_text("# a comment\nkind,word,note\nabbreviation,approx,\ntitle abbreviation,Sgt,\ntitle,Coun,\n",
                 encoding="utf-8")
    assert glued.titles(str(f)) == ("Sgt", "Coun")
    assert glued.abbreviations(str(f)) == frozenset({"approx", "sgt"})


def test_the_title_words_hold_no_word_only_a_gender_row_had():
    """The rows that left title_words.csv carried no gender: every honorific with one is still in the CSV."""
    assert names.HONORIFIC_GENDER["mr"] == "m" and "sgt" not in names.HONORIFIC_GENDER
